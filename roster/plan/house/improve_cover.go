package house

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// localCover measures the uncovered minutes of a few days quickly for the
// improvement phase: the bands and nights of each date and the presences
// of the house alone are found once; a proposal's presences are added per
// measurement. It counts exactly what Shortfall counts on the same window
// (TestLocalCoverMatchesShortfall).
type localCover struct {
	from  roster.Date
	bands [][]bandInst // per date from w.From-1: its bands (whole) and its night
	day   map[roster.Date][]presence
	night map[roster.Date][]presence // presences of the house alone by start date
	types map[string]*roster.ShiftType
	iv    []presence // scratch
}

// bandInst is one band or night of a date with its minimum.
type bandInst struct {
	night bool
	s, e  time.Time
	need  int
}

func newLocalCover(h *roster.House, w roster.Window, types []*roster.ShiftType) *localCover {
	lc := &localCover{from: w.From - 1, day: map[roster.Date][]presence{}, night: map[roster.Date][]presence{},
		types: map[string]*roster.ShiftType{}}
	for _, st := range types {
		lc.types[st.Code] = st
	}
	hol := roster.NewHolidaySet(roster.Window{From: w.From - 1, To: w.To}, h.Settings.ExtraHolidays)
	ns, ne := rules.NightClocks(&h.Settings)
	for d := w.From - 1; d <= w.To; d++ {
		var bs []bandInst
		dt := hol.DayTypeOf(d)
		for _, b := range h.Coverage {
			if b.Day == dt && b.Min > 0 {
				s, e := roster.Span(d, b.Start, b.End)
				bs = append(bs, bandInst{false, s, e, b.Min})
			}
		}
		if d >= w.From {
			s, e := roster.Span(d, ns, ne)
			bs = append(bs, bandInst{true, s, e, 1})
		}
		lc.bands = append(lc.bands, bs)
	}
	day, night := present(h, w)
	for _, p := range day {
		lc.day[roster.DateOf(p.s)] = append(lc.day[roster.DateOf(p.s)], p)
	}
	for _, p := range night {
		lc.night[roster.DateOf(p.s)] = append(lc.night[roster.DateOf(p.s)], p)
	}
	return lc
}

// short returns the uncovered person-minutes of window [a, b] (inside w)
// with props added to the house: as Shortfall(house with props, [a, b]).
func (lc *localCover) short(props []roster.Assignment, a, b roster.Date) int {
	s, _ := lc.measure(props, a, b)
	return s
}

// measure returns the uncovered person-minutes of window [a, b] (inside w)
// with props added to the house and their depth cost: as Shortfall and
// MeasureDepth(…).Cost of the house with props on [a, b].
func (lc *localCover) measure(props []roster.Assignment, a, b roster.Date) (short, deep int) {
	var sum, sq time.Duration
	as := a.Start()
	for _, night := range []bool{false, true} {
		lc.iv = lc.iv[:0]
		src := lc.day
		if night {
			src = lc.night
		}
		for d := a - 2; d <= b+1; d++ {
			lc.iv = append(lc.iv, src[d]...)
		}
		for _, p := range props {
			if p.Date < a-2 || p.Date > b+1 {
				continue
			}
			st := lc.types[p.Shift]
			if st == nil || (night && !st.Kind.NightCover()) || (!night && !st.Kind.Present()) {
				continue
			}
			s, e := roster.Span(p.Date, st.Start, st.End)
			lc.iv = append(lc.iv, presence{p.Member, s, e})
		}
		for d := a - 1; d <= b; d++ {
			for _, bi := range lc.bands[d-lc.from] {
				if bi.night != night {
					continue
				}
				s := bi.s
				if d < a {
					if bi.night || !bi.e.After(as) {
						continue // the nights of [a, b] only; the bands of the day before clipped
					}
					if s.Before(as) {
						s = as
					}
				}
				forSegments(lc.iv, s, bi.e, func(x, y time.Time, n int) {
					if miss := bi.need - n; miss > 0 {
						sum += time.Duration(miss) * y.Sub(x)
						sq += time.Duration(miss*miss) * y.Sub(x)
					}
				})
			}
		}
	}
	return int(sum / time.Minute), int(sq / time.Minute)
}
