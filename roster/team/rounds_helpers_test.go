package team

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// This file builds the small house of the self-rostering tests (periods,
// wishes, open shifts, swaps, fairness): five members, two care workers present
// 07:00–23:00, sleep shifts at night.

// rnMon is the Monday of the test week (ISO week 2026-W45); rnWed its Wednesday.
var (
	rnMon   = roster.NewDate(2026, time.November, 2)
	rnWed   = rnMon + 2
	rnToday = roster.NewDate(2026, time.January, 1) // long before: no ATW-PUBLISH
)

// Member IDs of the test house.
const (
	rnAnna = iota + 1 // opvoeder 36 h, nights
	rnBas             // opvoeder 36 h, nights
	rnCor             // opvoeder 18 h, nights
	rnDirk            // opvoeder 18 h, no nights, no sleep shifts
	rnEls             // huishoudelijk 18 h
)

// rnHouse returns the test house. Its plan on Wednesday: Anna V 07–15, Bas
// D 09–17:30, Cor L 15–23 and no night cover, so 07:00–09:00 and
// 17:30–23:00 are one opvoeder short and the night is open.
func rnHouse() *roster.House {
	c := roster.NewClock
	mk := func(id int, name string, role roster.Role, hours float64) roster.Member {
		return roster.Member{ID: id, Name: name, Role: role, Nights: role == roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: hours}}}
	}
	h := &roster.House{
		Name: "Rondes", Children: 4,
		Settings: roster.Settings{SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36, NightMode: roster.NightSleep,
			SleepRegime: roster.RegimeRegular, NightStart: c(23, 0), NightEnd: c(7, 0), PublishDays: 28},
		Members: []roster.Member{
			mk(rnAnna, "Anna", roster.RoleOpvoeder, 36),
			mk(rnBas, "Bas", roster.RoleOpvoeder, 36),
			mk(rnCor, "Cor", roster.RoleOpvoeder, 18),
			mk(rnDirk, "Dirk", roster.RoleOpvoeder, 18),
			mk(rnEls, "Els", roster.RoleHuishoudelijk, 18),
		},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Name: "Vroeg", Start: c(7, 0), End: c(15, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "D", Name: "Dag", Start: c(9, 0), End: c(17, 30), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "L", Name: "Laat", Start: c(15, 0), End: c(23, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "S", Name: "Slaap", Start: c(23, 0), End: c(7, 0), Kind: roster.KindSleep},
			{Code: "W", Name: "Wakend", Start: c(23, 0), End: c(7, 0), BreakMin: 30, Kind: roster.KindAwakeNight},
			{Code: "O", Name: "Overleg", Start: c(13, 0), End: c(15, 0), Kind: roster.KindOffGroup},
		},
	}
	h.Members[rnDirk-1].Nights, h.Members[rnDirk-1].NoSleepShifts = false, true
	for _, dt := range roster.DayTypes {
		h.Coverage = append(h.Coverage, roster.Band{Day: dt, Start: c(7, 0), End: c(23, 0), Min: 2, Max: 3})
	}
	h.Plan.Assignments = []roster.Assignment{
		{Member: rnAnna, Date: rnWed, Shift: "V"},
		{Member: rnBas, Date: rnWed, Shift: "D"},
		{Member: rnCor, Date: rnWed, Shift: "L"},
	}
	return h
}

// rnApply applies e to h or fails the test.
func rnApply(t *testing.T, h *roster.House, e roster.Edit) {
	t.Helper()
	if err := h.Apply(e); err != nil {
		t.Fatalf("apply %q: %v", e.NL, err)
	}
}

// rnRules returns the rule IDs of fs.
func rnRules(fs []rules.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// rnRefused returns the findings of a *RefusedError, failing when err is not one.
func rnRefused(t *testing.T, err error) []rules.Finding {
	t.Helper()
	var re *RefusedError
	if !errors.As(err, &re) {
		t.Fatalf("want a *RefusedError, got %v", err)
	}
	if len(re.Findings) == 0 {
		t.Fatalf("refused without findings: %v", err)
	}
	return re.Findings
}

// rnCell returns the shift codes of member on d.
func rnCell(h *roster.House, member int, d roster.Date) []string {
	var out []string
	for _, a := range h.Plan.CellAssignments(member, d) {
		out = append(out, a.Shift)
	}
	slices.Sort(out)
	return out
}
