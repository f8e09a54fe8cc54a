package house

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
)

// TestGenerateVariedCalendar checks the calendar helpers the wider
// generator aims its windows with against known dates.
func TestGenerateVariedCalendar(t *testing.T) {
	tests := []struct {
		got, want roster.Date
	}{
		{lastSunday(2027, 3), roster.NewDate(2027, 3, 28)},
		{lastSunday(2027, 10), roster.NewDate(2027, 10, 31)},
		{lastSunday(2028, 3), roster.NewDate(2028, 3, 26)},
		{lastSunday(2029, 12), roster.NewDate(2029, 12, 30)},
		{easterMonday(2027), roster.NewDate(2027, 3, 29)},
		{easterMonday(2028), roster.NewDate(2028, 4, 17)},
		{easterMonday(2029), roster.NewDate(2029, 4, 2)},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: %s, want %s", i, tt.got, tt.want)
		}
	}
}

// TestGenerateVariedDrawsWide checks that the wider generator is
// deterministic per seed, gives houses the engine can read (every
// assignment's shift type exists, members are unique) and over 60 seeds
// draws the shapes it is for: windows that are not one aligned balance
// period, windows across a clock change, more than one balance period
// length, custom shift types, locked days.
func TestGenerateVariedDrawsWide(t *testing.T) {
	var unaligned, dst, balance, custom, fixed, tiny bool
	for seed := uint64(1); seed <= 60; seed++ {
		h, w := GenerateVaried(seed)
		h2, w2 := GenerateVaried(seed)
		a, _ := json.Marshal(h)
		b, _ := json.Marshal(h2)
		if w != w2 || string(a) != string(b) {
			t.Fatalf("seed %d: not deterministic", seed)
		}
		if w.Days() < 1 || w.Days() > 42 {
			t.Errorf("seed %d: window of %d days", seed, w.Days())
		}
		ids := map[int]bool{}
		for _, m := range h.Members {
			if ids[m.ID] {
				t.Errorf("seed %d: member %d twice", seed, m.ID)
			}
			ids[m.ID] = true
		}
		for _, a := range h.Plan.Assignments {
			if h.ShiftType(a.Shift) == nil || !ids[a.Member] {
				t.Errorf("seed %d: assignment %+v of an unknown shift type or member", seed, a)
			}
		}
		if roster.BalancePeriod(w.From, h.Settings.BalanceWeeksOrDefault()) != w {
			unaligned = true
		}
		for d := w.From; d <= w.To; d++ {
			if d.Weekday() == 0 && (d == lastSunday(yearOf(d), 3) || d == lastSunday(yearOf(d), 10)) {
				dst = true
			}
		}
		balance = balance || h.Settings.BalanceWeeksOrDefault() != roster.DefaultBalanceWeeks
		custom = custom || h.ShiftType("K") != nil || h.ShiftType("D") == nil
		fixed = fixed || len(h.Plan.Periods) > 0
		tiny = tiny || len(h.Members) == 8 && len(h.Coverage) == 3 && h.Coverage[0].Min == 3
	}
	for name, ok := range map[string]bool{"an unaligned window": unaligned, "a clock change": dst,
		"another balance period": balance, "custom shift types": custom, "a fixed period": fixed,
		"8 members under the concept's profile": tiny} {
		if !ok {
			t.Errorf("60 seeds never drew %s", name)
		}
	}
}

// yearOf returns d's calendar year.
func yearOf(d roster.Date) int {
	y, _, _ := d.YMD()
	return y
}

// TestProposeVariedHouses is the acceptance property on the wider
// generator's houses, with an iteration budget: Propose returns without an
// error or a panic, adds no error or warning the engine did not report
// before (apart from the soft ones), proposes only on open cells (never a
// locked, filled, absent or fixed one) and no night cover outside the
// house's night mode, leaves the house as it was, and its proven bound
// never lies above the uncovered time of the proposal it makes (that would
// be a false proof).
func TestProposeVariedHouses(t *testing.T) {
	seeds := 8
	if testing.Short() || raceOn {
		seeds = 3
	}
	for seed := uint64(1); seed <= uint64(seeds); seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			h, w := GenerateVaried(seed)
			orig := slices.Clone(h.Plan.Assignments)
			res, err := proposeNoPanic(h, w, plan.Options{Seed: seed, MaxIterations: 5_000})
			if err != nil {
				t.Fatalf("%d days from %s: %v", w.Days(), w.From, err)
			}
			if !slices.Equal(h.Plan.Assignments, orig) {
				t.Fatal("Propose changed the house's own assignments")
			}
			checkProposal(t, h, w, res)
			for _, a := range res.Proposals {
				if st := h.ShiftType(a.Shift); st == nil || st.Kind.NightCover() && !nightKind(h, st.Kind) {
					t.Errorf("proposal %+v: no night cover of the house's night mode %s", a, h.Settings.NightMode)
				}
			}
			t.Logf("%d members, %d days from %s: open %d → %d min, bound %d, %d proposals",
				len(h.Members), w.Days(), w.From, res.OpenMinutes, res.UncoveredMinutes, res.BoundMinutes, len(res.Proposals))
		})
	}
}

// proposeNoPanic runs Propose and turns a panic into an error.
func proposeNoPanic(h *roster.House, w roster.Window, opts plan.Options) (res Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return Propose(context.Background(), h, w, opts, nil)
}
