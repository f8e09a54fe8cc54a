package ui

import "fyne.io/fyne/v2"

// Raise brings the app to the front: its window is shown and asks for the
// focus, and a set-up wizard in a window of its own comes on top of it. A
// second start of the app asks for this instead of opening a second window
// (cmd/huisrooster, store.ClaimApp); call it on the app's goroutine
// (fyne.Do). It works on whatever is on screen: the welcome screen, the
// wizard, or a house opened from the command line, as the one used last or
// from the welcome screen.
func (l *Launcher) Raise() {
	for _, w := range []fyne.Window{l.win, l.ownWizard} {
		if w != nil {
			w.Show()
			w.RequestFocus()
		}
	}
}
