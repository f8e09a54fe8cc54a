package team

import (
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// TestUpcomingOpenShifts: the open shifts offered at a moment are exactly
// those of OpenShifts that start after it: at midnight a day's shifts are
// all there, in the evening its early and late shifts are not, and a week
// that is over has none.
func TestUpcomingOpenShifts(t *testing.T) {
	mon := roster.NewDate(2026, 11, 30)
	h := demo.House(mon)
	w := roster.Week(mon)
	all := OpenShifts(h, w)
	if len(all) == 0 {
		t.Fatal("the demo week has no open shifts: the test proves nothing")
	}
	for _, now := range []time.Time{(mon - 1).Time(0), mon.Time(0), (mon + 3).Time(roster.NewClock(16, 0)),
		(mon + 6).Time(roster.NewClock(21, 30)), (mon + 7).Time(0)} {
		got := UpcomingOpenShifts(h, w, now)
		want := 0
		for _, o := range all {
			if o.Date.Time(o.Start).After(now) {
				want++
			}
		}
		if len(got) != want {
			t.Errorf("at %s: %d upcoming, want %d", now, len(got), want)
		}
		for _, o := range got {
			if !o.Date.Time(o.Start).After(now) {
				t.Errorf("at %s: offered %s, which has begun", now, o.Label(roster.Dutch))
			}
		}
	}
	if n := len(UpcomingOpenShifts(h, w, (mon + 7).Time(0))); n != 0 {
		t.Errorf("%d open shifts offered after the week", n)
	}
}
