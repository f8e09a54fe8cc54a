package ui

import (
	"fyne.io/fyne/v2"

	"github.com/huisrooster/huisrooster/roster"
)

// screenDeps is what a feature of the week screen (vul aan, periods, wishes,
// swaps, sick reports, …) may use of the screen: the editor it edits, the
// window its dialogs open on, the language of its texts, and the screen's
// ways to perform an edit, report and redraw. NewWeekScreen gives every
// feature one; a feature reaches neither into WeekScreen's fields nor into
// another feature's.
type screenDeps struct {
	ed   *Editor
	win  fyne.Window
	lang string // "nl" or "en"

	// do performs an edit as the user's: saved, undoable, checked and
	// shown; an error is shown to the user and false returned.
	do func(roster.Edit) bool
	// tryDo is do that leaves showing the error to the caller.
	tryDo func(roster.Edit) error
	// showError shows an error in the user's language.
	showError func(error)
	// setStatus shows a line in the status bar.
	setStatus func(string)
	// redraw redraws the grid and the coverage strip (after something
	// drawn on them, not in the roster, changed).
	redraw func()
}

// en reports whether the feature speaks English.
func (d screenDeps) en() bool { return d.lang == "en" }

// lng is the screen's language.
func (d screenDeps) lng() roster.Lang { return roster.LangOf(d.lang) }

// deps returns what the screen gives its features.
func (ws *WeekScreen) deps() screenDeps {
	return screenDeps{
		ed: ws.ed, win: ws.win, lang: ws.lang,
		do:        ws.do,
		tryDo:     ws.tryDo,
		showError: ws.showError,
		setStatus: ws.setStatus,
		redraw: func() {
			ws.grid.Refresh()
			ws.strip.Refresh()
		},
	}
}
