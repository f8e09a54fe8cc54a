package ui

// This file holds the open shifts panel: what the coverage profile still
// needs in the visible week (team.OpenShifts), each with "Ik neem hem".
// Taking one checks with the engine first (team.TakeOpenShift): a refusal
// lists its reasons, warnings ask for confirmation.

import (
	"fmt"
	"image/color"
	"strings"

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

// OpenShifts returns the open shifts of the visible week.
func (ws *WeekScreen) OpenShifts() []team.OpenShift {
	return team.OpenShifts(ws.ed.House(), roster.Week(ws.ed.Week()))
}

// TakeOpenShift gives open shift os to the current user after the engine's
// check (force skips the confirmation of warnings). It reports whether the
// shift was taken now; onDone runs after it was taken.
func (ws *WeekScreen) TakeOpenShift(os team.OpenShift, force bool, onDone func()) bool {
	me, ok := ws.ed.whoID()
	if !ok {
		ws.showError(fmt.Errorf("%q staat niet in het team / %q is not in the team", ws.ed.Who(), ws.ed.Who()))
		return false
	}
	ed, warns, err := team.TakeOpenShift(ws.ed.House(), os, me)
	return ws.applyChecked(ed, warns, err, force, onDone)
}

// openShiftText formats an open shift as "di 24 nov · L Laat 15:00–23:00 ·
// nacht".
func (ws *WeekScreen) openShiftText(o team.OpenShift) string {
	name := ""
	if st := ws.ed.House().ShiftType(o.Shift); st != nil && st.Name != "" {
		name = " " + st.Name
	}
	s := fmt.Sprintf("%s · %s%s %s–%s", dayLabel(o.Date, ws.lang), o.Shift, name, o.Start, o.End)
	if o.Night {
		s += " · " + lang.X("open.night", "night")
	}
	return s
}

// TakeOpenShiftWithConsent gives open shift os to the current user who
// agreed to work beyond the contract (team.TakeOpenShiftWithConsent).
func (ws *WeekScreen) TakeOpenShiftWithConsent(os team.OpenShift, onDone func()) bool {
	me, ok := ws.ed.whoID()
	if !ok {
		return false
	}
	ed, warns, err := team.TakeOpenShiftWithConsent(ws.ed.House(), os, me)
	return ws.applyChecked(ed, warns, err, false, onDone)
}

// openShiftsBox builds the list of open shifts with what the engine says
// for the current user (checks, nil when the user is not in the team):
// "Ik neem hem" is active only for a shift they can take; below a shift
// they cannot take stands why not, and "Met instemming" when only the
// contract limit stands in the way. take and consent are called with the
// index of the tapped shift.
func (ws *WeekScreen) openShiftsBox(list []team.OpenShift, checks []team.OpenShiftCheck, take, consent func(int)) fyne.CanvasObject {
	if len(list) == 0 {
		return widget.NewLabel(lang.X("open.none", "No open shifts this week: the coverage profile is met."))
	}
	me, _ := ws.ed.whoID()
	box := container.NewVBox()
	for i, o := range list {
		i := i
		btn := widget.NewButton(lang.X("open.take", "I'll take it"), func() { take(i) })
		btn.Importance = widget.HighImportance
		var text fyne.CanvasObject = widget.NewLabel(ws.openShiftText(o))
		if checks != nil && !checks[i].Can {
			c := checks[i]
			btn.Disable()
			why := make([]string, len(c.Reasons))
			for j, f := range c.Reasons {
				why[j] = rules.PlainReason(ws.ed.House(), f, me, ws.lang == "en")
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

// ShowOpenShifts shows the open shifts of the visible week in a dialog.
func (ws *WeekScreen) ShowOpenShifts() {
	holder := container.NewStack()
	scroll := container.NewVScroll(holder)
	scroll.SetMinSize(fyne.NewSize(660, 420))
	var fill func()
	fill = func() {
		list := ws.OpenShifts()
		var checks []team.OpenShiftCheck
		if me, ok := ws.ed.whoID(); ok {
			checks = team.CheckOpenShifts(ws.ed.House(), list, me)
		}
		holder.Objects = []fyne.CanvasObject{ws.openShiftsBox(list, checks, func(i int) {
			ws.TakeOpenShift(list[i], false, fill)
		}, func(i int) {
			q := fmt.Sprintf(lang.X("open.consent.ask", "Do you agree to work more than your contract allows for %s?"), ws.openShiftText(list[i]))
			dialog.ShowConfirm(lang.X("cover.consent", "With consent (more than the contract allows)"), q, func(ok bool) {
				if ok {
					ws.TakeOpenShiftWithConsent(list[i], fill)
				}
			}, ws.win)
		})}
		holder.Refresh()
	}
	fill()
	head := widget.NewLabel(fmt.Sprintf(lang.X("open.head", "What the coverage profile still needs in week %s. Take one for %s:"),
		ws.ed.Week().WeekLabel(), ws.ed.Who()))
	head.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.X("open.title", "Open shifts"), lang.X("Close", "Close"),
		container.NewBorder(head, nil, nil, nil, scroll), ws.win)
	d.Resize(fyne.NewSize(720, 580))
	d.Show()
}
