package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// ATW-SLEEP: the regular sleep-shift regime (Arbeidstijdenbesluit 4.8:1):
// the aanwezigheidsdienst, the rest around and between sleep shifts, and
// the number of sleep shifts per 26 weeks.

// checkSleep reports ATW-SLEEP under the regular regime for sleep shifts
// (Arbeidstijdenbesluit 4.8:1, as Rijksoverheid explains it):
//
//   - at most 52 sleep shifts per 26 weeks (error);
//   - an aanwezigheidsdienst, the duty that holds the sleep shift with the
//     work touching it, lasts at most 24 hours (error);
//   - 11 hours of rest directly before and after it. Per 7 × 24 hours this
//     rest may be shortened once to 10 and once to 8 hours when the cao
//     allows it and the next rest makes up for it: a shortening within those
//     allowances is a warning, beyond them or under 8 hours an error;
//   - per ISO week with a sleep shift 90 hours of rest, one block of at
//     least 24 hours among them; counted are blocks of at least 8 hours
//     (the finer split over blocks of 11, 10 and 8 hours is not checked).
//
// The 48-hour average over 26 weeks of this regime is not used: ATW-WEEK
// checks the stricter 16 weeks.
func (a *atw) checkSleep() {
	a.checkSleepCount()
	n := len(a.duties)
	for i := range a.duties {
		d := &a.duties[i]
		if d.sleep && d.end-d.start > sleepDutyMax && a.touches(d.start, d.end) {
			a.add(RuleATWSleep, SevError, d.start, d.end, a.dutyDates(i, i),
				"dienst met slaapdienst te lang: "+secLabel(d.end-d.start, roster.Dutch)+" u ("+span(d.start, d.end, roster.Dutch)+"), max 24 u",
				"duty with a sleep shift too long: "+secLabel(d.end-d.start, roster.English)+" h ("+span(d.start, d.end, roster.English)+"), max 24 h")
		}
	}
	a.shortSleep, a.shortSleep10 = a.shortSleep[:0], a.shortSleep10[:0]
	for j := 0; j+1 < n; j++ {
		if !a.duties[j].sleep && !a.duties[j+1].sleep {
			continue
		}
		s, e := a.restSpan(j)
		g := e - s
		if g >= restSleep {
			continue
		}
		total, under10 := 0, 0
		for _, p := range a.shortSleep {
			if p > s-restException {
				total++
			}
		}
		for _, p := range a.shortSleep10 {
			if p > s-restException {
				under10++
			}
		}
		a.shortSleep = append(a.shortSleep, s)
		if g < restSleep10 {
			a.shortSleep10 = append(a.shortSleep10, s)
		}
		sev := SevWarning
		nlWhy := "ingekort; per 7 dagen mag dat 1× tot 10 u en 1× tot 8 u (als de cao het toestaat), in te halen in de volgende rust"
		enWhy := "shortened; per 7 days allowed once to 10 h and once to 8 h (when the cao allows it), to be made up in the next rest"
		switch {
		case g < restShortened:
			sev = SevError
			nlWhy, enWhy = "minimaal 11 u, ingekort nooit onder 8 u", "at least 11 h, never shortened below 8 h"
		case total >= 2 || g < restSleep10 && under10 > 0:
			sev = SevError
			nlWhy, enWhy = "te vaak ingekort binnen 7 dagen; minimaal 11 u", "shortened too often within 7 days; at least 11 h"
		}
		if !a.touches(s, e) {
			continue
		}
		which, whichEN := "na", "after"
		if !a.duties[j].sleep {
			which, whichEN = "voor", "before"
		}
		a.add(RuleATWSleep, sev, s, e, a.restDates(j),
			fmt.Sprintf("rust %s slaapdienst te kort: %s u (%s); %s", which, secLabel(g, roster.Dutch), span(s, e, roster.Dutch), nlWhy),
			fmt.Sprintf("rest %s sleep shift too short: %s h (%s); %s", whichEN, secLabel(g, roster.English), span(s, e, roster.English), enWhy))
	}
	for wk := a.wkLo; wk <= a.wkHi; wk++ {
		mon := a.mon0 + roster.Date(wk*7)
		ws, we := a.days.at(mon), a.days.at(mon+7)
		if !a.sleepIn(ws, we) {
			continue
		}
		longest, total := a.rests(ws, we, restSleepBlock)
		if total >= restSleepWeek && longest >= restSleepLong {
			continue
		}
		a.add(RuleATWSleep, SevError, ws, we, a.weekDates(mon),
			"te weinig rust in "+mon.WeekLabel()+" met slaapdienst: "+secLabel(total, roster.Dutch)+" u, langste "+secLabel(longest, roster.Dutch)+
				" u (minimaal 90 u per week met één blok van 24 u, in blokken van minstens 8 u)",
			"too little rest in "+mon.WeekLabel()+" with a sleep shift: "+secLabel(total, roster.English)+" h, longest "+secLabel(longest, roster.English)+
				" h (at least 90 h per week with one block of 24 h, in blocks of at least 8 h)")
	}
}

// sleepIn reports whether a duty with a sleep shift starts in [from, to).
func (a *atw) sleepIn(from, to int64) bool {
	for i := a.dutyIndexFrom(from); i < len(a.duties) && a.duties[i].start < to; i++ {
		if a.duties[i].sleep && a.duties[i].start >= from {
			return true
		}
	}
	return false
}

// checkSleepCount reports ATW-SLEEP when the member's sleep shifts in the 26
// weeks ending on a date of the window exceed 52 (regular regime). It reports
// the first such date only.
func (a *atw) checkSleepCount() {
	w := a.c.w
	hs := &a.hist
	found := false
	for d := w.From; d <= w.To && !found; d++ {
		found = hs.has(a.mi, d, histSleep)
	}
	if !found {
		return // only a sleep shift in the window can exceed the limit there
	}
	count := hs.count(a.mi, w.From-sleepSpanDays, w.From, histSleep) // [w.From-182, w.From-1]
	for d := w.From; d <= w.To; d++ {
		if hs.has(a.mi, d-sleepSpanDays, histSleep) {
			count--
		}
		if !hs.has(a.mi, d, histSleep) {
			continue
		}
		if count++; count > sleepMax {
			from := d - sleepSpanDays + 1
			a.add(RuleATWSleep, SevError, a.days.at(from), a.days.at(d+1), []roster.Date{d},
				"te veel slaapdiensten: "+itoa(count)+" in 26 weken tot en met "+roster.DayLabel(d, roster.Dutch)+" (max "+itoa(sleepMax)+")",
				"too many sleep shifts: "+itoa(count)+" in 26 weeks up to "+roster.DayLabel(d, roster.English)+" (max "+itoa(sleepMax)+")")
			return
		}
	}
}
