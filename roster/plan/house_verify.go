package plan

import (
	"fmt"
	"slices"

	"github.com/huisrooster/huisrooster/roster"
)

// findingKey identifies a finding across two runs of roster.Check.
func findingKey(f roster.Finding) string {
	return fmt.Sprintf("%s|%v|%v|%d|%d", f.Rule, f.Members, f.Dates, f.Start.Unix(), f.End.Unix())
}

// verifyProposal drops proposed assignments until roster.Check reports no
// error on h plus the proposal that it did not report on h alone. Adding
// assignments never creates a coverage gap, so coverage findings (which the
// proposal reshapes) are left out; the new errors are working-time, role,
// absence or double-booking errors. Every proposal
// of a member on a date such a finding names is dropped, and when that
// drops nothing, all proposals of its members.
func verifyProposal(h *roster.House, w roster.Window, props []roster.Assignment) []roster.Assignment {
	before := map[string]bool{}
	for _, f := range roster.Check(h, w) {
		if f.Severity == roster.SevError {
			before[findingKey(f)] = true
		}
	}
	for len(props) > 0 {
		h2 := *h
		h2.Plan.Assignments = append(slices.Clone(h.Plan.Assignments), props...)
		var fresh []roster.Finding
		for _, f := range roster.Check(&h2, w) {
			if f.Severity == roster.SevError && !coverageRule(f.Rule) && !before[findingKey(f)] {
				fresh = append(fresh, f)
			}
		}
		if len(fresh) == 0 {
			return props
		}
		kept := props[:0:0]
		for _, a := range props {
			if !implicated(a, fresh, false) {
				kept = append(kept, a)
			}
		}
		if len(kept) == len(props) {
			kept = kept[:0]
			for _, a := range props {
				if !implicated(a, fresh, true) {
					kept = append(kept, a)
				}
			}
		}
		if len(kept) == len(props) {
			return nil // errors that no proposal explains: propose nothing
		}
		props = kept
	}
	return props
}

// coverageRule reports whether rule is about coverage: adding assignments
// never opens a gap, but it reshapes the remaining gap findings.
func coverageRule(rule string) bool {
	return rule == roster.RuleCovDay || rule == roster.RuleCovNight
}

// implicated reports whether a finding of fs names a's member and a's date
// (or, with anyDate or a finding without dates, lies around a's date).
func implicated(a roster.Assignment, fs []roster.Finding, anyDate bool) bool {
	for _, f := range fs {
		if len(f.Members) > 0 && !slices.Contains(f.Members, a.Member) {
			continue
		}
		if anyDate && len(f.Members) > 0 {
			return true
		}
		if len(f.Dates) > 0 {
			if slices.Contains(f.Dates, a.Date) {
				return true
			}
			continue
		}
		from, to := roster.DateOf(f.Start)-1, roster.DateOf(f.End)
		if a.Date >= from && a.Date <= to {
			return true
		}
	}
	return false
}
