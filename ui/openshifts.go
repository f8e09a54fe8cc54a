package ui

// This file holds the open shifts panel: what the coverage profile still
// needs in the visible week (team.OpenShifts), each with "Ik neem hem".
// Taking one checks with the engine first (team.TakeOpenShift): a refusal
// lists its reasons, warnings ask for confirmation.

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// openShiftsFlow is the open shifts dialog: what the coverage profile still
// needs in the visible week, each with "Ik neem hem" for the current user,
// checked by the engine first.
type openShiftsFlow struct {
	screenDeps
}

// List returns the open shifts of the visible week that have not begun.
func (of *openShiftsFlow) List() []team.OpenShift {
	now := time.Now()
	if roster.DateOf(now.In(roster.Amsterdam)) != of.ed.Today() {
		now = of.ed.Today().Time(0) // the editor's own today (tests, a fixed date)
	}
	return team.UpcomingOpenShifts(of.ed.House(), roster.Week(of.ed.Week()), now)
}

// Take gives open shift os to the current user after the engine's
// check (force skips the confirmation of warnings). It reports whether the
// shift was taken now; onDone runs after it was taken.
func (of *openShiftsFlow) Take(os team.OpenShift, force bool, onDone func()) bool {
	me, ok := of.ed.whoID()
	if !ok {
		of.showError(fmt.Errorf("%q staat niet in het team / %q is not in the team", of.ed.Who(), of.ed.Who()))
		return false
	}
	ed, warns, err := team.TakeOpenShift(of.ed.House(), os, me)
	return of.applyChecked(ed, warns, err, force, onDone)
}

// text formats an open shift as "di 24 nov · L Laat 15:00–23:00 ·
// nacht".
func (of *openShiftsFlow) text(o team.OpenShift) string {
	name := ""
	if st := of.ed.House().ShiftType(o.Shift); st != nil && st.Name != "" {
		name = " " + st.Name
	}
	s := fmt.Sprintf("%s · %s%s %s–%s", dayLabel(o.Date, of.lang), o.Shift, name, o.Start, o.End)
	if o.Night {
		s += " · " + lang.X("open.night", "night")
	}
	return s
}

// TakeWithConsent gives open shift os to the current user who
// agreed to work beyond the contract (team.TakeOpenShiftWithConsent).
func (of *openShiftsFlow) TakeWithConsent(os team.OpenShift, onDone func()) bool {
	me, ok := of.ed.whoID()
	if !ok {
		return false
	}
	ed, warns, err := team.TakeOpenShiftWithConsent(of.ed.House(), os, me)
	return of.applyChecked(ed, warns, err, false, onDone)
}

// box builds the list of open shifts with what the engine says
// for the current user (checks, nil when the user is not in the team):
// "Ik neem hem" is active only for a shift they can take; below a shift
// they cannot take stands why not, and "Met instemming" when only the
// contract limit stands in the way. take and consent are called with the
// index of the tapped shift.
func (of *openShiftsFlow) box(list []team.OpenShift, checks []team.OpenShiftCheck, take, consent func(int)) fyne.CanvasObject {
	if len(list) == 0 {
		if of.ed.Week()+6 < of.ed.Today() {
			return widget.NewLabel(lang.X("open.over", "This week is over: there is nothing left to take."))
		}
		return widget.NewLabel(lang.X("open.none", "No open shifts this week: the coverage profile is met."))
	}
	me, _ := of.ed.whoID()
	box := container.NewVBox()
	for i, o := range list {
		i := i
		btn := widget.NewButton(lang.X("open.take", "I'll take it"), func() { take(i) })
		btn.Importance = widget.HighImportance
		var text fyne.CanvasObject = widget.NewLabel(of.text(o))
		if checks != nil && !checks[i].Can {
			c := checks[i]
			btn.Disable()
			why := make([]string, len(c.Reasons))
			for j, f := range c.Reasons {
				why[j] = rules.PlainReason(of.ed.House(), f, me, roster.LangOf(of.lang))
			}
			reason := widget.NewLabel(lang.X("open.cannot", "You cannot take this") + ": " + strings.Join(why, "; "))
			reason.Wrapping = fyne.TextWrapWord
			reason.Importance = widget.DangerImportance
			reason.SizeName = theme.SizeNameCaptionText
			text = container.NewVBox(text, reason)
			if c.Consent {
				btn = widget.NewButtonWithIcon(lang.X("cover.consent.assign", "With consent"), theme.QuestionIcon(), func() { consent(i) })
			}
		}
		// The padding keeps the button clear of the scroll bar.
		gap := canvas.NewRectangle(color.Transparent)
		gap.SetMinSize(fyne.NewSize(10, 0))
		box.Add(container.NewBorder(nil, nil, nil, container.NewVBox(container.NewHBox(btn, gap)), text))
	}
	return box
}

// Show shows the open shifts of the visible week in a dialog.
func (of *openShiftsFlow) Show() {
	holder := container.NewStack()
	scroll := container.NewVScroll(holder)
	scroll.SetMinSize(fyne.NewSize(660, 420))
	var fill func()
	fill = func() {
		list := of.List()
		var checks []team.OpenShiftCheck
		if me, ok := of.ed.whoID(); ok {
			checks = team.CheckOpenShifts(of.ed.House(), list, me)
		}
		holder.Objects = []fyne.CanvasObject{of.box(list, checks, func(i int) {
			of.Take(list[i], false, fill)
		}, func(i int) {
			q := fmt.Sprintf(lang.X("open.consent.ask", "Do you agree to work more than your contract allows for %s?"), of.text(list[i]))
			dialog.ShowConfirm(lang.X("cover.consent", "With consent (more than the contract allows)"), q, func(ok bool) {
				if ok {
					of.TakeWithConsent(list[i], fill)
				}
			}, of.win)
		})}
		holder.Refresh()
	}
	fill()
	head := widget.NewLabel(fmt.Sprintf(lang.X("open.head", "What the coverage profile still needs in %s from today on. Take one for %s:"),
		roster.WeekWords(roster.Week(of.ed.Week()), roster.LangOf(of.lang)), of.ed.Who()))
	head.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.X("open.title", "Open shifts"), lang.X("Close", "Close"),
		container.NewBorder(head, nil, nil, nil, scroll), of.win)
	d.Resize(fyne.NewSize(720, 580))
	d.Show()
}
