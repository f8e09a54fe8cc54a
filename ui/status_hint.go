package ui

import "fyne.io/fyne/v2/lang"

// statusHint is what the week screen's status bar says when it has nothing
// to report: how to edit the grid. Clearing the status brings it back, so a
// new user never looks at an empty bar after the first message.
func statusHint() string {
	return lang.X("status.hint", "Tap a cell, or type a shift's letter. Arrows move (with Shift: a block), Delete clears, Ctrl+Z undoes.")
}
