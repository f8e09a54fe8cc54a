package plan

import "slices"

// Weekend relocation: a row move for long horizons where the weekend
// maximum binds. Measured on Curtois 20 and 21 (26 weeks, every employee at
// her maximum of weekends): the weekends were spent in the first half of
// the horizon (split weekends, one day of them worked, in weeks 0–15) and
// the shifts short of cover gathered in the second half (weeks 15–25, up to
// 62 short on one weekend). Filling such a gap needs one employee to give
// up a weekend far from it and take the gap's weekend instead, with her
// minutes and blocks put right around both: no row window (14 days) spans
// both weekends, the ejection chains limit their release day to a window
// around the day taken on long horizons, and the weekend trade needs a
// partner on the same weekend.
//
// The move re-plans employee e's row twice with the row window programme
// (rowwin.go): first a window around a weekend k she works, with k's days
// forbidden (the programme moves her work to the window's other days, so
// her minutes and blocks stay within her limits), then a window around a
// weekend j with gaps she is off (her spare weekend may now go there). The
// row that results is judged by the full model and kept only when the score
// goes down and the row's hard penalty does not rise; otherwise the row
// goes back as it was.

// relocateDays is the number of free days of each of the two windows, the
// weekend in their middle.
const relocateDays = 14

// relocationPass is how one pass of relocations went.
type relocationPass struct {
	ran, done bool // the pass ran; it went over every employee
	kept      int  // relocations kept
}

// relocateWeekends tries one relocation for every employee at her weekend
// maximum (in random order) while a weekend has a gap she may fill, until
// late reports true. tell is called after every kept relocation.
func (rw *rowWindows) relocateWeekends(late func() bool, tell func()) relocationPass {
	s := rw.s
	m := s.m
	groups := rw.p.Weekends
	res := relocationPass{ran: true}
	limited := slices.ContainsFunc(m.emp, func(r empRules) bool { return r.maxWeekends >= 0 })
	if len(groups) < 2 || !limited {
		// Nothing to relocate (house rosters have no weekend maximum).
		return res
	}
	gaps := make([]int, len(groups))
	for _, e := range rw.relRng.Perm(m.E) {
		if late() {
			return res
		}
		r := &m.emp[e]
		if r.maxWeekends < 0 {
			continue
		}
		if !rw.weekendGaps(gaps) {
			break
		}
		k, j := rw.relocation(e, gaps)
		if k < 0 || j < 0 {
			continue
		}
		if rw.relocate(e, groups[k], groups[j]) {
			res.kept++
			tell()
		}
	}
	res.done = true
	return res
}

// weekendGaps fills gaps[k] with the shifts short of cover on weekend k's
// days (cells with a price for being short) and reports whether any is.
func (rw *rowWindows) weekendGaps(gaps []int) bool {
	s := rw.s
	m := s.m
	V := m.V
	any := false
	for k, g := range rw.p.Weekends {
		gaps[k] = 0
		for _, d := range g {
			for v := 1; v < V; v++ {
				if i := d*V + v; s.cnt[i] < m.req[i] && m.under[i] > 0 {
					gaps[k] += int(m.req[i] - s.cnt[i])
				}
			}
		}
		any = any || gaps[k] > 0
	}
	return any
}

// relocation picks for employee e at her weekend maximum the weekend k to
// give up (a worked weekend whose cells cost least to release, none of
// them locked) and the weekend j to take (off on all its days, the most
// gaps she may work on free days); -1s when there is none.
func (rw *rowWindows) relocation(e int, gaps []int) (k, j int) {
	s := rw.s
	m := s.m
	D, V := m.D, m.V
	row := s.row(e)
	r := &m.emp[e]
	worked := 0
	k, j = -1, -1
	bestRel, bestGap := int64(0), 0
	off := rw.relRng.IntN(len(rw.p.Weekends)) // ties go to a random weekend
	n := len(rw.p.Weekends)
	for t := range n {
		w := (t + off) % n
		g := rw.p.Weekends[w]
		work, locked := false, false
		var rel int64
		fill := 0
		for _, d := range g {
			i := e*D + d
			if v := row[d]; v != 0 {
				work = true
				locked = locked || !m.free(i)
				rel += int64(m.coverRemove(d*V+int(v), s.cnt[d*V+int(v)]))
				continue
			}
			if !m.free(i) {
				continue
			}
			for v := 1; v < V; v++ {
				if c := d*V + v; m.mask[i]&(1<<v) != 0 && s.cnt[c] < m.req[c] && m.under[c] > 0 {
					fill++
				}
			}
		}
		if work {
			worked++
			if !locked && (k < 0 || rel < bestRel) {
				k, bestRel = w, rel
			}
			continue
		}
		if gaps[w] > 0 && fill > bestGap {
			j, bestGap = w, fill
		}
	}
	if worked < int(r.maxWeekends) {
		return -1, -1 // a spare weekend: the row windows can take j directly
	}
	return k, j
}

// relocate re-plans employee e's row around weekend gk without working it,
// then around weekend gj, and keeps the row if the score went down and the
// row's hard penalty did not rise. It reports whether it kept the row.
func (rw *rowWindows) relocate(e int, gk, gj []int) bool {
	s := rw.s
	m := s.m
	D := m.D
	saved := append([]uint8(nil), s.row(e)...)
	h0, sc0 := s.rowHard[e], s.score()
	restore := func() bool {
		rw.apply(e, 0, saved, true)
		return false
	}
	// Give up weekend k: its days forbidden in a window around it, and
	// the days of the window's weekends she does not work (the weekend
	// freed is for j).
	a, b := windowAround(gk, D)
	lo, hi := max(0, a-rw.margin(e)), min(D, b+rw.margin(e))
	sub := rw.subRow(e, lo, hi, a, b)
	se := &sub.Employees[0]
	row := s.row(e)
	forbid := func(g []int) {
		for _, d := range g {
			if d >= a && d < b {
				for v := range se.Forbidden[d-lo] {
					se.Forbidden[d-lo][v] = true
				}
			}
		}
	}
	forbid(gk)
	for _, g := range rw.p.Weekends {
		if !slices.ContainsFunc(g, func(d int) bool { return row[d] != 0 }) {
			forbid(g)
		}
	}
	sr := rw.solveSub(e, lo, hi, sub)
	if sr == nil {
		return false
	}
	rw.apply(e, lo, sr, true)
	// Take weekend j: a window around it with the weekend now spare.
	a, b = windowAround(gj, D)
	lo, hi = max(0, a-rw.margin(e)), min(D, b+rw.margin(e))
	sr = rw.solveSub(e, lo, hi, rw.subRow(e, lo, hi, a, b))
	if sr == nil {
		return restore()
	}
	rw.apply(e, lo, sr, true)
	if s.rowHard[e] > h0 || s.score() >= sc0 {
		return restore()
	}
	return true
}

// windowAround returns the free days [a, b) of a window of relocateDays
// days (fewer at the horizon's ends) with weekend g in its middle.
func windowAround(g []int, D int) (a, b int) {
	first, last := g[0], g[0]
	for _, d := range g {
		first, last = min(first, d), max(last, d)
	}
	a = first - (relocateDays-(last-first+1))/2
	b = a + max(relocateDays, last-first+1)
	return max(0, a), min(D, b)
}
