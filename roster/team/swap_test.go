package team

import (
	"slices"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// TestSwapLegal: Anna's early and Cor's late shift change hands; the edit
// touches both cells, is allowed in a fixed period and undoes.
func TestSwapLegal(t *testing.T) {
	h := rnHouse()
	orig := slices.Clone(h.Plan.Assignments)
	e, warns, err := swapAt(h, AssignmentRef{rnAnna, rnWed, "V"}, &AssignmentRef{rnCor, rnWed, "L"}, 0, rnToday)
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 0 {
		t.Errorf("warnings: %v", rnRules(warns))
	}
	if len(e.Cells) != 2 || e.NL == "" || e.EN == "" {
		t.Fatalf("edit: %+v", e)
	}
	h.Plan.Periods = []roster.Period{{From: rnMon, To: rnMon + 27, State: roster.PeriodFixed}}
	if err := EditAllowed(h, e); err != nil {
		t.Errorf("swap in a fixed period: %v", err)
	}
	rnApply(t, h, e)
	if a, c := rnCell(h, rnAnna, rnWed), rnCell(h, rnCor, rnWed); !slices.Equal(a, []string{"L"}) || !slices.Equal(c, []string{"V"}) {
		t.Fatalf("after swap: Anna %v, Cor %v", a, c)
	}
	rnApply(t, h, e.Inverse())
	if !slices.Equal(h.Plan.Assignments, orig) {
		t.Errorf("undo: %+v", h.Plan.Assignments)
	}
}

// TestSwapRefused: swaps that break a rule are refused with every new error;
// warnings come back for confirmation.
func TestSwapRefused(t *testing.T) {
	cases := []struct {
		name   string
		setup  func(h *roster.House)
		a      AssignmentRef
		b      *AssignmentRef // nil: give a to to
		to     int
		refuse string // a rule among the refusal's findings; "" when accepted
		warn   string // a rule among the warnings
	}{
		{name: "kan niet", setup: func(h *roster.House) {
			h.Plan.Wishes = []roster.Wish{{Member: rnCor, Date: rnWed, Shift: "V", Kind: roster.WishCannot}}
		}, a: AssignmentRef{rnAnna, rnWed, "V"}, b: &AssignmentRef{rnCor, rnWed, "L"}, refuse: rules.RuleWish},
		{name: "liever niet", setup: func(h *roster.House) {
			h.Plan.Wishes = []roster.Wish{{Member: rnCor, Date: rnWed, Kind: roster.WishRatherNot}}
		}, a: AssignmentRef{rnAnna, rnWed, "V"}, b: &AssignmentRef{rnCor, rnWed, "L"}, warn: rules.RuleWish},
		{name: "double booking", a: AssignmentRef{rnCor, rnWed, "L"}, to: rnBas, refuse: rules.RuleDouble},
		{name: "huishoudelijk leaves a gap", a: AssignmentRef{rnAnna, rnWed, "V"}, to: rnEls, refuse: rules.RuleCovDay},
		{name: "rest time", setup: func(h *roster.House) {
			// Dirk already has one 8-hour rest this week (Monday late,
			// Tuesday early); Wednesday late before Thursday early would
			// be the second.
			h.Plan.Assignments = append(h.Plan.Assignments,
				roster.Assignment{Member: rnDirk, Date: rnWed - 2, Shift: "L"},
				roster.Assignment{Member: rnDirk, Date: rnWed - 1, Shift: "V"},
				roster.Assignment{Member: rnDirk, Date: rnWed + 1, Shift: "V"})
		}, a: AssignmentRef{rnCor, rnWed, "L"}, to: rnDirk, refuse: rules.RuleATWRest},
		{name: "give to a colleague", a: AssignmentRef{rnCor, rnWed, "L"}, to: rnDirk},
	}
	for _, tc := range cases {
		h := rnHouse()
		if tc.setup != nil {
			tc.setup(h)
		}
		e, warns, err := swapAt(h, tc.a, tc.b, tc.to, rnToday)
		if tc.refuse != "" {
			if err == nil {
				t.Errorf("%s: accepted, warnings %v", tc.name, rnRules(warns))
				continue
			}
			if fs := rnRefused(t, err); !slices.Contains(rnRules(fs), tc.refuse) {
				t.Errorf("%s: refused for %v, want %s", tc.name, rnRules(fs), tc.refuse)
			}
			if !e.Empty() {
				t.Errorf("%s: refused swap returned an edit", tc.name)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if tc.warn != "" && !slices.Contains(rnRules(warns), tc.warn) {
			t.Errorf("%s: warnings %v, want %s", tc.name, rnRules(warns), tc.warn)
		}
		if e.Empty() {
			t.Errorf("%s: no edit", tc.name)
		}
	}
}

// TestSwapBadInput: unknown shifts, sick shifts and self-swaps are refused
// before the engine runs.
func TestSwapBadInput(t *testing.T) {
	h := rnHouse()
	h.Plan.Assignments[0].State = roster.StateSick
	for name, fn := range map[string]func() error{
		"no such shift": func() error { _, _, err := Give(h, AssignmentRef{rnAnna, rnWed, "L"}, rnDirk); return err },
		"sick shift":    func() error { _, _, err := Give(h, AssignmentRef{rnAnna, rnWed, "V"}, rnDirk); return err },
		"with oneself": func() error {
			_, _, err := Swap(h, AssignmentRef{rnCor, rnWed, "L"}, AssignmentRef{rnCor, rnWed, "L"})
			return err
		},
		"to oneself":     func() error { _, _, err := Give(h, AssignmentRef{rnCor, rnWed, "L"}, rnCor); return err },
		"unknown member": func() error { _, _, err := Give(h, AssignmentRef{rnCor, rnWed, "L"}, 42); return err },
	} {
		if err := fn(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// BenchmarkSwapDemo: one swap check on the demo house (two engine runs over
// about two weeks).
func BenchmarkSwapDemo(b *testing.B) {
	start := roster.NewDate(2026, 11, 2)
	h := demo.House(start)
	var a, c *roster.Assignment
	for i := range h.Plan.Assignments {
		x := &h.Plan.Assignments[i]
		if x.Date != start+9 || x.State != roster.StatePlanned {
			continue
		}
		if a == nil {
			a = x
		} else if x.Member != a.Member && c == nil {
			c = x
		}
	}
	ra, rc := RefOf(*a), RefOf(*c)
	for b.Loop() {
		swapAt(h, ra, &rc, 0, rnToday)
	}
}

// BenchmarkTakeOpenShiftDemo: one open-shift check on the demo house.
func BenchmarkTakeOpenShiftDemo(b *testing.B) {
	start := roster.NewDate(2026, 11, 2)
	h := demo.House(start)
	os := OpenShifts(h, roster.Window{From: start, To: start + 6})[0]
	for b.Loop() {
		takeOpenShiftAt(h, os, demo.Daan, rnToday, false)
	}
}
