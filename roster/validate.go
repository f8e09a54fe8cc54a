package roster

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one invalid field of a house, with a Dutch and an English
// message. Field is a JSON-like path into the house file, such as
// "members[2].contract[0].hoursPerWeek".
type Problem struct {
	Field string `json:"field"`
	NL    string `json:"nl"`
	EN    string `json:"en"`
}

// String formats p as "field: nl / en".
func (p Problem) String() string { return p.Field + ": " + p.NL + " / " + p.EN }

// ValidationError is every problem of an invalid house, as one error.
type ValidationError []Problem

// Error lists the problems, one a line after a summary line.
func (v ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "huis ongeldig, %s / invalid house, %s", plural(len(v), "probleem", "problemen"), plural(len(v), "problem", "problems"))
	for _, p := range v {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Validate checks every field of h and returns the problems found, in the
// order of the house file; nil means h is valid. Settings whose zero value
// means "default" (balance weeks, hours per fte, publish days, night mode,
// sleep regime) accept zero.
func Validate(h *House) []Problem {
	if h == nil {
		return []Problem{{Field: "house", NL: "huis ontbreekt", EN: "house is missing"}}
	}
	v := &validator{h: h}
	v.house()
	v.settings()
	v.pay()
	v.pin()
	v.coverage()
	v.members()
	v.shiftTypes()
	v.plan()
	v.year()
	return v.out
}

// validator collects problems.
type validator struct {
	h   *House
	out []Problem
}

// add records a problem of field.
func (v *validator) add(field, nl, en string) {
	v.out = append(v.out, Problem{Field: field, NL: nl, EN: en})
}

// inRange reports whether x lies in [lo, hi] (false for NaN).
func inRange(x, lo, hi float64) bool { return x >= lo && x <= hi }

// rangeProblem adds "must lie between lo and hi" for field.
func (v *validator) rangeProblem(field, whatNL, whatEN string, x, lo, hi float64) {
	if inRange(x, lo, hi) {
		return
	}
	v.add(field,
		fmt.Sprintf("%s %s ligt niet tussen %s en %s", whatNL, Decimal(x, Dutch), Decimal(lo, Dutch), Decimal(hi, Dutch)),
		fmt.Sprintf("%s %s is not between %s and %s", whatEN, Decimal(x, English), Decimal(lo, English), Decimal(hi, English)))
}

// clock adds a problem when c is not a time of day (0:00–24:00; 24:00 only
// when end is true).
func (v *validator) clock(field string, c Clock, end bool) {
	hi := Clock(1439)
	if end {
		hi = 1440
	}
	if c < 0 || c > hi {
		v.add(field, fmt.Sprintf("ongeldige tijd (%d minuten)", c), fmt.Sprintf("invalid time (%d minutes)", c))
	}
}

// Dates outside these years are typing errors; refusing them also keeps
// loops over date ranges short.
var (
	minValidDate = NewDate(1900, 1, 1)
	maxValidDate = NewDate(2199, 12, 31)
)

// date adds a problem when d lies outside 1900–2199.
func (v *validator) date(field string, d Date) {
	if d < minValidDate || d > maxValidDate {
		v.add(field, fmt.Sprintf("datum %s ligt buiten 1900–2199", d), fmt.Sprintf("date %s lies outside 1900–2199", d))
	}
}

// colour adds a problem when s is neither empty nor "#rrggbb".
func (v *validator) colour(field, s string) {
	if s == "" || validColour(s) {
		return
	}
	v.add(field, fmt.Sprintf("kleur %q is geen #rrggbb", s), fmt.Sprintf("colour %q is not #rrggbb", s))
}

// validColour reports whether s is "#rrggbb" in hexadecimal digits.
func validColour(s string) bool {
	if len(s) != 7 || s[0] != '#' {
		return false
	}
	for _, r := range s[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// house checks the house's name and number of children.
func (v *validator) house() {
	v.name("name", "naam van het huis", "house name", v.h.Name)
	if c := v.h.Children; c < 4 || c > 6 {
		v.add("children", fmt.Sprintf("aantal kinderen %d ligt niet tussen 4 en 6", c),
			fmt.Sprintf("number of children %d is not between 4 and 6", c))
	}
}

// settings checks the rule parameters.
func (v *validator) settings() {
	s := &v.h.Settings
	v.rangeProblem("settings.slackPct", "speling", "slack", s.SlackPct, 0, 50)
	if s.BalanceWeeks != 0 {
		v.rangeProblem("settings.balanceWeeks", "balansperiode (weken)", "balance period (weeks)", float64(s.BalanceWeeks), 1, 13)
	}
	if s.HoursPerFTE != 0 {
		v.rangeProblem("settings.hoursPerFte", "uren per fte", "hours per fte", s.HoursPerFTE, 1, 48)
	}
	v.rangeProblem("settings.leavePct", "verlofpercentage", "leave percentage", s.LeavePct, 0, 100)
	v.rangeProblem("settings.sickPct", "ziektepercentage", "sickness percentage", s.SickPct, 0, 100)
	if s.PublishDays != 0 {
		v.rangeProblem("settings.publishDays", "publicatietermijn (dagen)", "publish period (days)", float64(s.PublishDays), 1, 365)
	}
	v.clock("settings.nightStart", s.NightStart, false)
	v.clock("settings.nightEnd", s.NightEnd, true)
	if s.NightStart == s.NightEnd || s.NightStart == 0 && s.NightEnd == 1440 {
		v.add("settings.nightEnd", fmt.Sprintf("nacht %s–%s: begin en einde moeten verschillen", s.NightStart, s.NightEnd),
			fmt.Sprintf("night %s–%s: start and end must differ", s.NightStart, s.NightEnd))
	}
	if !s.Region.Valid() {
		v.add("settings.region", fmt.Sprintf("onbekende regio %q (noord, midden of zuid)", s.Region), fmt.Sprintf("unknown region %q (noord, midden or zuid)", s.Region))
	}
	if s.LeaveHoursPerFTE != 0 {
		v.rangeProblem("settings.leaveHoursPerFte", "verlofuren per fte", "leave hours per fte", s.LeaveHoursPerFTE, 1, 400)
	}
	switch s.NightMode {
	case "", NightLiveIn, NightSleep, NightAwake, NightMixed:
	default:
		v.add("settings.nightMode", fmt.Sprintf("onbekende nachtvorm %q", s.NightMode), fmt.Sprintf("unknown night mode %q", s.NightMode))
	}
	switch s.SleepRegime {
	case "", RegimeRegular, RegimeIrregular:
	default:
		v.add("settings.sleepRegime", fmt.Sprintf("onbekend slaapdienstregime %q", s.SleepRegime), fmt.Sprintf("unknown sleep-shift regime %q", s.SleepRegime))
	}
	roles := make([]Role, 0, len(s.Budget))
	for r := range s.Budget {
		roles = append(roles, r)
	}
	sort.Slice(roles, func(i, j int) bool { return roles[i] < roles[j] })
	for _, r := range roles {
		f := fmt.Sprintf("settings.budgetFte[%q]", r)
		if !r.Valid() {
			v.add(f, fmt.Sprintf("onbekende functie %q", r), fmt.Sprintf("unknown role %q", r))
		}
		if x := s.Budget[r]; !inRange(x, 0, 1000) {
			v.add(f, fmt.Sprintf("budget %s fte moet 0 of meer zijn", Decimal(x, Dutch)), fmt.Sprintf("budget %s fte must be 0 or more", Decimal(x, English)))
		}
	}
	for i, d := range s.ExtraHolidays {
		v.date(fmt.Sprintf("settings.extraHolidays[%d]", i), d)
	}
	for i, b := range s.ORT {
		f := fmt.Sprintf("settings.ort[%d]", i)
		v.rangeProblem(f+".percent", "ORT-percentage", "ORT percentage", b.Percent, 0, 100)
		v.clock(f+".start", b.Start, false)
		v.clock(f+".end", b.End, true)
		if b.End <= b.Start {
			v.add(f+".end", fmt.Sprintf("ORT-band %s–%s: einde voor begin (gebruik 24:00 en een tweede band over middernacht)", b.Start, b.End),
				fmt.Sprintf("ORT band %s–%s: end before start (use 24:00 and a second band past midnight)", b.Start, b.End))
		}
		if len(b.Days) == 0 {
			v.add(f+".days", "ORT-band zonder dagen", "ORT band without days")
		}
		for j, d := range b.Days {
			if !validDayType(d) {
				v.add(fmt.Sprintf("%s.days[%d]", f, j), fmt.Sprintf("onbekend dagtype %q", d), fmt.Sprintf("unknown day type %q", d))
			}
		}
	}
}

// validDayType reports whether d is a known day type.
func validDayType(d DayType) bool {
	for _, x := range DayTypes {
		if d == x {
			return true
		}
	}
	return false
}

// coverage checks the bands of the coverage profile. Bands of the same day
// type must not overlap: the profile would be ambiguous.
func (v *validator) coverage() {
	for i, b := range v.h.Coverage {
		f := fmt.Sprintf("coverage[%d]", i)
		if !validDayType(b.Day) {
			v.add(f+".day", fmt.Sprintf("onbekend dagtype %q", b.Day), fmt.Sprintf("unknown day type %q", b.Day))
		}
		v.clock(f+".start", b.Start, false)
		v.clock(f+".end", b.End, true)
		if b.Min < 0 {
			v.add(f+".min", fmt.Sprintf("minimum %d is negatief", b.Min), fmt.Sprintf("minimum %d is negative", b.Min))
		}
		if b.Max < 0 || b.Max != 0 && b.Max < b.Min {
			v.add(f+".max", fmt.Sprintf("maximum %d is kleiner dan minimum %d", b.Max, b.Min),
				fmt.Sprintf("maximum %d is less than minimum %d", b.Max, b.Min))
		}
	}
	for i, a := range v.h.Coverage {
		for j := i + 1; j < len(v.h.Coverage); j++ {
			b := v.h.Coverage[j]
			if a.Day != b.Day || !bandsOverlap(a, b) {
				continue
			}
			v.add(fmt.Sprintf("coverage[%d]", j),
				fmt.Sprintf("banden overlappen: %s %s–%s en %s–%s", a.Day, a.Start, a.End, b.Start, b.End),
				fmt.Sprintf("bands overlap: %s %s–%s and %s–%s", a.Day, a.Start, a.End, b.Start, b.End))
		}
	}
}

// BandSpan returns a band as minutes [s, e) from the start of its day; a band
// ending at or before its start runs into the next day.
func BandSpan(b Band) (int, int) {
	s, e := int(b.Start), int(b.End)
	if e <= s {
		e += 1440
	}
	return s, e
}

// bandsOverlap reports whether two bands of the same day type overlap, also
// when one runs past midnight into the other's next day. That next day has
// the same day type on weekdays, and on a Sunday before a holiday Monday;
// never on a Saturday.
func bandsOverlap(a, b Band) bool {
	as, ae := BandSpan(a)
	bs, be := BandSpan(b)
	offs := []int{-1440, 0, 1440}
	if a.Day == DaySaturday {
		offs = offs[1:2]
	}
	for _, off := range offs {
		if as < be+off && bs+off < ae {
			return true
		}
	}
	return false
}
