package team

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// UpcomingOpenShifts returns the open shifts of window w that start after
// now: a shift that has begun or is over cannot be taken any more (what its
// day lacked stays in the findings), so nobody is offered one.
func UpcomingOpenShifts(h *roster.House, w roster.Window, now time.Time) []OpenShift {
	all := OpenShifts(h, w)
	out := all[:0:0]
	for _, o := range all {
		if o.Date.Time(o.Start).After(now) {
			out = append(out, o)
		}
	}
	return out
}
