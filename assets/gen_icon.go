//go:build ignore

// gen_icon draws assets/icon.png: a friendly house on a rounded tile.
// Run with: go run assets/gen_icon.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const size, ss = 512, 4 // output size and supersampling factor

type shape func(x, y float64) bool

func roundRect(x0, y0, x1, y1, r float64) shape {
	return func(x, y float64) bool {
		if x < x0 || x > x1 || y < y0 || y > y1 {
			return false
		}
		cx, cy := math.Max(x0+r, math.Min(x, x1-r)), math.Max(y0+r, math.Min(y, y1-r))
		return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
	}
}

// triangle with apex (ax, ay) and base from (bx0, by) to (bx1, by).
func triangle(ax, ay, bx0, bx1, by float64) shape {
	return func(x, y float64) bool {
		if y < ay || y > by {
			return false
		}
		t := (y - ay) / (by - ay)
		return x >= ax+(bx0-ax)*t && x <= ax+(bx1-ax)*t
	}
}

func circle(cx, cy, r float64) shape {
	return func(x, y float64) bool { return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r }
}

func heart(cx, cy, s float64) shape {
	return func(x, y float64) bool {
		u, v := (x-cx)/s, -(y-cy)/s
		a := u*u + v*v - 1
		return a*a*a-u*u*v*v*v <= 0
	}
}

type layer struct {
	s shape
	c color.NRGBA
}

func main() {
	u := float64(size) / 100 // design units: 100 × 100
	layers := []layer{
		{roundRect(4*u, 4*u, 96*u, 96*u, 20*u), color.NRGBA{0x3f, 0x8f, 0x88, 0xff}},    // teal tile
		{circle(76*u, 24*u, 9*u), color.NRGBA{0xff, 0xd1, 0x66, 0xff}},                  // sun
		{roundRect(62*u, 22*u, 72*u, 46*u, 1.5*u), color.NRGBA{0x8a, 0x3b, 0x2e, 0xff}}, // chimney
		{roundRect(22*u, 46*u, 78*u, 84*u, 3*u), color.NRGBA{0xfb, 0xf3, 0xe4, 0xff}},   // walls
		{triangle(50*u, 16*u, 12*u, 88*u, 50*u), color.NRGBA{0xe0, 0x6c, 0x4f, 0xff}},   // roof
		{roundRect(43*u, 62*u, 57*u, 84*u, 6*u), color.NRGBA{0x3f, 0x8f, 0x88, 0xff}},   // door
		{roundRect(27*u, 55*u, 38*u, 66*u, 2*u), color.NRGBA{0x9f, 0xd3, 0xe8, 0xff}},   // window left
		{roundRect(62*u, 55*u, 73*u, 66*u, 2*u), color.NRGBA{0x9f, 0xd3, 0xe8, 0xff}},   // window right
		{heart(50*u, 37*u, 6*u), color.NRGBA{0xfb, 0xf3, 0xe4, 0xff}},                   // heart in the roof
		{roundRect(22*u, 84*u, 78*u, 86.5*u, 1*u), color.NRGBA{0x2f, 0x6f, 0x69, 0xff}}, // doorstep line
	}
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := float64(px) + (float64(sx)+0.5)/ss
					y := float64(py) + (float64(sy)+0.5)/ss
					var c color.NRGBA
					for _, l := range layers {
						if l.s(x, y) {
							c = l.c
						}
					}
					fa := float64(c.A) / 255
					r += float64(c.R) * fa
					g += float64(c.G) * fa
					b += float64(c.B) * fa
					a += fa
				}
			}
			n := float64(ss * ss)
			if a > 0 {
				img.SetNRGBA(px, py, color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(a / n * 255)})
			}
		}
	}
	f, err := os.Create("assets/icon.png")
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
