package plan

import (
	"context"
	"fmt"
	"os"
	"math"
	"slices"
	"time"
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

// pattern is one employee's row with its own soft cost.
type pattern struct {
	row  []uint8
	cost int64
}

// colgen holds the pattern pool and the row programmes.
type colgen struct {
	m    *model
	dps  []*rowDP
	sc   dpScratch
	pool [][]pattern       // [e]
	seen []map[string]bool // [e]: rows already in the pool
	// inexact is set when pricing could not be exact (a per-type maximum
	// the row programme does not model made it skip or adjust a row), so
	// the LP value is no proven bound.
	inexact bool
	stop    func() bool
}

// master is the LP over the pool for the employees still free in a dive.
type master struct {
	lp     *lp
	act    []int   // active employees; conv row k belongs to act[k]
	colEmp []int   // [lp column]: employee, −1 for artificial/slack columns
	colPat []int   // [lp column]: pool index
	fixed  []int32 // [d*V+v]: employees fixed on (d, v)
	base   int64   // cost of the fixed employees' rows
}

func newColgen(m *model, stop func() bool) *colgen {
	g := &colgen{m: m, dps: make([]*rowDP, m.E), pool: make([][]pattern, m.E),
		seen: make([]map[string]bool, m.E), stop: stop}
	g.sc.scale = cgScale
	for e := range g.dps {
		g.dps[e] = newRowDP(m, e)
		g.seen[e] = map[string]bool{}
	}
	return g
}

// applicable reports whether every employee's row programme applies.
func (g *colgen) applicable() bool {
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
func (mt *master) coverRow(m *model, d, v int) int { return len(mt.act) + d*(m.V-1) + v - 1 }

// newMaster builds the LP for the active employees over the whole pool.
func (g *colgen) newMaster(act []int, fixed []int32, base int64) *master {
	m := g.m
	mt := &master{act: act, fixed: fixed, base: base}
	rows := len(act) + m.D*(m.V-1)
	b := make([]float64, rows)
	for k := range act {
		b[k] = 1
	}
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			b[mt.coverRow(m, d, v)] = float64(m.req[d*m.V+v] - fixed[d*m.V+v])
		}
	}
	mt.lp = newLP(b)
	for range rows {
		mt.colEmp = append(mt.colEmp, -1)
		mt.colPat = append(mt.colPat, -1)
	}
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			r := int32(mt.coverRow(m, d, v))
			i := d*m.V + v
			mt.lp.addColumn(float64(m.under[i]), []int32{r}, []float64{1})
			mt.lp.addColumn(float64(m.over[i]), []int32{r}, []float64{-1})
			mt.colEmp = append(mt.colEmp, -1, -1)
			mt.colPat = append(mt.colPat, -1, -1)
		}
	}
	for k, e := range act {
		for pi := range g.pool[e] {
			g.addToMaster(mt, k, e, pi)
		}
	}
	return mt
}

// crash starts mt's simplex from the basis "pattern start[k] for every
// active employee, one slack per coverage row", which is always feasible;
// start holds pool indexes per active position.
func (g *colgen) crash(mt *master, start []int) {
	m := g.m
	rows := mt.lp.m
	cols := make([]int, rows)
	// The residual of each coverage row under the (perturbed) right-hand
	// sides decides whether its under or over slack is basic.
	res := slices.Clone(mt.lp.b)
	want := make(map[[2]int]int, len(start))
	for k, e := range mt.act {
		want[[2]int{e, start[k]}] = k
		for d, v := range g.pool[e][start[k]].row {
			if v != 0 {
				res[mt.coverRow(m, d, int(v))] -= mt.lp.b[k]
			}
		}
	}
	found := 0
	for j, e := range mt.colEmp {
		if e < 0 {
			continue
		}
		if k, ok := want[[2]int{e, mt.colPat[j]}]; ok {
			cols[k] = j
			found++
		}
	}
	if found != len(mt.act) {
		return
	}
	// Slack columns follow the artificials: u then o per coverage row.
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			r := mt.coverRow(m, d, v)
			j := rows + 2*(d*(m.V-1)+v-1)
			if res[r] < 0 {
				j++
			}
			cols[r] = j
		}
	}
	ok := mt.lp.setBasis(cols)
	if os.Getenv("HR_CGDEBUG") == "3" {
		fmt.Fprintf(os.Stderr, "crash: found %d of %d, ok %v\n", found, len(mt.act), ok)
	}
}

func (g *colgen) addToMaster(mt *master, k, e, pi int) {
	m := g.m
	p := g.pool[e][pi]
	rows := []int32{int32(k)}
	for d, v := range p.row {
		if v != 0 {
			rows = append(rows, int32(mt.coverRow(m, d, int(v))))
		}
	}
	vals := make([]float64, len(rows))
	for i := range vals {
		vals[i] = 1
	}
	mt.lp.addColumn(float64(p.cost), rows, vals)
	mt.colEmp = append(mt.colEmp, e)
	mt.colPat = append(mt.colPat, pi)
}

// price finds, for active employee act[k], the row of least reduced cost
// under the duals y and returns it with its reduced cost (ok false if the
// programme found no row that satisfies every rule).
func (g *colgen) price(mt *master, k int, y []float64) (row []uint8, rc float64, ok bool) {
	m := g.m
	e := mt.act[k]
	p := g.dps[e]
	sc := &g.sc
	sc.ensure(m, p.states)
	V := m.V
	var pen [32]int64
	for try := 0; try < 6; try++ {
		for d := 0; d < m.D; d++ {
			cell := (e*m.D + d) * V
			sc.c[d*V] = int64(m.cellCost[cell]) * cgScale
			for v := 1; v < V; v++ {
				lam := y[mt.coverRow(m, d, v)]
				sc.c[d*V+v] = int64(math.Round((float64(m.cellCost[cell+v])-lam)*cgScale)) + pen[v]
			}
		}
		if p.solve(sc) >= dpInf {
			return nil, 0, false
		}
		r := &m.emp[e]
		var cnt [32]int32
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
		g.inexact = true
	}
	row = slices.Clone(sc.row)
	h, so := m.rowEval(e, row)
	if h != 0 {
		return nil, 0, false
	}
	rc = float64(so) - y[k]
	for d, v := range row {
		if v != 0 {
			rc -= y[mt.coverRow(m, d, int(v))]
		}
	}
	return row, rc, true
}

// converge alternates master solves and pricing until no employee has a
// row of negative reduced cost (or stop says so). It returns the LP value
// (fixed rows included) and a lower bound on it from the last pricing round
// (LP value plus the sum of the negative reduced costs), and false if it
// was stopped or failed.
func (g *colgen) converge(mt *master) (value, bound float64, ok bool) {
	for {
		if _, err := mt.lp.solve(20 * (mt.lp.m + 50)); err != nil {
			return 0, 0, false
		}
		if g.stop() {
			return 0, 0, false
		}
		y := slices.Clone(mt.lp.duals())
		value = mt.lp.objective() + float64(mt.base)
		bound = value
		added := 0
		for k, e := range mt.act {
			row, rc, ok := g.price(mt, k, y)
			if !ok || rc >= -1e-6 {
				continue
			}
			bound += rc
			if pi := g.add(e, row); pi >= 0 {
				g.addToMaster(mt, k, e, pi)
				added++
			}
		}
		if os.Getenv("HR_CGDEBUG") == "2" {
			fmt.Fprintf(os.Stderr, "round: LP %.2f bound %.2f added %d pivots %d cols %d\n", value, bound, added, mt.lp.pivots, mt.lp.columns())
		}
		if added == 0 {
			return value, bound, true
		}
	}
}

// cgResult is the outcome of the column phase.
type cgResult struct {
	x      []uint8 // the dive's solution (nil if none)
	soft   int64
	bound  int64 // proven lower bound on the objective, or math.MinInt64
	rootLP float64
}

// dive solves the root LP from the rows in x0, then fixes employees to
// their most used pattern, a few at a time, re-solving after each step.
// incumbent is the best known objective: a dive whose LP value cannot beat
// it by at least 1 stops early (x nil).
func (g *colgen) dive(x0 []uint8, incumbent int64) cgResult {
	m := g.m
	res := cgResult{bound: math.MinInt64}
	for e := 0; e < m.E; e++ {
		g.add(e, x0[e*m.D:(e+1)*m.D])
	}
	act := make([]int, m.E)
	for e := range act {
		act[e] = e
	}
	fixed := make([]int32, m.D*m.V)
	mt := g.newMaster(act, fixed, 0)
	g.crash(mt, make([]int, m.E))
	value, bound, ok := g.converge(mt)
	if !ok {
		return res
	}
	res.rootLP = value
	if !g.inexact {
		// The fixed-point prices are rounded: allow for it.
		margin := float64(m.E*m.D)/cgScale + 1e-6
		res.bound = int64(math.Ceil(bound - margin))
	}
	chosen := make([]int, m.E)
	var base int64
	for len(act) > 0 {
		if value > float64(incumbent)-1+1e-6 {
			return res
		}
		x := mt.lp.values()
		bestVal := make([]float64, len(act))
		bestPat := make([]int, len(act))
		for k := range bestPat {
			bestPat[k] = -1
		}
		for j, e := range mt.colEmp {
			if e < 0 || x[j] <= 0 {
				continue
			}
			k := slices.Index(act, e)
			if x[j] > bestVal[k] {
				bestVal[k], bestPat[k] = x[j], mt.colPat[j]
			}
		}
		// Fix every integral employee, or else the most decided one.
		var fix []int
		top := -1
		for k := range act {
			if bestPat[k] < 0 {
				continue
			}
			if bestVal[k] > 1-1e-6 {
				fix = append(fix, k)
			}
			if top < 0 || bestVal[k] > bestVal[top] {
				top = k
			}
		}
		if len(fix) == 0 {
			if top < 0 {
				return res
			}
			fix = []int{top}
		}
		var rest, restStart []int
		for k, e := range act {
			if !slices.Contains(fix, k) {
				rest = append(rest, e)
				restStart = append(restStart, bestPat[k])
				continue
			}
			p := g.pool[e][bestPat[k]]
			chosen[e] = bestPat[k]
			base += p.cost
			for d, v := range p.row {
				if v != 0 {
					fixed[d*m.V+int(v)]++
				}
			}
		}
		act = rest
		mt = g.newMaster(act, fixed, base)
		g.crash(mt, restStart)
		if value, _, ok = g.converge(mt); !ok {
			return res
		}
		if os.Getenv("HR_CGDEBUG") != "" {
			fmt.Fprintf(os.Stderr, "dive: fixed %d (top %.3f), %d left, LP %.2f, pivots %d, pool %d\n", len(fix), bestVal[top], len(act), value, mt.lp.pivots, mt.lp.columns())
		}
	}
	x := make([]uint8, m.E*m.D)
	for e := 0; e < m.E; e++ {
		copy(x[e*m.D:], g.pool[e][chosen[e]].row)
	}
	s := newState(m, x)
	if s.hard != 0 {
		return res
	}
	res.x, res.soft = x, s.soft
	return res
}

// columnPhase runs the column generation and dive from the feasible
// solution x0 of cost soft0 until done, ctx ends or deadline passes.
func columnPhase(ctx context.Context, m *model, x0 []uint8, soft0 int64, deadline time.Time) cgResult {
	stop := func() bool {
		return ctx.Err() != nil || (!deadline.IsZero() && !time.Now().Before(deadline))
	}
	g := newColgen(m, stop)
	if !g.applicable() {
		return cgResult{bound: math.MinInt64}
	}
	return g.dive(x0, soft0)
}
