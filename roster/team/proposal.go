package team

import (
	"slices"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// ProposalOpen reports whether a proposed shift ("vul aan") may still go
// onto member's cell on d: it holds no shift and no absence, and its week
// is not fixed.
func ProposalOpen(h *roster.House, member int, d roster.Date) bool {
	return len(h.Plan.CellAssignments(member, d)) == 0 &&
		len(roster.AbsenceDayEdit(&h.Plan, member, d, "")) == 0 &&
		h.Plan.StateOn(d) != roster.PeriodFixed
}

// FilterProposal returns the proposed assignments that may go onto the
// roster, in their order: those on open cells ([ProposalOpen]), leaving out
// a night cover on a night that already has one (a night wants exactly one
// cover, COV-NIGHT, whatever its kind).
func FilterProposal(h *roster.House, as []roster.Assignment) []roster.Assignment {
	covered := map[roster.Date]bool{}
	for _, a := range h.Plan.Assignments {
		if st := h.ShiftType(a.Shift); st != nil && st.Kind.NightCover() && a.State != roster.StateSick {
			covered[a.Date] = true
		}
	}
	var out []roster.Assignment
	for _, a := range as {
		if !ProposalOpen(h, a.Member, a.Date) {
			continue
		}
		if st := h.ShiftType(a.Shift); st != nil && st.Kind.NightCover() {
			if covered[a.Date] {
				continue
			}
			covered[a.Date] = true
		}
		out = append(out, a)
	}
	return out
}

// WithProposal returns a shallow copy of h with the proposed assignments
// added (its own assignment list; h is not changed).
func WithProposal(h *roster.House, as []roster.Assignment) *roster.House {
	with := *h
	with.Plan.Assignments = append(slices.Clone(h.Plan.Assignments), as...)
	return &with
}

// ProposalPreview counts the error and warning findings in w now and with
// the whole proposal accepted: what the proposal bar shows.
func ProposalPreview(h *roster.House, as []roster.Assignment, w roster.Window) (errNow, errThen, warnNow, warnThen int) {
	count := func(fs []rules.Finding) (e, n int) {
		for _, f := range fs {
			switch f.Severity {
			case rules.SevError:
				e++
			case rules.SevWarning:
				n++
			}
		}
		return e, n
	}
	errNow, warnNow = count(rules.Check(h, w))
	errThen, warnThen = count(rules.Check(WithProposal(h, as), w))
	return errNow, errThen, warnNow, warnThen
}
