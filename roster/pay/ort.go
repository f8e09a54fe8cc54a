package pay

import (
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// This file computes ORT, the irregular hours allowance of cao Jeugdzorg
// art. 8.1 (docs/realisation.md, ORT): every worked shift is split at midnight and at
// the band boundaries of the house's ORT table, on real instants, and each
// piece gets the percentage of the band it lies in.
//
// Decisions, documented here because the cao is silent on them:
//   - Day type: a piece lies on one calendar date; a public holiday (cao
//     art. 9.7, see [roster.NewHolidaySet]: not Goede Vrijdag) counts as a Sunday,
//     whatever its weekday. The night after a holiday belongs to the next
//     date from midnight on.
//   - Overlapping bands: the highest percentage applies.
//   - Unpaid break: the break is taken from the 0% hours first, then from the
//     lowest paid band upwards; this keeps the allowance for the irregular
//     hours the member actually spent at work (a late shift 15:00–23:00 with
//     a 30-minute break keeps its 3 h at 25% and 1 h at 45%).
//   - Sleep shifts (slaapdienst, live-in night): no ORT on any of its hours
//     (art. 8.1); its hours are reported apart as sleep hours.
//   - A shift vacated by a sick report is not worked: no ORT.
//   - A piece whose boundaries fall in the hour that occurs twice when summer
//     time ends is measured on real instants as time.Date resolves them;
//     the cao table has no boundary between 02:00 and 03:00.

// ORTCalc splits shifts into hours per ORT percentage for one house and a
// range of dates. Build it once with [NewORTCalc] and reuse it; it caches
// the instants of every date it has seen, so it is not safe for concurrent
// use.
type ORTCalc struct {
	bands    []roster.ORTBand
	hol      roster.HolidaySet
	percents []float64      // distinct percentages, ascending, 0 first
	cuts     []roster.Clock // every band boundary plus 0 and 1440, ascending
	// piece[dt][i] is the index in percents of the piece cuts[i]–cuts[i+1]
	// on a day of type dt (0 weekday, 1 Saturday, 2 Sunday/holiday).
	piece [3][]int
	days  map[roster.Date][]time.Time // the instants of cuts on a date
}

// NewORTCalc prepares the ORT table of s for shifts dated in w (the night of
// w's last day included).
func NewORTCalc(s *roster.Settings, w roster.Window) *ORTCalc {
	c := &ORTCalc{bands: s.ORT, hol: roster.NewHolidaySet(roster.Window{From: w.From, To: w.To + 1}, s.ExtraHolidays)}
	c.percents = []float64{0}
	c.cuts = []roster.Clock{0, 1440}
	for _, b := range s.ORT {
		if !slices.Contains(c.percents, b.Percent) {
			c.percents = append(c.percents, b.Percent)
		}
		c.cuts = append(c.cuts, b.Start, b.End)
	}
	slices.Sort(c.percents)
	slices.Sort(c.cuts)
	c.cuts = slices.Compact(c.cuts)
	for ti, dt := range roster.DayTypes {
		c.piece[ti] = make([]int, len(c.cuts)-1)
		for i := range c.piece[ti] {
			c.piece[ti][i] = c.percentAt(dt, c.cuts[i], c.cuts[i+1])
		}
	}
	c.days = make(map[roster.Date][]time.Time, w.Days()+2)
	return c
}

// instants returns the instants of the cuts on d, cached.
func (c *ORTCalc) instants(d roster.Date) []time.Time {
	if ts, ok := c.days[d]; ok {
		return ts
	}
	ts := make([]time.Time, len(c.cuts))
	for i, cl := range c.cuts {
		if cl == 1440 {
			ts[i] = (d + 1).Start()
		} else {
			ts[i] = d.Time(cl)
		}
	}
	c.days[d] = ts
	return ts
}

// dayTypeIndex returns the index of d's day type in DayTypes.
func (c *ORTCalc) dayTypeIndex(d roster.Date) int {
	switch c.hol.DayTypeOf(d) {
	case roster.DaySaturday:
		return 1
	case roster.DaySunday:
		return 2
	}
	return 0
}

// Percents returns the distinct percentages of the table in ascending
// order, 0 first; AddShift fills hours in this order.
func (c *ORTCalc) Percents() []float64 { return c.percents }

// Holidays returns the public holidays the calculator uses.
func (c *ORTCalc) Holidays() roster.HolidaySet { return c.hol }

// percentAt returns the index in percents of the highest band of day type
// dt that contains the clock interval [from, to).
func (c *ORTCalc) percentAt(dt roster.DayType, from, to roster.Clock) int {
	best := 0.0
	for i := range c.bands {
		b := &c.bands[i]
		if from < b.Start || to > b.End || b.Percent <= best || !slices.Contains(b.Days, dt) {
			continue
		}
		best = b.Percent
	}
	idx, _ := slices.BinarySearch(c.percents, best)
	return idx
}

// AddShift adds the worked hours of s, break deducted, per percentage to
// dst (indexed like Percents, so len(dst) must be len(Percents())) and
// returns the sleep hours: a sleep shift adds nothing to dst and returns its
// hours; a shift not worked adds and returns nothing.
func (c *ORTCalc) AddShift(dst []float64, s *roster.Shift) (sleep float64) {
	if !s.Worked() {
		return 0
	}
	if s.Kind.Sleeping() {
		return s.WorkHours()
	}
	var part [8]float64
	hours := part[:0]
	if len(c.percents) > len(part) {
		hours = make([]float64, 0, len(c.percents))
	}
	hours = hours[:len(c.percents)]
	clear(hours)
	start, end := s.Start, s.End
	for d := roster.DateOf(start.In(roster.Amsterdam)); ; d++ {
		ts := c.instants(d)
		if !ts[0].Before(end) {
			break
		}
		piece := c.piece[c.dayTypeIndex(d)]
		for i := 0; i+1 < len(ts); i++ {
			lo, hi := later(ts[i], start), earlier(ts[i+1], end)
			if !lo.Before(hi) {
				continue
			}
			hours[piece[i]] += hi.Sub(lo).Hours()
		}
	}
	brk := float64(s.BreakMin) / 60
	for i := range hours {
		take := min(brk, hours[i])
		hours[i] -= take
		brk -= take
		dst[i] += hours[i]
	}
	return 0
}

// later returns the later of a and b.
func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// earlier returns the earlier of a and b.
func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// ORTWeighted returns the allowance in hours of pay: Σ hours × percent/100,
// for hours indexed like percents.
func ORTWeighted(hours, percents []float64) float64 {
	w := 0.0
	for i, h := range hours {
		w += h * percents[i] / 100
	}
	return w
}
