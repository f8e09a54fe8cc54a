package team

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// TestSwapCandidates: a shift vacated by a sick report is not offered, and
// the dialog reaches exactly a week before and after the day.
func TestSwapCandidates(t *testing.T) {
	h := rnHouse()
	h.Plan.Assignments = nil
	add := func(d roster.Date, shift string, state roster.AssignState) {
		h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: rnCor, Date: d, Shift: shift, State: state})
	}
	add(rnWed, "V", roster.StateSick)
	add(rnWed, "L", "")
	add(rnWed-SwapReach, "V", "")
	add(rnWed+SwapReach, "L", "")
	add(rnWed-SwapReach-1, "V", "")
	add(rnWed+SwapReach+1, "L", "")
	if got := Swappable(h, rnCor, rnWed); len(got) != 1 || got[0].Shift != "L" {
		t.Errorf("Swappable on the day: %+v, want only the late shift (the sick one is vacated)", got)
	}
	got := SwapCandidates(h, rnCor, rnWed)
	var dates []roster.Date
	for _, a := range got {
		dates = append(dates, a.Date)
	}
	if len(got) != 3 || dates[0] != rnWed-SwapReach || dates[1] != rnWed || dates[2] != rnWed+SwapReach {
		t.Errorf("SwapCandidates: dates %v, want %v, %v and %v", dates, rnWed-SwapReach, rnWed, rnWed+SwapReach)
	}
	if Swappable(h, rnDirk, rnWed) != nil {
		t.Error("a member without shifts has something to swap")
	}
}

// TestDefaultRepeatUntil: a repeating wish runs twelve weeks by default, on
// the same weekday.
func TestDefaultRepeatUntil(t *testing.T) {
	d := roster.NewDate(2026, 11, 25)
	got := DefaultRepeatUntil(d)
	if got != roster.NewDate(2027, 2, 17) || got.Weekday() != d.Weekday() {
		t.Errorf("DefaultRepeatUntil(%v) = %v, want 2027-02-17 (a Wednesday twelve weeks on)", d, got)
	}
}
