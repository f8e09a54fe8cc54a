package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// monday is Monday 23 November 2026 (ISO week 48), the tests' today.
var monday = rostertest.SmallMonday()

// Member IDs of the test house (rostertest.SmallHouse).
const (
	idAnna = 1
	idBram = 2
	idCas  = 3
	idTess = 4
)

// newTestScreen returns a week screen on week 48 of rostertest.SmallHouse in a test
// window of 1366 × 768, with its store.
func newTestScreen(t testing.TB) (*WeekScreen, *MemStore) {
	t.Helper()
	test.NewTempApp(t)
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
	st := NewMemStore(rostertest.SmallHouse())
	ed, err := NewEditor(st, monday)
	if err != nil {
		t.Fatal(err)
	}
	ed.SetWho("Anna")
	w := test.NewTempWindow(t, nil)
	ws := NewWeekScreen(w, ed, "nl")
	w.SetContent(ws.Content())
	w.Resize(fyne.NewSize(1366, 768))
	ws.AddShortcuts()
	return ws, st
}

// rowOf returns the grid row of member.
func rowOf(t testing.TB, ws *WeekScreen, member int) int {
	t.Helper()
	for i, r := range ws.ed.View().Rows {
		if r.Member == member {
			return i
		}
	}
	t.Fatalf("member %d has no row", member)
	return -1
}

// cellTexts returns what the grid cell of member on weekday col shows, by
// running the table's own update on a fresh template.
func cellTexts(t testing.TB, ws *WeekScreen, member, col int) []string {
	t.Helper()
	c := newCellView(false)
	ws.grid.updateCell(widget.TableCellID{Row: rowOf(t, ws, member), Col: col}, c)
	return c.texts()
}

// codes returns the shift codes of member's cell on d in the model.
func codes(h *roster.House, member int, d roster.Date) string {
	s := ""
	for _, a := range h.Plan.CellAssignments(member, d) {
		if s != "" {
			s += "+"
		}
		s += a.Shift
	}
	return s
}
