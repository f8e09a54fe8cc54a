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

// clipboard copies the cell under the grid's cursor, or its Shift+arrow
// block, and pastes it with its top left on the cursor as one undoable
// edit; the shift codes also go to the system clipboard as text.
type clipboard struct {
	screenDeps

	// block returns the grid's cursor cell or its Shift+arrow block.
	block func() []widget.TableCellID
	// cursor returns the grid's cursor.
	cursor func() widget.TableCellID
	// cellAt returns the member and date of a grid cell.
	cellAt func(widget.TableCellID) (int, roster.Date, bool)

	clip    []clipCell // copied cells, relative to the block's top left
	hasClip bool
}

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

// Copy copies the cell under the cursor, or the Shift+arrow block, and
// puts the shift codes on the system clipboard as text (tab separated).
func (cb *clipboard) Copy() {
	cells := cb.block()
	if len(cells) == 0 {
		return
	}
	top, left := cells[0].Row, cells[0].Col
	cb.clip = cb.clip[:0]
	var lines []string
	row, line := top, []string{}
	for _, c := range cells {
		m, d, _ := cb.cellAt(c)
		as := cb.ed.House().Plan.CellAssignments(m, d)
		cb.clip = append(cb.clip, clipCell{dRow: c.Row - top, dCol: c.Col - left, as: as})
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
	cb.hasClip = true
	text := strings.Join(lines, "\n")
	if app := fyne.CurrentApp(); app != nil {
		app.Clipboard().SetContent(text)
	}
	if len(cells) == 1 {
		cb.setStatus(lang.X("status.copied", "Copied") + ": " + text)
	} else {
		cb.setStatus(fmt.Sprintf("%s: %d", lang.X("status.copied", "Copied"), len(cells)))
	}
}

// Paste pastes the copied cells with their top left on the cursor;
// cells that fall outside the week or the team are left out. One paste is
// one undoable edit.
func (cb *clipboard) Paste() {
	if !cb.hasClip {
		return
	}
	cur := cb.cursor()
	var targets []CellRef
	var copied [][]roster.Assignment
	for _, c := range cb.clip {
		m, d, ok := cb.cellAt(widget.TableCellID{Row: cur.Row + c.dRow, Col: cur.Col + c.dCol})
		if !ok {
			continue
		}
		targets = append(targets, CellRef{m, d})
		copied = append(copied, c.as)
	}
	if len(targets) == 0 {
		return
	}
	cb.do(cb.ed.PasteCells(targets, copied))
}
