package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// Rest limits (Arbeidstijdenwet 5:3 and 5:5; Arbeidstijdenbesluit 4.8:1 for
// regular sleep shifts), in seconds.
const (
	restDaily      = 11 * secHour // ATW-REST
	restShortened  = 8 * secHour  // ATW-REST: once per 7 × 24 h
	restException  = 7 * secDay   // the span in which the 8-hour rest may occur once
	restWeekly     = 36 * secHour // ATW-WEEKREST per 7 days
	restFortnight  = 72 * secHour // ATW-WEEKREST per 14 days …
	restBlock      = 32 * secHour // … in blocks of at least 32 hours
	restSleep      = 11 * secHour // ATW-SLEEP: before and after a sleep shift …
	restSleep10    = 10 * secHour // … shortened once per 7 days to 10 hours and once to 8
	sleepDutyMax   = 24 * secHour // ATW-SLEEP: an aanwezigheidsdienst lasts at most 24 hours
	restSleepWeek  = 90 * secHour // ATW-SLEEP: rest per 7 days …
	restSleepLong  = 24 * secHour // … with one block of at least 24 hours …
	restSleepBlock = 8 * secHour  // … and the rest in blocks of at least 8 hours
	unbounded      = int64(1) << 50
)

// checkRest reports ATW-REST. The law asks for 11 hours of uninterrupted rest
// in every 24 hours, shortened to 8 hours once per 7 × 24 hours. The 24 hours
// start with each duty; rests are clipped to them. When no rest in them
// reaches 11 hours, the longest rest that lies wholly inside them is the
// shortened one. So a split day (meeting 10–12, late shift 15–23) is fine
// when the night after it is long enough, a late shift followed by an early
// shift (23:00–07:00) is a rest shortened to 8 hours, and a duty longer than
// 13 hours (only possible with a sleep shift or beyond ATW-SHIFT) followed
// by a long rest is no rest violation. A shortened
// rest is a warning the first time in 7 days (counted from the start of the
// previous shortened rest) and an error the second time; under 8 hours is
// always an error. Rests next to a regular sleep shift are reported by
// ATW-SLEEP instead, which asks for 11 hours without exception.
func (a *atw) checkRest() {
	n := len(a.duties)
	for i := 0; i < n; i++ {
		limit := a.duties[i].start + secDay
		clipped, whole, bj := int64(-1), int64(-1), -1
		for j := i; j < n && a.duties[j].end < limit; j++ {
			s, e := a.duties[j].end, a.duties[j].end+a.gapAfter(j)
			clipped = max(clipped, min(e, limit)-s)
			if e <= limit && e-s > whole {
				whole, bj = e-s, j
			}
		}
		if bj >= 0 && clipped < restDaily {
			a.mark[bj] = true
		}
	}
	lastShort := -unbounded
	for j := 0; j < n; j++ {
		if !a.mark[j] {
			continue
		}
		s, e := a.restSpan(j)
		g := e - s
		sev := SevWarning
		nlWhy, enWhy := "ingekort, toegestaan één keer per 7 dagen", "shortened, allowed once per 7 days"
		switch {
		case g < restShortened:
			sev = SevError
			nlWhy, enWhy = "minimaal 11 u, één keer per 7 dagen 8 u", "at least 11 h, once per 7 days 8 h"
		case s-lastShort < restException:
			sev = SevError
			nlWhy, enWhy = "tweede ingekorte rust binnen 7 dagen; minimaal 11 u", "second shortened rest within 7 days; at least 11 h"
		}
		lastShort = s
		if a.regular && (a.duties[j].sleep || a.duties[j+1].sleep) {
			continue // ATW-SLEEP
		}
		if !a.touches(s, e) {
			continue
		}
		a.add(RuleATWRest, sev, s, e, a.restDates(j),
			"rust te kort: "+secLabel(g, false)+" u na "+a.shiftName(j)+" ("+span(s, e, false)+"); "+nlWhy,
			"rest too short: "+secLabel(g, true)+" h after "+a.shiftName(j)+" ("+span(s, e, true)+"); "+enWhy)
	}
}

// restDates returns the dates of the cells around the rest after duty j.
func (a *atw) restDates(j int) []roster.Date {
	d0 := a.ss[a.duties[j].last].Date
	if j+1 >= len(a.duties) {
		return []roster.Date{d0}
	}
	d1 := a.ss[a.duties[j+1].first].Date
	if d1 == d0 {
		return []roster.Date{d0}
	}
	return []roster.Date{d0, d1}
}

// rests measures the member's rest within [from, to): the longest block and
// the total of the blocks of at least minBlock seconds, each clipped to the
// interval. Before the first and after the last duty of the plan the rest is
// unbounded.
func (a *atw) rests(from, to, minBlock int64) (longest, total int64) {
	n := len(a.duties)
	i := a.dutyIndexFrom(from)
	prevEnd := -unbounded
	if i > 0 {
		prevEnd = a.duties[i-1].end
	}
	for {
		next := unbounded
		if i < n {
			next = a.duties[i].start
		}
		if lo, hi := max(prevEnd, from), min(next, to); hi > lo {
			longest = max(longest, hi-lo)
			if hi-lo >= minBlock {
				total += hi - lo
			}
		}
		if i >= n || next >= to {
			return longest, total
		}
		prevEnd = max(prevEnd, a.duties[i].end)
		i++
	}
}

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
			"te weinig weekrust in "+mon.WeekLabel()+": langste rust "+secLabel(longest, false)+
				" u (minimaal 36 u, of 72 u per 14 dagen in blokken van minstens 32 u)",
			"too little weekly rest in "+mon.WeekLabel()+": longest rest "+secLabel(longest, true)+
				" h (at least 36 h, or 72 h per 14 days in blocks of at least 32 h)")
	}
}

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
				"dienst met slaapdienst te lang: "+secLabel(d.end-d.start, false)+" u ("+span(d.start, d.end, false)+"), max 24 u",
				"duty with a sleep shift too long: "+secLabel(d.end-d.start, true)+" h ("+span(d.start, d.end, true)+"), max 24 h")
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
			fmt.Sprintf("rust %s slaapdienst te kort: %s u (%s); %s", which, secLabel(g, false), span(s, e, false), nlWhy),
			fmt.Sprintf("rest %s sleep shift too short: %s h (%s); %s", whichEN, secLabel(g, true), span(s, e, true), enWhy))
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
			"te weinig rust in "+mon.WeekLabel()+" met slaapdienst: "+secLabel(total, false)+" u, langste "+secLabel(longest, false)+
				" u (minimaal 90 u per week met één blok van 24 u, in blokken van minstens 8 u)",
			"too little rest in "+mon.WeekLabel()+" with a sleep shift: "+secLabel(total, true)+" h, longest "+secLabel(longest, true)+
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
