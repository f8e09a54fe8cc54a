package ui

import (
	"fmt"
	"image/color"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// colHours is the grid column with planned and contract hours.
const colHours = 7

// gridTable is the week grid: a widget.Table with a header row (the days),
// a header column (the team) and keyboard commands. A tap or Space/Return
// opens the cell menu; arrows move; a shift's code letter assigns it; Delete
// clears.
type gridTable struct {
	widget.Table
	ws     *WeekScreen
	cursor widget.TableCellID
	quiet  bool // Select without opening the cell menu

	selection map[cellKey]bool    // cells selected by a finding or a block (gridselect.go)
	anchor    *widget.TableCellID // start of a Shift+arrow block

	tapPos   fyne.Position // where the last tap was, for the cell menu
	tapValid bool
	shift    bool // Shift is held: arrows grow a block
}

func newGridTable(ws *WeekScreen) *gridTable {
	g := &gridTable{ws: ws, selection: map[cellKey]bool{}}
	g.Length = func() (int, int) { return len(ws.ed.View().Rows), colHours + 1 }
	g.CreateCell = func() fyne.CanvasObject { return newCellView(false) }
	g.UpdateCell = g.updateCell
	g.ShowHeaderRow, g.ShowHeaderColumn = true, true
	g.CreateHeader = func() fyne.CanvasObject { return newCellView(true) }
	g.UpdateHeader = g.updateHeader
	g.OnSelected = g.selected
	g.OnHighlighted = g.setCursor
	g.ExtendBaseWidget(g)
	return g
}

// setCursor moves the keyboard cursor to id and redraws both cells.
func (g *gridTable) setCursor(id widget.TableCellID) {
	prev := g.cursor
	g.cursor = id
	if prev != id {
		g.RefreshItem(prev)
	}
	g.RefreshItem(id)
}

// selected opens the cell menu, then clears the table's own selection so a
// second tap on the same cell opens it again.
func (g *gridTable) selected(id widget.TableCellID) {
	prev := g.cursor
	g.setCursor(id)
	switch {
	case g.quiet:
	case g.shift && id.Col < colHours:
		g.extendBlock(prev, id) // Shift+tap grows a block
	default:
		g.ws.openCellMenu(id)
	}
	g.quiet = true
	g.UnselectAll()
	g.quiet = false
}

// moveTo puts the keyboard cursor on id without opening the menu.
func (g *gridTable) moveTo(id widget.TableCellID) {
	g.quiet = true
	g.Select(id)
	g.UnselectAll()
	g.quiet = false
	g.setCursor(id)
}

// TypedRune assigns the shift whose one-letter code is r to the cell under
// the cursor.
func (g *gridTable) TypedRune(r rune) {
	code := strings.ToUpper(string(r))
	for _, st := range g.ws.ed.House().ShiftTypes {
		if strings.ToUpper(st.Code) == code {
			g.assignAtCursor(st.Code)
			return
		}
	}
}

// TypedKey handles Delete, Return and the arrows.
func (g *gridTable) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		g.clearAtCursor()
	case fyne.KeyReturn, fyne.KeyEnter:
		g.ws.openCellMenu(g.cursor)
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight:
		g.arrow(ev)
	default:
		g.Table.TypedKey(ev)
	}
}

// TypedShortcut handles undo, redo, copy and paste while the grid has focus.
func (g *gridTable) TypedShortcut(s fyne.Shortcut) { g.ws.shortcut(s) }

// updateCell fills one data cell.
func (g *gridTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*cellView)
	v := g.ws.ed.View()
	if id.Row < 0 || id.Row >= len(v.Rows) {
		c.set(color.Transparent, color.Transparent, false)
		return
	}
	row := &v.Rows[id.Row]
	c.setGroupStart(groupStart(v, id.Row))
	if id.Col == colHours {
		g.updateHours(c, row)
		return
	}
	bg, bar, lines := cellContent(&row.Cells[id.Col])
	lines = g.coverLines(&row.Cells[id.Col], lines) // a covered vacancy says who covers it (cover_cell.go)
	c.set(bg, bar, g.isSelected(row.Member, v.Days[id.Col]), lines...)
	g.ws.fill.mark(c, row.Member, v.Days[id.Col], &row.Cells[id.Col], g.isSelected(row.Member, v.Days[id.Col])) // fill_proposal.go
	if id == g.cursor {
		c.markCursor()
	}
}

// groupStart reports whether row r starts a new role group (not the first).
func groupStart(v *weekview.WeekView, r int) bool {
	return r > 0 && r < len(v.Rows) && v.Rows[r-1].Role != v.Rows[r].Role
}

// cellContent returns what a cell shows: background, bar and lines.
func cellContent(cell *weekview.WeekCell) (bg, bar color.Color, lines []cellLine) {
	bg, bar = color.Transparent, color.Transparent
	if cell.State == roster.PeriodFixed {
		bg = colFixed
	}
	if cell.Absence != "" {
		ac := absenceColour(cell.Absence)
		bg, bar = withAlpha(ac, 0x38), ac
		lines = append(lines, cellLine{text: absenceLabel(cell.Absence), bold: true})
	}
	for i, s := range cell.Shifts {
		if len(lines) == 2 {
			break
		}
		sc := shiftColour(s.Colour)
		if i == 0 && cell.Absence == "" {
			bg, bar = withAlpha(sc, 0x40), sc
		}
		l := cellLine{text: shiftText(s), bold: len(lines) == 0}
		if s.Sick {
			l.text += " " + lang.X("cell.vacant", "vacant")
			l.bold, l.colour = false, colSick
		}
		lines = append(lines, l)
	}
	if len(cell.Wishes) > 0 && len(lines) < 3 {
		lines = append(lines, cellLine{text: wishText(cell.Wishes), colour: colWish})
	}
	return bg, bar, lines
}

// shiftText formats a shift as "V 07:00–15:00"; custom times get a "*".
func shiftText(s weekview.CellShift) string {
	if !s.Known {
		return s.Code + " ?"
	}
	t := s.Code + " " + s.Start.String() + "–" + s.End.String()
	if s.Custom {
		t += "*"
	}
	return t
}

// wishText summarises the wishes of a cell: "wens: kan niet", "wens: graag V".
func wishText(ws []roster.Wish) string {
	var parts []string
	for _, w := range ws {
		p := lang.X("wish."+string(w.Kind), string(w.Kind))
		if w.Shift != "" {
			p += " " + w.Shift
		}
		parts = append(parts, p)
	}
	return lang.X("cell.wish", "wish") + ": " + strings.Join(parts, ", ")
}

// absenceLabel returns the translated name of an absence kind.
func absenceLabel(k roster.AbsenceKind) string {
	return lang.X("absence."+string(k), string(k))
}

// updateHours fills the hours column of row: planned / contract this week
// and the slack left in the balance period.
func (g *gridTable) updateHours(c *cellView, row *weekview.WeekRow) {
	lng := roster.LangOf(g.ws.lang)
	l1 := cellLine{text: fmt.Sprintf("%s / %s %s", roster.HoursLabel(row.Planned, lng), roster.HoursLabel(row.Contract, lng),
		lang.X("unit.hours", "h")), bold: true}
	l2 := cellLine{text: lang.X("hours.slack", "room") + " " + roster.HoursLabel(row.SlackLeft, lng) + " " + lang.X("unit.hours", "h")}
	var bar color.Color = color.Transparent
	if row.SlackLeft < 0 {
		l2.colour = colError
		bar = colError
	}
	if g.hoursFlagged(row.Member) {
		l1.colour = colWarning
	}
	c.set(color.Transparent, bar, false, l1, l2)
}

// hoursFlagged reports whether the engine found too many hours for member
// in the visible week (CONTRACT, ATW-WEEK).
func (g *gridTable) hoursFlagged(member int) bool {
	for _, f := range g.ws.ed.Findings() {
		if f.Rule != rules.RuleContract && f.Rule != rules.RuleATWWeek {
			continue
		}
		if slices.Contains(f.Members, member) {
			return true
		}
	}
	return false
}

// updateHeader fills the day headers (row −1), the member headers
// (column −1) and the corner.
func (g *gridTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*cellView)
	v := g.ws.ed.View()
	c.setGroupStart(false)
	switch {
	case id.Row < 0 && id.Col < 0:
		c.setAlign(true)
		c.set(color.Transparent, color.Transparent, false, cellLine{text: lang.X("grid.team", "Team"), bold: true})
	case id.Row < 0 && id.Col == colHours:
		c.setAlign(true)
		b := v.Balance
		_, w1 := b.From.ISOWeek()
		_, w2 := b.To.ISOWeek()
		c.set(color.Transparent, color.Transparent, false,
			cellLine{text: lang.X("grid.hours", "Hours"), bold: true},
			cellLine{text: lang.X("grid.hours.sub", "week / contract")},
			cellLine{text: fmt.Sprintf("%s %s %d–%d", lang.X("hours.slack", "slack"), lang.X("grid.week", "wk"), w1, w2)})
	case id.Row < 0:
		c.setAlign(true)
		d := v.Days[id.Col]
		lines := []cellLine{{text: dayLabel(d, g.ws.lang), bold: true}}
		if h := v.Holidays[id.Col]; h != "" {
			lines = append(lines, cellLine{text: h, colour: colHoliday})
		} else {
			_, wk := d.ISOWeek()
			lines = append(lines, cellLine{text: fmt.Sprintf("%s %d", lang.X("grid.week", "wk"), wk)})
		}
		var bg color.Color = color.Transparent
		if d == g.ws.ed.Today() {
			bg = withAlpha(colSelected, 0x30)
		}
		c.set(bg, color.Transparent, false, lines...)
	case id.Row < len(v.Rows):
		c.setAlign(false)
		c.setGroupStart(groupStart(v, id.Row))
		row := &v.Rows[id.Row]
		mc := shiftColour(row.Colour)
		name := fitText(row.Name, 13, g.ws.geom.name-14, fyne.TextStyle{Bold: true})
		c.set(color.Transparent, mc, false, cellLine{text: name, bold: true},
			cellLine{text: lang.X("role."+string(row.Role), string(row.Role))})
	default:
		c.set(color.Transparent, color.Transparent, false)
	}
}

// setAlign centres the cell's text or aligns it left.
func (c *cellView) setAlign(center bool) {
	c.center = center
	a := fyne.TextAlignLeading
	if center {
		a = fyne.TextAlignCenter
	}
	for _, t := range c.lines {
		t.Alignment = a
	}
}

var monthsNL = [...]string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}
var monthsEN = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// dayLabel formats d as "ma 23 nov" or "Mon 23 Nov" in language code.
func dayLabel(d roster.Date, code string) string {
	_, m, day := d.YMD()
	if code == "en" {
		return fmt.Sprintf("%s %d %s", roster.DayNameEN(d), day, monthsEN[m-time.January])
	}
	return fmt.Sprintf("%s %d %s", roster.DayNameNL(d), day, monthsNL[m-time.January])
}

// weekTitle formats the week of mon as "Week 48 · 23–29 nov 2026" in
// language code.
func weekTitle(mon roster.Date, code string) string {
	sun := mon + 6
	_, wk := mon.ISOWeek()
	_, m1, d1 := mon.YMD()
	y2, m2, d2 := sun.YMD()
	months := monthsNL
	if code == "en" {
		months = monthsEN
	}
	span := fmt.Sprintf("%d–%d %s %d", d1, d2, months[m2-1], y2)
	if m1 != m2 {
		span = fmt.Sprintf("%d %s – %d %s %d", d1, months[m1-1], d2, months[m2-1], y2)
	}
	return fmt.Sprintf("%s %d · %s", lang.X("week.title", "Week"), wk, span)
}
