package plan

import "math"

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
