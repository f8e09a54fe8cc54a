package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// Test member IDs of testHouse.
const (
	tAnna = 1 // opvoeder 36 h, nights
	tBart = 2 // opvoeder 27 h (0.75 fte)
	tHuub = 3 // huishoudelijk 21.6 h
	tSam  = 4 // stagiair 32 h
)

// tMon is a Monday: 2026-11-23 (ISO week 2026-W48, balance period W45–W48).
var tMon = roster.NewDate(2026, 11, 23)

// testHouse returns a small valid house with four members, the usual shift
// types and an empty plan.
func testHouse() *roster.House {
	return &roster.House{
		Name:     "Test",
		Children: 6,
		Settings: roster.Settings{
			SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36, LeavePct: 7.7, SickPct: 5,
			NightStart: roster.NewClock(23, 0), NightEnd: roster.NewClock(7, 0),
			NightMode: roster.NightSleep, SleepRegime: roster.RegimeRegular, PublishDays: 28,
			Budget: map[roster.Role]float64{roster.RoleOpvoeder: 8.9, roster.RoleHuishoudelijk: 0.6},
			ORT: []roster.ORTBand{
				{Days: []roster.DayType{roster.DayWeekday}, Start: roster.NewClock(19, 0), End: roster.NewClock(22, 0), Percent: 25},
				{Days: []roster.DayType{roster.DaySunday}, Start: 0, End: 1440, Percent: 45},
			},
		},
		Coverage: []roster.Band{
			{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 3},
			{Day: roster.DaySaturday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 3},
			{Day: roster.DaySunday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 3, Max: 5},
		},
		Members: []roster.Member{
			{ID: tAnna, Name: "Anna", Initials: "AB", Colour: "#aa3366", Role: roster.RoleOpvoeder,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 36}}, Nights: true},
			{ID: tBart, Name: "Bart", Role: roster.RoleOpvoeder,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 27}}},
			{ID: tHuub, Name: "Huub", Role: roster.RoleHuishoudelijk,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 21.6}}},
			{ID: tSam, Name: "Sam", Role: roster.RoleStagiair,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 32}}},
		},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Name: "Vroeg", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "L", Name: "Laat", Start: roster.NewClock(15, 0), End: roster.NewClock(23, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "D", Name: "Dag", Start: roster.NewClock(9, 0), End: roster.NewClock(18, 0), Kind: roster.KindGroup},
			{Code: "S", Name: "Slaapdienst", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindSleep},
			{Code: "W", Name: "Wakende nacht", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindAwakeNight},
			{Code: "I", Name: "Inwonend", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindLiveIn},
			{Code: "O", Name: "Overleg", Start: roster.NewClock(9, 0), End: roster.NewClock(12, 0), Kind: roster.KindOffGroup},
		},
	}
}

// assign adds an assignment of member on d to shift code.
func assign(h *roster.House, member int, d roster.Date, code string) *roster.Assignment {
	h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: member, Date: d, Shift: code})
	return &h.Plan.Assignments[len(h.Plan.Assignments)-1]
}

// assignDays puts member on code on each of n days from d.
func assignDays(h *roster.House, member int, d roster.Date, n int, code string) {
	for i := range n {
		assign(h, member, d+roster.Date(i), code)
	}
}

// ofRule returns the findings of rule, in order.
func ofRule(fs []Finding, rule string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// ofRuleSev returns the findings of rule with severity sev.
func ofRuleSev(fs []Finding, rule string, sev Severity) []Finding {
	var out []Finding
	for _, f := range ofRule(fs, rule) {
		if f.Severity == sev {
			out = append(out, f)
		}
	}
	return out
}

// checkWeek runs CheckAt on the ISO week of d with today far in the past so
// that ATW-PUBLISH stays quiet.
func checkWeek(h *roster.House, d roster.Date) []Finding {
	return CheckAt(h, roster.Week(d), d-1000)
}

// wantMessages asserts that fs holds exactly len(want) findings whose Dutch
// messages contain the wanted fragments, in order.
func wantMessages(t *testing.T, fs []Finding, want ...string) {
	t.Helper()
	if len(fs) != len(want) {
		for _, f := range fs {
			t.Logf("got %s %s: %s", f.Rule, f.Severity, f.NL)
		}
		t.Fatalf("got %d findings, want %d %q", len(fs), len(want), want)
	}
	for i, w := range want {
		if !strings.Contains(fs[i].NL, w) {
			t.Errorf("finding %d: %q does not contain %q", i, fs[i].NL, w)
		}
		if fs[i].EN == "" || fs[i].EN == fs[i].NL {
			t.Errorf("finding %d: no English message (%q)", i, fs[i].EN)
		}
	}
}

// bigHouse returns the test house with n extra opvoeders and a plan of
// weeks weeks from tMon in which everyone works about four shifts a week,
// with some leave and wishes: for benchmarks.
func bigHouse(n, weeks int) (*roster.House, roster.Window) {
	h := testHouse()
	codes := []string{"V", "L", "D", "", "S", "", "V"}
	for i := range n {
		id := 100 + i
		h.Members = append(h.Members, roster.Member{ID: id, Name: fmt.Sprintf("Lid %d", id), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 32}}, Nights: true})
		for d := range weeks * 7 {
			if code := codes[(i+d)%len(codes)]; code != "" {
				assign(h, id, tMon+roster.Date(d), code)
			}
		}
		if i%5 == 0 {
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: id, From: tMon + roster.Date(i%30), To: tMon + roster.Date(i%30+4), Kind: roster.AbsLeave})
			h.Plan.Wishes = append(h.Plan.Wishes, roster.Wish{Member: id, Date: tMon + roster.Date(i), Kind: roster.WishRatherNot})
		}
	}
	return h, roster.Window{From: tMon, To: tMon + roster.Date(7*weeks-1)}
}
