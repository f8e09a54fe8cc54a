package ui

// This file holds the shared handling of an edit the engine checked first
// (a swap, a gift, taking an open shift): a refusal (*team.RefusedError)
// lists every finding it would break; warnings ask for confirmation;
// otherwise the edit is done as one undoable step through the editor.

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// findingLines lists findings as "• message" lines (at most 12 and a tail).
func (d screenDeps) findingLines(fs []rules.Finding) string {
	var lines []string
	for i, f := range fs {
		if i == 12 {
			lines = append(lines, fmt.Sprintf(lang.X("week.fix.more", "… and %d more"), len(fs)-12))
			break
		}
		lines = append(lines, "• "+capitalFirst(rules.NamedMessage(d.ed.House(), f, roster.LangOf(d.lang))))
	}
	return strings.Join(lines, "\n")
}

// scrollText returns a wrapped label in a scroll of at least w × h.
func scrollText(s string, w, h float32) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	sc := container.NewVScroll(l)
	sc.SetMinSize(fyne.NewSize(w, h))
	return sc
}

// applyChecked does an edit the engine checked: err (a refusal lists its
// findings) is shown and false returned; warnings are shown with a
// confirmation unless force is set (then the edit is done when confirmed,
// and false returned now); otherwise the edit is done. onDone runs after
// the edit was done (also after a confirmation).
func (d screenDeps) applyChecked(ed roster.Edit, warns []rules.Finding, err error, force bool, onDone func()) bool {
	var ref *team.RefusedError
	if errors.As(err, &ref) {
		msg := ref.NL
		if d.en() {
			msg = ref.EN
		}
		head := widget.NewLabel(msg + ":")
		head.TextStyle.Bold = true
		head.Wrapping = fyne.TextWrapWord
		dialog.ShowCustom(lang.X("check.refused", "Not possible"), lang.X("OK", "OK"),
			container.NewBorder(head, nil, nil, nil, scrollText(d.findingLines(ref.Findings), 560, 180)), d.win)
		d.setStatus(msg)
		return false
	}
	if err != nil {
		d.showError(err)
		return false
	}
	done := func() bool {
		if !d.do(ed) {
			return false
		}
		if onDone != nil {
			onDone()
		}
		return true
	}
	if len(warns) == 0 || force {
		return done()
	}
	head := widget.NewLabel(fmt.Sprintf(lang.X("check.warnings", "%s: this gives warnings. Do it anyway?"), editText(ed, roster.LangOf(d.lang))))
	head.TextStyle.Bold = true
	head.Wrapping = fyne.TextWrapWord
	dialog.ShowCustomConfirm(lang.X("check.confirm", "Check"), lang.X("check.anyway", "Do it anyway"), lang.X("Cancel", "Cancel"),
		container.NewBorder(head, nil, nil, nil, scrollText(d.findingLines(warns), 560, 160)), func(ok bool) {
			if ok {
				done()
			}
		}, d.win)
	return false
}
