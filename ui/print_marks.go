package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/fridge"
)

// markChanges marks on the print what changed since the last print of the
// week ("gewijzigd sinds vorige afdruk"), when the store remembers it.
func (p *printPreview) markChanges() {
	ls, ok := p.ed.store.(roster.LocalStore)
	if !ok {
		return
	}
	prev, err := fridge.LastPrinted(ls, p.week.Monday)
	if err != nil {
		fyne.LogError("vorige afdruk / last print", err)
		return
	}
	p.week.MarkChanges(prev)
}

// printed remembers that the week was printed (opened or saved as PDF), so
// the next print marks what changes after now.
func (p *printPreview) printed() {
	ls, ok := p.ed.store.(roster.LocalStore)
	if !ok {
		return
	}
	if err := fridge.SavePrinted(ls, p.week, time.Now()); err != nil {
		fyne.LogError("afdruk onthouden / remember print", err)
	}
}
