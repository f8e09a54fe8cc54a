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
