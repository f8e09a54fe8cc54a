package house

import (
	"context"
	"math"
	"slices"
	"sync"
	"sync/atomic"
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
	night  bool // night work (more than an hour between 00:00 and 06:00)
	late   bool // night work that ends after the night rest's late-end clock
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
	last  []int     // the row the last pricing found (its value prunes the next)
	conv  int32
	wr    wkRules // the weekly rules the bound keeps (lpbound_week.go)
	// noEmpty: the empty row is not one of the member's rows (a dive node
	// forces a shift on one of her days, dive.go).
	noEmpty bool
	// extra: the last pricing's next most valuable rows (b.extra > 0,
	// lpbound_multi.go).
	extra [][]int
}

// lpBoundTolerance is how close (person-minutes) the master's value and
// the bound must come before the column generation stops: a quarter of an
// hour of bound is not worth the rounds it takes on a large house.
const lpBoundTolerance = 15

// lpBoundRounds caps the column generation rounds of LPBound.
const lpBoundRounds = 300

// lpSmoothing is the weight of the stability centre in the duals the bound
// prices at (Wentges smoothing).
const lpSmoothing = 0.5

// LPBound returns a proven lower bound on the uncovered person-minutes of
// w (Shortfall) for every roster that keeps what h already plans, adds at
// most one shift to each open cell of the opvoeders (with the house's night
// mode at night) and adds no error or warning finding (see the LP bound
// above). It stops when the master's value and the bound meet, after
// rounds rounds of column generation (≤ 0: lpBoundRounds), when ctx ends
// or at deadline (zero: none); the bound is valid at any stop.
func LPBound(ctx context.Context, h *roster.House, w roster.Window, rounds int, deadline time.Time) int {
	return lpBoundRun(ctx, h, w, rounds, deadline).bound
}

// lpRun is how an LPBound run went (for the measurements).
type lpRun struct {
	bound     int     // the proven bound, person-minutes
	master    float64 // the last master LP value (an upper end of the bound)
	rounds    int     // column generation rounds
	converged bool    // master and bound met (within lpBoundTolerance)
}

func lpBoundRun(ctx context.Context, h *roster.House, w roster.Window, rounds int, deadline time.Time) lpRun {
	return lpBoundRunWith(ctx, h, w, rounds, deadline, lpSmoothing, true)
}

// lpBoundRunWith is lpBoundRun with the smoothing weight (0: none) and the
// weekly rules chosen (for the measurements).
func lpBoundRunWith(ctx context.Context, h *roster.House, w roster.Window, rounds int, deadline time.Time, smoothing float64, weekly bool) lpRun {
	b := newLPBuild(h, w)
	if len(b.segs) == 0 {
		return lpRun{converged: true}
	}
	if weekly {
		b.addWeekly()
	}
	b.smoothing = smoothing
	b.extra = lpExtraRows
	if rounds <= 0 {
		rounds = lpBoundRounds
	}
	bound := b.solve(ctx, rounds, deadline)
	// On a small house the dive searches the rows exhaustively: their
	// integer optimum is a bound too (dive.go).
	if d := b.exhaustBound(ctx, deadline); d > bound {
		bound = d
	}
	return lpRun{bound: bound, master: b.master, rounds: b.rounds, converged: b.converged}
}

// LPPropose returns shifts for the open cells of w from the LP bound's
// rows: column generation over the bound's rows (which keep the engine's
// per-member rules as the bound states them, see above) until 60 % of the
// time to deadline, then the dive (dive.go) fixes one row per member,
// pricing again at every node, until deadline. Its rows replace the rounded
// ones (rounded) when they leave less uncovered in the model. A night
// shift on a night a row before already covers is left out. The rows are
// relaxed where the bound is (the night series, ATW-WEEK and ATW-NIGHT on
// merged duties are not kept), so the engine still has to judge them.
// Without a deadline the dive evaluates at most 4 nodes per member plus 8
// (deterministic with the rounds given).
func LPPropose(ctx context.Context, h *roster.House, w roster.Window, rounds int, deadline time.Time) []roster.Assignment {
	b := newLPBuild(h, w)
	if len(b.segs) == 0 {
		return nil
	}
	b.addWeekly()
	b.smoothing = lpSmoothing
	b.extra = lpExtraRows
	if rounds <= 0 {
		rounds = lpBoundRounds
	}
	solveBy := deadline
	if !deadline.IsZero() {
		solveBy = time.Now().Add(time.Until(deadline) * 3 / 5)
	}
	b.solve(ctx, rounds, solveBy)
	batch := 0
	if !deadline.IsZero() {
		batch = diveBatch
	}
	props, _, _ := b.diveRows(ctx, newJudge(h, w, roster.Today()), deadline, deadline.IsZero(), batch, false)
	return props
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
	// master is the last master value, converged whether it met the bound.
	master    float64
	converged bool
	lp        *plan.LP
	cols      []lpCol  // the generated rows
	wkLim     wkLimits // the relaxed weekly rules' limits
	// plainPhase: the pricing leaves the weekly rules out (the first phase
	// of the bound's column generation, see solve).
	plainPhase bool
	// smoothing is the weight of the stability centre (bound only; 0:
	// none).
	smoothing float64
	// noMerge: the row programme sorts its lists as before the merge
	// (lpbound_merge.go; for the tests that compare the two).
	noMerge bool
	// extra is how many rows besides the best a pricing returns in
	// lpMember.extra (lpbound_multi.go; 0: none).
	extra int
	// tree (nil: none) is the bound tree the dive runs at its first leaf
	// (boundtree.go).
	tree *boundTree
	// published (nil: none) gets the bound proven so far after every
	// pricing round of solve (raiseTo), for a reader that cannot wait for
	// the column generation's end (a master solve is not cut short).
	published *atomic.Int64
	// oneWorker: lagrange prices on one goroutine (the bound tree's, which
	// runs beside the improvement phase: it keeps to its own core).
	oneWorker bool
}

// lpCol is a generated row of member mem and its master column.
type lpCol struct {
	mem, col int
	row      []int // option per day
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
						night: nightWork(st), newMin: floorMinutes(d, st), segs: segs})
				}
			} else {
				// A locked day: the member's worked shifts that day, merged.
				o := lockedOpt(shifts, m.ID, d)
				opts = append(opts, o)
			}
			lm.days = append(lm.days, opts)
			// Week cap (CONTRACT) for the ISO week of d.
			capW := math.MaxInt
			wk := roster.Week(d)
			if c := contractIn(m, wk); c > 0 {
				left := max(0, rules.ContractWeekLimit(c)-ix.hoursIn(m.ID, wk))
				capW = capMinutes(left)
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
					b.hrCap = append(b.hrCap, max(0, rules.SlackLimit(&h.Settings, c)-ix.hoursIn(m.ID, p))+hoursSlop)
				}
			}
			lm.hrRow = append(lm.hrRow, row)
			capP := math.MaxInt
			if row >= 0 {
				capP = capMinutes(b.hrCap[row] - hoursSlop)
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

// newMaster returns the master LP with the columns every master has: per
// segment its missing (and surplus) column, per hours row its unused
// hours, per member the empty row.
func (b *lpBuild) newMaster() *plan.LP {
	lp := plan.NewLP(b.rhs)
	for i, sg := range b.segs {
		lp.AddColumn(sg.mins, []int32{int32(i)}, []float64{1}) // missing
		lp.AddColumn(0, []int32{int32(i)}, []float64{-1})      // surplus
	}
	for r := b.hrBase; r < len(b.rhs); r++ {
		lp.AddColumn(0, []int32{int32(r)}, []float64{1}) // hours left unused
	}
	for i := range b.mem {
		if !b.mem[i].noEmpty {
			lp.AddColumn(0, []int32{b.mem[i].conv}, []float64{1}) // the empty row
		}
	}
	return lp
}

// solve runs the column generation and returns the best Lagrangian bound.
//
// With weekly rules (the bound) it runs in two phases. The first prices
// without them (fast) until it converges or for half the rounds; its
// bounds hold (fewer rules: a relaxation). So under a deadline the second
// phase only ever adds to a converged first phase (on the generated houses
// switching earlier cost more bound than the weekly rules gave). Then the
// master is rebuilt from the rows that keep the weekly rules (the others
// repaired) and the pricing keeps them (priceWeekly), first at the best
// duals of the first phase. Under a deadline a
// member's programme with the weekly rules gets a share of the time left;
// one that runs out counts with its value without them (the bound still
// holds) and gives the master its repaired row.
func (b *lpBuild) solve(ctx context.Context, rounds int, deadline time.Time) int {
	b.lp = b.newMaster()
	lp := b.lp
	best := math.Inf(-1)
	y := make([]float64, len(b.rhs)) // the master's duals, clamped
	stop := func() bool { return ctx.Err() != nil || (!deadline.IsZero() && time.Now().After(deadline)) }
	weekly := false
	for i := range b.mem {
		weekly = weekly || b.mem[i].wr.on
	}
	b.plainPhase = weekly
	phaseRounds := rounds
	if weekly {
		phaseRounds = max(1, rounds/2)
	}
	// Dual stabilisation (bound only): price at a point between the
	// master's duals and the stability centre, the duals of the best bound
	// so far (Wentges smoothing). Both are clamped, so every point between
	// them gives a valid bound too. When the pricing there finds no row
	// that improves the master, it prices again at the master's own duals
	// (a mis-price), so the column generation still converges.
	smooth := b.smoothing > 0
	var centre []float64
	sep := make([]float64, len(b.rhs))
	phaseStart := 0
	for round := 0; round < rounds; round++ {
		if _, err := lp.Solve(20000); err != nil {
			break
		}
		copy(y, lp.Duals())
		b.clamp(y)
		b.rounds = round + 1
		b.master = lp.Objective()
		at, atMaster := y, true
		if smooth && centre != nil && round == phaseStart && round > 0 {
			// The weekly phase's first pricing: at the best duals of the
			// first phase (the rebuilt master's own are cold).
			copy(sep, centre)
			at, atMaster = sep, false
		} else if smooth && centre != nil {
			for i := range sep {
				sep[i] = b.smoothing*centre[i] + (1-b.smoothing)*y[i]
			}
			at, atMaster = sep, false
		}
		var budget time.Duration
		if !b.plainPhase && !deadline.IsZero() {
			budget = max(20*time.Millisecond, time.Until(deadline)/time.Duration(2*len(b.mem)+1))
		}
		added, done, exact := 0, false, true
		for {
			// Any clamped duals give a valid bound, also when the pricing
			// was cut short (members not priced count at an upper end of
			// their best row).
			L, rowsOf, complete, ex := b.lagrange(at, stop, budget)
			exact = ex
			if L > best {
				best = L
				if smooth {
					centre = append(centre[:0], at...)
				}
				raiseTo(b.published, b.provenOf(best))
			}
			if !complete {
				done = true
				break
			}
			added = b.addColumns(rowsOf, y, at)
			if added > 0 || atMaster {
				break
			}
			at, atMaster = y, true // a mis-price: price at the master's own duals
		}
		if done {
			break
		}
		met := added == 0 || b.master-best < lpBoundTolerance
		if b.plainPhase && (met || round+1-phaseStart >= phaseRounds) {
			b.weeklyPhase(y)
			lp = b.lp
			phaseStart = round + 1
			continue
		}
		if met {
			b.converged = exact
			break
		}
		if stop() {
			break
		}
	}
	if math.IsInf(best, -1) {
		return 0
	}
	return b.provenOf(best)
}

// provenOf returns the bound that the Lagrangian value best proves: rounded
// up to the grain, as every roster's shortfall is a multiple of it
// (lpgrain.go).
func (b *lpBuild) provenOf(best float64) int {
	return roundUpTo(max(0, int(math.Ceil(best-1e-6*max(1, math.Abs(best))-1e-6))), b.grain())
}

// lpState is a Pareto entry of the row programme: minutes added in the
// current week and the value so far, with a back pointer.
type lpState struct {
	mins, pm  int
	val       float64
	prevOpt   int
	prevState int
	// For members whose weekly rules are kept (else zero): the end of
	// the last duty (unix seconds) and the packed week state
	// (lpbound_week.go).
	rest int64
	wk   wkPack
}

// key groups states that only minutes and value tell apart.
func (s *lpState) key() [2]int64 { return [2]int64{s.rest, int64(s.wk)} }

// price finds the member's row of most value at duals y (segments held
// times their dual plus the hours times the period's dual) under rest and
// the weekly caps, exactly; it returns the value and the option per day.
func (b *lpBuild) price(m *lpMember, y []float64) (float64, []int) {
	v, row, _ := b.priceDP(m, y, m.wr.on, nil)
	return v, row
}

// priceWeekly prices member m at duals y with the weekly rules lazily: the
// row programme without them first; when its best row keeps them too, it
// is the best row. Otherwise the programme with them runs, and when stop
// ends it early, the value without them (an upper end) is returned with
// exact false.
//
// budget (zero: none) limits the programme with the weekly rules; when it
// runs out, the value without them is returned with exact false, and with
// it a row that keeps them (the best row without them, repaired) for the
// master.
func (b *lpBuild) priceWeekly(m *lpMember, y []float64, stop func() bool, budget time.Duration) (float64, []int, bool) {
	if !m.wr.on {
		v, row, _ := b.priceDP(m, y, false, nil)
		return v, row, true
	}
	v, row, _ := b.priceDP(m, y, false, nil)
	if row == nil || b.rowKeeps(m, row) {
		if row != nil {
			m.last = row
		}
		return v, row, true
	}
	// A row that keeps the weekly rules, from the best row without them:
	// its value prunes the programme with them.
	rep := b.repair(m, row, y)
	if rep != nil && (m.last == nil || b.rowValue(m, rep, y) > b.rowValue(m, m.last, y)) {
		m.last = rep
	}
	stop2 := stop
	if budget > 0 {
		t0 := time.Now()
		stop2 = func() bool { return stop() || time.Since(t0) > budget }
	}
	v2, row2, ok := b.priceDP(m, y, true, stop2)
	if !ok {
		return v, rep, false
	}
	return v2, row2, true
}

// rowKeeps reports whether row keeps m's weekly rules.
func (b *lpBuild) rowKeeps(m *lpMember, row []int) bool { return b.rowBreaks(m, row) < 0 }

// rowBreaks returns the day index at which row breaks m's weekly rules
// (len(row) for the days after), or -1 when it keeps them.
func (b *lpBuild) rowBreaks(m *lpMember, row []int) int {
	st := m.wr.init
	for d, o := range row {
		if !b.wkEnter(&st, &m.wr, b.w.From-1+roster.Date(d), &m.days[d][o]) {
			return d
		}
	}
	if !b.wkFinish(st, &m.wr) {
		return len(row)
	}
	return -1
}

// repair turns row (which keeps every rule but the weekly ones) into one
// that keeps them too, by taking out new shifts: at the first day it
// breaks them, the least valuable new shift at duals y of the two weeks
// before goes, until none breaks. Taking a shift out only lengthens rests
// and lowers hours, so every other rule still holds. It returns nil when
// nothing is left to take out.
func (b *lpBuild) repair(m *lpMember, row []int, y []float64) []int {
	row = slices.Clone(row)
	for {
		d := b.rowBreaks(m, row)
		if d < 0 {
			return row
		}
		worst, wv := -1, math.Inf(1)
		for k := max(0, d-14); k <= min(d, len(row)-1); k++ {
			o := &m.days[k][row[k]]
			if o.typ < 0 || m.days[k][0].typ >= 0 {
				continue // nothing new, or a shift a dive node forces
			}
			if v := b.optValue(m, k, o, y); v < wv {
				worst, wv = k, v
			}
		}
		if worst < 0 {
			for k := len(row) - 1; k >= 0 && worst < 0; k-- {
				if m.days[k][row[k]].typ >= 0 && m.days[k][0].typ < 0 {
					worst = k
				}
			}
		}
		if worst < 0 {
			return nil
		}
		row[worst] = 0 // the day off (the first value of an open day)
	}
}

// optValue is the value of option o on day d of m at duals y.
func (b *lpBuild) optValue(m *lpMember, d int, o *lpOpt, y []float64) float64 {
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

// rowValue is the value of row at duals y.
func (b *lpBuild) rowValue(m *lpMember, row []int, y []float64) float64 {
	v := 0.0
	for d, o := range row {
		v += b.optValue(m, d, &m.days[d][o], y)
	}
	return v
}

// priceDP is the row programme; weekly keeps the weekly rules (m.wr). It
// returns ok false when stop (nil: never) ended it early. m.last is only
// set to a row that keeps every rule the member's rows keep.
func (b *lpBuild) priceDP(m *lpMember, y []float64, weekly bool, stop func() bool) (float64, []int, bool) {
	m.extra = nil
	n := len(m.days)
	gain := func(d int, o *lpOpt) float64 { return b.optValue(m, d, o, y) }
	lim := rules.EngineLimits()
	regular := b.h.Settings.SleepRegime != roster.RegimeIrregular
	// restOK: the rest between a shift on one day and one on the next:
	// every shorter rest than the daily rest (the night rest after night
	// work that ends late) is at least a new warning; next to a regular
	// sleep shift a shift either touches it (it continues the duty) or
	// leaves the sleep rest.
	restOK := func(a, c *lpOpt) bool {
		if a.typ < 0 && c.typ < 0 {
			return true // two locked days: the team's own, whatever they break
		}
		if !a.work || !c.work {
			return true
		}
		gap := c.s.Sub(a.e)
		if regular && (a.sleep || c.sleep) {
			// A shorter rest next to a sleep shift is at least an
			// ATW-SLEEP warning; a shift that touches it continues the
			// duty. (Not regular: a sleep shift is night work, judged as
			// any other duty.)
			return gap == 0 || gap >= lim.SleepRest
		}
		if a.night && lateEnd(a.e, lim.NightRestLateEnd) {
			return gap >= lim.NightRestAfter // ATW-NIGHTREST: shorter is at least a warning
		}
		return gap >= lim.RestDaily
	}
	// Pruning: the most the days after d can still add given the week's
	// minutes (a relaxation without the period limit and the weekly
	// rules, memoised), and the value of the member's last row at
	// these duals (it keeps the rules, so the best row is worth at least
	// that). A state that cannot reach it even with the most the rest can
	// add is dropped; the best row is never among them.
	memo := make([][]map[int]float64, n)
	for d := range memo {
		memo[d] = make([]map[int]float64, len(m.days[d]))
	}
	var comp func(d, o, wk int) float64
	comp = func(d, o, wk int) float64 {
		if d == n-1 {
			return 0
		}
		if v, ok := memo[d][o][wk]; ok {
			return v
		}
		date := b.w.From + roster.Date(d) // the date of day d+1
		best := math.Inf(-1)
		for o2 := range m.days[d+1] {
			c := &m.days[d+1][o2]
			if !restOK(&m.days[d][o], c) {
				continue
			}
			wk2 := wk
			if date.Weekday() == time.Monday {
				wk2 = 0
			}
			wk2 += c.newMin
			if wk2 > m.capW[d+1] {
				continue
			}
			best = max(best, gain(d+1, c)+comp(d+1, o2, wk2))
		}
		if memo[d][o] == nil {
			memo[d][o] = map[int]float64{}
		}
		memo[d][o][wk] = best
		return best
	}
	floor := 0.0 // the empty row
	if m.noEmpty {
		floor = math.Inf(-1) // a dive node forces a shift
	}
	if m.last != nil {
		v := 0.0
		for d, o := range m.last {
			v += gain(d, &m.days[d][o])
		}
		floor = max(floor, v)
	}
	floor -= 1e-9 * max(1, math.Abs(floor))
	wr := &m.wr
	wkOn := weekly && wr.on
	layers := make([][][]lpState, n) // [day][opt] Pareto list
	layers[0] = make([][]lpState, len(m.days[0]))
	for o := range m.days[0] {
		st := lpState{mins: 0, val: gain(0, &m.days[0][o]), prevOpt: -1}
		if wkOn {
			st.rest, st.wk = wr.init.rest, wr.init.wk
			if !b.wkEnter(&st, wr, b.w.From-1, &m.days[0][o]) {
				continue
			}
		}
		layers[0][o] = []lpState{st}
	}
	merge := !wkOn && !b.noMerge // sorted lists merge (lpbound_merge.go)
	floorP := periodFloors(m, b.w)
	var mb mergeBuf
	var ends []lpEnd // the last day's states before the Pareto filter (b.extra > 0)
	for d := 1; d < n; d++ {
		if stop != nil && stop() {
			return 0, nil, false
		}
		date := b.w.From - 1 + roster.Date(d)
		reset := date.Weekday() == time.Monday
		resetP := roster.BalancePeriod(date, b.h.Settings.BalanceWeeksOrDefault()).From == date
		layers[d] = make([][]lpState, len(m.days[d]))
		for o := range m.days[d] {
			c := &m.days[d][o]
			g := gain(d, c)
			if merge {
				addP := 0
				if m.capP[d] != math.MaxInt {
					addP = c.newMin
				}
				ok := func(po int) bool { return restOK(&m.days[d-1][po], c) }
				keep := func(mins int, val float64) bool { return val+comp(d, o, mins) >= floor }
				layers[d][o] = mergeFront(layers[d-1], ok, reset, resetP, c.newMin, addP, m.capW[d], m.capP[d], floorP[d], g, keep, false, &mb)
				if d == n-1 && b.extra > 0 {
					for _, s := range mergeFront(layers[d-1], ok, reset, resetP, c.newMin, addP, m.capW[d], m.capP[d], floorP[d], g, keep, true, &mb) {
						ends = append(ends, lpEnd{o, s})
					}
				}
				continue
			}
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
						pm = max(pm+c.newMin, floorP[d])
					}
					if mins > m.capW[d] || pm > m.capP[d] {
						continue
					}
					ns := lpState{mins: mins, pm: pm, val: ps.val + g, prevOpt: po, prevState: pi, rest: ps.rest, wk: ps.wk}
					if wkOn && !b.wkEnter(&ns, wr, date, c) {
						continue
					}
					if ns.val+comp(d, o, ns.mins) < floor {
						continue
					}
					cand = append(cand, ns)
				}
			}
			if d == n-1 && b.extra > 0 {
				for _, s := range cand {
					ends = append(ends, lpEnd{o, s})
				}
			}
			if wkOn {
				layers[d][o] = paretoWeekly(paretoGroups(cand))

			} else {
				layers[d][o] = paretoGroups(cand)
			}
		}
	}
	bestVal, bo, bi := math.Inf(-1), -1, -1
	for o := range layers[n-1] {
		for i, s := range layers[n-1][o] {
			if s.val > bestVal && (!wkOn || b.wkFinish(s, wr)) {
				bestVal, bo, bi = s.val, o, i
			}
		}
	}
	if bo < 0 {
		if m.noEmpty {
			return math.Inf(-1), nil, true // no row keeps the rules
		}
		return 0, nil, true
	}
	if !m.noEmpty && bestVal < 0 {
		return 0, nil, true // the empty row (it keeps every rule) is worth 0
	}
	bo0, bi0 := bo, bi
	row := make([]int, n)
	for d := n - 1; d >= 0; d-- {
		row[d] = bo
		s := layers[d][bo][bi]
		bo, bi = s.prevOpt, s.prevState
	}
	if wkOn || !wr.on || b.plainPhase {
		m.last = row
	}
	m.extra = b.extraRows(m, layers, ends, wkOn, bo0, layers[n-1][bo0][bi0])
	return bestVal, row, true
}

// periodFloors returns per day index the period minutes below which the
// balance period limit can no longer bind after that day (math.MinInt
// where it is not tracked): the limit less the most the period's later
// days can add, per ISO week at most its contract limit. Every state of the
// row programme with fewer period minutes after day d keeps the limit
// whatever follows, as one with exactly that many does, so the programme
// counts them as that many and the states merge (the same rows, fewer
// states).
func periodFloors(m *lpMember, w roster.Window) []int {
	n := len(m.days)
	most := make([]int, n) // the most day d can add
	for d := range n {
		most[d] = mostMinutes(m.days[d])
	}
	out := make([]int, n)
	for d := range n {
		out[d] = math.MinInt
		if m.capP[d] == math.MaxInt {
			continue
		}
		rem, week, last := 0, 0, d
		mon := (w.From - 1 + roster.Date(d)).Monday()
		for e := d + 1; e < n && m.hrRow[e] == m.hrRow[d]; e++ {
			if me := (w.From - 1 + roster.Date(e)).Monday(); me != mon {
				rem += min(week, m.capW[last])
				week, mon = 0, me
			}
			week += most[e]
			last = e
		}
		rem += min(week, m.capW[last])
		out[d] = m.capP[d] - rem
	}
	return out
}

// mostMinutes is the most contract minutes one of a day's values adds
// (0 when the day allows no new shift).
func mostMinutes(opts []lpOpt) int {
	most := 0
	for _, o := range opts {
		if o.typ >= 0 {
			most = max(most, o.newMin)
		}
	}
	return most
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
	sortStatesStable(c, func(a, b *lpState) int {
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

// hoursSlop is what the bound adds to the hours a member's week or balance
// period has left, so that float rounding in the sums never cuts off a row
// the engine accepts: the engine compares its sums with an epsilon of 1e-6
// h (rules.hoursEps), and a row's hours are counted in whole minutes
// rounded down (floorMinutes), never more than the engine counts.
const hoursSlop = 1e-4

// capMinutes is the most whole minutes (of floorMinutes) that fit in left
// hours with hoursSlop.
func capMinutes(left float64) int { return int(math.Floor((left + hoursSlop) * 60)) }

// untrackSlack drops the balance period limit from the row programme where
// the weeks already keep the period within it: per ISO week the least of
// its contract limit and the most its open days can add (a week without a
// contract limit counts with the latter). The programme then needs no
// period minutes in its state. Where the period limit binds it stays in
// the pricing: the master's hours row alone would let a row that breaks
// SLACK (the engine's warning, never new) mix with lighter ones.
func untrackSlack(lm *lpMember, w roster.Window) {
	groups := map[int32][]int{}
	for d, r := range lm.hrRow {
		if r >= 0 {
			groups[r] = append(groups[r], d)
		}
	}
	for _, days := range groups {
		capOf := map[roster.Date]int{} // Monday → the week's limit
		addOf := map[roster.Date]int{} // Monday → the most the week's days can add
		for _, d := range days {
			mon := (w.From - 1 + roster.Date(d)).Monday()
			capOf[mon] = lm.capW[d]
			addOf[mon] += mostMinutes(lm.days[d])
		}
		sum := 0
		for mon, c := range capOf {
			sum += min(c, addOf[mon])
		}
		if lm.capP[days[0]] < sum {
			continue // the period limit binds: keep it
		}
		for _, d := range days {
			lm.capP[d] = math.MaxInt
		}
	}
}

// rounded picks one generated row per member, most valuable first: members
// in order of their largest LP share, each taking the row that holds the
// most person-minutes still missing (ties: the larger share, then fewer
// minutes of work), then passes that let each member re-pick given the
// others until nothing improves. A night shift of a row whose night is
// covered already is left out (two night covers are a new warning;
// leaving a shift out breaks no rule of the row). It returns the rows' new
// shifts.
func (b *lpBuild) rounded() []roster.Assignment {
	if b.lp == nil {
		return nil
	}
	per := make([][]int, len(b.mem)) // column indexes per member
	share := make([]float64, len(b.cols))
	top := make([]float64, len(b.mem))
	for k, c := range b.cols {
		per[c.mem] = append(per[c.mem], k)
		share[k] = b.lp.Value(c.col)
		top[c.mem] = max(top[c.mem], share[k])
	}
	miss := make([]float64, len(b.segs))
	for i, sg := range b.segs {
		miss[i] = sg.miss
	}
	pick := make([]int, len(b.mem))
	kept := make([][]bool, len(b.mem)) // [member][day]: the picked row's shift that day is kept
	for i := range pick {
		pick[i] = -1
	}
	// keep returns which shifts of row k stay given miss.
	keep := func(mi, k int) []bool {
		row := b.cols[k].row
		out := make([]bool, len(row))
		for d, o := range row {
			opt := &b.mem[mi].days[d][o]
			if opt.typ < 0 {
				continue
			}
			out[d] = true
			for _, s := range opt.segs {
				if b.segs[s].night && miss[s] < 1-1e-9 {
					out[d] = false
				}
			}
		}
		return out
	}
	apply := func(mi int, sign float64) {
		if pick[mi] < 0 {
			return
		}
		for d, o := range b.cols[pick[mi]].row {
			if kept[mi][d] {
				for _, s := range b.mem[mi].days[d][o].segs {
					miss[s] -= sign
				}
			}
		}
	}
	choose := func(mi int) {
		apply(mi, -1)
		best, bestKey, bestKeep := -1, [3]float64{}, []bool(nil)
		for _, k := range per[mi] {
			mask := keep(mi, k)
			g, work := 0.0, 0
			for d, o := range b.cols[k].row {
				if !mask[d] {
					continue
				}
				opt := &b.mem[mi].days[d][o]
				work += opt.newMin
				for _, s := range opt.segs {
					if miss[s] >= 1-1e-9 {
						g += b.segs[s].mins
					}
				}
			}
			key := [3]float64{g, share[k], -float64(work)}
			if g > 0 && (best < 0 || slices.Compare(key[:], bestKey[:]) > 0) {
				best, bestKey, bestKeep = k, key, mask
			}
		}
		pick[mi], kept[mi] = best, bestKeep
		apply(mi, 1)
	}
	order := make([]int, len(b.mem))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, c int) int {
		switch {
		case top[a] > top[c]:
			return -1
		case top[a] < top[c]:
			return 1
		}
		return 0
	})
	for pass := 0; pass < 4; pass++ {
		before := slices.Clone(pick)
		for _, mi := range order {
			choose(mi)
		}
		if slices.Equal(before, pick) {
			break
		}
	}
	var out []roster.Assignment
	for mi, k := range pick {
		if k < 0 {
			continue
		}
		for d, o := range b.cols[k].row {
			opt := &b.mem[mi].days[d][o]
			if opt.typ >= 0 && kept[mi][d] {
				out = append(out, roster.Assignment{Member: b.mem[mi].id, Date: b.w.From - 1 + roster.Date(d), Shift: b.types[opt.typ].Code})
			}
		}
	}
	return out
}

// paretoGroups runs pareto within every group of states of the same key.
func paretoGroups(c []lpState) []lpState {
	if len(c) <= 1 {
		return c
	}
	first := c[0].key()
	same := true
	for i := range c {
		if c[i].key() != first {
			same = false
			break
		}
	}
	if same {
		return pareto(c)
	}
	sortStatesStable(c, func(a, b *lpState) int {
		ka, kb := a.key(), b.key()
		return slices.Compare(ka[:], kb[:])
	})
	var out []lpState
	for i := 0; i < len(c); {
		j := i
		for j < len(c) && c[j].key() == c[i].key() {
			j++
		}
		out = append(out, pareto(slices.Clone(c[i:j]))...)
		i = j
	}
	return out
}

// nightSpan reports whether [s, e) holds more than the engine's night-work
// minimum between 00:00 and its night-work end.
func nightSpan(s, e time.Time) bool {
	return rules.NightWorkIn(s, e) > rules.NightWorkMin
}

// lateEnd reports whether t's clock time lies after late (the night rest's
// late end).
func lateEnd(t time.Time, late roster.Clock) bool {
	return t.Hour()*60+t.Minute() > int(late)
}

// clamp moves duals to where the Lagrangian bound is valid: the missing
// and surplus columns need 0 ≤ y ≤ len, the unused hours y ≤ 0.
func (b *lpBuild) clamp(y []float64) {
	for i := range b.segs {
		y[i] = min(max(y[i], 0), b.segs[i].mins)
	}
	for r := b.hrBase; r < len(y); r++ {
		y[r] = min(y[r], 0)
	}
}

// lagrange prices every member at duals y, on two goroutines (members are
// independent and the results are kept per member, so they do not depend
// on the schedule), and returns the Lagrangian bound at y and each member's
// best row. When stop cuts the pricing short, the members not priced count
// with an upper end of their best row's value (every day at its best value,
// no rule kept), so the bound is still valid; complete is false then. In
// the weekly phase budget limits each member's programme (priceWeekly);
// exact is false when one ran out (its value is an upper end).
func (b *lpBuild) lagrange(y []float64, stop func() bool, budget time.Duration) (L float64, rowsOf [][]int, complete, exact bool) {
	for i := range b.segs {
		L += y[i] * b.rhs[i]
	}
	for r := b.hrBase; r < len(y); r++ {
		L += y[r] * b.rhs[r]
	}
	vals := make([]float64, len(b.mem))
	rowsOf = make([][]int, len(b.mem))
	priced := make([]bool, len(b.mem))
	var wg sync.WaitGroup
	var cut, inexact atomic.Bool
	workers := 2
	if b.oneWorker {
		workers = 1
	}
	for wk := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := wk; i < len(b.mem); i += workers {
				if cut.Load() || stop() {
					cut.Store(true)
					return
				}
				m := &b.mem[i]
				if b.plainPhase || !m.wr.on {
					vals[i], rowsOf[i], _ = b.priceDP(m, y, false, nil)
					priced[i] = true
					continue
				}
				v, row, ex := b.priceWeekly(m, y, stop, budget)
				vals[i], rowsOf[i], priced[i] = v, row, true
				if !ex {
					m.extra = nil // rows of the programme without the weekly rules
				}
				if !ex {
					inexact.Store(true) // v is an upper end: the bound holds
					if stop() {
						cut.Store(true)
					}
				}
			}
		}()
	}
	wg.Wait()
	for i, v := range vals {
		if !priced[i] {
			v = b.rowUpper(&b.mem[i], y)
		}
		L -= v
	}
	return L, rowsOf, !cut.Load(), !inexact.Load()
}

// weeklyPhase ends the first phase: the master is rebuilt from the rows
// found so far that keep the weekly rules, the others repaired (at duals
// y), and every member's last row is made to keep them.
func (b *lpBuild) weeklyPhase(y []float64) {
	b.plainPhase = false
	b.lp = b.newMaster()
	old := b.cols
	b.cols = nil
	for _, c := range old {
		m := &b.mem[c.mem]
		row := c.row
		if m.wr.on && !b.rowKeeps(m, row) {
			if row = b.repair(m, row, y); row == nil {
				continue
			}
		}
		rows, vs := b.column(m, row)
		b.cols = append(b.cols, lpCol{mem: c.mem, col: b.lp.AddColumn(0, rows, vs), row: row})
	}
	for i := range b.mem {
		m := &b.mem[i]
		if m.wr.on && m.last != nil && !b.rowKeeps(m, m.last) {
			m.last = b.repair(m, m.last, y)
		}
	}
}

// rowUpper is an upper end of the value of member m's best row at duals y:
// every day its most valuable value, whatever the rules say.
func (b *lpBuild) rowUpper(m *lpMember, y []float64) float64 {
	total := 0.0
	for d := range m.days {
		best := 0.0
		for k := range m.days[d] {
			o := &m.days[d][k]
			if o.typ < 0 {
				continue
			}
			g := 0.0
			for _, s := range o.segs {
				g += y[s]
			}
			if r := m.hrRow[d]; r >= 0 {
				g += y[r] * float64(o.newMin) / 60
			}
			best = max(best, g)
		}
		total += best
	}
	return total
}

// addColumns adds the rows found at duals at as master columns when their
// reduced cost is negative at the master's duals y or at at; it returns
// how many improve the master (negative at y).
func (b *lpBuild) addColumns(rowsOf [][]int, y, at []float64) int {
	improving := 0
	for i := range b.mem {
		row := rowsOf[i]
		if row == nil {
			continue
		}
		rows, vs := b.column(&b.mem[i], row)
		rc, rcAt := 0.0, 0.0
		for k, r := range rows {
			rc -= y[r] * vs[k]
			rcAt -= at[r] * vs[k]
		}
		if rc < -1e-6 || rcAt < -1e-6 {
			b.cols = append(b.cols, lpCol{mem: i, col: b.lp.AddColumn(0, rows, vs), row: row})
		}
		if rc < -1e-6 {
			improving++
		}
		m := &b.mem[i]
		for _, row := range m.extra {
			if m.wr.on && !b.plainPhase && !b.rowKeeps(m, row) {
				continue
			}
			rows, vs := b.column(m, row)
			rc := 0.0
			for k, r := range rows {
				rc -= y[r] * vs[k]
			}
			if rc < -1e-6 {
				b.cols = append(b.cols, lpCol{mem: i, col: b.lp.AddColumn(0, rows, vs), row: row})
			}
		}
		m.extra = nil
	}
	return improving
}
