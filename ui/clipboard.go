package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// clipCell is one copied cell, at a row and column offset from the top left
// of the copied block.
type clipCell struct {
	dRow, dCol int
	as         []roster.Assignment
}

// KeyDown notes Shift, so Shift+arrows select a block of cells.
func (g *gridTable) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		g.shift = true
	}
}

// KeyUp notes the release of Shift.
func (g *gridTable) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		g.shift = false
	}
}

// arrow moves the cursor; with Shift held it grows the block from the
// anchor, without it the block is dropped.
func (ws *WeekScreen) arrow(ev *fyne.KeyEvent) {
	g := ws.grid
	if g.shift && ws.anchor == nil {
		a := g.cursor
		ws.anchor = &a
	}
	g.Table.TypedKey(ev)
	if !g.shift {
		if ws.anchor != nil {
			ws.anchor = nil
			ws.clearSelection()
		}
		return
	}
	ws.showBlock()
}

// extendBlock grows the block from its anchor (or from prev, the cursor
// before a Shift+tap) to the cursor.
func (ws *WeekScreen) extendBlock(prev, cur widget.TableCellID) {
	if ws.anchor == nil {
		ws.anchor = &prev
	}
	ws.grid.setCursor(cur)
	ws.showBlock()
}

// showBlock selects the cells of the block.
func (ws *WeekScreen) showBlock() {
	ws.selection = map[cellKey]bool{}
	for _, c := range ws.blockCells() {
		m, d, _ := ws.cellAt(c)
		ws.selection[cellKey{m, d}] = true
	}
	ws.grid.Refresh()
}

// blockCells returns the day cells of the block between the anchor and the
// cursor, or just the cursor's cell.
func (ws *WeekScreen) blockCells() []widget.TableCellID {
	cur := ws.grid.cursor
	a := cur
	if ws.anchor != nil {
		a = *ws.anchor
	}
	var out []widget.TableCellID
	for r := min(a.Row, cur.Row); r <= max(a.Row, cur.Row); r++ {
		for c := min(a.Col, cur.Col); c <= max(a.Col, cur.Col); c++ {
			if _, _, ok := ws.cellAt(widget.TableCellID{Row: r, Col: c}); ok {
				out = append(out, widget.TableCellID{Row: r, Col: c})
			}
		}
	}
	return out
}

// CopyCell copies the cell under the cursor, or the Shift+arrow block, and
// puts the shift codes on the system clipboard as text (tab separated).
func (ws *WeekScreen) CopyCell() {
	cells := ws.blockCells()
	if len(cells) == 0 {
		return
	}
	top, left := cells[0].Row, cells[0].Col
	ws.clip = ws.clip[:0]
	var lines []string
	row, line := top, []string{}
	for _, c := range cells {
		m, d, _ := ws.cellAt(c)
		as := ws.ed.House().Plan.CellAssignments(m, d)
		ws.clip = append(ws.clip, clipCell{dRow: c.Row - top, dCol: c.Col - left, as: as})
		if c.Row != row {
			lines = append(lines, strings.Join(line, "\t"))
			row, line = c.Row, nil
		}
		var codes []string
		for _, a := range as {
			codes = append(codes, a.Shift)
		}
		line = append(line, strings.Join(codes, "+"))
	}
	lines = append(lines, strings.Join(line, "\t"))
	ws.hasClip = true
	text := strings.Join(lines, "\n")
	if app := fyne.CurrentApp(); app != nil {
		app.Clipboard().SetContent(text)
	}
	if len(cells) == 1 {
		ws.setStatus(lang.X("status.copied", "Copied") + ": " + text)
	} else {
		ws.setStatus(fmt.Sprintf("%s: %d", lang.X("status.copied", "Copied"), len(cells)))
	}
}

// PasteCell pastes the copied cells with their top left on the cursor;
// cells that fall outside the week or the team are left out. One paste is
// one undoable edit.
func (ws *WeekScreen) PasteCell() {
	if !ws.hasClip {
		return
	}
	cur := ws.grid.cursor
	var targets []CellRef
	var copied [][]roster.Assignment
	for _, c := range ws.clip {
		m, d, ok := ws.cellAt(widget.TableCellID{Row: cur.Row + c.dRow, Col: cur.Col + c.dCol})
		if !ok {
			continue
		}
		targets = append(targets, CellRef{m, d})
		copied = append(copied, c.as)
	}
	if len(targets) == 0 {
		return
	}
	ws.do(ws.ed.PasteCells(targets, copied))
}
