package roster

import (
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

// Duration returns the real length of the shift, break included.
func (s *Shift) Duration() time.Duration { return s.End.Sub(s.Start) }

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
	return h.resolve(a, nil)
}

// resolve is ResolveAssignment with the instants taken from dc (nil: from
// Date.Time).
func (h *House) resolve(a *Assignment, dc *dayClock) (Shift, error) {
	st := h.ShiftType(a.Shift)
	if st == nil {
		return Shift{}, fmt.Errorf("onbekende dienst %q / unknown shift %q", a.Shift, a.Shift)
	}
	start, end := st.Start, st.End
	if a.Start != nil {
		start = *a.Start
	}
	if a.End != nil {
		end = *a.End
	}
	ed := a.Date
	if end <= start { // as Span: ends the next day
		ed++
	}
	s, e := dc.at(a.Date, start), dc.at(ed, end)
	return Shift{Member: a.Member, Date: a.Date, Code: st.Code, Kind: st.Kind,
		Start: s, End: e, BreakMin: st.BreakMin, State: a.State}, nil
}

// dayClock turns clock times on the dates of a window into instants,
// computing every date's midnight once: on a day without a DST switch an
// instant is midnight plus the clock time, on the two switch days (and
// outside the window) it is Date.Time. Resolving every shift of a check
// through Date.Time was the engine's second hottest cost.
type dayClock struct {
	from Date
	days []dayStart
}

// dayStart is one date of a dayClock.
type dayStart struct {
	midnight time.Time
	state    uint8 // 0 not computed yet, 1 a 24-hour day, 2 a DST switch day
}

// newDayClock returns a dayClock for the dates of w and the day after.
func newDayClock(w Window) *dayClock {
	return &dayClock{from: w.From, days: make([]dayStart, w.Days()+1)}
}

// at returns the instant of clock c on date d, as d.Time(c).
func (dc *dayClock) at(d Date, c Clock) time.Time {
	if dc == nil {
		return d.Time(c)
	}
	i := int(d - dc.from)
	if i < 0 || i >= len(dc.days) {
		return d.Time(c)
	}
	ds := &dc.days[i]
	if ds.state == 0 {
		ds.midnight, ds.state = d.Start(), 2
		if (d + 1).Start().Sub(ds.midnight) == 24*time.Hour {
			ds.state = 1
		}
	}
	if ds.state == 2 {
		return d.Time(c)
	}
	return ds.midnight.Add(time.Duration(c) * time.Minute)
}

// Shifts resolves every assignment whose date lies in w, sorted by member,
// then start, then index. Assignments with an unknown shift code are skipped
// (validation reports them).
func (h *House) Shifts(w Window) []Shift {
	out := make([]Shift, 0, len(h.Plan.Assignments))
	dc := newDayClock(w)
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if !w.Contains(a.Date) {
			continue
		}
		s, err := h.resolve(a, dc)
		if err != nil {
			continue
		}
		s.Index = i
		out = append(out, s)
	}
	return sortShifts(out)
}

// shiftKey is what Shifts sorts by. Sorting these small keys and placing
// the shifts afterwards avoids moving whole shifts (with their time.Time
// pointers) around in the sort, the engine's hottest cost.
type shiftKey struct {
	member int
	start  int64 // Unix seconds; shifts start on whole minutes
	index  int
	pos    int // position in the unsorted slice
}

// sortShifts orders shifts by member, then start, then index, in place, and
// returns them.
func sortShifts(shifts []Shift) []Shift {
	keys := make([]shiftKey, len(shifts))
	for i := range shifts {
		s := &shifts[i]
		keys[i] = shiftKey{s.Member, s.Start.Unix(), s.Index, i}
	}
	cmp := func(a, b shiftKey) int {
		switch {
		case a.member != b.member:
			return a.member - b.member
		case a.start != b.start:
			if a.start < b.start {
				return -1
			}
			return 1
		}
		return a.index - b.index
	}
	if slices.IsSortedFunc(keys, cmp) {
		return shifts
	}
	slices.SortFunc(keys, cmp)
	// Place the shifts in place, cycle by cycle: position j gets the
	// shift that was at keys[j].pos.
	for i := range keys {
		if keys[i].pos < 0 || keys[i].pos == i {
			continue
		}
		tmp := shifts[i]
		for j := i; ; {
			k := keys[j].pos
			keys[j].pos = -1
			if k == i {
				shifts[j] = tmp
				break
			}
			shifts[j] = shifts[k]
			j = k
		}
	}
	return shifts
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
