package house

import (
	"cmp"
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
	var cands []lpCol
	var mems []int
	var rcs []float64
	seen := map[string]bool{}
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
			cands = append(cands, c)
			mems = append(mems, c.mem)
			rcs = append(rcs, reducedCost(dv.warm, col.rows, col.vals))
		}
	}
	chosen := cheapestPerMember(len(dv.b.mem), mems, rcs, dv.warmCols)
	out := make([]lpCol, len(chosen))
	for i, k := range chosen {
		out[i] = cands[k]
	}
	return out
}

// reducedCost is a master column's reduced cost at duals y (its cost is 0:
// a row's value is all in its rows).
func reducedCost(y []float64, rows []int32, vals []float64) float64 {
	rc := 0.0
	for j, r := range rows {
		rc -= y[r] * vals[j]
	}
	return rc
}

// cheapestPerMember returns the indexes of the candidates to start a
// master from: per member (mems[k] is candidate k's) the n of least reduced
// cost rcs[k] (ties: the earlier first), in candidate order, as the
// master's columns came before.
func cheapestPerMember(members int, mems []int, rcs []float64, n int) []int {
	per := make([][]int, members)
	for k, mi := range mems {
		per[mi] = append(per[mi], k)
	}
	var chosen []int
	for _, ks := range per {
		slices.SortStableFunc(ks, func(a, b int) int { return cmp.Compare(rcs[a], rcs[b]) })
		chosen = append(chosen, ks[:min(len(ks), n)]...)
	}
	slices.Sort(chosen)
	return chosen
}
