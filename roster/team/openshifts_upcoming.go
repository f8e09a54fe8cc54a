package team

import "github.com/huisrooster/huisrooster/roster"

// UpcomingOpenShifts returns the open shifts of window w from today on:
// a day that is over needs nobody any more (what it lacked stays in the
// findings), so nobody is offered a shift in the past.
func UpcomingOpenShifts(h *roster.House, w roster.Window, today roster.Date) []OpenShift {
	all := OpenShifts(h, w)
	out := all[:0:0]
	for _, o := range all {
		if o.Date >= today {
			out = append(out, o)
		}
	}
	return out
}
