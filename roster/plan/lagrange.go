package plan

import (
	"math"
	"sync"
	"sync/atomic"
)

// The Lagrangian bound of the root: the root LP of a large instance can
// take many pricing rounds (Instance8, Instance12 and 13-15 did not converge
// within a loaded minute, so no bound was reported at all). Yet every round
// whose master was solved to optimality gives a proven bound on the way: with
// the coverage rows' duals y_r (which the master's under and over columns
// keep within [−over, under]) and each employee's best row under them,
//
//	L(y) = Σ_r y_r·req_r + Σ_e (y_e + min(0, rc_e))
//
// is the value of the Lagrangian relaxation of the coverage rows, a lower
// bound on the LP over all rows and so on every roster. y_e is employee e's
// convexity dual and rc_e the least reduced cost of its rows; pricing looks
// for rows of negative reduced cost only, and finding none means rc_e ≥ 0.
// It uses the unperturbed right-hand sides; the fixed-point prices are
// allowed for by cgSlack as for the converged value. At convergence it
// equals the LP value.

// lagrangeBound returns L(y) for the duals y of an optimally solved master
// and the pricing results res under them, and false when it is no proven
// bound (a dual is outside its range).
func (g *colgen) lagrangeBound(y []float64, res []priced) (float64, bool) {
	m := g.m
	const tol = 1e-6
	l := 0.0
	for e := 0; e < m.E; e++ {
		l += y[e] + res[e].lb
	}
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			i := d*m.V + v
			yr := y[coverRow(m, d, v)]
			if yr > float64(m.under[i])+tol || yr < -float64(m.over[i])-tol {
				return 0, false
			}
			l += yr * float64(m.req[i])
		}
	}
	return l, true
}

// reportLagrange passes L(y), rounded up after the rounding allowance, on
// as a proven bound when it beats the last one.
func (g *colgen) reportLagrange(y []float64, res []priced) {
	l, ok := g.lagrangeBound(y, res)
	if !ok {
		return
	}
	b := int64(math.Ceil(l - cgSlack(g.m)))
	if b > g.lagBest {
		g.lagBest = b
		g.proved(b)
	}
}

// trivialBound is the bound every roster meets without any argument: the
// sum of the cells' most negative costs (coverage and minutes terms are
// never negative). The first Lagrangian bounds, under the duals of a master
// with few rows, lie far below it (Instance8: −6450); only bounds above it
// are passed on.
func trivialBound(m *model) int64 {
	var b int64
	for cell := 0; cell < m.E*m.D; cell++ {
		lo := int32(0)
		for _, c := range m.cellCost[cell*m.V : (cell+1)*m.V] {
			lo = min(lo, c)
		}
		b += int64(lo)
	}
	return b
}

// lagrangeAt returns L(y) for cover duals y (indexed like the master's
// rows; the convexity entries are ignored) without a master: the sum over
// the cover rows of y·req plus, per employee, the least cost of a row that
// keeps every rule of hers under the costs cell − y (the convexity duals
// cancel out). It is a proven bound for any y within [−over, under], up to
// the fixed-point rounding cgSlack allows for. A per-type maximum the row
// programme does not count is left out, which only lowers the bound. With
// y = 0 it is the sum of the employees' cheapest rows by their own costs
// (requests, minutes target). ok is false when stopped or when an employee
// has no row.
func (g *colgen) lagrangeAt(y []float64) (l float64, ok bool) {
	m := g.m
	sums := make([]int64, cgWorkers)
	var failed atomic.Bool
	var wg sync.WaitGroup
	for k := 0; k < cgWorkers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := &g.sc[k]
			for e := k; e < m.E; e += cgWorkers {
				if failed.Load() || g.stop() {
					failed.Store(true)
					return
				}
				p := g.dps[e]
				sc.ensure(m, p)
				for d := 0; d < m.D; d++ {
					cell := (e*m.D + d) * m.V
					sc.c[d*m.V] = int64(m.cellCost[cell]) * cgScale
					for v := 1; v < m.V; v++ {
						sc.c[d*m.V+v] = int64(math.Round((float64(m.cellCost[cell+v]) - y[coverRow(m, d, v)]) * cgScale))
					}
				}
				sc.limited = false
				val := p.solve(sc)
				if val >= dpInf {
					failed.Store(true)
					return
				}
				sums[k] += val
			}
		}()
	}
	wg.Wait()
	if failed.Load() {
		return 0, false
	}
	for _, s := range sums {
		l += float64(s) / cgScale
	}
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			l += y[coverRow(m, d, v)] * float64(m.req[d*m.V+v])
		}
	}
	return l, true
}

// Bounds from aggregate resources (session 12). On Instance13 and 19 the
// root needs about 40 pricing rounds before its Lagrangian bound turns
// positive, far more than the column stage gets in a run, so neither
// reported any bound. Yet what binds there is an aggregate of the rows'
// rules: on 19 the weekend demand exceeds what the staff may work under
// their weekend maxima (535 shifts against 516), on 13 the demand in minutes
// exceeds the staff's maximum minutes. The Lagrangian bound along the dual
// direction of such a resource captures it without a master: with duals
// λ·under on every weekend cover row, every employee's best row works all
// the weekends she may, and L ≥ λ·under·(weekend demand − capacity). So the
// root, while it has no bound of its own, evaluates L at 0 and along up to
// two directions, each cover row priced by the under weight times (a) 1 on
// weekend days, else 0, (b) its shift's share of the longest shift's
// minutes: one programme per employee and point.

// dirMargin is how far (a share of the demand) the staff's limits may
// exceed the demand of a resource for its direction still to be tried:
// Instance8's minutes are met exactly (share 0.000), and L along them is 455
// against 42 at 0; the margins that did not pay were 3.7–17.7 %.
const dirMargin = 0.02

// directionBound reports the best Lagrangian bound at 0 and at λ = 1
// along the aggregate directions whose resource falls short of the demand
// (see above), each better bound as it is found, and returns it
// (math.Inf(-1) if stopped before any).
func (g *colgen) directionBound() float64 {
	m := g.m
	rows := m.E + m.D*(m.V-1)
	longest := int32(1)
	for _, mins := range m.minutes {
		longest = max(longest, mins)
	}
	dirs := [2][]float64{make([]float64, rows), make([]float64, rows)}
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			i, r := d*m.V+v, coverRow(m, d, v)
			if m.weekendOf[d] >= 0 {
				dirs[0][r] = float64(m.under[i])
			}
			dirs[1][r] = float64(m.under[i]) * float64(m.minutes[i]) / float64(longest)
		}
	}
	// A direction whose resource falls short of the demand (or all but:
	// dirMargin) can lift L above L(0) by its excess; the shortest goes
	// first (the run may end before the other). Where the staff could give
	// more, L along it was far below 0 (Instance13 weekends −1 566, 15
	// −1 855 and −3 122, 20 −1 977 and −78 080), so it is not evaluated.
	x := aggregateExcess(m)
	if x[1] > x[0] {
		dirs[0], dirs[1] = dirs[1], dirs[0]
		x[0], x[1] = x[1], x[0]
	}
	best := math.Inf(-1)
	y := make([]float64, rows)
	at := func(dir []float64, lam float64) bool {
		for r := range y {
			y[r] = lam * dir[r]
		}
		l, ok := g.lagrangeAt(y)
		if ok && l > best {
			best = l
			if b := int64(math.Ceil(l - cgSlack(m))); b > g.lagBest {
				g.lagBest = b
				if g.onSideBound != nil {
					g.onSideBound(b)
				} else {
					g.proved(b)
				}
			}
		}
		return ok
	}
	if !at(dirs[0], 0) {
		return best
	}
	// λ = 1: L is concave in λ, and where a direction paid its best point
	// was 1 (Instance19: L 31 at 0, 1046 at ½, 1996 at 1; 13: 212, 374,
	// 533).
	for k, dir := range dirs {
		if x[k] < -dirMargin || !at(dir, 1) {
			break
		}
	}
	return best
}

// aggregateExcess returns, for the weekend and the minutes resource, the
// share of the demand that the staff's limits cannot give at all (negative
// when they can give more): weekend shifts required against each employee's
// maximum weekends times the longest weekend, minutes required against
// the employees' maximum minutes. Instance19: weekend 535 shifts against
// 516, minutes 912 840 against 960 120; Instance13 the other way round.
func aggregateExcess(m *model) [2]float64 {
	groupDays := map[int8]int{}
	var wkDemand, minDemand float64
	for d := 0; d < m.D; d++ {
		if w := m.weekendOf[d]; w >= 0 {
			groupDays[w]++
		}
		for v := 1; v < m.V; v++ {
			i := d*m.V + v
			if m.weekendOf[d] >= 0 {
				wkDemand += float64(m.req[i])
			}
			minDemand += float64(m.req[i]) * float64(m.minutes[i])
		}
	}
	longestWeekend, wkDays := 0, 0
	for _, n := range groupDays {
		longestWeekend = max(longestWeekend, n)
		wkDays += n
	}
	var wkCap, minCap float64
	for e := range m.emp {
		r := &m.emp[e]
		if r.maxWeekends >= 0 {
			wkCap += float64(min(int(r.maxWeekends)*longestWeekend, wkDays))
		} else {
			wkCap += float64(wkDays)
		}
		if r.maxMin >= 0 {
			minCap += float64(r.maxMin)
		} else {
			minCap = math.Inf(1)
		}
	}
	share := func(demand, capacity float64) float64 {
		if demand <= 0 {
			return math.Inf(-1)
		}
		return (demand - capacity) / demand
	}
	return [2]float64{share(wkDemand, wkCap), share(minDemand, minCap)}
}
