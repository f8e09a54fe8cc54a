package pay

import (
	"math"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// Issue 19, bug 9: weeks still to come have nothing realised; realised is
// the worked hours of the days before today, checked against a plain sum.
func TestRealisationAsOfCountsOnlyThePast(t *testing.T) {
	from := roster.NewDate(2026, 11, 23)
	h := demo.House(from)
	w := roster.Window{From: from, To: from + 27}
	// want sums the worked contract hours of the days before today.
	want := func(today roster.Date) float64 {
		sum := 0.0
		for _, s := range h.Shifts(w) {
			if s.Worked() && s.Date < today {
				sum += s.ContractHours()
			}
		}
		for _, a := range h.Plan.Absences {
			if a.Kind != roster.AbsTraining {
				continue
			}
			for d := max(a.From, w.From); d <= min(a.To, w.To, today-1); d++ {
				sum += roster.AbsenceHours(&a, h.Member(a.Member), d)
			}
		}
		return sum
	}
	full := NewRealisation(h, w)
	if full.Team.Realised <= 0 {
		t.Fatal("the demo house has no worked hours in the window")
	}
	for _, tc := range []struct {
		name    string
		today   roster.Date
		nothing bool
		partly  bool
	}{
		{"all to come", from - 3, true, false},
		{"first day", from, true, false},
		{"halfway", from + 14, false, true},
		{"last day", w.To, false, true},
		{"over", w.To + 1, false, false},
		{"long over", w.To + 100, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := NewRealisationAsOf(h, w, tc.today)
			if got, exp := r.Team.Realised, want(tc.today); math.Abs(got-exp) > 1e-6 {
				t.Errorf("realised %.2f, want %.2f", got, exp)
			}
			if r.NothingRealised() != tc.nothing || r.PartlyRealised() != tc.partly {
				t.Errorf("nothing %v partly %v, want %v %v", r.NothingRealised(), r.PartlyRealised(), tc.nothing, tc.partly)
			}
			if r.Team.Planned != full.Team.Planned {
				t.Errorf("planned %.2f changed with today (full %.2f)", r.Team.Planned, full.Team.Planned)
			}
			if tc.partly && r.Team.Realised >= full.Team.Realised {
				t.Errorf("halfway realised %.2f is not below the whole window's %.2f", r.Team.Realised, full.Team.Realised)
			}
		})
	}
}
