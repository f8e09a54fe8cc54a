package rules

import (
	"github.com/huisrooster/huisrooster/roster"
)

// Gap is an interval, in Unix seconds, in which the coverage profile of a
// house is not met: fewer opvoeders present than a coverage band asks for
// (what COV-DAY reports), or a night without any night cover (COV-NIGHT).
type Gap struct {
	Start, End int64 // Unix seconds, End exclusive
}

// DayGaps returns the intervals of day d in which fewer opvoeders are present
// than the house's coverage profile asks, in the order COV-DAY finds them.
func DayGaps(h *roster.House, d roster.Date) []Gap {
	c := newChecker(h, roster.Window{From: d, To: d})
	spans, _ := c.coverageSpans()
	var out []Gap
	for _, sp := range spans {
		if !sp.over && sp.day == d {
			out = append(out, Gap{Start: sp.s, End: sp.e})
		}
	}
	return out
}

// NightGaps returns the intervals of the night that starts on d in which no
// night cover is present, in the order COV-NIGHT finds them.
func NightGaps(h *roster.House, d roster.Date) []Gap {
	c := newChecker(h, roster.Window{From: d, To: d})
	spans, _ := c.nightSpans()
	var out []Gap
	for _, sp := range spans {
		if sp.hi == 0 {
			out = append(out, Gap{Start: sp.s, End: sp.e})
		}
	}
	return out
}
