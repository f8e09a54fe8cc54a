package ui

// This file fills the realisation screen's tabs: roles and budget, per
// member (behind the PIN), sickness over time and ORT.

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/pay"
)

// tableLayout lays out cells row-major in cols columns, each column as wide
// as its widest cell; text in the first column is left-aligned, the others
// right-aligned (set on the texts).
type tableLayout struct{ cols int }

func (t *tableLayout) widths(objs []fyne.CanvasObject) ([]float32, float32) {
	w := make([]float32, t.cols)
	var rowH float32
	for i, o := range objs {
		ms := o.MinSize()
		w[i%t.cols] = max(w[i%t.cols], ms.Width)
		rowH = max(rowH, ms.Height)
	}
	return w, rowH + 4
}

// Layout places the cells.
func (t *tableLayout) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	w, rowH := t.widths(objs)
	const gap = 14
	for i, o := range objs {
		c, r := i%t.cols, i/t.cols
		x := float32(0)
		for j := range c {
			x += w[j] + gap
		}
		o.Move(fyne.NewPos(x, float32(r)*rowH))
		o.Resize(fyne.NewSize(w[c], rowH))
	}
}

// MinSize is the sum of the column widths by the rows' height.
func (t *tableLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w, rowH := t.widths(objs)
	var tw float32
	for _, x := range w {
		tw += x + 14
	}
	rows := (len(objs) + t.cols - 1) / t.cols
	return fyne.NewSize(tw, float32(rows)*rowH)
}

// table returns a table of head and rows; the first textCols columns are
// left-aligned text, the others right-aligned numbers; the last row is bold
// when boldLast is true (a total).
func table(head []string, rows [][]string, textCols int, boldLast bool) fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, (len(rows)+1)*len(head))
	cell := func(s string, col int, bold bool) {
		t := canvasText(s)
		t.TextStyle.Bold = bold
		if col >= textCols {
			t.Alignment = fyne.TextAlignTrailing
		}
		objs = append(objs, t)
	}
	for i, s := range head {
		cell(s, i, true)
	}
	for ri, r := range rows {
		for i, s := range r {
			cell(s, i, boldLast && ri == len(rows)-1)
		}
	}
	return container.NewPadded(container.New(&tableLayout{cols: len(head)}, objs...))
}

// hoursHead is the head of the hours tables after the name column.
func hoursHead() []string {
	return []string{
		lang.X("real.fte", "fte"), lang.X("real.contract", "Contract"), lang.X("real.planned", "Planned"),
		lang.X("real.realised", "Realised"), lang.X("real.leave", "Leave"), lang.X("real.sick", "Sick"),
		lang.X("real.sickpct", "Sick %"), lang.X("real.reserve", "Reserve"), lang.X("real.overwork", "Overwork"),
	}
}

// hoursCells formats the hours of f; hideSick blanks the sickness cells.
func (v *RealisationView) hoursCells(fte float64, f *pay.Figures, hideSick bool) []string {
	sick, pct := v.dec(f.Sick, 1), v.dec(f.SickPct(), 1)
	if hideSick {
		sick, pct = "—", "—"
	}
	realised := v.dec(f.Realised, 1)
	if v.r.NothingRealised() {
		realised = lang.X("real.notyet", "not yet")
	}
	return []string{v.dec(fte, 2), v.dec(f.Contract, 1), v.dec(f.Planned, 1), realised,
		v.dec(f.Leave, 1), sick, pct, v.dec(f.Reserve, 1), v.dec(f.Overwork, 1)}
}

// overviewObjects is the roles-and-budget tab.
func (v *RealisationView) overviewObjects() []fyne.CanvasObject {
	r := v.r
	head := append([]string{lang.X("real.role", "Role"), lang.X("real.members", "Members"), lang.X("real.budgetfte", "Budget fte")}, hoursHead()...)
	var rows [][]string
	var groups []chartGroup
	hidden := false
	for i := range r.Roles {
		x := &r.Roles[i]
		hide := !r.SicknessShown(x)
		hidden = hidden || hide
		rows = append(rows, append([]string{roleName(x.Role), strconv.Itoa(x.Members), v.dec(x.BudgetFTE, 2)}, v.hoursCells(x.FTE, &x.Figures, hide)...))
		groups = append(groups, chartGroup{roleName(x.Role), []float64{x.Contract, x.Planned, x.Realised}})
	}
	rows = append(rows, append([]string{lang.X("real.team", "Team"), strconv.Itoa(r.Team.Members), v.dec(r.Team.BudgetFTE, 2)}, v.hoursCells(r.Team.FTE, &r.Team.Figures, !r.SicknessShown(&r.Team))...))
	objs := []fyne.CanvasObject{
		heading(lang.X("real.perrole", "Hours per role")),
		v.realisedNote(),
		table(head, rows, 1, true),
	}
	if hidden {
		objs = append(objs, note(fmt.Sprintf(lang.X("real.hiddensick", "Sickness of roles with fewer than %d members shows only after the teamleider's PIN: it would be one person's health data."), roster.MinGroupSize)))
	}
	objs = append(objs,
		note(fmt.Sprintf(lang.X("real.sicknorm", "Team sickness %s%% (budget %s%%). Reserve = contract minus planned; overwork = planned beyond the contract per roster period (cao art. 6.4.5)."),
			v.dec(r.Team.SickPct(), 1), v.dec(r.SickNorm, 1))),
		newBarChart(hoursSeries(), groups, func(x float64) string { return v.dec(x, 0) }),
		heading(lang.X("real.costs", "Personnel cost against the budget (pro rata for the period)")),
	)
	var crows [][]string
	for _, c := range r.Costs {
		name := c.NL
		if v.lng == roster.English {
			name = c.EN
		}
		if r.AmountsShown() {
			crows = append(crows, []string{name, v.euro(c.Budget), v.euro(c.Realised), v.euro(c.Realised - c.Budget)})
		} else {
			crows = append(crows, []string{name, v.euro(c.Budget), "—", "—"})
		}
	}
	objs = append(objs, table([]string{lang.X("real.costline", "Line"), lang.X("real.budget", "Budget"),
		lang.X("real.realised", "Realised"), lang.X("real.diff", "Difference")}, crows, 1, true))
	if !r.AmountsShown() {
		objs = append(objs, note(lang.X("real.amountslocked", "Realised amounts come from the wages per member: they show only after the teamleider's PIN.")))
	}
	if r.Budget != nil && r.AmountsShown() {
		objs = append(objs, note(fmt.Sprintf(lang.X("real.ortpct", "ORT is %s%% of the gross salaries (budget %s%%); the budget (gross salaries %s a year) is for %d children."),
			v.dec(r.ORTPctOfGross(), 1), v.dec(r.Budget.ORTPct, 0), v.euro(r.Budget.GrossSalaries), r.Budget.Children)))
	}
	return objs
}

// memberObjects is the per-member tab: locked, or the members' figures.
func (v *RealisationView) memberObjects() []fyne.CanvasObject {
	if v.r.Locked {
		msg := lang.X("real.locked", "Sickness and salary figures per member are personal data: they show only after the teamleider's PIN.")
		btn := widget.NewButtonWithIcon(lang.X("real.unlock", "Teamleider…"), theme.AccountIcon(), v.toggleLock)
		return []fyne.CanvasObject{container.NewBorder(nil, nil, widget.NewIcon(theme.VisibilityOffIcon()), nil, note(msg)), container.NewHBox(btn)}
	}
	r := v.r
	head := append([]string{lang.X("real.name", "Name"), lang.X("real.role", "Role")}, hoursHead()...)
	head = append(head, lang.X("real.nights", "Nights"), lang.X("real.weekends", "Weekends"), lang.X("real.holidays", "Holidays"),
		lang.X("real.ortamount", "ORT €"), lang.X("real.wage", "Wage/h"))
	var rows [][]string
	var groups []chartGroup
	for i := range r.Members {
		m := &r.Members[i]
		row := append([]string{m.Name, roleName(m.Role)}, v.hoursCells(m.FTE, &m.Figures, false)...)
		row = append(row, strconv.Itoa(m.Nights), strconv.Itoa(m.Weekends), strconv.Itoa(m.Holidays), v.euro(m.ORTAmount), v.dec(m.Wage, 2))
		rows = append(rows, row)
		groups = append(groups, chartGroup{m.Name, []float64{m.Contract, m.Planned, m.Realised}})
	}
	var payBtn fyne.CanvasObject = layout.NewSpacer()
	if v.opt.Do != nil {
		payBtn = widget.NewButtonWithIcon(lang.X("real.pay.title", "Pay data"), theme.DocumentCreateIcon(), v.showPay)
	}
	return []fyne.CanvasObject{
		container.NewHBox(heading(lang.X("real.permember", "Hours per member")), payBtn),
		table(head, rows, 2, false),
		note(lang.X("real.fairness", "Nights, weekends and holidays count worked shifts: to keep the rotation fair, not to police anyone.")),
		newBarChart(hoursSeries(), groups, func(x float64) string { return v.dec(x, 0) }),
	}
}

// sicknessObjects is the sickness-over-time tab (team totals per week).
func (v *RealisationView) sicknessObjects() []fyne.CanvasObject {
	r := v.r
	if !r.SicknessShown(&r.Team) {
		return []fyne.CanvasObject{note(fmt.Sprintf(lang.X("real.hiddensick", "Sickness of roles with fewer than %d members shows only after the teamleider's PIN: it would be one person's health data."), roster.MinGroupSize))}
	}
	labels := make([]string, len(r.SickSeries))
	values := make([]float64, len(r.SickSeries))
	for i, p := range r.SickSeries {
		_, wk := p.Week.From.ISOWeek()
		labels[i] = "W" + strconv.Itoa(wk)
		values[i] = p.Pct()
	}
	chart := newColumnChart(labels, values, r.SickNorm,
		fmt.Sprintf(lang.X("real.norm", "norm %s%%"), v.dec(r.SickNorm, 1)), func(x float64) string { return v.dec(x, 1) + "%" })
	return []fyne.CanvasObject{
		heading(fmt.Sprintf(lang.X("real.sickweeks", "Team sickness per week: %s%% over the period"), v.dec(r.Team.SickPct(), 1))),
		container.NewGridWrap(fyne.NewSize(max(640, float32(len(values))*22), 260), chart),
		note(lang.X("real.sicknote", "Sick hours (sick reports and sick absences) as a share of the team's contract hours. Only the team total: sickness per member shows under ‘Per member’ after the PIN.")),
	}
}

// ortObjects is the ORT tab: hours per band per role (and member when
// unlocked) and the amounts.
func (v *RealisationView) ortObjects() []fyne.CanvasObject {
	r := v.r
	head := []string{lang.X("real.role", "Role")}
	for _, p := range r.Percents {
		head = append(head, roster.FormatUpTo(p, -1, v.lng)+"%")
	}
	head = append(head, lang.X("real.ortweighted", "ORT hours paid"), lang.X("real.sleep", "Sleep hours"), lang.X("real.ortamount", "ORT €"))
	row := func(name string, f *pay.Figures, amount bool) []string {
		out := []string{name}
		for _, x := range f.ORT {
			out = append(out, v.dec(x, 1))
		}
		a := "—"
		if amount {
			a = v.euro(f.ORTAmount)
		}
		return append(out, v.dec(f.ORTWeighted, 1), v.dec(f.Sleep, 1), a)
	}
	var rows [][]string
	for i := range r.Roles {
		x := &r.Roles[i]
		rows = append(rows, row(roleName(x.Role), &x.Figures, r.AmountsShown()))
	}
	rows = append(rows, row(lang.X("real.team", "Team"), &r.Team.Figures, r.AmountsShown()))
	var tablesBtn fyne.CanvasObject = layout.NewSpacer()
	if v.unlocked && v.opt.Do != nil {
		tablesBtn = widget.NewButtonWithIcon(lang.X("real.tables", "ORT table and budget"), theme.DocumentCreateIcon(), v.showTables)
	}
	objs := []fyne.CanvasObject{
		container.NewHBox(heading(lang.X("real.ortrole", "ORT hours per band (cao art. 8.1)")), tablesBtn),
		table(head, rows, 1, true),
	}
	if !r.Locked {
		var mrows [][]string
		for i := range r.Members {
			mrows = append(mrows, row(r.Members[i].Name, &r.Members[i].Figures, true))
		}
		mhead := append([]string{lang.X("real.name", "Name")}, head[1:]...)
		objs = append(objs, heading(lang.X("real.ortmember", "ORT per member")), table(mhead, mrows, 1, false))
	}
	pay := v.house().Settings.PayOrDefault()
	objs = append(objs, note(fmt.Sprintf(lang.X("real.ortnote", "Public holidays count as Sunday (not Goede Vrijdag); no ORT on sleep-shift hours; the unpaid break comes off the lowest band first. ORT is computed on at most %s an hour (scale 5 step 11) and only up to scale %d."),
		"€ "+v.dec(pay.ORTCapWage, 2), max(pay.ORTMaxScale, 1))))
	return objs
}

// realisedNote says up to which day hours count as realised when the window
// is not over yet; nothing when it is.
func (v *RealisationView) realisedNote() fyne.CanvasObject {
	switch {
	case v.r.NothingRealised():
		return note(lang.X("real.future", "This period is still to come: nothing is realised yet."))
	case v.r.PartlyRealised():
		return note(fmt.Sprintf(lang.X("real.partly", "Realised up to and including %s; later days are still to come."), dateText(v.r.RealisedTo, v.lng)))
	}
	return layout.NewSpacer()
}
