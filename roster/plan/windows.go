package plan

import (
	"context"
	"math/rand/v2"
	"slices"
	"time"
)

// Windows: the scaled-down form of the exact stages. A long horizon makes
// the row programme's minute levels and the master's coverage rows grow,
// many employees make every pricing round and the basis larger; on such
// shapes the column stage is slow or cannot apply at all. A window is a
// sub-problem of a few weeks (windowDays free days plus windowMargin fixed
// days on each side, so blocks that cross its ends are judged whole) and a
// subset of the staff (windowStaff); every other cell keeps the best
// solution's value. The sub-problem's limits are the employee's limits less
// what the fixed part already uses (minutes, shifts per type, weekends),
// its cover the requirement less what the others already cover, so it is
// the original problem restricted to those cells (up to a constant). It is
// solved by a short nested Solve (annealing and column generation, no
// windows of its own) starting from the best solution; the result is put
// back and judged by the full model: only a solution without any hard
// violation and of lower cost is kept.

const (
	windowDays   = 14
	windowMargin = 7
	windowStaff  = 30
)

// windowSearch picks and solves windows.
type windowSearch struct {
	p           *Problem
	m           *model
	rng         *rand.Rand
	days, staff int
	sub         time.Duration // time per sub-problem
	// sweeping: the row window sweeps (rowwin.go) run first; a sweep that
	// brings nothing hands over to the nested windows until the best
	// changes (dryAt is the best it could not improve).
	sweeping bool
	dryAt    int64
	// relocIdle and relocWait: a sweep whose weekend relocations
	// (relocate.go) went over every employee and kept none makes the next
	// relocIdle sweeps (1, 3, 7, at most relocMaxIdle) run without them;
	// a kept relocation resets it.
	relocIdle, relocWait int
}

// relocMaxIdle caps the sweeps in a row without weekend relocations.
const relocMaxIdle = 7

// newWindowSearch returns the window search for p, or nil when a window
// would be the whole problem (or opts is a window's own Solve).
func newWindowSearch(p *Problem, m *model, opts Options) *windowSearch {
	if opts.nested {
		return nil
	}
	ws := &windowSearch{p: p, m: m, rng: rand.New(rand.NewPCG(opts.Seed, 0x5eed)), days: m.D, staff: m.E}
	if m.D > 2*windowDays {
		ws.days = windowDays
	}
	if m.E > windowStaff {
		ws.staff = windowStaff
	}
	if ws.days == m.D && ws.staff == m.E {
		return nil
	}
	ws.sub = min(max(opts.TimeLimit/15, time.Second), 5*time.Second)
	ws.sweeping = m.D > 2*rowWinDays
	ws.dryAt = -1
	return ws
}

// run solves windows of the shared best until (the last one may end a
// little later when its nested Solve cleans up).
func (ws *windowSearch) run(ctx context.Context, sh *shared, rep *reporter, until time.Time) {
	for ctx.Err() == nil && time.Until(until) > ws.sub/4 {
		x, soft, ok := sh.get()
		if !ok {
			return
		}
		if ws.sweeping && soft != ws.dryAt {
			st := newState(ws.m, x)
			rw := newRowWindows(ws.p, st, ws.rng.Uint64())
			rw.noRelocate = !ws.relocates()
			if !rw.sweep(ctx, until, func() {
				if st.hard == 0 && sh.offer(st.x, st.soft, time.Since(rep.start)) {
					rep.improved(st.soft, 0)
				}
			}) && time.Now().Before(until) {
				ws.dryAt = st.soft
			}
			ws.relocatedBy(rw.relocated)
			continue
		}
		sub, emps, lo, init := ws.build(x)
		limit := min(ws.sub, time.Until(until))
		r, err := Solve(ctx, sub, Options{Seed: ws.rng.Uint64(), TimeLimit: limit, Initial: init, nested: true}, nil)
		if err != nil || !r.Feasible {
			continue
		}
		y := slices.Clone(x)
		for k, e := range emps {
			for j, v := range r.Solution[k] {
				y[e*ws.m.D+lo+j] = uint8(v + 1)
			}
		}
		st := newState(ws.m, y)
		if st.hard == 0 && st.soft < soft && sh.offer(y, st.soft, time.Since(rep.start)) {
			rep.improved(st.soft, 0)
		}
	}
}

// relocates reports whether the next sweep runs the weekend relocations,
// and counts that sweep.
func (ws *windowSearch) relocates() bool {
	if ws.relocWait > 0 {
		ws.relocWait--
		return false
	}
	return true
}

// relocatedBy takes the outcome of a sweep's relocation pass: one that kept
// a relocation resets the back-off, one that went over every employee and
// kept none doubles it (plus one, at most relocMaxIdle sweeps); a pass cut
// short by the clock, or none, changes nothing.
func (ws *windowSearch) relocatedBy(r relocationPass) {
	switch {
	case r.kept > 0:
		ws.relocIdle = 0
	case r.done:
		ws.relocIdle = min(2*ws.relocIdle+1, relocMaxIdle)
		ws.relocWait = ws.relocIdle
	}
}

// build returns a window's sub-problem for the solution x, its employees
// (sub row k is employee emps[k]), its first day and its start solution.
func (ws *windowSearch) build(x []uint8) (sub *Problem, emps []int, lo int, init [][]int) {
	m, p, rng := ws.m, ws.p, ws.rng
	D := m.D
	a := 0
	if ws.days < D {
		if ws.days%7 == 0 && D%7 == 0 {
			a = 7 * rng.IntN((D-ws.days)/7+1)
		} else {
			a = rng.IntN(D - ws.days + 1)
		}
	}
	b := a + ws.days
	lo, hi := max(0, a-windowMargin), min(D, b+windowMargin)
	if ws.days == D {
		lo, hi = 0, D
	}
	n := hi - lo
	inside := func(d int) bool { return d >= lo && d < hi }
	if ws.staff < m.E {
		emps = rng.Perm(m.E)[:ws.staff]
		slices.Sort(emps)
	} else {
		emps = make([]int, m.E)
		for e := range emps {
			emps[e] = e
		}
	}
	chosen := make([]bool, m.E)
	for _, e := range emps {
		chosen[e] = true
	}
	sub = &Problem{Days: n, Shifts: p.Shifts}
	if p.Minutes != nil {
		sub.Minutes = p.Minutes[lo:hi]
	}
	if p.Cover != nil {
		sub.Cover = make([][]Cover, n)
		for d := lo; d < hi; d++ {
			row := p.Cover[d]
			if row == nil {
				continue
			}
			c := slices.Clone(row)
			for e := 0; e < m.E; e++ {
				if v := x[e*D+d]; v != 0 && !chosen[e] && c[v-1].Required > 0 {
					c[v-1].Required--
				}
			}
			sub.Cover[d-lo] = c
		}
	}
	sub.Weekends = weekendsIn(p.Weekends, lo, hi)
	for _, e := range emps {
		pe := &p.Employees[e]
		row := x[e*D : (e+1)*D]
		outMin, outCnt := m.usedOutside(row, lo, hi)
		outWk := 0 // weekends worked outside (a group cut by the window counts here and may count again inside)
		for _, g := range p.Weekends {
			for _, d := range g {
				if !inside(d) && row[d] != 0 {
					outWk++
					break
				}
			}
		}
		se := windowEmployee(pe, outMin, n)
		if pe.MaxWeekends >= 0 {
			se.MaxWeekends = max(0, pe.MaxWeekends-outWk)
		}
		if pe.MaxShifts != nil {
			se.MaxShifts = make([]int, len(pe.MaxShifts))
			for s, mx := range pe.MaxShifts {
				se.MaxShifts[s] = mx
				if mx > 0 {
					se.MaxShifts[s] = max(0, mx-outCnt[s])
				}
			}
		}
		if pe.Forbidden != nil {
			se.Forbidden = pe.Forbidden[lo:hi]
		}
		if pe.Cost != nil {
			se.Cost = pe.Cost[lo:hi]
		}
		start := make([]int, n)
		for j := range n {
			d := lo + j
			start[j] = int(row[d]) - 1
			switch {
			case d < a || d >= b:
				se.Fixed[j] = start[j] // the margins keep their values
			case pe.Fixed != nil:
				se.Fixed[j] = pe.Fixed[d]
			default:
				se.Fixed[j] = Free
			}
		}
		sub.Employees = append(sub.Employees, se)
		init = append(init, start)
	}
	return sub, emps, lo, init
}

// weekendsIn returns the weekend groups of days [lo, hi), renumbered from
// lo; groups with no day inside are left out.
func weekendsIn(weekends [][]int, lo, hi int) [][]int {
	var out [][]int
	for _, g := range weekends {
		var in []int
		for _, d := range g {
			if d >= lo && d < hi {
				in = append(in, d-lo)
			}
		}
		if len(in) > 0 {
			out = append(out, in)
		}
	}
	return out
}

// usedOutside returns the minutes an employee's row works outside days
// [lo, hi) and how many shifts of each type it has there.
func (m *model) usedOutside(row []uint8, lo, hi int) (minutes int, counts []int) {
	counts = make([]int, m.V-1)
	for d, v := range row {
		if v != 0 && (d < lo || d >= hi) {
			minutes += int(m.minutes[d*m.V+int(v)])
			counts[v-1]++
		}
	}
	return minutes, counts
}

// windowEmployee is employee pe inside a window of n days whose row works
// outMin minutes outside it: her minute limits and target lose what she
// works outside, her other limits are copied, and no day is fixed yet.
func windowEmployee(pe *Employee, outMin, n int) Employee {
	se := Employee{Name: pe.Name, MinMinutes: max(0, pe.MinMinutes-outMin), MaxMinutes: pe.MaxMinutes,
		MaxConsecutive: pe.MaxConsecutive, MinConsecutive: pe.MinConsecutive,
		MinConsecutiveOff: pe.MinConsecutiveOff, MaxWeekends: pe.MaxWeekends,
		TargetMinutes: pe.TargetMinutes - outMin, MinutesWeight: pe.MinutesWeight, Tolerance: pe.Tolerance,
		Fixed: make([]int, n)}
	if pe.MaxMinutes >= 0 {
		se.MaxMinutes = max(0, pe.MaxMinutes-outMin)
	}
	return se
}
