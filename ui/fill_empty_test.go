package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan/house"
	"github.com/huisrooster/huisrooster/roster/team"
)

// TestFillSaysWhenNobodyIsPresent: when the whole proposal still leaves
// times under the coverage profile with no opvoeder at all, the proposal
// bar says so plainly (in the UI's language only) and the details name
// every such time by day and clock; a time the proposal covers is not
// among them.
func TestFillSaysWhenNobodyIsPresent(t *testing.T) {
	ws := newGapScreen(t) // the Dutch UI; week 50 has no group shifts
	w := roster.Week(gapWeek)
	h := ws.ed.House()
	member := 0
	for _, m := range h.Members {
		if m.CountsAsOpvoeder() && team.ProposalOpen(h, m.ID, gapWeek) {
			member = m.ID
			break
		}
	}
	if member == 0 {
		t.Fatal("no opvoeder with an open Monday in week 50: the test is not set up as meant")
	}
	ws.fill.window = w
	ws.fill.result = house.Result{}
	if ws.fill.setProposal([]roster.Assignment{{Member: member, Date: gapWeek, Shift: "V"}}) != 1 {
		t.Fatal("the proposal was not shown")
	}
	spans := house.EmptySpans(ws.fill.house(), w)
	if len(spans) < 2 {
		t.Fatalf("want several times with nobody present in a week without group shifts, got %v", spans)
	}
	bar := ws.fill.barText.Text
	if !strings.Contains(bar, "helemaal niemand aanwezig") || !strings.Contains(bar, "zie Details") ||
		strings.Contains(bar, "nobody") || strings.Contains(bar, "Warning") {
		t.Errorf("the bar does not say plainly, in Dutch only, that nobody is present:\n%s", bar)
	}
	details := ws.fill.detailsText()
	if !strings.Contains(details, "Met het hele voorstel is er helemaal niemand aanwezig:") {
		t.Errorf("the details lack the times with nobody present:\n%s", details)
	}
	early, _ := roster.Span(gapWeek, roster.NewClock(7, 0), roster.NewClock(15, 0))
	for _, sp := range spans {
		if line := "• " + sp.Text(roster.Dutch); !strings.Contains(details, line) {
			t.Errorf("the details lack %q:\n%s", line, details)
		}
		if !sp.Start.After(early) && sp.End.After(early) {
			t.Errorf("%s is named empty, but the proposed early shift is there", sp.Text(roster.Dutch))
		}
	}
	if strings.Contains(details, "nobody") || strings.Contains(details, "-W") {
		t.Errorf("the details speak English or ISO weeks in the Dutch UI:\n%s", details)
	}
}

// TestEmptyText: one time with nobody present is named in the bar; more
// are counted with their hours; none says nothing.
func TestEmptyText(t *testing.T) {
	newGapScreen(t) // the Dutch UI
	s, _ := roster.Span(gapWeek, roster.NewClock(17, 30), roster.NewClock(23, 0))
	one := house.EmptySpan{Start: s, End: s.Add(5*time.Hour + 30*time.Minute)}
	if got := emptyText(nil, roster.Dutch); got != "" {
		t.Errorf("no empty time: %q, want nothing", got)
	}
	if got, want := emptyText([]house.EmptySpan{one}, roster.Dutch), "Let op: helemaal niemand aanwezig op "+one.Text(roster.Dutch)+"; zie Details"; got != want {
		t.Errorf("one empty time: %q, want %q", got, want)
	}
	two := one
	two.Start, two.End = one.Start.Add(24*time.Hour), one.End.Add(24*time.Hour)
	if got, want := emptyText([]house.EmptySpan{one, two}, roster.Dutch), "Let op: 11 u helemaal niemand aanwezig, 2 keer; zie Details"; got != want {
		t.Errorf("two empty times: %q, want %q", got, want)
	}
}
