package plan

import "math"

// rowDP re-optimises one employee's whole row exactly, given everyone else:
// a dynamic programme over the days with state (value, block length,
// weekends worked, minutes, and the number of shifts of up to two types
// whose MaxShifts can bind). It honours every hard rule of rowEval; a
// maximum on a third binding type is checked afterwards (the row is then
// rejected). It is the "ruin and recreate" move of the search and the
// pricing of the column generation.
type rowDP struct {
	m             *model
	e             int
	ok            bool // the DP applies to this employee
	L, W2, M, G   int  // block length cap, weekend states, minute levels, minute unit
	workCap       int  // longest allowed working block (capped)
	offCap        int  // block length cap for days off
	trackWeekends bool
	levels        []int // [d*V+v]: minute levels of value v on day d
	// C counts the per-type shift counter states: limited types lim[k]
	// (0 = unused) with counters 0..cap[k]-1, combined as c0 + cap[0]*c1.
	C   int
	lim [2]int
	cap [2]int
	// limMin holds the minutes of a limited type whose shifts all last the
	// same: its minutes then come from the counter, not the minute levels
	// (0: the type counts in the levels).
	limMin    [2]int
	states    int
	remainMin []int // [d]: most minutes workable after day d
}

// dpScratch holds the per-worker buffers of the row programme.
type dpScratch struct {
	cost, next []int64
	back       []int32 // [d*states+s]: previous state
	c          []int64 // marginal cost per [d*V+v]
	row        []uint8
	// active and nextActive list the reachable states; clean tells that
	// cost and next are all dpInf (they are left so after each solve).
	active, nextActive []int32
	clean              bool
	// work counts the state expansions of all solves: a deterministic
	// measure of the time spent in the programme.
	work int64
	// scale multiplies the row's own minutes term when the marginal costs
	// in c are scaled (column generation prices in fixed point); 0 means 1.
	scale int64
}

func (sc *dpScratch) ensure(m *model, states int) {
	if len(sc.cost) < states {
		sc.clean = false
		sc.cost = make([]int64, states)
		sc.next = make([]int64, states)
		sc.back = make([]int32, m.D*states)
	}
	if sc.c == nil {
		sc.c = make([]int64, m.D*m.V)
		sc.row = make([]uint8, m.D)
	}
}

const dpInf = math.MaxInt64 / 4

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// newRowDP prepares the programme for employee e, or returns one with ok
// false when the state space would be too large or the weekends are not
// blocks of consecutive days.
func newRowDP(m *model, e int) *rowDP {
	r := &m.emp[e]
	p := &rowDP{m: m, e: e}
	p.workCap = m.D
	if r.maxCons > 0 {
		p.workCap = min(int(r.maxCons), m.D)
	} else {
		p.workCap = max(int(r.minCons), 1)
	}
	p.offCap = max(int(r.minOff), 1)
	p.L = max(p.workCap, p.offCap, int(r.minCons), 1)
	p.trackWeekends = r.maxWeekends >= 0
	p.W2 = 2
	if p.trackWeekends {
		p.W2 = 2 * (int(r.maxWeekends) + 1)
	}
	// Weekends must be runs of consecutive days for the "already worked in
	// this weekend" flag to work.
	starts := map[int8]bool{}
	for d := 0; d < m.D; d++ {
		if w := m.weekendOf[d]; w >= 0 && (d == 0 || m.weekendOf[d-1] != w) {
			if starts[w] {
				return p
			}
			starts[w] = true
		}
	}
	// Per-type maxima that can bind get a counter, up to two of them, as
	// many as the state space allows.
	var binding []int
	for v := 1; v < m.V; v++ {
		mx := int(r.maxShifts[v])
		if mx <= 0 || mx >= m.D {
			continue
		}
		days := 0
		for d := 0; d < m.D; d++ {
			if m.mask[e*m.D+d]&(1<<v) != 0 {
				days++
			}
		}
		if r.maxMin >= 0 && m.minutes[v] > 0 {
			days = min(days, int(r.maxMin/m.minutes[v]))
		}
		if mx < days {
			binding = append(binding, v)
		}
	}
	for n := min(len(binding), 2); n >= 0; n-- {
		p.countTypes(binding[:n])
		if p.states <= dpMaxStates {
			break
		}
	}
	if p.states > dpMaxStates {
		return p
	}
	p.levels = make([]int, m.D*m.V)
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			if !p.fromCounter(v) {
				p.levels[d*m.V+v] = int(m.minutes[d*m.V+v]) / p.G
			}
		}
	}
	p.remainMin = make([]int, m.D)
	for d := m.D - 2; d >= 0; d-- {
		best := 0
		for v := 1; v < m.V; v++ {
			if m.mask[e*m.D+d+1]&(1<<v) != 0 {
				best = max(best, int(m.minutes[(d+1)*m.V+v]))
			}
		}
		p.remainMin[d] = p.remainMin[d+1] + best
	}
	p.ok = true
	return p
}

// countTypes gives the types lim a counter each and sizes the state space:
// a counted type whose shifts all last the same takes its minutes from the
// counter, so the minute levels need only the other types (e.g. a
// 600-minute night among 480-minute shifts: levels of 480, not 120 minutes).
func (p *rowDP) countTypes(lim []int) {
	m, e, r := p.m, p.e, &p.m.emp[p.e]
	p.C, p.lim, p.cap, p.limMin = 1, [2]int{}, [2]int{1, 1}, [2]int{}
	for k, v := range lim {
		mx := int(r.maxShifts[v])
		p.lim[k], p.cap[k] = v, mx+1
		p.C *= mx + 1
		same := true
		for d := 1; d < m.D; d++ {
			same = same && m.minutes[d*m.V+v] == m.minutes[v]
		}
		if same {
			p.limMin[k] = int(m.minutes[v])
		}
	}
	g, maxTotal := 0, 0
	for d := 0; d < m.D; d++ {
		best := 0
		for v := 1; v < m.V; v++ {
			if m.mask[e*m.D+d]&(1<<v) != 0 && !p.fromCounter(v) {
				mins := int(m.minutes[d*m.V+v])
				g = gcd(g, mins)
				best = max(best, mins)
			}
		}
		maxTotal += best
	}
	if g == 0 {
		g = 1
	}
	if r.maxMin >= 0 {
		maxTotal = min(maxTotal, int(r.maxMin))
	}
	p.G, p.M = g, maxTotal/g+1
	p.states = m.V * p.L * p.W2 * p.M * p.C
}

// dpMaxStates caps the state space of one employee's programme.
const dpMaxStates = 1 << 18

func (p *rowDP) idx(v, l, w, mm, c int) int { return (((v*p.L+l)*p.W2+w)*p.M+mm)*p.C + c }

// fromCounter reports whether type v's minutes come from the counter.
func (p *rowDP) fromCounter(v int) bool {
	return (v == p.lim[0] && p.limMin[0] > 0) || (v == p.lim[1] && p.limMin[1] > 0)
}

// total returns the minutes of minute level mm with counter state c.
func (p *rowDP) total(mm, c int) int {
	return mm*p.G + c%p.cap[0]*p.limMin[0] + c/p.cap[0]*p.limMin[1]
}

// count returns the counter state after adding value v to counter state c,
// or −1 if that breaks a per-type maximum.
func (p *rowDP) count(c, v int) int {
	switch v {
	case 0:
		return c
	case p.lim[0]:
		if c%p.cap[0]+1 >= p.cap[0] {
			return -1
		}
		return c + 1
	case p.lim[1]:
		if c/p.cap[0]+1 >= p.cap[1] {
			return -1
		}
		return c + p.cap[0]
	}
	return c
}

// solve fills sc.row with the cheapest feasible row for the marginal costs
// sc.c and returns its cost (dpInf if none).
func (p *rowDP) solve(sc *dpScratch) int64 {
	m := p.m
	sc.ensure(m, p.states)
	cost, next := sc.cost[:p.states], sc.next[:p.states]
	out := sc.row
	r := &m.emp[p.e]
	V, D := m.V, m.D
	if !sc.clean {
		for i := range cost {
			cost[i], next[i] = dpInf, dpInf
		}
	}
	// The minutes still needed to reach MinMinutes must be workable in the
	// remaining days, and MaxMinutes must not be passed.
	minMin, maxMin := int(r.minMin), int(r.maxMin)
	if maxMin < 0 {
		maxMin = math.MaxInt
	}
	active, nextActive := sc.active[:0], sc.nextActive[:0]
	// Day 0.
	for v := 0; v < V; v++ {
		if m.mask[p.e*D]&(1<<v) == 0 {
			continue
		}
		w, mm := 0, 0
		if v != 0 {
			mm = p.levels[v]
			if mm >= p.M {
				continue
			}
			if m.weekendOf[0] >= 0 {
				w = 1
				if p.trackWeekends {
					w = 3
				}
				if p.trackWeekends && r.maxWeekends < 1 {
					continue
				}
			}
		}
		c := p.count(0, v)
		if c < 0 {
			continue
		}
		if tot := p.total(mm, c); tot > maxMin || minMin-tot > p.remainMin[0] {
			continue
		}
		s := p.idx(v, 0, w, mm, c)
		cost[s] = sc.c[v]
		sc.back[s] = -1
		active = append(active, int32(s))
	}
	for d := 1; d < D; d++ {
		sc.work += int64(len(active))
		nextActive = nextActive[:0]
		back := sc.back[d*p.states : (d+1)*p.states]
		wkd := m.weekendOf[d]
		newGroup := wkd >= 0 && m.weekendOf[d-1] != wkd
		cell := m.mask[p.e*D+d]
		lev, mins, cst := p.levels[d*V:(d+1)*V], m.minutes[d*V:(d+1)*V], sc.c[d*V:(d+1)*V]
		for _, s32 := range active {
			s := int(s32)
			cs := cost[s]
			cost[s] = dpInf // leave the buffer clean for the next day
			// Decode the state once per day.
			cc := s % p.C
			rest := s / p.C
			mm := rest % p.M
			rest /= p.M
			w := rest % p.W2
			rest /= p.W2
			l := rest % p.L
			u := rest / p.L
			tot0 := p.total(mm, cc) // minutes so far
			ln := l + 1             // block length so far
			fromStart := ln == d && ln < p.L
			wc, flag := w>>1, w&1
			if wkd < 0 || newGroup {
				flag = 0
			}
			for v := 0; v < V; v++ {
				if cell&(1<<v) == 0 {
					continue
				}
				nc := p.count(cc, v)
				if nc < 0 {
					continue
				}
				if tot := tot0 + int(mins[v]); tot > maxMin || minMin-tot > p.remainMin[d] {
					continue
				}
				nl, nw, nm := 0, wc<<1|flag, mm
				if v != 0 {
					nm += lev[v]
					if nm >= p.M {
						continue
					}
					if u != 0 {
						if m.follow[u*V+v] || ln >= p.workCap && r.maxCons > 0 {
							continue
						}
						nl = min(ln, p.L-1)
					} else if !fromStart && ln < int(r.minOff) {
						continue
					}
					if wkd >= 0 && flag == 0 {
						if p.trackWeekends {
							if wc+1 > int(r.maxWeekends) {
								continue
							}
							nw = (wc+1)<<1 | 1
						} else {
							nw = 1
						}
					}
				} else {
					if u != 0 && !fromStart && ln < int(r.minCons) {
						continue
					}
					if u == 0 {
						nl = min(ln, p.L-1)
					}
				}
				ns := (((v*p.L+nl)*p.W2+nw)*p.M+nm)*p.C + nc
				if c := cs + cst[v]; c < next[ns] {
					if next[ns] >= dpInf {
						nextActive = append(nextActive, int32(ns))
					}
					next[ns] = c
					back[ns] = int32(s)
				}
			}
		}
		cost, next = next, cost
		active, nextActive = nextActive, active
	}
	// Final states: minutes within bounds, soft minutes term.
	best, bestS := int64(dpInf), -1
	for _, s32 := range active {
		s := int(s32)
		cs := cost[s]
		cost[s] = dpInf
		minutes := int32(p.total(s/p.C%p.M, s%p.C))
		if minutes < r.minMin || (r.maxMin >= 0 && minutes > r.maxMin) {
			continue
		}
		if r.minutesW != 0 {
			dev := minutes - r.target
			if dev < 0 {
				dev = -dev
			}
			cs += int64(r.minutesW*((dev+59)/60)) * max(sc.scale, 1)
		}
		if cs < best {
			best, bestS = cs, s
		}
	}
	sc.clean = true
	sc.active, sc.nextActive = active[:0], nextActive[:0]
	if bestS < 0 {
		return dpInf
	}
	s := bestS
	for d := D - 1; d >= 0; d-- {
		out[d] = uint8(s / (p.C * p.M * p.W2 * p.L))
		if d > 0 {
			s = int(sc.back[d*p.states+s])
		}
	}
	return best
}
