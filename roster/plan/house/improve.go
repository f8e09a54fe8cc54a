package house

import (
	"context"
	"math"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// The improvement phase is a local search that runs after the construction
// (core or LP proposal, judge, refill, prune). It closes uncovered time with
// edits the refill cannot make because they change more than one empty cell:
//
//   - set: an opvoeder takes a shift that covers a gap on an open cell that
//     is empty or holds another proposal (a change of shift type);
//   - eject: as set, and the same opvoeder gives up one of her proposals
//     within a week of it (the one that kept her from the gap: rest, hours,
//     weekly rest, days in a row);
//   - chain: as eject, and another opvoeder takes the given-up shift (or
//     another that covers the same time) on her empty cell of that day;
//   - transfer and day exchange: a proposal moves to another opvoeder of the
//     same day, or two opvoeders exchange what they work that day.
//
// The objective is lexicographic: first the uncovered person-minutes of the
// window (Shortfall), then a soft cost (softCost): wishes, the spread of
// each member's hours over the weeks, the spread of nights and weekend
// shifts over the team. An edit is kept only when it lowers the objective
// and the engine's exact judgement of the whole window (rules.CheckAt, as
// the judge runs it) finds no hard finding; so the phase never adds a
// finding and never uncovers more. Candidates are first measured on the
// days they touch (shortfall and soft cost, microseconds) and screened with
// rules.CheckAt on the ISO weeks they touch (a seventh of the whole
// window's cost); only edits that improve and pass the screen are judged on
// the whole window.

// improveEvalsPerIteration converts an iteration budget into screened
// candidates: the phase gets MaxIterations/improveEvalsPerIteration screens.
const improveEvalsPerIteration = 20

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
	soft  float64

	work roster.House
	buf  []roster.Assignment
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

	screens, confirms, accepted int
}

// improve runs the improvement phase on props (which add no hard finding;
// fs are their findings) until no edit improves, ctx ends, deadline (zero:
// none) passes or budget screens (≤ 0: unlimited) are spent. It returns the
// best proposal found (never worse than props) and its findings.
func (j *judge) improve(ctx context.Context, props []roster.Assignment, fs []rules.Finding, budget int, deadline time.Time) ([]roster.Assignment, []rules.Finding, int) {
	if ctx.Err() != nil {
		return props, fs, 0
	}
	im := newImprover(ctx, j, props, fs, budget, deadline)
	for pass := 0; !im.stop(); pass++ {
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
	j.checks += im.screens // the confirmations ran through j.check
	return im.props, im.fs, im.accepted
}

func newImprover(ctx context.Context, j *judge, props []roster.Assignment, fs []rules.Finding, budget int, deadline time.Time) *improver {
	h := j.h
	im := &improver{ctx: ctx, j: j, h: h, w: j.w, ix: newIndex(h, j.w), types: plannable(h),
		byCode: map[string]*roster.ShiftType{}, deadline: deadline, budget: budget,
		props: slices.Clone(props), fs: fs, work: *h,
		baseHrs: map[int][]float64{}, contract: map[int][]float64{}, baseN: map[int]float64{},
		baseWE: map[int]float64{}, nightOK: map[int]bool{}, wishes: map[cellKey][]roster.Wish{}, screenBase: map[roster.Window][]rules.Finding{}}
	if budget <= 0 {
		im.budget = -1
	}
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
	j.check(im.props)
	im.short = j.short()
	im.soft = im.softCost(im.props)
	return im
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
// or the screens are spent.
func (im *improver) stop() bool {
	return im.ctx.Err() != nil || im.budget == 0 || (!im.deadline.IsZero() && time.Now().After(im.deadline))
}

// shiftOf returns the code member's cell of d holds in the proposal ("" if
// none).
func (im *improver) shiftOf(member int, d roster.Date) string {
	for _, a := range im.props {
		if a.Member == member && a.Date == d {
			return a.Shift
		}
	}
	return ""
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
// edits' dates (the windows of shortfallWindows).
func (im *improver) localShort(props []roster.Assignment, wins []roster.Window) int {
	h := im.houseWith(props)
	sum := 0
	for _, w := range wins {
		sum += Shortfall(h, w)
	}
	return sum
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

// trial is what try found out about a candidate edit.
type trial struct {
	kept     bool            // the improver's state now holds the edit
	feasible bool            // the screen passed (false when not screened)
	dShort   int             // change of the uncovered minutes
	hard     []rules.Finding // the screen's hard findings when it failed
}

// try measures the edits and keeps them when they improve the objective and
// the engine accepts them. Edits that do not improve are not screened
// unless screen is set (to learn whether the engine accepts them as a step
// of a longer chain); they are never kept.
func (im *improver) try(edits []lsEdit, screen bool) trial {
	next := apply(im.props, edits)
	wins := im.shortfallWindows(edits)
	t := trial{dShort: im.localShort(next, wins) - im.localShort(im.props, wins)}
	dSoft := im.softCost(next) - im.soft
	better := t.dShort < 0 || (t.dShort == 0 && dSoft < -1e-6)
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
	short := im.j.short()
	soft := im.soft + dSoft
	if short > im.short || (short == im.short && soft >= im.soft-1e-6) {
		return t
	}
	im.props, im.fs, im.short, im.soft = next, fsAll, short, soft
	clear(im.screenBase)
	im.accepted++
	t.kept = true
	return t
}

// onlyAbout reports whether every finding of fs names member (or names no
// one but lies on her days): findings her own edits could resolve.
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
		if len(t.hard) > 0 && onlyAbout(t.hard, c.m.ID) {
			blocked = append(blocked, c)
		}
		if old := im.shiftOf(c.m.ID, c.d); old != "" && len(t.hard) == 0 && t.dShort >= 0 {
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
			if t.dShort >= 0 && len(t.hard) == 0 {
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

// softCost is the secondary objective of props (lower is better):
// WishWeight per "liever niet" wish not honoured and per "graag" wish
// missed on an open cell; FairWeight per hour a member's week lies away
// from her own average hours per contract hour over the window's weeks;
// SpreadWeight per squared night and per squared weekend shift a member
// lies away from her contract share of the team's.
func (im *improver) softCost(props []roster.Assignment) float64 {
	hrs := map[int][]float64{}
	nights := map[int]float64{}
	weekend := map[int]float64{}
	wish := 0.0
	got := map[cellKey]string{}
	for _, a := range props {
		st := im.byCode[a.Shift]
		if st == nil {
			continue
		}
		got[cellKey{a.Member, a.Date}] = a.Shift
		for _, wi := range im.wishes[cellKey{a.Member, a.Date}] {
			if wi.Kind == roster.WishRatherNot && (wi.Shift == "" || wi.Shift == a.Shift) {
				wish++
			}
		}
		k := int((a.Date - im.weeks[0].From) / 7)
		if k >= 0 && k < len(im.weeks) {
			if hrs[a.Member] == nil {
				hrs[a.Member] = make([]float64, len(im.weeks))
			}
			hrs[a.Member][k] += float64(contractMinutes(a.Date, st)) / 60
		}
		n, we := fairCounts(st, a.Date)
		nights[a.Member] += n
		weekend[a.Member] += we
	}
	for k, ws := range im.wishes {
		m := im.h.Member(k.member)
		if m == nil || !im.ix.open(m, k.date) {
			continue
		}
		for _, wi := range ws {
			if wi.Kind == roster.WishPrefer && (got[k] == "" || (wi.Shift != "" && got[k] != wi.Shift)) {
				wish++
			}
		}
	}
	spread := 0.0
	var totN, totWE, cN, cWE float64
	for _, m := range im.members {
		base, con := im.baseHrs[m.ID], im.contract[m.ID]
		var H, C float64
		for k := range im.weeks {
			H += base[k]
			C += con[k]
			if p := hrs[m.ID]; p != nil {
				H += p[k]
			}
		}
		if C > 0 {
			for k := range im.weeks {
				x := base[k]
				if p := hrs[m.ID]; p != nil {
					x += p[k]
				}
				spread += math.Abs(x - con[k]*H/C)
			}
		}
		totWE += im.baseWE[m.ID] + weekend[m.ID]
		cWE += C
		if im.nightOK[m.ID] {
			totN += im.baseN[m.ID] + nights[m.ID]
			cN += C
		}
	}
	fair := 0.0
	for _, m := range im.members {
		var C float64
		for _, c := range im.contract[m.ID] {
			C += c
		}
		if cWE > 0 {
			x := im.baseWE[m.ID] + weekend[m.ID] - totWE*C/cWE
			fair += x * x
		}
		if im.nightOK[m.ID] && cN > 0 {
			x := im.baseN[m.ID] + nights[m.ID] - totN*C/cN
			fair += x * x
		}
	}
	return WishWeight*wish + FairWeight*spread + SpreadWeight*fair
}
