package house

import (
	"math"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// The LP bound's per-member rules that look at a whole week: the weekly
// rest (ATW-WEEKREST) and, under the regular sleep-shift regime, the longest
// rest of a week with a sleep shift and the number of sleep shifts per 26
// weeks (ATW-SLEEP). The bound's rows may only leave out rosters that the
// judge refuses, so each rule is kept in a form that every roster the engine
// accepts satisfies (a relaxation), with the engine's own limits
// (rules.EngineLimits):
//
//   - Weekly rest. The engine accepts week k when its longest rest (clipped
//     to the week) is at least RestWeekly, or when one of the fortnights
//     (k-1, k) and (k, k+1) holds RestFortnight of rest in blocks (clipped
//     to the fortnight) of at least RestBlock. Such a block lies in one week
//     (then it is a block of that week too) or crosses the Monday between
//     the two (then both parts touch a week boundary). So with U_j the rest
//     of week j in blocks that are at least RestBlock long within the week
//     or touch one of its ends, the fortnight's count is at most
//     U_{k-1} + U_k, and the row keeps: longest ≥ RestWeekly, or
//     U_{k-1} + U_k ≥ RestFortnight, or U_k + U_{k+1} ≥ RestFortnight.
//     U is counted in whole hours rounded up (more rest than there is: still
//     a relaxation), capped at RestFortnight.
//   - Sleep week. A week in which a duty with a sleep shift starts holds a
//     rest (clipped to the week) of at least SleepRestLongest. (The 90 hours
//     of rest that week are left out.)
//   - Sleep count. New sleep shifts in the window are at most SleepMax less
//     the member's worked sleep shifts in the SleepSpanDays days up to the
//     window's last day that lie before the window: the count the engine
//     makes on the date of the last new sleep shift holds at least both.
//   - Night series rest (ATW-NIGHTREST, session 14). After a series of
//     NightSeriesMin or more night duties less than NightSeriesRest apart,
//     the next duty is a night of the series or starts NightSeriesRest
//     after the last one. The state counts the series (capped at the
//     minimum) only over duties that are night duties whatever the engine
//     merges them with, and a row is refused only when a duty that cannot
//     be night work follows too soon and the next duty does not touch it
//     (a touching shift merges into its duty and might make it a night);
//     anything less certain counts as the end of the series (a shorter
//     series: still a relaxation). It is kept only for members the house
//     alone gives no ATW-NIGHTREST finding and only where the rest lies in
//     the weeks the judge checks.
//
// A week (or the count) that the house alone already breaks for the member
// is left out: adding shifts there may change the finding's text (then it
// counts as new) or not, and the bound must not guess. Only weeks that the
// judge checks (the window and a week around it) are kept. Days outside the
// row's days (before and after) are the member's locked shifts; the row
// programme runs them as a fixed prefix and suffix. Rests that began before
// the prefix count as long ago (more rest: a relaxation).

// wkRules is one member's weekly rule data for the row programme.
type wkRules struct {
	on     bool                 // any week is checked (else the state stays zero)
	chkWR  map[roster.Date]bool // Monday → the weekly rest of that week is kept
	chkSL  map[roster.Date]bool // Monday → the sleep week rule of that week is kept
	capSl  int                  // new sleep shifts allowed (math.MaxInt: no limit)
	trkSl  bool                 // the state counts new sleep shifts
	init   lpState              // the state after the prefix, before day 0
	initOK bool                 // the prefix keeps the rules (else only the empty row)
	suffix []wkDay              // locked days after the row's last day
	endMon roster.Date          // the Monday after the suffix
	nr     bool                 // the night series rest is kept
	chkLo  int64                // the judge's checked weeks, unix seconds: [chkLo, chkHi)
	chkHi  int64
}

// wkDay is a locked day of the prefix or suffix.
type wkDay struct {
	date roster.Date
	opt  lpOpt
}

// wkLimits holds the limits in seconds and hours.
type wkLimits struct {
	weekly, sleepLong, block int64 // seconds
	fortH                    int   // RestFortnight in units (wkUnit)
	sleepRules               bool  // the regular sleep regime: ATW-SLEEP applies
	seriesRest               int64 // NightSeriesRest, seconds
	seriesMin                int   // NightSeriesMin
}

func newWkLimits(h *roster.House) wkLimits {
	lim := rules.EngineLimits()
	return wkLimits{
		weekly:     int64(lim.RestWeekly / time.Second),
		sleepLong:  int64(lim.SleepRestLongest / time.Second),
		block:      int64(lim.RestBlock / time.Second),
		fortH:      int(lim.RestFortnight / (wkUnit * time.Second)),
		sleepRules: h.Settings.SleepRegime != roster.RegimeIrregular,
		seriesRest: int64(lim.NightSeriesRest / time.Second),
		seriesMin:  lim.NightSeriesMin,
	}
}

// The relaxed weekly state lives in lpState: rest (end of the last duty,
// unix seconds; at most the current week's Monday: the rest began before
// it) and the packed fields below, all hours rounded up and capped at
// RestFortnight (more rest than there is: still a relaxation).
//
//	lvl   2 bits: longest rest of the week so far: 0 < SleepRestLongest ≤ 1 < RestWeekly ≤ 2
//	base  7 bits: the fortnight (last week, this week)'s blocks so far
//	nxt   7 bits: this week's blocks that count for the fortnight (this week, next week)
//	eprev 7 bits: the part in last week of the rest that runs into this week
//	pend  1 bit:  last week is kept and needs the fortnight (last week, this week)
//	slp   1 bit:  a duty with a sleep shift started this week
//	sl    8 bits: new sleep shifts so far (only when counted)
//	run   2 bits: certain night duties in the current series (capped at NightSeriesMin)
//	pnr   1 bit:  a duty that is no night work followed a series too soon;
//	              the night series rest is broken unless the next duty touches it
//
// A block of the fortnight (k-1, k) lies inside week k-1 or k, or crosses
// the Monday between them (its parts: eprev and the start of week k), or
// crosses the fortnight's first or last Monday (then only its part inside
// counts). So at the end of week k the fortnight's count is known exactly
// up to the rounding.
type wkPack uint64

func (p wkPack) lvl() int   { return int(p & 3) }
func (p wkPack) base() int  { return int(p>>2) & 0x7f }
func (p wkPack) nxt() int   { return int(p>>9) & 0x7f }
func (p wkPack) eprev() int { return int(p>>16) & 0x7f }
func (p wkPack) pend() bool { return p>>23&1 == 1 }
func (p wkPack) slp() bool  { return p>>24&1 == 1 }
func (p wkPack) sl() int    { return int(p>>25) & 0xff }

func (p wkPack) run() int  { return int(p>>33) & 3 }
func (p wkPack) pnr() bool { return p>>35&1 == 1 }

// nrBits returns p's night series fields alone.
func (p wkPack) nrBits() wkPack { return p & (7 << 33) }

// mkNR packs the night series fields.
func mkNR(run int, pnr bool) wkPack {
	p := wkPack(run) << 33
	if pnr {
		p |= 1 << 35
	}
	return p
}

func mkPack(lvl, base, nxt, eprev int, pend, slp bool, sl int) wkPack {
	p := wkPack(lvl) | wkPack(base)<<2 | wkPack(nxt)<<9 | wkPack(eprev)<<16 | wkPack(sl)<<25
	if pend {
		p |= 1 << 23
	}
	if slp {
		p |= 1 << 24
	}
	return p
}

// wkUnit is the unit of the packed rest sums (seconds): two hours keeps
// the states few; every sum is rounded up (more rest: a relaxation).
const wkUnit = 2 * 3600

// hoursUp is s seconds in whole units, rounded up.
func hoursUp(s int64) int { return int((s + wkUnit - 1) / wkUnit) }

// wkNorm clears what can no longer matter for the rules kept from the week
// that started on Monday mon on, so that states that differ only there
// merge.
func wkNorm(lvl, base, nxt, eprev *int, pend bool, slp *bool, r *wkRules, mon roster.Date) {
	wr, sl := r.chkWR[mon], r.chkSL[mon]
	if !pend && (*lvl >= 2 || !wr) {
		*base, *eprev = 0, 0 // the fortnight (last week, this week) decides nothing
	}
	if *lvl >= 1 || !sl {
		*slp = false
	}
	if !wr && !sl {
		*lvl = 0
	}
	if !wr && !r.chkWR[mon+7] {
		*nxt = 0 // the fortnight (this week, next week) decides nothing
	}
}

// wkBoundary closes the week before Monday mon for state st and reports
// whether the kept rules hold; it opens the new week.
func (b *lpBuild) wkBoundary(st *lpState, r *wkRules, mon roster.Date) bool {
	lm := &b.wkLim
	p := st.wk
	lvl, base, pend, slp, sl := p.lvl(), p.base(), p.pend(), p.slp(), p.sl()
	ms := mon.Start().Unix()
	nr := p.nrBits()
	if p.pnr() {
		if st.rest < ms {
			return false // no later duty can touch the one that ended the series too soon
		}
		nr = mkNR(0, false) // a duty ending at midnight may merge with the next
	}
	prev := mon - 7
	cap := lm.fortH
	e := 0 // the week's part of the rest that runs into mon
	switch {
	case st.rest <= prev.Start().Unix():
		// No duty began or ended in the week: a free week.
		lvl, base, e = 2, cap, cap
	case st.rest <= ms:
		g := ms - st.rest
		lvl = max(lvl, restLevel(g, lm))
		e = min(hoursUp(g), cap)
		if g >= lm.block {
			base = min(base+e, cap)
		}
	}
	if pend && base < cap {
		return false // the week before last lacks its weekly rest
	}
	if slp && r.chkSL[prev] && lvl < 1 {
		return false // a week with a sleep shift without its long rest
	}
	sat := lvl >= 2 || base >= cap
	nxt := p.nxt()
	if st.rest <= prev.Start().Unix() {
		nxt = cap
	}
	if st.rest <= ms {
		st.rest = 1
	}
	pend = r.chkWR[prev] && !sat
	lvl, slp, eprev, nnxt := 0, false, e, 0
	wkNorm(&lvl, &nxt, &nnxt, &eprev, pend, &slp, r, mon)
	st.wk = mkPack(0, nxt, 0, eprev, pend, false, sl) | nr
	return true
}

// restLevel grades a rest of g seconds.
func restLevel(g int64, lm *wkLimits) int {
	switch {
	case g >= lm.weekly:
		return 2
	case g >= lm.sleepLong:
		return 1
	}
	return 0
}

// wkStep enters option o (on a date of the week that started on Monday mon)
// for state st and reports whether the kept rules hold.
func (b *lpBuild) wkStep(st *lpState, r *wkRules, mon roster.Date, o *lpOpt) bool {
	if !o.work {
		return true
	}
	lm := &b.wkLim
	p := st.wk
	lvl, base, nxt, eprev, pend, slp, sl := p.lvl(), p.base(), p.nxt(), p.eprev(), p.pend(), p.slp(), p.sl()
	cap := lm.fortH
	ms := mon.Start().Unix()
	s := o.s.Unix()
	nr, ok := b.nightSeries(st, r, o)
	if !ok {
		return false
	}
	var g int64
	if st.rest <= ms { // the rest began before this week: it crosses its Monday
		g = max(0, s-ms)
		h := hoursUp(g)
		if eprev > 0 || g > 0 {
			if whole := eprev + h; int64(eprev)*wkUnit+g >= lm.block {
				base = min(base+whole, cap)
			}
		}
		if g >= lm.block {
			nxt = min(nxt+h, cap)
		}
		eprev = 0
	} else {
		g = s - st.rest
		if g >= lm.block {
			base = min(base+hoursUp(g), cap)
			nxt = min(nxt+hoursUp(g), cap)
		}
	}
	if g > 0 {
		lvl = max(lvl, restLevel(g, lm))
	}
	if o.sleep && lm.sleepRules && (st.rest <= ms || g > 0) {
		slp = true // a duty with a sleep shift starts this week
	}
	if o.sleep && o.typ >= 0 && r.trkSl {
		sl++
		if sl > r.capSl {
			return false
		}
	}
	st.rest = max(st.rest, o.e.Unix())
	wkNorm(&lvl, &base, &nxt, &eprev, pend, &slp, r, mon)
	st.wk = mkPack(lvl, base, nxt, eprev, pend, slp, sl) | nr
	return true
}

// nightSeries enters duty option o (work) into state st's night series
// fields: it returns the new fields and false when o proves the night
// series rest broken (ATW-NIGHTREST). st.rest is still the end of the duty
// before o (1: unknown, long ago).
func (b *lpBuild) nightSeries(st *lpState, r *wkRules, o *lpOpt) (wkPack, bool) {
	if !r.nr {
		return 0, true
	}
	lm := &b.wkLim
	run, pnr := st.wk.run(), st.wk.pnr()
	s := o.s.Unix()
	if st.rest > 1 && s <= st.rest {
		// o touches or overlaps the duty before: the engine merges them,
		// and the merged duty may be a night of the series.
		return mkNR(0, false), true
	}
	if pnr {
		return 0, false // the duty after the series stands alone and came too soon
	}
	nightMin := rules.NightWorkIn(o.s, o.e)
	certain := nightMin > rules.NightWorkMin+time.Hour && (!o.sleep || !lm.sleepRules)
	soon := st.rest > 1 && s-st.rest < lm.seriesRest
	switch {
	case certain && soon:
		return mkNR(min(run+1, lm.seriesMin), false), true
	case certain:
		return mkNR(1, false), true
	case soon && run >= lm.seriesMin && nightMin == 0 && s > r.chkLo && st.rest < r.chkHi:
		// No night work at all: not a night whatever it merges with later
		// (a touching duty after it may still make the merged duty one).
		return mkNR(0, true), true
	}
	return mkNR(0, false), true
}

// wkEnter runs the boundary (on a Monday) and the step of option o on date d.
func (b *lpBuild) wkEnter(st *lpState, r *wkRules, d roster.Date, o *lpOpt) bool {
	if d.Weekday() == time.Monday && !b.wkBoundary(st, r, d) {
		return false
	}
	return b.wkStep(st, r, d.Monday(), o)
}

// wkFinish runs the suffix and the last boundaries for a final state.
func (b *lpBuild) wkFinish(st lpState, r *wkRules) bool {
	for i := range r.suffix {
		if !b.wkEnter(&st, r, r.suffix[i].date, &r.suffix[i].opt) {
			return false
		}
	}
	return b.wkBoundary(&st, r, r.endMon)
}

// lockedOpt merges a member's worked shifts that start on d into one
// locked day value.
func lockedOpt(shifts []roster.Shift, id int, d roster.Date) lpOpt {
	o := lpOpt{typ: -1}
	for _, s := range shifts {
		if s.Member != id || s.Date != d || !s.Worked() {
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
	if o.work {
		o.night = nightSpan(o.s, o.e)
	}
	return o
}

// wkBefore holds the findings of the house alone that the weekly rules
// look at, per member.
type wkBefore struct {
	weekRest  map[int][]time.Time // member → starts of ATW-WEEKREST findings (a week's Monday)
	sleep     map[int][][2]time.Time
	nightRest map[int]bool // member → the house alone has an ATW-NIGHTREST finding
}

func newWkBefore(h *roster.House, w roster.Window) wkBefore {
	wb := wkBefore{weekRest: map[int][]time.Time{}, sleep: map[int][][2]time.Time{}, nightRest: map[int]bool{}}
	for _, f := range rules.CheckAt(h, roster.Window{From: w.From - 7, To: w.To + 7}, roster.Today()) {
		if f.Severity == rules.SevInfo {
			continue
		}
		switch f.Rule {
		case rules.RuleATWWeekRest:
			for _, m := range f.Members {
				wb.weekRest[m] = append(wb.weekRest[m], f.Start)
			}
		case rules.RuleATWSleep:
			for _, m := range f.Members {
				wb.sleep[m] = append(wb.sleep[m], [2]time.Time{f.Start, f.End})
			}
		case rules.RuleATWNightRest:
			for _, m := range f.Members {
				wb.nightRest[m] = true
			}
		}
	}
	return wb
}

// newWkRules builds member m's weekly rule data for the row programme over
// the days w.From-1 … w.To+1 whose values are days.
func (b *lpBuild) newWkRules(m *roster.Member, days [][]lpOpt, shifts []roster.Shift, before *wkBefore) wkRules {
	r := wkRules{chkWR: map[roster.Date]bool{}, chkSL: map[roster.Date]bool{}, capSl: math.MaxInt}
	w := b.w
	lo, hi := (w.From - 7).Monday(), (w.To + 7).Monday() // the weeks the judge checks
	for mon := lo; mon <= hi; mon += 7 {
		ws := mon.Start()
		kept := true
		for _, t := range before.weekRest[m.ID] {
			if t.Equal(ws) {
				kept = false
			}
		}
		r.chkWR[mon] = kept
		if b.wkLim.sleepRules {
			we := (mon + 7).Start()
			kept := true
			for _, sp := range before.sleep[m.ID] {
				if sp[0].Before(we) && sp[1].After(ws) {
					kept = false
				}
			}
			r.chkSL[mon] = kept
		}
	}
	// Sleep count: the worked sleep shifts before the window in the span
	// up to its last day.
	if b.wkLim.sleepRules && len(before.sleep[m.ID]) == 0 {
		lim := rules.EngineLimits()
		n := 0
		from := w.To - roster.Date(lim.SleepSpanDays) + 1
		for i := range b.h.Plan.Assignments {
			a := &b.h.Plan.Assignments[i]
			if a.Member != m.ID || a.Date < from || a.Date >= w.From || a.State == roster.StateSick {
				continue
			}
			if st := b.h.ShiftType(a.Shift); st != nil && st.Kind.Sleeping() {
				n++
			}
		}
		r.capSl = max(0, lim.SleepMax-n)
		r.trkSl = r.capSl < min(w.Days(), 200)
	}
	r.nr = !before.nightRest[m.ID]
	r.chkLo, r.chkHi = (w.From - 7).Start().Unix(), (w.To + 8).Start().Unix()
	r.on = r.trkSl || r.nr
	for _, k := range r.chkWR {
		r.on = r.on || k
	}
	for _, k := range r.chkSL {
		r.on = r.on || k
	}
	if !r.on {
		return r
	}
	// The prefix: from two weeks before the first row day's week.
	start := (w.From - 1).Monday() - 14
	st := lpState{}
	r.initOK = true
	for d := start; d < w.From-1; d++ {
		o := lockedOpt(shifts, m.ID, d)
		if d == start {
			// Before the prefix: unknown, counted as a long rest.
			st.rest = 1
			st.wk = mkPack(0, b.wkLim.fortH, 0, b.wkLim.fortH, false, false, 0)
			if !b.wkStep(&st, &r, d.Monday(), &o) {
				r.initOK = false
			}
			continue
		}
		if !b.wkEnter(&st, &r, d, &o) {
			r.initOK = false
		}
	}
	if !r.initOK {
		// The locked prefix breaks a kept rule the engine accepts: not
		// expected; keep nothing rather than guess.
		return wkRules{capSl: math.MaxInt}
	}
	r.init = st
	last := w.From - 1 + roster.Date(len(days)-1)
	r.endMon = last.Monday() + 21
	for d := last + 1; d < r.endMon; d++ {
		r.suffix = append(r.suffix, wkDay{date: d, opt: lockedOpt(shifts, m.ID, d)})
	}
	return r
}

// addWeekly sets up the weekly rules of every member's row programme (the
// bound only).
func (b *lpBuild) addWeekly() {
	b.wkLim = newWkLimits(b.h)
	before := newWkBefore(b.h, b.w)
	lo, hi := (b.w.From-1).Monday()-14, (b.w.To+1).Monday()+21
	shifts := b.h.Shifts(roster.Window{From: lo, To: hi})
	for i := range b.mem {
		m := b.h.Member(b.mem[i].id)
		if m == nil {
			continue
		}
		b.mem[i].wr = b.newWkRules(m, b.mem[i].days, shifts, &before)
	}
}

// paretoWeekly drops the states that another state with the same end of
// the last duty dominates: no more week or period minutes, at least the
// value, and a week state at least as good in every field (a longer
// longest rest, more rest counted for both fortnights and in the rest
// running into the week, no pending week, no sleep week to prove, no more
// sleep shifts). Each field only ever helps the rules kept later, so the
// best row is never among the dropped.
func paretoWeekly(c []lpState) []lpState {
	if len(c) <= 1 {
		return c
	}
	slices.SortStableFunc(c, func(a, b lpState) int {
		switch {
		case a.val > b.val:
			return -1
		case a.val < b.val:
			return 1
		}
		return 0
	})
	kept := map[int64][]int{} // rest → indexes in out
	out := c[:0]
	for _, s := range c {
		dominated := false
		for _, k := range kept[s.rest] {
			if wkDominates(&out[k], &s) {
				dominated = true
				break
			}
		}
		if dominated {
			continue
		}
		kept[s.rest] = append(kept[s.rest], len(out))
		out = append(out, s)
	}
	return out
}

// wkDominates reports whether a (whose value is at least b's) dominates b.
func wkDominates(a, b *lpState) bool {
	if a.mins > b.mins || a.pm > b.pm || a.val < b.val-1e-12 {
		return false
	}
	p, q := a.wk, b.wk
	return p.lvl() >= q.lvl() && p.base() >= q.base() && p.nxt() >= q.nxt() && p.eprev() >= q.eprev() &&
		(!p.pend() || q.pend()) && (!p.slp() || q.slp()) && p.sl() <= q.sl() &&
		p.run() <= q.run() && (!p.pnr() || q.pnr())
}
