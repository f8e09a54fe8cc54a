package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// Rest limits of the Working Hours Act in minutes, exported so the planner
// builds rosters by the same numbers the checks use.
const (
	// RestDailyMinutes is the daily rest (ATW-REST, art. 5:3).
	RestDailyMinutes = 11 * 60
	// RestShortenedMinutes is the shortest allowed rest, once per 7 × 24
	// hours (ATW-REST art. 5:3, ATW-NIGHTREST art. 5:8 lid 4).
	RestShortenedMinutes = 8 * 60
	// NightRestMinutes is the rest after a night shift that ends after
	// 02:00 (ATW-NIGHTREST, art. 5:8 lid 3).
	NightRestMinutes = 14 * 60
	// NightLateEndMinute is the time of day (minutes after midnight) after
	// which a night shift's end asks for NightRestMinutes.
	NightLateEndMinute = 2 * 60
	// NightSeriesRestMinutes is the rest after a series of NightSeriesMin or
	// more night shifts (ATW-NIGHTREST, art. 5:8 lid 5).
	NightSeriesRestMinutes = 46 * 60
	// NightSeriesMin is the number of night shifts in a row that asks for
	// NightSeriesRestMinutes.
	NightSeriesMin = 3
	// ShortenedRestSpanMinutes is the span (7 × 24 hours) in which a rest may
	// be shortened to RestShortenedMinutes once.
	ShortenedRestSpanMinutes = 7 * 24 * 60
)

// Night limits (Arbeidstijdenwet 1:7 and 5:8), in minutes or seconds.
const (
	maxNightMin      = 10 * 60                              // ATW-NIGHT: a night duty …
	maxNightLongMin  = 12 * 60                              // … may be 12 hours …
	maxLongNights    = 5                                    // … at most 5 times …
	longNightSpan    = 14 * secDay                          // … per 14 × 24 hours
	nightRestAfter   = NightRestMinutes * secMinute         // ATW-NIGHTREST after a night ending after 02:00 …
	nightRestShort   = RestShortenedMinutes * secMinute     // … shortened once per 7 × 24 hours
	nightRestLateEnd = NightLateEndMinute                   // 02:00 in minutes
	nightSeriesRest  = NightSeriesRestMinutes * secMinute   // ATW-NIGHTREST after 3 or more nights in a row
	nightSeriesMin   = NightSeriesMin                       //
	nightShortSpan   = ShortenedRestSpanMinutes * secMinute // the span of one shortened night rest
	maxDutiesInRow   = 7                                    // ATW-NIGHTSERIES
	nightSeriesGap   = nightSeriesRest                      // nights this close together form one series
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
					"nachtdienst te lang: "+minLabel(length, false)+" u ("+span(d.start, d.end, false)+"), max 10 u (12 u hooguit 5× per 14 dagen)",
					"night shift too long: "+minLabel(length, true)+" h ("+span(d.start, d.end, true)+"), max 10 h (12 h at most 5× per 14 days)")
			case count > maxLongNights && a.touches(d.start, d.end):
				a.add(RuleATWNight, SevError, d.start, d.end, a.dutyDates(i, i),
					fmt.Sprintf("nachtdienst van %s u (%s) is de %de van meer dan 10 u binnen 14 dagen (max %d)",
						minLabel(length, false), span(d.start, d.end, false), count, maxLongNights),
					fmt.Sprintf("night shift of %s h (%s) is number %d longer than 10 h within 14 days (max %d)",
						minLabel(length, true), span(d.start, d.end, true), count, maxLongNights))
			}
		}
		a.checkNightRest(i, run)
		if g := a.gapAfter(i); g >= nightSeriesGap {
			run = 0
		}
	}
}

// checkNightRest checks the rest after night duty i, the run-th night of a
// series.
func (a *atw) checkNightRest(i, run int) {
	d := &a.duties[i]
	g := a.gapAfter(i)
	nextNight := i+1 < len(a.duties) && a.duties[i+1].isNight() && g < nightSeriesGap
	s, e := a.restSpan(i)
	switch {
	case run >= nightSeriesMin && !nextNight && g < nightSeriesRest:
		if a.touches(s, e) {
			a.add(RuleATWNightRest, SevError, s, e, a.restDates(i),
				fmt.Sprintf("rust na %d nachtdiensten op rij te kort: %s u (%s); minimaal 46 u", run, secLabel(g, false), span(s, e, false)),
				fmt.Sprintf("rest after %d night shifts in a row too short: %s h (%s); at least 46 h", run, secLabel(g, true), span(s, e, true)))
		}
	case g < nightRestAfter && endsLate(d.end):
		sev := SevWarning
		nlWhy := "ingekort; 14 u na een nachtdienst die na 02:00 eindigt, één keer per 7 dagen 8 u"
		enWhy := "shortened; 14 h after a night shift ending after 02:00, once per 7 days 8 h"
		switch {
		case g < nightRestShort:
			sev = SevError
			nlWhy = "minimaal 14 u na een nachtdienst die na 02:00 eindigt, ingekort nooit onder 8 u"
			enWhy = "at least 14 h after a night shift ending after 02:00, never shortened below 8 h"
		case s-a.lastShortNight < nightShortSpan:
			sev = SevError
			nlWhy = "tweede ingekorte rust na een nachtdienst binnen 7 dagen; minimaal 14 u"
			enWhy = "second shortened rest after a night shift within 7 days; at least 14 h"
		}
		a.lastShortNight = s
		if a.touches(s, e) {
			a.add(RuleATWNightRest, sev, s, e, a.restDates(i),
				"rust na nachtdienst te kort: "+secLabel(g, false)+" u ("+span(s, e, false)+"); "+nlWhy,
				"rest after night shift too short: "+secLabel(g, true)+" h ("+span(s, e, true)+"); "+enWhy)
		}
	}
}

// endsLate reports whether an instant lies after 02:00 local time on its
// date (a night duty ending at exactly 02:00 does not).
func endsLate(u int64) bool {
	t := unixTime(u)
	return t.Hour()*3600+t.Minute()*60+t.Second() > nightRestLateEnd*60
}

// checkNightSeries reports ATW-NIGHTSERIES: at most 7 duties in a row when
// one of them is a night duty. Duties are in a row while each starts on the
// same or the next date as the one before (no free date in between).
func (a *atw) checkNightSeries() {
	n := len(a.duties)
	for i := 0; i < n; {
		j, night := i, a.duties[i].isNight()
		for j+1 < n && a.duties[j+1].date-a.duties[j].date <= 1 {
			j++
			night = night || a.duties[j].isNight()
		}
		count := j - i + 1
		s, e := a.duties[i].start, a.duties[j].end
		if night && count > maxDutiesInRow && a.touches(s, e) {
			a.add(RuleATWNightSeries, SevError, s, e, a.dutyDates(i, j),
				fmt.Sprintf("%d diensten op rij met een nachtdienst (%s – %s), max %d",
					count, roster.DayLabel(a.duties[i].date, false), roster.DayLabel(a.duties[j].date, false), maxDutiesInRow),
				fmt.Sprintf("%d shifts in a row including a night shift (%s – %s), max %d",
					count, roster.DayLabel(a.duties[i].date, true), roster.DayLabel(a.duties[j].date, true), maxDutiesInRow))
		}
		i = j + 1
	}
}
