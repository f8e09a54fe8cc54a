package pay

import (
	"github.com/huisrooster/huisrooster/roster"
)

// Disclose returns the realisation as it may be shown: r itself when
// unlocked, else a copy with Locked set, no members, no amounts, no cost
// realised, and the sickness of small roles cleared and marked Personal;
// the team's too when the team is small or when the hidden roles together
// have fewer than MinGroupSize members (the team total would give them
// away by subtraction). The sickness series is the team's: it goes with it.
func Disclose(r *Realisation, unlocked bool) *Realisation {
	if unlocked || r == nil {
		return r
	}
	c := *r
	c.Locked = true
	c.Members = nil
	c.Roles = make([]RoleRealisation, len(r.Roles))
	hidden := 0
	for i, x := range r.Roles {
		c.Roles[i] = lockRole(x)
		if c.Roles[i].Personal {
			hidden += x.Members
		}
	}
	c.Team = lockRole(r.Team)
	// The team total minus the roles shown is the sum of the hidden roles:
	// it may show only when that sum is of MinGroupSize people or more
	// (complementary suppression), else one person's sickness follows by
	// subtraction.
	if hidden > 0 && hidden < roster.MinGroupSize {
		c.Team.Personal, c.Team.Sick = true, 0
	}
	c.Costs = make([]CostLine, len(r.Costs))
	for i, l := range r.Costs {
		l.Realised = 0
		c.Costs[i] = l
	}
	if c.Team.Personal {
		c.SickSeries = nil
	}
	return &c
}

// lockRole clears the amounts of x, and its sickness when x is small.
func lockRole(x RoleRealisation) RoleRealisation {
	x.ORT = append([]float64(nil), x.ORT...)
	x.Salary, x.ORTAmount, x.SickCost = 0, 0, 0
	if roster.SmallGroup(x.Members) {
		x.Personal = true
		x.Sick = 0
	}
	return x
}

// SicknessShown reports whether the sickness of x may be shown in r.
func (r *Realisation) SicknessShown(x *RoleRealisation) bool { return !x.Personal }

// AmountsShown reports whether the amounts (salaries, ORT, sickness cost)
// of r may be shown.
func (r *Realisation) AmountsShown() bool { return !r.Locked }

// PayrollAllowed reports whether the payroll export (hours and sickness per
// member per day) may be written: only with the PIN.
func PayrollAllowed(unlocked bool) bool { return unlocked }
