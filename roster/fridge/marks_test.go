package fridge

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// TestMarkChanges prints a week, changes it (a shift moved to another
// member, a sleep shift added) and checks the marks of the next print: the
// new people are marked, the slot someone left is marked, nothing else.
func TestMarkChanges(t *testing.T) {
	h := busyHouse(t)
	ls := rostertest.MemLocal{}
	printedAt := time.Date(2026, 11, 23, 14, 5, 0, 0, roster.Amsterdam)
	if p, err := LastPrinted(ls, week48); err != nil || p != nil {
		t.Fatalf("never printed: %v %v", p, err)
	}
	if err := SavePrinted(ls, BuildWeek(h, week48), printedAt); err != nil {
		t.Fatal(err)
	}
	// Unchanged: no marks, but the print is known.
	wk := BuildWeek(h, week48)
	p, err := LastPrinted(ls, week48+3)
	if err != nil || p == nil {
		t.Fatalf("last print: %v %v", p, err)
	}
	wk.MarkChanges(p)
	if n := wk.Changes(); n != 0 || !wk.PrintedAt.Equal(printedAt) {
		t.Fatalf("unchanged week: %d marks, printed %v", n, wk.PrintedAt)
	}
	// Tuesday's first early shift goes to member 12; Thursday gets a sleeper.
	tue := week48 + 1
	var moved int
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if a.Date == tue && a.Shift == "V" && a.Member != 12 {
			moved = a.Member
			a.Member = 12
			break
		}
	}
	h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: 7, Date: week48 + 3, Shift: "S"})
	wk = BuildWeek(h, week48)
	wk.MarkChanges(p)
	marked := map[[3]int]bool{}
	for i, d := range wk.Days {
		for j, people := range d.Slots {
			for _, q := range people {
				if q.Changed {
					marked[[3]int{i, j, q.Member}] = true
				}
			}
		}
	}
	want := map[[3]int]bool{{1, 0, 12}: true, {1, 1, 12}: true, {3, 3, 7}: true}
	if len(marked) != len(want) {
		t.Errorf("marked %v, want %v", marked, want)
	}
	for k := range want {
		if !marked[k] {
			t.Errorf("%v not marked (marked: %v)", k, marked)
		}
	}
	if !wk.Days[1].Gone[0] || !wk.Days[1].Gone[1] || wk.Days[1].Gone[2] || wk.Days[0].Gone[0] {
		t.Errorf("gone marks of Tuesday: %v, Monday %v (member %d left the morning and afternoon)", wk.Days[1].Gone, wk.Days[0].Gone, moved)
	}
	// The page shows a mark per changed person and left slot, and the legend.
	m := testMeasure(t)
	pg := layout(wk, nil, m)
	checkPage(t, wk, pg, m)
	discs, legend := 0, false
	for _, o := range pg.ops {
		if o.kind == opCircle && o.fill == markFill {
			discs++
		}
		if o.kind == opText && o.text == "= gewijzigd sinds vorige afdruk (maandag 23 november 14:05)" {
			legend = true
		}
	}
	if discs != wk.Changes()+1 || wk.Changes() != 5 {
		t.Errorf("%d marks drawn for %d changes (+1 in the legend)", discs, wk.Changes())
	}
	if !legend {
		t.Error("no legend for the change mark")
	}
	// A print of another week is no comparison.
	other := BuildWeek(h, week48+7)
	other.MarkChanges(p)
	if other.Changes() != 0 || !other.PrintedAt.IsZero() {
		t.Error("marks against the print of another week")
	}
	if out := os.Getenv("FRIDGE_MARKS_PDF"); out != "" {
		var b bytes.Buffer
		if err := RenderAt(&b, wk, printedAt); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(out, b.Bytes(), 0o644)
	}
}
