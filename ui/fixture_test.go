package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// monday is Monday 23 November 2026 (ISO week 48), the tests' today.
var monday = roster.NewDate(2026, time.November, 23)

// Member IDs of the test house.
const (
	idAnna = 1
	idBram = 2
	idCas  = 3
	idTess = 4
)

// testHouse is a small house: three opvoeders and a teamleider, shifts
// V 07–15, L 15–23, S 23–07 (sleep), and a few shifts in week 48.
func testHouse() *roster.House {
	c := roster.NewClock
	h := &roster.House{
		Name:     "Het Testhuis",
		Children: 6,
		Settings: roster.Settings{SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36},
		Coverage: []roster.Band{
			{Day: roster.DayWeekday, Start: c(7, 0), End: c(23, 0), Min: 2},
			{Day: roster.DaySaturday, Start: c(7, 0), End: c(23, 0), Min: 2},
			{Day: roster.DaySunday, Start: c(7, 0), End: c(23, 0), Min: 2},
		},
		Members: []roster.Member{
			{ID: idTess, Name: "Tess", Role: roster.RoleTeamleider, Contract: []roster.Contract{{HoursPerWeek: 28}}},
			{ID: idAnna, Name: "Anna", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{HoursPerWeek: 36}}, Colour: "#e06c4f"},
			{ID: idBram, Name: "Bram", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{HoursPerWeek: 32}}},
			{ID: idCas, Name: "Cas", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{HoursPerWeek: 24}}, Nights: true},
		},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Name: "Vroeg", Start: c(7, 0), End: c(15, 0), Kind: roster.KindGroup, Colour: "#f5c242"},
			{Code: "L", Name: "Laat", Start: c(15, 0), End: c(23, 0), Kind: roster.KindGroup, Colour: "#4a90d9"},
			{Code: "S", Name: "Slaapdienst", Start: c(23, 0), End: c(7, 0), Kind: roster.KindSleep, Colour: "#6b5b95"},
		},
	}
	add := func(m int, d roster.Date, code string) {
		h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m, Date: d, Shift: code})
	}
	add(idAnna, monday, "V")
	add(idBram, monday, "V")
	add(idCas, monday, "L")
	add(idTess, monday, "L")
	add(idCas, monday, "S")
	add(idAnna, monday-7, "L") // last week
	add(idBram, monday-6, "V")
	return h
}

// newTestScreen returns a week screen on week 48 of testHouse in a test
// window of 1366 × 768, with its store.
func newTestScreen(t testing.TB) (*WeekScreen, *MemStore) {
	t.Helper()
	test.NewTempApp(t)
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
	st := NewMemStore(testHouse())
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
