package plan

import "math"

// src is a state of the row programme at the end of a day, in parts: the
// value worked, the block length − 1, the weekend state, the minute level,
// the counter state and the minutes so far.
type src struct {
	u, l, w, mm, c, tot int
}

// dayRules holds what the transitions into day d need.
type dayRules struct {
	d              int
	wkd            int8
	newGroup       bool
	cell           uint64
	lev            []int
	mins           []int32
	minMin, maxMin int
}

func (p *rowDP) day(d int) dayRules {
	m, r := p.m, &p.m.emp[p.e]
	dr := dayRules{d: d, wkd: m.weekendOf[d], cell: m.mask[p.e*m.D+d],
		lev: p.levels[d*m.V : (d+1)*m.V], mins: m.minutes[d*m.V : (d+1)*m.V],
		minMin: int(r.minMin), maxMin: int(r.maxMin)}
	dr.newGroup = dr.wkd >= 0 && d > 0 && m.weekendOf[d-1] != dr.wkd
	if dr.maxMin < 0 {
		dr.maxMin = math.MaxInt
	}
	return dr
}

// next returns the state after working value v on day dr.d (d ≥ 1) from
// state f, and false if a rule forbids it; the counters and the minutes
// (and their bounds) are left to the caller. It is the programme's
// transition, tabulated per day in p.trans (see tabulate).
func (p *rowDP) next(dr *dayRules, f *src, v int) (src, bool) {
	m, r := p.m, &p.m.emp[p.e]
	t := src{u: v}
	if dr.cell&(1<<v) == 0 {
		return t, false
	}
	ln := f.l + 1 // block length so far
	fromStart := ln == dr.d && ln < p.L
	wc, flag := f.w>>1, f.w&1
	if dr.wkd < 0 || dr.newGroup {
		flag = 0
	}
	t.w = wc<<1 | flag
	if v == 0 {
		if f.u != 0 && !fromStart && ln < int(r.minCons) {
			return t, false
		}
		if f.u == 0 {
			t.l = min(ln, p.L-1)
		}
		return t, true
	}
	if f.u != 0 {
		if m.follow[f.u*m.V+v] || ln >= p.workCap && r.maxCons > 0 {
			return t, false
		}
		t.l = min(ln, p.L-1)
	} else if !fromStart && ln < int(r.minOff) {
		return t, false
	}
	if dr.wkd >= 0 && flag == 0 {
		if !p.trackWeekends {
			t.w = 1
		} else if wc+1 > int(r.maxWeekends) {
			return t, false
		} else {
			t.w = (wc+1)<<1 | 1
		}
	}
	return t, true
}

// first returns the state after value v on day 0, and false if a rule
// forbids it.
func (p *rowDP) first(v int) (src, bool) {
	r := &p.m.emp[p.e]
	dr := p.day(0)
	t := src{u: v, c: p.count(0, v)}
	if dr.cell&(1<<v) == 0 || t.c < 0 {
		return t, false
	}
	if v != 0 {
		t.mm = p.levels[v]
		if t.mm >= p.M {
			return t, false
		}
		if dr.wkd >= 0 {
			t.w = 1
			if p.trackWeekends {
				if r.maxWeekends < 1 {
					return t, false
				}
				t.w = 3
			}
		}
	}
	t.tot = p.total(t.mm, t.c)
	return t, t.tot <= dr.maxMin && dr.minMin-t.tot <= p.remainMin[0]
}

// final returns the cost of ending the row with tot minutes: dpInf outside
// the minute bounds, else the soft minutes term times scale.
func (p *rowDP) final(tot int, scale int64) int64 {
	r := &p.m.emp[p.e]
	minutes := int32(tot)
	if minutes < r.minMin || (r.maxMin >= 0 && minutes > r.maxMin) {
		return dpInf
	}
	if r.minutesW == 0 {
		return 0
	}
	dev := minutes - r.target
	if dev < 0 {
		dev = -dev
	}
	return int64(r.minutesW*((dev+59)/60)) * scale
}

// relaxIdx returns the state of the relaxation p.relax that t maps to.
func (p *rowDP) relaxIdx(t *src) int {
	q := p.relax
	return int(p.relBlock[p.block(t.u, t.l, t.w)])*q.M + t.tot/q.G
}

// tabulate fills p.trans: for each day d ≥ 1, block (value, block length,
// weekend state) and value v, the block after working v, or −1.
func (p *rowDP) tabulate() {
	V := p.m.V
	p.blocks = V * p.L * p.W2
	p.trans = make([]int32, p.m.D*p.blocks*V)
	for i := range V * p.blocks {
		p.trans[i] = -1 // day 0 has no transitions
	}
	for d := 1; d < p.m.D; d++ {
		dr := p.day(d)
		for blk := 0; blk < p.blocks; blk++ {
			var f src
			f.u, f.l, f.w = p.unblock(blk)
			for v := 0; v < V; v++ {
				nb := int32(-1)
				if t, ok := p.next(&dr, &f, v); ok {
					nb = int32(p.block(t.u, t.l, t.w))
				}
				p.trans[(d*p.blocks+blk)*V+v] = nb
			}
		}
	}
}

// useRelax makes q (nil: none) p's relaxation; prunes tells whether
// pricing bounds by it.
func (p *rowDP) useRelax(q *rowDP, prunes bool) {
	p.relax, p.prunes, p.relBlock = q, prunes, nil
	if q != nil {
		p.relBlock = make([]int32, p.blocks)
		for blk := range p.relBlock {
			u, l, w := p.unblock(blk)
			if !q.trackWeekends {
				w &= 1
			}
			p.relBlock[blk] = int32(q.block(u, l, w))
		}
	}
}

// bounds fills sc.togo with the relaxation's least cost from each of its
// states at the end of each day to the end of the row: a lower bound on the
// full programme's cost to go from every state that maps to it. The
// relaxation has no counters, so a state's minute levels are contiguous
// and one transition serves them all.
func (p *rowDP) bounds(sc *dpScratch) {
	q := p.relax
	D, V, S, M := p.m.D, p.m.V, q.states, q.M
	togo := sc.togo[:D*S]
	scale := max(sc.scale, 1)
	last := togo[(D-1)*S:]
	for s := range last {
		last[s] = q.final(s%M*q.G, scale)
	}
	for d := D - 1; d >= 1; d-- {
		dr := q.day(d)
		cur, nxt := togo[(d-1)*S:d*S], togo[d*S:(d+1)*S]
		for i := range cur {
			cur[i] = dpInf
		}
		// Minute levels after day d must lie in [lo, M−1].
		lo := max(0, (dr.minMin-q.remainMin[d]+q.G-1)/q.G)
		trans := q.trans[d*q.blocks*V : (d+1)*q.blocks*V]
		for blk := 0; blk < q.blocks; blk++ {
			from := cur[blk*M : (blk+1)*M]
			for v, nb := range trans[blk*V : (blk+1)*V] {
				if nb < 0 {
					continue
				}
				lv, cv := dr.lev[v], sc.c[d*V+v]
				to := nxt[int(nb)*M:][:M]
				for mm := max(0, lo-lv); mm+lv < M; mm++ {
					if c := to[mm+lv]; c < dpInf && c+cv < from[mm] {
						from[mm] = c + cv
					}
				}
			}
		}
	}
}

// solve fills sc.row with the cheapest feasible row for the marginal costs
// sc.c and returns its cost (dpInf if none). With sc.limited, only rows
// cheaper than sc.limit are looked for: states whose cost plus the
// relaxation's bound reaches it are dropped, and dpInf means "none cheaper".
func (p *rowDP) solve(sc *dpScratch) int64 {
	m := p.m
	sc.ensure(m, p)
	cost, next := sc.cost[:p.states], sc.next[:p.states]
	V, D := m.V, m.D
	if !sc.clean {
		for i := range cost {
			cost[i], next[i] = dpInf, dpInf
		}
	}
	bounded := sc.limited && p.relax != nil && (p.prunes || sc.cells)
	clear(sc.seen)
	var togo []int64
	rs := 0 // relaxation states per day
	if bounded {
		p.bounds(sc)
		togo, rs = sc.togo, p.relax.states
	}
	active, nextActive := sc.active[:0], sc.nextActive[:0]
	for v := 0; v < V; v++ {
		t, ok := p.first(v)
		if !ok || bounded && sc.c[v]+togo[p.relaxIdx(&t)] >= sc.limit {
			continue
		}
		s := p.idx(v, t.l, t.w, t.mm, t.c)
		sc.seen[0] |= 1 << v
		cost[s] = sc.c[v]
		sc.back[s] = -1
		active = append(active, int32(s))
	}
	for d := 1; d < D; d++ {
		sc.work += int64(len(active))
		nextActive = nextActive[:0]
		back := sc.back[d*p.states : (d+1)*p.states]
		dr := p.day(d)
		cst := sc.c[d*V : (d+1)*V]
		var bound []int64
		var rlev []int
		if bounded {
			bound = togo[d*rs : (d+1)*rs]
			rlev = p.relax.levels[d*V : (d+1)*V]
		}
		lev, mins := dr.lev, dr.mins
		minMin, maxMin, rem := dr.minMin, dr.maxMin, p.remainMin[d]
		trans := p.trans[d*p.blocks*V : (d+1)*p.blocks*V]
		var seen uint64
		for _, s32 := range active {
			s := int(s32)
			cs := cost[s]
			cost[s] = dpInf // leave the buffer clean for the next day
			cc := s % p.C
			rest := s / p.C
			mm := rest % p.M
			blk := rest / p.M
			tot0 := p.total(mm, cc)
			rbase := 0 // the relaxation's minute level
			if bounded {
				rbase = tot0 / p.relax.G
			}
			for v, nb := range trans[blk*V : (blk+1)*V] {
				if nb < 0 {
					continue
				}
				nc := p.count(cc, v)
				if nc < 0 {
					continue
				}
				tot := tot0 + int(mins[v])
				nm := mm + lev[v]
				if tot > maxMin || minMin-tot > rem || nm >= p.M {
					continue
				}
				c := cs + cst[v]
				if bounded && c+bound[int(p.relBlock[nb])*p.relax.M+rbase+rlev[v]] >= sc.limit {
					continue
				}
				ns := (int(nb)*p.M+nm)*p.C + nc
				if c < next[ns] {
					if next[ns] >= dpInf {
						nextActive = append(nextActive, int32(ns))
						seen |= 1 << v
					}
					next[ns] = c
					back[ns] = int32(s)
				}
			}
		}
		sc.seen[d] = seen
		cost, next = next, cost
		active, nextActive = nextActive, active
	}
	best, bestS := int64(dpInf), -1
	scale := max(sc.scale, 1)
	for _, s32 := range active {
		s := int(s32)
		cs := cost[s]
		cost[s] = dpInf
		if fin := p.final(p.total(s/p.C%p.M, s%p.C), scale); fin < dpInf && cs+fin < best {
			best, bestS = cs+fin, s
		}
	}
	sc.clean = true
	sc.active, sc.nextActive = active[:0], nextActive[:0]
	if bestS < 0 || bounded && best >= sc.limit {
		return dpInf
	}
	s := bestS
	for d := D - 1; d >= 0; d-- {
		sc.row[d] = uint8(s / (p.C * p.M * p.W2 * p.L)) // the state's value
		if d > 0 {
			s = int(sc.back[d*p.states+s])
		}
	}
	return best
}
