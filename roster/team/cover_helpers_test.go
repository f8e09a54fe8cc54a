package team

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// This file builds small houses for the cover finder's tests: a 14-member
// team with a plausible four-week plan made by a greedy rotation that keeps
// the rest rules, and helpers to clone houses and diff findings naively.

// cvToday is the engine's "today" in the cover tests: long before the plan,
// so ATW-PUBLISH does not depend on the day the tests run.
var cvToday = roster.NewDate(2026, time.January, 1)

// cvStart is the Monday the test plans start on.
var cvStart = rostertest.StandInStart()

// cvClone returns a deep copy of h.
func cvClone(t testing.TB, h *roster.House) *roster.House {
	t.Helper()
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var out roster.House
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

// cvFind returns the index of member's assignment of code on d, or fails.
func cvFind(t testing.TB, h *roster.House, member int, d roster.Date, code string) int {
	t.Helper()
	for i, a := range h.Plan.Assignments {
		if a.Member == member && a.Date == d && a.Shift == code {
			return i
		}
	}
	t.Fatalf("no %s for member %d on %s", code, member, d)
	return -1
}

// cvKey identifies a finding for the naive diff.
func cvKey(f rules.Finding) string {
	return fmt.Sprintf("%s|%s|%d|%d|%v|%v|%s", f.Rule, f.Severity, f.Start.Unix(), f.End.Unix(), f.Members, f.Dates, f.NL)
}

// cvNaiveNew returns the errors and warnings of after that are not in
// before, where a coverage gap inside a gap of before on the same day counts
// as known.
func cvNaiveNew(before, after []rules.Finding) []rules.Finding {
	seen := map[string]bool{}
	for _, f := range before {
		seen[cvKey(f)] = true
	}
	var out []rules.Finding
outer:
	for _, f := range after {
		if f.Severity == rules.SevInfo || seen[cvKey(f)] {
			continue
		}
		if f.Rule == rules.RuleCovDay {
			for _, b := range before {
				if b.Rule == rules.RuleCovDay && !f.Start.Before(b.Start) && !f.End.After(b.End) && slices.Equal(b.Dates, f.Dates) {
					continue outer
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// cvKeys returns the sorted keys of fs.
func cvKeys(fs []rules.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = cvKey(f)
	}
	slices.Sort(out)
	return out
}

// cvRules returns the sorted distinct rules of fs.
func cvRules(fs []rules.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	slices.Sort(out)
	return strings.Join(slices.Compact(out), ",")
}

// cvSickVacancy marks the assignment at index i sick in h and returns its vacancy.
func cvSickVacancy(t testing.TB, h *roster.House, i int) Vacancy {
	t.Helper()
	h.Plan.Assignments[i].State = roster.StateSick
	v, err := NewVacancy(h, h.Plan.Assignments[i])
	if err != nil {
		t.Fatal(err)
	}
	return v
}
