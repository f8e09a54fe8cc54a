package roster

import (
	"math/rand/v2"
	"sort"
	"testing"
	"time"
)

// naiveSortFindings is the plain reference for sortFindings: a stable sort
// with the comparison written out field by field.
func naiveSortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		if a.Severity != b.Severity {
			return a.Severity < b.Severity
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if len(a.Members) != len(b.Members) {
			return len(a.Members) < len(b.Members)
		}
		for k := range a.Members {
			if a.Members[k] != b.Members[k] {
				return a.Members[k] < b.Members[k]
			}
		}
		if !a.End.Equal(b.End) {
			return a.End.Before(b.End)
		}
		return a.NL < b.NL
	})
}

// TestSortFindingsMatchesNaive sorts random findings with many ties (same
// start in another location, same start a nanosecond apart, equal findings
// that differ only in their English message) and compares the order with
// naiveSortFindings, stability included.
func TestSortFindingsMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	base := time.Date(2026, 11, 23, 7, 0, 0, 0, Amsterdam)
	rules := []string{RuleCovDay, RuleATWRest, RuleSlack}
	ties := 0
	for it := range 400 {
		fs := make([]Finding, r.IntN(40))
		for i := range fs {
			st := base.Add(time.Duration(r.IntN(4)) * time.Hour)
			switch r.IntN(4) {
			case 0:
				st = st.UTC()
			case 1:
				st = st.Add(time.Duration(r.IntN(2)))
			}
			f := Finding{Rule: rules[r.IntN(len(rules))], Severity: Severity(r.IntN(3)),
				Start: st, End: st.Add(time.Duration(r.IntN(2)) * time.Hour),
				NL: []string{"a", "b"}[r.IntN(2)], EN: "#" + itoa(i)}
			for range r.IntN(3) {
				f.Members = append(f.Members, 1+r.IntN(2))
			}
			fs[i] = f
		}
		want := append([]Finding(nil), fs...)
		naiveSortFindings(want)
		sortFindings(fs)
		for i := range fs {
			if fs[i].EN != want[i].EN {
				t.Fatalf("iteration %d: position %d holds %s, want %s", it, i, fs[i].EN, want[i].EN)
			}
			if i > 0 && fs[i].Start.Equal(fs[i-1].Start) && fs[i].NL == fs[i-1].NL && fs[i].Rule == fs[i-1].Rule {
				ties++
			}
		}
	}
	if ties < 100 {
		t.Errorf("only %d near ties: the test does not reach the tie-breaks", ties)
	}
}
