package team

import (
	"fmt"
	"slices"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// OpenShiftCheck says whether a member can take an open shift, and if not,
// why not: the same exclusion reasons TakeOpenShift refuses with.
type OpenShiftCheck struct {
	Shift OpenShift
	// Can is set when the member can take the shift (perhaps with Strains).
	Can bool
	// Consent is set when only CONTRACT warnings stand in the way: the
	// member can take it with their consent (cao art. 6.3c), as the cover
	// finder's "met instemming".
	Consent bool
	Reasons []rules.Finding // why not (empty when Can)
	Strains []rules.Finding // the warnings taking it gives
}

// CheckOpenShifts checks every open shift of list for member, in order, so
// that a list can show before a tap what the member can take.
func CheckOpenShifts(h *roster.House, list []OpenShift, member int) []OpenShiftCheck {
	return checkOpenShiftsAt(h, list, member, roster.Today())
}

func checkOpenShiftsAt(h *roster.House, list []OpenShift, member int, today roster.Date) []OpenShiftCheck {
	out := make([]OpenShiftCheck, len(list))
	for i, os := range list {
		c := OpenShiftCheck{Shift: os}
		_, reasons, strains, err := openShiftTry(h, os, member, today)
		switch {
		case err != nil:
			c.Reasons = []rules.Finding{{Rule: rules.RuleInactive, Severity: rules.SevError, NL: err.Error(), EN: err.Error()}}
		case len(reasons) == 0:
			c.Can = true
		default:
			c.Consent = onlyContract(reasons)
		}
		c.Reasons, c.Strains = append(c.Reasons, reasons...), strains
		out[i] = c
	}
	return out
}

// onlyContract reports whether every reason is a CONTRACT warning: then the
// member may take the shift with consent.
func onlyContract(reasons []rules.Finding) bool {
	return len(reasons) > 0 && !slices.ContainsFunc(reasons, func(f rules.Finding) bool { return f.Rule != rules.RuleContract || f.Severity == rules.SevError })
}

// openShiftTry checks os for member as the cover finder checks a vacancy and
// returns the assignment, the exclusion reasons and the strains.
func openShiftTry(h *roster.House, os OpenShift, member int, today roster.Date) (roster.Assignment, []rules.Finding, []rules.Finding, error) {
	m := h.Member(member)
	if m == nil {
		return roster.Assignment{}, nil, nil, fmt.Errorf("onbekend teamlid #%d / unknown member #%d", member, member)
	}
	if h.ShiftType(os.Shift) == nil {
		return roster.Assignment{}, nil, nil, fmt.Errorf("onbekende dienst %q / unknown shift %q", os.Shift, os.Shift)
	}
	v := os.Vacancy()
	r := newCoverRun(h, v, today)
	a := v.Assignment(h, member)
	reasons, strains := r.classify(m, v, r.try(a))
	return a, reasons, strains, nil
}

// TakeOpenShiftWithConsent is TakeOpenShift for a member who agreed to work
// beyond what the contract allows: CONTRACT warnings do not refuse it (they
// come back with the strains); any other reason still does.
func TakeOpenShiftWithConsent(h *roster.House, os OpenShift, member int) (roster.Edit, []rules.Finding, error) {
	return takeOpenShiftAt(h, os, member, roster.Today(), true)
}
