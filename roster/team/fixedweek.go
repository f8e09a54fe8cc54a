package team

import (
	"slices"

	"github.com/huisrooster/huisrooster/roster"
)

// What a fixed week still takes. EditAllowed says which changes a fixed
// period forbids outright; the week editor is stricter and lets through only
// the team's own edits on fixed dates: sick reports, recoveries and
// cover-ins (IsTeamEdit), swaps and gives (IsShiftMove), and the undo of
// one. FixedWeekTakes combines the three.

// FixedWeekTakes reports whether e may be applied although it touches fixed
// dates: it is a team edit or a shift move, and EditAllowed agrees (an undo
// of such an edit is always taken).
func FixedWeekTakes(h *roster.House, e roster.Edit, undo bool) bool {
	return (IsTeamEdit(e) || IsShiftMove(e)) && (undo || EditAllowed(h, e) == nil)
}

// IsTeamEdit reports whether ed is one of the edits a fixed week still takes
// (with EditAllowed): a sick report, a recovery or a cover-in, or the undo
// of one. It touches only sick absences and cells, and in every cell only
// cover-ins (CoverFor set) come or go, or shifts change between planned and
// sick (a shift in progress may be cut in two) without changing which shift
// types the cell holds.
func IsTeamEdit(ed roster.Edit) bool {
	if len(ed.Wishes)+len(ed.Periods)+len(ed.Members)+len(ed.Shifts) > 0 || ed.Settings != nil {
		return false
	}
	for _, a := range ed.Absences {
		for _, ab := range []*roster.Absence{a.Before, a.After} {
			if ab != nil && ab.Kind != roster.AbsSick {
				return false
			}
		}
	}
	for _, c := range ed.Cells {
		before, after := ownShifts(c.Before), ownShifts(c.After)
		if slices.EqualFunc(before, after, sameAssignment) {
			continue // only cover-ins changed
		}
		if !hasSick(before) && !hasSick(after) || !slices.Equal(shiftCodes(before), shiftCodes(after)) {
			return false
		}
	}
	return true
}

// ownShifts returns the assignments of as that are not cover-ins.
func ownShifts(as []roster.Assignment) []roster.Assignment {
	var out []roster.Assignment
	for _, a := range as {
		if a.CoverFor == 0 {
			out = append(out, a)
		}
	}
	return out
}

// sameAssignment compares two assignments field by field.
func sameAssignment(a, b roster.Assignment) bool {
	return roster.SameAssignments([]roster.Assignment{a}, []roster.Assignment{b})
}

// hasSick reports whether one of as is marked sick.
func hasSick(as []roster.Assignment) bool {
	return slices.ContainsFunc(as, func(a roster.Assignment) bool { return a.State == roster.StateSick })
}

// shiftCodes returns the sorted distinct shift codes of as.
func shiftCodes(as []roster.Assignment) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Shift)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// IsShiftMove reports whether ed only moves shifts between members: it
// changes cells and nothing else, and on every date the shifts (code, times,
// state, cover) of all its cells are the same before and after. That is a
// swap or a give, which a fixed period still allows (with EditAllowed), as
// is the undo of one.
func IsShiftMove(ed roster.Edit) bool {
	if len(ed.Cells) == 0 || len(ed.Absences)+len(ed.Wishes)+len(ed.Periods)+len(ed.Members)+len(ed.Shifts) > 0 || ed.Settings != nil {
		return false
	}
	type slot struct {
		date       roster.Date
		shift      string
		start, end roster.Clock
		state      roster.AssignState
		coverFor   int
	}
	key := func(a roster.Assignment) slot {
		s := slot{date: a.Date, shift: a.Shift, start: -1, end: -1, state: a.State, coverFor: a.CoverFor}
		if a.Start != nil {
			s.start = *a.Start
		}
		if a.End != nil {
			s.end = *a.End
		}
		return s
	}
	n := map[slot]int{}
	for _, c := range ed.Cells {
		for _, a := range c.Before {
			n[key(a)]++
		}
		for _, a := range c.After {
			n[key(a)]--
		}
	}
	for _, v := range n {
		if v != 0 {
			return false
		}
	}
	return true
}
