package roster

import (
	"fmt"
	"strings"
)

// The settings dialogs check only their own section, and the store saves
// an edit as it is. EditProblems is the check of the whole house on save:
// an edit that would make the house break a rule of Validate that it did
// not break before is refused (EditRefused) before anything is written. A
// house that already breaks a rule (reported when it was opened, see
// RepairOnOpen) still takes every edit that adds no new problem, so the
// team can go on working and fix it.

// EditProblems returns the problems of Validate that h would have after e
// and does not have now; nil when e adds none. Problems are compared by
// what they say, not by their path, so a problem that only moves to
// another index (a member removed before it) is not new. An edit that does
// not fit h (its Before is not there) is one problem. h is not changed.
func EditProblems(h *House, e Edit) []Problem {
	if h == nil || e.Empty() {
		return nil
	}
	after := editCopy(h)
	if err := after.Apply(e); err != nil {
		return []Problem{{Field: "edit", NL: "de wijziging past niet op het rooster: " + err.Error(),
			EN: "the change does not fit the roster: " + err.Error()}}
	}
	seen := map[string]int{}
	for _, p := range Validate(h) {
		seen[p.EN]++
	}
	var out []Problem
	for _, p := range Validate(after) {
		if seen[p.EN] > 0 {
			seen[p.EN]--
			continue
		}
		out = append(out, p)
	}
	return out
}

// editCopy returns a copy of h that House.Apply can change without
// changing h: every list Apply writes to is copied.
func editCopy(h *House) *House {
	c := *h
	c.Members = append([]Member(nil), h.Members...)
	c.ShiftTypes = append([]ShiftType(nil), h.ShiftTypes...)
	c.Plan.Assignments = append([]Assignment(nil), h.Plan.Assignments...)
	c.Plan.Absences = append([]Absence(nil), h.Plan.Absences...)
	c.Plan.Wishes = append([]Wish(nil), h.Plan.Wishes...)
	c.Plan.Periods = append([]Period(nil), h.Plan.Periods...)
	return &c
}

// EditRefused is the error of an edit refused because it would make the
// house break a rule (EditProblems); nothing of it is saved.
type EditRefused struct{ Problems []Problem }

// maxRefusedShown bounds the problems named in the message.
const maxRefusedShown = 3

// Text says in language l that the edit was not saved and why, with each
// problem's path and where to fix it.
func (r *EditRefused) Text(l Lang) string {
	var parts []string
	for i, p := range r.Problems {
		if i == maxRefusedShown {
			parts = append(parts, fmt.Sprintf("… (%d)", len(r.Problems)))
			break
		}
		if l == English {
			parts = append(parts, p.Field+": "+p.EN)
		} else {
			parts = append(parts, p.Field+": "+p.NL)
		}
	}
	if l == English {
		return "Not saved: after this change the roster would break a rule; nothing was changed. " + strings.Join(parts, "; ")
	}
	return "Niet opgeslagen: na deze wijziging zou het rooster zich niet aan de regels houden; er is niets veranderd. " + strings.Join(parts, "; ")
}

// Error is the message in Dutch and English ("nl / en").
func (r *EditRefused) Error() string { return r.Text(Dutch) + " / " + r.Text(English) }
