package plan

import (
	"context"
	"slices"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// demoWithHole returns the demo house with the group shifts of its third
// week removed (where the period is not fixed), and the 4-week window.
func demoWithHole(t *testing.T) (*roster.House, roster.Window) {
	t.Helper()
	mon := roster.NewDate(2026, 11, 23)
	h := roster.Demo(mon)
	w := roster.Window{From: mon, To: mon + 27}
	kept := h.Plan.Assignments[:0:0]
	for _, a := range h.Plan.Assignments {
		st := h.ShiftType(a.Shift)
		if a.Date >= mon+14 && a.Date <= mon+20 && st != nil && st.Kind == roster.KindGroup && h.Plan.StateOn(a.Date) != roster.PeriodFixed {
			continue
		}
		kept = append(kept, a)
	}
	if len(kept) == len(h.Plan.Assignments) {
		t.Fatal("nothing removed from the demo: the test would be vacuous")
	}
	h.Plan.Assignments = kept
	return h, w
}

func errorKeys(fs []roster.Finding) map[string]bool {
	out := map[string]bool{}
	for _, f := range fs {
		if f.Severity == roster.SevError {
			out[findingKey(f)] = true
		}
	}
	return out
}

func countRule(fs []roster.Finding, rule string) int {
	n := 0
	for _, f := range fs {
		if f.Rule == rule && f.Severity == roster.SevError {
			n++
		}
	}
	return n
}

func TestProposeFillsGapsWithoutNewErrors(t *testing.T) {
	h, w := demoWithHole(t)
	before := roster.Check(h, w)
	props, err := Propose(context.Background(), h, w, Options{Seed: 1, MaxIterations: 300_000}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(props) == 0 {
		t.Fatal("no proposals for a week without group shifts")
	}
	cells := cellIndex(h, w)
	for _, a := range props {
		if len(cells[cellKey{a.Member, a.Date}]) > 0 {
			t.Errorf("proposal %+v on a cell that already has an assignment", a)
		}
		if h.Plan.AbsenceOn(a.Member, a.Date) != nil {
			t.Errorf("proposal %+v during an absence", a)
		}
		if h.Plan.StateOn(a.Date) == roster.PeriodFixed {
			t.Errorf("proposal %+v in a fixed period", a)
		}
		if !w.Contains(a.Date) {
			t.Errorf("proposal %+v outside the window", a)
		}
	}
	h2 := *h
	h2.Plan.Assignments = append(slices.Clone(h.Plan.Assignments), props...)
	after := roster.Check(&h2, w)
	old := errorKeys(before)
	for _, f := range after {
		if f.Severity == roster.SevError && !coverageRule(f.Rule) && !old[findingKey(f)] {
			t.Errorf("new error: %s", f.EN)
		}
	}
	// A night already covered (a live-in night in the mixed demo house) gets
	// no second cover: the double-cover warnings must not grow.
	if b, a := countSev(before, roster.RuleCovNight, roster.SevWarning), countSev(after, roster.RuleCovNight, roster.SevWarning); a > b {
		t.Errorf("double night covers: %d warnings before, %d after", b, a)
	}
	// Coverage: no date may have more uncovered time than before.
	if gb, ga := gapMinutes(before), gapMinutes(after); true {
		for d, m := range ga {
			if m > gb[d] {
				t.Errorf("%s: %d uncovered minutes, %d before", d, m, gb[d])
			}
		}
	}
	t.Logf("%d proposals; COV-DAY errors %d → %d, COV-NIGHT %d → %d, all errors %d → %d", len(props),
		countRule(before, roster.RuleCovDay), countRule(after, roster.RuleCovDay),
		countRule(before, roster.RuleCovNight), countRule(after, roster.RuleCovNight), len(old), len(errorKeys(after)))
	if b, a := countRule(before, roster.RuleCovDay), countRule(after, roster.RuleCovDay); a >= b {
		t.Errorf("coverage errors %d before, %d after: the proposal filled nothing", b, a)
	}
}

func TestProposeDeterministicAndRespectsWishes(t *testing.T) {
	h, w := demoWithHole(t)
	opts := Options{Seed: 7, MaxIterations: 100_000}
	a, err := Propose(context.Background(), h, w, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Propose(context.Background(), h, w, opts, nil)
	if !slices.Equal(a, b) {
		t.Fatalf("two runs with the same seed differ:\n%v\n%v", a, b)
	}
	if len(a) == 0 {
		t.Fatal("no proposals")
	}
	// Whoever got the first proposal now cannot work that day.
	first := a[0]
	h.Plan.Wishes = append(h.Plan.Wishes, roster.Wish{Member: first.Member, Date: first.Date, Kind: roster.WishCannot})
	c, err := Propose(context.Background(), h, w, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c {
		if p.Member == first.Member && p.Date == first.Date {
			t.Errorf("proposal %+v against a \"kan niet\" wish", p)
		}
	}
}

// gapMinutes sums the minutes of coverage errors per date.
func gapMinutes(fs []roster.Finding) map[roster.Date]int {
	out := map[roster.Date]int{}
	for _, f := range fs {
		if coverageRule(f.Rule) && f.Severity == roster.SevError {
			out[roster.DateOf(f.Start)] += int(f.End.Sub(f.Start).Minutes())
		}
	}
	return out
}

// countSev counts the findings of rule with severity sev.
func countSev(fs []roster.Finding, rule string, sev roster.Severity) int {
	n := 0
	for _, f := range fs {
		if f.Rule == rule && f.Severity == sev {
			n++
		}
	}
	return n
}
