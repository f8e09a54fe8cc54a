package rules

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
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
	base := time.Date(2026, 11, 23, 7, 0, 0, 0, roster.Amsterdam)
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

// TestCheckerStart holds the checker's midnights equal to Date.Start, the
// same time.Time value (location included), inside its read window, on DST
// switch days and beyond the window (where it asks the zone).
func TestCheckerStart(t *testing.T) {
	for _, w := range []roster.Window{{From: tMon, To: tMon + 27}, {From: roster.NewDate(2026, 3, 23), To: roster.NewDate(2026, 4, 5)}, {From: roster.NewDate(2026, 10, 19), To: roster.NewDate(2026, 11, 1)}} {
		c := newChecker(rostertest.House(), w)
		for d := c.ext.From - 30; d <= c.ext.To+30; d++ {
			if got, want := c.start(d), d.Start(); got != want {
				t.Fatalf("start(%v) = %v, want %v", d, got, want)
			}
		}
	}
}

// TestPublishMessages holds ATW-PUBLISH's texts: a week a day ahead, weeks
// further ahead and a week that has begun.
func TestPublishMessages(t *testing.T) {
	h := rostertest.House()
	w := roster.Window{From: tMon, To: tMon + 20}
	var got []string
	for _, f := range CheckAt(h, w, tMon-1) {
		if f.Rule == RuleATWPublish {
			got = append(got, f.NL, f.EN)
		}
	}
	for _, f := range CheckAt(h, roster.Window{From: tMon, To: tMon + 6}, tMon+2) {
		if f.Rule == RuleATWPublish {
			got = append(got, f.NL, f.EN)
		}
	}
	want := []string{
		"2026-W48 is nog niet vastgesteld en begint over 1 dag; het rooster moet 28 dagen vooraf bekend zijn",
		"2026-W48 is not fixed yet and starts in 1 day; the roster must be known 28 days ahead",
		"2026-W49 is nog niet vastgesteld en begint over 8 dagen; het rooster moet 28 dagen vooraf bekend zijn",
		"2026-W49 is not fixed yet and starts in 8 days; the roster must be known 28 days ahead",
		"2026-W50 is nog niet vastgesteld en begint over 15 dagen; het rooster moet 28 dagen vooraf bekend zijn",
		"2026-W50 is not fixed yet and starts in 15 days; the roster must be known 28 days ahead",
		"2026-W48 is al begonnen en nog niet vastgesteld; het rooster moet 28 dagen vooraf bekend zijn",
		"2026-W48 has begun and is not fixed yet; the roster must be known 28 days ahead",
	}
	if !slices.Equal(got, want) {
		t.Errorf("ATW-PUBLISH messages:\n%q\nwant\n%q", got, want)
	}
}
