package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// demoScreen returns a week screen on the demo house's first week.
func demoScreen(b *testing.B) *WeekScreen {
	b.Helper()
	test.NewTempApp(b)
	if err := SetLanguage("nl"); err != nil {
		b.Fatal(err)
	}
	h := demo.House(monday)
	if len(h.Members) == 0 || len(h.ShiftTypes) < 2 {
		b.Skip("the demo house has no team yet")
	}
	h.Plan.Periods = nil // every week a draft, so edits are taken
	ed, err := NewEditor(NewMemStore(h), monday)
	if err != nil {
		b.Fatal(err)
	}
	ed.SetWho("bench")
	w := test.NewTempWindow(b, nil)
	ws := NewWeekScreen(w, ed, "nl")
	w.SetContent(ws.Content())
	w.Resize(fyne.NewSize(1366, 768))
	return ws
}

// BenchmarkEditCheckRefresh measures one edit as the user makes it: the
// edit is saved (in memory), applied, the week re-checked by the engine and
// the view rebuilt, and the grid cell, hours, strip and findings repainted.
func BenchmarkEditCheckRefresh(b *testing.B) {
	ws := demoScreen(b)
	h := ws.ed.House()
	codes := []string{h.ShiftTypes[0].Code, h.ShiftTypes[1].Code}
	ws.grid.moveTo(widget.TableCellID{Row: 2, Col: 2})
	ws.grid.assignAtCursor(codes[0])
	ws.grid.assignAtCursor(codes[1])
	if !ws.ed.CanUndo() {
		b.Fatal("the edit was not taken")
	}
	i := 0
	for b.Loop() {
		ws.grid.assignAtCursor(codes[i%2])
		i++
	}
}

// BenchmarkCheckWeek measures the engine and view alone for the demo week.
func BenchmarkCheckWeek(b *testing.B) {
	h := demo.House(monday)
	w := roster.Week(monday)
	for b.Loop() {
		rules.Check(h, w)
		weekview.NewWeekView(h, monday)
	}
}

// BenchmarkFirstFrame measures building the week screen for the demo house
// (load, check, view, widgets) and laying it out in a 1366 × 768 window.
func BenchmarkFirstFrame(b *testing.B) { benchFirstFrame(b, false) }

// BenchmarkFirstFramePainted adds painting the frame with Fyne's software
// renderer (the real app paints with OpenGL).
func BenchmarkFirstFramePainted(b *testing.B) { benchFirstFrame(b, true) }

func benchFirstFrame(b *testing.B, paint bool) {
	test.NewTempApp(b)
	if err := SetLanguage("nl"); err != nil {
		b.Fatal(err)
	}
	st := NewMemStore(demo.House(monday))
	for b.Loop() {
		ed, err := NewEditor(st, monday)
		if err != nil {
			b.Fatal(err)
		}
		ed.SetWho("bench")
		w := test.NewWindow(nil)
		ws := NewWeekScreen(w, ed, "nl")
		w.SetContent(ws.Content())
		w.Resize(fyne.NewSize(1366, 768))
		if paint {
			w.Canvas().(test.WindowlessCanvas).Capture()
		}
		w.Close()
	}
}
