package year

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// LineStatus is the outcome of a week's line.
type LineStatus string

// The outcomes of a week.
const (
	Fits  LineStatus = "past"      // the team covers the profile within contracts and slack
	Tight LineStatus = "krap"      // only with everyone at their limit (contract + 1/9, ATW)
	Short LineStatus = "past niet" // hours short even with everyone at their limit
)

// EN returns the English word for s.
func (s LineStatus) EN() string {
	switch s {
	case Fits:
		return "fits"
	case Tight:
		return "tight"
	}
	return "short"
}

// Label returns s in Dutch or English.
func (s LineStatus) Label(l roster.Lang) string { return l.Pick(string(s), s.EN()) }

// ATWWeekAverage is the average working week the Working Hours Act allows
// over 16 weeks (48 h, ATW-WEEK): no one's limit in the year view is above it.
// Absence hours count as worked for it (ATW 5:2).
const ATWWeekAverage = 48

// DeviationFactor is how far a roster may exceed the contract's weekly
// average without consent (cao Jeugdzorg art. 6.3c: 1/9).
const DeviationFactor = 1.0 / 9

const eps = 1e-6

// WeekLine is one ISO week of the year view.
type WeekLine struct {
	Monday  roster.Date `json:"monday"`
	ISOYear int         `json:"isoYear"`
	ISOWeek int         `json:"isoWeek"`
	// Need is the contract hours the profile needs in this week: the day
	// presence on the week's real days (holidays ask the Sunday bands) plus
	// what the night cover costs (team.WeekFeasibility).
	Need float64 `json:"need"`
	// Contract is the contract hours of the opvoeders counted, Absent the
	// hours of their absences this week (weekdays, as the week view counts).
	Contract float64 `json:"contract"`
	Absent   float64 `json:"absent"`
	// Normal is what they can give within their contracts less absences and
	// the house's slack; Limit with everyone at their limit: contract + 1/9
	// (cao art. 6.3c), never above the ATW's 48 h average, and then the
	// teamleider and systeemtherapeut on the group too (they count on a
	// group shift; Others is their part of Limit).
	Normal float64    `json:"normal"`
	Limit  float64    `json:"limit"`
	Others float64    `json:"others"`
	Status LineStatus `json:"status"`
	// ShortHours is Need − Limit when the week does not fit (else 0).
	ShortHours float64 `json:"shortHours,omitempty"`
	Counted    int     `json:"counted"` // opvoeders counted
	// Holidays are the public holidays of the week; School the school
	// holiday of the house's region touching it ("" when none).
	Holidays []string `json:"holidays,omitempty"`
	School   string   `json:"school,omitempty"`
}

// Text states the line in one short sentence.
func (l WeekLine) Text(lang roster.Lang) string {
	h := func(x float64) string { return hours(x, lang) }
	if l.Status == Short {
		return fmt.Sprintf(lang.Pick("week %d: past niet, %s u tekort (nodig %s u, hoogstens %s u)", "week %d: short by %s h (needs %s h, at most %s h)"),
			l.ISOWeek, h(l.ShortHours), h(l.Need), h(l.Limit))
	}
	return fmt.Sprintf(lang.Pick("week %d: %s (nodig %s u, binnen speling %s u, tot de grens %s u)", "week %d: %s (needs %s h, within slack %s h, at the limit %s h)"),
		l.ISOWeek, l.Status.Label(lang), h(l.Need), h(l.Normal), h(l.Limit))
}

// hours formats x with at most one decimal, a decimal comma in Dutch.
func hours(x float64, l roster.Lang) string { return roster.FormatUpTo(x, 1, l) }

// Calendar holds what the lines of a range of weeks share: the public
// holidays (with the house's extra dates) and its school region.
type Calendar struct {
	Holidays roster.HolidaySet
	Region   roster.SchoolRegion
}

// NewCalendar returns the calendar of h for the window w.
func NewCalendar(h *roster.House, w roster.Window) Calendar {
	return Calendar{Holidays: roster.NewHolidaySet(w, h.Settings.ExtraHolidays), Region: h.Settings.Region}
}

// Line returns the line of the ISO week holding d. extra are absences not
// (yet) on the plan, such as a leave request being asked: the line shows
// what they would do.
func Line(h *roster.House, d roster.Date, cal Calendar, extra ...roster.Absence) WeekLine {
	mon := d.Monday()
	f := team.WeekFeasibility(h, mon, cal.Holidays)
	y, wk := mon.ISOWeek()
	l := WeekLine{Monday: mon, ISOYear: y, ISOWeek: wk, Need: f.Required(), Counted: f.Counted}
	slack := h.Settings.SlackPct / 100
	for i := range h.Members {
		m := &h.Members[i]
		if !m.Active(mon) || !m.CountsAsOpvoeder() {
			continue
		}
		c := m.HoursOn(mon)
		a := min(absentHours(h.Plan.Absences, m, mon)+absentHours(extra, m, mon), c)
		if !counted(m, mon) {
			o := max(0, min((c-a)*(1+DeviationFactor), ATWWeekAverage-a))
			l.Others += o
			l.Limit += o
			continue
		}
		l.Contract += c
		l.Absent += a
		l.Normal += (c - a) * (1 - slack)
		l.Limit += max(0, min((c-a)*(1+DeviationFactor), ATWWeekAverage-a))
	}
	switch {
	case l.Need <= l.Normal+eps:
		l.Status = Fits
	case l.Need <= l.Limit+eps:
		l.Status = Tight
	default:
		l.Status = Short
		l.ShortHours = l.Need - l.Limit
	}
	for day := mon; day < mon+7; day++ {
		if name, ok := cal.Holidays[day]; ok {
			l.Holidays = append(l.Holidays, name)
		}
	}
	if sh := SchoolHolidays(cal.Region, roster.Window{From: mon, To: mon + 6}); len(sh) > 0 {
		l.School = sh[0].Name
	}
	return l
}

// counted reports whether m is one of the opvoeders the feasibility counts
// (team.TeamFeasibility) in the week of mon.
func counted(m *roster.Member, mon roster.Date) bool {
	return m.Active(mon) && m.Role == roster.RoleOpvoeder && m.CountsAsOpvoeder()
}

// absentHours returns m's absence hours in the week of mon from as: every
// weekday of an absence counts its hours (roster.AbsenceHours), as the week
// view's ledger does; the first absence of a day counts.
func absentHours(as []roster.Absence, m *roster.Member, mon roster.Date) float64 {
	total := 0.0
	for d := mon; d < mon+5; d++ {
		for i := range as {
			a := &as[i]
			if a.Member == m.ID && d >= a.From && d <= a.To {
				total += roster.AbsenceHours(a, m, d)
				break
			}
		}
	}
	return total
}

// Weeks returns the Mondays of every ISO week of ISO year y (52 or 53).
func Weeks(y int) []roster.Date {
	var out []roster.Date
	for mon := roster.ISOWeekStart(y, 1); ; mon += 7 {
		if yy, _ := mon.ISOWeek(); yy != y {
			return out
		}
		out = append(out, mon)
	}
}

// Lines returns the line of every ISO week of ISO year y.
func Lines(h *roster.House, y int) []WeekLine {
	ws := Weeks(y)
	cal := NewCalendar(h, roster.Window{From: ws[0], To: ws[len(ws)-1] + 6})
	out := make([]WeekLine, len(ws))
	for i, mon := range ws {
		out[i] = Line(h, mon, cal)
	}
	return out
}
