package team

import (
	"github.com/huisrooster/huisrooster/roster"
)

// The cover finder's figures: a member's contract hours and planned hours in
// the vacancy's balance period and week. They are counted the way the SLACK
// and CONTRACT rules count them (roster/rules/hours.go), kept separate here so the two can
// evolve without breaking each other; TestCoverHoursMatchSlack holds them
// together:
//
//   - contract: the weekly contract hours / 7 for every day the member is
//     active;
//   - planned: the contract hours of their shifts (sleep shifts at half); a
//     shift vacated by a sick report counts as sick hours, unless an absence
//     already counts that day;
//   - absences: each absence day counts AbsenceHours, at most the contract
//     hours of its ISO week in all.

// memberHours are a member's baseline hours around a vacancy.
type memberHours struct {
	period          roster.Window
	pContract, pPln float64 // balance period
	wContract, wPln float64 // the vacancy's ISO week
	coverIns        int
}

// baselineHours computes every member's baseline hours in the balance period
// and the week of the vacancy, and their cover-ins in the balance weeks
// before it.
func baselineHours(h *roster.House, v Vacancy) map[int]memberHours {
	weeks := h.Settings.BalanceWeeksOrDefault()
	period := roster.BalancePeriod(v.Date, weeks)
	week := roster.Week(v.Date)
	shifts := h.Shifts(period) // by member
	out := make(map[int]memberHours, len(h.Members))
	n := period.Days()
	contract, planned, absent := make([]float64, n), make([]float64, n), make([]float64, n)
	for mi := range h.Members {
		m := &h.Members[mi]
		clear(planned)
		clear(absent)
		for i := range n {
			contract[i] = 0
			if d := period.From + roster.Date(i); m.Active(d) {
				contract[i] = m.HoursOn(d) / 7
			}
		}
		for ai := range h.Plan.Absences {
			a := &h.Plan.Absences[ai]
			if a.Member != m.ID || a.To < period.From || a.From > period.To {
				continue
			}
			for d := max(a.From, period.From); d <= min(a.To, period.To); d++ {
				if i := int(d - period.From); absent[i] == 0 {
					absent[i] = roster.AbsenceHours(a, m, d)
				}
			}
		}
		for si := range shifts {
			s := &shifts[si]
			if s.Member != m.ID {
				continue
			}
			i := int(s.Date - period.From)
			if !s.Worked() && absent[i] > 0 {
				continue
			}
			planned[i] += s.ContractHours()
		}
		mh := memberHours{period: period}
		for mon := period.From; mon <= period.To; mon += 7 {
			var c, p, a float64
			for i := int(mon - period.From); i < int(mon-period.From)+7 && i < n; i++ {
				c, p, a = c+contract[i], p+planned[i], a+absent[i]
			}
			mh.pContract += c
			mh.pPln += p + min(a, c)
			if mon == week.From {
				mh.wContract, mh.wPln = c, p+min(a, c)
			}
		}
		out[m.ID] = mh
	}
	since := v.Date - roster.Date(7*weeks)
	for _, a := range h.Plan.Assignments {
		if a.CoverFor != 0 && a.Date >= since && a.Date < v.Date && a.State == roster.StatePlanned {
			mh := out[a.Member]
			mh.coverIns++
			out[a.Member] = mh
		}
	}
	return out
}
