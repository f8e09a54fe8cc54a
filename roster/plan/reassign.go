package plan

import (
	"context"
	"math"
	"time"
)

// Type re-assignment per day: who works on a day stays as it is, but the
// shift types of the day's working cells are re-assigned along chains. A
// chain takes one employee off type a₁ onto a₂, another off a₂ onto a₃, …,
// the last onto a_k: only a₁ loses one and a_k gains one, the types between
// keep their counts. A chain changes one cell per row, and a row's hard
// rules stay as they were when the new type may follow the day before and
// be followed by the day after, keeps the row within its maximum of that
// type and keeps its minutes within the limits (or no further outside):
// working days, blocks and weekends do not change. So every chain is
// exactly as feasible as the roster it starts from, and the best chain of a
// day is a shortest path over the (at most 63) types, with an edge a → b of
// the cheapest employee on a who may take b. On long horizons with many
// shift types the constructed rows are poor in cover mostly because their
// types do not match the day's demand (Instance22 after construction: 7 303
// shifts short and 8 286 over, with more than enough work days); the
// annealing's single-cell moves reach those chains rarely, since a year of
// 50 rows has 18 000 cells and a random change of type mostly breaks a
// succession or a maximum.

// typeChains holds the bookkeeping of a re-assignment sweep.
type typeChains struct {
	s      *state
	rowCnt []int32 // [e*V+v]: shifts of type v in row e
	rowMin []int32 // [e]: minutes of row e
	// per day: edge weights, the employee that realises each, distances.
	w    []int64 // [a*V+b]
	who  []int32 // [a*V+b]
	dist []int64 // [v]
	pred []int32 // [v]
}

func newTypeChains(s *state) *typeChains {
	m := s.m
	t := &typeChains{s: s, rowCnt: make([]int32, m.E*m.V), rowMin: make([]int32, m.E),
		w: make([]int64, m.V*m.V), who: make([]int32, m.V*m.V), dist: make([]int64, m.V), pred: make([]int32, m.V)}
	for e := 0; e < m.E; e++ {
		for d := 0; d < m.D; d++ {
			v := s.x[e*m.D+d]
			t.rowCnt[e*m.V+int(v)]++
			t.rowMin[e] += m.minutes[d*m.V+int(v)]
		}
	}
	return t
}

// minutesCost returns the hard units and the soft cost of row e's minutes
// at total mins (the minute terms of rowEval).
func (t *typeChains) minutesCost(e int, mins int32) (hard, soft int32) {
	m := t.s.m
	r := &m.emp[e]
	if mins < r.minMin {
		hard = (r.minMin - mins + m.unit - 1) / m.unit
	}
	if r.maxMin >= 0 && mins > r.maxMin {
		hard = (mins - r.maxMin + m.unit - 1) / m.unit
	}
	if r.minutesW != 0 {
		dev := mins - r.target
		if dev < 0 {
			dev = -dev
		}
		soft = r.minutesW * ((dev + 59) / 60)
	}
	return hard, soft
}

// moveCost returns the soft cost of moving employee e on day d from type a
// to type b (cell cost and minutes term), or ok false when that would
// break a rule of the row that holds now.
func (t *typeChains) moveCost(e, d int, a, b uint8) (int64, bool) {
	m, s := t.s.m, t.s
	i := e*m.D + d
	if m.mask[i]&(1<<b) == 0 {
		return 0, false
	}
	if d > 0 {
		if u := s.x[i-1]; u != 0 && m.follow[int(u)*m.V+int(b)] && !m.follow[int(u)*m.V+int(a)] {
			return 0, false
		}
	}
	if d+1 < m.D {
		if u := s.x[i+1]; u != 0 && m.follow[int(b)*m.V+int(u)] && !m.follow[int(a)*m.V+int(u)] {
			return 0, false
		}
	}
	if mx := m.emp[e].maxShifts[b]; mx >= 0 && t.rowCnt[e*m.V+int(b)] >= mx {
		return 0, false
	}
	old := t.rowMin[e]
	nw := old - m.minutes[d*m.V+int(a)] + m.minutes[d*m.V+int(b)]
	h0, s0 := t.minutesCost(e, old)
	h1, s1 := t.minutesCost(e, nw)
	if h1 > h0 {
		return 0, false
	}
	c := int64(m.cellCost[i*m.V+int(b)]-m.cellCost[i*m.V+int(a)]) + int64(s1-s0)
	return c, true
}

// day applies the best improving chain of day d, if any, and reports
// whether it did.
func (t *typeChains) day(d int) bool {
	m, s := t.s.m, t.s
	V := m.V
	const inf = math.MaxInt64 / 4
	for k := range t.w {
		t.w[k], t.who[k] = inf, -1
	}
	for e := 0; e < m.E; e++ {
		i := e*m.D + d
		a := s.x[i]
		if a == 0 || !m.free(i) {
			continue
		}
		for b := 1; b < V; b++ {
			if b == int(a) {
				continue
			}
			c, ok := t.moveCost(e, d, a, uint8(b))
			if ok && c < t.w[int(a)*V+b] {
				t.w[int(a)*V+b], t.who[int(a)*V+b] = c, int32(e)
			}
		}
	}
	// Bellman-Ford from a virtual source with an edge of cost
	// coverRemove(a) to every type a that someone works.
	for v := 0; v < V; v++ {
		t.dist[v], t.pred[v] = inf, -1
	}
	for a := 1; a < V; a++ {
		if n := s.cnt[d*V+a]; n > 0 {
			t.dist[a] = int64(m.coverRemove(d*V+a, n))
		}
	}
	for range V - 1 {
		changed := false
		for a := 1; a < V; a++ {
			if t.dist[a] >= inf {
				continue
			}
			for b := 1; b < V; b++ {
				if c := t.w[a*V+b]; c < inf && t.dist[a]+c < t.dist[b] {
					t.dist[b], t.pred[b] = t.dist[a]+c, int32(a)
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
	best, end := int64(0), -1
	for b := 1; b < V; b++ {
		if t.dist[b] >= inf || t.pred[b] < 0 {
			continue
		}
		if c := t.dist[b] + int64(m.coverAdd(d*V+b, s.cnt[d*V+b])); c < best {
			best, end = c, b
		}
	}
	if end < 0 {
		return false
	}
	// The path back to its start; a repeated type (a negative cycle on
	// the way) is not a chain.
	var path [64]int
	n := 0
	seen := uint64(0)
	for v := end; v >= 0 && n < V; v = int(t.pred[v]) {
		if seen&(1<<v) != 0 {
			return false
		}
		seen |= 1 << v
		path[n] = v
		n++
		if t.pred[v] < 0 {
			break
		}
	}
	if n < 2 {
		return false
	}
	// path[n-1] is the start a₁, path[0] the end; apply the moves and keep
	// them only when the exact change is an improvement.
	before := s.score()
	type mv struct {
		e    int
		a, b uint8
	}
	var moves [64]mv
	k := 0
	for j := n - 1; j >= 1; j-- {
		a, b := path[j], path[j-1]
		e := int(t.who[a*V+b])
		moves[k] = mv{e, uint8(a), uint8(b)}
		k++
	}
	for _, mv := range moves[:k] {
		t.set(mv.e, d, mv.b)
	}
	if s.score() >= before {
		for j := k - 1; j >= 0; j-- {
			t.set(moves[j].e, d, moves[j].a)
		}
		return false
	}
	return true
}

// set gives employee e value v on day d and updates all bookkeeping.
func (t *typeChains) set(e, d int, v uint8) {
	m, s := t.s.m, t.s
	i := e*m.D + d
	u := s.x[i]
	if u == v {
		return
	}
	V := m.V
	var dc int32
	if u != 0 {
		dc += m.coverRemove(d*V+int(u), s.cnt[d*V+int(u)])
	}
	s.cnt[d*V+int(u)]--
	if v != 0 {
		dc += m.coverAdd(d*V+int(v), s.cnt[d*V+int(v)])
	}
	s.cnt[d*V+int(v)]++
	s.soft += int64(dc)
	s.x[i] = v
	t.rowCnt[e*V+int(u)]--
	t.rowCnt[e*V+int(v)]++
	t.rowMin[e] += m.minutes[d*V+int(v)] - m.minutes[d*V+int(u)]
	h, so := m.rowEval(e, s.row(e))
	s.hard += int64(h - s.rowHard[e])
	s.soft += int64(so - s.rowSoft[e])
	s.rowHard[e], s.rowSoft[e] = h, so
}

// reassignTypes sweeps the days, applying improving chains (at most
// perDay per day and sweep), until a sweep improves nothing, ctx ends or
// deadline (if set) passes. It reports whether the score went down.
func (s *state) reassignTypes(ctx context.Context, deadline time.Time) bool {
	m := s.m
	if m.V < 3 {
		return false // one shift type: nothing to re-assign
	}
	t := newTypeChains(s)
	start := s.score()
	const perDay = 64
	for {
		improved := false
		for d := 0; d < m.D; d++ {
			if d&31 == 0 && (ctx.Err() != nil || (!deadline.IsZero() && !time.Now().Before(deadline))) {
				return s.score() < start
			}
			for range perDay {
				if !t.day(d) {
					break
				}
				improved = true
			}
		}
		if !improved {
			break
		}
	}
	return s.score() < start
}
