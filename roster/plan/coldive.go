package plan

import (
	"math"
	"math/bits"
)

// The column dive: a dive that fixes whole rows instead of single cells.
// The cell dive (dfs.run with dive set) decides one cell, or a batch of
// nearly decided cells, per node, and every node is re-solved by column
// generation; on a master of 30 employees × 28 days that is hundreds of
// nodes, and on Instance8 (loaded machine) the first dive had not reached an
// integer roster 40 s after its root LP had converged, so the column stage
// contributed no roster at all. The column dive decides one employee per
// node: the employee whose best column carries the largest LP value (short
// of 1) gets that column's row (every cell pinned), together with every
// other employee whose best column is at least colDiveBatch; the master is
// re-solved by column generation and the next employee follows. So it ends
// after at most as many nodes as there are employees, with a roster: the
// coverage slacks keep every master feasible, and a pinned row is a pool
// column. Employees whose rows are pinned whole are not priced (rowFixed):
// their only row is in the pool already.

// colDiveBatch is the LP value from which a column dive fixes a row
// together with the largest one. 0.6 rather than 0.9 (session 10,
// deterministic runs of 300–430 master solves, seed 1): Instance7 1071 →
// 1059, Instance8 no roster from the dive within the budget → 1305,
// Instance12 4041 → 4040 (the optimum) 4 % sooner; 9, 10 and 11 the same
// (439, 4631, 3443). A row at 0.6 or more is the employee's majority
// column: fixing it with the largest leaves the LP fewer nodes in which to
// drift, and the repair of the last rows costs most of the dive.
const colDiveBatch = 0.6

// columnDive dives from the master's current restrictions by fixing rows,
// and passes the integer roster it reaches to found. The restrictions are
// as before when it returns; stopped reports that the time ran out.
func (g *colgen) columnDive(mt *master, found func([]uint8, int64)) (stopped bool) {
	m := g.m
	base := len(mt.trail)
	defer g.backtrack(mt, base)
	bestVal := make([]float64, m.E)
	bestCol := make([]int, m.E)
	for node := 0; node <= m.E; node++ {
		if _, _, ok := g.converge(mt, math.Inf(1)); !ok {
			return true
		}
		x := mt.lp.values()
		for e := range bestVal {
			bestVal[e], bestCol[e] = 0, -1
		}
		for j, e := range mt.colEmp {
			if e >= 0 && x[j] > bestVal[e] && mt.lp.cost[j] < lpBig {
				bestVal[e], bestCol[e] = x[j], j
			}
		}
		top, topVal := -1, 0.0
		for e, v := range bestVal {
			if v < 1-1e-6 && bestCol[e] >= 0 && !g.rowFixed(mt, e) && v > topVal {
				top, topVal = e, v
			}
		}
		if top < 0 {
			// Every employee is on one column (or pinned): integral.
			if sol, soft := g.integral(mt); sol != nil {
				found(sol, soft)
			}
			return false
		}
		for e, v := range bestVal {
			if e == top || (v >= colDiveBatch && v < 1-1e-6 && !g.rowFixed(mt, e)) {
				g.pinRow(mt, e, g.pool[e][mt.colPat[bestCol[e]]].row)
			}
		}
	}
	return false
}

// pinRow pins each of employee e's cells to row's value where the branching
// still allows it.
func (g *colgen) pinRow(mt *master, e int, row []uint8) {
	for d, v := range row {
		g.pin(mt, e*g.m.D+d, v)
	}
}

// rowFixed reports whether the branching leaves employee e a single value
// in every cell and a master column that agrees with it: its one row is in
// the pool, so pricing it finds nothing new.
func (g *colgen) rowFixed(mt *master, e int) bool {
	m := g.m
	for i := e * m.D; i < (e+1)*m.D; i++ {
		if bits.OnesCount64(mt.allow[i]&m.mask[i]) != 1 {
			return false
		}
	}
	for _, j := range mt.empCol[e] {
		if mt.lp.cost[j] < lpBig {
			return true
		}
	}
	return false
}
