package rules

import (
	"github.com/huisrooster/huisrooster/roster"
)

// ATW-SUNDAY: free Sundays per 52 weeks (Arbeidstijdenwet 5:6).

// checkSundays reports ATW-SUNDAY: at least 13 free Sundays in every 52
// weeks. For every Sunday of the window the 52 Sundays ending there are
// counted; Sundays before the plan's data count as free. When more than 39
// were worked, 13 free Sundays are impossible: a warning (the law allows
// agreements for work that needs Sundays, such as 24-hour care). One finding
// per window, for the Sunday whose 52 weeks hold the fewest free Sundays
// (the latest of equals), so an early Sunday of a long window is not hidden
// by a free Sunday after it.
func (a *atw) checkSundays() {
	w := a.c.w
	first := w.From + roster.Date((7-w.From.Weekday())%7) // the first Sunday on or after w.From
	if first > w.To {
		return
	}
	worked := 0
	for d := first - (sundayWeeks-1)*7; d <= first; d += 7 {
		if a.hist.has(a.mi, d, histSunday) {
			worked++
		}
	}
	worst, most := roster.Date(0), -1
	for sun := first; sun <= w.To; sun += 7 {
		if sun > first {
			if a.hist.has(a.mi, sun-sundayWeeks*7, histSunday) {
				worked--
			}
			if a.hist.has(a.mi, sun, histSunday) {
				worked++
			}
		}
		if worked >= most {
			worst, most = sun, worked
		}
	}
	if sundayWeeks-most >= sundaysFree {
		return
	}
	last := worst
	var dates []roster.Date
	for d := w.From + roster.Date((7-w.From.Weekday())%7); d <= last; d += 7 {
		if a.hist.has(a.mi, d, histSunday) {
			dates = append(dates, d)
		}
	}
	free := sundayWeeks - most
	from := last - (sundayWeeks-1)*7
	a.add(RuleATWSunday, SevWarning, a.days.at(from), a.days.at(last+1), dates,
		"te weinig vrije zondagen: "+itoa(free)+" van "+itoa(sundayWeeks)+" vrij tot en met "+roster.DayLabel(last, roster.Dutch)+
			" (minimaal "+itoa(sundaysFree)+" per 52 weken)",
		"too few free Sundays: "+itoa(free)+" of "+itoa(sundayWeeks)+" free up to "+roster.DayLabel(last, roster.English)+
			" (at least "+itoa(sundaysFree)+" per 52 weeks)")
}
