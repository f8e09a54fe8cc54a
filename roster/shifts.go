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
	s, e := Span(a.Date, start, end)
	return Shift{Member: a.Member, Date: a.Date, Code: st.Code, Kind: st.Kind,
		Start: s, End: e, BreakMin: st.BreakMin, State: a.State}, nil
}

// Shifts resolves every assignment whose date lies in w, sorted by member,
// then start, then index. Assignments with an unknown shift code are skipped
// (validation reports them).
func (h *House) Shifts(w Window) []Shift {
	out := make([]Shift, 0, len(h.Plan.Assignments))
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if !w.Contains(a.Date) {
			continue
		}
		s, err := h.ResolveAssignment(a)
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

// sortShifts returns shifts ordered by member, then start, then index.
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
	out := make([]Shift, len(shifts))
	for i, k := range keys {
		out[i] = shifts[k.pos]
	}
	return out
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
