package team

import (
	"github.com/huisrooster/huisrooster/roster"
)

// WeekFeasibility returns the feasibility of h's coverage profile for one
// real ISO week (the week holding d): the same calculation as
// TeamFeasibility, with the presence the profile asks computed on the
// week's own days, so a public holiday on a weekday asks the Sunday bands
// (docs/rules.md, "The concept's numbers"), and the contract hours of the team active on the week's
// Monday. The leave and sickness percentages are not applied here: a year
// view subtracts the real absences of the week instead (roster/year).
func WeekFeasibility(h *roster.House, d roster.Date, hol roster.HolidaySet) Feasibility {
	mon := d.Monday()
	f := TeamFeasibility(h, mon)
	f.DayHours = 0
	for day := mon; day < mon+7; day++ {
		dt := hol.DayTypeOf(day)
		for _, b := range h.Coverage {
			if b.Day != dt {
				continue
			}
			s, e := roster.BandSpan(b)
			f.DayHours += float64(b.Min) * float64(e-s) / 60
		}
	}
	f.LeavePct, f.SickPct = 0, 0
	f.Available = f.ContractHours
	return f
}
