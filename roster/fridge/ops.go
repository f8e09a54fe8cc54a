package fridge

import (
	"math"

	"codeberg.org/go-pdf/fpdf"
)

// opKind is the kind of one drawing operation.
type opKind int

const (
	opBox     opKind = iota // rounded rectangle x, y, w, h, radius r
	opText                  // text at x with its baseline at y
	opCircle                // circle with centre x, y and radius r
	opPolygon               // closed polygon through pts
	opPhoto                 // photo clipped to the circle x, y, r
	opLine                  // line from x, y to x+w, y+h
)

// op is one drawing operation of the page, in millimetres (text sizes in
// points). The page is a list of them: tests inspect the list, the PDF
// writer replays it.
type op struct {
	kind    opKind
	x, y    float64
	w, h, r float64
	fill    RGB
	filled  bool
	stroke  RGB
	lineW   float64 // 0: no outline
	text    string
	size    float64 // text size in pt
	bold    bool
	pts     []fpdf.PointType
	photo   int // index into page.photos
}

// ptToMM converts points to millimetres.
const ptToMM = 25.4 / 72

// capHeight is the height of Noto Sans capitals as a share of the font size.
const capHeight = 0.714

// crescent returns a moon: the disc of radius r at (cx, cy) minus a disc
// shifted to the upper right, as a polygon.
func crescent(cx, cy, r float64) []fpdf.PointType {
	const steps = 24
	phi := -math.Pi / 5 // direction of the cut-out disc (y grows downwards)
	d, r2 := 0.55*r, 0.85*r
	cosT := (r*r + d*d - r2*r2) / (2 * r * d)
	t0 := math.Acos(math.Max(-1, math.Min(1, cosT)))
	px, py := r*math.Cos(t0), r*math.Sin(t0)
	a0 := math.Atan2(py, px-d)
	pts := make([]fpdf.PointType, 0, 2*steps+2)
	for i := 0; i <= steps; i++ { // outer arc, the far side
		t := t0 + (2*math.Pi-2*t0)*float64(i)/steps
		pts = append(pts, rot(cx, cy, r*math.Cos(t), r*math.Sin(t), phi))
	}
	for i := 0; i <= steps; i++ { // inner arc back, facing the centre
		a := 2*math.Pi - a0 - (2*math.Pi-2*a0)*float64(i)/steps
		pts = append(pts, rot(cx, cy, d+r2*math.Cos(a), r2*math.Sin(a), phi))
	}
	return pts
}

// star returns a five-pointed star with outer radius r at (cx, cy).
func star(cx, cy, r float64) []fpdf.PointType {
	pts := make([]fpdf.PointType, 0, 10)
	for i := range 10 {
		rr := r
		if i%2 == 1 {
			rr = r * 0.45
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5
		pts = append(pts, fpdf.PointType{X: cx + rr*math.Cos(a), Y: cy + rr*math.Sin(a)})
	}
	return pts
}

// rot rotates (x, y) by phi and moves it to (cx, cy).
func rot(cx, cy, x, y, phi float64) fpdf.PointType {
	s, c := math.Sincos(phi)
	return fpdf.PointType{X: cx + x*c - y*s, Y: cy + x*s + y*c}
}
