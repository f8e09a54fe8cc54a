package ui

import (
	"slices"

	"github.com/huisrooster/huisrooster/roster"
)

// teamEdit reports whether ed is one of the edits a fixed week still takes
// (roster.EditAllowed): a sick report, a recovery or a cover-in, or the undo
// of one. It touches only sick absences and cells, and in every cell only
// cover-ins (CoverFor set) come or go, or shifts change between planned and
// sick (a shift in progress may be cut in two) without changing which shift
// types the cell holds.
func teamEdit(ed roster.Edit) bool {
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
