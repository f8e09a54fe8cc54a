package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// weekMenuItems returns the week actions: copy the previous week, the base
// roster and go to a date.
func (ws *WeekScreen) weekMenuItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.X("week.copyprev", "Copy previous week"), ws.showCopyPrevWeek),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.X("base.apply", "Apply base roster…"), ws.showApplyBase),
		fyne.NewMenuItem(lang.X("base.set", "Make base roster from these weeks…"), ws.showSetBase),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.X("week.goto", "Go to date…"), ws.showGotoDate),
	}
}

// CopyPrevWeek copies the previous week onto the visible one.
func (ws *WeekScreen) CopyPrevWeek(overwrite bool) bool {
	ed := ws.ed.CopyPrevWeekEdit(overwrite)
	if ed.Empty() {
		ws.setStatus(lang.X("week.copyprev.nothing", "Nothing to copy: the cells are filled or last week is empty."))
		return false
	}
	return ws.do(ed)
}

func (ws *WeekScreen) showCopyPrevWeek() {
	over := widget.NewCheck(lang.X("week.copy.overwrite", "Overwrite cells that are already filled"), nil)
	msg := widget.NewLabel(fmt.Sprintf(lang.X("week.copyprev.ask", "Copy the shifts of week %s onto week %s?"),
		(ws.ed.Week() - 7).WeekLabel(), ws.ed.Week().WeekLabel()))
	dialog.ShowCustomConfirm(lang.X("week.copyprev", "Copy previous week"), lang.X("week.copy.do", "Copy"),
		lang.X("Cancel", "Cancel"), container.NewVBox(msg, over), func(ok bool) {
			if ok {
				ws.CopyPrevWeek(over.Checked)
			}
		}, ws.win)
}

// toggleFixed fixes a draft week or unlocks a fixed one.
func (ws *WeekScreen) toggleFixed() {
	if ws.ed.WeekState() == roster.PeriodFixed {
		dialog.ShowConfirm(lang.X("week.unlock", "Unlock"),
			fmt.Sprintf(lang.X("week.unlock.ask", "Unlock week %s? It becomes a draft that everyone can change."), ws.ed.Week().WeekLabel()),
			func(ok bool) {
				if ok {
					ws.UnlockWeek()
				}
			}, ws.win)
		return
	}
	var errs []string
	for _, f := range ws.ed.Findings() {
		if f.Severity == rules.SevError {
			errs = append(errs, "• "+findingText(f, ws.lang))
		}
	}
	if len(errs) == 0 {
		ws.FixWeek()
		return
	}
	if len(errs) > 12 {
		errs = append(errs[:12], fmt.Sprintf(lang.X("week.fix.more", "… and %d more"), len(errs)-12))
	}
	text := widget.NewLabel(strings.Join(errs, "\n"))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(520, 220))
	head := widget.NewLabel(lang.X("week.fix.errors", "This week still has errors. Fix it anyway?"))
	head.TextStyle.Bold = true
	dialog.ShowCustomConfirm(lang.X("week.fix", "Fix week"), lang.X("week.fix.anyway", "Fix anyway"), lang.X("Cancel", "Cancel"),
		container.NewBorder(head, nil, nil, nil, scroll), func(ok bool) {
			if ok {
				ws.FixWeek()
			}
		}, ws.win)
}

// FixWeek fixes the visible week (without asking).
func (ws *WeekScreen) FixWeek() bool { return ws.do(ws.ed.FixWeekEdit()) }

// UnlockWeek makes the visible week a draft again (without asking).
func (ws *WeekScreen) UnlockWeek() bool { return ws.do(ws.ed.UnlockWeekEdit()) }

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

// showSetBase makes the next N weeks from the visible one the base roster.
func (ws *WeekScreen) showSetBase() {
	weeks := widget.NewSelect([]string{"1", "2", "3", "4", "5", "6", "8"}, nil)
	weeks.SetSelected("4")
	msg := widget.NewLabel(fmt.Sprintf(lang.X("base.set.ask", "The shifts of the weeks from %s on become the base roster: a pattern that repeats."), ws.ed.Week().WeekLabel()))
	msg.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(msg, widget.NewForm(widget.NewFormItem(lang.X("base.weeks", "Weeks in the pattern"), weeks)))
	dialog.ShowCustomConfirm(lang.X("base.set", "Make base roster from these weeks…"), lang.X("Save", "Save"), lang.X("Cancel", "Cancel"),
		content, func(ok bool) {
			if !ok {
				return
			}
			n, _ := strconv.Atoi(weeks.Selected)
			ed, err := ws.ed.SetBaseRosterEdit(n)
			if err != nil {
				ws.showError(err)
				return
			}
			ws.do(ed)
		}, ws.win)
}

// showApplyBase applies the base roster to a number of weeks.
func (ws *WeekScreen) showApplyBase() {
	b := ws.ed.House().Settings.BaseRoster
	if b == nil {
		dialog.ShowInformation(lang.X("base.apply", "Apply base roster…"),
			lang.X("base.none", "There is no base roster yet. Plan a few weeks and choose \"Make base roster from these weeks\"."), ws.win)
		return
	}
	weeks := widget.NewSelect([]string{"1", "2", "4", "6", "8", "12", "26"}, nil)
	weeks.SetSelected("4")
	over := widget.NewCheck(lang.X("week.copy.overwrite", "Overwrite cells that are already filled"), nil)
	msg := widget.NewLabel(fmt.Sprintf(lang.X("base.apply.ask", "Put the base roster (%d weeks, from %s) on the weeks from %s on."),
		b.Weeks, b.Start.WeekLabel(), ws.ed.Week().WeekLabel()))
	msg.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(msg, widget.NewForm(widget.NewFormItem(lang.X("base.apply.weeks", "Number of weeks"), weeks)), over)
	dialog.ShowCustomConfirm(lang.X("base.apply", "Apply base roster…"), lang.X("base.apply.do", "Apply"), lang.X("Cancel", "Cancel"),
		content, func(ok bool) {
			if !ok {
				return
			}
			n, _ := strconv.Atoi(weeks.Selected)
			ws.ApplyBase(n, over.Checked)
		}, ws.win)
}

// ApplyBase puts the base roster on n weeks from the visible one.
func (ws *WeekScreen) ApplyBase(n int, overwrite bool) bool {
	ed, err := ws.ed.ApplyBaseRosterEdit(n, overwrite)
	if err != nil {
		ws.showError(err)
		return false
	}
	if ed.Empty() {
		ws.setStatus(lang.X("base.apply.nothing", "Nothing to do: the cells are filled already."))
		return false
	}
	return ws.do(ed)
}
