package team

import (
	"math"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// feasNear reports whether a and b differ by less than 1e-6.
func feasNear(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

// TestBudgetFeasibilityConceptNorm checks the concept's own norm (3
// opvoeders 07:00–23:00 every day, one night cover 23:00–07:00) against its
// own budget of 8.9 fte, computed by hand:
//
//	needed by day:  3 × 16 h × 7 days          = 336 h
//	night cover:    7 × 8 h                     =  56 h presence,
//	                sleep hours count half      =  28 contract hours
//	required:       336 + 28                    = 364 h
//	contract:       8.9 × 36                    = 320.4 h
//	after leave:    320.4 × (1 − 0.077)         = 295.7292 h
//	after sickness: 295.7292 × (1 − 0.05)       = 280.94274 h
//	shortfall:      364 − 280.94274             =  83.05726 h = 2.307 fte
func TestBudgetFeasibilityConceptNorm(t *testing.T) {
	h := roster.NewHouse("De Linde", 6)
	f := BudgetFeasibility(h)
	checks := []struct {
		name      string
		got, want float64
	}{
		{"DayHours", f.DayHours, 336},
		{"NightHours", f.NightHours, 56},
		{"NightContractHours", f.NightContractHours, 28},
		{"Required", f.Required(), 364},
		{"ContractHours", f.ContractHours, 320.4},
		{"Available", f.Available, 280.94274},
		{"Balance", f.Balance(), -83.05726},
		{"OtherHours", f.OtherHours, 54},
	}
	for _, c := range checks {
		if !feasNear(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if got, want := f.Line(roster.Dutch), "Tekort: 83,1 u per week (2,3 fte)"; got != want {
		t.Errorf("Line(nl) = %q, want %q", got, want)
	}
	if got, want := f.Line(roster.English), "Shortfall: 83.1 h a week (2.3 fte)"; got != want {
		t.Errorf("Line(en) = %q, want %q", got, want)
	}
	// Even without any night cover the day norm alone does not fit: 336 − 280.9 = 55.1 h.
	if d := f.Available - f.DayHours; !feasNear(d, -55.05726) {
		t.Errorf("day-only balance = %v, want -55.05726", d)
	}
	// Awake nights cost their full 56 h.
	h.Settings.NightMode = roster.NightAwake
	if f := BudgetFeasibility(h); !feasNear(f.Balance(), -111.05726) || f.Line(roster.Dutch) != "Tekort: 111,1 u per week (3,1 fte)" {
		t.Errorf("awake nights: balance %v, line %q", f.Balance(), f.Line(roster.Dutch))
	}
}

// TestTeamFeasibilityDemo checks that the demo team (opvoeders of exactly
// 8.9 fte) gives the budget's numbers, and that it says whom it counts.
func TestTeamFeasibilityDemo(t *testing.T) {
	d := roster.NewDate(2026, 11, 23)
	h := demo.House(d)
	f := TeamFeasibility(h, d)
	if f.Counted != 11 || !feasNear(f.ContractHours, 320.4) || !feasNear(f.OtherHours, 54) {
		t.Errorf("counted %d, contract %v, other %v; want 11, 320.4, 54", f.Counted, f.ContractHours, f.OtherHours)
	}
	if b := BudgetFeasibility(h); !feasNear(f.Balance(), b.Balance()) {
		t.Errorf("team balance %v, budget balance %v", f.Balance(), b.Balance())
	}
	want := "Nodig: 336 u overdag + 28 u voor de nachten (7 × 8 u slaapdienst, telt half) = 364 u per week. " +
		"Beschikbaar: 320,4 u contract van 11 opvoeders, 280,9 u na 7,7% verlof en 5% ziekte (7,8 fte). " +
		"Teamleider en systeemtherapeut (54 u) tellen niet mee: zij tellen alleen op een groepsdienst. " +
		"Om het tekort te dichten: 2,6 fte erbij; 2 opvoeders tijdens schooltijd (ma–vr 09:00–14:30) scheelt 27,5 u."
	if got := f.Explain(roster.Dutch); got != want {
		t.Errorf("Explain(nl) =\n%s\nwant\n%s", got, want)
	}
}

// TestTeamFeasibilityWhoCounts checks who is counted: active opvoeders who
// count, with the contract hours of the date.
func TestTeamFeasibilityWhoCounts(t *testing.T) {
	d := roster.NewDate(2026, 11, 23)
	no := false
	ended := d - 1
	h := roster.NewHouse("Test", 6)
	h.Coverage = []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(22, 0), End: roster.NewClock(6, 0), Min: 1}} // 8 h × 5 = 40 h
	h.Settings.LeavePct, h.Settings.SickPct = 0, 0
	h.Settings.NightMode = roster.NightAwake
	h.Members = []roster.Member{
		{ID: 1, Name: "A", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{From: d - 100, HoursPerWeek: 20}, {From: d, HoursPerWeek: 30}}},
		{ID: 2, Name: "B", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{From: d - 100, HoursPerWeek: 36}}, ActiveTo: &ended},
		{ID: 3, Name: "C", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{From: d - 100, HoursPerWeek: 36}}, Counts: &no},
		{ID: 4, Name: "D", Role: roster.RoleHuishoudelijk, Contract: []roster.Contract{{From: d - 100, HoursPerWeek: 20}}},
		{ID: 5, Name: "E", Role: roster.RoleTeamleider, Contract: []roster.Contract{{From: d - 100, HoursPerWeek: 10}}},
		{ID: 6, Name: "F", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{From: d - 100, HoursPerWeek: 80}}},
	}
	f := TeamFeasibility(h, d)
	// Counted: A (30 h from d) and F (80 h); B has left, C does not count, D never counts, E is listed apart.
	if f.Counted != 2 || !feasNear(f.ContractHours, 110) || !feasNear(f.OtherHours, 10) {
		t.Fatalf("counted %d, contract %v, other %v; want 2, 110, 10", f.Counted, f.ContractHours, f.OtherHours)
	}
	// Required 40 + 56 = 96; reserve 14 h = 0.39 fte.
	if !feasNear(f.Balance(), 14) || f.Line(roster.Dutch) != "Reserve: 14 u per week (0,4 fte)" {
		t.Errorf("balance %v, line %q", f.Balance(), f.Line(roster.Dutch))
	}
	if f := TeamFeasibility(h, d-1); !feasNear(f.ContractHours, 20+36+80) {
		t.Errorf("day before: contract %v, want 136 (A's old contract, B still there)", f.ContractHours)
	}
}

func TestProfileHours(t *testing.T) {
	c := roster.NewClock
	tests := []struct {
		bands []roster.Band
		want  float64
	}{
		{nil, 0},
		{roster.DefaultCoverage(), 336},
		{[]roster.Band{{Day: roster.DayWeekday, Start: c(7, 0), End: c(9, 0), Min: 3}, {Day: roster.DayWeekday, Start: c(9, 0), End: c(14, 0), Min: 1}}, 3*2*5 + 1*5*5},
		{[]roster.Band{{Day: roster.DaySaturday, Start: c(23, 0), End: c(7, 0), Min: 1}}, 8},
		{[]roster.Band{{Day: roster.DaySunday, Start: c(0, 0), End: c(24, 0), Min: 2}}, 48},
		{[]roster.Band{{Day: "feestdag", Start: c(7, 0), End: c(23, 0), Min: 3}}, 0},
	}
	for i, tt := range tests {
		if got := ProfileHours(tt.bands); !feasNear(got, tt.want) {
			t.Errorf("%d: ProfileHours = %v, want %v", i, got, tt.want)
		}
	}
}

func BenchmarkTeamFeasibility(b *testing.B) {
	d := roster.NewDate(2026, 11, 23)
	h := demo.House(d)
	for b.Loop() {
		_ = TeamFeasibility(h, d).Line(roster.Dutch)
	}
}

func TestFeasibilityOneOpvoeder(t *testing.T) {
	d := roster.NewDate(2026, 11, 23)
	h := roster.NewHouse("Een", 4)
	h.Members = []roster.Member{{ID: 1, Name: "A", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{From: d, HoursPerWeek: 36}}}}
	f := TeamFeasibility(h, d)
	if got := f.Explain(roster.Dutch); !strings.Contains(got, "36 u contract van 1 opvoeder,") {
		t.Errorf("Explain = %q", got)
	}
	if got := f.Explain(roster.English); !strings.Contains(got, "36 h contract of 1 care worker,") {
		t.Errorf("Explain(en) = %q", got)
	}
}

// TestFeasibilityAdvice: on a shortfall the explanation says what closes it
// (by hand: budget 11 fte → 396 h × 0,923 × 0,95 = 347,2 h, gap 16,8 h, /
// 0,877 = 19,1 h = 0,5 fte; one opvoeder by day: 112 + 28 = 140 h needed,
// 3 fte → 94,7 h, gap 45,3 h / 0,877 = 51,7 h = 1,4 fte):
// the fte to hire (leave and sickness included) and what one opvoeder fewer
// during school hours saves, "dan past het" when that is enough.
func TestFeasibilityAdvice(t *testing.T) {
	d := roster.NewDate(2026, 11, 23)
	tests := []struct {
		name  string
		setup func(h *roster.House)
		nl    string // the advice sentence ("" none)
		en    string
	}{
		{"demo: fte, school hours help a little", func(h *roster.House) {},
			" Om het tekort te dichten: 2,6 fte erbij; 2 opvoeders tijdens schooltijd (ma–vr 09:00–14:30) scheelt 27,5 u.",
			" To close the gap: 2.6 fte more; 2 care workers during school hours (Mon–Fri 09:00–14:30) saves 27.5 h."},
		{"a small gap that school hours close", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 11
		}, " Om het tekort te dichten: 0,5 fte erbij; of 2 opvoeders tijdens schooltijd (ma–vr 09:00–14:30): dan past het.",
			" To close the gap: 0.5 fte more; or 2 care workers during school hours (Mon–Fri 09:00–14:30): then it fits."},
		{"no shortfall, no advice", func(h *roster.House) { h.Settings.Budget[roster.RoleOpvoeder] = 13 }, "", ""},
		{"one opvoeder by day: no school-hours advice", func(h *roster.House) {
			for i := range h.Coverage {
				h.Coverage[i].Min = 1
			}
			h.Settings.Budget[roster.RoleOpvoeder] = 3
		}, " Om het tekort te dichten: 1,4 fte erbij.", " To close the gap: 1.4 fte more."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := demo.House(d)
			tt.setup(h)
			f := BudgetFeasibility(h)
			for _, c := range []struct {
				got, want string
			}{{f.Explain(roster.Dutch), tt.nl}, {f.Explain(roster.English), tt.en}} {
				_, advice, _ := strings.Cut(c.got, "groepsdienst.")
				if strings.Contains(c.got, "group shift.") {
					_, advice, _ = strings.Cut(c.got, "group shift.")
				}
				if advice != c.want {
					t.Errorf("advice %q, want %q", advice, c.want)
				}
			}
			// The sum adds up as written.
			if !feasNear(f.DayHours+f.NightContractHours, f.Required()) {
				t.Errorf("sum %v + %v != %v", f.DayHours, f.NightContractHours, f.Required())
			}
		})
	}
}
