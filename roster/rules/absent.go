package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// ABSENT: work planned during one of the member's absences.

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

// absenceOn returns the first absence of as that holds d, or nil.
func absenceOn(as []*roster.Absence, d roster.Date) *roster.Absence {
	for _, a := range as {
		if d >= a.From && d <= a.To {
			return a
		}
	}
	return nil
}

// checkAbsent reports ABSENT: m is rostered on shift s on a day of one of
// m's absences.
func (c *checker) checkAbsent(m *roster.Member, s *roster.Shift, absences []*roster.Absence) {
	if a := absenceOn(absences, s.Date); a != nil {
		nl, en := absenceText(a.Kind)
		c.shiftFinding(RuleAbsent, SevError, m, s,
			fmt.Sprintf("%s is %s %s, maar staat op dienst %s", m.Name, roster.DayLabel(s.Date, roster.Dutch), nl, s.Code),
			fmt.Sprintf("%s is %s on %s, but is rostered on %s", m.Name, en, roster.DayLabel(s.Date, roster.English), s.Code))
	}
}
