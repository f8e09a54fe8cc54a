package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// gridGeom is the column geometry the grid and the coverage strip share, so
// each day's bar sits under its column.
type gridGeom struct {
	name, day, hours, pad float32
	row                   float32 // height of a data row
}

func defaultGeom() *gridGeom {
	return &gridGeom{name: 150, day: 118, hours: 104, pad: 4, row: cellHeight}
}

// dayX returns the left edge of data column i (7 is the hours column).
func (g *gridGeom) dayX(i int) float32 { return g.name + g.pad + float32(i)*(g.day+g.pad) }

// fit spreads width over the columns: names and hours keep their width
// (within limits), the days share the rest.
func (g *gridGeom) fit(width float32) {
	g.pad = theme.Padding()
	g.name = clamp(width*0.13, 120, 170)
	g.hours = clamp(width*0.1, 96, 120)
	scroll := float32(14) // room for the vertical scroll bar
	g.day = clamp((width-g.name-g.hours-scroll-8*g.pad)/7, 92, 190)
}

// headerHeight is the height of the day header row (three short lines).
const headerHeight = 50

func clamp(v, lo, hi float32) float32 { return max(lo, min(v, hi)) }

// weekLayout places the grid above the coverage strip and keeps the
// table's column widths in step with the available width.
type weekLayout struct{ ws *WeekScreen }

func (l *weekLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	ws := l.ws
	g := ws.geom
	g.fit(size.Width)
	ws.grid.SetColumnWidth(-1, g.name)
	for i := range 7 {
		ws.grid.SetColumnWidth(i, g.day)
	}
	ws.grid.SetColumnWidth(colHours, g.hours)
	ws.grid.SetRowHeight(-1, headerHeight)
	// The strip sits right under the last row; the grid scrolls when the
	// team does not fit.
	// Rows grow (up to 64) to use a tall screen.
	n := len(ws.ed.View().Rows)
	rows := float32(n)
	rowH := float32(cellHeight)
	if n > 0 {
		rowH = clamp((size.Height-stripHeight-headerHeight-3*g.pad)/rows-g.pad, cellHeight, 64)
	}
	if rowH != g.row {
		g.row = rowH
		for i := range n {
			ws.grid.SetRowHeight(i, rowH)
		}
	}
	content := headerHeight + g.pad + rows*(rowH+g.pad) + 2*g.pad
	gh := min(size.Height-stripHeight, content)
	ws.grid.Move(fyne.NewPos(0, 0))
	ws.grid.Resize(fyne.NewSize(size.Width, gh))
	ws.strip.Move(fyne.NewPos(0, gh))
	ws.strip.Resize(fyne.NewSize(size.Width, stripHeight))
	ws.strip.Refresh()
}

func (l *weekLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(120+7*92+96, 200+stripHeight)
}
