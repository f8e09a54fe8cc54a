package ui

// This file holds the open shifts panel: what the coverage profile still
// needs in the visible week (roster.OpenShifts), each with "Ik neem hem".
// Taking one checks with the engine first (roster.TakeOpenShift): a refusal
// lists its reasons, warnings ask for confirmation.

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// OpenShifts returns the open shifts of the visible week.
func (ws *WeekScreen) OpenShifts() []roster.OpenShift {
	return roster.OpenShifts(ws.ed.House(), roster.Week(ws.ed.Week()))
}

// TakeOpenShift gives open shift os to the current user after the engine's
// check (force skips the confirmation of warnings). It reports whether the
// shift was taken now; onDone runs after it was taken.
func (ws *WeekScreen) TakeOpenShift(os roster.OpenShift, force bool, onDone func()) bool {
	me, ok := ws.whoID()
	if !ok {
		ws.showError(fmt.Errorf("%q staat niet in het team / %q is not in the team", ws.ed.Who(), ws.ed.Who()))
		return false
	}
	ed, warns, err := roster.TakeOpenShift(ws.ed.House(), os, me)
	return ws.applyChecked(ed, warns, err, force, onDone)
}

// openShiftText formats an open shift as "di 24 nov · L Laat 15:00–23:00 ·
// nacht".
func (ws *WeekScreen) openShiftText(o roster.OpenShift) string {
	name := ""
	if st := ws.ed.House().ShiftType(o.Shift); st != nil && st.Name != "" {
		name = " " + st.Name
	}
	s := fmt.Sprintf("%s · %s%s %s–%s", ws.dayLabel(o.Date), o.Shift, name, o.Start, o.End)
	if o.Night {
		s += " · " + lang.X("open.night", "night")
	}
	return s
}

// openShiftsBox builds the list of open shifts; take is called with the
// index of the tapped "Ik neem hem".
func (ws *WeekScreen) openShiftsBox(list []roster.OpenShift, take func(int)) fyne.CanvasObject {
	if len(list) == 0 {
		return widget.NewLabel(lang.X("open.none", "No open shifts this week: the coverage profile is met."))
	}
	box := container.NewVBox()
	for i, o := range list {
		i := i
		btn := widget.NewButton(lang.X("open.take", "I'll take it"), func() { take(i) })
		btn.Importance = widget.HighImportance
		// The padding keeps the button clear of the scroll bar.
		gap := canvas.NewRectangle(color.Transparent)
		gap.SetMinSize(fyne.NewSize(10, 0))
		box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(btn, gap), widget.NewLabel(ws.openShiftText(o))))
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
		holder.Objects = []fyne.CanvasObject{ws.openShiftsBox(list, func(i int) {
			ws.TakeOpenShift(list[i], false, fill)
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
