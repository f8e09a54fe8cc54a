package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"

	"github.com/huisrooster/huisrooster/roster/fridge"
)

// Colours of the drawn preview: the page is white paper in both themes.
var (
	pvPaper = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	pvInk   = color.NRGBA{0x22, 0x22, 0x22, 0xff}
	pvGrey  = color.NRGBA{0x55, 0x55, 0x55, 0xff}
	// pvTitle colours the words of the title.
	pvTitle = []color.NRGBA{{0xe5, 0x39, 0x35, 0xff}, {0x43, 0xa0, 0x47, 0xff}, {0x8e, 0x24, 0xaa, 0xff},
		{0xef, 0x6c, 0x00, 0xff}, {0x1e, 0x88, 0xe5, 0xff}}
	pvMoon = color.NRGBA{0xf5, 0xc5, 0x18, 0xff}
	// pvRows tints the slot rows: morning, afternoon, evening, night.
	pvRows = []color.NRGBA{{0xfd, 0xf3, 0xd0, 0xff}, {0xdc, 0xee, 0xfb, 0xff}, {0xfb, 0xe3, 0xd6, 0xff}, {0xe6, 0xe3, 0xf5, 0xff}}
	// pvDays tints the day headers, Monday to Sunday.
	pvDays = []color.NRGBA{{0xf8, 0x8a, 0x8a, 0xff}, {0xf9, 0xb0, 0x6a, 0xff}, {0xf8, 0xdc, 0x6a, 0xff},
		{0x8d, 0xdb, 0x8f, 0xff}, {0x7d, 0xbf, 0xf2, 0xff}, {0xb2, 0x9c, 0xf0, 0xff}, {0xf6, 0xa8, 0xc8, 0xff}}
)

// weekPreview draws wk the way the fridge page shows it: a title, the
// seven days as columns, the slots as rows, and in each slot a coloured
// name tag per person, with a moon for who sleeps in the house. It is the
// preview when the PDF cannot be rasterised (no pdftoppm, as on Windows).
func weekPreview(wk *fridge.Week) fyne.CanvasObject {
	// The title's words in the colours of the days, as on the page.
	title := container.New(layout.NewCustomPaddedHBoxLayout(7))
	for i, w := range []string{"Wie", "is", "er", "deze", "week?"} {
		title.Add(pvText(w, 26, true, darker(pvTitle[i])))
	}
	legend := container.NewHBox(newMoon(pvMoon, pvPaper, 16), pvText("= slaapt vannacht in huis", 12, false, pvInk))
	house := pvText(wk.House, 18, true, pvInk)
	house.Alignment = fyne.TextAlignTrailing
	sub := pvText(fmt.Sprintf("week %d · %s", wk.Number, pvDateRange(wk)), 13, false, pvGrey)
	sub.Alignment = fyne.TextAlignTrailing
	head := container.NewBorder(nil, nil, container.NewHBox(title, pvGap(28), container.NewCenter(legend)),
		container.NewVBox(house, sub))

	cols := &pvColumns{first: 96, gap: 4}
	rows := []fyne.CanvasObject{container.New(cols, append([]fyne.CanvasObject{layout.NewSpacer()}, dayHeads(wk)...)...)}
	for j, sl := range wk.Slots {
		tint := pvRows[j%len(pvRows)]
		cells := []fyne.CanvasObject{slotHead(sl, tint)}
		for i := range wk.Days {
			var people []fridge.Person
			if j < len(wk.Days[i].Slots) {
				people = wk.Days[i].Slots[j]
			}
			cells = append(cells, slotCell(people, tint))
		}
		rows = append(rows, container.New(cols, cells...))
	}
	page := container.NewBorder(head, nil, nil, nil, container.NewVScroll(container.New(&pvRowsLayout{}, rows...)))
	return container.NewStack(canvas.NewRectangle(pvPaper), container.NewPadded(page))
}

// dayHeads are the column heads: day name, date and public holiday.
func dayHeads(wk *fridge.Week) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, len(wk.Days))
	for i, d := range wk.Days {
		lines := []fyne.CanvasObject{pvCentred(d.Name, 15, true), pvCentred(d.Label, 11, false)}
		if d.Holiday != "" {
			lines = append(lines, pvCentred("★ "+d.Holiday, 11, true))
		}
		bg := canvas.NewRectangle(pvDays[i%len(pvDays)])
		bg.CornerRadius = 6
		out = append(out, container.NewStack(bg, container.NewVBox(lines...)))
	}
	return out
}

// slotHead is the row head: "ochtend" and its hours.
func slotHead(sl fridge.Slot, tint color.NRGBA) fyne.CanvasObject {
	bg := canvas.NewRectangle(mix(tint, pvInk, 0.1))
	bg.CornerRadius = 6
	hours := fmt.Sprintf("%s–%s uur", sl.Start.HourLabel(), sl.End.HourLabel())
	return container.NewStack(bg, container.NewCenter(container.NewVBox(pvCentred(sl.Name, 13, true), pvCentred(hours, 11, false))))
}

// slotCell holds the name tags of one day and slot.
func slotCell(people []fridge.Person, tint color.NRGBA) fyne.CanvasObject {
	bg := canvas.NewRectangle(tint)
	bg.CornerRadius = 6
	tags := make([]fyne.CanvasObject, 0, len(people))
	for _, p := range people {
		tags = append(tags, nameTag(p))
	}
	return container.NewStack(bg, container.NewPadded(container.NewVBox(tags...)))
}

// nameTag is a pill in a light tint of the person's colour with the first
// name, and a moon when they sleep in the house.
func nameTag(p fridge.Person) fyne.CanvasObject {
	c := color.NRGBA{p.Colour.R, p.Colour.G, p.Colour.B, 0xff}
	fill := mix(c, pvPaper, 0.68)
	bg := canvas.NewRectangle(fill)
	bg.StrokeColor, bg.StrokeWidth, bg.CornerRadius = darker(c), 1.5, 13
	name := pvCentred(p.Name, 14, true)
	var body fyne.CanvasObject = name
	if p.Sleeps {
		body = container.NewBorder(nil, nil, nil, newMoon(pvMoon, fill, 18), name)
	}
	return container.NewStack(bg, container.New(layout.NewCustomPaddedLayout(2, 2, 8, 6), body))
}

// pvText is a text of the page.
func pvText(s string, size float32, bold bool, c color.Color) *canvas.Text {
	t := canvas.NewText(s, c)
	t.TextSize, t.TextStyle.Bold = size, bold
	return t
}

// pvCentred is a centred text in ink.
func pvCentred(s string, size float32, bold bool) *canvas.Text {
	t := pvText(s, size, bold, pvInk)
	t.Alignment = fyne.TextAlignCenter
	return t
}

// mix blends a towards b by t (0: a, 1: b).
func mix(a, b color.NRGBA, t float64) color.NRGBA {
	f := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.NRGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 0xff}
}

// darker is c a quarter of the way to black.
func darker(c color.NRGBA) color.NRGBA { return mix(c, color.NRGBA{A: 0xff}, 0.25) }

// newMoon is a crescent of size px: a moon-coloured disc with a disc in
// the background colour over its right part.
func newMoon(moon, bg color.Color, size float32) fyne.CanvasObject {
	full := canvas.NewCircle(moon)
	full.StrokeColor, full.StrokeWidth = pvInk, 1
	cut := canvas.NewCircle(bg)
	return container.New(&moonLayout{size: size}, full, cut)
}

// moonLayout places the two discs of a crescent.
type moonLayout struct{ size float32 }

// Layout puts the full disc in the middle and the cutting disc up right.
func (l *moonLayout) Layout(objs []fyne.CanvasObject, sz fyne.Size) {
	s := l.size
	x, y := (sz.Width-s)/2, (sz.Height-s)/2
	objs[0].Move(fyne.NewPos(x, y))
	objs[0].Resize(fyne.NewSquareSize(s))
	objs[1].Move(fyne.NewPos(x+s*0.35, y-s*0.12))
	objs[1].Resize(fyne.NewSquareSize(s * 0.85))
}

// MinSize is the moon's size with a little room.
func (l *moonLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSquareSize(l.size + 4) }

// pvColumns lays out a row of the preview: a fixed first column, then
// equal columns, all as high as the highest.
type pvColumns struct{ first, gap float32 }

// Layout places the columns side by side.
func (l *pvColumns) Layout(objs []fyne.CanvasObject, sz fyne.Size) {
	if len(objs) == 0 {
		return
	}
	n := float32(len(objs) - 1)
	w := (sz.Width - l.first - l.gap*n) / max(n, 1)
	x := float32(0)
	for i, o := range objs {
		cw := w
		if i == 0 {
			cw = l.first
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(cw, sz.Height-l.gap))
		x += cw + l.gap
	}
}

// MinSize is the first column plus narrow day columns, as high as the
// highest cell.
func (l *pvColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	n := float32(max(len(objs)-1, 0))
	return fyne.NewSize(l.first+n*(80+l.gap), h+l.gap)
}

// pvDateRange is "16 – 22 november 2026", across months and years when
// needed.
func pvDateRange(wk *fridge.Week) string {
	first, last := wk.Days[0], wk.Days[6]
	y1, m1, d1 := first.Date.YMD()
	y2, m2, _ := last.Date.YMD()
	switch {
	case y1 != y2:
		return fmt.Sprintf("%s %d – %s %d", first.Label, y1, last.Label, y2)
	case m1 != m2:
		return fmt.Sprintf("%s – %s %d", first.Label, last.Label, y2)
	}
	return fmt.Sprintf("%d – %s %d", d1, last.Label, y2)
}

// pvGap is empty room of width w.
func pvGap(w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 1))
	return r
}

// pvRowsLayout stacks the rows of the preview: the first (the day heads)
// at its own height, the slot rows sharing the height left in proportion
// to what they need, like the rows of the page.
type pvRowsLayout struct{ gap float32 }

// Layout places the rows top to bottom, filling the height.
func (l *pvRowsLayout) Layout(objs []fyne.CanvasObject, sz fyne.Size) {
	need := l.MinSize(objs).Height
	slots := float32(0)
	for _, o := range objs[min(1, len(objs)):] {
		slots += o.MinSize().Height
	}
	extra := max(sz.Height-need, 0)
	y := float32(0)
	for i, o := range objs {
		h := o.MinSize().Height
		if i > 0 && slots > 0 {
			h += extra * h / slots
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(sz.Width, h))
		y += h + l.gap
	}
}

// MinSize is the rows' heights and gaps, as wide as the widest.
func (l *pvRowsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
		if i > 0 {
			s.Height += l.gap
		}
	}
	return s
}
