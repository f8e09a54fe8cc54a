package ui

// This file draws the realisation's charts with plain canvas objects:
// horizontal grouped bars (contract, planned, realised per role or member)
// and columns over time (sickness per week against the norm). Values are
// formatted by the caller, so the Dutch decimal comma is the caller's.

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// chartSeries is one series of a bar chart: its name (legend) and colour.
type chartSeries struct {
	name   string
	colour color.Color
}

// chartGroup is one row of a bar chart: a label and a value per series.
type chartGroup struct {
	label  string
	values []float64
}

// Sizes of the bar chart, in Fyne units.
const (
	barHeight   = 12
	barGap      = 2
	groupGap    = 10
	barLabelW   = 170
	barValueW   = 56
	legendH     = 22
	columnLabel = 18
)

// barChart is a horizontal grouped bar chart.
type barChart struct {
	widget.BaseWidget
	series []chartSeries
	groups []chartGroup
	format func(float64) string
}

// newBarChart returns a bar chart of groups with one bar per series.
func newBarChart(series []chartSeries, groups []chartGroup, format func(float64) string) *barChart {
	c := &barChart{series: series, groups: groups, format: format}
	c.ExtendBaseWidget(c)
	return c
}

// maxValue returns the largest value of the chart (at least 1).
func (c *barChart) maxValue() float64 {
	m := 1.0
	for _, g := range c.groups {
		for _, v := range g.values {
			m = max(m, v)
		}
	}
	return m
}

// CreateRenderer builds the canvas objects: legend, then per group a label
// and per series a bar and its value.
func (c *barChart) CreateRenderer() fyne.WidgetRenderer {
	r := &barRenderer{c: c}
	fg := theme.Color(theme.ColorNameForeground)
	for _, s := range c.series {
		sw := canvas.NewRectangle(s.colour)
		t := canvas.NewText(s.name, fg)
		t.TextSize = theme.TextSize() * 0.9
		r.legend = append(r.legend, sw, t)
	}
	for _, g := range c.groups {
		lbl := canvas.NewText(g.label, fg)
		lbl.Alignment = fyne.TextAlignTrailing
		lbl.TextSize = theme.TextSize() * 0.9
		r.labels = append(r.labels, lbl)
		for i, v := range g.values {
			bar := canvas.NewRectangle(c.series[i%len(c.series)].colour)
			val := canvas.NewText(c.format(v), fg)
			val.TextSize = theme.TextSize() * 0.8
			r.bars = append(r.bars, bar)
			r.values = append(r.values, val)
		}
	}
	r.objs = append(r.objs, r.legend...)
	r.objs = append(r.objs, r.labels...)
	r.objs = append(r.objs, r.bars...)
	r.objs = append(r.objs, r.values...)
	return r
}

type barRenderer struct {
	c                            *barChart
	legend, labels, bars, values []fyne.CanvasObject
	objs                         []fyne.CanvasObject
}

func (r *barRenderer) groupHeight() float32 {
	n := max(len(r.c.series), 1)
	return float32(n)*(barHeight+barGap) + groupGap
}

func (r *barRenderer) Layout(size fyne.Size) {
	x := float32(barLabelW + 8)
	for i := 0; i+1 < len(r.legend); i += 2 {
		r.legend[i].Move(fyne.NewPos(x, 5))
		r.legend[i].Resize(fyne.NewSize(12, 12))
		t := r.legend[i+1]
		t.Move(fyne.NewPos(x+16, 1))
		w := t.MinSize().Width
		t.Resize(fyne.NewSize(w, 18))
		x += 16 + w + 18
	}
	plotW := max(size.Width-barLabelW-8-barValueW, 40)
	m := r.c.maxValue()
	y := float32(legendH)
	bi := 0
	for gi, g := range r.c.groups {
		lbl := r.labels[gi]
		lbl.Move(fyne.NewPos(0, y-2))
		lbl.Resize(fyne.NewSize(barLabelW, float32(len(g.values))*(barHeight+barGap)))
		for si, v := range g.values {
			w := float32(v/m) * plotW
			if v > 0 {
				w = max(w, 1)
			} else {
				w = 0
			}
			by := y + float32(si)*(barHeight+barGap)
			r.bars[bi].Move(fyne.NewPos(barLabelW+8, by))
			r.bars[bi].Resize(fyne.NewSize(w, barHeight))
			r.values[bi].Move(fyne.NewPos(barLabelW+8+w+4, by-2))
			r.values[bi].Resize(fyne.NewSize(barValueW, barHeight+2))
			bi++
		}
		y += r.groupHeight()
	}
}

func (r *barRenderer) MinSize() fyne.Size {
	return fyne.NewSize(barLabelW+8+200+barValueW, legendH+float32(len(r.c.groups))*r.groupHeight())
}

func (r *barRenderer) Refresh()                     { canvas.Refresh(r.c) }
func (r *barRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *barRenderer) Destroy()                     {}

// columnChart draws one column per point (e.g. a week) with a norm line.
type columnChart struct {
	widget.BaseWidget
	labels  []string
	values  []float64
	norm    float64
	normLbl string
	format  func(float64) string
}

// newColumnChart returns a column chart of values with labels under the
// columns and a horizontal line at norm labelled normLbl.
func newColumnChart(labels []string, values []float64, norm float64, normLbl string, format func(float64) string) *columnChart {
	c := &columnChart{labels: labels, values: values, norm: norm, normLbl: normLbl, format: format}
	c.ExtendBaseWidget(c)
	return c
}

// Colours of the column chart: within and above the norm.
var (
	columnOK   = color.NRGBA{R: 0x5b, G: 0x8d, B: 0xd6, A: 0xff}
	columnHigh = color.NRGBA{R: 0xd9, G: 0x5f, B: 0x4a, A: 0xff}
)

// toNRGBA converts c to non-premultiplied RGBA.
func toNRGBA(c color.Color) color.NRGBA {
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

func (c *columnChart) CreateRenderer() fyne.WidgetRenderer {
	r := &columnRenderer{c: c}
	fg := theme.Color(theme.ColorNameForeground)
	for i, v := range c.values {
		col := columnOK
		if v > c.norm {
			col = columnHigh
		}
		r.cols = append(r.cols, canvas.NewRectangle(col))
		lbl := canvas.NewText(c.labels[i], fg)
		lbl.TextSize = theme.TextSize() * 0.75
		lbl.Alignment = fyne.TextAlignCenter
		r.lbls = append(r.lbls, lbl)
		val := canvas.NewText(c.format(v), fg)
		val.TextSize = theme.TextSize() * 0.7
		val.Alignment = fyne.TextAlignCenter
		r.vals = append(r.vals, val)
	}
	r.line = canvas.NewRectangle(withAlpha(toNRGBA(fg), 0xb0))
	r.lineLbl = canvas.NewText(c.normLbl, fg)
	r.base = canvas.NewRectangle(withAlpha(toNRGBA(fg), 0x60))
	r.lineLbl.TextSize = theme.TextSize() * 0.8
	r.objs = append(r.objs, r.cols...)
	for i := range r.lbls {
		r.objs = append(r.objs, r.lbls[i], r.vals[i])
	}
	r.objs = append(r.objs, r.base, r.line, r.lineLbl)
	return r
}

type columnRenderer struct {
	c          *columnChart
	cols       []fyne.CanvasObject
	lbls, vals []*canvas.Text
	line, base *canvas.Rectangle
	lineLbl    *canvas.Text
	objs       []fyne.CanvasObject
}

func (r *columnRenderer) Layout(size fyne.Size) {
	n := max(len(r.cols), 1)
	top := float32(20)
	plotH := max(size.Height-top-columnLabel, 20)
	m := r.c.norm * 2
	for _, v := range r.c.values {
		m = max(m, v*1.1)
	}
	if m <= 0 {
		m = 1
	}
	slot := size.Width / float32(n)
	colW := max(min(slot*0.7, 48), 2)
	showVals := slot >= 26
	for i, v := range r.c.values {
		h := float32(v/m) * plotH
		x := float32(i)*slot + (slot-colW)/2
		r.cols[i].Move(fyne.NewPos(x, top+plotH-h))
		r.cols[i].Resize(fyne.NewSize(colW, h))
		r.lbls[i].Move(fyne.NewPos(float32(i)*slot, top+plotH+2))
		r.lbls[i].Resize(fyne.NewSize(slot, columnLabel-2))
		r.lbls[i].Hidden = slot < 22 && i%max(int(22/slot)+1, 2) != 0
		r.vals[i].Move(fyne.NewPos(float32(i)*slot, top+plotH-h-14))
		r.vals[i].Resize(fyne.NewSize(slot, 12))
		r.vals[i].Hidden = !showVals || v == 0
	}
	r.base.Move(fyne.NewPos(0, top+plotH))
	r.base.Resize(fyne.NewSize(size.Width, 1))
	ny := top + plotH - float32(r.c.norm/m)*plotH
	r.line.Move(fyne.NewPos(0, ny))
	r.line.Resize(fyne.NewSize(size.Width, 2))
	r.lineLbl.Move(fyne.NewPos(4, ny-16))
	r.lineLbl.Resize(r.lineLbl.MinSize())
}

func (r *columnRenderer) MinSize() fyne.Size { return fyne.NewSize(300, 200) }

func (r *columnRenderer) Refresh()                     { canvas.Refresh(r.c) }
func (r *columnRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *columnRenderer) Destroy()                     {}
