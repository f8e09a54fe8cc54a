package plan

import (
	"math"
	"slices"
	"sync"
	"sync/atomic"
)

// Column generation. Every hard rule of the model belongs to one
// employee's row; only coverage ties the rows together. So the problem is
// "choose one feasible row (a pattern) per employee so that the cell costs
// plus the coverage cost are minimal", and its linear relaxation over all
// patterns is solved by column generation: the master LP picks a convex
// combination of known patterns per employee, the row programme (rowDP)
// prices a new pattern per employee with the master's duals as coverage
// prices. The LP value is a lower bound on every solution; diving (fix the
// most integral employees, re-solve, repeat) turns the LP into a good
// integer solution, which the annealing then polishes.

// cgScale turns the float duals into the row programme's integer costs.
const cgScale = 10_000

// cgForbidden is the pricing cost of a value a dive has excluded.
const cgForbidden = 1e12

// pattern is one employee's row with its own soft cost.
type pattern struct {
	row  []uint8
	cost int64
}

// colgen holds the pattern pool and the row programmes.
type colgen struct {
	m    *model
	dps  []*rowDP
	sc   [cgWorkers]dpScratch // one per pricing goroutine
	pool [][]pattern          // [e]
	seen []map[string]bool    // [e]: rows already in the pool
	// inexact is set when pricing could not be exact (a per-type maximum
	// the row programme does not model made it skip or adjust a row), so
	// the LP value is no proven bound.
	inexact bool
	stop    func() bool
	// budget is the number of master solves left (negative: no limit), a
	// deterministic work limit for runs without a clock.
	budget int
	// onBound, if set, gets every proven lower bound as it is found.
	onBound func(int64)
	// onSideBound, if set, gets the bounds of the aggregate directions
	// (directionBound) instead of onBound: they are found once, so they
	// must not keep the column stage's turn going as the root's do. The
	// root tries the directions only when it is set.
	onSideBound func(int64)
	// atRoot tells converge that it solves the root, whose every optimal
	// master gives a Lagrangian bound (lagrange.go); lagBest is the best
	// such bound passed on so far.
	atRoot  bool
	lagBest int64
	// lagTrivial is the bound lagBest starts from; dirDone tells that the
	// root has tried the aggregate directions (directionBound).
	lagTrivial int64
	dirDone    bool
	// smooth is the weight of the stability centre in the pricing duals
	// (0: price at the master's duals); see converge.
	smooth float64
	// inject, if set, returns a solution found outside the column phase
	// (by the annealing or the windows) if it is better than soft; the
	// neighbourhood search then continues from it.
	inject func(soft int64) ([]uint8, int64, bool)
	// onDive, if set, is told when the first dive (by rows) starts
	// (true: the root LP has converged) and when it has ended (false).
	onDive func(diving bool)
}

// proved passes a proven bound on.
func (g *colgen) proved(b int64) {
	if g.onBound != nil && b > math.MinInt64 {
		g.onBound(b)
	}
}

// master is the LP over the pool: row e is employee e's convexity row,
// then one coverage row per (day, shift). Dives fix cells by forcing them
// in pricing and by banning (pricing out with a big cost) the pool columns
// that disagree, so the master is never rebuilt and stays warm.
type master struct {
	lp     *lp
	colEmp []int // [lp column]: employee, −1 for artificial/slack columns
	colPat []int // [lp column]: pool index
	empCol [][]int
	allow  []uint64 // [e*D+d]: the values the branching still allows
	trail  []undo   // allow changes, for backtracking
}

// undo restores one cell's allowed values.
type undo struct {
	i   int
	old uint64
}

func newColgen(m *model, stop func() bool) *colgen {
	dps := make([]*rowDP, m.E)
	for e := range dps {
		dps[e] = newRowDP(m, e)
	}
	return newColgenWith(m, stop, dps)
}

// newColgenWith is newColgen with the row programmes dps, which it shares:
// a programme is read-only once built (its solves write only to their
// scratch), so the annealing's programmes serve the pricing too. Building
// them again took 12 s of wall time on Instance13 (120 employees, loaded
// machine), past the deadline, and doubled their memory.
func newColgenWith(m *model, stop func() bool, dps []*rowDP) *colgen {
	g := &colgen{m: m, dps: dps, pool: make([][]pattern, m.E),
		seen: make([]map[string]bool, m.E), stop: stop, budget: -1, smooth: cgSmooth}
	for k := range g.sc {
		g.sc[k].scale = cgScale
	}
	for e := range g.seen {
		g.seen[e] = map[string]bool{}
	}
	return g
}

// cgSmooth is the default weight of the stability centre in the pricing
// duals (Wentges smoothing, see converge).
const cgSmooth = 0.5

// cgMaxRows caps the master's rows: its basis inverse is dense (8·rows²
// bytes, twice that while it is refactored), so 2 500 rows take about
// 150 MB. Larger problems are left to the windows (windows.go).
const cgMaxRows = 2500

// applicable reports whether every employee's row programme applies and
// the master is small enough.
func (g *colgen) applicable() bool {
	if g.m.E+g.m.D*(g.m.V-1) > cgMaxRows {
		return false
	}
	for _, p := range g.dps {
		if !p.ok {
			return false
		}
	}
	return true
}

// add puts row into e's pool if it is feasible and new; it returns the pool
// index, or −1.
func (g *colgen) add(e int, row []uint8) int {
	k := string(row)
	if g.seen[e][k] {
		return -1
	}
	h, so := g.m.rowEval(e, row)
	if h != 0 {
		return -1
	}
	g.seen[e][k] = true
	g.pool[e] = append(g.pool[e], pattern{row: []uint8(k), cost: int64(so)})
	return len(g.pool[e]) - 1
}

// coverRow is the master row of (d, v), v ≥ 1.
func coverRow(m *model, d, v int) int { return m.E + d*(m.V-1) + v - 1 }

// newMaster builds the LP over the whole pool and starts it from the
// feasible basis "pool pattern 0 for every employee, one slack per coverage
// row".
func (g *colgen) newMaster() *master {
	m := g.m
	mt := &master{empCol: make([][]int, m.E), allow: make([]uint64, m.E*m.D)}
	for i := range mt.allow {
		mt.allow[i] = math.MaxUint64
	}
	rows := m.E + m.D*(m.V-1)
	b := make([]float64, rows)
	for e := 0; e < m.E; e++ {
		b[e] = 1
	}
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			b[coverRow(m, d, v)] = float64(m.req[d*m.V+v])
		}
	}
	mt.lp = newLP(b)
	mt.lp.pause = g.stop
	for range rows {
		mt.colEmp = append(mt.colEmp, -1)
		mt.colPat = append(mt.colPat, -1)
	}
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			r := int32(coverRow(m, d, v))
			i := d*m.V + v
			mt.lp.addColumn(float64(m.under[i]), []int32{r}, []float64{1})
			mt.lp.addColumn(float64(m.over[i]), []int32{r}, []float64{-1})
			mt.colEmp = append(mt.colEmp, -1, -1)
			mt.colPat = append(mt.colPat, -1, -1)
		}
	}
	for e := 0; e < m.E; e++ {
		for pi := range g.pool[e] {
			g.addToMaster(mt, e, pi)
		}
	}
	g.crash(mt)
	return mt
}

// crash sets the basis "first pool pattern per employee, one slack per
// coverage row", which is always nonsingular and feasible.
func (g *colgen) crash(mt *master) {
	m := g.m
	rows := mt.lp.m
	cols := make([]int, rows)
	// The residual of each coverage row under the (perturbed) right-hand
	// sides decides whether its under or over slack is basic.
	res := slices.Clone(mt.lp.b)
	for e := 0; e < m.E; e++ {
		if len(mt.empCol[e]) == 0 {
			return
		}
		cols[e] = mt.empCol[e][0]
		for d, v := range g.pool[e][0].row {
			if v != 0 {
				res[coverRow(m, d, int(v))] -= mt.lp.b[e]
			}
		}
	}
	// Slack columns follow the artificials: u then o per coverage row.
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			r := coverRow(m, d, v)
			j := rows + 2*(d*(m.V-1)+v-1)
			if res[r] < 0 {
				j++
			}
			cols[r] = j
		}
	}
	mt.lp.setBasis(cols)
}

func (g *colgen) addToMaster(mt *master, e, pi int) {
	m := g.m
	p := g.pool[e][pi]
	rows := []int32{int32(e)}
	for d, v := range p.row {
		if v != 0 {
			rows = append(rows, int32(coverRow(m, d, int(v))))
		}
	}
	vals := make([]float64, len(rows))
	for i := range vals {
		vals[i] = 1
	}
	cost := float64(p.cost)
	if !mt.agrees(m, e, p.row) {
		cost += lpBig
	}
	j := mt.lp.addColumn(cost, rows, vals)
	mt.colEmp = append(mt.colEmp, e)
	mt.colPat = append(mt.colPat, pi)
	mt.empCol[e] = append(mt.empCol[e], j)
}

// agrees reports whether row uses only values the branching allows for
// employee e.
func (mt *master) agrees(m *model, e int, row []uint8) bool {
	for d, v := range row {
		if mt.allow[e*m.D+d]&(1<<v) == 0 {
			return false
		}
	}
	return true
}

// restrict sets the allowed values of cell i (e*D+d) and re-prices e's
// pool columns: those that disagree get the big cost, so the simplex drives
// them out while its basis stays feasible (a warm start).
func (g *colgen) restrict(mt *master, i int, allow uint64) {
	mt.trail = append(mt.trail, undo{i, mt.allow[i]})
	mt.allow[i] = allow
	g.reprice(mt, i/g.m.D)
}

// pin restricts cell i to value v, unless it is so already or v is no
// longer allowed there (fixed out: the cell then keeps its values).
func (g *colgen) pin(mt *master, i int, v uint8) {
	if a := mt.allow[i]; a != 1<<v && a&(1<<v) != 0 {
		g.restrict(mt, i, 1<<v)
	}
}

// backtrack undoes the restrictions after the first n of the trail.
func (g *colgen) backtrack(mt *master, n int) {
	for len(mt.trail) > n {
		u := mt.trail[len(mt.trail)-1]
		mt.trail = mt.trail[:len(mt.trail)-1]
		mt.allow[u.i] = u.old
		g.reprice(mt, u.i/g.m.D)
	}
}

// reprice sets the LP cost of e's pool columns from the allowed values.
func (g *colgen) reprice(mt *master, e int) {
	for _, j := range mt.empCol[e] {
		p := g.pool[e][mt.colPat[j]]
		c := float64(p.cost)
		if !mt.agrees(g.m, e, p.row) {
			c += lpBig
		}
		mt.lp.cost[j] = c
	}
}

// price finds, for employee e, the row of least reduced cost
// under the duals y and returns it with its reduced cost (ok false if the
// programme found no row that satisfies every rule), and lb, a lower bound
// on the reduced cost of every row of e (up to the rounding cgSlack allows
// for): the first try's programme, without the penalties, is exact but for
// a third binding per-type maximum, so it is a relaxation, and finding no
// row below the limit means no row of negative reduced cost.
func (g *colgen) price(mt *master, e int, y []float64, sc *dpScratch) (row []uint8, rc, lb float64, inexact, ok bool) {
	m := g.m
	p := g.dps[e]
	sc.ensure(m, p)
	V := m.V
	var pen [64]int64
	for try := 0; try < 6; try++ {
		g.setCosts(mt, e, y, pen[:V], sc)
		// Only rows of negative reduced cost are wanted: with the rounding
		// of each day's price, their programme cost stays below this.
		sc.limited = true
		sc.limit = int64(math.Ceil(y[e]*cgScale+float64(m.D)/2)) + 1
		val := p.solve(sc)
		if try == 0 && val < dpInf {
			lb = min(0, float64(val)/cgScale-y[e])
		}
		if val >= dpInf {
			return nil, 0, lb, inexact, false
		}
		r := &m.emp[e]
		var cnt [64]int32
		for _, v := range sc.row {
			cnt[v]++
		}
		over := false
		for v := 1; v < V; v++ {
			if mx := r.maxShifts[v]; mx >= 0 && cnt[v] > mx {
				over = true
				pen[v] = 2*pen[v] + 20*cgScale
			}
		}
		if !over {
			break
		}
		inexact = true
	}
	row = slices.Clone(sc.row)
	h, so := m.rowEval(e, row)
	if h != 0 || !mt.agrees(m, e, row) {
		return nil, 0, lb, inexact, false
	}
	rc = float64(so) - y[e]
	for d, v := range row {
		if v != 0 {
			rc -= y[coverRow(m, d, int(v))]
		}
	}
	return row, rc, lb, inexact, true
}

// setCosts fills sc.c with e's marginal costs under the duals y, in fixed
// point, plus pen[v] per shift of type v; values the branching forbids cost
// cgForbidden.
func (g *colgen) setCosts(mt *master, e int, y []float64, pen []int64, sc *dpScratch) {
	m, V := g.m, g.m.V
	for d := 0; d < m.D; d++ {
		cell := (e*m.D + d) * V
		sc.c[d*V] = int64(m.cellCost[cell]) * cgScale
		for v := 1; v < V; v++ {
			lam := y[coverRow(m, d, v)]
			sc.c[d*V+v] = int64(math.Round((float64(m.cellCost[cell+v])-lam)*cgScale)) + pen[v]
		}
		if a := mt.allow[e*m.D+d]; a != math.MaxUint64 {
			for v := 0; v < V; v++ {
				if a&(1<<v) == 0 {
					sc.c[d*V+v] = cgForbidden
				}
			}
		}
	}
}

// cgWorkers is the number of goroutines that price employees at once.
const cgWorkers = 2

// priced is one employee's pricing result.
type priced struct {
	row         []uint8
	rc, lb      float64 // lb: see price
	inexact, ok bool
}

// priceAll prices every employee under the duals y, employees split over
// cgWorkers goroutines (each with its own scratch); the result does not
// depend on the split. It checks the stop before each employee (a round of
// 120 employees' programmes on Instance13 took over 20 s of wall time on the
// loaded machine, past the deadline) and returns false when stopped.
func (g *colgen) priceAll(mt *master, y []float64) ([]priced, bool) {
	res := make([]priced, g.m.E)
	var wg sync.WaitGroup
	var stopped atomic.Bool
	for k := 0; k < cgWorkers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := k; e < g.m.E; e += cgWorkers {
				if stopped.Load() || g.stop() {
					stopped.Store(true)
					return
				}
				if g.rowFixed(mt, e) {
					continue // its one row is in the pool
				}
				r := &res[e]
				r.row, r.rc, r.lb, r.inexact, r.ok = g.price(mt, e, y, &g.sc[k])
			}
		}()
	}
	wg.Wait()
	return res, !stopped.Load()
}

// converge alternates master solves and pricing until no employee has a
// row of negative reduced cost or the lower bound exceeds cutoff (the node
// can be pruned). It returns the master's LP value and the best lower bound
// on the LP over all columns found on the way (the Lagrangian bound of
// lagrange.go; equal to the value when converged), and false if it was
// stopped or failed.
//
// Pricing uses smoothed duals (Wentges): a convex combination of the duals
// of the best Lagrangian bound so far (the stability centre) and the
// master's, g.smooth of the first. The master's duals jump between the
// extreme points of a very degenerate dual, and the columns priced at them
// improve the master little per round; priced nearer the centre they do
// more (Instance12's root: fewer master solves to converge). A row priced at the smoothed
// duals enters only if its reduced cost under the master's duals is
// negative; when none does (a mispricing) the round prices again at the
// master's duals, so convergence is decided exactly as without smoothing.
func (g *colgen) converge(mt *master, cutoff float64) (value, bound float64, ok bool) {
	var yIn []float64 // the stability centre
	lIn := math.Inf(-1)
	for masters := 0; ; masters++ {
		optimal, err := mt.lp.solve(20 * (mt.lp.m + 50))
		if err != nil {
			return 0, 0, false
		}
		if g.stop() || g.budget == 0 {
			return 0, 0, false
		}
		g.budget--
		if g.atRoot && !g.dirDone && masters == dirAfter && g.lagBest <= g.lagTrivial && g.onSideBound != nil {
			// A root slow to give a bound: the aggregate directions give
			// one without a master (lagrange.go). Only where their bound
			// is wanted (the top-level run on the clock): a budgeted run
			// keeps the converged root's alone, and a window's nested
			// Solve has no use for one.
			g.dirDone = true
			g.directionBound()
		}
		yOut := slices.Clone(mt.lp.duals())
		value = mt.lp.objective()
		y, atOut := yOut, true
		if yIn != nil && optimal && g.smooth > 0 {
			y = make([]float64, len(yOut))
			for i := range y {
				y[i] = g.smooth*yIn[i] + (1-g.smooth)*yOut[i]
			}
			atOut = false
		}
		for {
			res, priced := g.priceAll(mt, y)
			if !priced {
				return 0, 0, false
			}
			// Only duals of optimal masters (and their combinations) may
			// become the centre: then every master column, a pinned
			// employee's unpriced row among them, has a reduced cost ≥ 0
			// under them, which the bound counts on.
			if l, ok := g.lagrangeBound(y, res); ok && optimal && l > lIn {
				yIn, lIn = y, l
			}
			if optimal && g.atRoot {
				g.reportLagrange(y, res)
			}
			added, sum := 0, 0.0
			for e, pr := range res {
				g.inexact = g.inexact || pr.inexact
				if !pr.ok {
					continue
				}
				rc := g.reducedCost(e, pr.row, yOut)
				if rc >= -1e-6 {
					continue
				}
				sum += rc
				if pi := g.add(e, pr.row); pi >= 0 {
					g.addToMaster(mt, e, pi)
					added++
				}
			}
			bound = lIn
			if atOut {
				// value + Σ rc is the Lagrangian bound at the master's duals
				// (the value itself when nothing prices out).
				bound = max(bound, value+sum)
			}
			if added == 0 && !atOut {
				y, atOut = yOut, true // a mispricing: price at the master's duals
				continue
			}
			if added == 0 || bound > cutoff {
				return value, bound, true
			}
			break
		}
	}
}

// dirAfter is the number of root masters after which a root without a
// bound above the trivial one tries the aggregate directions: the first
// master's Lagrangian bound, at the crash basis's duals, is far below the
// trivial bound on every large instance (Instance13: −52 773), and under
// load the column stage of Instance13 and 19 did not reach its fourth
// master within a 60-s run.
const dirAfter = 1

// reducedCost is row's reduced cost for employee e under the duals y.
func (g *colgen) reducedCost(e int, row []uint8, y []float64) float64 {
	m := g.m
	_, so := m.rowEval(e, row)
	rc := float64(so) - y[e]
	for d, v := range row {
		if v != 0 {
			rc -= y[coverRow(m, d, int(v))]
		}
	}
	return rc
}
