package rules

import (
	"fmt"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
)

// ROLE: what a member's role and flags forbid (cao Jeugdzorg functions;
// Arbeidstijdenwet 4:5 and 4:6 for pregnancy).

// roleWarn collects one member's shifts of a counting kind in one ISO week,
// for a role that never counts.
type roleWarn struct {
	week  roster.Date
	dates []roster.Date
	codes []string
}

// checkRoleFlags reports the ROLE errors of one worked shift: what the
// member's flags forbid. nightDuty says whether the shift is part of a night
// duty (nightDuties), which a pregnant member need not do.
func (c *checker) checkRoleFlags(m *roster.Member, s *roster.Shift, nightDuty bool) {
	day := func(l roster.Lang) string { return roster.DayLabel(s.Date, l) }
	// The member's flags are tested before the kind: most members may do
	// everything, and a kind is a string comparison.
	if !m.Nights && (s.Kind == roster.KindAwakeNight || s.Kind == roster.KindLiveIn) {
		c.shiftFinding(RuleRole, SevError, m, s,
			fmt.Sprintf("%s doet geen nachtdiensten, maar staat %s op %s", m.Name, day(roster.Dutch), s.Code),
			fmt.Sprintf("%s does not do night shifts but is on %s on %s", m.Name, s.Code, day(roster.English)))
	}
	if !m.LiveIn && s.Kind == roster.KindLiveIn {
		c.shiftFinding(RuleRole, SevError, m, s,
			fmt.Sprintf("%s woont niet in, maar staat %s op inwonende nachtdienst %s", m.Name, day(roster.Dutch), s.Code),
			fmt.Sprintf("%s does not live in but is on live-in night duty %s on %s", m.Name, s.Code, day(roster.English)))
	}
	if m.NoSleepShifts && s.Kind == roster.KindSleep {
		c.shiftFinding(RuleRole, SevError, m, s,
			fmt.Sprintf("%s doet geen slaapdiensten, maar staat %s op %s", m.Name, day(roster.Dutch), s.Code),
			fmt.Sprintf("%s does not do sleep shifts but is on %s on %s", m.Name, s.Code, day(roster.English)))
	}
	if m.Pregnant && (s.Kind.NightCover() || nightDuty) {
		c.shiftFinding(RuleRole, SevError, m, s,
			fmt.Sprintf("%s hoeft geen nachtdiensten te doen (zwangerschap), maar staat %s op %s", m.Name, day(roster.Dutch), s.Code),
			fmt.Sprintf("%s need not do night shifts (pregnancy) but is on %s on %s", m.Name, s.Code, day(roster.English)))
	}
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
		EN: fmt.Sprintf("%s (%s) is marked to count as a care worker, but a %s never counts", m.Name, m.Role, m.Role),
	})
}

// nightDuties reports per shift of shifts (one member's, sorted by start)
// whether it is part of a night duty: the worked shifts that touch or
// overlap form one duty (dienst, Arbeidstijdenwet 1:7), and a duty is a night
// duty when more than NightWorkMin of it falls between 00:00 and
// NightWorkEnd. So two touching shifts of 40 and 50 minutes of night work
// are one night duty, as nightWork judges one shift. Shifts not worked are
// false.
func nightDuties(shifts []roster.Shift) []bool {
	out := make([]bool, len(shifts))
	for i := 0; i < len(shifts); {
		if !shifts[i].Worked() {
			i++
			continue
		}
		end, night := shifts[i].End, nightWorkOf(&shifts[i])
		j := i + 1
		for ; j < len(shifts); j++ {
			s := &shifts[j]
			if !s.Worked() {
				continue
			}
			if s.Start.After(end) {
				break
			}
			night += nightWorkOf(s)
			if s.End.After(end) {
				end = s.End
			}
		}
		for k := i; k < j; k++ {
			out[k] = shifts[k].Worked() && night > NightWorkMin
		}
		i = j
	}
	return out
}
