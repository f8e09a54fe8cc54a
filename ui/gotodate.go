package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// showGotoDate asks for a date or an ISO week.
func (ws *WeekScreen) showGotoDate() {
	e := newEntry() // Escape closes the dialog (escape_entry.go)
	e.SetPlaceHolder(lang.X("week.goto.hint", "2026-11-23 or 2026-W48"))
	e.Validator = func(s string) error {
		_, err := parseGoto(s)
		if err != nil {
			return fmt.Errorf("%s", pickLang(err.Error(), ws.lang))
		}
		return nil
	}
	var dlg dialog.Dialog
	cal := widget.NewCalendar(ws.ed.Week().Start(), func(t time.Time) {
		dlg.Hide()
		ws.SetWeek(roster.DateOf(t))
	})
	form := widget.NewForm(widget.NewFormItem(lang.X("week.goto.label", "Date or week"), e))
	dlg = dialog.NewCustomConfirm(lang.X("week.goto", "Go to date…"), lang.X("week.goto.do", "Go"), lang.X("Cancel", "Cancel"),
		container.NewVBox(form, cal), func(ok bool) {
			if !ok {
				return
			}
			if d, err := parseGoto(e.Text); err == nil {
				ws.SetWeek(d)
			}
		}, ws.win)
	dlg.Show()
	ws.win.Canvas().Focus(e)
}

// parseGoto parses "2026-11-23", "2026-W48", "23-11-2026" or a week number
// of this year ("48").
func parseGoto(s string) (roster.Date, error) {
	s = strings.TrimSpace(s)
	if strings.Contains(strings.ToUpper(s), "W") {
		return roster.ParseISOWeek(s)
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= 53 {
		y, _ := roster.Today().ISOWeek()
		return roster.ParseISOWeek(fmt.Sprintf("%d-W%02d", y, n))
	}
	return roster.ParseDateEntry(s, 0)
}
