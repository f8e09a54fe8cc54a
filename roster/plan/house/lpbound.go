package house

import (
	"context"
	"math"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// The LP bound: a linear relaxation over the members' whole rows.
//
// Every roster the planner may propose gives each opvoeder one row over the
// window: per open day off or one shift type her flags and "kan niet"
// wishes allow, such that
//   - two shifts on consecutive days (also next to her locked shifts) leave
//     the engine's daily rest (ATW-REST: a shorter rest is at least a
//     warning, so never new), unless one of them is a sleep shift, which
//     ATW-SLEEP judges;
//   - each ISO week adds at most what the contract plus 1/9 leaves
//     (CONTRACT), counted as the engine's ledger counts it;
//   - each balance period adds at most what the slack limit leaves (SLACK).
//
// The rows share only the coverage: per elementary segment of a band (or a
// night) that is short now, the missing opvoeders minus the new shifts that
// hold the segment stay missing. Minimising the person-minutes missing over
// convex combinations of rows is a linear programme; its value is at most
// the least shortfall of any roster within the rules. It is solved by column
// generation: a master LP (the core's simplex, plan.LP) over the rows found
// so far, and per member an exact dynamic programme over the days (state:
// the day's value and the minutes added in the current week) that finds the
// row of most value at the master's duals. The bound returned is the
// Lagrangian value at those duals (clamped to where it is valid), computed
// exactly from the unperturbed right-hand sides: it is a proven lower bound
// after any number of rounds, not only at convergence.

// lpSeg is an elementary segment of demand that is short now.
type lpSeg struct {
	night bool
	s, e  time.Time
	miss  float64 // opvoeders (or night covers) missing now
	mins  float64 // length in minutes
}

// lpOpt is one value of a member's day in the row programme.
type lpOpt struct {
	typ    int // index in types; -1: off or a locked day
	s, e   time.Time
	work   bool // a shift (new or locked) that rest applies to
	sleep  bool // a sleep shift (ATW-SLEEP judges its rests)
	newMin int  // contract minutes a new shift adds
	segs   []int32
}

// lpMember is one opvoeder's row programme data.
type lpMember struct {
	id    int
	days  [][]lpOpt // [day index from w.From-1 to w.To+1]
	capW  []int     // [day index]: minutes the ISO week of that day may add (math.MaxInt: no limit)
	capP  []int     // [day index]: minutes the balance period of that day may add (math.MaxInt: no limit)
	hrRow []int32   // [day index]: master row of the day's balance period hours, -1 none
	conv  int32
}

// lpBoundRounds caps the column generation rounds of LPBound.
const lpBoundRounds = 300

// LPBound returns a proven lower bound on the uncovered person-minutes of
// w (Shortfall) for every roster that keeps what h already plans, adds at
// most one shift to each open cell of the opvoeders (with the house's night
// mode at night) and adds no error or warning finding (see the LP bound
// above). It stops when the master's value and the bound meet, after
// rounds rounds of column generation (≤ 0: lpBoundRounds), when ctx ends
// or at deadline (zero: none); the bound is valid at any stop.
func LPBound(ctx context.Context, h *roster.House, w roster.Window, rounds int, deadline time.Time) int {
	b := newLPBuild(h, w)
	if len(b.segs) == 0 {
		return 0
	}
	if rounds <= 0 {
		rounds = lpBoundRounds
	}
	return b.solve(ctx, rounds, deadline)
}

type lpBuild struct {
	h      *roster.House
	w      roster.Window
	types  []*roster.ShiftType
	segs   []lpSeg
	mem    []lpMember
	rhs    []float64
	hrCap  []float64 // per hours row index (row - hrBase)
	hrBase int
	rounds int // column generation rounds run
}

func newLPBuild(h *roster.House, w roster.Window) *lpBuild {
	b := &lpBuild{h: h, w: w, types: plannable(h)}
	ix := newIndex(h, w)
	day, night := present(h, w)
	// Candidate spans: every plannable type on every date of w.
	type cand struct{ s, e time.Time }
	var cands []cand
	for d := w.From; d <= w.To; d++ {
		for _, st := range b.types {
			s, e := roster.Span(d, st.Start, st.End)
			cands = append(cands, cand{s, e})
		}
	}
	demand(h, w, func(isNight bool, s, e time.Time, need int) {
		if !e.After(s) {
			return // a band of the day before that ends before w
		}
		iv := day
		if isNight {
			iv = night
		}
		cuts := []time.Time{s, e}
		add := func(t time.Time) {
			if t.After(s) && t.Before(e) {
				cuts = append(cuts, t)
			}
		}
		for _, p := range iv {
			add(p.s)
			add(p.e)
		}
		for _, c := range cands {
			add(c.s)
			add(c.e)
		}
		slices.SortFunc(cuts, func(a, b time.Time) int { return a.Compare(b) })
		cuts = slices.CompactFunc(cuts, func(a, b time.Time) bool { return a.Equal(b) })
		for i := 0; i+1 < len(cuts); i++ {
			a, c := cuts[i], cuts[i+1]
			lost := short(iv, a, c, need)
			if lost <= 0 {
				continue
			}
			mins := c.Sub(a).Minutes()
			b.segs = append(b.segs, lpSeg{night: isNight, s: a, e: c, miss: lost.Minutes() / mins, mins: mins})
		}
	})
	if len(b.segs) == 0 {
		return b
	}
	for _, sg := range b.segs {
		b.rhs = append(b.rhs, sg.miss)
	}
	// Which segments a shift of type t on date d holds.
	covers := func(d roster.Date, st *roster.ShiftType) []int32 {
		s, e := roster.Span(d, st.Start, st.End)
		var out []int32
		for i, sg := range b.segs {
			if !s.After(sg.s) && !e.Before(sg.e) && ((sg.night && nightKind(h, st.Kind)) || (!sg.night && st.Kind.Present())) {
				out = append(out, int32(i))
			}
		}
		return out
	}
	segsOf := map[[2]int][]int32{}
	for d := w.From; d <= w.To; d++ {
		for t, st := range b.types {
			segsOf[[2]int{int(d), t}] = covers(d, st)
		}
	}
	shifts := h.Shifts(roster.Window{From: w.From - 1, To: w.To + 1})
	weeksN := h.Settings.BalanceWeeksOrDefault()
	type periodKey struct {
		member int
		from   roster.Date
	}
	hrIndex := map[periodKey]int32{}
	for mi := range h.Members {
		m := &h.Members[mi]
		if !m.CountsAsOpvoeder() || !activeIn(m, w) {
			continue
		}
		lm := lpMember{id: m.ID}
		for d := w.From - 1; d <= w.To+1; d++ {
			var opts []lpOpt
			if w.Contains(d) && ix.open(m, d) {
				opts = append(opts, lpOpt{typ: -1})
				for t, st := range b.types {
					if !mayWork(m, st) || ix.cannot(m.ID, d, st.Code) {
						continue
					}
					s, e := roster.Span(d, st.Start, st.End)
					segs := segsOf[[2]int{int(d), t}]
					opts = append(opts, lpOpt{typ: t, s: s, e: e, work: true, sleep: st.Kind.Sleeping(),
						newMin: floorMinutes(d, st), segs: segs})
				}
			} else {
				// A locked day: the member's worked shifts that day, merged.
				o := lpOpt{typ: -1}
				for _, s := range shifts {
					if s.Member != m.ID || s.Date != d || !s.Worked() {
						continue
					}
					if !o.work {
						o.s, o.e, o.work = s.Start, s.End, true
					} else {
						if s.Start.Before(o.s) {
							o.s = s.Start
						}
						if s.End.After(o.e) {
							o.e = s.End
						}
					}
					o.sleep = o.sleep || s.Kind.Sleeping()
				}
				opts = append(opts, o)
			}
			lm.days = append(lm.days, opts)
			// Week cap (CONTRACT) for the ISO week of d.
			capW := math.MaxInt
			wk := roster.Week(d)
			if c := contractIn(m, wk); c > 0 {
				left := max(0, rules.ContractWeekLimit(c)-ix.hoursIn(m.ID, wk))
				capW = int(math.Floor(left*60+0.6)) + 1 // the engine allows 0.01 h of rounding; a minute more for safety
			}
			lm.capW = append(lm.capW, capW)
			// Balance period hours row (SLACK).
			row := int32(-1)
			if w.Contains(d) {
				p := roster.BalancePeriod(d, weeksN)
				k := periodKey{m.ID, p.From}
				if r, ok := hrIndex[k]; ok {
					row = r
				} else if c := contractIn(m, p); c > 0 {
					row = int32(len(b.hrCap))
					hrIndex[k] = row
					b.hrCap = append(b.hrCap, max(0, rules.SlackLimit(&h.Settings, c)-ix.hoursIn(m.ID, p))+0.02)
				}
			}
			lm.hrRow = append(lm.hrRow, row)
			capP := math.MaxInt
			if row >= 0 {
				capP = int(math.Floor(b.hrCap[row]*60)) + 1
			}
			lm.capP = append(lm.capP, capP)
		}
		untrackSlack(&lm, w)
		b.mem = append(b.mem, lm)
	}
	// Rows: segments, one convexity row per member, then the hours rows.
	for i := range b.mem {
		b.mem[i].conv = int32(len(b.rhs))
		b.rhs = append(b.rhs, 1)
	}
	b.hrBase = len(b.rhs)
	b.rhs = append(b.rhs, b.hrCap...)
	for i := range b.mem {
		for d, r := range b.mem[i].hrRow {
			if r >= 0 {
				b.mem[i].hrRow[d] = r + int32(b.hrBase)
			}
		}
	}
	return b
}

// solve runs the column generation and returns the best Lagrangian bound.
func (b *lpBuild) solve(ctx context.Context, rounds int, deadline time.Time) int {
	nSeg := len(b.segs)
	lp := plan.NewLP(b.rhs)
	for i, sg := range b.segs {
		lp.AddColumn(sg.mins, []int32{int32(i)}, []float64{1}) // missing
		lp.AddColumn(0, []int32{int32(i)}, []float64{-1})      // surplus
	}
	for r := b.hrBase; r < len(b.rhs); r++ {
		lp.AddColumn(0, []int32{int32(r)}, []float64{1}) // hours left unused
	}
	for i := range b.mem {
		lp.AddColumn(0, []int32{b.mem[i].conv}, []float64{1}) // the empty row
	}
	// Without any shift: the shortfall now (the trivial bound at y = len).
	best := math.Inf(-1)
	y := make([]float64, len(b.rhs))
	for round := 0; round < rounds; round++ {
		if _, err := lp.Solve(20000); err != nil {
			break
		}
		copy(y, lp.Duals())
		// Clamp to where the Lagrangian is valid: the missing and surplus
		// columns need 0 ≤ y ≤ len, the unused hours y ≤ 0.
		for i := range nSeg {
			y[i] = min(max(y[i], 0), b.segs[i].mins)
		}
		for r := b.hrBase; r < len(y); r++ {
			y[r] = min(y[r], 0)
		}
		L := 0.0
		for i := range nSeg {
			L += y[i] * b.rhs[i]
		}
		for r := b.hrBase; r < len(y); r++ {
			L += y[r] * b.rhs[r]
		}
		added, cut := 0, false
		for i := range b.mem {
			if ctx.Err() != nil || (!deadline.IsZero() && time.Now().After(deadline)) {
				cut = true // an unfinished round proves nothing
				break
			}
			val, row := b.price(&b.mem[i], y)
			L -= val
			if -val-y[b.mem[i].conv] < -1e-6 && row != nil {
				rows, vals := b.column(&b.mem[i], row)
				lp.AddColumn(0, rows, vals)
				added++
			}
		}
		if cut {
			break
		}
		best = max(best, L)
		b.rounds = round + 1
		if added == 0 || lp.Objective()-best < 0.5 || ctx.Err() != nil || (!deadline.IsZero() && time.Now().After(deadline)) {
			break
		}
	}
	if math.IsInf(best, -1) {
		return 0
	}
	return max(0, int(math.Ceil(best-1e-6*max(1, math.Abs(best))-1e-6)))
}

// lpState is a Pareto entry of the row programme: minutes added in the
// current week and the value so far, with a back pointer.
type lpState struct {
	mins, pm  int
	val       float64
	prevOpt   int
	prevState int
}

// price finds the member's row of most value at duals y (segments held
// times their dual plus the hours times the period's dual) under rest and
// the weekly caps, exactly; it returns the value and the option per day.
func (b *lpBuild) price(m *lpMember, y []float64) (float64, []int) {
	n := len(m.days)
	gain := func(d int, o *lpOpt) float64 {
		if o.typ < 0 {
			return 0
		}
		g := 0.0
		for _, s := range o.segs {
			g += y[s]
		}
		if r := m.hrRow[d]; r >= 0 {
			g += y[r] * float64(o.newMin) / 60
		}
		return g
	}
	rest := rules.EngineLimits().RestDaily
	restOK := func(a, c *lpOpt) bool {
		if a.typ < 0 && c.typ < 0 {
			return true // two locked days: the team's own, whatever they break
		}
		if !a.work || !c.work || a.sleep || c.sleep {
			return !a.work || !c.work || !c.s.Before(a.e)
		}
		return c.s.Sub(a.e) >= rest
	}
	layers := make([][][]lpState, n) // [day][opt] Pareto list
	layers[0] = make([][]lpState, len(m.days[0]))
	for o := range m.days[0] {
		layers[0][o] = []lpState{{mins: 0, val: gain(0, &m.days[0][o]), prevOpt: -1}}
	}
	for d := 1; d < n; d++ {
		date := b.w.From - 1 + roster.Date(d)
		reset := date.Weekday() == time.Monday
		resetP := roster.BalancePeriod(date, b.h.Settings.BalanceWeeksOrDefault()).From == date
		layers[d] = make([][]lpState, len(m.days[d]))
		for o := range m.days[d] {
			c := &m.days[d][o]
			g := gain(d, c)
			var cand []lpState
			for po := range m.days[d-1] {
				if !restOK(&m.days[d-1][po], c) {
					continue
				}
				for pi, ps := range layers[d-1][po] {
					mins, pm := ps.mins, ps.pm
					if reset {
						mins = 0
					}
					if resetP {
						pm = 0
					}
					mins += c.newMin
					if m.capP[d] != math.MaxInt {
						pm += c.newMin
					}
					if mins > m.capW[d] || pm > m.capP[d] {
						continue
					}
					cand = append(cand, lpState{mins: mins, pm: pm, val: ps.val + g, prevOpt: po, prevState: pi})
				}
			}
			layers[d][o] = pareto(cand)
		}
	}
	bestVal, bo, bi := math.Inf(-1), -1, -1
	for o := range layers[n-1] {
		for i, s := range layers[n-1][o] {
			if s.val > bestVal {
				bestVal, bo, bi = s.val, o, i
			}
		}
	}
	if bo < 0 {
		return 0, nil // no row at all (cannot happen: the empty row keeps the rules)
	}
	row := make([]int, n)
	for d := n - 1; d >= 0; d-- {
		row[d] = bo
		s := layers[d][bo][bi]
		bo, bi = s.prevOpt, s.prevState
	}
	return bestVal, row
}

// pareto keeps the entries that no other entry dominates (no more week
// minutes, no more period minutes and at least the value; ties: the first).
// Sorted by week minutes, a Fenwick tree of the best value per period
// minutes answers "is there one with no more of both and at least this
// value" in O(log n).
func pareto(c []lpState) []lpState {
	if len(c) <= 1 {
		return c
	}
	slices.SortStableFunc(c, func(a, b lpState) int {
		if a.mins != b.mins {
			return a.mins - b.mins
		}
		if a.pm != b.pm {
			return a.pm - b.pm
		}
		switch {
		case a.val > b.val:
			return -1
		case a.val < b.val:
			return 1
		}
		return 0
	})
	pms := make([]int, len(c))
	for i, s := range c {
		pms[i] = s.pm
	}
	slices.Sort(pms)
	pms = slices.Compact(pms)
	tree := make([]float64, len(pms)+1)
	for i := range tree {
		tree[i] = math.Inf(-1)
	}
	out := c[:0]
	for _, s := range c {
		k, _ := slices.BinarySearch(pms, s.pm)
		best := math.Inf(-1)
		for i := k + 1; i > 0; i -= i & -i {
			best = max(best, tree[i])
		}
		if best >= s.val-1e-12 {
			continue
		}
		out = append(out, s)
		for i := k + 1; i < len(tree); i += i & -i {
			tree[i] = max(tree[i], s.val)
		}
	}
	return out
}

// column returns the master column of a row: +1 on every segment a shift
// holds, the hours on the balance period rows, +1 on the convexity row.
func (b *lpBuild) column(m *lpMember, row []int) ([]int32, []float64) {
	acc := map[int32]float64{m.conv: 1}
	for d, o := range row {
		opt := &m.days[d][o]
		if opt.typ < 0 {
			continue
		}
		for _, s := range opt.segs {
			acc[s]++
		}
		if r := m.hrRow[d]; r >= 0 {
			acc[r] += float64(opt.newMin) / 60
		}
	}
	rows := make([]int32, 0, len(acc))
	for r := range acc {
		rows = append(rows, r)
	}
	slices.Sort(rows)
	vals := make([]float64, len(rows))
	for i, r := range rows {
		vals[i] = acc[r]
	}
	return rows, vals
}

// floorMinutes is contractMinutes rounded down: a week's sum of them never
// exceeds what the engine's ledger counts, so no row within the contract
// limit is cut off.
func floorMinutes(date roster.Date, st *roster.ShiftType) int {
	s, e := roster.Span(date, st.Start, st.End)
	sh := roster.Shift{Start: s, End: e, BreakMin: st.BreakMin, Kind: st.Kind}
	return max(int(math.Floor(sh.ContractHours()*60+1e-9)), 0)
}

// untrackSlack drops the balance period limit from the row programme where
// the weeks' contract limits already keep the period within it (the
// programme then needs no period minutes in its state).
func untrackSlack(lm *lpMember, w roster.Window) {
	groups := map[int32][]int{}
	for d, r := range lm.hrRow {
		if r >= 0 {
			groups[r] = append(groups[r], d)
		}
	}
	for _, days := range groups {
		sum, seen := 0, map[roster.Date]bool{}
		for _, d := range days {
			mon := (w.From - 1 + roster.Date(d)).Monday()
			if seen[mon] {
				continue
			}
			seen[mon] = true
			if lm.capW[d] == math.MaxInt {
				sum = math.MaxInt
				break
			}
			sum += lm.capW[d]
		}
		if sum != math.MaxInt && lm.capP[days[0]] < sum {
			continue // the period limit binds: keep it
		}
		for _, d := range days {
			lm.capP[d] = math.MaxInt
		}
	}
}
