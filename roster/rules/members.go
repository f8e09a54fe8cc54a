package rules

import (
	"strconv"

	"github.com/huisrooster/huisrooster/roster"
)

// This file holds the frame of the rules about one member's own shifts: it
// walks each member's shifts once and calls DOUBLE (double.go), ABSENT
// (absent.go), INACTIVE (inactive.go) and ROLE (role.go), then WISH
// (wish.go) and ATW-PUBLISH (atw_publish.go) for the window.

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
	var nightDuty []bool // only a pregnant member's night duties matter
	if m.Pregnant {
		nightDuty = nightDuties(shifts)
	}
	for i := range shifts {
		s := &shifts[i]
		if !c.w.Contains(s.Date) || !s.Worked() {
			continue
		}
		c.checkAbsent(m, s, absences)
		c.checkInactive(m, s)
		c.checkRoleFlags(m, s, nightDuty != nil && nightDuty[i])
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

// shiftFinding adds a finding about one shift of m.
func (c *checker) shiftFinding(rule string, sev Severity, m *roster.Member, s *roster.Shift, nl, en string) {
	c.add(Finding{Rule: rule, Severity: sev, Start: s.Start, End: s.End,
		Members: []int{m.ID}, Dates: []roster.Date{s.Date}, NL: nl, EN: en})
}

// plural formats n with the singular or plural word.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
