package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// installEscape makes Escape close the dialog on top of win, whichever
// screen opened it: the canvas gets the key whenever no widget of the dialog
// has the keyboard focus. Closing goes through the dialog's own cancel or
// close button, so its callbacks (cancel, OnClosed clean-up) run as when
// that button is tapped. Installing it again replaces the handler.
func installEscape(win fyne.Window) {
	win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			closeTopDialog(win)
		}
	})
}

// closeTopDialog closes the top overlay of win through its dismiss button
// and reports whether there was one to close.
func closeTopDialog(win fyne.Window) bool { return closeTopOverlay(win.Canvas()) }

// closeTopOverlay closes the top overlay of c through its dismiss button
// and reports whether there was one to close.
func closeTopOverlay(c fyne.Canvas) bool {
	top := c.Overlays().Top()
	if top == nil {
		return false
	}
	if b := dismissButton(top); b != nil {
		b.OnTapped()
		return true
	}
	c.Overlays().Remove(top)
	return true
}

// dismissButton returns the button of a dialog that closes it without
// acting: the one with the cancel icon (forms, confirmations), else the
// last button labelled close, cancel or OK (information dialogs).
func dismissButton(top fyne.CanvasObject) *widget.Button {
	labels := map[string]bool{"OK": true}
	for _, k := range [][2]string{{"OK", "OK"}, {"Cancel", "Cancel"}, {"Close", "Close"},
		{"cover.close", "Close"}, {"print.close", "Close"}} {
		labels[lang.X(k[0], k[1])] = true
	}
	var cancel, last *widget.Button
	cancelIcon := theme.CancelIcon().Name()
	walkObjects(top, func(o fyne.CanvasObject) {
		b, ok := o.(*widget.Button)
		if !ok || b.OnTapped == nil || b.Disabled() {
			return
		}
		if cancel == nil && b.Icon != nil && b.Icon.Name() == cancelIcon {
			cancel = b
		}
		if labels[b.Text] {
			last = b
		}
	})
	if cancel != nil {
		return cancel
	}
	return last
}

// walkObjects calls fn for o and every object inside it, in layout order,
// looking into containers and pop-ups (a dialog's buttons sit in containers
// of its pop-up), not into the parts widgets draw themselves.
func walkObjects(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walkObjects(c, fn)
		}
	case *widget.PopUp:
		if v.Content != nil {
			walkObjects(v.Content, fn)
		}
	}
}
