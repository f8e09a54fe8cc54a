package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/ui/weekview"
)

// coverStrip shows, under each day column of the grid, a 24-hour bar
// coloured by how many opvoeders are present against the coverage profile,
// and who covers the night. Tapping a day lists its stretches.
type coverStrip struct {
	widget.BaseWidget
	ws *WeekScreen
}

func newCoverStrip(ws *WeekScreen) *coverStrip {
	s := &coverStrip{ws: ws}
	s.ExtendBaseWidget(s)
	return s
}

const (
	stripBarY      = 4
	stripBarHeight = 18
	stripHeight    = 62
)

// Tapped shows the stretches of the tapped day.
func (s *coverStrip) Tapped(ev *fyne.PointEvent) {
	g := s.ws.geom
	for i := range 7 {
		x := g.dayX(i)
		if ev.Position.X >= x && ev.Position.X < x+g.day {
			s.showDayCover(i)
			return
		}
	}
}

func (s *coverStrip) CreateRenderer() fyne.WidgetRenderer {
	r := &stripRenderer{s: s}
	r.rebuild()
	return r
}

type stripRenderer struct {
	s    *coverStrip
	objs []fyne.CanvasObject
}

// nightText returns the night line of a day: "nacht: Anna" or "nacht:
// niemand"; short uses first names only.
func (s *coverStrip) nightText(dc *weekview.DayCover, short bool) string {
	var names []string
	for _, id := range dc.Night {
		if m := s.ws.ed.House().Member(id); m != nil {
			n := m.Name
			if short {
				n, _, _ = strings.Cut(n, " ")
			}
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return lang.X("strip.night.none", "night: nobody")
	}
	return lang.X("strip.night", "night") + ": " + strings.Join(names, ", ")
}

func (r *stripRenderer) rebuild() {
	ws := r.s.ws
	g := ws.geom
	v := ws.ed.View()
	fg := theme.Color(theme.ColorNameForeground)
	r.objs = r.objs[:0]
	label := lang.X("strip.title", "Presence")
	if p := ws.fill.previewOf(v); p != nil {
		v = p // the proposal is previewed before it is taken
		label = lang.X("strip.preview", "With proposal")
	}
	title := canvas.NewText(label, fg)
	title.TextStyle.Bold = true
	title.TextSize = 12
	title.Move(fyne.NewPos(8, stripBarY+1))
	night := canvas.NewText(lang.X("strip.nightcover", "Night cover"), fg)
	night.TextSize = 11
	night.Move(fyne.NewPos(8, stripBarY+stripBarHeight+6))
	r.objs = append(r.objs, title, night)
	for i := range 7 {
		x := g.dayX(i)
		dc := &v.Cover[i]
		for _, seg := range dc.Segments {
			rect := canvas.NewRectangle(coverColour(seg.Status))
			x0 := x + float32(seg.From)*g.day
			rect.Move(fyne.NewPos(x0, stripBarY))
			rect.Resize(fyne.NewSize(float32(seg.To-seg.From)*g.day, stripBarHeight))
			r.objs = append(r.objs, rect)
		}
		// Night marker under the bar: the evening part belongs to this
		// day's night, the early morning to the night before.
		before := v.NightBefore
		if i > 0 {
			before = v.Cover[i-1].Night
		}
		end := float32(v.NightEnd) / 1440
		start := float32(v.NightStart) / 1440
		for _, nm := range []struct {
			from, to float32
			n        int
		}{{0, end, len(before)}, {start, 1, len(dc.Night)}} {
			if nm.to <= nm.from {
				continue
			}
			mark := canvas.NewRectangle(nightColour(nm.n))
			mark.Move(fyne.NewPos(x+nm.from*g.day, stripBarY+stripBarHeight+1))
			mark.Resize(fyne.NewSize((nm.to-nm.from)*g.day, 3))
			r.objs = append(r.objs, mark)
		}
		for _, hh := range []float32{6, 12, 18} {
			tick := canvas.NewRectangle(color.NRGBA{0x20, 0x20, 0x20, 0x50})
			tick.Move(fyne.NewPos(x+hh/24*g.day, stripBarY+stripBarHeight-5))
			tick.Resize(fyne.NewSize(1, 5))
			r.objs = append(r.objs, tick)
		}
		nt := canvas.NewText(fitText(r.s.nightText(dc, true), 11, g.day-4), fg)
		nt.TextSize = 11
		if len(dc.Night) == 0 {
			nt.Color = colError
			nt.TextStyle.Bold = true
		} else if len(dc.Night) > 1 {
			nt.Color = colWarning
		}
		nt.Move(fyne.NewPos(x+2, stripBarY+stripBarHeight+7))
		r.objs = append(r.objs, nt)
	}
	// Legend in the hours column.
	lx := g.dayX(7)
	legend := []struct {
		c   color.Color
		key string
		fb  string
	}{
		{colCoverOK, "strip.ok", "enough"}, {colCoverShortOne, "strip.short1", "1 short"},
		{colCoverShortMore, "strip.short2", "2+ short"}, {colCoverOver, "strip.over", "over"},
	}
	for k, l := range legend {
		y := float32(2 + k*14)
		sw := canvas.NewRectangle(l.c)
		sw.Move(fyne.NewPos(lx+2, y+3))
		sw.Resize(fyne.NewSize(9, 9))
		t := canvas.NewText(lang.X(l.key, l.fb), fg)
		t.TextSize = 10
		t.Move(fyne.NewPos(lx+15, y))
		r.objs = append(r.objs, sw, t)
	}
}

// fitText shortens s with "…" until it fits width at size (in style, when
// given).
func fitText(s string, size, width float32, style ...fyne.TextStyle) string {
	var st fyne.TextStyle
	if len(style) > 0 {
		st = style[0]
	}
	if fyne.MeasureText(s, size, st).Width <= width {
		return s
	}
	rs := []rune(s)
	for len(rs) > 1 {
		rs = rs[:len(rs)-1]
		t := string(rs) + "…"
		if fyne.MeasureText(t, size, st).Width <= width {
			return t
		}
	}
	return s
}

// nightColour is the marker colour of a night with n covers: exactly one
// is right (COV-NIGHT).
func nightColour(n int) color.Color {
	switch n {
	case 0:
		return colCoverShortMore
	case 1:
		return colCoverOK
	}
	return colCoverOver
}

func (r *stripRenderer) Layout(fyne.Size) {}

func (r *stripRenderer) MinSize() fyne.Size { return fyne.NewSize(100, stripHeight) }

func (r *stripRenderer) Refresh() {
	r.rebuild()
	for _, o := range r.objs {
		o.Refresh()
	}
}

func (r *stripRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *stripRenderer) Destroy() {}

// coverSummary describes a day's stretches in words, one line each:
// "07:00–09:00  2 van 3 (1 te weinig)".
func (s *coverStrip) coverSummary(dc *weekview.DayCover) []string {
	var out []string
	for _, seg := range dc.Segments {
		span := seg.Start.Format("15:04") + "–" + seg.End.Format("15:04")
		if seg.End.Sub(seg.Start) > 0 && seg.To == 1 {
			span = seg.Start.Format("15:04") + "–24:00"
		}
		var what string
		switch seg.Status {
		case weekview.CoverNone:
			what = fmt.Sprintf("%d %s", seg.Present, lang.X("strip.present", "present"))
		default:
			what = fmt.Sprintf("%d %s %d · %s", seg.Present, lang.X("strip.of", "of"), seg.Min, coverStatusLabel(seg.Status))
		}
		out = append(out, span+"   "+what)
	}
	return append(out, s.nightText(dc, false))
}

func coverStatusLabel(s weekview.CoverStatus) string {
	switch s {
	case weekview.CoverOK:
		return lang.X("strip.ok", "enough")
	case weekview.CoverShortOne:
		return lang.X("strip.short1", "1 short")
	case weekview.CoverShortMore:
		return lang.X("strip.short2", "2+ short")
	case weekview.CoverOver:
		return lang.X("strip.over", "over")
	}
	return ""
}
