package roster

import (
	"fmt"
	"sort"
)

// Edit is one user change to a house: applied to the in-memory house with
// Apply, saved by a Store in one transaction with an audit record, and undone
// by applying its Inverse. Every part carries the state before and after, so
// the audit log can show both and undo needs nothing else.
type Edit struct {
	NL, EN   string // what was done, for the audit log and the undo menu
	Cells    []CellEdit
	Absences []AbsenceEdit
	Wishes   []WishEdit
	Periods  []PeriodEdit
	Members  []MemberEdit
	Shifts   []ShiftTypeEdit
	Settings *SettingsEdit
	Year     *YearEdit `json:",omitempty"` // the year plan (yearplan.go)
}

// CellEdit replaces the assignments of one member on one date.
type CellEdit struct {
	Member        int
	Date          Date
	Before, After []Assignment
}

// AbsenceEdit adds (Before nil), removes (After nil) or changes an absence.
type AbsenceEdit struct{ Before, After *Absence }

// WishEdit adds, removes or changes a wish.
type WishEdit struct{ Before, After *Wish }

// PeriodEdit adds, removes or changes a period.
type PeriodEdit struct{ Before, After *Period }

// MemberEdit adds, removes or changes a member (matched by ID).
type MemberEdit struct{ Before, After *Member }

// ShiftTypeEdit adds, removes or changes a shift type (matched by code).
type ShiftTypeEdit struct{ Before, After *ShiftType }

// HouseSettings is the part of a house that is neither team nor plan.
type HouseSettings struct {
	Name     string
	Children int
	Settings Settings
	Coverage []Band
}

// SettingsEdit changes the house settings.
type SettingsEdit struct{ Before, After HouseSettings }

// SettingsOf returns the settings part of h (sharing its slices).
func SettingsOf(h *House) HouseSettings {
	return HouseSettings{Name: h.Name, Children: h.Children, Settings: h.Settings, Coverage: h.Coverage}
}

// Inverse returns the edit that undoes e.
func (e Edit) Inverse() Edit {
	inv := Edit{NL: e.NL, EN: e.EN}
	for i := len(e.Cells) - 1; i >= 0; i-- {
		c := e.Cells[i]
		inv.Cells = append(inv.Cells, CellEdit{Member: c.Member, Date: c.Date, Before: c.After, After: c.Before})
	}
	for i := len(e.Absences) - 1; i >= 0; i-- {
		inv.Absences = append(inv.Absences, AbsenceEdit{e.Absences[i].After, e.Absences[i].Before})
	}
	for i := len(e.Wishes) - 1; i >= 0; i-- {
		inv.Wishes = append(inv.Wishes, WishEdit{e.Wishes[i].After, e.Wishes[i].Before})
	}
	for i := len(e.Periods) - 1; i >= 0; i-- {
		inv.Periods = append(inv.Periods, PeriodEdit{e.Periods[i].After, e.Periods[i].Before})
	}
	for i := len(e.Members) - 1; i >= 0; i-- {
		inv.Members = append(inv.Members, MemberEdit{e.Members[i].After, e.Members[i].Before})
	}
	for i := len(e.Shifts) - 1; i >= 0; i-- {
		inv.Shifts = append(inv.Shifts, ShiftTypeEdit{e.Shifts[i].After, e.Shifts[i].Before})
	}
	if e.Settings != nil {
		inv.Settings = &SettingsEdit{Before: e.Settings.After, After: e.Settings.Before}
	}
	if e.Year != nil {
		inv.Year = &YearEdit{Before: e.Year.After, After: e.Year.Before}
	}
	return inv
}

// Empty reports whether e changes nothing.
func (e Edit) Empty() bool {
	return len(e.Cells)+len(e.Absences)+len(e.Wishes)+len(e.Periods)+len(e.Members)+len(e.Shifts) == 0 && e.Settings == nil && e.Year == nil
}

// CellAssignments returns the assignments of member on d, in plan order.
func (p *Plan) CellAssignments(member int, d Date) []Assignment {
	var out []Assignment
	for _, a := range p.Assignments {
		if a.Member == member && a.Date == d {
			out = append(out, a)
		}
	}
	return out
}

// Apply applies e to h. Parts are applied in order; an edit whose Before
// does not match (a removed absence that is not there) returns an error and
// leaves the parts before it applied: callers apply edits they built from
// the same house.
func (h *House) Apply(e Edit) error {
	for _, c := range e.Cells {
		h.setCell(c.Member, c.Date, c.After)
	}
	for _, a := range e.Absences {
		if err := replaceOne(&h.Plan.Absences, a.Before, a.After); err != nil {
			return fmt.Errorf("afwezigheid / absence: %w", err)
		}
	}
	for _, w := range e.Wishes {
		if err := replaceOne(&h.Plan.Wishes, w.Before, w.After); err != nil {
			return fmt.Errorf("wens / wish: %w", err)
		}
	}
	for _, p := range e.Periods {
		if err := replaceOne(&h.Plan.Periods, p.Before, p.After); err != nil {
			return fmt.Errorf("periode / period: %w", err)
		}
	}
	sort.SliceStable(h.Plan.Periods, func(i, j int) bool { return h.Plan.Periods[i].From < h.Plan.Periods[j].From })
	for _, m := range e.Members {
		if err := replaceByKey(&h.Members, m.Before, m.After, func(x *Member) int { return x.ID }); err != nil {
			return fmt.Errorf("teamlid / member: %w", err)
		}
	}
	for _, s := range e.Shifts {
		if err := replaceByKey(&h.ShiftTypes, s.Before, s.After, func(x *ShiftType) string { return x.Code }); err != nil {
			return fmt.Errorf("dienst / shift type: %w", err)
		}
	}
	if e.Settings != nil {
		s := e.Settings.After
		h.Name, h.Children, h.Settings, h.Coverage = s.Name, s.Children, s.Settings, s.Coverage
	}
	if e.Year != nil {
		h.Year = e.Year.After.Clone()
	}
	return nil
}

// setCell replaces the assignments of member on d with after, keeping the
// position of the first one so the plan's order stays stable.
func (h *House) setCell(member int, d Date, after []Assignment) {
	as := h.Plan.Assignments
	out := as[:0:0]
	out = make([]Assignment, 0, len(as)+len(after))
	placed := false
	for _, a := range as {
		if a.Member == member && a.Date == d {
			if !placed {
				out = append(out, after...)
				placed = true
			}
			continue
		}
		out = append(out, a)
	}
	if !placed {
		out = append(out, after...)
	}
	h.Plan.Assignments = out
}

// replaceOne replaces the first element equal to *before with *after, removes
// it when after is nil, or appends after when before is nil.
func replaceOne[T comparable](list *[]T, before, after *T) error {
	if before == nil {
		if after != nil {
			*list = append(*list, *after)
		}
		return nil
	}
	for i := range *list {
		if (*list)[i] == *before {
			if after == nil {
				*list = append((*list)[:i], (*list)[i+1:]...)
			} else {
				(*list)[i] = *after
			}
			return nil
		}
	}
	return fmt.Errorf("niet gevonden / not found")
}

// replaceByKey is replaceOne for elements matched by a key.
func replaceByKey[T any, K comparable](list *[]T, before, after *T, key func(*T) K) error {
	if before == nil {
		if after != nil {
			*list = append(*list, *after)
		}
		return nil
	}
	k := key(before)
	for i := range *list {
		if key(&(*list)[i]) == k {
			if after == nil {
				*list = append((*list)[:i], (*list)[i+1:]...)
			} else {
				(*list)[i] = *after
			}
			return nil
		}
	}
	return fmt.Errorf("niet gevonden / not found")
}
