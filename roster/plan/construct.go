package plan

import (
	"context"
	"slices"
	"time"
)

// Construction of a feasible start. Every hard rule belongs to one row, so
// a roster without violations is one feasible row per employee, found row
// by row: each row that breaks a rule is replaced by the cheapest feasible
// row given the rows before it (coverage priced by the row programme's
// marginal costs). Where the full programme is too large (long horizons,
// many shift types, wide minute ranges), a reduced one still runs: the
// employee's row restricted to the types of one shift length (so the
// minute levels are whole shifts) and few types (so the values are few),
// with a larger memory cap, since it runs once per row and not per move.
// A row neither finds stays as it is; the annealing repairs it. On long
// horizons where a whole-row programme is large, the rows are first built
// window by window, all together and cover-driven (constructwin.go); only
// the rows that still break a rule then go through the row-by-row
// construction. When any row came from the reduced programme or the
// windows, the types of each day are re-assigned along chains
// (reassign.go).

// constructMaxBack caps the reduced programme's back pointers (4 bytes
// each: 256 MB), constructMaxTypes its shift types.
const (
	constructMaxBack  = 1 << 26
	constructMaxTypes = 3
)

// construct replaces every row of the worker's state that breaks a rule,
// until ctx ends; the reduced programme (the slow part on long horizons)
// and a full programme larger than constructWinWork only until deadline. A
// row from a small full programme is cheap, and without a feasible roster
// a run returns nothing, so those rows are built even when a very short
// time limit has passed.
func (w *worker) construct(ctx context.Context, p *Problem, deadline time.Time) {
	m, s := w.m, w.s
	reduced := false
	defer func() {
		// Rows from the reduced programme take few types each: re-assign
		// the types per day (reassign.go).
		if reduced && ctx.Err() == nil {
			s.reassignTypes(ctx, time.Time{})
		}
		w.record()
	}()
	var todo []int
	for e := 0; e < m.E; e++ {
		if s.rowHard[e] != 0 {
			todo = append(todo, e)
		}
	}
	if w.windowedStart(p, todo) && w.constructByWindows(ctx, p, todo, deadline) {
		reduced = true
	}
	for e := 0; e < m.E; e++ {
		if ctx.Err() != nil {
			return
		}
		if s.rowHard[e] == 0 {
			continue
		}
		late := !deadline.IsZero() && !time.Now().Before(deadline)
		// Three programme rounds (prices on uncounted maxima), then the
		// row repair; out of time, one.
		rounds := 3
		if late {
			rounds = 1
		}
		if w.dps[e].ok && w.dpEvery > 0 && (!late || m.D*w.dps[e].states <= constructWinWork) && w.fullRow(e, rounds) {
			continue
		}
		if !late && p != nil {
			reduced = true
			if row := w.reducedRow(p, e); row != nil {
				w.setRow(e, row)
				continue
			}
		}
		// Feasible first: whatever the programmes left, the row repair
		// takes from where it is, also when the time is up (a run without
		// a roster returns nothing).
		row := slices.Clone(s.row(e))
		w.scratch.ensureCosts(m)
		w.marginal(e)
		if m.repairRow(e, row, w.scratch.c, w.rng, repairSteps(m), time.Time{}) {
			w.setRow(e, row)
		}
	}
}

// repairSteps is the row repair's step budget: enough to walk a row across
// its plateaus, small next to a programme solve.
func repairSteps(m *model) int { return 200 + 20*min(m.D, repairSampleDays) }

// fullRow sets a feasible row for employee e from the full row programme
// and reports whether it found one. A per-type maximum the programme does
// not count (it counts two) is priced, the price doubled until it holds.
func (w *worker) fullRow(e int, rounds int) (ok bool) {
	m := w.m
	sc := &w.scratch
	sc.ensure(m, w.dps[e])
	pen := make([]int64, m.V)
	var least []uint8 // the programme's least violating row
	leastH := int32(0)
	defer func() {
		// Prices that oscillate between uncounted types: the row repair
		// takes the least violating row from there (rowrepair.go).
		if least != nil {
			w.marginal(e)
			if m.repairRow(e, least, sc.c, w.rng, repairSteps(m), time.Time{}) {
				w.setRow(e, least)
				ok = true
			}
		}
	}()
	for range rounds {
		w.marginal(e)
		for d := 0; d < m.D; d++ {
			for v := 1; v < m.V; v++ {
				sc.c[d*m.V+v] += pen[v]
			}
		}
		if w.dps[e].solve(sc) >= dpInf {
			return false
		}
		h, _ := m.rowEval(e, sc.row)
		if h == 0 {
			w.setRow(e, sc.row)
			least = nil
			return true
		}
		if least == nil || h < leastH {
			least, leastH = slices.Clone(sc.row[:m.D]), h
		}
		var cnt [64]int32
		for _, v := range sc.row {
			cnt[v]++
		}
		priced := false
		for v := 1; v < m.V; v++ {
			if mx := m.emp[e].maxShifts[v]; mx >= 0 && cnt[v] > mx {
				pen[v], priced = 2*pen[v]+100, true
			}
		}
		if !priced {
			return false
		}
	}
	return false
}

// reducedRow returns a feasible row for employee e from a reduced row
// programme (see above), or nil.
func (w *worker) reducedRow(p *Problem, e int) []uint8 {
	m := w.m
	pe := &p.Employees[e]
	// Types by shift length (constant over the days), self-following,
	// allowed somewhere.
	byLen := map[int][]int{}
	var lens []int
	for v := 1; v < m.V; v++ {
		if m.follow[v*m.V+v] || m.emp[e].maxShifts[v] == 0 {
			continue
		}
		mins, same := m.minutes[v], true
		for d := 1; d < m.D; d++ {
			same = same && m.minutes[d*m.V+v] == mins
		}
		if !same || mins <= 0 {
			continue
		}
		if _, ok := byLen[int(mins)]; !ok {
			lens = append(lens, int(mins))
		}
		byLen[int(mins)] = append(byLen[int(mins)], v)
	}
	// Types of fixed cells must stay in.
	fixed := map[int]bool{}
	for d := 0; d < m.D; d++ {
		if mk := m.mask[e*m.D+d]; mk&1 == 0 {
			fixed[int(m.domain[e*m.D+d][0])] = true
		}
	}
	// The length with the most types first.
	slices.SortStableFunc(lens, func(a, b int) int { return len(byLen[b]) - len(byLen[a]) })
	marg := make([]int64, m.D*m.V)
	w.scratch.ensureCosts(m)
	w.marginal(e)
	copy(marg, w.scratch.c[:m.D*m.V])
	for _, l := range lens {
		types := byLen[l]
		// The types with room for the most shifts first (a row needs
		// enough of them to reach its minutes), then the cheapest (summed
		// marginal cost).
		cost := func(v int) int64 {
			var c int64
			for d := 0; d < m.D; d++ {
				c += marg[d*m.V+v]
			}
			return c
		}
		room := func(v int) int {
			if mx := int(m.emp[e].maxShifts[v]); mx >= 0 && mx < m.D {
				return mx
			}
			return m.D
		}
		slices.SortStableFunc(types, func(a, b int) int {
			if ra, rb := room(a), room(b); ra != rb {
				return rb - ra
			}
			ca, cb := cost(a), cost(b)
			switch {
			case ca < cb:
				return -1
			case ca > cb:
				return 1
			}
			return 0
		})
		// As many types as the programme takes, down to one.
		for n := min(len(types), constructMaxTypes); n >= 1; n-- {
			keep := slices.Clone(types[:n])
			for v := range fixed {
				if !slices.Contains(keep, v) {
					keep = append(keep, v)
				}
			}
			row, fits := w.rowOfTypes(p, pe, e, keep, marg)
			if row != nil {
				return row
			}
			_ = fits
		}
	}
	return nil
}

// rowOfTypes solves employee e's row over the shift types keep (values 1+s
// of the model) alone, with the marginal costs marg, or returns nil; fits
// tells whether the programme was small enough to run.
func (w *worker) rowOfTypes(p *Problem, pe *Employee, e int, keep []int, marg []int64) (row []uint8, fits bool) {
	m := w.m
	slices.Sort(keep)
	idx := map[int]int{} // model value → sub shift index
	sub := &Problem{Days: p.Days, Weekends: p.Weekends}
	for k, v := range keep {
		idx[v] = k
	}
	for _, v := range keep {
		sh := p.Shifts[v-1]
		ns := Shift{Name: sh.Name, Minutes: int(m.minutes[v])}
		for _, c := range sh.CannotFollow {
			if k, ok := idx[c+1]; ok {
				ns.CannotFollow = append(ns.CannotFollow, k)
			}
		}
		sub.Shifts = append(sub.Shifts, ns)
	}
	se := *pe
	se.Cost, se.Forbidden, se.MinutesWeight = nil, nil, 0
	se.MaxWeekends = Unlimited
	se.MaxShifts = make([]int, len(keep))
	se.Fixed = make([]int, p.Days)
	for k, v := range keep {
		// Maxima are priced, not counted (a counter multiplies the
		// states by the maximum).
		se.MaxShifts[k] = Unlimited
		if m.emp[e].maxShifts[v] == 0 {
			se.MaxShifts[k] = 0
		}
	}
	se.Forbidden = make([][]bool, p.Days)
	for d := range p.Days {
		i := e*m.D + d
		se.Fixed[d] = Free
		if m.mask[i]&1 == 0 {
			se.Fixed[d] = idx[int(m.domain[i][0])]
		}
		se.Forbidden[d] = make([]bool, len(keep))
		for k, v := range keep {
			se.Forbidden[d][k] = m.mask[i]&(1<<v) == 0
		}
	}
	sub.Employees = []Employee{se}
	if sub.Validate() != nil {
		return nil, false
	}
	sm := compile(sub)
	dp := newRowDPCap(sm, 0, constructMaxBack, false)
	if !dp.ok {
		return nil, false
	}
	sc := &w.cons
	if len(sc.c) < sm.D*sm.V {
		sc.c = nil // another shape: new per-day buffers
	}
	sc.ensure(sm, dp)
	// The weekends are left out of the programme's state (it would grow by
	// a factor of the weekends allowed): a row with too many gets a price
	// on weekend work, doubled until it fits.
	var pen int64
	typePen := make([]int64, len(keep))
	for range 8 {
		for d := range p.Days {
			sc.c[d*sm.V] = marg[d*m.V]
			for k, v := range keep {
				sc.c[d*sm.V+k+1] = marg[d*m.V+v] + typePen[k]
				if m.weekendOf[d] >= 0 {
					sc.c[d*sm.V+k+1] += pen
				}
			}
		}
		if dp.solve(sc) >= dpInf {
			return nil, true
		}
		row = make([]uint8, m.D)
		for d, v := range sc.row {
			if v != 0 {
				row[d] = uint8(keep[v-1])
			}
		}
		if h, _ := m.rowEval(e, row); h == 0 {
			return row, true
		}
		// Price what the programme does not count: weekends, and the
		// maxima of types without a counter.
		cnt := make([]int, len(keep))
		weekends := map[int8]bool{}
		for d, v := range sc.row {
			if v != 0 {
				cnt[v-1]++
				if w := m.weekendOf[d]; w >= 0 {
					weekends[w] = true
				}
			}
		}
		priced := false
		if pe.MaxWeekends >= 0 && len(weekends) > pe.MaxWeekends {
			pen, priced = 2*pen+100, true
		}
		for k, v := range keep {
			if mx := m.emp[e].maxShifts[v]; mx >= 0 && int32(cnt[k]) > mx {
				typePen[k], priced = 2*typePen[k]+100, true
			}
		}
		if !priced {
			return nil, true
		}
	}
	return nil, true
}
