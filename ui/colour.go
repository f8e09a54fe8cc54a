package ui

import (
	"image/color"
	"strconv"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// Fixed colours of the week screen. They read on the light and the dark
// theme alike.
var (
	colCoverOK        = color.NRGBA{0x4c, 0xaf, 0x50, 0xff} // enough
	colCoverShortOne  = color.NRGBA{0xff, 0xa7, 0x26, 0xff} // one short
	colCoverShortMore = color.NRGBA{0xe5, 0x39, 0x35, 0xff} // more short
	colCoverOver      = color.NRGBA{0x42, 0xa5, 0xf5, 0xff} // over the maximum
	colCoverNone      = color.NRGBA{0x9e, 0x9e, 0x9e, 0x40} // no requirement
	colLeave          = color.NRGBA{0x66, 0xbb, 0x6a, 0xff}
	colSick           = color.NRGBA{0xe5, 0x39, 0x35, 0xff}
	colOtherAbsence   = color.NRGBA{0x8d, 0x6e, 0x63, 0xff}
	colSelected       = color.NRGBA{0x1e, 0x88, 0xe5, 0xff}
	colCursor         = color.NRGBA{0xff, 0x8f, 0x00, 0xff} // the keyboard cursor: amber, apart from the blue selection
	colFixed          = color.NRGBA{0x78, 0x78, 0x78, 0x30}
	colHoliday        = color.NRGBA{0xe0, 0x6c, 0x4f, 0xff}
	colWish           = color.NRGBA{0xab, 0x47, 0xbc, 0xff}
	colError          = color.NRGBA{0xd3, 0x2f, 0x2f, 0xff}
	colWarning        = color.NRGBA{0xf5, 0x7c, 0x00, 0xff}
	colInfo           = color.NRGBA{0x19, 0x76, 0xd2, 0xff}
	colDefaultShift   = color.NRGBA{0x90, 0xa4, 0xae, 0xff}
)

// parseColour parses "#rrggbb" (or "rrggbb"); ok is false for anything else.
func parseColour(s string) (color.NRGBA, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return color.NRGBA{}, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return color.NRGBA{}, false
	}
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
}

// shiftColour returns the colour of a shift, or a neutral grey.
func shiftColour(s string) color.NRGBA {
	if c, ok := parseColour(s); ok {
		return c
	}
	return colDefaultShift
}

// withAlpha returns c with alpha a.
func withAlpha(c color.NRGBA, a uint8) color.NRGBA { c.A = a; return c }

// coverColour returns the strip colour of a cover status.
func coverColour(s weekview.CoverStatus) color.NRGBA {
	switch s {
	case weekview.CoverOK:
		return colCoverOK
	case weekview.CoverShortOne:
		return colCoverShortOne
	case weekview.CoverShortMore:
		return colCoverShortMore
	case weekview.CoverOver:
		return colCoverOver
	}
	return colCoverNone
}

// absenceColour returns the colour of an absence kind.
func absenceColour(k roster.AbsenceKind) color.NRGBA {
	switch k {
	case roster.AbsLeave:
		return colLeave
	case roster.AbsSick:
		return colSick
	}
	return colOtherAbsence
}

// severityColour returns the colour of a finding's severity.
func severityColour(s rules.Severity) color.NRGBA {
	switch s {
	case rules.SevError:
		return colError
	case rules.SevWarning:
		return colWarning
	}
	return colInfo
}
