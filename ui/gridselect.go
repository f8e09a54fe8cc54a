package ui

// This file holds the grid's cell selection and the edits typed on it: the
// cursor's cell, the Shift+arrow block, the cells a finding selects, and a
// shift letter or Delete on the cursor or the block.

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// cellAt returns the member and date of a grid cell.
func (g *gridTable) cellAt(id widget.TableCellID) (int, roster.Date, bool) {
	v := g.ws.ed.View()
	if id.Row < 0 || id.Row >= len(v.Rows) || id.Col < 0 || id.Col >= 7 {
		return 0, 0, false
	}
	return v.Rows[id.Row].Member, v.Days[id.Col], true
}

// cursorCell returns the member and date under the grid's cursor.
func (g *gridTable) cursorCell() (int, roster.Date, bool) {
	return g.cellAt(g.cursor)
}

// isSelected reports whether a cell is selected (by a finding).
func (g *gridTable) isSelected(member int, d roster.Date) bool {
	return g.selection[cellKey{member, d}]
}

// selectFindingCells selects the cells of fs (Members × Dates) and moves
// the cursor to the first one in the visible week.
func (g *gridTable) selectFindingCells(fs []*rules.Finding) {
	g.selection = map[cellKey]bool{}
	v := g.ws.ed.View()
	first := widget.TableCellID{Row: -1}
	for _, f := range fs {
		dates := f.Dates
		if len(dates) == 0 {
			dates = datesOf(f)
		}
		for _, m := range f.Members {
			for _, d := range dates {
				g.selection[cellKey{m, d}] = true
				if !v.Week.Contains(d) {
					continue
				}
				for r, row := range v.Rows {
					if row.Member == m && (first.Row < 0 || r < first.Row) {
						first = widget.TableCellID{Row: r, Col: int(d - v.Week.From)}
					}
				}
			}
		}
	}
	g.Refresh()
	if first.Row >= 0 {
		g.moveTo(first)
	}
}

// clearSelection removes the finding selection.
func (g *gridTable) clearSelection() {
	if len(g.selection) > 0 {
		g.selection = map[cellKey]bool{}
		g.Refresh()
	}
}

// assignAtCursor puts the cursor's member on shift code; with a Shift+arrow
// block, every cell of the block (one undo step).
func (g *gridTable) assignAtCursor(code string) {
	var edits []roster.Edit
	for _, c := range g.blockCells() {
		m, d, _ := g.cellAt(c)
		ed, err := g.ws.ed.AssignEdit(m, d, code, false)
		if err != nil {
			g.ws.showError(err)
			return
		}
		edits = append(edits, ed)
	}
	g.doCells(edits, "%d cellen: %s", "%d cells: %s", code)
}

// clearAtCursor empties the cell under the cursor, or the block.
func (g *gridTable) clearAtCursor() {
	var edits []roster.Edit
	for _, c := range g.blockCells() {
		m, d, _ := g.cellAt(c)
		edits = append(edits, g.ws.ed.ClearEdit(m, d))
	}
	g.doCells(edits, "%d cellen leeggemaakt%s", "%d cells cleared%s", "")
}

// doCells performs the edits of one or more cells as one edit.
func (g *gridTable) doCells(edits []roster.Edit, nl, en, what string) {
	switch len(edits) {
	case 0:
		return
	case 1:
		g.ws.do(edits[0])
	default:
		g.ws.do(Merge(fmt.Sprintf(nl, len(edits), what), fmt.Sprintf(en, len(edits), what), edits...))
	}
}

// arrow moves the cursor; with Shift held it grows the block from the
// anchor, without it the block is dropped.
func (g *gridTable) arrow(ev *fyne.KeyEvent) {
	if g.shift && g.anchor == nil {
		a := g.cursor
		g.anchor = &a
	}
	g.Table.TypedKey(ev)
	if !g.shift {
		if g.anchor != nil {
			g.anchor = nil
			g.clearSelection()
		}
		return
	}
	g.showBlock()
}

// extendBlock grows the block from its anchor (or from prev, the cursor
// before a Shift+tap) to the cursor.
func (g *gridTable) extendBlock(prev, cur widget.TableCellID) {
	if g.anchor == nil {
		g.anchor = &prev
	}
	g.setCursor(cur)
	g.showBlock()
}

// showBlock selects the cells of the block.
func (g *gridTable) showBlock() {
	g.selection = map[cellKey]bool{}
	for _, c := range g.blockCells() {
		m, d, _ := g.cellAt(c)
		g.selection[cellKey{m, d}] = true
	}
	g.Refresh()
}

// blockCells returns the day cells of the block between the anchor and the
// cursor, or just the cursor's cell.
func (g *gridTable) blockCells() []widget.TableCellID {
	cur := g.cursor
	a := cur
	if g.anchor != nil {
		a = *g.anchor
	}
	var out []widget.TableCellID
	for r := min(a.Row, cur.Row); r <= max(a.Row, cur.Row); r++ {
		for c := min(a.Col, cur.Col); c <= max(a.Col, cur.Col); c++ {
			if _, _, ok := g.cellAt(widget.TableCellID{Row: r, Col: c}); ok {
				out = append(out, widget.TableCellID{Row: r, Col: c})
			}
		}
	}
	return out
}
