package rules

import (
	"slices"
)

// This file holds the sweep the coverage rules share: presence intervals as
// real instants (Unix seconds) turned into a step function of how many are
// there at each instant.

// presence is one member present over [s, e), in Unix seconds.
type presence struct {
	s, e   int64
	member int
}

// step says that from t until the next step's t, n intervals overlap.
type step struct {
	t int64
	n int32
}

// stepsOf sweeps over the start and end events of iv and returns the step
// function of the number of overlapping intervals. Before the first step and
// from the last step on the count is 0. Empty intervals are ignored.
func stepsOf(iv []presence) []step {
	if len(iv) == 0 {
		return nil
	}
	ev := make([]int64, 0, 2*len(iv))
	for _, p := range iv {
		if p.e > p.s {
			ev = append(ev, p.s)
		}
	}
	n := len(ev)
	for _, p := range iv {
		if p.e > p.s {
			ev = append(ev, p.e)
		}
	}
	starts, ends := ev[:n], ev[n:]
	slices.Sort(starts)
	slices.Sort(ends)
	out := make([]step, 0, 2*n)
	var cur int32
	i, j := 0, 0
	for i < len(starts) || j < len(ends) {
		t := ends[j] // ends run out last: every end follows its start
		if i < len(starts) && starts[i] < t {
			t = starts[i]
		}
		for j < len(ends) && ends[j] == t {
			cur--
			j++
		}
		for i < len(starts) && starts[i] == t {
			cur++
			i++
		}
		out = append(out, step{t, cur})
	}
	return out
}

// stepAt returns the index of the last step at or before t, or -1.
func stepAt(st []step, t int64) int {
	lo, hi := 0, len(st) // find the first step after t
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if st[m].t <= t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// runs walks the step function over [s, e) and calls emit for every maximal
// run of instants whose count satisfies in, with the lowest and highest count
// of the run.
func runs(st []step, s, e int64, in func(n int) bool, emit func(s, e int64, lo, hi int)) {
	if e <= s {
		return
	}
	k := stepAt(st, s)
	open := false
	var rs int64
	var lo, hi int
	for t := s; t < e; {
		n, next := 0, e
		if k >= 0 {
			n = int(st[k].n)
		}
		if k+1 < len(st) && st[k+1].t < e {
			next = st[k+1].t
		}
		if in(n) {
			if !open {
				open, rs, lo, hi = true, t, n, n
			}
			lo, hi = min(lo, n), max(hi, n)
		} else if open {
			emit(rs, t, lo, hi)
			open = false
		}
		t = next
		k++
	}
	if open {
		emit(rs, e, lo, hi)
	}
}

// presenceIndex finds the members present during an interval. The
// intervals come grouped by member, each group ordered by start (the order of
// checker.shifts), so a lookup binary-searches every member's group instead
// of reading every interval.
type presenceIndex struct {
	iv     []presence
	groups []int  // start of every member's group in iv, plus len(iv)
	sorted []bool // per group: no empty interval and the ends ascend too
	cur    []int  // per sorted group: its first interval ending after last
	last   int64  // the start of the previous lookup
	maxLen int64  // the longest interval
}

func newPresenceIndex(iv []presence) presenceIndex {
	ix := presenceIndex{iv: iv, groups: make([]int, 0, 32), sorted: make([]bool, 0, 32)}
	for i, p := range iv {
		if i == 0 || p.member != iv[i-1].member {
			ix.groups = append(ix.groups, i)
			ix.sorted = append(ix.sorted, true)
		} else if p.e < iv[i-1].e {
			ix.sorted[len(ix.sorted)-1] = false
		}
		if p.e <= p.s {
			ix.sorted[len(ix.sorted)-1] = false
		}
		ix.maxLen = max(ix.maxLen, p.e-p.s)
	}
	ix.groups = append(ix.groups, len(iv))
	ix.cur = make([]int, len(ix.sorted))
	ix.last = -1 << 63
	return ix
}

// appendPresent appends to out the members whose interval overlaps [s, e),
// ascending. Lookups usually come in order of s (the coverage spans do), so
// a sorted group's answer is found by moving on from the previous one.
func (ix *presenceIndex) appendPresent(out []int, s, e int64) []int {
	forward := s >= ix.last
	ix.last = s
	for g := 0; g+1 < len(ix.groups); g++ {
		grp := ix.iv[ix.groups[g]:ix.groups[g+1]]
		if ix.sorted[g] {
			// A real member's merged intervals: the first one that ends
			// after s is the only candidate, as later ones start later.
			lo := ix.cur[g]
			if forward {
				for lo < len(grp) && grp[lo].e <= s {
					lo++
				}
			} else {
				hi := len(grp)
				for lo = 0; lo < hi; {
					m := int(uint(lo+hi) >> 1)
					if grp[m].e <= s {
						lo = m + 1
					} else {
						hi = m
					}
				}
			}
			ix.cur[g] = lo
			if lo < len(grp) && grp[lo].s < e {
				out = append(out, grp[lo].member)
			}
			continue
		}
		lo, hi := 0, len(grp) // the first interval that starts at or after s − maxLen
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if grp[m].s < s-ix.maxLen {
				lo = m + 1
			} else {
				hi = m
			}
		}
		for _, p := range grp[lo:] {
			if p.s >= e {
				break
			}
			if p.e > s && p.e > p.s {
				out = append(out, p.member)
				break
			}
		}
	}
	return out
}

// presenceLists returns the intervals the coverage rules count, in one pass
// over the shifts: day holds the shifts of a kind that counts for presence
// (ShiftKind.Present) by members who count as opvoeder and that overlap
// [dayLo, hi); night the night cover shifts (ShiftKind.NightCover) that
// overlap [nightLo, hi). Both only hold shifts that are worked (not vacated
// by a sick report) by an active member who is not absent on the shift's
// date. A real member's (ID > 0) overlapping intervals are merged, so every
// member counts once. Both are ordered by member, then start.
func (c *checker) presenceLists(dayLo, nightLo, hi int64) (day, night []presence) {
	nightCap := 2*c.w.Days() + 2
	buf := make([]presence, 0, len(c.shifts)+nightCap) // one allocation for both
	day, night = buf[:0:len(c.shifts)], buf[len(c.shifts):len(c.shifts):len(c.shifts)+nightCap]
	lo := min(dayLo, nightLo)
	abs := c.h.Plan.Absences
	for i := 0; i < len(c.shifts); {
		id := c.shifts[i].Member
		j := i
		for j < len(c.shifts) && c.shifts[j].Member == id {
			j++
		}
		group := c.shifts[i:j]
		i = j
		m := c.h.Member(id)
		if m == nil {
			continue
		}
		opvoeder := m.CountsAsOpvoeder()
		hasAbs := false
		for k := range abs {
			if abs[k].Member == id {
				hasAbs = true
				break
			}
		}
		// Skip the history before lo: the engine reads weeks back for
		// other rules. A shift lasts less than two days.
		first, hiK := 0, len(group)
		for first < hiK {
			mid := int(uint(first+hiK) >> 1)
			if group[mid].Start.Unix() < lo-2*86400 {
				first = mid + 1
			} else {
				hiK = mid
			}
		}
		for k := first; k < len(group); k++ {
			s := &group[k]
			ss := s.Start.Unix()
			if ss >= hi {
				break
			}
			if !s.Worked() {
				continue
			}
			inDay, inNight := opvoeder && s.Kind.Present(), s.Kind.NightCover()
			if !inDay && !inNight {
				continue
			}
			se := s.End.Unix()
			inDay, inNight = inDay && se > dayLo, inNight && se > nightLo
			if !inDay && !inNight || se <= ss || !m.Active(s.Date) {
				continue
			}
			if hasAbs && c.h.Plan.AbsenceOn(id, s.Date) != nil {
				continue
			}
			if inDay {
				day = addPresence(day, id, ss, se)
			}
			if inNight {
				night = addPresence(night, id, ss, se)
			}
		}
	}
	return day, night
}

// addPresence appends member id's interval [s, e) to iv, or merges it into
// the member's last interval when they overlap: a member booked twice at
// once (DOUBLE) is one person present, so the double booking cannot hide a
// gap. IDs ≤ 0 are placeholders (OpenShifts' open member), one per shift,
// and are not merged.
func addPresence(iv []presence, id int, s, e int64) []presence {
	if n := len(iv); id > 0 && n > 0 && iv[n-1].member == id && s <= iv[n-1].e {
		iv[n-1].e = max(iv[n-1].e, e)
		return iv
	}
	return append(iv, presence{s, e, id})
}
