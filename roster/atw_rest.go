package roster

import "fmt"

// Rest limits (Arbeidstijdenwet 5:3 and 5:5; Arbeidstijdenbesluit 4.8:1 for
// regular sleep shifts), in seconds.
const (
	restDaily      = 11 * secHour // ATW-REST
	restShortened  = 8 * secHour  // ATW-REST: once per 7 × 24 h
	restException  = 7 * secDay   // the span in which the 8-hour rest may occur once
	restWeekly     = 36 * secHour // ATW-WEEKREST per 7 days
	restFortnight  = 72 * secHour // ATW-WEEKREST per 14 days …
	restBlock      = 32 * secHour // … in blocks of at least 32 hours
	restSleep      = 11 * secHour // ATW-SLEEP: before and after a sleep shift
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
func (a *atw) restDates(j int) []Date {
	d0 := a.ss[a.duties[j].last].Date
	if j+1 >= len(a.duties) {
		return []Date{d0}
	}
	d1 := a.ss[a.duties[j+1].first].Date
	if d1 == d0 {
		return []Date{d0}
	}
	return []Date{d0, d1}
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
		mon := a.mon0 + Date(wk*7)
		ws, we := a.days.at(mon), a.days.at(mon+7)
		longest, _ := a.rests(ws, we, restWeekly)
		if longest >= restWeekly {
			continue
		}
		ok := false
		for _, p := range [2]Date{mon - 7, mon} {
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
// (Arbeidstijdenbesluit 4.8:1): at most 52 sleep shifts per 26 weeks, 11 hours
// of rest before and after a duty with a sleep shift (a late shift touching
// the sleep shift is part of that duty), and per ISO week with a sleep shift
// 90 hours of rest, with one block of at least 24 hours and the rest in
// blocks of at least 8 hours. All are errors.
func (a *atw) checkSleep() {
	a.checkSleepCount()
	n := len(a.duties)
	for j := 0; j+1 < n; j++ {
		if !a.duties[j].sleep && !a.duties[j+1].sleep {
			continue
		}
		s, e := a.restSpan(j)
		if e-s >= restSleep || !a.touches(s, e) {
			continue
		}
		which, whichEN := "na", "after"
		if !a.duties[j].sleep {
			which, whichEN = "voor", "before"
		}
		a.add(RuleATWSleep, SevError, s, e, a.restDates(j),
			fmt.Sprintf("rust %s slaapdienst te kort: %s u (%s); minimaal 11 u", which, secLabel(e-s, false), span(s, e, false)),
			fmt.Sprintf("rest %s sleep shift too short: %s h (%s); at least 11 h", whichEN, secLabel(e-s, true), span(s, e, true)))
	}
	for wk := a.wkLo; wk <= a.wkHi; wk++ {
		mon := a.mon0 + Date(wk*7)
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
				" u (minimaal 90 u per week, één blok van 24 u, de rest in blokken van minstens 8 u)",
			"too little rest in "+mon.WeekLabel()+" with a sleep shift: "+secLabel(total, true)+" h, longest "+secLabel(longest, true)+
				" h (at least 90 h per week, one block of 24 h, the rest in blocks of at least 8 h)")
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
