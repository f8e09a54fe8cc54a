package ui

// This file holds the fairness view ("Eerlijke verdeling"): per member the
// nights, weekends, holidays and late shifts against their contract share,
// and the share of their wishes the plan honours, for the planning period of
// the visible week or for its year (team.FairnessPeriod, FairnessYear).
// It is for insight, not for policing: a count well above the share is
// marked, nothing is refused.

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// fairCols is the number of columns of the fairness table.
const fairCols = 7

// fairCountText formats a column as "3 (2,4)": the count and the share;
// "3 (–)" when the member cannot do that kind of shift.
func fairCountText(c team.FairCount, l roster.Lang) string {
	if !c.Eligible {
		return fmt.Sprintf("%d (–)", c.Count)
	}
	return fmt.Sprintf("%d (%s)", c.Count, roster.FormatFixed(c.Expected, 1, l))
}

// honouredText formats the wishes honoured as "80 % (4 van 5)"; "–"
// without wishes.
func honouredText(w team.WishCount, l roster.Lang) string {
	if w.Wishes == 0 {
		return "–"
	}
	return fmt.Sprintf(lang.X("fair.honoured", "%s %% (%d of %d)"), roster.FormatFixed(w.Pct(), 1, l), w.Honoured, w.Wishes)
}

// FairnessCells returns the table's text: a header row, the team total and
// one row per member (the first two rows stay in view while scrolling).
func FairnessCells(t team.FairnessTable, l roster.Lang) [][]string {
	rows := [][]string{{
		lang.X("fair.member", "Member"), lang.X("fair.contract", "Contract hours"),
		lang.X("fair.nights", "Nights"), lang.X("fair.weekends", "Weekend shifts"),
		lang.X("fair.holidays", "Holidays"), lang.X("fair.lates", "Late shifts"),
		lang.X("fair.wishes", "Wishes honoured"),
	}}
	row := func(r team.FairnessRow) []string {
		return []string{r.Name, roster.FormatFixed(r.Contract, 1, l),
			fairCountText(r.Nights, l), fairCountText(r.Weekends, l),
			fairCountText(r.Holidays, l), fairCountText(r.Lates, l),
			honouredText(r.WishCount, l)}
	}
	tot := t.Totals
	tot.Name = lang.X("fair.team", "Team")
	// The team's share is the sum of the members' shares.
	tot.Nights.Eligible, tot.Weekends.Eligible, tot.Holidays.Eligible, tot.Lates.Eligible = true, true, true, true
	rows = append(rows, row(tot))
	for _, r := range t.Rows {
		rows = append(rows, row(r))
	}
	return rows
}

// fairHigh reports whether column col (2–5) of row r is well above the
// share: at least 1.5 more than expected.
func fairHigh(r team.FairnessRow, col int) bool {
	cs := []team.FairCount{r.Nights, r.Weekends, r.Holidays, r.Lates}
	if col < 2 || col > 5 {
		return false
	}
	c := cs[col-2]
	return c.Eligible && c.Diff() >= 1.5
}

// FairnessView is the fairness table with its period/year choice.
type FairnessView struct {
	ws      screenDeps           // the week screen's editor, window and language
	period  func() roster.Window // the visible week's planning period
	choice  *widget.RadioGroup
	caption *widget.Label
	table   *widget.Table
	data    team.FairnessTable
	cells   [][]string
	content fyne.CanvasObject
}

// newFairnessView builds the view for the visible week's period.
func newFairnessView(ws screenDeps, period func() roster.Window) *FairnessView {
	v := &FairnessView{ws: ws, period: period}
	y, _, _ := ws.ed.Week().YMD()
	per := fmt.Sprintf(lang.X("period.label", "Period %s"), weekSpan(period()))
	year := fmt.Sprintf(lang.X("fair.year", "Year %d"), y)
	v.choice = widget.NewRadioGroup([]string{per, year}, func(s string) { v.Show(s == year) })
	v.choice.Horizontal = true
	v.caption = widget.NewLabel("")
	v.caption.Truncation = fyne.TextTruncateEllipsis
	v.table = widget.NewTable(
		func() (int, int) { return len(v.cells), fairCols },
		func() fyne.CanvasObject {
			// A padded text, not a Label: 14 rows fit the dialog at 1366 × 768.
			return container.NewPadded(canvas.NewText("", theme.Color(theme.ColorNameForeground)))
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*fyne.Container).Objects[0].(*canvas.Text)
			l.TextStyle.Bold = id.Row < 2
			l.Color = theme.Color(theme.ColorNameForeground)
			if r := id.Row - 2; r >= 0 && r < len(v.data.Rows) && fairHigh(v.data.Rows[r], id.Col) {
				l.Color = theme.Color(theme.ColorNameWarning)
				l.TextStyle.Bold = true
			}
			l.Alignment = fyne.TextAlignTrailing
			if id.Col == 0 {
				l.Alignment = fyne.TextAlignLeading
			}
			l.Text = v.cells[id.Row][id.Col]
			l.Refresh()
		})
	v.table.StickyRowCount = 2 // the header and the team
	widths := []float32{190, 130, 120, 150, 120, 130, 200}
	for i, w := range widths {
		v.table.SetColumnWidth(i, w)
	}
	legend := widget.NewLabel(lang.X("fair.legend", "Count (share by contract hours). Late: ends after 21:00. Orange: well above the share. For insight, not for policing."))
	legend.Wrapping = fyne.TextWrapWord
	v.content = container.NewBorder(container.NewBorder(nil, nil, v.choice, nil, v.caption), legend, nil, nil, v.table)
	v.choice.SetSelected(per)
	return v
}

// Show fills the table for the year of the visible week (year) or its
// planning period.
func (v *FairnessView) Show(year bool) {
	h := v.ws.ed.House()
	if year {
		y, _, _ := v.ws.ed.Week().YMD()
		v.data = team.FairnessYear(h, y)
	} else {
		v.data = team.Fairness(h, v.period())
	}
	v.cells = FairnessCells(v.data, roster.LangOf(v.ws.lang))
	w := v.data.Window
	v.caption.SetText(fmt.Sprintf(lang.X("fair.window", "%s to %s; shifts worked (sick reports not), by start date."),
		dayLabel(w.From, v.ws.lang), dayLabel(w.To, v.ws.lang)))
	v.table.Refresh()
}

// ShowFairness shows the fairness view in a dialog.
func (ws *WeekScreen) ShowFairness() *FairnessView {
	v := newFairnessView(ws.deps(), ws.periods.Period)
	d := dialog.NewCustom(lang.X("fair.title", "Fair distribution"), lang.X("Close", "Close"), v.content, ws.win)
	d.Resize(fyne.NewSize(1120, 660))
	d.Show()
	return v
}

// withRounds adds the items of the self-rostering rounds to the week menu
// m of the main menu: my wishes, open shifts, the fair distribution and the
// period's transitions. It returns m.
func (ws *WeekScreen) withRounds(m *fyne.Menu) *fyne.Menu {
	m.Items = append(m.Items, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.X("wish.mode.toggle", "My wishes on/off"), ws.wishes.toggle),
		fyne.NewMenuItem(lang.X("open.menu", "Open shifts…"), ws.openShifts.Show),
		fyne.NewMenuItem(lang.X("fair.menu", "Fair distribution…"), func() { ws.ShowFairness() }),
		fyne.NewMenuItemSeparator())
	m.Items = append(m.Items, ws.periods.menuItems()...)
	return m
}
