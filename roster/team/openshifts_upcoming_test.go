package team

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// TestUpcomingOpenShifts: the open shifts from today on are exactly those
// of OpenShifts not before today; a week that is over has none.
func TestUpcomingOpenShifts(t *testing.T) {
	mon := roster.NewDate(2026, 11, 30)
	h := demo.House(mon)
	w := roster.Week(mon)
	all := OpenShifts(h, w)
	for _, today := range []roster.Date{mon - 1, mon, mon + 3, mon + 6, mon + 7} {
		got := UpcomingOpenShifts(h, w, today)
		want := 0
		for _, o := range all {
			if o.Date >= today {
				want++
			}
		}
		if len(got) != want {
			t.Errorf("today %s: %d upcoming, want %d", today, len(got), want)
		}
		for _, o := range got {
			if o.Date < today {
				t.Errorf("today %s: offered %s in the past", today, o.Date)
			}
		}
	}
	if len(all) == 0 {
		t.Fatal("the demo week has no open shifts: the test proves nothing")
	}
}
