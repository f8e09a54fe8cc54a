package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// weekActions are the actions on whole weeks of the week screen: copy the
// previous week, fix or unlock the visible week, and make or apply the base
// roster.
type weekActions struct {
	screenDeps
}

// menuItems returns the week menu's actions: copy the previous week and
// the base roster.
func (a *weekActions) menuItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.X("week.copyprev", "Copy previous week"), a.showCopyPrevWeek),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.X("base.apply", "Apply base roster…"), a.showApplyBase),
		fyne.NewMenuItem(lang.X("base.set", "Make base roster from these weeks…"), a.showSetBase),
	}
}

// CopyPrevWeek copies the previous week onto the visible one.
func (a *weekActions) CopyPrevWeek(overwrite bool) bool {
	ed := a.ed.CopyPrevWeekEdit(overwrite)
	if ed.Empty() {
		a.setStatus(lang.X("week.copyprev.nothing", "Nothing to copy: the cells are filled or last week is empty."))
		return false
	}
	return a.do(ed)
}

// showCopyPrevWeek asks before copying the previous week.
func (a *weekActions) showCopyPrevWeek() {
	over := widget.NewCheck(lang.X("week.copy.overwrite", "Overwrite cells that are already filled"), nil)
	msg := widget.NewLabel(fmt.Sprintf(lang.X("week.copyprev.ask", "Copy the shifts of week %s onto week %s?"),
		weekName(a.ed.Week()-7, a.lng()), weekName(a.ed.Week(), a.lng())))
	dialog.ShowCustomConfirm(lang.X("week.copyprev", "Copy previous week"), lang.X("week.copy.do", "Copy"),
		lang.X("Cancel", "Cancel"), container.NewVBox(msg, over), func(ok bool) {
			if ok {
				a.CopyPrevWeek(over.Checked)
			}
		}, a.win)
}

// toggleFixed fixes a draft week or unlocks a fixed one.
func (a *weekActions) toggleFixed() {
	if a.ed.WeekState() == roster.PeriodFixed {
		dialog.ShowConfirm(lang.X("week.unlock", "Unlock"),
			fmt.Sprintf(lang.X("week.unlock.ask", "Unlock week %s? It becomes a draft that everyone can change."), weekName(a.ed.Week(), a.lng())),
			func(ok bool) {
				if ok {
					a.UnlockWeek()
				}
			}, a.win)
		return
	}
	var errs []string
	for _, f := range a.ed.Findings() {
		if f.Severity == rules.SevError {
			errs = append(errs, "• "+findingText(f, roster.LangOf(a.lang)))
		}
	}
	if len(errs) == 0 {
		a.FixWeek()
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
				a.FixWeek()
			}
		}, a.win)
}

// FixWeek fixes the visible week (without asking).
func (a *weekActions) FixWeek() bool { return a.do(a.ed.FixWeekEdit()) }

// UnlockWeek makes the visible week a draft again (without asking).
func (a *weekActions) UnlockWeek() bool { return a.do(a.ed.UnlockWeekEdit()) }

// showSetBase makes the next N weeks from the visible one the base roster.
func (a *weekActions) showSetBase() {
	weeks := widget.NewSelect([]string{"1", "2", "3", "4", "5", "6", "8"}, nil)
	weeks.SetSelected("4")
	msg := widget.NewLabel(fmt.Sprintf(lang.X("base.set.ask", "The shifts of the weeks from week %s on become the base roster: a pattern that repeats."), weekName(a.ed.Week(), a.lng())))
	msg.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(msg, widget.NewForm(widget.NewFormItem(lang.X("base.weeks", "Weeks in the pattern"), weeks)))
	dialog.ShowCustomConfirm(lang.X("base.set", "Make base roster from these weeks…"), lang.X("Save", "Save"), lang.X("Cancel", "Cancel"),
		content, func(ok bool) {
			if !ok {
				return
			}
			n, _ := strconv.Atoi(weeks.Selected)
			ed, err := a.ed.SetBaseRosterEdit(n)
			if err != nil {
				a.showError(err)
				return
			}
			a.do(ed)
		}, a.win)
}

// showApplyBase applies the base roster to a number of weeks.
func (a *weekActions) showApplyBase() {
	b := a.ed.House().Settings.BaseRoster
	if b == nil {
		dialog.ShowInformation(lang.X("base.apply", "Apply base roster…"),
			lang.X("base.none", "There is no base roster yet. Plan a few weeks and choose \"Make base roster from these weeks\"."), a.win)
		return
	}
	weeks := widget.NewSelect([]string{"1", "2", "4", "6", "8", "12", "26"}, nil)
	weeks.SetSelected("4")
	over := widget.NewCheck(lang.X("week.copy.overwrite", "Overwrite cells that are already filled"), nil)
	msg := widget.NewLabel(fmt.Sprintf(lang.X("base.apply.ask", "Put the base roster (%d weeks, from week %s) on the weeks from week %s on."),
		b.Weeks, weekName(b.Start, a.lng()), weekName(a.ed.Week(), a.lng())))
	msg.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(msg, widget.NewForm(widget.NewFormItem(lang.X("base.apply.weeks", "Number of weeks"), weeks)), over)
	dialog.ShowCustomConfirm(lang.X("base.apply", "Apply base roster…"), lang.X("base.apply.do", "Apply"), lang.X("Cancel", "Cancel"),
		content, func(ok bool) {
			if !ok {
				return
			}
			n, _ := strconv.Atoi(weeks.Selected)
			a.ApplyBase(n, over.Checked)
		}, a.win)
}

// ApplyBase puts the base roster on n weeks from the visible one.
func (a *weekActions) ApplyBase(n int, overwrite bool) bool {
	ed, err := a.ed.ApplyBaseRosterEdit(n, overwrite)
	if err != nil {
		a.showError(err)
		return false
	}
	if ed.Empty() {
		a.setStatus(lang.X("base.apply.nothing", "Nothing to do: the cells are filled already."))
		return false
	}
	return a.do(ed)
}
