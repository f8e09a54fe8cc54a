package rules

import (
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
			"rust te kort: "+secLabel(g, roster.Dutch)+" u na "+a.shiftName(j)+" ("+span(s, e, roster.Dutch)+"); "+nlWhy,
			"rest too short: "+secLabel(g, roster.English)+" h after "+a.shiftName(j)+" ("+span(s, e, roster.English)+"); "+enWhy)
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
