package house

import (
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// How deep is a shortfall? Shortfall counts person-minutes: one opvoeder
// short for 8 h weighs as much as three short for 2 h 40. A team would much
// rather be one short all day than leave the children with nobody in the
// evening, so after the uncovered minutes the planner prefers a shallow
// shortfall: the depth cost sums, over every minute of a band or night, the
// square of the number of opvoeders missing (three missing for a minute
// costs 9, three times one missing costs 3). For the same uncovered time it
// is least where the missing opvoeders are spread thinly.

// Depth describes how deep the shortfall of a window is.
type Depth struct {
	// EmptyMinutes are the minutes of the coverage profile's bands (minimum
	// above 0) with no opvoeder present at all (nights not counted: an
	// uncovered night is a gap of its own).
	EmptyMinutes int
	// MaxMissing is the most opvoeders missing at once under a band.
	MaxMissing int
	// Cost is the depth cost: the sum over the minutes of the bands and the
	// nights of the squared number of opvoeders missing.
	Cost int
}

// EmptySpan is a time under a band of the coverage profile during which no
// opvoeder is present.
type EmptySpan struct {
	Start, End time.Time
}

// MeasureDepth returns how deep the shortfall of window w of h is, over the
// same bands, nights and presences Shortfall counts.
func MeasureDepth(h *roster.House, w roster.Window) Depth {
	day, night := present(h, w)
	var d Depth
	var empty, cost time.Duration
	demand(h, w, func(isNight bool, s, e time.Time, need int) {
		iv := day
		if isNight {
			iv = night
		}
		forSegments(iv, s, e, func(a, b time.Time, n int) {
			if n >= need {
				return
			}
			miss := need - n
			cost += time.Duration(miss*miss) * b.Sub(a)
			if !isNight {
				d.MaxMissing = max(d.MaxMissing, miss)
				if n == 0 {
					empty += b.Sub(a)
				}
			}
		})
	})
	d.EmptyMinutes, d.Cost = int(empty/time.Minute), int(cost/time.Minute)
	return d
}

// EmptySpans returns the times of window w under a band of the coverage
// profile (minimum above 0) with no opvoeder present, in time order, spans
// that touch merged into one.
func EmptySpans(h *roster.House, w roster.Window) []EmptySpan {
	day, _ := present(h, w)
	var out []EmptySpan
	demand(h, w, func(isNight bool, s, e time.Time, need int) {
		if isNight {
			return
		}
		forSegments(day, s, e, func(a, b time.Time, n int) {
			if n == 0 {
				out = append(out, EmptySpan{a, b})
			}
		})
	})
	slices.SortFunc(out, func(x, y EmptySpan) int { return x.Start.Compare(y.Start) })
	merged := out[:0]
	for _, sp := range out {
		if k := len(merged); k > 0 && !sp.Start.After(merged[k-1].End) {
			if sp.End.After(merged[k-1].End) {
				merged[k-1].End = sp.End
			}
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// forSegments cuts [s, e) at every start and end of the presences iv and
// calls f for each piece with the number of members present during it
// (each member once; a member ≤ 0 is a placeholder that counts on its own),
// as short counts them.
func forSegments(iv []presence, s, e time.Time, f func(a, b time.Time, n int)) {
	if !e.After(s) {
		return
	}
	cuts := []time.Time{s, e}
	var in []presence
	for _, p := range iv {
		if p.e.After(s) && p.s.Before(e) {
			in = append(in, p)
			if p.s.After(s) {
				cuts = append(cuts, p.s)
			}
			if p.e.Before(e) {
				cuts = append(cuts, p.e)
			}
		}
	}
	slices.SortFunc(cuts, func(a, b time.Time) int { return a.Compare(b) })
	cuts = slices.CompactFunc(cuts, func(a, b time.Time) bool { return a.Equal(b) })
	seen := map[int]bool{}
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		clear(seen)
		n := 0
		for _, p := range in {
			if !p.s.After(a) && p.e.After(a) {
				if p.member <= 0 {
					n++
				} else if !seen[p.member] {
					seen[p.member] = true
					n++
				}
			}
		}
		f(a, b, n)
	}
}

// Text says when the span is, in plain words: "ma 7 dec 17:30–23:00"
// (nl) or "Mon 7 Dec 17:30–23:00" (en), the date the span starts on.
func (s EmptySpan) Text(l roster.Lang) string {
	a, b := s.Start.In(roster.Amsterdam), s.End.In(roster.Amsterdam)
	return roster.ShortDayLabel(roster.DateOf(a), l) + " " + a.Format("15:04") + "–" + b.Format("15:04")
}

// Minutes returns how long the span lasts in minutes.
func (s EmptySpan) Minutes() int { return int(s.End.Sub(s.Start) / time.Minute) }
