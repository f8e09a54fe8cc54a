package plan

import (
	"context"
	"slices"
	"time"
)

// Construction by windows: on long horizons the row programme over a whole
// row is large (Instance20: 182 days, about 10⁵ states a day; Instance24: 364
// days, 32 types, beyond the cap), and building 50–150 such rows one by one
// took most of a minute. Instead every row is built window by window from
// the first day: for each window of rowWinDays days, the employees in a
// random order each get the cheapest sub-row for the window (the exact row
// programme over the window, rowwin.go) given the rows before them, with
// coverage priced at its marginal cost — so the most under-covered (day,
// shift) pairs are filled first, by whoever's rules allow them. The days
// before the window keep their values (blocks, successions and maximum
// runs across the window's start are seen whole); the days after it are
// still open, so a block may end open at the window's end, and the next
// window continues it. Each window takes its share of the minutes still
// needed (the middle of the row's range, spread over the days left, give
// or take its longest shift); the last takes exactly what is left. Rows
// that still break a rule afterwards go to the row-by-row construction.

// constructWinWork is the size of a whole-row programme (days × states)
// above which rows are built by windows.
const constructWinWork = 1 << 22

// windowedStart reports whether the rows of todo are better built by
// windows: the horizon holds several windows and some row's whole-row
// programme is too large or cannot apply.
func (w *worker) windowedStart(p *Problem, todo []int) bool {
	m := w.m
	if p == nil || m.D <= 2*rowWinDays || len(todo) == 0 {
		return false
	}
	for _, e := range todo {
		if dp := w.dps[e]; !dp.ok || w.dpEvery <= 0 || m.D*dp.states > constructWinWork {
			return true
		}
	}
	return false
}

// constructByWindows builds the rows of emps (their free cells first set
// off) window by window, until ctx ends or deadline (if set) passes. When
// the first window shows that all of them would take longer than the time
// left, it restores the rows and returns false (the row-by-row
// construction takes over).
func (w *worker) constructByWindows(ctx context.Context, p *Problem, emps []int, deadline time.Time) bool {
	m, s := w.m, w.s
	D, V := m.D, m.V
	row := make([]uint8, D)
	for _, e := range emps {
		copy(row, s.row(e))
		for d := range row {
			if i := e*D + d; m.free(i) && m.mask[i]&1 != 0 {
				row[d] = 0
			}
		}
		w.setRow(e, row)
	}
	rw := newRowWindows(p, s, w.rng.Uint64())
	// One hour off pace costs more than a shift of the shortest length can
	// gain in cover.
	var gain int32
	for i := range m.under {
		gain = max(gain, m.under[i])
	}
	shortest := int32(0)
	for i, mins := range m.minutes {
		if i%V != 0 && mins > 0 && (shortest == 0 || mins < shortest) {
			shortest = mins
		}
	}
	weight := 1
	if shortest > 0 {
		weight = int(gain*60/shortest) + 1
	}
	// The rows as they were, for when the windows would take too long.
	saved := make([][]uint8, len(emps))
	for k, e := range emps {
		saved[k] = slices.Clone(s.row(e))
	}
	began := time.Now()
	windows := (D + rowWinDays - 1) / rowWinDays
	for a := 0; a < D; {
		b := min(D, a+rowWinDays)
		if D-b < rowWinDays/2 {
			b = D // a short tail joins the last window
		}
		for j, k := range w.rng.Perm(len(emps)) {
			if ctx.Err() != nil || (!deadline.IsZero() && !time.Now().Before(deadline)) {
				return false
			}
			// In the first window: when all windows would take longer
			// than the time left, hand the rows back as they were.
			if a == 0 && j > 0 && !deadline.IsZero() {
				all := time.Since(began) / time.Duration(j) * time.Duration(len(emps)*windows)
				if began.Add(all).After(deadline) {
					for k, e := range emps {
						w.setRow(e, saved[k])
					}
					return false
				}
			}
			e := emps[k]
			// The window with its share of the minutes; else with any
			// minutes; else with its margin re-planned too (a block left
			// open at the last window's end may have no way on).
			mg := rw.margin(e)
			for try := range 3 {
				a2 := a
				if try == 2 {
					a2 = max(0, a-mg)
				}
				lo := max(0, a2-mg)
				sub := rw.subRow(e, lo, b, a2, b)
				if try > 0 || b < D {
					rw.share(&sub.Employees[0], e, lo, a2, b, weight)
				}
				if sr := rw.solveSub(e, lo, b, sub); sr != nil {
					rw.apply(e, lo, sr, true)
					break
				}
			}
		}
		a = b
	}
	// Rows still off their minutes are steered towards them window by
	// window.
	for _, e := range emps {
		rw.repair(e, weight, func() bool {
			return ctx.Err() != nil || (!deadline.IsZero() && !time.Now().Before(deadline))
		})
	}
	return true
}

// repair moves employee e's row towards her minutes, window by window (in a
// random order, again while a pass brings the row closer, until it breaks
// no rule or late): each window's
// sub-row is steered (weight per hour) towards its minutes now plus what the
// row lacks (less what it has too many), and kept when the row's hard units
// do not rise and the score does not rise.
func (rw *rowWindows) repair(e, weight int, late func() bool) {
	s := rw.s
	m := s.m
	D := m.D
	r := &m.emp[e]
	step := rowWinDays
	starts := rw.rng.Perm((D + step - 1) / step)
	for last := int32(-1); s.rowHard[e] != last; {
		last = s.rowHard[e]
		for _, k := range starts {
			if s.rowHard[e] == 0 || late() {
				return
			}
			var mins int32
			for d, v := range s.row(e) {
				mins += m.minutes[d*m.V+int(v)]
			}
			var off int32
			switch {
			case mins < r.minMin:
				off = r.minMin - mins
			case r.maxMin >= 0 && mins > r.maxMin:
				off = r.maxMin - mins
			default:
				return // another rule: left to the row-by-row construction
			}
			a, b := k*step, min(D, (k+1)*step)
			mg := rw.margin(e)
			lo, hi := max(0, a-mg), min(D, b+mg)
			sub := rw.subRow(e, lo, hi, a, b)
			var cur int32
			for d := lo; d < hi; d++ {
				cur += m.minutes[d*m.V+int(s.x[e*D+d])]
			}
			se := &sub.Employees[0]
			se.MinMinutes, se.TargetMinutes, se.MinutesWeight = 0, int(max(0, cur+off)), weight
			if sr := rw.solveSub(e, lo, hi, sub); sr != nil {
				rw.apply(e, lo, sr, false)
			}
		}
	}
}

// share steers the minutes of employee e's sub-row over [lo, b) (free
// days [a, b)) towards the straight line from 0 to the middle of her
// range (her minimum, or her target when she has no maximum) at day b:
// each hour away from it costs weight, more than one shift can gain in
// cover, so the row keeps pace over the year and no window leaves the rest
// too much or too little to do. Only the maximum stays a hard bound.
func (rw *rowWindows) share(se *Employee, e, lo, a, b int, weight int) {
	m := rw.s.m
	r := &m.emp[e]
	row := rw.s.row(e)
	var before, margin, later int32 // minutes before lo, on [lo, a), from b
	for d, v := range row {
		mins := m.minutes[d*m.V+int(v)]
		switch {
		case d < lo:
			before += mins
		case d < a:
			margin += mins
		case d >= b:
			later += mins
		}
	}
	total := r.minMin
	if r.maxMin >= 0 {
		total = (r.minMin + r.maxMin) / 2
	} else if r.minutesW != 0 && r.target > r.minMin {
		total = r.target
	}
	line := int32(int64(total) * int64(b) / int64(m.D))
	se.MinMinutes = 0
	if r.maxMin >= 0 {
		se.MaxMinutes = int(max(0, r.maxMin-before-later))
	}
	se.TargetMinutes = int(max(0, line-before))
	se.MinutesWeight = weight
}
