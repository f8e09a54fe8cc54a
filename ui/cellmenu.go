package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// shiftTileColumns is how many shift tiles the cell menu puts on one row.
const shiftTileColumns = 3

// cellMenuParts are the items of a cell menu, by where the pop-up shows them:
// shift types as a grid of tiles with copy, paste and clear as a row of
// buttons below them, and the other actions as a menu on the right. Together they
// stay within a 1366×768 screen.
type cellMenuParts struct {
	shifts []*fyne.MenuItem // one per shift type, in house order
	middle []*fyne.MenuItem // add, custom, absent, wish, swap, sick, extra
	edit   []*fyne.MenuItem // copy, paste, clear
	note   string           // a line under the title ("this week is fixed: …")
}

// fixedCellMenuParts returns the cell menu of a fixed week: only what a
// fixed week still takes (swap or give the shift, report sick, cover, the
// extra items such as open shifts) and copy, with a note that says so.
func (ws *WeekScreen) fixedCellMenuParts(member int, d roster.Date) cellMenuParts {
	var middle []*fyne.MenuItem
	middle = append(middle, ws.swap.menuItems(member, d)...)
	if ws.CellMenuExtra != nil {
		middle = append(middle, ws.CellMenuExtra(member, d)...)
	}
	middle = append(middle, ws.sick.menuItems(member, d)...)
	edit := ws.cellMenuEditItems(member, d)
	return cellMenuParts{middle: middle, edit: edit[:1],
		note: fmt.Sprintf(lang.X("cell.fixed", "Week %s is fixed: you can still report sick, swap and take open shifts."), weekName(d, roster.LangOf(ws.lang)))}
}

// all returns every item in display order (the cell menu as a list).
func (p cellMenuParts) all() []*fyne.MenuItem {
	items := append([]*fyne.MenuItem{}, p.shifts...)
	items = append(items, p.middle...)
	return append(items, p.edit...)
}

// cellPopUp is the open cell menu: a pop-up with a title, the shift tiles
// and edit buttons, and the menu of the other items beside them; it takes
// the keyboard while open.
type cellPopUp struct {
	screenDeps

	// assign puts member on shift code on d (a shift letter typed while
	// the menu is open).
	assign func(member int, d roster.Date, code string)

	pop  *widget.PopUp // the open cell menu, if any
	menu *fyne.Menu    // its items, in display order
}

// show shows the cell menu of member on d at pos: a title, the
// shift tiles and edit buttons, the menu beside them; moved up or left where
// it would run off the window.
func (p *cellPopUp) show(member int, d roster.Date, parts cellMenuParts, pos fyne.Position) {
	p.menu = fyne.NewMenu("", parts.all()...)
	c := p.win.Canvas()
	var pop *widget.PopUp
	hide := func() {
		if pop != nil {
			pop.Hide()
		}
	}
	h := p.ed.House()
	current := map[string]bool{}
	for _, a := range h.Plan.CellAssignments(member, d) {
		current[a.Shift] = true
	}
	tiles := container.NewGridWithColumns(shiftTileColumns)
	for i, it := range parts.shifts {
		if i >= len(h.ShiftTypes) {
			break
		}
		tiles.Add(shiftTile(h.ShiftTypes[i], current[h.ShiftTypes[i].Code], it, hide))
	}
	title := widget.NewLabelWithStyle(fmt.Sprintf("%s · %s", p.ed.memberName(member), dayLabel(d, p.lang)),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	left := container.NewVBox(tiles)
	if parts.note != "" {
		note := widget.NewLabel(parts.note)
		note.Wrapping = fyne.TextWrapWord
		note.Importance = widget.WarningImportance
		left = container.NewVBox(container.NewGridWrap(fyne.NewSize(300, note.MinSize().Height*3), note))
	}
	if len(parts.edit) > 0 {
		row := container.NewGridWithColumns(len(parts.edit))
		for _, it := range parts.edit {
			row.Add(editButton(it, hide))
		}
		left.Add(row)
	}
	var right fyne.CanvasObject
	if len(parts.middle) > 0 {
		m := widget.NewMenu(fyne.NewMenu("", parts.middle...))
		m.OnDismiss = hide
		right = container.NewHBox(widget.NewSeparator(), container.NewVBox(m))
	}
	box := container.NewBorder(title, nil, nil, right, container.NewVBox(left))
	keys := &cellMenuKeys{content: container.NewPadded(box), p: p, member: member, day: d}
	keys.ExtendBaseWidget(keys)
	pop = widget.NewPopUp(keys, c)
	size := pop.MinSize()
	if cs := c.Size(); !cs.IsZero() {
		pos.X = max(0, min(pos.X, cs.Width-size.Width))
		pos.Y = max(0, min(pos.Y, cs.Height-size.Height))
	}
	p.pop = pop
	pop.ShowAtPosition(pos)
	pop.Resize(size)
	c.Focus(keys)
}

// cellMenuKeys holds the cell menu and takes the keyboard while it is open:
// Escape closes it, a shift's letter closes it and puts that shift in the
// cell, as typing does in the grid.
type cellMenuKeys struct {
	widget.BaseWidget
	content fyne.CanvasObject
	p       *cellPopUp
	member  int
	day     roster.Date
}

// CreateRenderer shows the menu's content.
func (k *cellMenuKeys) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(k.content)
}

// FocusGained does nothing: the menu has no focus look.
func (k *cellMenuKeys) FocusGained() {}

// FocusLost does nothing.
func (k *cellMenuKeys) FocusLost() {}

// TypedRune closes the menu and assigns the shift whose code is r.
func (k *cellMenuKeys) TypedRune(r rune) {
	for _, st := range k.p.ed.House().ShiftTypes {
		if strings.EqualFold(st.Code, string(r)) {
			k.p.close()
			k.p.assign(k.member, k.day, st.Code)
			return
		}
	}
}

// TypedKey closes the menu on Escape.
func (k *cellMenuKeys) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		k.p.close()
	}
}

// shiftTile is one shift type in the cell menu: a button with the code and
// times on the first line and the name below, with the shift's colour as a
// bar on the left; the shift in the cell is highlighted.
func shiftTile(st roster.ShiftType, current bool, it *fyne.MenuItem, hide func()) fyne.CanvasObject {
	btn := widget.NewButton("", func() {
		hide()
		if it.Action != nil {
			it.Action()
		}
	})
	if current {
		btn.Importance = widget.HighImportance
	}
	th := theme.Current()
	top := canvas.NewText(fmt.Sprintf("%s  %s–%s", st.Code, st.Start, st.End), th.Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant()))
	top.TextStyle = fyne.TextStyle{Bold: true}
	name := canvas.NewText(shortName(st.Name, 24), th.Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant()))
	name.TextSize = th.Size(theme.SizeNameCaptionText)
	bar := canvas.NewRectangle(shiftColour(st.Colour))
	bar.SetMinSize(fyne.NewSize(4, 0))
	text := container.New(layout.NewCustomPaddedVBoxLayout(0), top, name)
	return container.NewStack(btn, container.NewBorder(nil, nil, bar, nil, container.NewPadded(text)))
}

// editButton shows a copy, paste or clear item as a button.
func editButton(it *fyne.MenuItem, hide func()) fyne.CanvasObject {
	b := widget.NewButtonWithIcon(it.Label, it.Icon, func() {
		hide()
		if it.Action != nil {
			it.Action()
		}
	})
	if it.Disabled {
		b.Disable()
	}
	return b
}

// shortName cuts s to n runes with an ellipsis.
func shortName(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// cellMenuEditItems returns copy, paste and clear for member on d.
func (ws *WeekScreen) cellMenuEditItems(member int, d roster.Date) []*fyne.MenuItem {
	cp := fyne.NewMenuItemWithIcon(lang.X("cell.copy", "Copy"), theme.ContentCopyIcon(), func() { ws.grid.moveCursor(member, d); ws.clipboard.Copy() })
	paste := fyne.NewMenuItemWithIcon(lang.X("cell.paste", "Paste"), theme.ContentPasteIcon(), func() { ws.grid.moveCursor(member, d); ws.clipboard.Paste() })
	paste.Disabled = !ws.clipboard.hasClip
	clear := fyne.NewMenuItemWithIcon(lang.X("cell.clear", "Clear"), theme.ContentClearIcon(), func() { ws.do(ws.ed.ClearEdit(member, d)) })
	return []*fyne.MenuItem{cp, paste, clear}
}

// close hides the cell menu if it is open and reports whether it was.
func (p *cellPopUp) close() bool {
	if p.pop == nil || !p.pop.Visible() {
		return false
	}
	p.pop.Hide()
	return true
}
