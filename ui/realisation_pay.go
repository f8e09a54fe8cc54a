package ui

// This file is the teamleider's pay-data dialog of the realisation screen:
// the default hourly wage, the ORT cap (scale 5 step 11) and the highest
// scale with ORT, and per member the scale, step and own hourly wage. It is
// reachable only when the screen is unlocked. The ORT table and the budget
// lines are house data too; they are edited in the house file (huisrooster
// export / import).

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// parseNumber reads a number with a decimal comma or point; "" is 0.
func parseNumber(s string) (float64, error) {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "€"))
	if s == "" {
		return 0, nil
	}
	x, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil || !(x >= 0) || math.IsInf(x, 0) { // NaN fails x >= 0
		return 0, fmt.Errorf(lang.X("real.badnumber", "%q is not a number of 0 or more"), s)
	}
	return x, nil
}

// payForm holds the entries of the pay dialog.
type payForm struct {
	wage, capWage, maxScale *widget.Entry
	members                 []int
	scale, step, own        []*widget.Entry
}

// newPayForm fills the entries from h.
func (v *RealisationView) newPayForm(h *roster.House) *payForm {
	pay := h.Settings.PayOrDefault()
	entry := func(s string) *widget.Entry {
		e := widget.NewEntry()
		e.SetText(s)
		return e
	}
	num := func(x float64) string {
		if x == 0 {
			return ""
		}
		return v.dec(x, 2)
	}
	intText := func(x int) string {
		if x == 0 {
			return ""
		}
		return strconv.Itoa(x)
	}
	f := &payForm{wage: entry(num(pay.DefaultHourlyWage)), capWage: entry(num(pay.ORTCapWage)), maxScale: entry(intText(pay.ORTMaxScale))}
	for _, m := range h.Members {
		s := roster.Salary{}
		if m.Salary != nil {
			s = *m.Salary
		}
		f.members = append(f.members, m.ID)
		f.scale = append(f.scale, entry(intText(s.Scale)))
		f.step = append(f.step, entry(intText(s.Step)))
		f.own = append(f.own, entry(num(s.HourlyWage)))
	}
	return f
}

// edit reads the form into a pay edit of h, sealed under key
// (roster.SealPay); en picks the language of a validation message.
func (f *payForm) edit(h *roster.House, key *roster.PayKey, lng roster.Lang, o roster.PINOptions) (roster.Edit, error) {
	pay := *h.Settings.PayOrDefault()
	var err error
	if pay.DefaultHourlyWage, err = parseNumber(f.wage.Text); err != nil {
		return roster.Edit{}, err
	}
	if pay.ORTCapWage, err = parseNumber(f.capWage.Text); err != nil {
		return roster.Edit{}, err
	}
	ms, err := parseNumber(f.maxScale.Text)
	if err != nil {
		return roster.Edit{}, err
	}
	pay.ORTMaxScale = int(ms)
	salaries := map[int]*roster.Salary{}
	for i, id := range f.members {
		sc, err1 := parseNumber(f.scale[i].Text)
		st, err2 := parseNumber(f.step[i].Text)
		w, err3 := parseNumber(f.own[i].Text)
		if err := errors.Join(err1, err2, err3); err != nil {
			return roster.Edit{}, err
		}
		var s *roster.Salary
		if sc != 0 || st != 0 || w != 0 {
			s = &roster.Salary{Scale: int(sc), Step: int(st), HourlyWage: w}
		}
		salaries[id] = s
	}
	// Check the result on a copy that carries the salaries in clear: only
	// problems of the pay data count here.
	after := *h
	after.Members = append([]roster.Member(nil), h.Members...)
	after.Plan = roster.Plan{}
	after.Settings.Pay = &pay
	for i := range after.Members {
		after.Members[i].Salary = salaries[after.Members[i].ID]
	}
	for _, p := range roster.Validate(&after) {
		if strings.Contains(p.Field, "pay") || strings.Contains(p.Field, "salary") {
			if lng == roster.English {
				return roster.Edit{}, errors.New(p.Field + ": " + p.EN)
			}
			return roster.Edit{}, errors.New(p.Field + ": " + p.NL)
		}
	}
	return roster.SealPay(h, key, &pay, salaries, o)
}

// content lays the form out: the house's values, then a grid per member.
func (f *payForm) content(h *roster.House) fyne.CanvasObject {
	top := widget.NewForm(
		widget.NewFormItem(lang.X("real.pay.default", "Default hourly wage (€)"), f.wage),
		widget.NewFormItem(lang.X("real.pay.cap", "ORT cap: hourly wage scale 5 step 11 (€)"), f.capWage),
		widget.NewFormItem(lang.X("real.pay.maxscale", "Highest scale with ORT"), f.maxScale),
	)
	grid := container.NewGridWithColumns(4,
		widget.NewLabel(lang.X("real.name", "Name")), widget.NewLabel(lang.X("real.pay.scale", "Scale")),
		widget.NewLabel(lang.X("real.pay.step", "Step")), widget.NewLabel(lang.X("real.pay.own", "Own hourly wage (€)")))
	for i, id := range f.members {
		grid.Add(widget.NewLabel(h.Member(id).Name))
		grid.Add(f.scale[i])
		grid.Add(f.step[i])
		grid.Add(f.own[i])
	}
	src := ""
	if p := h.Settings.PayOrDefault(); p.ORTCapSource != "" {
		src = p.ORTCapSource
	}
	return container.NewBorder(container.NewVBox(top, note(src), note(lang.X("real.pay.note",
		"A member's own hourly wage comes first; else the house default. The scale decides whether ORT applies."))), nil, nil, nil,
		container.NewVScroll(grid))
}

// showPay opens the pay dialog (unlocked only).
func (v *RealisationView) showPay() {
	if !v.unlocked || v.opt.Window == nil || v.opt.Do == nil {
		return
	}
	h := v.house()
	f := v.newPayForm(roster.OpenedOrLocked(h, v.key))
	v.showEditDialog(lang.X("real.pay.title", "Pay data"), f.content(h),
		func() (roster.Edit, error) { return f.edit(h, v.key, v.lng, v.pinOptions()) }, fyne.NewSize(760, 600))
}

// showEditDialog shows content in a Save/Cancel dialog; Save builds the edit,
// applies it through the editor (saved, logged, undoable) and refreshes the
// view; an error is shown and nothing is applied.
func (v *RealisationView) showEditDialog(title string, content fyne.CanvasObject, edit func() (roster.Edit, error), size fyne.Size) {
	d := dialog.NewCustomConfirm(title, lang.X("Save", "Save"), lang.X("Cancel", "Cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		e, err := edit()
		if err == nil {
			err = v.opt.Do(e)
		}
		if err != nil {
			v.showError(err)
			return
		}
		v.Refresh()
	}, v.opt.Window)
	d.Resize(size)
	d.Show()
}
