package house

import (
	"slices"
)

// The dive's warm start.
//
// A node's master used to start from every generated row that agrees with
// what the node forces: after the bound's column generation and a few
// nodes, hundreds to thousands of columns, and the simplex's pricing of
// them was about half of a node's CPU. A child's master now starts from the
// rows that agree with it and are cheapest at its parent's last duals:
// per member the diveWarmCols of least reduced cost (the parent's basic rows
// among them: their reduced cost is 0). The column generation at the node
// adds what its own duals ask for, exactly as before, so the node's value
// and bound are those of the same LP; only the start differs.

// diveWarmCols is how many rows per member a child's master starts from.
const diveWarmCols = 40

// diveCol is a pool row's master column.
type diveCol struct {
	rows []int32
	vals []float64
}

// column returns the master column of member mi's row, cached.
func (dv *diver) column(mi int, row []int) diveCol {
	k := rowKey(mi, row)
	if c, ok := dv.cols[k]; ok {
		return c
	}
	if dv.cols == nil {
		dv.cols = map[string]diveCol{}
	}
	rows, vals := dv.b.column(&dv.b.mem[mi], row)
	c := diveCol{rows, vals}
	dv.cols[k] = c
	return c
}

// warmStart returns the pool's rows a child master with force starts from:
// per member the dv.warmCols compatible rows of least reduced cost at
// dv.warm (ties: pool order), each row once.
func (dv *diver) warmStart(force [][]int) []lpCol {
	type cand struct {
		c  lpCol
		rc float64
		k  int
	}
	per := make([][]cand, len(dv.b.mem))
	seen := map[string]bool{}
	k := 0
	for _, pool := range [][]lpCol{dv.b.cols, dv.extra} {
		for _, c := range pool {
			if !compatible(c.row, force[c.mem]) {
				continue
			}
			key := rowKey(c.mem, c.row)
			if seen[key] {
				continue
			}
			seen[key] = true
			col := dv.column(c.mem, c.row)
			rc := 0.0
			for j, r := range col.rows {
				rc -= dv.warm[r] * col.vals[j]
			}
			per[c.mem] = append(per[c.mem], cand{c, rc, k})
			k++
		}
	}
	var chosen []cand
	for _, cs := range per {
		slices.SortStableFunc(cs, func(a, b cand) int {
			switch {
			case a.rc < b.rc:
				return -1
			case a.rc > b.rc:
				return 1
			}
			return 0
		})
		chosen = append(chosen, cs[:min(len(cs), dv.warmCols)]...)
	}
	// Pool order, as the master's columns came before.
	slices.SortFunc(chosen, func(a, b cand) int { return a.k - b.k })
	out := make([]lpCol, len(chosen))
	for i, c := range chosen {
		out[i] = c.c
	}
	return out
}
