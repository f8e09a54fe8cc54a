package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// TestCellBarIsBackgroundShadow: a cell with a shift shows its colour bar
// on the left, drawn as the background's hard shadow (one draw for both);
// a cell without a bar has a plain background over its whole width.
func TestCellBarIsBackgroundShadow(t *testing.T) {
	ws, _ := newTestScreen(t)
	h := ws.ed.House()
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 2})
	ws.grid.assignAtCursor(h.ShiftTypes[0].Code)

	c := newCellView(false)
	ws.grid.updateCell(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 2}, c)
	c.Resize(fyne.NewSize(118, cellHeight))
	c.CreateRenderer().Layout(c.Size())
	want := shiftColour(h.ShiftTypes[0].Colour)
	if c.bg.Shadow.Color != color.Color(want) || c.bg.Shadow.Offset.X != -barWidth || c.bg.Shadow.BlurRadius != 0 {
		t.Fatalf("bar = shadow %+v, want colour %v moved %v left without blur", c.bg.Shadow, want, barWidth)
	}
	if c.bg.Position().X != barWidth || c.bg.Size().Width != 118-barWidth {
		t.Errorf("background at x %v width %v, want right of the %v-pixel bar", c.bg.Position().X, c.bg.Size().Width, barWidth)
	}

	empty := newCellView(false)
	empty.set(color.Transparent, color.Transparent, false)
	empty.Resize(fyne.NewSize(118, cellHeight))
	empty.CreateRenderer().Layout(empty.Size())
	if empty.bg.Shadow.Color != nil || empty.bg.Position().X != 0 || empty.bg.Size().Width != 118 {
		t.Errorf("cell without a bar: shadow %+v, background at %v size %v", empty.bg.Shadow, empty.bg.Position(), empty.bg.Size())
	}
}

// TestCellsNoItalic: a cell with a wish and a vacated shift, a proposal
// cell and the whole week screen show no italic text: every
// text style costs Fyne a parsed font of its own (about 3.5 MB of heap,
// make measure).
func TestCellsNoItalic(t *testing.T) {
	ws, _ := newTestScreen(t)
	cell := weekview.WeekCell{
		Shifts: []weekview.CellShift{{Code: "V", Known: true, Sick: true}},
		Wishes: []roster.Wish{{Kind: roster.WishCannot}},
	}
	bg, bar, lines := cellContent(&cell)
	c := newCellView(false)
	c.set(bg, bar, false, lines...)
	if len(c.texts()) != 2 {
		t.Fatalf("cell shows %q, want the vacancy and the wish", c.texts())
	}
	n := 0
	check := func(o fyne.CanvasObject) {
		if tx, ok := o.(*canvas.Text); ok && tx.Text != "" {
			n++
			if tx.TextStyle.Italic {
				t.Errorf("italic text %q", tx.Text)
			}
		}
	}
	for _, l := range c.lines {
		check(l)
	}
	ws.fill.proposal = map[cellKey]string{{idAnna, monday + 3}: ws.ed.House().ShiftTypes[0].Code}
	p := newCellView(false)
	ws.grid.updateCell(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 3}, p)
	if len(p.texts()) == 0 {
		t.Fatal("the proposal cell is empty")
	}
	for _, l := range p.lines {
		check(l)
	}
	walk(ws.win.Canvas().Content(), check)
	if n < 20 {
		t.Fatalf("only %d texts seen: the walk missed the screen", n)
	}
}
