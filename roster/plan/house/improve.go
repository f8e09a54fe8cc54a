package house

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// The improvement phase is a local search that runs after the construction
// (core or LP proposal, judge, refill, prune). It closes uncovered time with
// edits the refill cannot make because they change more than one empty cell:
//
//   - set: an opvoeder takes a shift that covers a gap on an open cell that
//     is empty or holds another proposal (a change of shift type);
//   - eject: as set, where the engine rejects the set only for findings
//     about her (rest, hours, weekly rest, nights in a row), and she gives
//     up one of her proposals in the window (nearest first);
//   - chain: a set or ejection that loses coverage elsewhere, and another
//     opvoeder takes the given-up shift (or another of its class that
//     overlaps it) on her empty cell of that day;
//   - transfer and day exchange: a proposal moves to another opvoeder of the
//     same day, or two opvoeders exchange what they work that day;
//   - kick: at a local optimum, a few proposals around a gap are emptied
//     and the gap edits repair; kept only when the whole is better;
//   - whole rows (rowsearch.go): a member's row re-planned as her best
//     response to the others' proposals (first, and whenever the gap edits
//     stop gaining), and as every second kick two or three members' rows
//     emptied and re-planned one after the other.
//
// The objective is lexicographic: first the uncovered person-minutes of the
// window (Shortfall), then the depth of what stays uncovered (depth.go: at
// the same uncovered time, one opvoeder short for longer rather than nobody
// there), then a soft cost (costOf): wishes, the spread of each
// member's hours over the weeks, the spread of nights and weekend shifts
// over the team. Between the last two lies the number of coverage gaps (the
// COV-DAY and COV-NIGHT errors the team sees as red lines): at the same
// uncovered time fewer gaps are better, whatever the soft cost; but a gap
// weighs less than a single uncovered minute, so an edit that covers more
// may split a gap in two (see lexBetter). An edit is kept only when it lowers
// the objective and the engine's exact judgement of the whole window
// (rules.CheckAt, as the judge runs it) finds no hard finding. By the
// judge's own definition a coverage gap is new only where the uncovered
// time grows over the house alone (judge.fresh, known): a split leaves
// each part inside the gap the house had, so it adds no finding. So the
// phase never adds a finding and never uncovers more. Candidates are first measured on the days and
// members they touch (localCover, the soft tally and the hours limits:
// microseconds) and screened with rules.CheckAt on the ISO weeks they touch
// (a tenth of the whole window's cost); only edits that improve and pass
// the screen are judged on the whole window.

// improveEvalsPerIteration converts an iteration budget into screened
// candidates: the phase gets MaxIterations/improveEvalsPerIteration screens.
const improveEvalsPerIteration = 100

// lsEdit sets member's cell of date to shift ("" empties it).
type lsEdit struct {
	member int
	date   roster.Date
	shift  string
}

// improver is the state of one improvement run.
type improver struct {
	ctx      context.Context
	j        *judge
	h        *roster.House
	w        roster.Window
	ix       *index // the house alone
	types    []*roster.ShiftType
	byCode   map[string]*roster.ShiftType
	members  []*roster.Member // the opvoeders, in house order
	deadline time.Time
	budget   int // screens left (< 0: unlimited)

	props []roster.Assignment
	fs    []rules.Finding
	short int
	deep  int // depth cost of the shortfall (depth.go)
	nGaps int // coverage gaps (COV-DAY and COV-NIGHT errors) in the window
	soft  float64

	work roster.House
	buf  []roster.Assignment
	lc   *localCover
	// screenBase holds the current proposal's findings per screen window
	// (some findings, such as the fte budget, are reported on the window's
	// first day, so a screen compares with the same window).
	screenBase map[roster.Window][]rules.Finding

	// soft-cost data
	weeks    []roster.Window
	baseHrs  map[int][]float64 // per member and week: ledger hours of the house alone
	contract map[int][]float64 // per member and week: contract hours
	baseN    map[int]float64   // nights of the house alone in w
	baseWE   map[int]float64   // weekend shifts of the house alone in w
	nightOK  map[int]bool      // member may work a night cover
	wishes   map[cellKey][]roster.Wish
	row      map[int]int      // member ID → index in members
	total    []float64        // per member row: contract hours over the weeks
	periods  [][]*periodHours // per member row and week: its balance period
	tallied  softTally        // of props
	cell     map[cellKey]string
	// curShort caches the current proposal's uncovered minutes and depth
	// cost per shortfall window.
	curShort map[roster.Window][2]int

	screens, confirms, accepted int
	// row moves (rowsearch.go): pricings, whole rows and ruins kept
	rowPrices, rowKept, ruinKept int

	// progress reports (see report)
	budget0    int       // screens at the start (0: no budget)
	began      time.Time // the phase's start
	lastFrac   float64
	lastReport time.Time
	seen       int // least uncovered minutes of a judged proposal so far
}

// StageImprove is the Progress.Stage of the house planner's improvement
// phase: Best is the uncovered person-minutes of the best proposal so far,
// Fraction the part of the phase's time (or screen budget) spent.
const StageImprove = "improve"

// reportEvery is the longest time between two progress reports of the
// improvement phase; it also reports whenever 1 % more of it is spent.
const reportEvery = 200 * time.Millisecond

// fraction returns the part of the phase's budget spent: screens of a
// screen budget, else time until the deadline; 0 when it has neither.
func (im *improver) fraction(now time.Time) float64 {
	switch {
	case im.budget0 > 0:
		return 1 - float64(max(im.budget, 0))/float64(im.budget0)
	case !im.deadline.IsZero():
		total := im.deadline.Sub(im.began)
		if total <= 0 {
			return 1
		}
		return min(1, max(0, float64(now.Sub(im.began))/float64(total)))
	}
	return 0
}

// report sends a progress report when one is due (always with final):
// 1 % more of the phase spent or reportEvery passed since the last. It
// never reports after ctx ended.
func (im *improver) report(final bool) {
	p := im.j.progress
	if p == nil || im.ctx.Err() != nil {
		return
	}
	now := time.Now()
	f := im.fraction(now)
	if final {
		f = 1
	} else if f < im.lastFrac+0.01 && now.Sub(im.lastReport) < reportEvery {
		return
	}
	im.lastFrac, im.lastReport = f, now
	// During a kick the proposal is ruined for a while: Best is the least
	// uncovered so far (a kick keeps its result only when it is better).
	im.seen = min(im.seen, im.short)
	p(plan.Progress{Best: int64(im.seen), Feasible: true, Elapsed: now.Sub(im.j.t0), Iterations: int64(im.screens),
		Stage: StageImprove, Bound: math.MinInt64, Fraction: f})
}

// improve runs the improvement phase on props (which add no hard finding;
// fs are their findings): passes of edits until none improves, then kicks
// (seeded by seed) until maxKickFails in a row bring nothing, ctx ends,
// deadline (zero: none) passes or budget screens (≤ 0: unlimited) are
// spent. It returns the
// best proposal found (never worse than props) and its findings.
func (j *judge) improve(ctx context.Context, props []roster.Assignment, fs []rules.Finding, budget int, deadline time.Time, seed uint64) ([]roster.Assignment, []rules.Finding, int) {
	if ctx.Err() != nil {
		return props, fs, 0
	}
	im := newImprover(ctx, j, props, fs, budget, deadline)
	pass := 0
	descend := func() {
		for ; !im.stop(); pass++ {
			before := im.accepted
			im.gapPass(pass)
			if im.stop() {
				break
			}
			im.softPass(pass)
			if im.accepted == before {
				break
			}
		}
	}
	r := rand.New(rand.NewPCG(seed, 0x1c4b))
	// Whole rows (rowsearch.go): at the local optimum of the gap edits,
	// every member's row is re-planned as her best response to the others.
	var rs *rowSearch
	if !im.stop() {
		rs = newRowSearch(im)
	}
	rows := func() {
		for rs != nil && !im.stop() && im.rowSweep(rs, r) {
			descend()
		}
	}
	if rs != nil {
		// First: a sweep of best responses moves the construction's rows
		// to where their hours cover most at the cost of a pricing and a
		// judgement per member (on the generated houses most of what the
		// gap edits gain, in a tenth of their time).
		im.rowSweep(rs, r)
	}
	descend()
	rows()
	// Kicks: at a local optimum, ruin a few proposals around a gap (or,
	// every ruinEvery-th time, two or three members' whole rows) and
	// recreate; kept only when the result is better.
	for n, fails := 0, 0; fails < maxKickFails && !im.stop(); n++ {
		var kept bool
		if rs != nil && n%ruinEvery == ruinEvery-1 {
			kept = im.ruinRows(rs, r, pass)
		} else {
			kept = im.kick(r, pass)
		}
		if kept {
			fails = 0
			descend()
			rows()
		} else {
			fails++
		}
	}
	j.checks += im.screens // the confirmations ran through j.check
	im.report(true)
	return im.props, im.fs, im.accepted
}

func newImprover(ctx context.Context, j *judge, props []roster.Assignment, fs []rules.Finding, budget int, deadline time.Time) *improver {
	h := j.h
	im := &improver{ctx: ctx, j: j, h: h, w: j.w, ix: newIndex(h, j.w), types: plannable(h),
		byCode: map[string]*roster.ShiftType{}, deadline: deadline, budget: budget,
		props: slices.Clone(props), fs: fs, work: *h,
		baseHrs: map[int][]float64{}, contract: map[int][]float64{}, baseN: map[int]float64{},
		baseWE: map[int]float64{}, nightOK: map[int]bool{}, wishes: map[cellKey][]roster.Wish{}, screenBase: map[roster.Window][]rules.Finding{},
		row: map[int]int{}, curShort: map[roster.Window][2]int{}}
	if budget <= 0 {
		im.budget = -1
	} else {
		im.budget0 = budget
	}
	im.began, im.lastReport = time.Now(), time.Now()
	im.lc = newLocalCover(h, j.w, im.types)
	for _, st := range im.types {
		im.byCode[st.Code] = st
	}
	for mon := j.w.From.Monday(); mon <= j.w.To; mon += 7 {
		im.weeks = append(im.weeks, roster.Week(mon))
	}
	for i := range h.Members {
		m := &h.Members[i]
		if !m.CountsAsOpvoeder() || !activeIn(m, j.w) {
			continue
		}
		im.row[m.ID] = len(im.members)
		im.members = append(im.members, m)
		for _, wk := range im.weeks {
			im.baseHrs[m.ID] = append(im.baseHrs[m.ID], im.ix.hoursIn(m.ID, wk))
			im.contract[m.ID] = append(im.contract[m.ID], contractIn(m, wk))
		}
		for _, st := range im.types {
			if st.Kind.NightCover() && mayWork(m, st) {
				im.nightOK[m.ID] = true
			}
		}
		for d := j.w.From; d <= j.w.To; d++ {
			for _, a := range im.ix.cells[cellKey{m.ID, d}] {
				if st := h.ShiftType(a.Shift); st != nil && a.State != roster.StateSick {
					n, we := fairCounts(st, d)
					im.baseN[m.ID] += n
					im.baseWE[m.ID] += we
				}
			}
		}
	}
	for _, wi := range h.Plan.Wishes {
		if j.w.Contains(wi.Date) && (wi.Kind == roster.WishRatherNot || wi.Kind == roster.WishPrefer) {
			k := cellKey{wi.Member, wi.Date}
			im.wishes[k] = append(im.wishes[k], wi)
		}
	}
	bw := h.Settings.BalanceWeeksOrDefault()
	for _, m := range im.members {
		byFrom := map[roster.Date]*periodHours{}
		var row []*periodHours
		for _, wk := range im.weeks {
			bp := roster.BalancePeriod(wk.From, bw)
			p := byFrom[bp.From]
			if p == nil {
				p = &periodHours{base: im.ix.hoursIn(m.ID, bp), limit: rules.SlackLimit(&h.Settings, contractIn(m, bp))}
				byFrom[bp.From] = p
			}
			row = append(row, p)
		}
		im.periods = append(im.periods, row)
	}
	for _, m := range im.members {
		C := 0.0
		for _, c := range im.contract[m.ID] {
			C += c
		}
		im.total = append(im.total, C)
	}
	j.check(im.props)
	im.short, im.deep = j.short(), j.deep()
	im.seen = im.short
	im.nGaps = len(gaps(fs, j.w))
	im.setProps(im.props)
	im.soft = im.costOf(&im.tallied)
	return im
}

// setProps makes props the current proposal's cells and tally.
func (im *improver) setProps(props []roster.Assignment) {
	im.props = props
	im.cell = make(map[cellKey]string, len(props))
	for _, a := range props {
		im.cell[cellKey{a.Member, a.Date}] = a.Shift
	}
	im.tallied = im.tally(props)
	clear(im.screenBase)
	clear(im.curShort)
}

// fairCounts says whether a shift of type st on date counts as a night and
// as a weekend shift for the fair spread.
func fairCounts(st *roster.ShiftType, date roster.Date) (night, weekend float64) {
	if st.Kind.NightCover() {
		night = 1
	}
	if wd := date.Weekday(); wd == time.Saturday || wd == time.Sunday {
		weekend = 1
	}
	return night, weekend
}

// stop reports whether the phase must end: ctx ended, the deadline passed
// or the screens are spent. Every search step asks it, so it also sends
// the progress report when one is due.
func (im *improver) stop() bool {
	im.report(false)
	return im.ctx.Err() != nil || im.budget == 0 || (!im.deadline.IsZero() && time.Now().After(im.deadline))
}

// shiftOf returns the code member's cell of d holds in the proposal ("" if
// none).
func (im *improver) shiftOf(member int, d roster.Date) string {
	return im.cell[cellKey{member, d}]
}

// apply returns props with the edits made.
func apply(props []roster.Assignment, edits []lsEdit) []roster.Assignment {
	out := slices.Clone(props)
	for _, e := range edits {
		i := slices.IndexFunc(out, func(a roster.Assignment) bool { return a.Member == e.member && a.Date == e.date })
		switch {
		case i >= 0 && e.shift == "":
			out = slices.Delete(out, i, i+1)
		case i >= 0:
			out[i].Shift = e.shift
		case e.shift != "":
			out = append(out, roster.Assignment{Member: e.member, Date: e.date, Shift: e.shift})
		}
	}
	return out
}

// houseWith points the improver's work house at h's assignments plus props.
func (im *improver) houseWith(props []roster.Assignment) *roster.House {
	im.buf = append(append(im.buf[:0], im.h.Plan.Assignments...), props...)
	im.work.Plan.Assignments = im.buf
	return &im.work
}

// localShort returns the uncovered minutes of props on the days around the
// edits' dates (the windows of shortfallWindows) and their depth cost.
func (im *improver) localShort(props []roster.Assignment, wins []roster.Window) (short, deep int) {
	for _, w := range wins {
		s, d := im.lc.measure(props, w.From, w.To)
		short += s
		deep += d
	}
	return short, deep
}

// shortfallWindows returns disjoint windows inside w, at least a day apart,
// that hold every band and night a change on the edits' dates can touch: the
// day before, the day and the day after each date. The shortfall of w
// changes by as much as the sum over these windows does.
func (im *improver) shortfallWindows(edits []lsEdit) []roster.Window {
	var ds []roster.Date
	for _, e := range edits {
		ds = append(ds, e.date)
	}
	slices.Sort(ds)
	var out []roster.Window
	for _, d := range ds {
		win := roster.Window{From: max(d-1, im.w.From), To: min(d+1, im.w.To)}
		if n := len(out); n > 0 && win.From <= out[n-1].To+2 {
			out[n-1].To = max(out[n-1].To, win.To)
			continue
		}
		out = append(out, win)
	}
	return out
}

// screenWindow is the window the cheap check reads: the ISO weeks of the
// edits' dates and a day on each side.
func screenWindow(edits []lsEdit) roster.Window {
	win := roster.Window{From: edits[0].date, To: edits[0].date}
	for _, e := range edits {
		win.From = min(win.From, e.date.Monday()-1, e.date-1)
		win.To = max(win.To, e.date.Monday()+7, e.date+1)
	}
	return win
}

// lexBetter reports whether a proposal with short uncovered minutes, depth
// cost deep, nGaps coverage gaps and soft cost soft is better than one with
// short0, deep0, nGaps0 and soft0. The order is lexicographic: uncovered
// minutes first (so a split that covers more is better however many gaps
// it makes), then the depth of what stays uncovered (one opvoeder short for
// longer rather than nobody there: depth.go), then the gaps (a red line
// less is worth any soft cost), then the soft cost.
func lexBetter(short, deep, nGaps int, soft float64, short0, deep0, nGaps0 int, soft0 float64) bool {
	if short != short0 {
		return short < short0
	}
	if deep != deep0 {
		return deep < deep0
	}
	if nGaps != nGaps0 {
		return nGaps < nGaps0
	}
	return soft < soft0-1e-6
}

// trial is what try found out about a candidate edit.
type trial struct {
	kept     bool            // the improver's state now holds the edit
	feasible bool            // the screen passed (false when not screened)
	dShort   int             // change of the uncovered minutes
	dDeep    int             // change of the depth cost
	hard     []rules.Finding // the screen's hard findings when it failed
	hours    int             // a member the hours check rejects it for (0: none)
}

// try measures the edits and keeps them when they improve the objective and
// the engine accepts them. Edits that do not improve are not screened
// unless screen is set (to learn whether the engine accepts them as a step
// of a longer chain); they are never kept.
func (im *improver) try(edits []lsEdit, screen bool) trial {
	var t trial
	tally := im.edited(edits)
	if m := im.overHours(&tally, edits); m != 0 {
		t.hours = m
		return t
	}
	next := apply(im.props, edits)
	wins := im.shortfallWindows(edits)
	var now, nowDeep int
	for _, w := range wins {
		v, ok := im.curShort[w]
		if !ok {
			v[0], v[1] = im.localShort(im.props, []roster.Window{w})
			im.curShort[w] = v
		}
		now += v[0]
		nowDeep += v[1]
	}
	short1, deep1 := im.localShort(next, wins)
	t.dShort, t.dDeep = short1-now, deep1-nowDeep
	dSoft := im.costOf(&tally) - im.soft
	better := t.dShort < 0 || (t.dShort == 0 && (t.dDeep < 0 || (t.dDeep == 0 && dSoft < -1e-6)))
	if (!better && !screen) || im.budget == 0 {
		return t
	}
	if im.budget > 0 {
		im.budget--
	}
	im.screens++
	sw := screenWindow(edits)
	base, ok := im.screenBase[sw]
	if !ok {
		base = rules.CheckAt(im.houseWith(im.props), sw, im.j.today)
		im.screenBase[sw] = base
	}
	for _, f := range rules.CheckAt(im.houseWith(next), sw, im.j.today) {
		if f.Severity != rules.SevInfo && !Soft(f) && !known(im.j.before, &f) && !known(base, &f) {
			t.hard = append(t.hard, f)
		}
	}
	if t.feasible = len(t.hard) == 0; !t.feasible || !better {
		return t
	}
	// The engine's whole judgement, exactly as the judge runs it.
	im.confirms++
	fsAll := im.j.check(next)
	if h, _ := im.j.fresh(fsAll); len(h) > 0 {
		t.feasible, t.hard = false, h
		return t
	}
	short, deep := im.j.short(), im.j.deep()
	nGaps := len(gaps(fsAll, im.w))
	if !lexBetter(short, deep, nGaps, im.soft+dSoft, im.short, im.deep, im.nGaps, im.soft) {
		return t
	}
	im.fs, im.short, im.deep, im.nGaps = fsAll, short, deep, nGaps
	im.setProps(next)
	im.soft = im.costOf(&im.tallied)
	im.accepted++
	t.kept = true
	return t
}

// onlyAbout reports whether every finding of fs names member or no one and
// none is a coverage gap: findings her own edits may resolve.
func onlyAbout(fs []rules.Finding, member int) bool {
	for _, f := range fs {
		if len(f.Members) > 0 && !slices.Contains(f.Members, member) {
			return false
		}
		if f.Rule == rules.RuleCovDay || f.Rule == rules.RuleCovNight {
			return false
		}
	}
	return true
}

// gapCandidate is an opvoeder, a day and a shift type that covers part of a
// gap.
type gapCandidate struct {
	m  *roster.Member
	d  roster.Date
	st *roster.ShiftType
}

// candidates returns who could cover part of gap g: every opvoeder whose
// cell of g's day or the day before is open (empty or holding another
// proposal) and whose flags and wishes allow a shift type that overlaps g
// (a night cover of the house's mode for a night). The members are
// rotated by rot so that passes start with different members.
func (im *improver) candidates(g rules.Finding, rot int) []gapCandidate {
	night := g.Rule == rules.RuleCovNight
	gd := roster.DateOf(g.Start)
	var out []gapCandidate
	n := len(im.members)
	for d := gd - 1; d <= gd; d++ {
		if !im.w.Contains(d) {
			continue
		}
		for _, st := range im.types {
			if (night && !nightKind(im.h, st.Kind)) || (!night && !st.Kind.Present()) {
				continue
			}
			s, e := roster.Span(d, st.Start, st.End)
			if !s.Before(g.End) || !e.After(g.Start) {
				continue
			}
			for k := range n {
				m := im.members[(k+rot)%n]
				if !im.ix.open(m, d) || !mayWork(m, st) || im.ix.cannot(m.ID, d, st.Code) || im.shiftOf(m.ID, d) == st.Code {
					continue
				}
				out = append(out, gapCandidate{m, d, st})
			}
		}
	}
	return out
}

// gapPass tries to shrink every gap of the current proposal once: first a
// set, then an ejection, then a chain. It reports whether it kept an edit.
func (im *improver) gapPass(pass int) {
	for _, g := range gaps(im.fs, im.w) {
		if im.stop() {
			return
		}
		im.closeGap(g, pass)
	}
}

// maxChains caps the ejections per gap that are extended into chains.
const maxChains = 24

// chainStart is an edit that covers part of a gap but gives up a shift
// (freed) that another opvoeder may take over.
type chainStart struct {
	edits []lsEdit
	freed roster.Assignment
	loss  int // change of the uncovered minutes without the takeover
}

// closeGap tries to shrink gap g; it reports whether it kept an edit.
func (im *improver) closeGap(g rules.Finding, pass int) bool {
	var blocked []gapCandidate
	var chains []chainStart
	for _, c := range im.candidates(g, pass) {
		if im.stop() {
			return false
		}
		set := lsEdit{c.m.ID, c.d, c.st.Code}
		t := im.try([]lsEdit{set}, false)
		if t.kept {
			return true
		}
		if t.hours == c.m.ID || (len(t.hard) > 0 && onlyAbout(t.hard, c.m.ID)) {
			blocked = append(blocked, c)
		}
		if old := im.shiftOf(c.m.ID, c.d); old != "" && len(t.hard) == 0 && t.hours == 0 && t.dShort >= 0 {
			// A change of shift type that loses what the old shift covered.
			chains = append(chains, chainStart{[]lsEdit{set}, roster.Assignment{Member: c.m.ID, Date: c.d, Shift: old}, t.dShort})
		}
	}
	// Ejections: the blocked member gives up one of her proposals in the
	// window (nearest first).
	for _, c := range blocked {
		set := lsEdit{c.m.ID, c.d, c.st.Code}
		for _, p := range im.near(c.m.ID, c.d) {
			if im.stop() {
				return false
			}
			edits := []lsEdit{set, {c.m.ID, p.Date, ""}}
			t := im.try(edits, false)
			if t.kept {
				return true
			}
			if t.dShort >= 0 && len(t.hard) == 0 && t.hours == 0 {
				chains = append(chains, chainStart{edits, p, t.dShort})
			}
		}
	}
	// Chains: the starts that lose least and that the engine accepts are
	// extended by another opvoeder taking over the freed shift.
	slices.SortStableFunc(chains, func(a, b chainStart) int { return a.loss - b.loss })
	tried := 0
	for _, ch := range chains {
		if tried >= maxChains || im.stop() {
			break
		}
		if t := im.try(ch.edits, true); !t.feasible {
			continue
		}
		tried++
		for _, m2 := range im.members {
			if m2.ID == ch.freed.Member || !im.ix.open(m2, ch.freed.Date) || im.shiftOf(m2.ID, ch.freed.Date) != "" {
				continue
			}
			for _, st := range im.refillTypes(im.byCode[ch.freed.Shift]) {
				if !mayWork(m2, st) || im.ix.cannot(m2.ID, ch.freed.Date, st.Code) {
					continue
				}
				if im.stop() {
					return false
				}
				edits := append(slices.Clone(ch.edits), lsEdit{m2.ID, ch.freed.Date, st.Code})
				if im.try(edits, false).kept {
					return true
				}
			}
		}
	}
	return false
}

// refillTypes returns the shift types that may take over a given-up shift
// of type old: old first, then the others of the same class that overlap it
// (group shifts for a group shift; night covers of the house's night mode
// for a night cover, as the bound assumes).
func (im *improver) refillTypes(old *roster.ShiftType) []*roster.ShiftType {
	if old == nil {
		return nil
	}
	out := []*roster.ShiftType{old}
	os, oe := span(old)
	for _, st := range im.types {
		if st == old || st.Kind.NightCover() != old.Kind.NightCover() || (st.Kind.NightCover() && !nightKind(im.h, st.Kind)) {
			continue
		}
		if s, e := span(st); s < oe && e > os {
			out = append(out, st)
		}
	}
	return out
}

// near returns member's proposals in the window (not on d), nearest
// first.
func (im *improver) near(member int, d roster.Date) []roster.Assignment {
	var out []roster.Assignment
	for _, a := range im.props {
		if a.Member == member && a.Date != d {
			out = append(out, a)
		}
	}
	dist := func(a roster.Assignment) int { return int(max(a.Date-d, d-a.Date)) }
	slices.SortStableFunc(out, func(a, b roster.Assignment) int { return dist(a) - dist(b) })
	return out
}

// softPass tries, for every proposal, to move it to another opvoeder of
// the same day or to exchange the day with her, kept when the soft cost
// falls (the coverage stays or improves).
func (im *improver) softPass(pass int) {
	n := len(im.members)
	for i := 0; i < len(im.props); i++ {
		a := im.props[i]
		st := im.byCode[a.Shift]
		if st == nil {
			continue
		}
		for k := range n {
			if im.stop() {
				return
			}
			b := im.members[(k+pass)%n]
			if b.ID == a.Member || !im.ix.open(b, a.Date) || !mayWork(b, st) || im.ix.cannot(b.ID, a.Date, st.Code) {
				continue
			}
			other := im.shiftOf(b.ID, a.Date)
			if other != "" {
				ost := im.byCode[other]
				am := im.h.Member(a.Member)
				if ost == nil || am == nil || !mayWork(am, ost) || im.ix.cannot(a.Member, a.Date, other) {
					continue
				}
			}
			edits := []lsEdit{{a.Member, a.Date, other}, {b.ID, a.Date, a.Shift}}
			if im.try(edits, false).kept {
				break
			}
		}
	}
}

// overHours returns a member whose hours the edits raise above what the
// engine allows without a new warning (0: none): in an ISO week above the
// contract plus 1/9 (CONTRACT), or in a balance period above the slack
// limit (SLACK), counted as the engine's ledger counts them. A raise above
// a limit always changes the engine's finding (its hours are in the
// message), so such an edit never passes the judge; this check spares the
// screen.
func (im *improver) overHours(t *softTally, edits []lsEdit) int {
	m, _ := im.overHoursRule(t, edits)
	return m
}

// overHoursRule is overHours that also names the engine's rule the raise
// breaks (rules.RuleContract or rules.RuleSlack; "" for none).
func (im *improver) overHoursRule(t *softTally, edits []lsEdit) (int, string) {
	for _, e := range edits {
		r, ok := im.row[e.member]
		if !ok {
			continue
		}
		k := int((e.date - im.weeks[0].From) / 7)
		if k < 0 || k >= len(im.weeks) {
			continue
		}
		now, cur := t.hrs[r][k], im.tallied.hrs[r][k]
		base := im.baseHrs[e.member][k]
		if now > cur+1e-9 && base+now > rules.ContractWeekLimit(im.contract[e.member][k])+hoursMargin {
			return e.member, rules.RuleContract
		}
		lim := im.periods[r][k]
		var nowP, curP float64
		for k2 := range im.weeks {
			if im.periods[r][k2] == lim {
				nowP += t.hrs[r][k2]
				curP += im.tallied.hrs[r][k2]
			}
		}
		if nowP > curP+1e-9 && lim.base+nowP > lim.limit+hoursMargin {
			return e.member, rules.RuleSlack
		}
	}
	return 0, ""
}

// hoursMargin is how far above a limit overHours rejects without the
// screen (the engine allows a rounding tolerance of its own).
const hoursMargin = 0.01

// periodHours is a balance period of one member: her ledger hours there in
// the house alone and the slack limit.
type periodHours struct {
	base, limit float64
}

// softTally holds what the soft cost counts of one proposal, per opvoeder
// (the rows of improver.members): her proposed hours per week of the
// window, her nights and weekend shifts (the house's own included), and
// the wish cost of all cells.
type softTally struct {
	hrs             [][]float64
	nights, weekend []float64
	wish            float64
}

// tally counts props from scratch.
func (im *improver) tally(props []roster.Assignment) softTally {
	M := len(im.members)
	t := softTally{hrs: make([][]float64, M), nights: make([]float64, M), weekend: make([]float64, M)}
	for r, m := range im.members {
		t.hrs[r] = make([]float64, len(im.weeks))
		t.nights[r], t.weekend[r] = im.baseN[m.ID], im.baseWE[m.ID]
	}
	got := map[cellKey]string{}
	for _, a := range props {
		got[cellKey{a.Member, a.Date}] = a.Shift
		im.count(&t, a.Member, a.Date, a.Shift, 1)
	}
	for k := range im.wishes {
		if got[k] == "" {
			t.wish += im.wishCell(k, "")
		}
	}
	return t
}

// count adds sign times a shift of code on member's date to t (its hours,
// night, weekend shift and wish cost).
func (im *improver) count(t *softTally, member int, d roster.Date, code string, sign float64) {
	t.wish += sign * im.wishCell(cellKey{member, d}, code)
	st := im.byCode[code]
	r, ok := im.row[member]
	if st == nil || !ok {
		return
	}
	if k := int((d - im.weeks[0].From) / 7); k >= 0 && k < len(im.weeks) {
		t.hrs[r][k] += sign * float64(contractMinutes(d, st)) / 60
	}
	n, we := fairCounts(st, d)
	t.nights[r] += sign * n
	t.weekend[r] += sign * we
}

// wishCell is the wish cost of cell k holding code ("" for none): one per
// "liever niet" wish it breaks and per "graag" wish it misses (the planner
// edits only open cells).
func (im *improver) wishCell(k cellKey, code string) float64 {
	c := 0.0
	for _, wi := range im.wishes[k] {
		switch wi.Kind {
		case roster.WishRatherNot:
			if code != "" && (wi.Shift == "" || wi.Shift == code) {
				c++
			}
		case roster.WishPrefer:
			if code == "" || (wi.Shift != "" && code != wi.Shift) {
				c++
			}
		}
	}
	return c
}

// edited returns the current tally with the edits made; rows the edits do
// not touch are shared with the current tally.
func (im *improver) edited(edits []lsEdit) softTally {
	cur := &im.tallied
	t := softTally{hrs: slices.Clone(cur.hrs), nights: slices.Clone(cur.nights), weekend: slices.Clone(cur.weekend), wish: cur.wish}
	for _, e := range edits {
		if r, ok := im.row[e.member]; ok && &t.hrs[r][0] == &cur.hrs[r][0] {
			t.hrs[r] = slices.Clone(cur.hrs[r])
		}
		old := im.cell[cellKey{e.member, e.date}]
		im.count(&t, e.member, e.date, old, -1)
		im.count(&t, e.member, e.date, e.shift, 1)
	}
	return t
}

// softCost is the secondary objective of props (lower is better), counted
// from scratch; try measures it incrementally (edited, costOf).
func (im *improver) softCost(props []roster.Assignment) float64 {
	t := im.tally(props)
	return im.costOf(&t)
}

// costOf is the soft cost of a tally: WishWeight per "liever niet" wish not
// honoured and per "graag" wish missed on an open cell; FairWeight per hour
// a member's week lies away from her own average hours per contract hour
// over the window's weeks; SpreadWeight per squared night and per squared
// weekend shift a member lies away from her contract share of the team's.
func (im *improver) costOf(t *softTally) float64 {
	spread := 0.0
	var totN, totWE, cN, cWE float64
	for r, m := range im.members {
		base, con := im.baseHrs[m.ID], im.contract[m.ID]
		var H float64
		for k := range im.weeks {
			H += base[k] + t.hrs[r][k]
		}
		if C := im.total[r]; C > 0 {
			for k := range im.weeks {
				spread += math.Abs(base[k] + t.hrs[r][k] - con[k]*H/C)
			}
		}
		totWE += t.weekend[r]
		cWE += im.total[r]
		if im.nightOK[m.ID] {
			totN += t.nights[r]
			cN += im.total[r]
		}
	}
	fair := 0.0
	for r, m := range im.members {
		C := im.total[r]
		if cWE > 0 {
			x := t.weekend[r] - totWE*C/cWE
			fair += x * x
		}
		if im.nightOK[m.ID] && cN > 0 {
			x := t.nights[r] - totN*C/cN
			fair += x * x
		}
	}
	return WishWeight*t.wish + FairWeight*spread + SpreadWeight*fair
}

// maxKickFails ends the kicks after so many in a row that kept nothing.
const maxKickFails = 150

// kick ruins and recreates around a random gap: it empties one to three
// proposals of the gap's days (the day before to the day after) or of the
// members who could cover it (within three days), judges the result, lets
// the gap edits repair the gaps of those days and keeps the whole when it
// is better than before; otherwise it restores the proposal. It reports
// whether it kept something.
func (im *improver) kick(r *rand.Rand, pass int) bool {
	gs := gaps(im.fs, im.w)
	if len(gs) == 0 {
		return false
	}
	g := gs[r.IntN(len(gs))]
	gd := roster.DateOf(g.Start)
	who := map[int]bool{}
	for _, c := range im.candidates(g, pass) {
		who[c.m.ID] = true
	}
	var pool []roster.Assignment
	for _, a := range im.props {
		if (a.Date >= gd-1 && a.Date <= gd+1) || (who[a.Member] && a.Date >= gd-3 && a.Date <= gd+3) {
			pool = append(pool, a)
		}
	}
	if len(pool) == 0 {
		return false
	}
	r.Shuffle(len(pool), func(i, k int) { pool[i], pool[k] = pool[k], pool[i] })
	var edits []lsEdit
	lo, hi := gd-1, gd+1
	for _, a := range pool[:1+r.IntN(min(3, len(pool)))] {
		edits = append(edits, lsEdit{a.Member, a.Date, ""})
		lo, hi = min(lo, a.Date-1), max(hi, a.Date+1)
	}
	if im.budget > 0 {
		im.budget--
	}
	savedProps, savedFs, savedShort, savedDeep, savedSoft, savedAcc, savedGaps := im.props, im.fs, im.short, im.deep, im.soft, im.accepted, im.nGaps
	restore := func() bool {
		im.fs, im.short, im.deep, im.accepted, im.nGaps = savedFs, savedShort, savedDeep, savedAcc, savedGaps
		im.setProps(savedProps)
		im.soft = savedSoft
		return false
	}
	next := apply(im.props, edits)
	fs := im.j.check(next)
	if hard, _ := im.j.fresh(fs); len(hard) > 0 {
		return restore()
	}
	im.fs, im.short, im.deep, im.nGaps = fs, im.j.short(), im.j.deep(), len(gaps(fs, im.w))
	im.setProps(next)
	im.soft = im.costOf(&im.tallied)
	for round := 0; round < 3 && !im.stop(); round++ {
		before := im.accepted
		for _, g2 := range gaps(im.fs, im.w) {
			if d := roster.DateOf(g2.Start); d >= lo && d <= hi && !im.stop() {
				im.closeGap(g2, pass+round)
			}
		}
		if im.accepted == before {
			break
		}
	}
	if lexBetter(im.short, im.deep, im.nGaps, im.soft, savedShort, savedDeep, savedGaps, savedSoft) {
		return true
	}
	return restore()
}
