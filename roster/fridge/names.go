package fridge

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/huisrooster/huisrooster/roster"
)

var dayNames = [7]string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"}

var monthNames = [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

// dayLabel formats "23 november".
func dayLabel(day int, m time.Month) string { return fmt.Sprintf("%d %s", day, monthNames[m-1]) }

// firstNames returns each member's first name; when two members share a
// first name, the initial of the last name is added ("Anna B.").
func firstNames(h *roster.House) map[int]string {
	first := make(map[int]string, len(h.Members))
	count := map[string]int{}
	for _, m := range h.Members {
		f := firstName(m.Name)
		first[m.ID] = f
		count[strings.ToLower(f)]++
	}
	for _, m := range h.Members {
		f := first[m.ID]
		if count[strings.ToLower(f)] < 2 {
			continue
		}
		if fields := strings.Fields(m.Name); len(fields) > 1 {
			r, _ := utf8.DecodeRuneInString(fields[len(fields)-1])
			first[m.ID] = f + " " + string(unicode.ToUpper(r)) + "."
		}
	}
	return first
}

// firstName returns the first word of name, or "?" for an empty name.
func firstName(name string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return "?"
}

// RGB is a colour with 0–255 channels.
type RGB struct{ R, G, B uint8 }

// palette gives members without a colour of their own one of these.
var palette = []RGB{
	{0xE6, 0x49, 0x80}, {0x1C, 0x7E, 0xD6}, {0x37, 0xB2, 0x4D}, {0xF7, 0x67, 0x07},
	{0x7A, 0x4F, 0xD6}, {0x0C, 0xA6, 0x78}, {0xF0, 0x8C, 0x00}, {0x10, 0x98, 0xAD},
}

// memberColours returns each member's colour: their own "#rrggbb", or one of
// the palette by their place in the team.
func memberColours(h *roster.House) map[int]RGB {
	out := make(map[int]RGB, len(h.Members))
	for i, m := range h.Members {
		c, ok := parseHex(m.Colour)
		if !ok {
			c = palette[i%len(palette)]
		}
		out[m.ID] = c
	}
	return out
}

// parseHex parses "#rrggbb" (the # is optional).
func parseHex(s string) (RGB, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return RGB{}, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return RGB{}, false
	}
	return RGB{uint8(v >> 16), uint8(v >> 8), uint8(v)}, true
}

// mix returns c moved towards o by t (0: c, 1: o).
func (c RGB) mix(o RGB, t float64) RGB {
	f := func(a, b uint8) uint8 { return uint8(float64(a) + (float64(b)-float64(a))*t + 0.5) }
	return RGB{f(c.R, o.R), f(c.G, o.G), f(c.B, o.B)}
}

// luminance returns the relative brightness of c, 0–1.
func (c RGB) luminance() float64 {
	return (0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)) / 255
}

var (
	white = RGB{255, 255, 255}
	ink   = RGB{0x1F, 0x1F, 0x2E} // text: near black, prints well in black and white
)

// border returns a tag border colour for c: c itself, darkened when it is so
// light that it would vanish on paper.
func (c RGB) border() RGB {
	if l := c.luminance(); l > 0.55 {
		return c.mix(RGB{}, (l-0.45)*0.9)
	}
	return c
}
