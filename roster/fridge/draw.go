package fridge

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"

	"github.com/huisrooster/huisrooster/roster"
)

// box adds a rounded rectangle; lineW 0 means no outline.
func (p *page) box(r rect, radius float64, fill, stroke RGB, lineW float64) {
	p.ops = append(p.ops, op{kind: opBox, x: r.x, y: r.y, w: r.w, h: r.h, r: radius,
		fill: fill, filled: true, stroke: stroke, lineW: lineW})
}

// text adds s with its left end at x and its baseline at y.
func (p *page) text(s string, x, y, size float64, bold bool, c RGB) {
	p.ops = append(p.ops, op{kind: opText, x: x, y: y, text: s, size: size, bold: bold, fill: c})
}

// centred adds s centred on x.
func (p *page) centred(s string, x, y, size float64, bold bool, c RGB, m measureFunc) {
	p.text(s, x-m(s, bold, size)/2, y, size, bold, c)
}

// circle adds a circle; filled false draws the outline only.
func (p *page) circle(x, y, r float64, fill RGB, filled bool, stroke RGB, lineW float64) {
	p.ops = append(p.ops, op{kind: opCircle, x: x, y: y, r: r, fill: fill, filled: filled, stroke: stroke, lineW: lineW})
}

// poly adds a filled polygon with an outline.
func (p *page) poly(pts []fpdf.PointType, fill, stroke RGB, lineW float64) {
	p.ops = append(p.ops, op{kind: opPolygon, pts: pts, fill: fill, filled: true, stroke: stroke, lineW: lineW})
}

// line adds a line.
func (p *page) line(x1, y1, x2, y2 float64, c RGB, lineW float64) {
	p.ops = append(p.ops, op{kind: opLine, x: x1, y: y1, w: x2 - x1, h: y2 - y1, stroke: c, lineW: lineW})
}

// title adds the friendly title in many colours, the house and the week.
func (p *page) title(wk *Week, m measureFunc) {
	const size, base = 28.0, 15.0
	x, k := margin, 0
	for _, r := range "Wie is er deze week?" {
		s := string(r)
		if !unicode.IsSpace(r) {
			p.text(s, x, base, size, true, titleInk[k%len(titleInk)])
			k++
		}
		x += m(s, true, size)
	}
	right := pageW - margin
	house := wk.House
	if house == "" {
		house = "Ons huis"
	}
	// A long house name gets smaller, then shorter, but stays clear of the
	// title and the legend.
	room := right - (x + 80)
	hs := max(minText, min(18, 18*room/m(house, true, 18)))
	house = fitText(house, room, hs, m)
	hx := right - m(house, true, hs)
	p.text(house, hx, 11.5, hs, true, ink)
	p.house(hx-9.5, 4.2, 7.5)
	sub := fmt.Sprintf("week %d · %s", wk.Number, dateRange(wk.Monday, wk.Monday+6))
	p.text(sub, right-m(sub, false, 13), 18.2, 13, false, ink)
	p.legend(x+14, base-1.6, m)
	if !wk.PrintedAt.IsZero() {
		p.markLegend(margin, base+4.2, wk.PrintedAt, m)
	}
}

// house adds a little house of width w with its roof's top at (x+w/2, y).
func (p *page) house(x, y, w float64) {
	roofH, bodyH := w*0.45, w*0.55
	p.box(rect{x + w*0.12, y + roofH - 0.3, w * 0.76, bodyH}, 0.6, RGB{0xFF, 0xE0, 0x66}, ink, 0.35)
	p.box(rect{x + w*0.42, y + roofH + bodyH*0.4, w * 0.18, bodyH*0.6 - 0.3}, 0.4, RGB{0xB0, 0x6A, 0x00}, ink, 0.25)
	p.poly([]fpdf.PointType{{X: x, Y: y + roofH}, {X: x + w/2, Y: y}, {X: x + w, Y: y + roofH}},
		RGB{0xE0, 0x3E, 0x3E}, ink, 0.35)
}

// rowLabel adds the label of a slot: its picture, name and hours.
func (p *page) rowLabel(sl Slot, j int, r rect, tint RGB, m measureFunc) {
	p.box(r, 2.5, tint.mix(RGB{}, 0.06), tint.mix(RGB{}, 0.3), 0.4)
	s := min(11, r.h-13.5)
	cx, cy := r.x+r.w/2, r.y+1.8+s/2
	switch {
	case sl.Night:
		p.poly(crescent(cx-0.8, cy, s*0.42), moonFil, ink, 0.35)
		p.poly(star(cx+s*0.38, cy-s*0.3, s*0.16), moonFil, ink, 0.25)
		p.poly(star(cx+s*0.45, cy+s*0.22, s*0.11), moonFil, ink, 0.25)
	case j == 0: // morning: the sun comes up
		p.halfSun(cx, cy+s*0.25, s*0.36, sunFill, true)
	case j == len(rowTint)-2: // evening: the sun goes down
		p.halfSun(cx, cy+s*0.25, s*0.36, RGB{0xF3, 0x72, 0x2C}, false)
	default:
		p.sun(cx, cy, s*0.28)
	}
	p.centred(sl.Name, cx, r.y+1.8+s+5.6, 13, true, ink, m)
	hours := sl.Start.HourLabel() + "–" + sl.End.HourLabel() + " uur"
	p.centred(hours, cx, r.y+1.8+s+10.6, minText, false, ink, m)
}

// sun adds a sun with rays.
func (p *page) sun(cx, cy, r float64) {
	for i := range 8 {
		a := float64(i) * math.Pi / 4
		s, c := math.Sincos(a)
		p.line(cx+c*r*1.3, cy+s*r*1.3, cx+c*r*1.75, cy+s*r*1.75, sunLine, 0.6)
	}
	p.circle(cx, cy, r, sunFill, true, sunLine, 0.5)
}

// halfSun adds a sun on the horizon at y = cy, with rays when rising.
func (p *page) halfSun(cx, cy, r float64, fill RGB, rays bool) {
	if rays {
		for i := 1; i <= 5; i++ {
			a := math.Pi + float64(i)*math.Pi/6
			s, c := math.Sincos(a)
			p.line(cx+c*r*1.25, cy+s*r*1.25, cx+c*r*1.7, cy+s*r*1.7, sunLine, 0.6)
		}
	}
	pts := make([]fpdf.PointType, 0, 20)
	for i := 0; i <= 18; i++ {
		a := math.Pi + float64(i)*math.Pi/18
		pts = append(pts, fpdf.PointType{X: cx + r*math.Cos(a), Y: cy + r*math.Sin(a)})
	}
	p.poly(pts, fill, sunLine, 0.5)
	p.line(cx-r*1.8, cy, cx+r*1.8, cy, sunLine, 0.6)
	if !rays { // a first star in the evening sky
		p.poly(star(cx+r*1.35, cy-r*1.3, r*0.4), moonFil, ink, 0.2)
	}
}

// tag adds one name tag: a pill in the member's colour with a thick border,
// the photo or initial, the name in dark text and a moon for sleepers.
func (p *page) tag(t placedTag, photos map[int][]byte, m measureFunc) {
	p.tags = append(p.tags, t)
	r := t.rect
	if t.more > 0 {
		p.box(r, r.h/2, white, grey, tagLine)
		p.centred(t.text, r.x+r.w/2, r.y+r.h/2+t.size*ptToMM*capHeight/2, t.size, true, ink, m)
		return
	}
	c := t.person.Colour
	p.box(r, r.h/2, c.mix(white, 0.68), c.border(), tagLine)
	x := r.x + r.h*pillEnd
	if t.avatar {
		d := avatarD(r.h)
		ax, ay := r.x+1.0+d/2, r.y+r.h/2
		if _, ok := photos[t.person.Member]; ok {
			p.ops = append(p.ops, op{kind: opPhoto, x: ax, y: ay, r: d / 2, photo: t.person.Member})
			p.circle(ax, ay, d/2, white, false, c.border(), 0.5)
		} else {
			p.circle(ax, ay, d/2, c, true, c.border(), 0.5)
			txt := ink
			if c.luminance() < 0.5 {
				txt = white
			}
			ini := initial(t.person.Name)
			size := max(minText, min(t.size, d/ptToMM*0.62))
			p.centred(ini, ax, ay+size*ptToMM*capHeight/2, size, true, txt, m)
		}
		x = r.x + 1.0 + d + 1.6
	}
	right := r.x + r.w - r.h*pillEnd
	if t.person.Sleeps {
		mr := moonR(r.h)
		p.poly(crescent(r.x+r.w-mr*0.75, r.y+r.h/2, mr), moonFil, ink, 0.3)
		right = r.x + r.w - r.h*pillEnd - moonRoom(r.h)
	}
	// The name sits in the middle of the room left between avatar and moon.
	w := m(t.text, true, t.size)
	x = max(x, x+(right-x-w)/2)
	p.text(t.text, x, r.y+r.h/2+t.size*ptToMM*capHeight/2, t.size, true, ink)
	if t.person.Changed {
		p.changeMark(r.x+0.6, r.y+0.4, m)
	}
}

// markR is the radius of the "changed since the last print" mark.
const markR = 2.5

// changeMark adds the "gewijzigd sinds vorige afdruk" mark: a red disc
// with a white "!", centred on (x, y).
func (p *page) changeMark(x, y float64, m measureFunc) {
	p.circle(x, y, markR, markFill, true, white, 0.5)
	p.centred("!", x, y+minText*ptToMM*capHeight/2, minText, true, white, m)
}

// markLegend explains the change mark, starting at x with its middle at y.
func (p *page) markLegend(x, y float64, at time.Time, m measureFunc) {
	p.changeMark(x+markR, y, m)
	t := at.In(roster.Amsterdam)
	d := roster.DateOf(t)
	_, month, day := d.YMD()
	label := fmt.Sprintf("= gewijzigd sinds vorige afdruk (%s %d %s %s)", dayNames[d.Weekday()], day, monthNames[month-1], t.Format("15:04"))
	p.text(label, x+2*markR+1.5, y+minText*ptToMM*capHeight/2, minText, false, ink)
}

// legend explains the moon, starting at x with its middle at y.
func (p *page) legend(x, y float64, m measureFunc) {
	p.poly(crescent(x+2.6, y, 2.6), moonFil, ink, 0.3)
	p.text("= slaapt vannacht in huis", x+6.5, y+minText*ptToMM*capHeight/2, minText, false, ink)
}

// initial returns the first letter of name, upper case.
func initial(name string) string {
	r, _ := utf8.DecodeRuneInString(name)
	if r == utf8.RuneError {
		return "?"
	}
	return string(unicode.ToUpper(r))
}

// splitWords splits s at spaces.
func splitWords(s string) []string { return strings.Fields(s) }
