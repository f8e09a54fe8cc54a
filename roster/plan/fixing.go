package plan

import (
	"math"
	"math/bits"
	"sync"
)

// Reduced-cost fixing. With duals y of a converged master and its
// Lagrangian bound lb, a solution that gives employee e a row of reduced
// cost r costs at least lb + r. So once a solution of cost ub is known, a
// cell value that lies on no row of reduced cost ≤ ub − 1 − lb can be in no
// better solution: it is removed for good. The row programme finds those
// values exactly (or, where it bounds by a relaxation, a superset of the
// values to keep), and an employee left without any such row proves ub
// optimal.

// fixCells removes every cell value that no solution cheaper than ub can
// use. It returns the number of values removed, and true if no solution
// cheaper than ub exists at all.
func (g *colgen) fixCells(mt *master, y []float64, lb float64, ub int64) (removed int, optimal bool) {
	m := g.m
	if g.inexact {
		return 0, false
	}
	gap := float64(ub) - 1 + cgSlack(m) - lb
	keep := make([][]uint64, m.E)
	none := make([]bool, m.E)
	var wg sync.WaitGroup
	for k := 0; k < cgWorkers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := k; e < m.E; e += cgWorkers {
				keep[e], none[e] = g.cellsWithin(mt, e, y, gap, &g.sc[k])
			}
		}()
	}
	wg.Wait()
	for e := range keep {
		if none[e] {
			return removed, true
		}
		for d, seen := range keep[e] {
			i := e*m.D + d
			old := mt.allow[i] & m.mask[i]
			if now := old & seen; now != old {
				removed += bits.OnesCount64(old &^ now)
				g.restrict(mt, i, now)
			}
		}
	}
	return removed, false
}

// cellsWithin returns per day the values that e's rows of reduced cost at
// most gap may use (nil if the programme cannot tell), and true if e has no
// such row.
func (g *colgen) cellsWithin(mt *master, e int, y []float64, gap float64, sc *dpScratch) ([]uint64, bool) {
	m, p := g.m, g.dps[e]
	if p.relax == nil {
		return nil, false
	}
	sc.ensure(m, p)
	g.setCosts(mt, e, y, make([]int64, m.V), sc)
	// A row's programme cost is cgScale·(its reduced cost + y[e]) up to
	// the rounding of each day's price.
	sc.limited, sc.cells = true, true
	sc.limit = int64(math.Floor((gap+y[e])*cgScale+float64(m.D)/2)) + 1
	found := p.solve(sc) < dpInf
	sc.cells = false
	if !found {
		return nil, true
	}
	return append([]uint64(nil), sc.seen...), false
}
