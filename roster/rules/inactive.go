package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// INACTIVE: work planned outside a member's membership.

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
			NL: fmt.Sprintf("onbekend teamlid #%d staat %s op %s", s.Member, roster.DayLabel(s.Date, roster.Dutch), s.Code),
			EN: fmt.Sprintf("unknown team member #%d is on %s on %s", s.Member, s.Code, roster.DayLabel(s.Date, roster.English)),
		})
	}
}

// checkInactive reports INACTIVE: m is rostered on shift s on a day outside
// m's membership.
func (c *checker) checkInactive(m *roster.Member, s *roster.Shift) {
	if !m.Active(s.Date) {
		c.shiftFinding(RuleInactive, SevError, m, s,
			fmt.Sprintf("%s is %s geen teamlid (actief %s), maar staat op dienst %s", m.Name, roster.DayLabel(s.Date, roster.Dutch), activeRange(m), s.Code),
			fmt.Sprintf("%s is not a team member on %s (active %s) but is rostered on %s", m.Name, roster.DayLabel(s.Date, roster.English), activeRange(m), s.Code))
	}
}
