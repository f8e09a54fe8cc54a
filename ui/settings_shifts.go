package ui

// This file is the shift types panel: the team's shifts with code, times,
// break, kind and colour (colour picker), with a check that the times make
// sense before a change is saved.

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// maxShiftMinutes is the longest shift the Working Hours Act allows (ATW-SHIFT).
const maxShiftMinutes = 12 * 60

// shiftPanel lists the shift types and opens the shift dialog.
type shiftPanel struct {
	s       *houseSink
	rows    *fyne.Container
	content fyne.CanvasObject
}

// newShiftPanel returns the shift types panel over s.
func newShiftPanel(s *houseSink) *shiftPanel {
	p := &shiftPanel{s: s, rows: container.NewVBox()}
	add := widget.NewButton(lang.X("set.shift.add", "Add shift type…"), func() { p.showShift(nil) })
	p.content = container.NewBorder(container.NewHBox(add), nil, nil, nil, container.NewVScroll(p.rows))
	s.onChange(p.refresh)
	p.refresh()
	return p
}

// refresh rebuilds the rows.
func (p *shiftPanel) refresh() {
	h := p.s.house()
	p.rows.RemoveAll()
	for i := range h.ShiftTypes {
		st := h.ShiftTypes[i]
		sw := canvas.NewRectangle(shiftColour(st.Colour))
		sw.SetMinSize(fyne.NewSize(40, 28))
		sw.CornerRadius = 4
		code := widget.NewLabelWithStyle(st.Code, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		line := fmt.Sprintf("%s · %s–%s · %s", st.Name, st.Start, st.End, kindLabel(st.Kind))
		if st.BreakMin > 0 {
			line += fmt.Sprintf(" · "+lang.X("set.shift.breakline", "%d min break"), st.BreakMin)
		}
		buttons := container.NewHBox(widget.NewButton(lang.X("set.change", "Change…"), func() { p.showShift(p.s.house().ShiftType(st.Code)) }))
		if !shiftUsed(h, st.Code) {
			buttons.Add(widget.NewButton(lang.X("set.remove", "Remove"), func() { p.remove(st.Code) }))
		}
		p.rows.Add(container.NewBorder(nil, nil, container.NewCenter(container.NewStack(sw, code)), container.NewCenter(buttons), widget.NewLabel(line)))
	}
	p.rows.Refresh()
}

// shiftUsed reports whether code is used in the plan or the base roster.
func shiftUsed(h *roster.House, code string) bool {
	for _, a := range h.Plan.Assignments {
		if a.Shift == code {
			return true
		}
	}
	for _, w := range h.Plan.Wishes {
		if w.Shift == code {
			return true
		}
	}
	if br := h.Settings.BaseRoster; br != nil {
		for _, c := range br.Cells {
			if c.Shift == code {
				return true
			}
		}
	}
	return false
}

// shiftForm holds the entries of the shift dialog.
type shiftForm struct {
	base                        *roster.ShiftType
	code, name, start, end, brk *widget.Entry
	kind                        *widget.Select
	colour                      *colourButton
}

// newShiftForm fills the form from base (nil: a new group shift).
func (p *shiftPanel) newShiftForm(base *roster.ShiftType) *shiftForm {
	f := &shiftForm{base: base, code: widget.NewEntry(), name: widget.NewEntry(), start: entryWith("07:00"),
		end: entryWith("15:00"), brk: entryWith("0")}
	labels := make([]string, len(roster.ShiftKinds))
	for i, k := range roster.ShiftKinds {
		labels[i] = kindLabel(k)
	}
	f.kind = widget.NewSelect(labels, nil)
	f.kind.SetSelectedIndex(0)
	colour := "#B0BEC5"
	if base != nil {
		f.code.SetText(base.Code)
		f.code.Disable() // the roster refers to shifts by code
		f.name.SetText(base.Name)
		f.start.SetText(base.Start.String())
		f.end.SetText(base.End.String())
		f.brk.SetText(fmt.Sprint(base.BreakMin))
		f.kind.SetSelectedIndex(max(0, slices.Index(roster.ShiftKinds, base.Kind)))
		colour = base.Colour
	}
	f.colour = newColourButton(p.s.win, colour)
	return f
}

// shiftType reads the form; times that make no sense are refused here
// (roster.Validate adds breaks and sleep-shift lengths).
func (f *shiftForm) shiftType() (roster.ShiftType, error) {
	st := roster.ShiftType{Code: strings.TrimSpace(f.code.Text), Name: strings.TrimSpace(f.name.Text),
		Kind: roster.ShiftKinds[max(0, f.kind.SelectedIndex())], Colour: f.colour.hex}
	var err error
	if st.Start, err = parseClockField(f.start.Text, lang.X("set.f.start", "Start")); err != nil {
		return st, err
	}
	if st.End, err = parseClockField(f.end.Text, lang.X("set.f.end", "End")); err != nil {
		return st, err
	}
	if st.BreakMin, err = parseInt(f.brk.Text, lang.X("set.f.break", "Break (min)")); err != nil {
		return st, err
	}
	if st.Name == "" {
		return st, fmt.Errorf("%s: %s", lang.X("set.f.name", "Name"), lang.X("set.shift.noname", "the shift needs a name"))
	}
	if st.End%1440 == st.Start {
		return st, fmt.Errorf(lang.X("set.shift.same", "%s–%s: start and end are the same time"), st.Start, st.End)
	}
	if m := shiftLen(st.Start, st.End); m > maxShiftMinutes {
		return st, fmt.Errorf(lang.X("set.shift.long", "%s–%s lasts %s h: longer than 12 h (Working Hours Act); a shift ending at or before its start ends the next day"),
			st.Start, st.End, roster.FormatUpTo(float64(m)/60, -1, roster.Dutch))
	}
	return st, nil
}

// shiftLen returns the length of start–end in minutes (the next day when
// end is at or before start).
func shiftLen(start, end roster.Clock) int {
	d := int(end) - int(start)
	if d <= 0 {
		d += 1440
	}
	return d
}

// saveShift checks and applies the form.
func (p *shiftPanel) saveShift(f *shiftForm) error {
	st, err := f.shiftType()
	if err != nil {
		return err
	}
	h := p.s.house()
	idx := len(h.ShiftTypes)
	var before *roster.ShiftType
	if f.base != nil {
		b := *f.base
		before = &b
		idx = slices.IndexFunc(h.ShiftTypes, func(x roster.ShiftType) bool { return x.Code == b.Code })
	} else if h.ShiftType(st.Code) != nil {
		return fmt.Errorf("%s: %s", lang.X("set.f.code", "Code"), fmt.Sprintf(lang.X("set.shift.dup", "%q is already in use"), st.Code))
	}
	e := roster.Edit{NL: "Dienst " + st.Code + " opgeslagen", EN: "Shift type " + st.Code + " saved",
		Shifts: []roster.ShiftTypeEdit{{Before: before, After: &st}}}
	return p.s.apply(e, fmt.Sprintf("shiftTypes[%d].", idx))
}

// showShift opens the shift dialog for st (nil: a new shift type).
func (p *shiftPanel) showShift(st *roster.ShiftType) {
	f := p.newShiftForm(st)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("set.f.code", "Code"), f.code),
		widget.NewFormItem(lang.X("set.f.name", "Name"), f.name),
		widget.NewFormItem(lang.X("set.f.start", "Start"), f.start),
		widget.NewFormItem(lang.X("set.f.end", "End"), f.end),
		widget.NewFormItem(lang.X("set.f.break", "Break (min)"), f.brk),
		widget.NewFormItem(lang.X("set.f.kind", "Kind"), f.kind),
		widget.NewFormItem(lang.X("set.f.colour", "Colour"), f.colour.box),
	}
	title := lang.X("set.shift.add", "Add shift type…")
	if st != nil {
		title = st.Code + " — " + st.Name
	}
	formDialog(p.s.win, title, items, func() error { return p.saveShift(f) })
}

// remove deletes an unused shift type.
func (p *shiftPanel) remove(code string) {
	st := p.s.house().ShiftType(code)
	if st == nil || shiftUsed(p.s.house(), code) {
		return
	}
	b := *st
	_ = p.s.apply(roster.Edit{NL: "Dienst " + code + " verwijderd", EN: "Shift type " + code + " removed",
		Shifts: []roster.ShiftTypeEdit{{Before: &b}}}, "shiftTypes", "plan")
}
