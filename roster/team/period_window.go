package team

import "github.com/huisrooster/huisrooster/roster"

// PeriodAround returns the planning period of the week that starts on
// monday: the stored period that holds it, or else the default period
// ([PlanningPeriod]) clamped to leave out the dates of the stored periods
// around the week, so a new period never overlaps a neighbour.
func PeriodAround(h *roster.House, monday roster.Date) roster.Window {
	if p, ok := PeriodOn(h, monday); ok {
		return roster.Window{From: p.From, To: p.To}
	}
	w := PlanningPeriod(h, monday)
	for _, p := range h.Plan.Periods {
		if p.To < monday && p.To >= w.From {
			w.From = p.To + 1
		}
		if p.From > monday && p.From <= w.To {
			w.To = p.From - 1
		}
	}
	return w
}

// DefaultDeadline is the deadline a wish round for period p gets unless the
// teamleider picks another: two weeks before the period starts, at least
// tomorrow, and always before the period.
func DefaultDeadline(p roster.Window, today roster.Date) roster.Date {
	d := p.From - 14
	if d <= today {
		d = today + 1
	}
	if d >= p.From {
		d = p.From - 1
	}
	return d
}
