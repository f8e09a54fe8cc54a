package ui

import (
	"runtime"
	"testing"

	"fyne.io/fyne/v2/widget"
)

// Lighter (issue 19): editing does not pile up template widgets. Every
// widget.Table refresh (a week change) and every findings item whose height
// changes (after each edit) makes a new template only to ask its size; when
// that made a renderer, Fyne kept it in its cache (a minute on the desktop,
// for ever in the test driver): about 100 KB per edit-and-look cycle. The
// heap is compared after a collection, never time.
func TestEditingKeepsNoTemplates(t *testing.T) {
	if testing.Short() {
		t.Skip("40 editing cycles: not in -short")
	}
	ws, _ := newDemoScreen(t)
	ws.SetWeek(gapWeek) // a draft week
	cycle := func() { editCycle(ws) }
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	for range 5 {
		cycle()
	}
	h0 := heap()
	for range 40 {
		cycle()
	}
	h1 := heap()
	t.Logf("heap %d → %d KB over 40 cycles", h0>>10, h1>>10)
	if h1 > h0+2<<20 {
		t.Errorf("heap grew from %d KB to %d KB over 40 editing cycles", h0>>10, h1>>10)
	}
}

// editCycle is one round of a person's editing on ws, as the memory tests
// repeat it: two shifts typed, one cleared, two undos, a redo, the next
// week and back.
func editCycle(ws *WeekScreen) {
	g := ws.grid
	g.moveTo(widget.TableCellID{Row: 2, Col: 3})
	g.TypedRune('v')
	g.moveTo(widget.TableCellID{Row: 2, Col: 4})
	g.TypedRune('l')
	g.moveTo(widget.TableCellID{Row: 2, Col: 3})
	g.clearAtCursor()
	ws.Undo()
	ws.Undo()
	ws.Redo()
	ws.NextWeek()
	ws.PrevWeek()
}
