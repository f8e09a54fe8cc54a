package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The cell menu of the demo house (eleven shift types, every action) stays
// inside a 1366×768 window wherever the cell is, with the copy, paste and
// clear buttons in view (week 50: the demo's first week that is not fixed;
// a fixed week offers less, see TestSnagFixedWeekCellMenu).
func TestCellMenuFitsTheWindow(t *testing.T) {
	ws, _ := newDemoScreen(t)
	ws.SetWeek(gapWeek)
	cs := ws.win.Canvas().Size()
	v := ws.ed.View()
	for _, r := range []int{0, len(v.Rows) / 2, len(v.Rows) - 1} {
		for _, col := range []int{0, 6} {
			ws.openCellMenu(widget.TableCellID{Row: r, Col: col})
			if ws.popUp.pop == nil || !ws.popUp.pop.Visible() {
				t.Fatalf("row %d col %d: no menu", r, col)
			}
			p, s := ws.popUp.pop.Position(), ws.popUp.pop.Size()
			if p.X < 0 || p.Y < 0 || p.X+s.Width > cs.Width+0.5 || p.Y+s.Height > cs.Height+0.5 {
				t.Errorf("row %d col %d: menu at %v size %v runs off the %v window", r, col, p, s, cs)
			}
			if s.Height > 600 {
				t.Errorf("row %d col %d: menu %v px high", r, col, s.Height)
			}
			menuItem(t, ws, "Leegmaken")
			menuItem(t, ws, "Ziek melden")
			ws.popUp.pop.Hide()
		}
	}
}

// Escape closes the cell menu; a shift's letter closes it and puts that
// shift in the cell.
func TestCellMenuKeys(t *testing.T) {
	ws, _ := newTestScreen(t)
	tapCell(t, ws, idBram, 1)
	if ws.popUp.pop == nil || !ws.popUp.pop.Visible() {
		t.Fatal("no menu")
	}
	c := ws.win.Canvas()
	c.Focused().(fyne.Focusable).TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ws.popUp.pop.Visible() {
		t.Fatal("Escape left the menu open")
	}
	tapCell(t, ws, idBram, 1)
	c.Focused().(fyne.Focusable).TypedRune('l')
	if ws.popUp.pop.Visible() {
		t.Error("a letter left the menu open")
	}
	if got := codes(ws.ed.House(), idBram, monday+1); got != "L" {
		t.Errorf("Bram on Tuesday = %q, want L", got)
	}
}
