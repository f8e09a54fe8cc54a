package ui

// This file is the teamleider's dialog for the house data behind the
// realisation that changes with the cao or the municipality's budget: the
// ORT table (cao art. 8.1) and the concept's budget for the house's number
// of children. It is reachable only when the screen is unlocked; the edit is
// saved through the store with an audit record, like every edit.

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// ortRow is one band of the ORT table in the dialog.
type ortRow struct {
	days       [3]*widget.Check // weekday, Saturday, Sunday/holiday
	start, end *widget.Entry
	pct        *widget.Entry
}

// tableForm holds the entries of the ORT-and-budget dialog.
type tableForm struct {
	v    *RealisationView
	rows []*ortRow
	box  *fyne.Container
	// budget fields, in budgetFields order
	budget []*widget.Entry
}

// budgetFields are the editable budget lines: a label key, fallback and a
// pointer into a CostBudget.
func budgetFields(b *roster.CostBudget) []struct {
	key, fallback string
	val           *float64
} {
	return []struct {
		key, fallback string
		val           *float64
	}{
		{"real.b.gross", "Gross salaries per year (€)", &b.GrossSalaries},
		{"real.b.ort", "ORT (% of gross)", &b.ORTPct},
		{"real.b.sick", "Sickness (%)", &b.SickPct},
		{"real.b.holiday", "Holiday pay (%)", &b.HolidayPayPct},
		{"real.b.yearend", "Year-end bonus (%)", &b.YearEndPct},
		{"real.b.employer", "Employer charges (%)", &b.EmployerPct},
		{"real.b.total", "Total per year (€)", &b.Total},
	}
}

// newTableForm fills the dialog from h.
func (v *RealisationView) newTableForm(h *roster.House) *tableForm {
	f := &tableForm{v: v, box: container.NewVBox()}
	for _, b := range h.Settings.ORT {
		f.addRow(b)
	}
	b := roster.CostBudget{Children: h.Children}
	if x := h.Settings.PayOrDefault().BudgetFor(h.Children); x != nil && x.Children == h.Children {
		b = *x
	}
	for _, fld := range budgetFields(&b) {
		e := widget.NewEntry()
		e.SetText(v.dec(*fld.val, 2))
		f.budget = append(f.budget, e)
	}
	return f
}

// addRow adds a band to the form.
func (f *tableForm) addRow(b roster.ORTBand) {
	r := &ortRow{start: widget.NewEntry(), end: widget.NewEntry(), pct: widget.NewEntry()}
	for i, dt := range roster.DayTypes {
		r.days[i] = widget.NewCheck(lang.X("real.ort.day."+string(dt), string(dt)), nil)
		for _, x := range b.Days {
			if x == dt {
				r.days[i].SetChecked(true)
			}
		}
	}
	r.start.SetText(b.Start.String())
	r.end.SetText(b.End.String())
	r.pct.SetText(f.v.dec(b.Percent, 1))
	f.rows = append(f.rows, r)
	var line *fyne.Container
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	line = container.NewHBox(r.days[0], r.days[1], r.days[2], sized(r.start, 80), widget.NewLabel("–"), sized(r.end, 80), sized(r.pct, 70), widget.NewLabel("%"), del)
	del.OnTapped = func() {
		for i, x := range f.rows {
			if x == r {
				f.rows = append(f.rows[:i], f.rows[i+1:]...)
			}
		}
		f.box.Remove(line)
	}
	f.box.Add(line)
}

// edit reads the form into a settings edit of h; en picks the language of a
// validation message.
func (f *tableForm) edit(h *roster.House, lng roster.Lang) (roster.Edit, error) {
	var bands []roster.ORTBand
	for _, r := range f.rows {
		var b roster.ORTBand
		for i, c := range r.days {
			if c.Checked {
				b.Days = append(b.Days, roster.DayTypes[i])
			}
		}
		var err1, err2, err3 error
		b.Start, err1 = roster.ParseClock(r.start.Text)
		b.End, err2 = roster.ParseClock(r.end.Text)
		b.Percent, err3 = parseNumber(r.pct.Text)
		if err := errors.Join(err1, err2, err3); err != nil {
			return roster.Edit{}, err
		}
		bands = append(bands, b)
	}
	pay := *h.Settings.PayOrDefault()
	pay.Budgets = append([]roster.CostBudget(nil), pay.Budgets...)
	i := -1
	for j := range pay.Budgets {
		if pay.Budgets[j].Children == h.Children {
			i = j
		}
	}
	if i < 0 {
		pay.Budgets = append(pay.Budgets, roster.CostBudget{Children: h.Children})
		i = len(pay.Budgets) - 1
	}
	for k, fld := range budgetFields(&pay.Budgets[i]) {
		x, err := parseNumber(f.budget[k].Text)
		if err != nil {
			return roster.Edit{}, err
		}
		*fld.val = x
	}
	before := roster.SettingsOf(h)
	after := before
	after.Settings.ORT = bands
	after.Settings.Pay = &pay
	check := *h
	check.Settings = after.Settings
	for _, p := range roster.Validate(&check) {
		if strings.HasPrefix(p.Field, "settings.ort") || strings.HasPrefix(p.Field, "settings.pay") {
			if lng == roster.English {
				return roster.Edit{}, errors.New(p.Field + ": " + p.EN)
			}
			return roster.Edit{}, errors.New(p.Field + ": " + p.NL)
		}
	}
	return roster.Edit{NL: "ORT-tabel en begroting bijgewerkt", EN: "ORT table and budget updated",
		Settings: &roster.SettingsEdit{Before: before, After: after}}, nil
}

// content lays the dialog out.
func (f *tableForm) content(h *roster.House) fyne.CanvasObject {
	add := widget.NewButtonWithIcon(lang.X("real.ort.add", "Band"), theme.ContentAddIcon(), func() {
		f.addRow(roster.ORTBand{Days: []roster.DayType{roster.DayWeekday}, Start: roster.NewClock(19, 0), End: roster.NewClock(22, 0)})
	})
	items := []*widget.FormItem{}
	for k, fld := range budgetFields(&roster.CostBudget{}) {
		items = append(items, widget.NewFormItem(lang.X(fld.key, fld.fallback), f.budget[k]))
	}
	return container.NewVScroll(container.NewVBox(
		heading(lang.X("real.ort.title", "ORT table (cao art. 8.1)")),
		note(lang.X("real.ort.note", "Per band: the days, from–to (24:00 for midnight; a band past midnight is two bands) and the percentage. The highest band counts where bands overlap.")),
		f.box, container.NewHBox(add),
		heading(fmt.Sprintf(lang.X("real.b.title", "Budget for %d children"), h.Children)),
		widget.NewForm(items...),
	))
}

// showTables opens the ORT-and-budget dialog (unlocked only).
func (v *RealisationView) showTables() {
	if !v.unlocked || v.opt.Window == nil || v.opt.Do == nil {
		return
	}
	h := v.house()
	f := v.newTableForm(h)
	v.showEditDialog(lang.X("real.tables", "ORT table and budget"), f.content(h),
		func() (roster.Edit, error) { return f.edit(h, v.lng) }, fyne.NewSize(760, 620))
}
