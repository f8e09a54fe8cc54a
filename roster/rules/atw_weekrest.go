package rules

import (
	"github.com/huisrooster/huisrooster/roster"
)

// ATW-WEEKREST: the weekly rest (Arbeidstijdenwet 5:5).

// checkWeekRest reports ATW-WEEKREST per ISO week of the window: 36 hours of
// uninterrupted rest within the week, or else 72 hours within a 14-day span
// of this week and the week before or after, counted in blocks of at least 32
// hours. A rest is clipped to the week or span (the house's fixed periods are
// ISO weeks).
func (a *atw) checkWeekRest() {
	for wk := a.wkLo; wk <= a.wkHi; wk++ {
		mon := a.mon0 + roster.Date(wk*7)
		ws, we := a.days.at(mon), a.days.at(mon+7)
		longest, _ := a.rests(ws, we, restWeekly)
		if longest >= restWeekly {
			continue
		}
		ok := false
		for _, p := range [2]roster.Date{mon - 7, mon} {
			if _, total := a.rests(a.days.at(p), a.days.at(p+14), restBlock); total >= restFortnight {
				ok = true
			}
		}
		if ok {
			continue
		}
		a.add(RuleATWWeekRest, SevError, ws, we, a.weekDates(mon),
			"te weinig weekrust in "+mon.WeekLabel()+": langste rust "+secLabel(longest, roster.Dutch)+
				" u (minimaal 36 u, of 72 u per 14 dagen in blokken van minstens 32 u)",
			"too little weekly rest in "+mon.WeekLabel()+": longest rest "+secLabel(longest, roster.English)+
				" h (at least 36 h, or 72 h per 14 days in blocks of at least 32 h)")
	}
}
