package plan

import (
	"context"
	"math/bits"
	"math/rand/v2"
	"time"
)

// Windowed row re-optimisation: the exact row programme ("ruin and
// recreate", rowdp.go) for shapes where it cannot take a whole row (a year
// of 364 days with minute levels, weekends and many types is far beyond its
// state cap). One employee's row is re-planned over a window of a few weeks
// (rowWinDays free days) while the rest of her row stays: the sub-row's
// limits are her limits less what the days outside use (minutes, shifts per
// type, weekends), and rowWinMargin days on each side keep their values so
// that blocks crossing the window's ends are seen whole. Coverage is priced
// by the marginal cost given all other rows, as in the full move. The new
// row is judged by the full model (rowEval and the coverage change) and
// kept only when the score does not rise, so a window never makes a roster
// worse or infeasible. Sweeps over all employees and windows, alternated
// with the per-day type chains (reassign.go), are the windows stage's first
// step on long horizons; they move work days to where the cover needs them,
// which the chains (working days fixed) cannot.

const (
	rowWinDays   = 14
	rowWinMargin = 7
	// rowWinMaxBack caps one window programme's back pointers (4 bytes
	// each: 64 MB).
	rowWinMaxBack = 1 << 24
)

// rowWindows re-plans windows of single rows of a state.
type rowWindows struct {
	p    *Problem
	s    *state
	rng  *rand.Rand
	sc   dpScratch
	subD int // the last sub-row's length (the scratch's shape)
	buf  []uint8
	out  []uint8 // solveSub's row in model values
	// solves and kept count the window programmes run and the rows kept.
	solves, kept int
	// noRelocate leaves the weekend relocations out of a sweep;
	// relocated tells how the last pass went (relocate.go).
	noRelocate bool
	relocated  relocationPass
	// relRng is the relocations' own generator: where they keep nothing,
	// the sweeps draw exactly what they drew without them.
	relRng *rand.Rand
}

func newRowWindows(p *Problem, s *state, seed uint64) *rowWindows {
	return &rowWindows{p: p, s: s, rng: rand.New(rand.NewPCG(seed, 0x70e1)), buf: make([]uint8, s.m.D),
		relRng: rand.New(rand.NewPCG(seed, 0x7e10ca7e))}
}

// subRow builds employee e's sub-problem over days [lo, hi) with the free
// days [a, b) (the rest fixed to x's values).
func (rw *rowWindows) subRow(e, lo, hi, a, b int) *Problem {
	p, m := rw.p, rw.s.m
	D := m.D
	x := rw.s.x
	n := hi - lo
	sub := &Problem{Days: n, Shifts: p.Shifts}
	if p.Minutes != nil {
		sub.Minutes = p.Minutes[lo:hi]
	}
	sub.Weekends = weekendsIn(p.Weekends, lo, hi)
	pe := &p.Employees[e]
	row := x[e*D : (e+1)*D]
	outMin, outCnt := m.usedOutside(row, lo, hi)
	se := windowEmployee(pe, outMin, n)
	se.Forbidden = make([][]bool, n)
	// Weekends are priced (window), not counted: the count would
	// multiply the states by the weekends left.
	se.MaxWeekends = Unlimited
	if pe.MaxShifts != nil {
		// Maxima are priced (window), not counted: a counter multiplies
		// the states by what is left of the maximum. A type used up
		// outside is not allowed inside.
		se.MaxShifts = make([]int, len(pe.MaxShifts))
		for s, mx := range pe.MaxShifts {
			se.MaxShifts[s] = Unlimited
			if mx == 0 || (mx > 0 && outCnt[s] >= mx) {
				se.MaxShifts[s] = 0
			}
		}
	}
	for j := range n {
		d := lo + j
		i := e*D + d
		se.Fixed[j] = Free
		if d < a || d >= b || m.mask[i]&1 == 0 {
			se.Fixed[j] = int(x[i]) - 1 // margins and locked cells keep their values
		}
		se.Forbidden[j] = make([]bool, len(p.Shifts))
		for s := range p.Shifts {
			se.Forbidden[j][s] = m.mask[i]&(1<<(s+1)) == 0
		}
	}
	sub.Employees = []Employee{se}
	return sub
}

// margin returns how many days on each side of a window keep their values
// for employee e: enough to see a block that crosses the window's end
// whole.
func (rw *rowWindows) margin(e int) int {
	r := &rw.s.m.emp[e]
	if r.maxCons > 0 {
		return min(rowWinMargin, int(max(r.maxCons, r.minCons, r.minOff))+1)
	}
	return rowWinMargin
}

// window re-plans employee e's days [a, b) and reports whether the score
// went down (a row of equal score is kept too, to move on plateaus).
func (rw *rowWindows) window(e, a, b int) bool {
	s := rw.s
	m := s.m
	D := m.D
	lo, hi := max(0, a-rw.margin(e)), min(D, b+rw.margin(e))
	free := false
	for d := a; d < b && !free; d++ {
		free = m.free(e*D + d)
	}
	if !free {
		return false
	}
	sub := rw.subRow(e, lo, hi, a, b)
	sr := rw.solveSub(e, lo, hi, sub)
	if sr == nil {
		return false
	}
	return rw.apply(e, lo, sr, false)
}

// solveSub returns the cheapest row of sub (employee e's days [lo, hi))
// under the marginal coverage costs whose full row keeps the per-type
// maxima and the weekends (priced, the price doubled until they hold), or
// nil.
func (rw *rowWindows) solveSub(e, lo, hi int, sub *Problem) []uint8 {
	s := rw.s
	m := s.m
	D, V := m.D, m.V
	r := &m.emp[e]
	keep := narrow(sub)
	if sub.Validate() != nil {
		return nil
	}
	sm := compile(sub)
	dp := newRowDPCap(sm, 0, rowWinMaxBack, false)
	if !dp.ok {
		return nil
	}
	sc := &rw.sc
	if rw.subD != sm.D || len(sc.c) < sm.D*sm.V {
		*sc = dpScratch{} // another shape: new buffers
		rw.subD = sm.D
	}
	sc.ensure(sm, dp)
	row := s.row(e)
	if cap(rw.out) < sm.D {
		rw.out = make([]uint8, sm.D)
	}
	out := rw.out[:sm.D]
	var pen [64]int64
	var wpen int64
	for try := 0; ; try++ {
		rw.costs(e, lo, sm.D, keep, pen[:V], wpen)
		rw.solves++
		if dp.solve(sc) >= dpInf {
			return nil
		}
		for j, k := range sc.row[:sm.D] {
			out[j] = keep[k]
		}
		var cnt [64]int32
		for d, v := range row {
			if d < lo || d >= hi {
				cnt[v]++
			}
		}
		for _, v := range out {
			cnt[v]++
		}
		over := false
		if r.maxWeekends >= 0 {
			var wk uint64
			for d := range D {
				v := row[d]
				if d >= lo && d < hi {
					v = out[d-lo]
				}
				if w := m.weekendOf[d]; w >= 0 && v != 0 {
					wk |= 1 << uint(w)
				}
			}
			if int32(bits.OnesCount64(wk)) > r.maxWeekends {
				wpen, over = 2*wpen+100, true
			}
		}
		for v := 1; v < V; v++ {
			if mx := r.maxShifts[v]; mx >= 0 && cnt[v] > mx {
				pen[v], over = 2*pen[v]+100, true
			}
		}
		if !over {
			return out
		}
		if try == 3 {
			return nil
		}
	}
}

// apply puts sub-row sr (days from lo) into employee e's row: always when
// force, else only when the row's hard units do not rise and the score does
// not rise. It reports whether the score went down.
func (rw *rowWindows) apply(e, lo int, sr []uint8, force bool) bool {
	s := rw.s
	m := s.m
	V := m.V
	row := s.row(e)
	changed := false
	var dc int64
	for j, v := range sr {
		d := lo + j
		if u := row[d]; u != v {
			dc += coverChange(s, d, u, v)
			changed = true
		}
	}
	if !changed {
		return false
	}
	old := rw.buf
	copy(old, row)
	copy(row[lo:], sr)
	h, so := m.rowEval(e, row)
	dh := int64(h - s.rowHard[e])
	ds := dc + int64(so-s.rowSoft[e])
	if !force && (dh > 0 || (dh == 0 && ds > 0)) {
		copy(row, old)
		return false
	}
	for d, u := range old {
		if v := row[d]; u != v {
			s.cnt[d*V+int(u)]--
			s.cnt[d*V+int(v)]++
		}
	}
	s.soft += dc
	s.hard += dh
	s.soft += int64(so - s.rowSoft[e])
	s.rowHard[e], s.rowSoft[e] = h, so
	rw.kept++
	return dh < 0 || (dh == 0 && ds < 0)
}

// costs fills the programme's costs for employee e's sub-row of n days
// from lo, whose value k is the model's value keep[k]: cell cost plus the
// coverage change of adding her, given all other rows, plus pen per shift
// type and wpen per shift on a weekend.
func (rw *rowWindows) costs(e, lo, n int, keep []uint8, pen []int64, wpen int64) {
	s, sc := rw.s, &rw.sc
	m := s.m
	D, V := m.D, m.V
	sV := len(keep)
	row := s.row(e)
	for j := 0; j < n; j++ {
		d := lo + j
		cell := (e*D + d) * V
		for k, v8 := range keep {
			v := int(v8)
			c := int64(m.cellCost[cell+v]) + pen[v]
			if v != 0 && m.weekendOf[d] >= 0 {
				c += wpen
			}
			if v != 0 {
				i := d*V + v
				n := s.cnt[i]
				if row[d] == uint8(v) {
					n--
				}
				c += int64(m.coverAdd(i, n))
			}
			sc.c[j*sV+k] = c
		}
	}
}

// narrow drops from sub (one employee) the shift types she may work on
// none of its days, so the programme's values and transitions are only
// hers (on Instance24 about 20 of 32 types; the programme's work grows
// with the square of the values). It returns the model value of each of
// sub's values: keep[0] = 0 (off), keep[k] = 1 + the old index of shift k−1.
func narrow(sub *Problem) []uint8 {
	se := &sub.Employees[0]
	S := len(sub.Shifts)
	used := make([]bool, S)
	for j := range sub.Days {
		if f := se.Fixed[j]; f >= 0 {
			used[f] = true
			continue
		} else if f == Off {
			continue
		}
		for s := range S {
			if (se.MaxShifts == nil || se.MaxShifts[s] != 0) && (se.Forbidden == nil || se.Forbidden[j] == nil || !se.Forbidden[j][s]) {
				used[s] = true
			}
		}
	}
	idx := make([]int, S)
	keep := []uint8{0}
	var shifts []Shift
	for s := range S {
		idx[s] = -1
		if used[s] {
			idx[s] = len(shifts)
			keep = append(keep, uint8(s+1))
			shifts = append(shifts, sub.Shifts[s])
		}
	}
	if len(shifts) == S {
		return keep
	}
	for k := range shifts {
		var cf []int
		for _, c := range shifts[k].CannotFollow {
			if idx[c] >= 0 {
				cf = append(cf, idx[c])
			}
		}
		shifts[k].CannotFollow = cf
	}
	sub.Shifts = shifts
	pick := func(row []int) []int {
		out := make([]int, 0, len(shifts))
		for s, v := range row {
			if idx[s] >= 0 {
				out = append(out, v)
			}
		}
		return out
	}
	pickB := func(row []bool) []bool {
		out := make([]bool, 0, len(shifts))
		for s, v := range row {
			if idx[s] >= 0 {
				out = append(out, v)
			}
		}
		return out
	}
	if sub.Minutes != nil {
		mins := make([][]int, len(sub.Minutes))
		for j, row := range sub.Minutes {
			if row != nil {
				mins[j] = pick(row)
			}
		}
		sub.Minutes = mins
	}
	if se.MaxShifts != nil {
		se.MaxShifts = pick(se.MaxShifts)
	}
	if se.Forbidden != nil {
		fb := make([][]bool, len(se.Forbidden))
		for j, row := range se.Forbidden {
			if row != nil {
				fb[j] = pickB(row)
			}
		}
		se.Forbidden = fb
	}
	fx := make([]int, len(se.Fixed))
	for j, f := range se.Fixed {
		fx[j] = f
		if f >= 0 {
			fx[j] = idx[f]
		}
	}
	se.Fixed = fx
	se.Cost = nil
	return keep
}

// coverChange is the coverage cost change of one cell of day d going from
// u ≠ v (the counters as they are).
func coverChange(s *state, d int, u, v uint8) int64 {
	m := s.m
	var dc int32
	if u != 0 {
		i := d*m.V + int(u)
		dc += m.coverRemove(i, s.cnt[i])
	}
	if v != 0 {
		i := d*m.V + int(v)
		dc += m.coverAdd(i, s.cnt[i])
	}
	return int64(dc)
}

// sweep relocates weekends (relocate.go), re-plans every employee's row
// over windows that tile the horizon (from a random offset, employees in
// random order per window), then runs the type chains. It stops at until
// or when ctx ends, and calls offer after every window in which the score
// went down. It reports whether the score went down.
func (rw *rowWindows) sweep(ctx context.Context, until time.Time, offer func()) bool {
	s := rw.s
	m := s.m
	start := s.score()
	step := rowWinDays
	off := rw.rng.IntN(step)
	var starts []int
	for a := off - step; a < m.D; a += step {
		if a+step > 0 {
			starts = append(starts, a)
		}
	}
	rw.rng.Shuffle(len(starts), func(i, j int) { starts[i], starts[j] = starts[j], starts[i] })
	emps := rw.rng.Perm(m.E)
	late := func() bool { return ctx.Err() != nil || (!until.IsZero() && !time.Now().Before(until)) }
	offered := start
	tell := func() {
		if sc := s.score(); sc < offered && offer != nil {
			offer()
			offered = sc
		}
	}
	// Weekends far apart first (relocate.go): no window below spans them.
	if !rw.noRelocate {
		rw.relocated = rw.relocateWeekends(late, tell)
	}
	for _, a := range starts {
		lo, hi := max(0, a), min(m.D, a+step)
		for k, e := range emps {
			if late() {
				tell()
				return s.score() < start
			}
			rw.window(e, lo, hi)
			if k%8 == 7 {
				tell()
			}
		}
		tell()
	}
	if !late() {
		s.reassignTypes(ctx, until)
		tell()
	}
	return s.score() < start
}
