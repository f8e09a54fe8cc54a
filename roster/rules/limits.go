package rules

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// MayDoNightKind reports whether m's flags allow a night cover of kind k, as
// the engine's ROLE rule judges them.
func MayDoNightKind(m *roster.Member, k roster.ShiftKind) bool {
	if m.Pregnant {
		return false
	}
	switch k {
	case roster.KindLiveIn:
		return m.LiveIn && m.Nights
	case roster.KindAwakeNight:
		return m.Nights
	case roster.KindSleep:
		return !m.NoSleepShifts
	}
	return true
}

// Limits exports the engine's own limits for code that plans within them
// (the "vul aan" planner): the numbers live with the rules that judge them
// (atw_*.go, hours.go); these are the same constants, not a copy.
type Limits struct {
	// RestDaily is the daily rest (ATW-REST, Arbeidstijdenwet 5:3): 11 h
	// uninterrupted in every 24 hours.
	RestDaily time.Duration
	// RestShortened is the shortest daily rest, allowed once per
	// ShortenedRestSpan (ATW-REST); the rest after a night duty may be
	// shortened to it once per ShortenedRestSpan too (ATW-NIGHTREST, art.
	// 5:8 lid 4).
	RestShortened time.Duration
	// ShortenedRestSpan is the span (7 × 24 hours) in which a rest may be
	// shortened once.
	ShortenedRestSpan time.Duration
	// RestWeekly is the weekly rest per 7 days (ATW-WEEKREST, art. 5:5).
	RestWeekly time.Duration
	// RestFortnight is the weekly rest's alternative: this much rest per
	// 14 days, counted in blocks of at least RestBlock (ATW-WEEKREST).
	RestFortnight, RestBlock time.Duration
	// NightRestAfter is the rest after a night duty that ends after
	// NightRestLateEnd (ATW-NIGHTREST, art. 5:8).
	NightRestAfter time.Duration
	// NightRestLateEnd is the clock time after which a night duty's end
	// needs NightRestAfter.
	NightRestLateEnd roster.Clock
	// NightSeriesRest is the rest after a series of NightSeriesMin or more
	// night duties (ATW-NIGHTREST).
	NightSeriesRest time.Duration
	// NightSeriesMin is the length of a night series that needs
	// NightSeriesRest.
	NightSeriesMin int
	// MaxDutiesInRow is the longest series of duties that holds a night
	// (ATW-NIGHTSERIES).
	MaxDutiesInRow int
	// MaxShift and MaxShiftPregnant limit the work of one duty (ATW-SHIFT,
	// art. 5:7 and 4:2).
	MaxShift, MaxShiftPregnant time.Duration
	// MaxNight limits the work of a night duty (ATW-NIGHT, art. 5:8).
	MaxNight time.Duration
	// MaxWeek, MaxAvg4 and MaxAvg16 limit the work per week, and its average
	// over 4 and 16 weeks (ATW-WEEK, art. 5:7).
	MaxWeek, MaxAvg4, MaxAvg16 time.Duration
	// SleepRestWeek is the rest per 7 days under the regular sleep-shift
	// regime (ATW-SLEEP, Arbeidstijdenbesluit 4.8:1).
	SleepRestWeek time.Duration
	// SleepRestLongest is the block of rest that a week with a sleep shift
	// holds at least once (ATW-SLEEP, regular regime).
	SleepRestLongest time.Duration
	// SleepRest is the rest before and after a duty with a sleep shift
	// (ATW-SLEEP, regular regime); a shorter one is at least a warning.
	SleepRest time.Duration
	// SleepMax sleep shifts at most per SleepSpanDays days (ATW-SLEEP,
	// regular regime).
	SleepMax, SleepSpanDays int
}

// EngineLimits returns the limits the engine's rules use.
func EngineLimits() Limits {
	return Limits{
		RestDaily:         restDaily * time.Second,
		RestShortened:     restShortened * time.Second,
		ShortenedRestSpan: restException * time.Second,
		RestWeekly:        restWeekly * time.Second,
		RestFortnight:     restFortnight * time.Second,
		RestBlock:         restBlock * time.Second,
		NightRestAfter:    nightRestAfter * time.Second,
		NightRestLateEnd:  nightRestLateEnd,
		NightSeriesRest:   nightSeriesRest * time.Second,
		NightSeriesMin:    nightSeriesMin,
		MaxDutiesInRow:    maxDutiesInRow,
		MaxShift:          maxShiftMin * time.Minute,
		MaxShiftPregnant:  maxShiftPregnantMin * time.Minute,
		MaxNight:          maxNightMin * time.Minute,
		MaxWeek:           maxWeekMin * time.Minute,
		MaxAvg4:           maxAvg4Min * time.Minute,
		MaxAvg16:          maxAvg16Min * time.Minute,
		SleepRestWeek:     restSleepWeek * time.Second,
		SleepRestLongest:  restSleepLong * time.Second,
		SleepRest:         restSleep * time.Second,
		SleepMax:          sleepMax,
		SleepSpanDays:     sleepSpanDays,
	}
}

// ContractWeekLimit returns the hours a member with contract hours in a week
// may be planned that week without consent: 1/9 above the contract (CONTRACT,
// cao Jeugdzorg art. 6.3c).
func ContractWeekLimit(contract float64) float64 { return contract * 10 / 9 }

// SlackLimit returns the planned hours (absences included) a balance period
// with contract hours may hold under the house's slack percentage (SLACK).
func SlackLimit(s *roster.Settings, contract float64) float64 { return (1 - s.SlackPct/100) * contract }

// MayDoKind reports whether m's flags allow a shift of kind k, as the
// engine's ROLE rule judges them (night covers: nights, live-in, sleep shifts
// and pregnancy). A pregnant member may do no shift with night work either;
// that depends on the shift's times, not on its kind.
func MayDoKind(m *roster.Member, k roster.ShiftKind) bool {
	if !k.NightCover() {
		return true
	}
	return MayDoNightKind(m, k)
}

// NightClocks returns the house's night (COV-NIGHT) as clock times: its
// settings, or 23:00–07:00 when none are set.
func NightClocks(s *roster.Settings) (roster.Clock, roster.Clock) { return s.NightClocks() }
