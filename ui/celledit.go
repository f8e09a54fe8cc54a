package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// Tapped remembers where the grid was tapped, so the cell menu opens there.
func (g *gridTable) Tapped(e *fyne.PointEvent) {
	g.tapPos, g.tapValid = e.AbsolutePosition, true
	g.Table.Tapped(e)
	g.tapValid = false
}

// menuPos returns where the cell menu of id opens: at the tap, or under the
// cell when opened from the keyboard.
func (g *gridTable) menuPos(id widget.TableCellID) fyne.Position {
	if g.tapValid {
		return g.tapPos
	}
	base := fyne.CurrentApp().Driver().AbsolutePositionForObject(g)
	geo := g.ws.geom
	return base.AddXY(geo.dayX(id.Col)+8, headerHeight+geo.pad+float32(id.Row)*(geo.row+geo.pad)+geo.row/2)
}

// openCellMenu opens the menu of a day cell: shift types, add a shift,
// custom times, absences, copy, paste and clear. On the hours column it
// shows the member's hours over the balance period.
func (ws *WeekScreen) openCellMenu(id widget.TableCellID) {
	if v := ws.ed.View(); id.Col == colHours && id.Row >= 0 && id.Row < len(v.Rows) {
		ws.hours.show(v.Rows[id.Row].Member)
		return
	}
	m, d, ok := ws.grid.cellAt(id)
	if !ok || ws.wishes.tap(m, d) { // "Mijn wensen": a tap on the own row sets a wish
		return
	}
	ws.grid.anchor = nil
	ws.grid.clearSelection()
	parts := ws.cellMenuParts(m, d)
	parts.middle = append(ws.fill.menuItems(m, d), parts.middle...) // a proposed cell first offers accept/reject (fill_proposal.go)
	ws.popUp.show(m, d, parts, ws.grid.menuPos(id))
}

// cellMenuParts returns the items of the cell menu for member on d, grouped
// as the pop-up shows them (cellmenu.go).
func (ws *WeekScreen) cellMenuParts(member int, d roster.Date) cellMenuParts {
	h := ws.ed.House()
	if h.Plan.StateOn(d) == roster.PeriodFixed {
		return ws.fixedCellMenuParts(member, d)
	}
	var shifts, adds []*fyne.MenuItem
	for _, st := range h.ShiftTypes {
		code := st.Code
		label := fmt.Sprintf("%s  %s  %s–%s", st.Code, st.Name, st.Start, st.End)
		shifts = append(shifts, fyne.NewMenuItem(label, func() { ws.cells.assign(member, d, code, false) }))
		adds = append(adds, fyne.NewMenuItem(label, func() { ws.cells.assign(member, d, code, true) }))
	}
	add := fyne.NewMenuItem(lang.X("cell.add", "Add a shift"), nil)
	add.ChildMenu = fyne.NewMenu("", adds...)
	custom := fyne.NewMenuItem(lang.X("cell.custom", "Custom times…"), func() { ws.cells.showCustomTimes(member, d) })
	var abs []*fyne.MenuItem
	for _, k := range roster.AbsenceKinds {
		kind := k
		abs = append(abs, fyne.NewMenuItem(absenceLabel(k), func() { ws.do(ws.ed.AbsentEdit(member, d, kind)) }))
	}
	absent := fyne.NewMenuItem(lang.X("cell.absent", "Absent"), nil)
	absent.ChildMenu = fyne.NewMenu("", abs...)
	middle := []*fyne.MenuItem{add, custom, absent, fyne.NewMenuItemSeparator()}
	middle = append(middle, ws.wishes.menuItems(member, d)...) // wish (wishes.go)
	middle = append(middle, ws.swap.menuItems(member, d)...)   // swap, give (swap.go)
	if ws.CellMenuExtra != nil {
		if extra := ws.CellMenuExtra(member, d); len(extra) > 0 {
			middle = append(middle, fyne.NewMenuItemSeparator())
			middle = append(middle, extra...)
		}
	}
	middle = append(middle, ws.sick.menuItems(member, d)...) // report sick, who can cover, recovered (sick.go)
	return cellMenuParts{shifts: shifts, middle: middle, edit: ws.cellMenuEditItems(member, d)}
}

// moveCursor puts the grid cursor on member's cell on d.
func (g *gridTable) moveCursor(member int, d roster.Date) {
	g.anchor = nil
	v := g.ws.ed.View()
	for r, row := range v.Rows {
		if row.Member == member && v.Week.Contains(d) {
			g.setCursor(widget.TableCellID{Row: r, Col: int(d - v.Week.From)})
		}
	}
}

// cellEdits are the edits of one cell from its menu or the keyboard while
// the menu is open: a shift, an added shift, custom times.
type cellEdits struct {
	screenDeps
}

// assign puts member on shift code on d (added to the cell with add).
func (ce *cellEdits) assign(member int, d roster.Date, code string, add bool) {
	ed, err := ce.ed.AssignEdit(member, d, code, add)
	if err != nil {
		ce.showError(err)
		return
	}
	ce.do(ed)
}

// showCustomTimes asks for a shift type and custom times.
func (ce *cellEdits) showCustomTimes(member int, d roster.Date) {
	h := ce.ed.House()
	if len(h.ShiftTypes) == 0 {
		return
	}
	var codes []string
	for _, st := range h.ShiftTypes {
		codes = append(codes, st.Code)
	}
	sel := widget.NewSelect(codes, nil)
	start, end := newEntry(), newEntry()
	start.SetPlaceHolder("07:00")
	end.SetPlaceHolder("15:00")
	sel.OnChanged = func(code string) {
		if st := h.ShiftType(code); st != nil {
			start.SetText(st.Start.String())
			end.SetText(st.End.String())
		}
	}
	first := codes[0]
	if as := h.Plan.CellAssignments(member, d); len(as) > 0 {
		first = as[0].Shift
	}
	sel.SetSelected(first)
	validClock := func(s string) error {
		_, err := roster.ParseClock(s)
		if err != nil {
			return fmt.Errorf("%s", pickLang(err.Error(), ce.lang))
		}
		return nil
	}
	start.Validator, end.Validator = validClock, validClock
	add := widget.NewCheck(lang.X("cell.custom.add", "Add to what the cell holds"), nil)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("cell.custom.shift", "Shift"), sel),
		widget.NewFormItem(lang.X("cell.custom.start", "Start"), start),
		widget.NewFormItem(lang.X("cell.custom.end", "End"), end),
		widget.NewFormItem("", add),
	}
	title := fmt.Sprintf("%s · %s", ce.ed.memberName(member), dayLabel(d, ce.lang))
	dialog.ShowForm(title, lang.X("Save", "Save"), lang.X("Cancel", "Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		s, err1 := roster.ParseClock(start.Text)
		e, err2 := roster.ParseClock(end.Text)
		if err1 != nil || err2 != nil {
			return
		}
		ed, err := ce.ed.CustomEdit(member, d, sel.Selected, s, e, add.Checked)
		if err != nil {
			ce.showError(err)
			return
		}
		ce.do(ed)
	}, ce.win)
}

// showDayCover lists the stretches of day i of the strip.
func (s *coverStrip) showDayCover(i int) {
	v := s.ws.ed.View()
	lines := s.coverSummary(&v.Cover[i])
	box := container.NewVBox()
	for _, l := range lines {
		box.Add(widget.NewLabel(l))
	}
	dialog.ShowCustom(dayLabel(v.Days[i], s.ws.lang), lang.X("OK", "OK"), box, s.ws.win)
}
