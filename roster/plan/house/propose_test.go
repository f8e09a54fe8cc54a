package house

import (
	"context"
	"slices"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// demoWithHole returns the demo house with the group shifts of its third
// week removed (where the period is not fixed), and the 4-week window.
func demoWithHole(t testing.TB) (*roster.House, roster.Window) {
	t.Helper()
	mon := roster.NewDate(2026, 11, 23)
	h := demo.House(mon)
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

// newFindings returns the errors and warnings of h with props on the
// window (and a week around it) that h alone does not have, apart from the
// soft ones; it is the acceptance criterion, computed apart from the judge.
func newFindings(h *roster.House, w roster.Window, props []roster.Assignment) []rules.Finding {
	return newFindingsSince(h, w, baseline(h, w), props)
}

// baseline returns the errors and warnings of h on w and a week around it.
func baseline(h *roster.House, w roster.Window) []rules.Finding {
	var before []rules.Finding
	for _, f := range rules.CheckAt(h, roster.Window{From: w.From - 7, To: w.To + 7}, roster.Today()) {
		if f.Severity != rules.SevInfo {
			before = append(before, f)
		}
	}
	return before
}

// newFindingsSince is newFindings against a baseline computed once.
func newFindingsSince(h *roster.House, w roster.Window, before []rules.Finding, props []roster.Assignment) []rules.Finding {
	win := roster.Window{From: w.From - 7, To: w.To + 7}
	today := roster.Today()
	h2 := *h
	h2.Plan.Assignments = append(slices.Clone(h.Plan.Assignments), props...)
	var out []rules.Finding
	for _, f := range rules.CheckAt(&h2, win, today) {
		if f.Severity != rules.SevInfo && !Soft(f) && !known(before, &f) {
			out = append(out, f)
		}
	}
	return out
}

// checkProposal asserts what every proposal must hold: open cells only,
// inside the window, no new finding.
func checkProposal(t *testing.T, h *roster.House, w roster.Window, res Result) {
	t.Helper()
	ix := newIndex(h, w)
	seen := map[cellKey]bool{}
	for _, a := range res.Proposals {
		m := h.Member(a.Member)
		if m == nil || !w.Contains(a.Date) || !ix.open(m, a.Date) {
			t.Errorf("proposal %+v on a cell that is not open (locked, absent, fixed or outside the window)", a)
		}
		if seen[cellKey{a.Member, a.Date}] {
			t.Errorf("two proposals on one cell: %+v", a)
		}
		seen[cellKey{a.Member, a.Date}] = true
	}
	for _, f := range newFindings(h, w, res.Proposals) {
		t.Errorf("new finding after accepting the proposal: %s %s: %s", f.Rule, f.Severity, f.EN)
	}
	if res.UncoveredMinutes < res.BoundMinutes {
		t.Errorf("uncovered %d min below the proven bound %d", res.UncoveredMinutes, res.BoundMinutes)
	}
	if res.UncoveredMinutes > res.OpenMinutes {
		t.Errorf("the proposal uncovers more (%d min) than before (%d)", res.UncoveredMinutes, res.OpenMinutes)
	}
}

func TestProposeDemoAddsNothingTheEngineForbids(t *testing.T) {
	h, w := demoWithHole(t)
	res, err := Propose(context.Background(), h, w, plan.Options{Seed: 1, MaxIterations: 200_000}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkProposal(t, h, w, res)
	if len(res.Proposals) == 0 || res.UncoveredMinutes >= res.OpenMinutes {
		t.Fatalf("the proposal fills nothing: %d proposals, %d → %d uncovered minutes", len(res.Proposals), res.OpenMinutes, res.UncoveredMinutes)
	}
	t.Logf("%d proposals; uncovered %d → %d person-minutes, bound %d; %d soft findings; %d checks; %.2f s",
		len(res.Proposals), res.OpenMinutes, res.UncoveredMinutes, res.BoundMinutes, len(res.Soft), res.Checks, res.Seconds)
}

func TestProposeDeterministicAndRespectsWishes(t *testing.T) {
	h, w := demoWithHole(t)
	opts := plan.Options{Seed: 7, MaxIterations: 60_000}
	a, err := Propose(context.Background(), h, w, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Propose(context.Background(), h, w, opts, nil)
	if !slices.Equal(a.Proposals, b.Proposals) {
		t.Fatalf("two runs with the same seed differ:\n%v\n%v", a.Proposals, b.Proposals)
	}
	if len(a.Proposals) == 0 {
		t.Fatal("no proposals")
	}
	// Whoever got the first proposal now cannot work that day.
	first := a.Proposals[0]
	h.Plan.Wishes = append(h.Plan.Wishes, roster.Wish{Member: first.Member, Date: first.Date, Kind: roster.WishCannot})
	c, err := Propose(context.Background(), h, w, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Proposals {
		if p.Member == first.Member && p.Date == first.Date {
			t.Errorf("proposal %+v against a \"kan niet\" wish", p)
		}
	}
}
