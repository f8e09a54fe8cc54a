package rules

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// checkMembers reports what concerns one member's own shifts: DOUBLE,
// ABSENT, ROLE, INACTIVE and WISH.
func (c *checker) checkMembers() {
	h := c.h
	for mi := range h.Members {
		m := &h.Members[mi]
		shifts := c.byMember[m.ID]
		c.checkDouble(m, shifts)
		c.checkShiftsOf(m, shifts)
		c.checkCountsOverride(m)
	}
	c.checkUnknownMembers()
	c.checkWishes()
}

// checkDouble reports DOUBLE: two worked shifts of m that overlap in time.
// shifts are sorted by start.
func (c *checker) checkDouble(m *roster.Member, shifts []roster.Shift) {
	for i := range shifts {
		a := &shifts[i]
		if !a.Worked() {
			continue
		}
		for j := i + 1; j < len(shifts) && shifts[j].Start.Before(a.End); j++ {
			b := &shifts[j]
			if !b.Worked() {
				continue
			}
			s, e := b.Start, a.End
			if b.End.Before(e) {
				e = b.End
			}
			if !c.touches(s, e) {
				continue
			}
			f := Finding{
				Rule: RuleDouble, Severity: SevError, Start: s, End: e,
				Members: []int{m.ID}, Dates: uniqueDates(a.Date, b.Date),
				NL: fmt.Sprintf("%s staat dubbel: %s (%s) en %s (%s)", m.Name,
					a.Code, roster.SpanLabel(a.Start, a.End, false), b.Code, roster.SpanLabel(b.Start, b.End, false)),
				EN: fmt.Sprintf("%s is booked twice: %s (%s) and %s (%s)", m.Name,
					a.Code, roster.SpanLabel(a.Start, a.End, true), b.Code, roster.SpanLabel(b.Start, b.End, true)),
			}
			if a.Code == b.Code && a.Start.Equal(b.Start) && a.End.Equal(b.End) {
				f.NL = fmt.Sprintf("%s staat twee keer op %s (%s)", m.Name, a.Code, roster.SpanLabel(a.Start, a.End, false))
				f.EN = fmt.Sprintf("%s is on %s twice (%s)", m.Name, a.Code, roster.SpanLabel(a.Start, a.End, true))
			}
			c.add(f)
		}
	}
}

// uniqueDates returns a and b, once when equal.
func uniqueDates(a, b roster.Date) []roster.Date {
	if a == b {
		return []roster.Date{a}
	}
	return []roster.Date{a, b}
}

// absenceText says how a member is away, in Dutch and English. A sick report
// says only that: never why.
func absenceText(k roster.AbsenceKind) (nl, en string) {
	switch k {
	case roster.AbsSick:
		return "ziek gemeld", "reported sick"
	case roster.AbsLeave:
		return "met verlof", "on leave"
	case roster.AbsSpecial:
		return "met bijzonder verlof", "on special leave"
	case roster.AbsTraining:
		return "op opleiding", "away for training"
	}
	return "afwezig", "absent"
}

// roleWarn collects one member's shifts of a counting kind in one ISO week,
// for a role that never counts.
type roleWarn struct {
	week  roster.Date
	dates []roster.Date
	codes []string
}

// checkShiftsOf reports ABSENT, ROLE and INACTIVE for the worked shifts of m
// that start in the window.
func (c *checker) checkShiftsOf(m *roster.Member, shifts []roster.Shift) {
	var warn *roleWarn
	flush := func() {
		if warn != nil {
			c.addRoleWarn(m, warn)
			warn = nil
		}
	}
	var absences []*roster.Absence // m's absences that touch the window
	for i := range c.h.Plan.Absences {
		if a := &c.h.Plan.Absences[i]; a.Member == m.ID && a.To >= c.w.From && a.From <= c.w.To {
			absences = append(absences, a)
		}
	}
	canCount := m.Role.CanCount()
	for i := range shifts {
		s := &shifts[i]
		if !c.w.Contains(s.Date) || !s.Worked() {
			continue
		}
		if a := absenceOn(absences, s.Date); a != nil {
			nl, en := absenceText(a.Kind)
			c.shiftFinding(RuleAbsent, SevError, m, s,
				fmt.Sprintf("%s is %s %s, maar staat op dienst %s", m.Name, roster.DayLabel(s.Date, false), nl, s.Code),
				fmt.Sprintf("%s is %s on %s, but is rostered on %s", m.Name, en, roster.DayLabel(s.Date, true), s.Code))
		}
		if !m.Active(s.Date) {
			c.shiftFinding(RuleInactive, SevError, m, s,
				fmt.Sprintf("%s is %s geen teamlid (actief %s), maar staat op dienst %s", m.Name, roster.DayLabel(s.Date, false), activeRange(m), s.Code),
				fmt.Sprintf("%s is not a team member on %s (active %s) but is rostered on %s", m.Name, roster.DayLabel(s.Date, true), activeRange(m), s.Code))
		}
		c.checkRoleFlags(m, s)
		if !canCount && s.Kind != roster.KindOffGroup {
			if mon := s.Date.Monday(); warn == nil || warn.week != mon {
				flush()
				warn = &roleWarn{week: mon}
			}
			warn.dates = append(warn.dates, s.Date)
			warn.codes = append(warn.codes, s.Code)
		}
	}
	flush()
}

// absenceOn returns the first absence of as that holds d, or nil.
func absenceOn(as []*roster.Absence, d roster.Date) *roster.Absence {
	for _, a := range as {
		if d >= a.From && d <= a.To {
			return a
		}
	}
	return nil
}

// checkRoleFlags reports the ROLE errors of one worked shift: what the
// member's flags forbid.
func (c *checker) checkRoleFlags(m *roster.Member, s *roster.Shift) {
	day := func(en bool) string { return roster.DayLabel(s.Date, en) }
	// The member's flags are tested before the kind: most members may do
	// everything, and a kind is a string comparison.
	if !m.Nights && (s.Kind == roster.KindAwakeNight || s.Kind == roster.KindLiveIn) {
		c.shiftFinding(RuleRole, SevError, m, s,
			fmt.Sprintf("%s doet geen nachtdiensten, maar staat %s op %s", m.Name, day(false), s.Code),
			fmt.Sprintf("%s does not do night shifts but is on %s on %s", m.Name, s.Code, day(true)))
	}
	if !m.LiveIn && s.Kind == roster.KindLiveIn {
		c.shiftFinding(RuleRole, SevError, m, s,
			fmt.Sprintf("%s woont niet in, maar staat %s op inwonende nachtdienst %s", m.Name, day(false), s.Code),
			fmt.Sprintf("%s does not live in but is on live-in night duty %s on %s", m.Name, s.Code, day(true)))
	}
	if m.NoSleepShifts && s.Kind == roster.KindSleep {
		c.shiftFinding(RuleRole, SevError, m, s,
			fmt.Sprintf("%s doet geen slaapdiensten, maar staat %s op %s", m.Name, day(false), s.Code),
			fmt.Sprintf("%s does not do sleep shifts but is on %s on %s", m.Name, s.Code, day(true)))
	}
	if m.Pregnant && (s.Kind.NightCover() || nightWork(s)) {
		c.shiftFinding(RuleRole, SevError, m, s,
			fmt.Sprintf("%s hoeft geen nachtdiensten te doen (zwangerschap), maar staat %s op %s", m.Name, day(false), s.Code),
			fmt.Sprintf("%s need not do night shifts (pregnancy) but is on %s on %s", m.Name, s.Code, day(true)))
	}
}

// nightWork reports whether s holds more than an hour of work between 00:00
// and 06:00 (a night shift in the sense of the Working Hours Act).
func nightWork(s *roster.Shift) bool {
	var total time.Duration
	for d := s.Date; d <= s.Date+1; d++ {
		ns, ne := d.Time(0), d.Time(roster.NewClock(6, 0))
		st, en := s.Start, s.End
		if st.Before(ns) {
			st = ns
		}
		if en.After(ne) {
			en = ne
		}
		if en.After(st) {
			total += en.Sub(st)
		}
	}
	return total > time.Hour
}

// shiftFinding adds a finding about one shift of m.
func (c *checker) shiftFinding(rule string, sev Severity, m *roster.Member, s *roster.Shift, nl, en string) {
	c.add(Finding{Rule: rule, Severity: sev, Start: s.Start, End: s.End,
		Members: []int{m.ID}, Dates: []roster.Date{s.Date}, NL: nl, EN: en})
}

// addRoleWarn reports ROLE as a warning: a member whose role never counts is
// on shifts of a kind that counts in one week.
func (c *checker) addRoleWarn(m *roster.Member, w *roleWarn) {
	codes := strings.Join(w.codes, ", ")
	c.add(Finding{
		Rule: RuleRole, Severity: SevWarning,
		Start: c.start(w.week), End: c.start(w.week + 7), Members: []int{m.ID}, Dates: w.dates,
		NL: fmt.Sprintf("%s (%s) staat %s %d× op een dienst die meetelt (%s): mag meewerken, maar telt nooit mee als opvoeder",
			m.Name, m.Role, w.week.WeekLabel(), len(w.dates), codes),
		EN: fmt.Sprintf("%s (%s) is on a counting shift %d× in %s (%s): may work, but never counts as an opvoeder",
			m.Name, m.Role, len(w.dates), w.week.WeekLabel(), codes),
	})
}

// checkCountsOverride reports ROLE as an error when a member whose role never
// counts is marked to count as an opvoeder.
func (c *checker) checkCountsOverride(m *roster.Member) {
	if m.Counts == nil || !*m.Counts || m.Role.CanCount() || !roster.ActiveIn(m, c.w) {
		return
	}
	c.add(Finding{
		Rule: RuleRole, Severity: SevError, Start: c.winStart, End: c.winEnd, Members: []int{m.ID},
		NL: fmt.Sprintf("%s (%s) staat op 'telt mee als opvoeder', maar een %s telt nooit mee", m.Name, m.Role, m.Role),
		EN: fmt.Sprintf("%s (%s) is marked to count as an opvoeder, but a %s never counts", m.Name, m.Role, m.Role),
	})
}

// activeRange formats a member's active dates as "2026-01-01 – …".
func activeRange(m *roster.Member) string {
	open := "…"
	from, to := open, open
	if m.ActiveFrom != nil {
		from = m.ActiveFrom.String()
	}
	if m.ActiveTo != nil {
		to = m.ActiveTo.String()
	}
	return from + " – " + to
}

// checkUnknownMembers reports INACTIVE for shifts in the window of members
// that are not in the team (validation reports them too).
func (c *checker) checkUnknownMembers() {
	last, known := 0, true
	for i := range c.shifts {
		s := &c.shifts[i]
		if i == 0 || s.Member != last { // shifts are sorted by member
			last, known = s.Member, c.h.Member(s.Member) != nil
		}
		if known || !c.w.Contains(s.Date) {
			continue
		}
		c.add(Finding{
			Rule: RuleInactive, Severity: SevError, Start: s.Start, End: s.End,
			Members: []int{s.Member}, Dates: []roster.Date{s.Date},
			NL: fmt.Sprintf("onbekend teamlid #%d staat %s op %s", s.Member, roster.DayLabel(s.Date, false), s.Code),
			EN: fmt.Sprintf("unknown team member #%d is on %s on %s", s.Member, s.Code, roster.DayLabel(s.Date, true)),
		})
	}
}

// checkWishes reports WISH: a "kan niet" wish not honoured is an error, a
// "liever niet" wish a warning. A wish without a shift code covers the whole
// day; one with a code only shifts of that code.
func (c *checker) checkWishes() {
	for wi := range c.h.Plan.Wishes {
		w := &c.h.Plan.Wishes[wi]
		var sev Severity
		switch w.Kind {
		case roster.WishCannot:
			sev = SevError
		case roster.WishRatherNot:
			sev = SevWarning
		default:
			continue
		}
		if !w.Touches(c.w) {
			continue
		}
		m := c.h.Member(w.Member)
		if m == nil {
			continue
		}
		for _, s := range c.byMember[w.Member] {
			if !w.On(s.Date) || !c.w.Contains(s.Date) || !s.Worked() || (w.Shift != "" && w.Shift != s.Code) {
				continue
			}
			what, whatEN := "de hele dag", "the whole day"
			if w.Shift != "" {
				what, whatEN = "dienst "+w.Shift, "shift "+w.Shift
			}
			c.shiftFinding(RuleWish, sev, m, &s,
				fmt.Sprintf("%s: wens '%s' (%s) op %s niet gehonoreerd: staat op %s", m.Name, w.Kind, what, roster.DayLabel(s.Date, false), s.Code),
				fmt.Sprintf("%s: wish '%s' (%s) on %s not honoured: rostered on %s", m.Name, roster.WishKindEN(w.Kind), whatEN, roster.DayLabel(s.Date, true), s.Code))
		}
	}
}

// checkPublish reports ATW-PUBLISH: every ISO week of the window that has not
// ended, starts within the publish period (default 28 days) of today and is
// not fixed on every day. The roster must be known that far ahead.
func (c *checker) checkPublish() {
	days := c.h.Settings.PublishDaysOrDefault()
	for mon := c.w.From.Monday(); mon <= c.w.To; mon += 7 {
		if mon+6 < c.today || int(mon-c.today) >= days {
			continue
		}
		fixed := true
		for d := mon; d < mon+7; d++ {
			if c.h.Plan.StateOn(d) != roster.PeriodFixed {
				fixed = false
				break
			}
		}
		if fixed {
			continue
		}
		until := int(mon - c.today)
		// Concatenation instead of fmt: this rule reports on most checks.
		week, n := string(appendWeekLabel(nil, mon)), strconv.Itoa(days)
		nl := week + " is nog niet vastgesteld en begint over " + plural(until, "dag", "dagen") + "; het rooster moet " + n + " dagen vooraf bekend zijn"
		en := week + " is not fixed yet and starts in " + plural(until, "day", "days") + "; the roster must be known " + n + " days ahead"
		if until <= 0 {
			nl = week + " is al begonnen en nog niet vastgesteld; het rooster moet " + n + " dagen vooraf bekend zijn"
			en = week + " has begun and is not fixed yet; the roster must be known " + n + " days ahead"
		}
		c.add(Finding{Rule: RuleATWPublish, Severity: SevWarning, Start: c.start(mon), End: c.start(mon + 7), NL: nl, EN: en})
	}
}

// plural formats n with the singular or plural word.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
