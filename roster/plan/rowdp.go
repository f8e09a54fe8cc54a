package plan

import (
	"cmp"
	"math"
	"slices"
)

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
	// relax is the same programme without the shift counters (and, if that
	// is not small enough, without the weekend count): its costs to go bound
	// the full programme's when a solve only looks for cheap rows (nil if
	// too large). prunes tells that it is small enough to pay off in
	// pricing.
	relax  *rowDP
	prunes bool
	// trans tabulates next: [(d*blocks+block)*V+v] is the block after
	// working v on day d, or −1 (a block is value, block length and
	// weekend state); relBlock maps a block to the relaxation's.
	blocks   int
	trans    []int32
	relBlock []int32
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
	// limited asks solve for rows cheaper than limit only (see solve);
	// cells asks it to bound by the relaxation even where that does not pay
	// off; togo holds the relaxation's costs to go [d*relax.states+s].
	limited, cells bool
	limit          int64
	togo           []int64
	// seen holds per day the values of the states solve kept: a value not
	// seen is in no row cheaper than the limit.
	seen []uint64
}

func (sc *dpScratch) ensure(m *model, p *rowDP) {
	if len(sc.cost) < p.states {
		sc.clean = false
		sc.cost = make([]int64, p.states)
		sc.next = make([]int64, p.states)
		sc.back = make([]int32, m.D*p.states)
	}
	if p.relax != nil && len(sc.togo) < m.D*p.relax.states {
		sc.togo = make([]int64, m.D*p.relax.states)
	}
	sc.ensureCosts(m)
}

// ensureCosts allocates the per-day buffers (costs, row, seen values).
func (sc *dpScratch) ensureCosts(m *model) {
	if sc.c == nil {
		sc.c = make([]int64, m.D*m.V)
		sc.row = make([]uint8, m.D)
		sc.seen = make([]uint64, m.D)
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
func newRowDP(m *model, e int) *rowDP { return newRowDPCap(m, e, dpMaxBack, true) }

// newRowDPCap is newRowDP with maxBack back pointers at most, and without
// the relaxation (for bounded solves) unless relax.
func newRowDPCap(m *model, e int, maxBack int, relax bool) *rowDP {
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
	var room [][2]int // per binding type: its maximum and the days it could take
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
			room = append(room, [2]int{mx, days})
		}
	}
	// The tightest maxima (least share of the days they could take) get the
	// counters first: they bind most often, and their counters are the
	// smallest. Priced by penalties instead, a tight maximum made pricing
	// inexact on most rounds (Instance8: N at most 4 of 18 shifts was left
	// uncounted while E and L at most 14 took the two counters and the state
	// cap).
	order := make([]int, len(binding))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(room[a][0]*room[b][1], room[b][0]*room[a][1])
	})
	tight := make([]int, len(binding))
	for k, o := range order {
		tight[k] = binding[o]
	}
	binding = tight
	for n := min(len(binding), 2); n >= 0; n-- {
		p.countTypes(binding[:n])
		if p.states <= dpMaxStates && m.D*p.states <= maxBack {
			break
		}
	}
	if p.states > dpMaxStates || m.D*p.states > maxBack {
		return p
	}
	p.setLevels()
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
	p.tabulate()
	if relax {
		p.useRelax(p.pickRelaxation())
	}
	return p
}

// setLevels sets the minute levels of every value on every day.
func (p *rowDP) setLevels() {
	m := p.m
	p.levels = make([]int, m.D*m.V)
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			if !p.fromCounter(v) {
				p.levels[d*m.V+v] = int(m.minutes[d*m.V+v]) / p.G
			}
		}
	}
}

// pickRelaxation returns the relaxation without counters, or if that is
// not at most a relaxShare of p's size also without the weekend count, and
// true; if neither is small enough, the one without counters when it fits
// relaxMaxStates (for reduced-cost fixing, where it is worth its cost),
// and false.
func (p *rowDP) pickRelaxation() (*rowDP, bool) {
	for _, dropWeekends := range []bool{false, true} {
		if q := p.relaxation(dropWeekends); q.states*relaxShare <= p.states {
			return q, true
		}
	}
	if q := p.relaxation(false); q.states <= relaxMaxStates {
		return q, false
	}
	return nil, false
}

// relaxation returns p without shift counters (their minutes go to the
// minute levels) and, if dropWeekends, without the weekend count: every row
// p allows, it allows, at the same cost.
func (p *rowDP) relaxation(dropWeekends bool) *rowDP {
	q := *p
	q.relax, q.relBlock = nil, nil
	if dropWeekends && q.trackWeekends {
		q.trackWeekends, q.W2 = false, 2
	}
	q.countTypes(nil)
	q.setLevels()
	q.tabulate()
	return &q
}

// relaxShare is the least ratio of a programme's size to its relaxation's
// for bounding to pay off.
const relaxShare = 4

// relaxMaxStates caps a relaxation that is kept only for fixing.
const relaxMaxStates = 1 << 16

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

// dpMaxStates caps the state space of one employee's programme, dpMaxBack
// its back pointers over all days (4 bytes each, per scratch: 128 MB).
const (
	dpMaxStates = 1 << 18
	dpMaxBack   = 1 << 25
)

func (p *rowDP) idx(v, l, w, mm, c int) int { return (p.block(v, l, w)*p.M+mm)*p.C + c }

// block returns the block (value, block length − 1, weekend state) of a
// state; unblock splits it again.
func (p *rowDP) block(v, l, w int) int { return (v*p.L+l)*p.W2 + w }

func (p *rowDP) unblock(b int) (v, l, w int) { return b / p.W2 / p.L, b / p.W2 % p.L, b % p.W2 }

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
