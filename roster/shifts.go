package roster

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// Shift is an assignment resolved to real instants: what the engine works on.
type Shift struct {
	Index    int    // index in Plan.Assignments
	Member   int    // member ID
	Date     Date   // the date the shift starts on
	Code     string // shift type code
	Kind     ShiftKind
	Start    time.Time
	End      time.Time
	BreakMin int
	State    AssignState
}

// Duration returns the real length of the shift, break included:
// End.Sub(Start), without Sub's overflow checks for the lengths a shift can
// have (the hours rules ask for every shift's length on every check).
func (s *Shift) Duration() time.Duration {
	if sec := s.End.Unix() - s.Start.Unix(); sec > -1<<32 && sec < 1<<32 {
		return time.Duration(sec)*time.Second + time.Duration(s.End.Nanosecond()-s.Start.Nanosecond())
	}
	return s.End.Sub(s.Start)
}

// WorkHours returns the hours of working time (Working Hours Act ledger):
// the real length minus the unpaid break; sleep hours count in full.
func (s *Shift) WorkHours() float64 {
	return s.Duration().Hours() - float64(s.BreakMin)/60
}

// ContractHours returns the hours that count against the contract: sleep
// shifts count for half (cao Jeugdzorg art. 8.3).
func (s *Shift) ContractHours() float64 {
	if s.Kind.Sleeping() {
		return s.WorkHours() / 2
	}
	return s.WorkHours()
}

// Worked reports whether the member is (to be) at work on this shift: a
// shift vacated by a sick report is not.
func (s *Shift) Worked() bool { return s.State != StateSick }

// ResolveAssignment returns the shift of assignment a. Custom times replace
// the shift type's times.
func (h *House) ResolveAssignment(a *Assignment) (Shift, error) {
	st := h.ShiftType(a.Shift)
	if st == nil {
		return Shift{}, fmt.Errorf("onbekende dienst %q / unknown shift %q", a.Shift, a.Shift)
	}
	start, end, ed := clocksOf(a, st)
	return Shift{Member: a.Member, Date: a.Date, Code: st.Code, Kind: st.Kind,
		Start: a.Date.Time(start), End: ed.Time(end), BreakMin: st.BreakMin, State: a.State}, nil
}

// clocksOf returns the start and end clock of assignment a of shift type st
// (custom times replace the type's) and the date the end falls on: an end
// at or before the start ends the next day, as in Span.
func clocksOf(a *Assignment, st *ShiftType) (start, end Clock, endDate Date) {
	start, end = st.Start, st.End
	if a.Start != nil {
		start = *a.Start
	}
	if a.End != nil {
		end = *a.End
	}
	endDate = a.Date
	if end <= start {
		endDate++
	}
	return start, end, endDate
}

// codeIndex finds shift types by code as House.ShiftType does (the first
// type with the code), by the code's first byte when only one type's code
// starts with it (the usual case: codes are letters) and otherwise by
// comparing codes in order.
type codeIndex struct {
	types []ShiftType
	first [256]int32 // 1 + index of the only type whose code starts with the byte; -1: several
}

// newCodeIndex indexes types.
func newCodeIndex(types []ShiftType) *codeIndex {
	x := &codeIndex{types: types}
	for i := range types {
		c := types[i].Code
		if c == "" {
			continue
		}
		switch f := &x.first[c[0]]; {
		case *f == 0:
			*f = int32(i + 1)
		case *f > 0:
			*f = -1
		}
	}
	return x
}

// of returns the index of the shift type with code, or -1.
func (x *codeIndex) of(code string) int {
	if code != "" {
		if f := x.first[code[0]]; f == 0 {
			return -1
		} else if f > 0 {
			if x.types[f-1].Code == code {
				return int(f - 1)
			}
			return -1
		}
	}
	for i := range x.types {
		if x.types[i].Code == code {
			return i
		}
	}
	return -1
}

// DayClock turns clock times on a range of dates into Unix seconds,
// computing the dates' midnights once: on a day without a DST switch an
// instant is midnight plus the clock time; on the two switch days (and
// outside the range) it is Date.Time. Resolving every shift of a check
// through Date.Time was the engine's second hottest cost.
type DayClock struct {
	From Date
	Mid  []int64 // mid[i]: Unix seconds of (from+i) 00:00 in Amsterdam
}

// NewDayClock returns a dayClock for the dates from..to. The UTC offset is
// constant between two transitions of the time zone (months apart), so one
// Date.Start and ZoneBounds per zone period give every midnight in it.
func NewDayClock(from, to Date) DayClock {
	n := int(to-from) + 2 // to's day ends at the midnight of to+1
	mid := make([]int64, n)
	for i := 0; i < n; {
		t := (from + Date(i)).Start()
		mid[i] = t.Unix()
		_, off := t.Zone()
		_, end := t.ZoneBounds() // zero when the offset never changes again
		for i++; i < n; i++ {
			m := int64(from+Date(i))*86400 - int64(off)
			if !end.IsZero() && m >= end.Unix() {
				break
			}
			mid[i] = m
		}
	}
	return DayClock{From: from, Mid: mid}
}

// At returns the instant of clock c on date d in Unix seconds, as
// d.Time(c).Unix().
func (dc *DayClock) At(d Date, c Clock) int64 {
	if i := int(d - dc.From); i >= 0 && i+1 < len(dc.Mid) && dc.Mid[i+1]-dc.Mid[i] == 86400 {
		return dc.Mid[i] + int64(c)*60
	}
	return d.Time(c).Unix()
}

// Local returns the date whose day holds instant u (Unix seconds) in
// Amsterdam and the seconds since its midnight; ok is false when that date
// is outside the clock's range or a DST switch day.
func (dc *DayClock) Local(u int64) (d Date, sec int64, ok bool) {
	lo, hi := 0, len(dc.Mid) // find the first midnight after u
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if dc.Mid[m] <= u {
			lo = m + 1
		} else {
			hi = m
		}
	}
	i := lo - 1
	if i < 0 || i+1 >= len(dc.Mid) || dc.Mid[i+1]-dc.Mid[i] != 86400 {
		return 0, 0, false
	}
	return dc.From + Date(i), u - dc.Mid[i], true
}

// shiftKey is an assignment resolved to what Shifts sorts by. It holds no
// pointers, so ordering keys instead of shifts moves no pointers around (no
// write barriers), and every shift is built once, in its place.
type shiftKey struct {
	member     int
	start, end int64 // Unix seconds; shifts start and end on whole minutes
	index      int   // index in Plan.Assignments
	st         int   // index in House.ShiftTypes
}

// cmpShiftKey orders keys by member, then start, then index.
func cmpShiftKey(a, b shiftKey) int {
	switch {
	case a.member != b.member:
		return cmp.Compare(a.member, b.member)
	case a.start != b.start:
		return cmp.Compare(a.start, b.start)
	}
	return cmp.Compare(a.index, b.index)
}

// memberBucket is the place of one member's shifts in the result of
// Shifts: out[start:at] holds them so far.
type memberBucket struct {
	start, at int
	last      int64 // start instant of the member's last shift so far
	unsorted  bool  // a shift started before the one placed before it
}

// Shifts resolves every assignment whose date lies in w, sorted by member,
// then start, then index. Assignments with an unknown shift code are skipped
// (validation reports them).
//
// Member IDs are small numbers, so the shifts are placed by a counting sort
// on the member (stable: assignments are read in index order), each built
// once in its place, and a member's shifts, which come in date order in any
// real plan, are only sorted when they are not in order yet. Sparse IDs fall
// back to sorting pointer-free keys.
func (h *House) Shifts(w Window) []Shift { return h.ShiftsWith(w, nil) }

// ShiftsWith is Shifts with the instants taken from dc when it is not nil (it
// must cover every date of w and the day after); otherwise from a dayClock
// over the dates of the assignments.
func (h *House) ShiftsWith(w Window, dc *DayClock) []Shift {
	as := h.Plan.Assignments
	n := 0
	var lo, hi Date
	var idLo, idHi int
	for i := range as {
		a := &as[i]
		if !w.Contains(a.Date) {
			continue
		}
		if n == 0 {
			lo, hi, idLo, idHi = a.Date, a.Date, a.Member, a.Member
		}
		n, lo, hi = n+1, min(lo, a.Date), max(hi, a.Date)
		idLo, idHi = min(idLo, a.Member), max(idHi, a.Member)
	}
	if n == 0 {
		return []Shift{}
	}
	if dc == nil {
		own := NewDayClock(lo, hi+1) // a shift ends on its date or the next
		dc = &own
	}
	codes := newCodeIndex(h.ShiftTypes)
	if span := uint64(idHi) - uint64(idLo); span >= uint64(4*n+64) {
		return h.sortedShifts(w, dc, codes, n)
	}
	buckets := make([]memberBucket, idHi-idLo+1)
	for i := range as {
		if a := &as[i]; w.Contains(a.Date) {
			buckets[a.Member-idLo].at++
		}
	}
	at := 0
	for i := range buckets {
		b := &buckets[i]
		b.start, b.at, at = at, at, at+b.at
	}
	out := make([]Shift, n)
	unknown := false
	for i := range as {
		a := &as[i]
		if !w.Contains(a.Date) {
			continue
		}
		k, ok := h.keyOf(i, dc, codes)
		if !ok {
			unknown = true
			continue
		}
		b := &buckets[a.Member-idLo]
		if b.at > b.start && k.start < b.last {
			b.unsorted = true
		}
		h.setShift(&out[b.at], &k)
		b.at, b.last = b.at+1, k.start
	}
	for i := range buckets {
		if b := &buckets[i]; b.unsorted {
			slices.SortFunc(out[b.start:b.at], func(x, y Shift) int {
				if c := x.Start.Compare(y.Start); c != 0 {
					return c
				}
				return cmp.Compare(x.Index, y.Index)
			})
		}
	}
	if unknown { // close the places of skipped assignments
		j := 0
		for _, b := range buckets {
			j += copy(out[j:], out[b.start:b.at])
		}
		clear(out[j:])
		out = out[:j:j]
	}
	return out
}

// sortedShifts is shifts for sparse member IDs: keys of the n assignments
// in w, sorted, then turned into shifts.
func (h *House) sortedShifts(w Window, dc *DayClock, codes *codeIndex, n int) []Shift {
	keys := make([]shiftKey, 0, n)
	for i := range h.Plan.Assignments {
		if !w.Contains(h.Plan.Assignments[i].Date) {
			continue
		}
		if k, ok := h.keyOf(i, dc, codes); ok {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, cmpShiftKey)
	out := make([]Shift, len(keys))
	for j := range keys {
		h.setShift(&out[j], &keys[j])
	}
	return out
}

// keyOf resolves assignment i to its key; ok is false for an unknown shift
// code.
func (h *House) keyOf(i int, dc *DayClock, codes *codeIndex) (k shiftKey, ok bool) {
	a := &h.Plan.Assignments[i]
	ti := codes.of(a.Shift)
	if ti < 0 {
		return shiftKey{}, false
	}
	start, end, ed := clocksOf(a, &h.ShiftTypes[ti])
	return shiftKey{member: a.Member, start: dc.At(a.Date, start), end: dc.At(ed, end), index: i, st: ti}, true
}

// setShift fills s, a zero shift, with the shift of key k. It writes field
// by field: copying a whole Shift into the heap costs a bulk write barrier
// pass while the garbage collector marks.
func (h *House) setShift(s *Shift, k *shiftKey) {
	a, st := &h.Plan.Assignments[k.index], &h.ShiftTypes[k.st]
	s.Index, s.Member, s.Date = k.index, a.Member, a.Date
	s.Code, s.Kind = st.Code, st.Kind
	s.Start, s.End = time.Unix(k.start, 0).In(Amsterdam), time.Unix(k.end, 0).In(Amsterdam)
	s.BreakMin, s.State = st.BreakMin, a.State
}

// AbsenceOn returns the member's absence on d, or nil.
func (p *Plan) AbsenceOn(member int, d Date) *Absence {
	for i := range p.Absences {
		a := &p.Absences[i]
		if a.Member == member && d >= a.From && d <= a.To {
			return a
		}
	}
	return nil
}

// AbsenceHours returns what one day of absence a counts as for member m: the
// absence's own hours per day, or contract hours / 5.
func AbsenceHours(a *Absence, m *Member, d Date) float64 {
	if a.HoursPerDay > 0 {
		return a.HoursPerDay
	}
	return m.HoursOn(d) / 5
}
