package roster

import (
	"strings"
	"testing"
)

// TestEditProblems: an edit that makes the house break a rule is found,
// with its path; an edit on a house that already breaks a rule adds
// nothing new and passes; the house is not changed by the check; an absence
// "until further notice" keeps the rules.
func TestEditProblems(t *testing.T) {
	h := testHouse()
	assign(h, tAnna, tMon, "V")
	settings := func(h *House, children int) Edit {
		after := SettingsOf(h)
		after.Children = children
		return Edit{Settings: &SettingsEdit{Before: SettingsOf(h), After: after}}
	}
	probs := EditProblems(h, settings(h, 7))
	if len(probs) != 1 || probs[0].Field != "children" {
		t.Fatalf("children 7: %v", probs)
	}
	if h.Children == 7 {
		t.Error("the check changed the house")
	}
	refused := &EditRefused{Problems: probs}
	if msg := refused.Error(); strings.Count(msg, " / ") != 1 || !strings.Contains(msg, "Niet opgeslagen") || !strings.Contains(msg, "Not saved") {
		t.Errorf("message %q is not one Dutch / English pair", msg)
	}
	if p := EditProblems(h, settings(h, 5)); p != nil {
		t.Errorf("a valid edit: %v", p)
	}
	bad := testHouse()
	bad.Children = 9
	rename := settings(bad, 9)
	rename.Settings.After.Name = "Huis Noord"
	if p := EditProblems(bad, rename); p != nil {
		t.Errorf("an edit that adds no new problem to an invalid house: %v", p)
	}
	if p := EditProblems(bad, settings(bad, 8)); len(p) != 1 || !strings.Contains(p[0].NL, "kinderen 8") {
		t.Errorf("another wrong number of children is a new problem: %v", p)
	}
	gone := Edit{Shifts: []ShiftTypeEdit{{Before: h.ShiftType("V")}}}
	if p := EditProblems(h, gone); len(p) != 1 || p[0].Field != "plan.assignments[0].shift" {
		t.Errorf("removing a shift type in use: %v", p)
	}
	open := Edit{Absences: []AbsenceEdit{{After: &Absence{Member: tBart, From: tMon, To: AbsenceOpenEnd, Kind: AbsSick}}}}
	if p := EditProblems(h, open); p != nil {
		t.Errorf("a sick report until further notice: %v", p)
	}
}
