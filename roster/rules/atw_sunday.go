package rules

import (
	"github.com/huisrooster/huisrooster/roster"
)

// ATW-SUNDAY: free Sundays per 52 weeks (Arbeidstijdenwet 5:6).

// checkSundays reports ATW-SUNDAY: at least 13 free Sundays per 52 weeks.
// For the last Sunday of the window, the 52 Sundays ending there are
// counted; Sundays before the plan's data count as free. When more than 39
// were worked, 13 free Sundays are impossible: a warning (the law allows
// agreements for work that needs Sundays, such as 24-hour care).
func (a *atw) checkSundays() {
	w := a.c.w
	last := w.To - roster.Date(w.To.Weekday()) // the Sunday on or before w.To
	if last < w.From {
		return
	}
	first := last - (sundayWeeks-1)*7
	worked := 0
	for d := first; d <= last; d += 7 {
		if a.hist.has(a.mi, d, histSunday) {
			worked++
		}
	}
	if sundayWeeks-worked >= sundaysFree {
		return
	}
	var dates []roster.Date
	for d := last; d >= w.From; d -= 7 {
		if a.hist.has(a.mi, d, histSunday) {
			dates = append([]roster.Date{d}, dates...)
		}
	}
	free := sundayWeeks - worked
	a.add(RuleATWSunday, SevWarning, a.days.at(first), a.days.at(last+1), dates,
		"te weinig vrije zondagen: "+itoa(free)+" van "+itoa(sundayWeeks)+" vrij tot en met "+roster.DayLabel(last, roster.Dutch)+
			" (minimaal "+itoa(sundaysFree)+" per 52 weken)",
		"too few free Sundays: "+itoa(free)+" of "+itoa(sundayWeeks)+" free up to "+roster.DayLabel(last, roster.English)+
			" (at least "+itoa(sundaysFree)+" per 52 weeks)")
}
