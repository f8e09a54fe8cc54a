package house

import (
	"slices"
)

// Several rows per pricing.
//
// The row programme's last day holds, besides the best row, every other
// row that survived the Pareto filters and the pruning by the member's last
// row (its value or more at these duals). The next most valuable of them
// are columns the master would ask for in the next rounds, so the bound's
// column generation adds up to lpExtraRows of them per member and round
// (when their reduced cost is negative): fewer rounds, each a little
// dearer in the master. The Lagrangian bound only uses the best row's
// value; the extra rows only give the master more to choose from.

// lpExtraRows is how many rows besides the best the bound's pricing adds
// per member and round.
const lpExtraRows = 2

// lpEnd is a state of the row programme's last day before its Pareto
// filter, with its value of that day.
type lpEnd struct {
	o int
	s lpState
}

// extraRows returns up to b.extra rows of the last day's states ends
// (before the Pareto filter: rows that differ before the last day) other
// than best, most valuable first, with a positive value, that keep the
// weekly rules when wkOn.
func (b *lpBuild) extraRows(m *lpMember, layers [][][]lpState, ends []lpEnd, wkOn bool, bo int, best lpState) [][]int {
	if b.extra <= 0 || len(ends) < 2 {
		return nil
	}
	n := len(layers)
	slices.SortStableFunc(ends, func(a, c lpEnd) int {
		switch {
		case a.s.val > c.s.val:
			return -1
		case a.s.val < c.s.val:
			return 1
		}
		return 0
	})
	var out [][]int
	for _, e := range ends {
		if len(out) >= b.extra || e.s.val <= 1e-6 {
			break
		}
		if e.o == bo && e.s.prevOpt == best.prevOpt && e.s.prevState == best.prevState {
			continue // the best row
		}
		if wkOn && !b.wkFinish(e.s, &m.wr) {
			continue
		}
		row := make([]int, n)
		row[n-1] = e.o
		o, i := e.s.prevOpt, e.s.prevState
		for d := n - 2; d >= 0; d-- {
			row[d] = o
			s := layers[d][o][i]
			o, i = s.prevOpt, s.prevState
		}
		out = append(out, row)
	}
	return out
}
