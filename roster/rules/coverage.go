package rules

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// This file holds the spans the coverage rules share: COV-DAY and COV-OVER
// (cov_day.go: opvoeders present per band of the coverage profile) and
// COV-NIGHT (cov_night.go: exactly one night cover). Both are computed
// exactly on real instants by a sweep over the start and end events of the
// shifts (coverage_sweep.go), never on minute slots.

// covSpan is a merged interval of one band on one day where too few (or, with
// over, too many) opvoeders are present; lo and hi are the lowest and highest
// count during it.
type covSpan struct {
	day    roster.Date
	band   int // index in House.Coverage
	s, e   int64
	lo, hi int
	over   bool
}

// nightSpan is a merged interval of the night that starts on day with no
// night cover (lo == hi == 0) or with more than one (lo ≥ 2).
type nightSpan struct {
	day    roster.Date
	s, e   int64
	lo, hi int
}

// coverageSpans returns the gaps and overs of every band instance that
// belongs to a date of the window, plus the part inside the window of the
// bands of the day before that run into it; ordered by day, band, start.
// It also returns the presence intervals it counted.
func (c *checker) coverageSpans() ([]covSpan, []presence) {
	if len(c.h.Coverage) == 0 {
		return nil, nil
	}
	ws := c.winStart.Unix()
	// The night rule's intervals come from the same pass; checkNights
	// takes them from c.nightIv.
	iv, night := c.presenceLists(c.days.At(c.w.From-1, 0), ws, c.days.At(c.w.To+2, 0))
	c.nightIv = night
	st := stepsOf(iv)
	out := make([]covSpan, 0, c.w.Days()+1)
	for d := c.w.From - 1; d <= c.w.To; d++ {
		dt := c.hol.DayTypeOf(d)
		for bi := range c.h.Coverage {
			b := &c.h.Coverage[bi]
			if b.Day != dt {
				continue
			}
			bs, be := c.span(d, b.Start, b.End)
			if d < c.w.From {
				if be <= ws {
					continue
				}
				bs = max(bs, ws)
			}
			minN, maxN := b.Min, b.MaxOrDefault()
			runs(st, bs, be, func(n int) bool { return n < minN }, func(s, e int64, lo, hi int) {
				out = append(out, covSpan{day: d, band: bi, s: s, e: e, lo: lo, hi: hi})
			})
			runs(st, bs, be, func(n int) bool { return n > maxN }, func(s, e int64, lo, hi int) {
				out = append(out, covSpan{day: d, band: bi, s: s, e: e, lo: lo, hi: hi, over: true})
			})
		}
	}
	return out, iv
}

// nightSpans returns, for every night that starts on a date of the window,
// the merged parts without night cover and with more than one.
func (c *checker) nightSpans() ([]nightSpan, []presence) {
	ns, ne := c.h.Settings.NightClocks()
	iv := c.nightIv
	if iv == nil { // the day coverage did not run (a house without bands)
		ws := c.winStart.Unix()
		_, iv = c.presenceLists(ws, ws, c.days.At(c.w.To+2, 0))
	}
	c.nightIv = nil
	st := stepsOf(iv)
	var out []nightSpan
	for d := c.w.From; d <= c.w.To; d++ {
		s, e := c.span(d, ns, ne)
		runs(st, s, e, func(n int) bool { return n != 1 }, func(s, e int64, lo, hi int) {
			// Split a run of "not one" into its uncovered and double parts.
			if lo >= 2 || hi == 0 {
				out = append(out, nightSpan{d, s, e, lo, hi})
				return
			}
			runs(st, s, e, func(n int) bool { return n == 0 }, func(s, e int64, lo, hi int) {
				out = append(out, nightSpan{d, s, e, lo, hi})
			})
			runs(st, s, e, func(n int) bool { return n >= 2 }, func(s, e int64, lo, hi int) {
				out = append(out, nightSpan{d, s, e, lo, hi})
			})
		})
	}
	return out, iv
}

// span is Span(d, start, end) in Unix seconds, from the checker's midnights.
func (c *checker) span(d roster.Date, start, end roster.Clock) (int64, int64) {
	ed := d
	if end <= start {
		ed = d + 1
	}
	return c.days.At(d, start), c.days.At(ed, end)
}

// parts returns the label parts of [s, e) in Unix seconds, as partsOf
// gives them for the instants in Amsterdam, from the checker's midnights.
func (c *checker) parts(s, e int64) spanParts {
	ds, ss, ok1 := c.days.Local(s)
	de, es, ok2 := c.days.Local(e)
	if !ok1 || !ok2 { // a DST switch day: ask the time zone
		return partsOf(time.Unix(s, 0).In(roster.Amsterdam), time.Unix(e, 0).In(roster.Amsterdam))
	}
	return spanParts{ds: ds, de: de,
		sh: int(ss / 3600), sm: int(ss % 3600 / 60), eh: int(es / 3600), em: int(es % 3600 / 60)}
}
