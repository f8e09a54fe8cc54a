package plan

import (
	"cmp"
	"slices"
)

// Focused windows. A random window of 30 of 120 employees seldom holds the
// few rows that must change together to fill a gap in the cover: on
// Instance13, 15, 19 and 20 almost all of the cost left after the chains is
// shifts short on weekends while every employee works her maximum of
// weekends and most have no minutes left, with dozens of split weekends
// (one day worked of a weekend, which spends a whole weekend of the
// maximum). Filling one gap needs several rows re-planned at once: a split
// weekend made whole, the freed weekend or minutes used by someone else. A
// focused window is built around one (day, shift) short of cover: its free
// days contain that day, its staff are the employees who may work that
// shift, ranked by how related they are to the gaps of the window (the gaps
// they may fill, their split weekends in it) with random ties. Its size is
// the windows' adaptive scale (windowscale.go). Focused and random windows
// take turns.

// gap is a (day, value) short of cover.
type gap struct{ d, v int }

// shortCells returns the (day, value) pairs of x below their requirement
// with a positive weight for being under.
func (m *model) shortCells(x []uint8) []gap {
	cnt := make([]int32, m.D*m.V)
	for e := 0; e < m.E; e++ {
		for d, v := range x[e*m.D : (e+1)*m.D] {
			cnt[d*m.V+int(v)]++
		}
	}
	var out []gap
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			i := d*m.V + v
			if cnt[i] < m.req[i] && m.under[i] > 0 {
				out = append(out, gap{d, v})
			}
		}
	}
	return out
}

// focusStart returns the first free day of a window of the scale's days
// that contains day d (aligned to weeks where the horizon and the window
// are).
func (ws *windowSearch) focusStart(d int) int {
	D, days := ws.m.D, ws.scale.days
	if days >= D {
		return 0
	}
	lo, hi := max(0, d-days+1), min(d, D-days)
	if days%7 == 0 && D%7 == 0 {
		alo, ahi := (lo+6)/7*7, hi/7*7
		if alo <= ahi {
			return alo + 7*ws.rng.IntN((ahi-alo)/7+1)
		}
	}
	return lo + ws.rng.IntN(hi-lo+1)
}

// buildFocused returns a focused window's sub-problem for x (see above),
// or ok false when x has no gap in its cover.
func (ws *windowSearch) buildFocused(x []uint8) (sub *Problem, emps []int, lo int, init [][]int, ok bool) {
	m, rng := ws.m, ws.rng
	gaps := m.shortCells(x)
	if len(gaps) == 0 {
		return nil, nil, 0, nil, false
	}
	g := gaps[rng.IntN(len(gaps))]
	a := ws.focusStart(g.d)
	b := min(a+ws.scale.days, m.D)
	type ranked struct {
		e     int
		score float64
	}
	var cands []ranked
	weekends := m.weekendDays()
	for e := 0; e < m.E; e++ {
		i := e*m.D + g.d
		if m.mask[i]&(1<<uint(g.v)) == 0 || len(m.domain[i]) < 2 {
			continue // she may not take the gap
		}
		row := x[e*m.D : (e+1)*m.D]
		score := rng.Float64()
		for _, h := range gaps {
			if h.d >= a && h.d < b && row[h.d] != uint8(h.v) && m.mask[e*m.D+h.d]&(1<<uint(h.v)) != 0 {
				score += 0.5
			}
		}
		score += 2 * float64(splitWeekends(weekends, row, a, b))
		cands = append(cands, ranked{e, score})
	}
	if len(cands) == 0 {
		return nil, nil, 0, nil, false
	}
	slices.SortFunc(cands, func(p, q ranked) int { return cmp.Compare(q.score, p.score) })
	k := min(ws.scale.staff, len(cands))
	for _, c := range cands[:k] {
		emps = append(emps, c.e)
	}
	slices.Sort(emps)
	sub, lo, init = ws.buildAt(x, a, ws.scale.days, emps)
	return sub, emps, lo, init, true
}

// splitWeekends counts the weekends (groups of days in day order) with a
// day in [a, b) on which row works some but not all of the days.
func splitWeekends(weekends [][]int, row []uint8, a, b int) int {
	n := 0
	for _, days := range weekends {
		if len(days) < 2 || days[len(days)-1] < a || days[0] >= b {
			continue
		}
		on := 0
		for _, d := range days {
			if row[d] != 0 {
				on++
			}
		}
		if on > 0 && on < len(days) {
			n++
		}
	}
	return n
}

// weekendDays returns the days of each weekend group, in day order.
func (m *model) weekendDays() [][]int {
	var groups [][]int
	for d, k := range m.weekendOf {
		if k < 0 {
			continue
		}
		for int(k) >= len(groups) {
			groups = append(groups, nil)
		}
		groups[k] = append(groups[k], d)
	}
	return groups
}
