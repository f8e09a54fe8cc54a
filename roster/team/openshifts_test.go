package team

import (
	"slices"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// TestOpenShiftsFillKnownGaps: Wednesday lacks one opvoeder 07:00–09:00 and
// 17:30–23:00 and has no night cover: a late shift (330 gap minutes), an
// early shift (the 120 left) and a sleep shift are open; nothing else.
func TestOpenShiftsFillKnownGaps(t *testing.T) {
	h := rnHouse()
	got := OpenShifts(h, roster.Window{From: rnWed, To: rnWed})
	want := []OpenShift{
		{Date: rnWed, Shift: "V", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), Kind: roster.KindGroup, Minutes: 120},
		{Date: rnWed, Shift: "L", Start: roster.NewClock(15, 0), End: roster.NewClock(23, 0), Kind: roster.KindGroup, Minutes: 330},
		{Date: rnWed, Shift: "S", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindSleep, Night: true, Minutes: 480},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("OpenShifts:\n got %+v\nwant %+v", got, want)
	}
	// An empty day (no one at all) needs two early and two late shifts.
	got = OpenShifts(h, roster.Window{From: rnMon, To: rnMon})
	var codes []string
	for _, o := range got {
		codes = append(codes, o.Shift)
	}
	if !slices.Equal(codes, []string{"V", "V", "L", "L", "S"}) {
		t.Errorf("empty Monday: %v", codes)
	}
}

// TestOpenShiftsNightMode: an awake-night house proposes the awake night.
func TestOpenShiftsNightMode(t *testing.T) {
	h := rnHouse()
	h.Settings.NightMode = roster.NightAwake
	got := OpenShifts(h, roster.Window{From: rnWed, To: rnWed})
	if n := got[len(got)-1]; n.Shift != "W" || !n.Night {
		t.Errorf("awake house: night open shift %+v", n)
	}
}

// TestTakeOpenShift: taking the open late shift closes that gap; the engine
// refuses a member whose flags or role forbid the shift.
func TestTakeOpenShift(t *testing.T) {
	h := rnHouse()
	open := OpenShifts(h, roster.Window{From: rnWed, To: rnWed})
	late, sleep, early := open[1], open[2], open[0]
	e, warns, err := takeOpenShiftAt(h, late, rnDirk, rnToday, false)
	if err != nil {
		t.Fatalf("Dirk takes L: %v", err)
	}
	if len(warns) != 0 {
		t.Errorf("Dirk takes L: warnings %v", rnRules(warns))
	}
	if err := EditAllowed(h, e); err != nil {
		t.Errorf("EditAllowed: %v", err)
	}
	rnApply(t, h, e)
	if got := rnCell(h, rnDirk, rnWed); !slices.Equal(got, []string{"L"}) {
		t.Fatalf("Dirk's cell: %v", got)
	}
	after := OpenShifts(h, roster.Window{From: rnWed, To: rnWed})
	if !slices.Equal(after, []OpenShift{early, sleep}) {
		t.Errorf("after taking L: %+v", after)
	}
	for _, f := range rules.CheckAt(h, roster.Window{From: rnWed, To: rnWed}, rnToday) {
		if f.Rule == rules.RuleCovDay && f.Start.Hour() >= 15 {
			t.Errorf("gap after taking L still there: %s", f.NL)
		}
	}

	// Dirk does no sleep shifts (ROLE error); Els never counts (ROLE warning,
	// an exclusion reason as in the cover finder).
	for _, tc := range []struct {
		member int
		os     OpenShift
		rule   string
	}{{rnDirk, sleep, rules.RuleRole}, {rnEls, early, rules.RuleRole}} {
		_, _, err := takeOpenShiftAt(h, tc.os, tc.member, rnToday, false)
		fs := rnRefused(t, err)
		if !slices.Contains(rnRules(fs), tc.rule) {
			t.Errorf("member %d takes %s: reasons %v, want %s", tc.member, tc.os.Shift, rnRules(fs), tc.rule)
		}
	}
	if _, _, err := takeOpenShiftAt(h, sleep, 99, rnToday, false); err == nil {
		t.Error("unknown member accepted")
	}
}

// TestTakeOpenShiftWish: a "kan niet" wish refuses, "liever niet" warns.
func TestTakeOpenShiftWish(t *testing.T) {
	h := rnHouse()
	late := OpenShifts(h, roster.Window{From: rnWed, To: rnWed})[1]
	h.Plan.Wishes = []roster.Wish{{Member: rnDirk, Date: rnWed, Kind: roster.WishCannot}}
	_, _, err := takeOpenShiftAt(h, late, rnDirk, rnToday, false)
	if fs := rnRefused(t, err); !slices.Contains(rnRules(fs), rules.RuleWish) {
		t.Errorf("kan niet: reasons %v", rnRules(fs))
	}
	h.Plan.Wishes[0].Kind = roster.WishRatherNot
	_, warns, err := takeOpenShiftAt(h, late, rnDirk, rnToday, false)
	if err != nil || !slices.Equal(rnRules(warns), []string{rules.RuleWish}) {
		t.Errorf("liever niet: err %v, warnings %v", err, rnRules(warns))
	}
}

func BenchmarkOpenShiftsDemo4Weeks(b *testing.B) {
	h := demo.House(roster.NewDate(2026, 11, 2))
	w := roster.Window{From: roster.NewDate(2026, 11, 2), To: roster.NewDate(2026, 11, 29)}
	for b.Loop() {
		OpenShifts(h, w)
	}
}

// TestOpenShiftsCloseEveryGap: on the demo house, giving every open shift
// to one extra opvoeder leaves no coverage gap and no uncovered night, and
// no open shift is superfluous: without any single one a gap comes back.
func TestOpenShiftsCloseEveryGap(t *testing.T) {
	start := roster.NewDate(2026, 11, 2)
	h := demo.House(start)
	w := roster.Window{From: start, To: start + 13}
	open := OpenShifts(h, w)
	if len(open) == 0 {
		t.Fatal("the demo has gaps, but no open shifts")
	}
	h.Members = append(h.Members, roster.Member{ID: 999, Name: "Extra", Role: roster.RoleOpvoeder, Nights: true, LiveIn: true,
		Contract: []roster.Contract{{From: start - 700, HoursPerWeek: 36}}})
	base := slices.Clone(h.Plan.Assignments)
	gaps := func(skip int) int {
		h.Plan.Assignments = slices.Clone(base)
		for i, o := range open {
			if i != skip {
				h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: 999, Date: o.Date, Shift: o.Shift})
			}
		}
		n := 0
		for _, f := range rules.CheckAt(h, w, rnToday) {
			if (f.Rule == rules.RuleCovDay || f.Rule == rules.RuleCovNight) && f.Severity == rules.SevError {
				n++
			}
		}
		return n
	}
	t.Logf("%d open shifts", len(open))
	if n := gaps(-1); n != 0 {
		t.Fatalf("%d gaps left after taking all %d open shifts", n, len(open))
	}
	for i, o := range open {
		if gaps(i) == 0 {
			t.Errorf("open shift %s is superfluous", o.Label(roster.Dutch))
		}
	}
}

// TestCheckOpenShifts: before a tap, each open shift says whether the member
// can take it and why not; a contract-only refusal can be taken with consent.
func TestCheckOpenShifts(t *testing.T) {
	h := rnHouse()
	open := OpenShifts(h, roster.Window{From: rnWed, To: rnWed}) // V, L, S
	tests := []struct {
		name    string
		setup   func(h *roster.House)
		member  int
		can     []bool
		consent []bool
		rule    []string // a reason's rule per shift ("" when it can)
	}{
		{"Dirk: no sleep shifts", func(*roster.House) {}, rnDirk,
			[]bool{true, true, false}, []bool{false, false, false}, []string{"", "", rules.RuleRole}},
		{"Els never counts", func(*roster.House) {}, rnEls,
			[]bool{false, false, false}, []bool{false, false, false}, []string{rules.RuleRole, rules.RuleRole, rules.RuleRole}},
		{"a kan-niet wish for the late shift", func(h *roster.House) {
			h.Plan.Wishes = []roster.Wish{{Member: rnDirk, Date: rnWed, Shift: "L", Kind: roster.WishCannot}}
		}, rnDirk, []bool{true, false, false}, []bool{false, false, false}, []string{"", rules.RuleWish, rules.RuleRole}},
		{"a small contract: with consent", func(h *roster.House) {
			for i := range h.Members {
				if h.Members[i].ID == rnDirk {
					h.Members[i].Contract = []roster.Contract{{HoursPerWeek: 4}}
				}
			}
		}, rnDirk, []bool{false, false, false}, []bool{true, true, false}, []string{rules.RuleContract, rules.RuleContract, rules.RuleRole}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rnHouse()
			tt.setup(h)
			cs := checkOpenShiftsAt(h, open, tt.member, rnToday)
			for i, c := range cs {
				if c.Shift != open[i] || c.Can != tt.can[i] || c.Consent != tt.consent[i] {
					t.Errorf("%s: can %v consent %v (reasons %v), want %v %v", open[i].Shift, c.Can, c.Consent, rnRules(c.Reasons), tt.can[i], tt.consent[i])
				}
				if c.Can != (len(c.Reasons) == 0) || tt.rule[i] != "" && !slices.Contains(rnRules(c.Reasons), tt.rule[i]) {
					t.Errorf("%s: reasons %v, want %q", open[i].Shift, rnRules(c.Reasons), tt.rule[i])
				}
				// What the check says is what taking does.
				_, _, err := takeOpenShiftAt(h, open[i], tt.member, rnToday, false)
				if (err == nil) != c.Can {
					t.Errorf("%s: check says can=%v, take says %v", open[i].Shift, c.Can, err)
				}
				_, _, err = takeOpenShiftAt(h, open[i], tt.member, rnToday, true)
				if (err == nil) != (c.Can || c.Consent) {
					t.Errorf("%s: with consent: %v, want possible=%v", open[i].Shift, err, c.Can || c.Consent)
				}
			}
		})
	}
}
