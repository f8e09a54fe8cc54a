package plan

import (
	"cmp"
	"context"
	"math/rand/v2"
	"slices"
	"time"
)

// Cover-driven ejection chains. On instances where every employee's rows
// are tight (minutes in a narrow band, every weekend allowance used, a
// maximum of night shifts reached) a shift short of cover cannot be filled
// by one row: whoever takes it breaks a limit unless she gives up another
// shift, which then is short in turn. The annealing's moves change one or
// two rows at a time and the row programmes re-plan one row against the
// others, so neither makes such a chain (Instance13: 50 shifts short after
// 60 s; Instance18: 58 of its 60 gaps on weekends while every employee
// works her maximum of weekends).
//
// A chain starts at a (day, shift) short of cover. A link gives the gap to
// an employee e who is not yet in the chain, in one of two ways:
//
//   - e's cell of that day changes to the gap's shift: from off (the chain
//     may close there) or from another shift, which is then the new gap;
//   - e, off that day, takes the gap and gives up one of her shifts on
//     another day (within a window of days on long horizons, see
//     releaseWindow), which is then the new gap.
//
// A link is admissible only when e's row has no more hard violations than
// before, so every prefix of a chain is as feasible as the roster. The
// cost of a prefix is the exact change of the objective (the rows' soft
// costs and the coverage, the open gap counted as short); the chain closes
// as soon as a link brings the total below zero. The search is a
// depth-first beam: per level the chainBeam cheapest open links are tried
// in turn, to a depth that grows (chainMinDepth … chainMaxDepth) after a
// sweep over all gaps finds nothing. Every kept chain strictly lowers the
// objective, so the stage never makes the best worse or infeasible.

const (
	chainBeam     = 3
	chainMinDepth = 3
	chainMaxDepth = 7
)

// chainLink is one link of a chain: employee e takes (d, v); her cell of
// day d held u; if rel >= 0 she gave up her shift w on day rel; if pv > 0
// she also took (pd, pv) on the other day of d's weekend, off before (the
// chain graph's weekend links).
type chainLink struct {
	e, d, rel, pd int
	u, v, w, pv   uint8
	cost          int64 // the objective change of the chain up to this link
}

// gap is the (day, value) a link leaves short (value 0: none).
func (l chainLink) gap() (int, uint8) {
	if l.rel >= 0 {
		return l.rel, l.w
	}
	return l.d, l.u
}

// chainSearch applies improving ejection chains to a state.
type chainSearch struct {
	s     *state
	rng   *rand.Rand
	used  []bool        // employees in the current chain
	cands [][]chainLink // per level
	depth int
	// relWin: a link gives up a shift within relWin days of the day taken
	relWin int
	// evals counts row evaluations (the work done).
	evals int64
	// trs[e] (nil: not yet needed) tracks employee e's row in the state,
	// kept up to date by put, so that a link's row is evaluated without a
	// pass over the row (track).
	trs []*rowTrack
}

// track returns the tracker of employee e's row in the state.
func (c *chainSearch) track(e int) *rowTrack {
	if c.trs == nil {
		c.trs = make([]*rowTrack, c.s.m.E)
	}
	if c.trs[e] == nil {
		c.trs[e] = newRowTrack(c.s.m, e, c.s.row(e))
	}
	return c.trs[e]
}

func newChainSearch(s *state, seed uint64) *chainSearch {
	return &chainSearch{s: s, rng: rand.New(rand.NewPCG(seed, 0xc4a1)), used: make([]bool, s.m.E),
		cands: make([][]chainLink, chainMaxDepth), depth: chainMinDepth, relWin: releaseWindow(s.m)}
}

// put sets cell (e, d) to v and updates the counters and the coverage cost
// (not the row's evaluation).
func (c *chainSearch) put(e, d int, v uint8) {
	s := c.s
	m := s.m
	i := e*m.D + d
	u := s.x[i]
	if u == v {
		return
	}
	s.soft += coverChange(s, d, u, v)
	s.cnt[d*m.V+int(u)]--
	s.cnt[d*m.V+int(v)]++
	if c.trs != nil && c.trs[e] != nil {
		c.trs[e].set(d, v) // writes s.x[i]
	} else {
		s.x[i] = v
	}
}

// rescore re-evaluates row e and books the change.
func (c *chainSearch) rescore(e int) {
	s := c.s
	h, so := s.m.rowEval(e, s.row(e))
	s.hard += int64(h - s.rowHard[e])
	s.soft += int64(so - s.rowSoft[e])
	s.rowHard[e], s.rowSoft[e] = h, so
}

func (c *chainSearch) apply(l chainLink) {
	c.put(l.e, l.d, l.v)
	if l.pv != 0 {
		c.put(l.e, l.pd, l.pv)
	}
	if l.rel >= 0 {
		c.put(l.e, l.rel, 0)
	}
	c.rescore(l.e)
	c.used[l.e] = true
}

func (c *chainSearch) undo(l chainLink) {
	if l.rel >= 0 {
		c.put(l.e, l.rel, l.w)
	}
	if l.pv != 0 {
		c.put(l.e, l.pd, 0)
	}
	c.put(l.e, l.d, l.u)
	c.rescore(l.e)
	c.used[l.e] = false
}

// links lists the admissible links that fill (d, v) given the chain so far
// (of cost acc), into c.cands[level]; it returns the cheapest closing link
// (cost < 0), if any.
func (c *chainSearch) links(d int, v uint8, level int, acc int64) (chainLink, bool) {
	s := c.s
	m := s.m
	out := c.cands[level][:0]
	var close chainLink
	closed := false
	consider := func(l chainLink, closes bool) {
		if closes && l.cost < 0 {
			if !closed || l.cost < close.cost {
				close, closed = l, true
			}
			return
		}
		if !closes {
			out = append(out, l)
		}
	}
	off := c.rng.IntN(m.E)
	for k := 0; k < m.E; k++ {
		e := (k + off) % m.E
		i := e*m.D + d
		u := s.x[i]
		if c.used[e] || u == v || m.mask[i]&(1<<v) == 0 {
			continue
		}
		row := s.row(e)
		h0, s0 := s.rowHard[e], s.rowSoft[e]
		take := coverChange(s, d, u, v)
		tr := c.track(e)
		h, so := tr.evalIf(d, v)
		c.evals++
		if h <= h0 {
			l := chainLink{e: e, d: d, rel: -1, u: u, v: v, cost: acc + take + int64(so-s0)}
			consider(l, u == 0 || l.cost < 0)
		}
		if u == 0 {
			tr.set(d, v)
			for d2 := max(0, d-c.relWin); d2 < min(m.D, d+c.relWin+1); d2++ {
				w := row[d2]
				if d2 == d || w == 0 || m.mask[e*m.D+d2]&1 == 0 {
					continue
				}
				h, so := tr.evalIf(d2, 0)
				c.evals++
				if h > h0 {
					continue
				}
				l := chainLink{e: e, d: d, rel: d2, u: 0, v: v, w: w,
					cost: acc + take + coverChange(s, d2, w, 0) + int64(so-s0)}
				consider(l, l.cost < 0)
			}
			tr.set(d, u)
		}
	}
	c.cands[level] = out
	return close, closed
}

// extend tries to close a chain whose open gap is (d, v) at cost acc; on
// success the chain stays applied.
func (c *chainSearch) extend(d int, v uint8, level int, acc int64, late func() bool) bool {
	if l, ok := c.links(d, v, level, acc); ok {
		c.apply(l)
		c.used[l.e] = false
		return true
	}
	if level+1 >= c.depth || late() {
		return false
	}
	cands := c.cands[level]
	slices.SortStableFunc(cands, func(a, b chainLink) int { return cmp.Compare(a.cost, b.cost) })
	n := min(len(cands), chainBeam)
	// deeper levels use their own c.cands; the beam is copied anyway so
	// that nothing below can disturb it
	var beam [chainBeam]chainLink
	copy(beam[:], cands[:n])
	for _, l := range beam[:n] {
		c.apply(l)
		gd, gv := l.gap()
		if gv != 0 && c.extend(gd, gv, level+1, l.cost, late) {
			c.used[l.e] = false
			return true
		}
		c.undo(l)
	}
	return false
}

// gaps returns the (day, value) cells short of cover, shuffled.
func (c *chainSearch) gaps() [][2]int {
	s := c.s
	m := s.m
	var g [][2]int
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			i := d*m.V + v
			if s.cnt[i] < m.req[i] && m.under[i] > 0 {
				g = append(g, [2]int{d, v})
			}
		}
	}
	c.rng.Shuffle(len(g), func(a, b int) { g[a], g[b] = g[b], g[a] })
	return g
}

// sweep tries a chain from every gap, repeatedly, deepening the search
// after a sweep that found nothing, until ctx ends, until passes or the
// deepest sweep finds nothing. It calls offer (if not nil) after every kept chain and
// reports whether the objective went down.
func (c *chainSearch) sweep(ctx context.Context, until time.Time, offer func()) bool {
	late := func() bool { return ctx.Err() != nil || (!until.IsZero() && !time.Now().Before(until)) }
	start := c.s.score()
	for !late() {
		found := false
		for _, g := range c.gaps() {
			if late() {
				break
			}
			d, v := g[0], uint8(g[1])
			// an earlier chain of this sweep may have filled it
			if c.s.cnt[d*c.s.m.V+int(v)] >= c.s.m.req[d*c.s.m.V+int(v)] {
				continue
			}
			if c.extend(d, v, 0, 0, late) {
				found = true
				if offer != nil {
					offer()
				}
			}
		}
		if late() {
			break
		}
		if !found {
			if c.depth >= chainMaxDepth {
				break
			}
			c.depth++
		}
	}
	return c.s.score() < start
}

// chainStage runs the ejection chains on the shared best.
type chainStage struct {
	m     *model
	rng   *rand.Rand
	dryAt int64 // the best a complete sweep could not improve (-1: none)
	// paid: the chains improved a best before, so this shape is one where
	// they pay, and a dry best gets kicks (chainkick.go) instead of
	// leaving the turn at once.
	paid bool
	walk *chainWalk // the kicks' walk, kept across turns
	// walkFrom is the shared best the walk started from or last offered.
	walkFrom int64
	// kickIdle ends a turn's kicks after this long without a better
	// roster (0: only kickPatience does).
	kickIdle time.Duration
	// kickTurn: kicks that found nothing in their last turns sit out
	// turns (1, 2, 4, then 8 at most), as the schedule's stages do; its
	// turn length is not used (kickIdle and the chains' turn bound it).
	kickTurn stageTurn
}

func newChainStage(m *model, seed uint64) *chainStage {
	return &chainStage{m: m, rng: rand.New(rand.NewPCG(seed, 0xc4a2)), dryAt: -1}
}

// run sweeps chains from the shared best until until; a best that a
// complete sweep already failed on is left alone.
func (cs *chainStage) run(ctx context.Context, sh *shared, rep *reporter, until time.Time) {
	x, soft, ok := sh.get()
	if !ok {
		return
	}
	if soft == cs.dryAt {
		if cs.paid {
			cs.kick(ctx, sh, rep, x, soft, until)
		}
		return
	}
	st := newState(cs.m, x)
	if st.hard != 0 {
		return
	}
	c := newChainSearch(st, cs.rng.Uint64())
	offer := func() {
		if st.hard == 0 && sh.offer(st.x, st.soft, time.Since(rep.start)) {
			rep.improved(st.soft, 0)
		}
	}
	late := func() bool { return ctx.Err() != nil || !time.Now().Before(until) }
	// The graph's best chains first; when it finds none, the deepening
	// search from every gap (it sees paths the graph's programme merged
	// away); after that found one, the graph again.
	g := newChainGraph(c, late)
	for !late() {
		if g != nil && g.improve() {
			offer()
			continue
		}
		if late() || !c.sweep(ctx, until, offer) {
			break
		}
		if g != nil {
			for e := range cs.m.E {
				g.build(e)
			}
		}
	}
	if st.soft < soft {
		cs.paid = true
	}
	if !late() {
		cs.dryAt = st.soft
		if x, soft, ok := sh.get(); ok && soft == st.soft && cs.paid {
			cs.kick(ctx, sh, rep, x, soft, until) // the rest of the turn
		}
	}
}

// kick runs the chain walk from the dry best x (of cost soft) until until;
// a walk of an earlier turn goes on when the best is still the one it
// started from or found.
func (cs *chainStage) kick(ctx context.Context, sh *shared, rep *reporter, x []uint8, soft int64, until time.Time) {
	if cs.kickTurn.sitsOut() {
		return
	}
	late := func() bool { return ctx.Err() != nil || !time.Now().Before(until) }
	if cs.walk == nil || soft != cs.walkFrom {
		st := newState(cs.m, x)
		if st.hard != 0 {
			return
		}
		c := newChainSearch(st, cs.rng.Uint64())
		g := newChainGraph(c, late)
		if g == nil {
			cs.walk = nil
			return
		}
		cs.walk, cs.walkFrom = newChainWalk(c, g), soft
	}
	st := cs.walk.c.s
	offer := func() {
		if st.hard == 0 && sh.offer(st.x, st.soft, time.Since(rep.start)) {
			rep.improved(st.soft, 0)
			cs.walkFrom, cs.dryAt = st.soft, st.soft
		}
	}
	cs.walk.kickUntil(late, offer, cs.kickIdle)
	cs.kickTurn.update(cs.walkFrom < soft)
}
