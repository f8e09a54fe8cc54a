package house

import (
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// Re-planning a member's whole row (a move of the improvement phase).
//
// With every other opvoeder's proposal fixed, the value of member m being
// present at a minute is its marginal coverage: where the house with the
// others' proposals still misses k ≥ 1 opvoeders, her presence covers the
// minute and lowers its depth cost (depth.go) from k² to (k-1)²; where the
// house is covered anyway it is worth nothing. These values are the
// "duals" of the LP build's coverage rows (lpbound.go): the LP bound's exact
// row programme (priceWeekly: rest, night rest, the sleep rules, the
// contract and slack caps, the weekly rest, flags, "kan niet", her locked
// days) then finds her best legal row over the window, her best response.
// Its value is lexicographic like lexBetter's order: a covered minute is
// worth more than any depth, depth more than the tie-breaks below it
// (a "liever niet" or "graag" wish, fewer hours, fewer shifts). The row
// replaces her open cells and the improver's try judges it with the engine
// (the whole window, exactly as the judge runs it): kept only when
// lexBetter. The rows relax a few rules the engine keeps (the night series,
// the 46 h after it, ATW-WEEK, ATW-NIGHT on merged duties, the exact hours
// rounding): a row the engine refuses for her is priced again with the
// days the findings name held at their current value (hours: the week's or
// period's cap lowered), a few times.
//
// rowSweep re-plans every member once in a seeded random order and repeats
// while a sweep keeps something. ruinRows is the ruin and recreate of the
// rows: two or three members around a gap lose their whole rows, which are
// re-planned one after the other by the same best response (and once more
// each, given the others), in a few random orders; the best in the model is
// judged and kept when lexBetter. That escapes the single-member optimum.

// Weights of a row's value below a covered minute (1 per minute): the depth
// per minute and missing opvoeder (2k-1 for k missing), a wish, an hour and
// a shift. Their sums over a row stay below the key above them: a row holds
// at most 31 days × 24 h of depth gain 2·6-1 (about 2·10⁵ × rowDepthWeight
// < 1 minute), at most 31 wishes (< one unit of depth) and so on.
const (
	rowDepthWeight = 1e-6
	rowWishWeight  = 2e-8
	rowHourWeight  = 1e-10
	rowShiftWeight = 1e-11
)

// rowRepairs caps how often a row the engine refuses is priced again.
const rowRepairs = 3

// rowPriceScreens is what one pricing costs of an iteration budget, in
// screens (a row programme costs about as much CPU as this many screens).
const rowPriceScreens = 2

// rowSearch is the row programme of the LP build set up for best
// responses: the build's own rows (segments, convexity, hours) and after
// them pseudo rows that carry the tie-breaks (one for the number of
// shifts, one per option with a wish).
type rowSearch struct {
	b     *lpBuild
	index map[int]int // member ID → index in b.mem
	y     []float64   // the duals of one pricing
	// cover: per (date, plannable type) the segments a shift holds as the
	// engine counts presence (any night cover at night, any present kind by
	// day), to count the others' proposals.
	cover map[[2]int][]int32
	typ   map[string]int // shift code → index in b.types
	cnt   []int          // scratch: presences per segment
}

// newRowSearch returns the row search for im's house and window, or nil
// when nothing in the window is short (then no row can gain).
func newRowSearch(im *improver) *rowSearch {
	b := newLPBuild(im.h, im.w)
	if len(b.segs) == 0 || len(b.mem) == 0 {
		return nil
	}
	b.addWeekly()
	rs := &rowSearch{b: b, index: map[int]int{}, cover: map[[2]int][]int32{}, typ: map[string]int{}, cnt: make([]int, len(b.segs))}
	for i := range b.mem {
		rs.index[b.mem[i].id] = i
	}
	for t, st := range b.types {
		rs.typ[st.Code] = t
	}
	for d := im.w.From; d <= im.w.To; d++ {
		for t, st := range b.types {
			s, e := roster.Span(d, st.Start, st.End)
			var out []int32
			for i, sg := range b.segs {
				if !s.After(sg.s) && !e.Before(sg.e) && ((sg.night && st.Kind.NightCover()) || (!sg.night && st.Kind.Present())) {
					out = append(out, int32(i))
				}
			}
			rs.cover[[2]int{int(d), t}] = out
		}
	}
	// The pseudo rows: an option's value is the sum of the duals of the
	// rows it lists (lpBuild.optValue), so each new shift also lists the
	// shift row and, where a wish weighs it, a row of its own.
	shiftRow := int32(len(b.rhs))
	y := make([]float64, len(b.rhs)+1)
	y[shiftRow] = -rowShiftWeight
	for mi := range b.mem {
		m := &b.mem[mi]
		for d := range m.days {
			date := im.w.From - 1 + roster.Date(d)
			opts := slices.Clone(m.days[d])
			for o := range opts {
				op := &opts[o]
				if op.typ < 0 {
					continue
				}
				op.segs = append(slices.Clip(op.segs), shiftRow)
				k := cellKey{m.id, date}
				if dw := im.wishCell(k, b.types[op.typ].Code) - im.wishCell(k, ""); dw != 0 {
					op.segs = append(op.segs, int32(len(y)))
					y = append(y, -rowWishWeight*dw)
				}
			}
			m.days[d] = opts
		}
	}
	rs.y = y
	return rs
}

// duals sets the coverage duals for member id given props (her own
// proposals and those of skip left out): per segment, with k opvoeders
// still missing without her, her presence is worth the segment's minutes
// and their depth gain 2k-1; nothing where the others cover it.
func (rs *rowSearch) duals(props []roster.Assignment, id int, skip map[int]bool) {
	clear(rs.cnt)
	for _, a := range props {
		if a.Member == id || skip[a.Member] {
			continue
		}
		t, ok := rs.typ[a.Shift]
		if !ok {
			continue
		}
		for _, s := range rs.cover[[2]int{int(a.Date), t}] {
			rs.cnt[s]++
		}
	}
	b := rs.b
	for i, sg := range b.segs {
		k := int(math.Round(sg.miss)) - rs.cnt[i]
		if k < 1 {
			rs.y[i] = 0
			continue
		}
		rs.y[i] = sg.mins * (1 + rowDepthWeight*float64(2*k-1))
	}
	for r := b.hrBase; r < len(b.rhs); r++ {
		rs.y[r] = -rowHourWeight
	}
}

// current returns member mi's row of props in option indexes (nil when a
// proposal is not one of her options).
func (rs *rowSearch) current(im *improver, mi int) []int {
	m := &rs.b.mem[mi]
	row := make([]int, len(m.days))
	for d := range m.days {
		date := im.w.From - 1 + roster.Date(d)
		code := ""
		if im.w.Contains(date) {
			code = im.shiftOf(m.id, date)
		}
		if code == "" {
			continue // option 0: off on an open day, the locked value on a locked one
		}
		o := rs.option(mi, d, code)
		if o < 0 {
			return nil
		}
		row[d] = o
	}
	return row
}

// option returns the index of shift code among member mi's options on day
// d of her row (-1: not one of them).
func (rs *rowSearch) option(mi, d int, code string) int {
	return slices.IndexFunc(rs.b.mem[mi].days[d], func(op lpOpt) bool { return op.typ >= 0 && rs.b.types[op.typ].Code == code })
}

// rowView is member mi with the days force holds (option index ≥ 0)
// reduced to that option and the caps lowered where the engine refused a
// row for hours.
type rowView struct {
	force      []int
	capW, capP []int // nil: the member's own
}

// best returns member mi's best row at rs.y under v (original option
// indexes), at least as good as floor (a row that keeps her rules; nil:
// none), or nil when the programme was stopped or finds none.
func (rs *rowSearch) best(mi int, v *rowView, floor []int, stop func() bool) []int {
	m := rs.b.mem[mi] // a copy: the programme sets last
	m.last, m.noEmpty = nil, false
	if v.capW != nil {
		m.capW = v.capW
	}
	if v.capP != nil {
		m.capP = v.capP
	}
	days := slices.Clone(m.days)
	for d, o := range v.force {
		if o >= 0 {
			days[d] = []lpOpt{m.days[d][o]}
			if o != 0 {
				m.noEmpty = true
			}
		}
	}
	m.days = days
	if floor != nil {
		// The floor in the view's indexes: a held day has one option. A
		// floor that works where v holds the day off drops that shift
		// (a row with a shift less keeps every rule of the programme).
		last := slices.Clone(floor)
		for d, o := range v.force {
			if o < 0 {
				continue
			}
			if floor[d] != o && o != 0 {
				last = nil // the floor does not agree with what v holds
				break
			}
			last[d] = 0
		}
		m.last = last
	}
	val, row, ok := rs.b.priceWeekly(&m, rs.y, stop, 0)
	if !ok || math.IsInf(val, -1) {
		return nil
	}
	if row == nil {
		row = make([]int, len(m.days)) // the empty row: every open day off
	}
	out := slices.Clone(row)
	for d, o := range v.force {
		if o >= 0 {
			out[d] = o
		}
	}
	return out
}

// edits returns the edits that give member mi row in place of her
// current proposals.
func (rs *rowSearch) edits(im *improver, mi int, row []int) []lsEdit {
	m := &rs.b.mem[mi]
	var out []lsEdit
	for d, o := range row {
		date := im.w.From - 1 + roster.Date(d)
		if !im.w.Contains(date) || !im.ix.open(im.h.Member(m.id), date) {
			continue
		}
		code := ""
		if op := &m.days[d][o]; op.typ >= 0 {
			code = rs.b.types[op.typ].Code
		}
		if code != im.shiftOf(m.id, date) {
			out = append(out, lsEdit{m.id, date, code})
		}
	}
	return out
}

// priceRow charges a pricing to the budget and prices member mi at the
// current duals; nil when the phase must stop.
func (im *improver) priceRow(rs *rowSearch, mi int, v *rowView, floor []int) []int {
	if im.stop() {
		return nil
	}
	if im.budget > 0 {
		im.budget = max(0, im.budget-rowPriceScreens)
	}
	im.rowPrices++
	return rs.best(mi, v, floor, im.halt)
}

// halt reports whether the phase must end, without a progress report (the
// row programme asks it every day).
func (im *improver) halt() bool {
	return im.ctx.Err() != nil || (!im.deadline.IsZero() && time.Now().After(im.deadline))
}

// replanRow re-plans member mi's whole row as her best response to the
// others' proposals and keeps it when the engine accepts it and it is
// better (lexBetter). It reports whether it kept it.
func (im *improver) replanRow(rs *rowSearch, mi int) bool {
	cur := rs.current(im, mi)
	if cur == nil {
		return false
	}
	v := &rowView{force: make([]int, len(cur))}
	for d := range v.force {
		v.force[d] = -1
	}
	for range rowRepairs {
		rs.duals(im.props, rs.b.mem[mi].id, nil)
		row := im.priceRow(rs, mi, v, cur)
		if row == nil || slices.Equal(row, cur) {
			return false
		}
		edits := rs.edits(im, mi, row)
		if len(edits) == 0 {
			return false
		}
		t := im.try(edits, false)
		if t.kept {
			im.rowKept++
			return true
		}
		if !rs.restrict(im, mi, v, row, cur, edits, t) {
			return false
		}
	}
	return false
}

// restrict narrows member mi's view after the engine (or the hours check)
// refused her row: the days a finding about her (or about no one) names
// are held at their current value (off when that is named too), and for
// hours the week's and period's caps are lowered below what the row adds
// there. It reports whether it narrowed anything.
func (rs *rowSearch) restrict(im *improver, mi int, v *rowView, row, cur []int, edits []lsEdit, t trial) bool {
	m := &rs.b.mem[mi]
	id := m.id
	if t.hours == id {
		return rs.lowerCaps(im, mi, v, row)
	}
	var hers []rules.Finding
	for _, f := range t.hard {
		if len(f.Members) == 0 || slices.Contains(f.Members, id) {
			hers = append(hers, f)
		}
	}
	if len(hers) == 0 {
		return false
	}
	changed := false
	for _, wide := range []bool{false, true} {
		for _, e := range edits {
			d := int(e.date - (im.w.From - 1))
			a := roster.Assignment{Member: id, Date: e.date, Shift: e.shift}
			if e.shift == "" {
				a.Shift = im.shiftOf(id, e.date)
			}
			if v.force[d] >= 0 || !implicated(a, hers, wide) {
				continue
			}
			v.force[d] = cur[d]
			changed = true
		}
		if changed {
			return true
		}
	}
	// Nothing new is named: hold every day the row changes near a finding
	// at its current value; the rest may still move.
	for _, e := range edits {
		d := int(e.date - (im.w.From - 1))
		if v.force[d] < 0 {
			for _, f := range hers {
				if e.date >= roster.DateOf(f.Start)-7 && e.date <= roster.DateOf(f.End)+7 {
					v.force[d] = cur[d]
					changed = true
					break
				}
			}
		}
	}
	return changed
}

// lowerCaps lowers member mi's week caps (and period caps) in v below the
// minutes row adds in each week (period) where the engine's hours check
// refused it, so the next pricing adds less there.
func (rs *rowSearch) lowerCaps(im *improver, mi int, v *rowView, row []int) bool {
	m := &rs.b.mem[mi]
	edits := rs.edits(im, mi, row)
	tally := im.edited(edits)
	r, ok := im.row[m.id]
	if !ok {
		return false
	}
	if v.capW == nil {
		v.capW = slices.Clone(m.capW)
	}
	if v.capP == nil {
		v.capP = slices.Clone(m.capP)
	}
	// minutes the row adds per week and per balance period (as the
	// programme counts them)
	added := func(in func(roster.Date) bool) int {
		n := 0
		for d, o := range row {
			date := im.w.From - 1 + roster.Date(d)
			if op := &m.days[d][o]; op.typ >= 0 && (len(m.days[d]) > 1 || op.newMin > 0) && im.w.Contains(date) && in(date) {
				n += op.newMin
			}
		}
		return n
	}
	lowered := false
	for k, wk := range im.weeks {
		if im.baseHrs[m.id][k]+tally.hrs[r][k] > rules.ContractWeekLimit(im.contract[m.id][k])+hoursMargin {
			n := added(wk.Contains)
			for d := range v.capW {
				if wk.Contains(im.w.From - 1 + roster.Date(d)) {
					v.capW[d] = min(v.capW[d], max(0, n-1))
					lowered = true
				}
			}
		}
		lim := im.periods[r][k]
		var sum float64
		var in []roster.Window
		for k2 := range im.weeks {
			if im.periods[r][k2] == lim {
				sum += tally.hrs[r][k2]
				in = append(in, im.weeks[k2])
			}
		}
		if lim.base+sum > lim.limit+hoursMargin {
			inP := func(d roster.Date) bool {
				return slices.ContainsFunc(in, func(w roster.Window) bool { return w.Contains(d) })
			}
			n := added(inP)
			for d := range v.capP {
				if inP(im.w.From - 1 + roster.Date(d)) {
					v.capP[d] = min(v.capP[d], max(0, n-1))
					lowered = true
				}
			}
		}
	}
	return lowered
}

// rowSweep re-plans every member once, in an order drawn from r, and
// repeats while a sweep keeps something. It reports whether it kept any.
func (im *improver) rowSweep(rs *rowSearch, r *rand.Rand) bool {
	any := false
	for !im.stop() {
		kept := false
		for _, mi := range r.Perm(len(rs.b.mem)) {
			if im.stop() {
				break
			}
			if im.replanRow(rs, mi) {
				kept = true
			}
		}
		if !kept {
			break
		}
		any = true
	}
	return any
}

// ruinOrders is how many random orders a ruin re-plans its members in.
const ruinOrders = 2

// ruinRows empties the whole rows of two or three members around a gap
// drawn from r (who could cover it, or works its days), re-plans them one
// after the other by the best response in a few random orders (each member
// once more given the others after the first round), and keeps the best in
// the model when the engine accepts it and it is better (lexBetter). It
// reports whether it kept something.
func (im *improver) ruinRows(rs *rowSearch, r *rand.Rand, pass int) bool {
	gs := gaps(im.fs, im.w)
	if len(gs) == 0 {
		return false
	}
	g := gs[r.IntN(len(gs))]
	gd := roster.DateOf(g.Start)
	seen := map[int]bool{}
	var pool []int
	add := func(id int) {
		if mi, ok := rs.index[id]; ok && !seen[id] {
			seen[id] = true
			pool = append(pool, mi)
		}
	}
	for _, c := range im.candidates(g, pass) {
		add(c.m.ID)
	}
	for _, a := range im.props {
		if a.Date >= gd-1 && a.Date <= gd+1 {
			add(a.Member)
		}
	}
	if len(pool) < 2 {
		return false
	}
	r.Shuffle(len(pool), func(i, k int) { pool[i], pool[k] = pool[k], pool[i] })
	ruined := pool[:min(len(pool), 2+r.IntN(2))]
	skip := map[int]bool{}
	for _, mi := range ruined {
		skip[rs.b.mem[mi].id] = true
	}
	base := slices.DeleteFunc(slices.Clone(im.props), func(a roster.Assignment) bool { return skip[a.Member] })
	free := func() *rowView {
		v := &rowView{force: make([]int, len(rs.b.mem[0].days))}
		for d := range v.force {
			v.force[d] = -1
		}
		return v
	}
	// recreate re-plans the ruined members in order on top of base and
	// returns the proposal and its rows.
	recreate := func(order []int, views map[int]*rowView) ([]roster.Assignment, map[int][]int) {
		props := slices.Clone(base)
		rows := map[int][]int{}
		for round := range 2 {
			for _, mi := range order {
				id := rs.b.mem[mi].id
				pending := map[int]bool{}
				if round == 0 {
					for _, other := range order {
						if _, done := rows[other]; !done && other != mi {
							pending[rs.b.mem[other].id] = true
						}
					}
				}
				rs.duals(props, id, pending)
				v := views[mi]
				if v == nil {
					v = free()
				}
				row := im.priceRow(rs, mi, v, rows[mi])
				if row == nil {
					return nil, nil
				}
				rows[mi] = row
				props = slices.DeleteFunc(props, func(a roster.Assignment) bool { return a.Member == id })
				props = append(props, rs.assignments(im, mi, row)...)
			}
		}
		return props, rows
	}
	var bestProps []roster.Assignment
	var bestOrder []int
	bestShort, bestDeep := math.MaxInt, math.MaxInt
	for range ruinOrders {
		order := slices.Clone(ruined)
		r.Shuffle(len(order), func(i, k int) { order[i], order[k] = order[k], order[i] })
		props, _ := recreate(order, nil)
		if props == nil {
			return false
		}
		s, d := im.lc.measure(props, im.w.From, im.w.To)
		if s < bestShort || (s == bestShort && d < bestDeep) {
			bestProps, bestOrder, bestShort, bestDeep = props, order, s, d
		}
	}
	views := map[int]*rowView{}
	for range rowRepairs {
		edits := diffEdits(im.props, bestProps)
		if len(edits) == 0 {
			return false
		}
		t := im.try(edits, false)
		if t.kept {
			im.ruinKept++
			return true
		}
		if len(t.hard) == 0 && t.hours == 0 {
			return false
		}
		// Hold what the engine names for each ruined member and re-plan in
		// the best order.
		narrowed := false
		for _, mi := range bestOrder {
			id := rs.b.mem[mi].id
			var mine []lsEdit
			for _, e := range edits {
				if e.member == id {
					mine = append(mine, e)
				}
			}
			if views[mi] == nil {
				views[mi] = free()
			}
			row := rowOf(bestProps, rs, im, mi)
			// In a ruin the "current" value of a day is off.
			off := make([]int, len(row))
			tt := t
			if t.hours != 0 && t.hours != id {
				tt.hours = 0
			}
			if rs.restrict(im, mi, views[mi], row, off, mine, tt) {
				narrowed = true
			}
		}
		if !narrowed {
			return false
		}
		if bestProps, _ = recreate(bestOrder, views); bestProps == nil {
			return false
		}
	}
	return false
}

// assignments returns the new shifts of member mi's row.
func (rs *rowSearch) assignments(im *improver, mi int, row []int) []roster.Assignment {
	m := &rs.b.mem[mi]
	var out []roster.Assignment
	for d, o := range row {
		date := im.w.From - 1 + roster.Date(d)
		if op := &m.days[d][o]; op.typ >= 0 && len(m.days[d]) > 1 && im.w.Contains(date) {
			out = append(out, roster.Assignment{Member: m.id, Date: date, Shift: rs.b.types[op.typ].Code})
		}
	}
	return out
}

// rowOf returns member mi's row of props in option indexes (days whose
// proposal is not one of her options count as off).
func rowOf(props []roster.Assignment, rs *rowSearch, im *improver, mi int) []int {
	m := &rs.b.mem[mi]
	row := make([]int, len(m.days))
	for _, a := range props {
		if a.Member != m.id {
			continue
		}
		d := int(a.Date - (im.w.From - 1))
		if d < 0 || d >= len(row) {
			continue
		}
		if o := rs.option(mi, d, a.Shift); o >= 0 {
			row[d] = o
		}
	}
	return row
}

// diffEdits returns the edits that turn proposal from into to.
func diffEdits(from, to []roster.Assignment) []lsEdit {
	was := map[cellKey]string{}
	for _, a := range from {
		was[cellKey{a.Member, a.Date}] = a.Shift
	}
	now := map[cellKey]string{}
	for _, a := range to {
		now[cellKey{a.Member, a.Date}] = a.Shift
	}
	var out []lsEdit
	for _, a := range to {
		if was[cellKey{a.Member, a.Date}] != a.Shift {
			out = append(out, lsEdit{a.Member, a.Date, a.Shift})
		}
	}
	for _, a := range from {
		if _, ok := now[cellKey{a.Member, a.Date}]; !ok {
			out = append(out, lsEdit{a.Member, a.Date, ""})
		}
	}
	return out
}

// ruinEvery: every ruinEvery-th kick of the improvement phase is a ruin of
// whole rows (ruinRows).
const ruinEvery = 2
