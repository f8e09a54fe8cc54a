package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// pressEscape delivers Escape as the window does when no widget of the
// open dialog has the keyboard focus.
func pressEscape(t *testing.T, win fyne.Window) {
	t.Helper()
	on := win.Canvas().OnTypedKey()
	if on == nil {
		t.Fatal("the window does not listen for Escape")
	}
	on(&fyne.KeyEvent{Name: fyne.KeyEscape})
}

// Issue 19, bug 9: Escape closes every kind of dialog (a form, a confirm, an
// information dialog, a panel with its own buttons) and runs its cancel
// path: the wish form saves nothing.
func TestSnagEscapeClosesDialogs(t *testing.T) {
	ws, _ := newTestScreen(t)
	ws.SetWeek(monday)
	open := map[string]func(){
		"wish form":   func() { ws.wishes.showDialog(idAnna, monday) },
		"go to date":  ws.showGotoDate,
		"hours":       func() { ws.hours.show(idAnna) },
		"fairness":    func() { ws.ShowFairness() },
		"open shifts": ws.openShifts.Show,
		"sick report": func() { ws.sick.ShowReport(idAnna, monday) },
		"audit log":   ws.auditLog.show,
	}
	for name, fn := range open {
		fn()
		if ws.win.Canvas().Overlays().Top() == nil {
			t.Fatalf("%s: no dialog opened", name)
		}
		pressEscape(t, ws.win)
		if top := ws.win.Canvas().Overlays().Top(); top != nil {
			t.Errorf("%s: still open after Escape:\n%s", name, overlayText(ws))
			ws.win.Canvas().Overlays().Remove(top)
		}
	}
	if n := len(ws.ed.House().Plan.Wishes); n != 0 {
		t.Errorf("Escape on the wish form saved %d wishes", n)
	}
}
