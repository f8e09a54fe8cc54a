package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// DOUBLE: a member booked twice at the same time.

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
					a.Code, roster.SpanLabel(a.Start, a.End, roster.Dutch), b.Code, roster.SpanLabel(b.Start, b.End, roster.Dutch)),
				EN: fmt.Sprintf("%s is booked twice: %s (%s) and %s (%s)", m.Name,
					a.Code, roster.SpanLabel(a.Start, a.End, roster.English), b.Code, roster.SpanLabel(b.Start, b.End, roster.English)),
			}
			if a.Code == b.Code && a.Start.Equal(b.Start) && a.End.Equal(b.End) {
				f.NL = fmt.Sprintf("%s staat twee keer op %s (%s)", m.Name, a.Code, roster.SpanLabel(a.Start, a.End, roster.Dutch))
				f.EN = fmt.Sprintf("%s is on %s twice (%s)", m.Name, a.Code, roster.SpanLabel(a.Start, a.End, roster.English))
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
