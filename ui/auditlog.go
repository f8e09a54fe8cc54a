package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// AppWho is the name under which the app itself saves a house it made (the
// demo house, a new house of the wizard); the log shows it in words.
const AppWho = "huisrooster"

// auditLimit is how many records the log dialog shows.
const auditLimit = 200

// auditLog is the log dialog of the week screen: who changed what, newest
// first, as the store's audit log holds it.
type auditLog struct {
	screenDeps
}

// lines returns the newest audit records as lines (LogLines).
func (al *auditLog) lines() ([]string, error) {
	recs, err := al.ed.store.Log(auditLimit)
	if err != nil {
		return nil, err
	}
	return LogLines(recs, roster.LangOf(al.lang)), nil
}

// LogLines formats audit records as the app's log dialog shows them: when,
// who, what. A record about sickness or pay shows who and when only
// (roster.DiscloseRecord): the log dialog has no PIN.
func LogLines(recs []roster.AuditRecord, lng roster.Lang) []string {
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		r = roster.DiscloseRecord(r, false)
		t := r.When.In(roster.Amsterdam)
		what := roster.PlainWeeks(lng.Pick(r.NL, r.EN), lng)
		who := r.Who
		switch who {
		case "":
			who = "?"
		case AppWho:
			who = lang.X("log.app", "Huisrooster itself")
		}
		out = append(out, fmt.Sprintf("%s %s · %s · %s", roster.DayLabel(roster.DateOf(t), lng), t.Format("15:04"), who, what))
	}
	return out
}

// show shows who changed what, newest first.
func (al *auditLog) show() {
	lines, err := al.lines()
	if err != nil {
		al.showError(err)
		return
	}
	var content fyne.CanvasObject
	if len(lines) == 0 {
		content = widget.NewLabel(lang.X("log.empty", "Nothing has been changed yet."))
	} else {
		list := widget.NewList(func() int { return len(lines) },
			func() fyne.CanvasObject {
				l := widget.NewLabel("")
				l.Truncation = fyne.TextTruncateEllipsis
				return l
			},
			func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[id]) })
		content = list
	}
	d := dialog.NewCustom(lang.X("log.title", "Log: who changed what"), lang.X("OK", "OK"),
		container.NewBorder(widget.NewLabel(lang.X("log.sub", "Every change is kept, with the name of who made it.")), nil, nil, nil, content), al.win)
	d.Resize(fyne.NewSize(760, 480))
	d.Show()
}
