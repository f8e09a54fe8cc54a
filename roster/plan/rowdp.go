package plan

import "math"

// rowDP re-optimises one employee's whole row exactly, given everyone else:
// a dynamic programme over the days with state (value, block length,
// weekends worked, minutes). It honours every hard rule of rowEval except
// MaxShifts per type, which is checked afterwards (the row is then
// rejected). It is the "ruin and recreate" move of the search.
type rowDP struct {
	m             *model
	e             int
	ok            bool // the DP applies to this employee
	L, W2, M, G   int  // block length cap, weekend states, minute levels, minute unit
	workCap       int  // longest allowed working block (capped)
	offCap        int  // block length cap for days off
	trackWeekends bool
	levels        []int // [d*V+v]: minute levels of value v on day d
	states        int
	remain        []int // [d]: most minute levels workable after day d
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
	g := 0
	maxTotal := 0
	for d := 0; d < m.D; d++ {
		best := 0
		for v := 1; v < m.V; v++ {
			if m.mask[e*m.D+d]&(1<<v) != 0 {
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
	p.states = m.V * p.L * p.W2 * p.M
	if p.states > 1<<17 {
		return p
	}
	p.levels = make([]int, m.D*m.V)
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			p.levels[d*m.V+v] = int(m.minutes[d*m.V+v]) / g
		}
	}
	p.remain = make([]int, m.D)
	for d := m.D - 2; d >= 0; d-- {
		best := 0
		for v := 1; v < m.V; v++ {
			if m.mask[e*m.D+d+1]&(1<<v) != 0 {
				best = max(best, p.levels[(d+1)*m.V+v])
			}
		}
		p.remain[d] = p.remain[d+1] + best
	}
	p.ok = true
	return p
}

func (p *rowDP) idx(v, l, w, mm int) int { return ((v*p.L+l)*p.W2+w)*p.M + mm }

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
	// Minute levels still needed to reach MinMinutes must be attainable in
	// the remaining days: minLevel - mm <= remain[d].
	minLevel := (int(r.minMin) + p.G - 1) / p.G
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
		if minLevel-mm > p.remain[0] {
			continue
		}
		s := p.idx(v, 0, w, mm)
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
		for _, s32 := range active {
			s := int(s32)
			cs := cost[s]
			cost[s] = dpInf // leave the buffer clean for the next day
			mm := s % p.M
			rest := s / p.M
			w := rest % p.W2
			rest /= p.W2
			l := rest % p.L
			u := rest / p.L
			ln := l + 1 // block length so far
			fromStart := ln == d && ln < p.L
			wc, flag := w>>1, w&1
			if wkd < 0 || newGroup {
				flag = 0
			}
			for v := 0; v < V; v++ {
				if cell&(1<<v) == 0 {
					continue
				}
				nl, nw, nm := 0, wc<<1|flag, mm
				if v != 0 {
					nm += p.levels[d*V+v]
					if nm >= p.M || minLevel-nm > p.remain[d] {
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
					if minLevel-nm > p.remain[d] {
						continue
					}
				}
				ns := p.idx(v, nl, nw, nm)
				if c := cs + sc.c[d*V+v]; c < next[ns] {
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
		minutes := int32((s % p.M) * p.G)
		if minutes < r.minMin || (r.maxMin >= 0 && minutes > r.maxMin) {
			continue
		}
		if r.minutesW != 0 {
			dev := minutes - r.target
			if dev < 0 {
				dev = -dev
			}
			cs += int64(r.minutesW * ((dev + 59) / 60))
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
		out[d] = uint8(s / (p.M * p.W2 * p.L))
		if d > 0 {
			s = int(sc.back[d*p.states+s])
		}
	}
	return best
}
