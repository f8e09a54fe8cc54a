package team

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

func TestPeriodDefaultDeadline(t *testing.T) {
	monday := roster.NewDate(2026, 11, 23)
	p := roster.Window{From: monday, To: monday + 27}
	for _, c := range []struct{ today, want roster.Date }{
		{monday - 30, monday - 14},
		{monday - 14, monday - 13},
		{monday - 1, monday - 1},
		{monday + 3, monday - 1},
	} {
		if got := DefaultDeadline(p, c.today); got != c.want {
			t.Errorf("today %s: %s, want %s", c.today, got, c.want)
		}
	}
}

// TestPeriodAround: the default period of a week leaves out the stored
// periods before and after it; a stored period is returned as it is.
func TestPeriodAround(t *testing.T) {
	h := rnHouse()
	h.Plan.Periods = nil
	monday := roster.NewDate(2026, 11, 23) // week 48; default period W45–W48
	def := PlanningPeriod(h, monday)
	if got := PeriodAround(h, monday); got != def {
		t.Fatalf("no stored periods: %s, want the default %s", got, def)
	}
	h.Plan.Periods = []roster.Period{{From: def.From + 7, To: def.From + 13}} // W46 stored
	if got := PeriodAround(h, monday); got.From != def.From+14 || got.To != def.To {
		t.Errorf("after a stored W46: %s, want %s–%s", got, def.From+14, def.To)
	}
	if got := PeriodAround(h, def.From+8); got.From != def.From+7 || got.To != def.From+13 {
		t.Errorf("inside the stored period: %s", got)
	}
	if got := PeriodAround(h, def.From); got.From != def.From || got.To != def.From+6 {
		t.Errorf("before a stored W46: %s, want W45 alone", got)
	}
}

// TestUnlockToFill: a fixed stored period that holds the window goes back to
// filling as a whole (and only that period); a window over several fixed
// periods becomes a draft over the window only; a window without a fixed date is refused; the edit undoes cleanly.
func TestUnlockToFill(t *testing.T) {
	w48 := roster.NewDate(2026, 11, 23)
	week := roster.Week(w48)
	two := roster.Window{From: w48, To: w48 + 13}
	cases := []struct {
		name     string
		periods  []roster.Period
		w        roster.Window
		wantWin  roster.Window
		wantErr  bool
		stateOn  map[roster.Date]roster.PeriodState // after the edit
		unlocked int                                // stored periods after the edit
	}{
		{"week inside a fixed period", []roster.Period{{From: two.From, To: two.To, State: roster.PeriodFixed}}, week, two, false,
			map[roster.Date]roster.PeriodState{w48: roster.PeriodFilling, w48 + 10: roster.PeriodFilling}, 1},
		{"the fixed period itself", []roster.Period{{From: two.From, To: two.To, State: roster.PeriodFixed}}, two, two, false,
			map[roster.Date]roster.PeriodState{w48: roster.PeriodFilling, w48 + 13: roster.PeriodFilling}, 1},
		{"a week fixed on its own", []roster.Period{{From: w48, To: w48 + 6, State: roster.PeriodFixed}, {From: w48 + 7, To: w48 + 13, State: roster.PeriodFixed}}, week, week, false,
			map[roster.Date]roster.PeriodState{w48: roster.PeriodFilling, w48 + 7: roster.PeriodFixed}, 2},
		{"a window over two fixed periods", []roster.Period{{From: w48, To: w48 + 6, State: roster.PeriodFixed}, {From: w48 + 7, To: w48 + 13, State: roster.PeriodFixed}}, two, two, false,
			map[roster.Date]roster.PeriodState{w48: roster.PeriodDraft, w48 + 13: roster.PeriodDraft}, 0},
		{"nothing fixed", []roster.Period{{From: two.From, To: two.To, State: roster.PeriodFilling}}, week, week, true, nil, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := rnHouse()
			h.Plan.Periods = append([]roster.Period(nil), c.periods...)
			e, got, err := UnlockToFill(h, c.w)
			if c.wantErr {
				if err == nil {
					t.Fatal("unlocking a window without a fixed date was not refused")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != c.wantWin {
				t.Errorf("unlocks %s, want %s", got, c.wantWin)
			}
			if e.NL == "" || e.EN == "" {
				t.Error("the edit has no log text")
			}
			rnApply(t, h, e)
			for d, s := range c.stateOn {
				if st := h.Plan.StateOn(d); st != s {
					t.Errorf("%s: state %v, want %v", d, st, s)
				}
			}
			if len(h.Plan.Periods) != c.unlocked {
				t.Errorf("%d stored periods after the unlock, want %d", len(h.Plan.Periods), c.unlocked)
			}
			rnApply(t, h, e.Inverse())
			for d := c.w.From; d <= c.w.To; d++ {
				if h.Plan.StateOn(d) != roster.PeriodFixed {
					t.Fatalf("%s not fixed again after undo", d)
				}
			}
		})
	}
}
