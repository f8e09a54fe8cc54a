package roster

// This file holds the defaults of the settings whose zero value means "use
// the default", and the balance periods they define.

// defaultNightStart and defaultNightEnd are the night when the house sets none.
const (
	defaultNightStart Clock = 23 * 60
	defaultNightEnd   Clock = 7 * 60
)

// NightClocks returns the house's night window as clock times.
func (s *Settings) NightClocks() (Clock, Clock) {
	if s.NightStart == 0 && s.NightEnd == 0 {
		return defaultNightStart, defaultNightEnd
	}
	return s.NightStart, s.NightEnd
}

// Defaults of settings whose zero value means "use the default".
const (
	DefaultBalanceWeeks = 4  // balance period of SLACK, in ISO weeks
	DefaultHoursPerFTE  = 36 // cao Jeugdzorg art. 6.1
	DefaultPublishDays  = 28 // ATW-PUBLISH: roster known 28 days ahead
)

// BalanceWeeksOrDefault returns the balance period in weeks (default 4).
func (s *Settings) BalanceWeeksOrDefault() int {
	if s.BalanceWeeks <= 0 {
		return DefaultBalanceWeeks
	}
	return s.BalanceWeeks
}

// HoursPerFTEOrDefault returns the hours of one fte per week (default 36).
func (s *Settings) HoursPerFTEOrDefault() float64 {
	if s.HoursPerFTE <= 0 {
		return DefaultHoursPerFTE
	}
	return s.HoursPerFTE
}

// PublishDaysOrDefault returns how many days ahead the roster must be fixed
// (default 28).
func (s *Settings) PublishDaysOrDefault() int {
	if s.PublishDays <= 0 {
		return DefaultPublishDays
	}
	return s.PublishDays
}

// BalancePeriod returns the balance period of `weeks` ISO weeks that holds d.
// Periods are counted from ISO week 1 of d's ISO year, the way teams number
// their roster periods: with 4 weeks, period 1 is W01–W04, period 2 W05–W08,
// and so on. The last period of the year takes the weeks that remain, so in
// a 53-week year period 13 runs W49–W53. A period never crosses an ISO year.
func BalancePeriod(d Date, weeks int) Window {
	weeks = min(max(weeks, 1), 53)
	y, wk := d.ISOWeek()
	inYear := isoWeeksIn(y)
	n := max(inYear/weeks, 1)
	k := min((wk-1)/weeks, n-1)
	last := (k + 1) * weeks
	if k == n-1 {
		last = inYear
	}
	return Window{From: ISOWeekStart(y, k*weeks+1), To: ISOWeekStart(y, last) + 6}
}

// isoWeeksIn returns the number of ISO weeks (52 or 53) of ISO year y.
func isoWeeksIn(y int) int {
	_, w := NewDate(y, 12, 28).ISOWeek() // 28 December is always in the last week
	return w
}
