package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// ATW-NIGHTREST: the rest after a night duty and after a series of nights
// (Arbeidstijdenwet 5:8).

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
				fmt.Sprintf("rust na %d nachtdiensten op rij te kort: %s u (%s); minimaal 46 u", run, secLabel(g, roster.Dutch), span(s, e, roster.Dutch)),
				fmt.Sprintf("rest after %d night shifts in a row too short: %s h (%s); at least 46 h", run, secLabel(g, roster.English), span(s, e, roster.English)))
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
				"rust na nachtdienst te kort: "+secLabel(g, roster.Dutch)+" u ("+span(s, e, roster.Dutch)+"); "+nlWhy,
				"rest after night shift too short: "+secLabel(g, roster.English)+" h ("+span(s, e, roster.English)+"); "+enWhy)
		}
	}
}

// endsLate reports whether an instant lies after 02:00 local time on its
// date (a night duty ending at exactly 02:00 does not).
func endsLate(u int64) bool {
	t := unixTime(u)
	return t.Hour()*3600+t.Minute()*60+t.Second() > nightRestLateEnd*60
}
