package rules

import (
	"github.com/huisrooster/huisrooster/roster"
)

// SLACK: the deliberate slack of every balance period (house norm).

// checkSlack reports SLACK for every balance period that touches the window
// (periods): planned contract hours (absences included) above
// (1 − slack) × contract.
func (c *checker) checkSlack(m *roster.Member, l *weekLedger, periods []roster.Window) {
	slack := c.h.Settings.SlackPct
	for _, p := range periods {
		ct, pl := l.sums(p)
		if ct <= 0 {
			continue
		}
		limit := SlackLimit(&c.h.Settings, ct)
		if pl <= limit+hoursEps {
			continue
		}
		f := Finding{Rule: RuleSlack, Severity: SevWarning,
			Start: c.start(p.From), End: c.start(p.To + 1), Members: []int{m.ID}}
		f.NL, f.EN = slackMessage(m.Name, p, pl, ct, slack, limit)
		c.add(f)
	}
}
