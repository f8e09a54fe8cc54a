package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cellView is the template of every grid cell and header: a tinted
// background, a colour bar on the left, up to three lines of text and a
// selection frame. It is not tappable: taps go to the table.
//
// The bar is drawn as the background's hard drop shadow, so a cell costs
// one draw call for both (the pixels are the same as with two rectangles):
// a software OpenGL renderer (Mesa llvmpipe) keeps state for every draw
// call of a frame, and the week screen draws hundreds of cells.
type cellView struct {
	widget.BaseWidget
	bg, frame *canvas.Rectangle
	bar       color.Color       // the colour bar on the left; transparent when none
	groupLine *canvas.Rectangle // a line on top: the first row of a role group
	lines     [3]*canvas.Text
	full      [3]string // the lines' whole texts; lines shows them cut to the width
	center    bool
}

func newCellView(center bool) *cellView {
	c := &cellView{
		bg:    canvas.NewRectangle(color.Transparent),
		bar:   color.Transparent,
		frame: canvas.NewRectangle(color.Transparent),

		groupLine: canvas.NewRectangle(color.Transparent),
		center:    center,
	}
	c.frame.StrokeWidth = 2
	sizes := [3]float32{13, 11, 11}
	for i := range c.lines {
		t := canvas.NewText("", theme.Color(theme.ColorNameForeground))
		t.TextSize = sizes[i]
		if center {
			t.Alignment = fyne.TextAlignCenter
		}
		c.lines[i] = t
	}
	c.ExtendBaseWidget(c)
	return c
}

// cellLine is the text and look of one line of a cell. There is no italic:
// Fyne parses a font (about 3.5 MB of heap) for every text style a window
// shows, and the grid tells wishes, holidays, vacancies and proposals apart
// by their colour and words.
type cellLine struct {
	text   string
	colour color.Color // nil: the theme's foreground
	bold   bool
}

// set shows lines on the cell; missing lines are emptied.
// markCursor draws the keyboard cursor: a thick frame, amber (blue when the
// cell is also selected).
func (c *cellView) markCursor() {
	if c.frame.StrokeColor != colSelected {
		c.frame.StrokeColor = colCursor
	}
	c.frame.StrokeWidth = 4
	c.frame.Refresh()
}

func (c *cellView) set(bg, bar color.Color, selected bool, lines ...cellLine) {
	c.bg.FillColor = bg
	c.bar = bar
	c.frame.StrokeWidth = 2
	if selected {
		c.frame.StrokeColor = colSelected
	} else {
		c.frame.StrokeColor = color.Transparent
	}
	fg := theme.Color(theme.ColorNameForeground)
	for i, t := range c.lines {
		l := cellLine{}
		if i < len(lines) {
			l = lines[i]
		}
		c.full[i] = l.text
		t.Text = l.text
		t.Color = fg
		if l.colour != nil {
			t.Color = l.colour
		}
		t.TextStyle.Bold = l.bold
	}
	c.Refresh()
}

// setGroupStart draws a line on top of the cell when it starts a new role
// group in the grid.
func (c *cellView) setGroupStart(start bool) {
	var col color.Color = color.Transparent
	if start {
		col = withAlpha(colDefaultShift, 0xc0)
	}
	if c.groupLine.FillColor != col {
		c.groupLine.FillColor = col
		c.groupLine.Refresh()
	}
}

// texts returns the lines the cell shows (for tests and accessibility).
func (c *cellView) texts() []string {
	var out []string
	for _, t := range c.full {
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

func (c *cellView) CreateRenderer() fyne.WidgetRenderer {
	return &cellRenderer{c: c, objs: []fyne.CanvasObject{c.bg, c.lines[0], c.lines[1], c.lines[2], c.groupLine, c.frame}}
}

type cellRenderer struct {
	c    *cellView
	objs []fyne.CanvasObject
}

func (r *cellRenderer) Layout(s fyne.Size) {
	c := r.c
	c.layoutBackground(s)
	c.frame.Resize(s)
	c.frame.Move(fyne.NewPos(0, 0))
	c.groupLine.Resize(fyne.NewSize(s.Width, 2))
	c.groupLine.Move(fyne.NewPos(0, 0))
	x := float32(9)
	w := s.Width - x - 3
	if c.center {
		x, w = 2, s.Width-4
	}
	n := 0
	total := float32(0)
	for _, t := range c.lines {
		if t.Text != "" {
			n++
			total += t.MinSize().Height
		}
	}
	y := (s.Height - total) / 2
	for i, t := range c.lines {
		if t.Text == "" {
			t.Resize(fyne.NewSize(0, 0))
			continue
		}
		if w > 0 {
			t.Text = fitText(c.full[i], t.TextSize, w, t.TextStyle) // too long: cut with an ellipsis
		}
		h := t.MinSize().Height
		t.Move(fyne.NewPos(x, y))
		t.Resize(fyne.NewSize(w, h))
		y += h
	}
}

// barWidth is the width of a cell's colour bar.
const barWidth = 4

// layoutBackground places the background and its bar in a cell of size s:
// with a bar, the background starts right of it and the bar is its drop
// shadow (no blur, moved left by the bar's width), so both are one draw.
func (c *cellView) layoutBackground(s fyne.Size) {
	if c.bar == nil || c.bar == color.Transparent {
		c.bg.Shadow = canvas.Shadow{}
		c.bg.Move(fyne.NewPos(0, 0))
		c.bg.Resize(s)
		return
	}
	c.bg.Shadow = canvas.Shadow{Color: c.bar, Offset: fyne.NewPos(-barWidth, 0), Variant: canvas.DropShadow}
	if c.bg.FillColor == nil {
		c.bg.FillColor = color.Transparent
	}
	c.bg.Move(fyne.NewPos(barWidth, 0))
	c.bg.Resize(fyne.NewSize(s.Width-barWidth, s.Height))
}

func (r *cellRenderer) MinSize() fyne.Size { return r.c.MinSize() }

// MinSize returns the fixed minimum size of a cell without making its
// renderer: widget.Table makes new template cells on every Refresh (each
// week change) only to ask their size, and a renderer made for a template
// would stay in Fyne's renderer cache (scripts/measure-edit.sh).
func (c *cellView) MinSize() fyne.Size { return fyne.NewSize(60, cellHeight) }

// cellHeight is the height of a grid row.
const cellHeight = 42

func (r *cellRenderer) Refresh() {
	r.Layout(r.c.Size())
	for _, o := range r.objs {
		o.Refresh()
	}
}

func (r *cellRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *cellRenderer) Destroy() {}
