package rules

import (
	"github.com/huisrooster/huisrooster/roster"
)

// CONTRACT: planned hours above the contract (cao Jeugdzorg art. 6.3c).

// checkOverwork reports meerwerk (cao art. 6.4.5): planned hours beyond the
// contract over a 4-week period (aligned like the balance periods; periods),
// as info.
func (c *checker) checkOverwork(m *roster.Member, l *weekLedger, periods []roster.Window) {
	for _, p := range periods {
		ct, pl := l.sums(p)
		if ct <= 0 || pl <= ct+hoursEps {
			continue
		}
		f := Finding{Rule: RuleContract, Severity: SevInfo,
			Start: c.start(p.From), End: c.start(p.To + 1), Members: []int{m.ID}}
		f.NL, f.EN = overworkMessage(m.Name, p, pl, ct)
		c.add(f)
	}
}

// checkWeekContract reports CONTRACT for one ISO week: more than 1/9 above
// the contract's weekly hours needs the member's consent (cao art. 6.3c).
func (c *checker) checkWeekContract(m *roster.Member, wk roster.Window, contract, planned float64) {
	if contract <= 0 {
		return
	}
	limit := ContractWeekLimit(contract)
	if planned <= limit+hoursEps {
		return
	}
	f := Finding{Rule: RuleContract, Severity: SevWarning,
		Start: c.start(wk.From), End: c.start(wk.To + 1), Members: []int{m.ID}}
	f.NL, f.EN = weekContractMessage(m.Name, wk.From, planned, contract, limit)
	c.add(f)
}
