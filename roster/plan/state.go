package plan

// state is a full assignment with incremental bookkeeping.
type state struct {
	m       *model
	x       []uint8 // [e*D+d]
	cnt     []int32 // [d*V+v]: employees on value v on day d
	rowHard []int32
	rowSoft []int32
	hard    int64 // sum of rowHard
	soft    int64 // sum of rowSoft + coverage cost
}

// newState builds the bookkeeping for x (which it takes over).
func newState(m *model, x []uint8) *state {
	s := &state{m: m, x: x, cnt: make([]int32, m.D*m.V),
		rowHard: make([]int32, m.E), rowSoft: make([]int32, m.E)}
	s.recompute()
	return s
}

// recompute recomputes all bookkeeping from x.
func (s *state) recompute() {
	m := s.m
	clear(s.cnt)
	s.hard, s.soft = 0, 0
	for e := 0; e < m.E; e++ {
		row := s.x[e*m.D : (e+1)*m.D]
		h, so := m.rowEval(e, row)
		s.rowHard[e], s.rowSoft[e] = h, so
		s.hard += int64(h)
		s.soft += int64(so)
		for d, v := range row {
			s.cnt[d*m.V+int(v)]++
		}
	}
	s.soft += s.coverCost()
}

// coverCost computes the coverage cost from the counters.
func (s *state) coverCost() int64 {
	m := s.m
	var c int64
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			i := d*m.V + v
			n, r := s.cnt[i], m.req[i]
			if n < r {
				c += int64(m.under[i] * (r - n))
			} else {
				c += int64(m.over[i] * (n - r))
			}
		}
	}
	return c
}

// score is the search objective: soft cost plus weighted hard penalty.
func (s *state) score() int64 { return s.soft + s.m.hardW*s.hard }

func (s *state) row(e int) []uint8 { return s.x[e*s.m.D : (e+1)*s.m.D] }

// initial returns the start assignment: fixed cells as given, all others off
// or taken from init where allowed.
func initial(m *model, init [][]int) []uint8 {
	x := make([]uint8, m.E*m.D)
	for i := range x {
		if m.mask[i]&1 == 0 { // off not allowed: a fixed shift
			x[i] = m.domain[i][0]
		}
	}
	for e := 0; e < m.E && e < len(init); e++ {
		for d := 0; d < m.D && d < len(init[e]); d++ {
			v := init[e][d] + 1
			if v >= 0 && v < m.V && m.mask[e*m.D+d]&(1<<v) != 0 {
				x[e*m.D+d] = uint8(v)
			}
		}
	}
	return x
}
