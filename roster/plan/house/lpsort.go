package house

import (
	"cmp"
	"slices"
)

// sortStatesStable sorts c by less-or-equal order cmpFn, equal entries
// keeping their order: the same order as slices.SortStableFunc, but it
// sorts a permutation of 32-bit indexes (pattern-defeating quicksort with
// the index as the last key) and moves every state once, instead of the
// stable merge's rotations of whole states. The row programme's Pareto
// filters sort thousands of states per day and member; the stable merge
// was most of the dive's time (house 612: 44 % of the CPU).
func sortStatesStable(c []lpState, cmpFn func(a, b *lpState) int) {
	if len(c) <= 12 {
		slices.SortStableFunc(c, func(a, b lpState) int { return cmpFn(&a, &b) })
		return
	}
	idx := make([]int32, len(c))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(i, j int32) int {
		if r := cmpFn(&c[i], &c[j]); r != 0 {
			return r
		}
		return cmp.Compare(i, j)
	})
	tmp := make([]lpState, len(c))
	for k, i := range idx {
		tmp[k] = c[i]
	}
	copy(c, tmp)
}
