package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// Night limits (Arbeidstijdenwet 1:7 and 5:8), in minutes or seconds.
const (
	maxNightMin      = 10 * 60         // ATW-NIGHT: a night duty …
	maxNightLongMin  = 12 * 60         // … may be 12 hours …
	maxLongNights    = 5               // … at most 5 times …
	longNightSpan    = 14 * secDay     // … per 14 × 24 hours
	nightRestAfter   = 14 * secHour    // ATW-NIGHTREST after a night ending after 02:00 …
	nightRestShort   = restShortened   // … shortened to 8 hours once …
	nightShortSpan   = restException   // … per 7 × 24 hours (art. 5:8 lid 4)
	nightRestLateEnd = 2 * 60          // 02:00 in minutes
	nightSeriesRest  = 46 * secHour    // ATW-NIGHTREST after 3 or more nights in a row
	nightSeriesMin   = 3               //
	maxDutiesInRow   = 7               // ATW-NIGHTSERIES
	nightSeriesGap   = nightSeriesRest // nights this close together form one series
)

// checkNights reports ATW-NIGHT and ATW-NIGHTREST. A night duty is a duty
// with more than one hour of work between 00:00 and 06:00; sleep shifts count
// as work here only when the house does not use the regular sleep-shift
// regime. A night duty may last 10 hours of work, 12 hours at most 5 times in
// 14 × 24 hours. After a night duty that ends after 02:00 the member needs 14
// hours of rest, which may be shortened to 8 hours once per 7 × 24 hours
// (art. 5:8 lid 4: the first shortening is a warning, a second one within
// 7 × 24 hours of the previous one an error); after a series of 3 or more
// night duties (no other duty in between and less than 46 hours between
// them) 46 hours.
func (a *atw) checkNights() {
	sleepIsNight := !a.regular
	a.nights = a.nights[:0]
	a.lastShortNight = -unbounded
	n := len(a.duties)
	run := 0 // night duties in the current series
	for i := 0; i < n; i++ {
		d := &a.duties[i]
		if !d.isNight() {
			run = 0
			continue
		}
		run++
		length := d.nightWorkMin(sleepIsNight)
		if length > maxNightMin {
			a.nights = append(a.nights, d.start)
			count := 0
			for _, s := range a.nights {
				if s > d.start-longNightSpan {
					count++
				}
			}
			switch {
			case length > maxNightLongMin && a.touches(d.start, d.end):
				a.add(RuleATWNight, SevError, d.start, d.end, a.dutyDates(i, i),
					"nachtdienst te lang: "+minLabel(length, roster.Dutch)+" u ("+span(d.start, d.end, roster.Dutch)+"), max 10 u (12 u hooguit 5× per 14 dagen)",
					"night shift too long: "+minLabel(length, roster.English)+" h ("+span(d.start, d.end, roster.English)+"), max 10 h (12 h at most 5× per 14 days)")
			case count > maxLongNights && a.touches(d.start, d.end):
				a.add(RuleATWNight, SevError, d.start, d.end, a.dutyDates(i, i),
					fmt.Sprintf("nachtdienst van %s u (%s) is de %de van meer dan 10 u binnen 14 dagen (max %d)",
						minLabel(length, roster.Dutch), span(d.start, d.end, roster.Dutch), count, maxLongNights),
					fmt.Sprintf("night shift of %s h (%s) is number %d longer than 10 h within 14 days (max %d)",
						minLabel(length, roster.English), span(d.start, d.end, roster.English), count, maxLongNights))
			}
		}
		a.checkNightRest(i, run)
		if g := a.gapAfter(i); g >= nightSeriesGap {
			run = 0
		}
	}
}
