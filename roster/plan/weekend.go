package plan

import "math/rand/v2"

// The weekend trade: a compound move for problems where the maximum number
// of working weekends binds (Curtois 13, 15, 19, 20: every employee at her
// maximum, the cost is shifts short on weekends). A split weekend (only
// part of it worked) spends a whole weekend of the maximum for one shift.
// The trade takes the one shift of employee B's split weekend k (day d,
// value v) and gives it to employee A, who already works another day of
// weekend k and is off on d: A's weekend k becomes whole, B gets weekend k
// back and spends it on a weekend gap elsewhere (day g, value u short of
// cover, B off on g and not working g's weekend). Three cells over two
// rows; the cover on d does not change, the gap on g is filled.

// weekendEvery is the number of annealing iterations between two weekend
// trades (when the problem has a weekend maximum). A trade comes on top of
// that iteration's move.
const weekendEvery = 64

// weekendTries bounds the (B, A) pairs one trade evaluates.
const weekendTries = 8

// weekendTrade holds what the move needs about the weekends of a model.
type weekendTrade struct {
	rng    *rand.Rand // its own: where no trade is kept, the annealing's path stays as without it
	groups [][]int    // [k]: the days of weekend k, as the model counts them
	active bool       // some employee has a weekend maximum
	gaps   []int      // scratch: cells g*V+u short of cover on weekend days
	cands  []int      // scratch: employees
	emps   []int      // scratch: the employees in random order
	weeks  []int      // scratch: the weekends in random order
}

// perm fills dst with 0..n-1 in the random order rand.Perm(n) would give
// from the same generator state (Perm shuffles the same way), without
// allocating on every trade.
func (t *weekendTrade) perm(dst []int, n int) []int {
	dst = dst[:0]
	for i := range n {
		dst = append(dst, i)
	}
	t.rng.Shuffle(n, func(i, j int) { dst[i], dst[j] = dst[j], dst[i] })
	return dst
}

// newWeekendTrade collects the weekend groups of m.
func newWeekendTrade(m *model, seed, k uint64) *weekendTrade {
	t := &weekendTrade{rng: rand.New(rand.NewPCG(seed, 0x7eeca5e^k))}
	for d, k := range m.weekendOf {
		if k < 0 {
			continue
		}
		for len(t.groups) <= int(k) {
			t.groups = append(t.groups, nil)
		}
		t.groups[k] = append(t.groups[k], d)
	}
	for e := range m.emp {
		if m.emp[e].maxWeekends >= 0 {
			t.active = len(t.groups) > 0
		}
	}
	return t
}

// due reports whether the annealing's iteration it is a weekend trade.
func (t *weekendTrade) due(it int64) bool {
	return t != nil && t.active && it%weekendEvery == weekendEvery/3
}

// worked returns how many days of weekend k row works and one of them.
func (t *weekendTrade) worked(row []uint8, k int) (n, day int) {
	day = -1
	for _, d := range t.groups[k] {
		if row[d] != 0 {
			n++
			day = d
		}
	}
	return n, day
}

// weekendTrade tries one trade for a random weekend gap and keeps the
// first that does not raise the score and adds no hard penalty to either
// row. It draws from its own generator and never accepts a worse roster,
// so where no trade is kept the annealing follows the same path as
// without it.
func (w *worker) weekendTrade() {
	m, s := w.m, w.s
	t := w.wk
	if !t.active {
		return
	}
	V := m.V
	t.gaps = t.gaps[:0]
	for _, days := range t.groups {
		for _, g := range days {
			for u := 1; u < V; u++ {
				if i := g*V + u; s.cnt[i] < m.req[i] && m.under[i] > 0 {
					t.gaps = append(t.gaps, i)
				}
			}
		}
	}
	if len(t.gaps) == 0 {
		return
	}
	gi := t.gaps[t.rng.IntN(len(t.gaps))]
	g, u := gi/V, uint8(gi%V)
	kg := int(m.weekendOf[g])
	tries := 0
	t.emps = t.perm(t.emps, m.E)
	for _, b := range t.emps {
		ib := b*m.D + g
		if s.x[ib] != 0 || m.mask[ib]&(1<<u) == 0 {
			continue
		}
		rowB := s.row(b)
		if n, _ := t.worked(rowB, kg); n != 0 {
			continue // a plain change fills this gap
		}
		// B's split weekends with exactly one day worked.
		t.weeks = t.perm(t.weeks, len(t.groups))
		for _, k := range t.weeks {
			if k == kg || len(t.groups[k]) < 2 {
				continue
			}
			n, d := t.worked(rowB, k)
			if n != 1 {
				continue
			}
			v := rowB[d]
			if m.mask[b*m.D+d]&1 == 0 {
				continue // locked
			}
			if a := w.weekendTaker(k, d, v, b); a >= 0 {
				if w.tryWeekendTrade(a, b, d, v, g, u) {
					return
				}
				if tries++; tries >= weekendTries {
					return
				}
			}
		}
	}
}

// weekendTaker returns a random employee other than b who works another
// day of weekend k, is off on d and may work v there; -1 if none.
func (w *worker) weekendTaker(k, d int, v uint8, b int) int {
	m, s, t := w.m, w.s, w.wk
	t.cands = t.cands[:0]
	for a := 0; a < m.E; a++ {
		ia := a*m.D + d
		if a == b || s.x[ia] != 0 || m.mask[ia]&(1<<v) == 0 {
			continue
		}
		if n, _ := t.worked(s.row(a), k); n > 0 {
			t.cands = append(t.cands, a)
		}
	}
	if len(t.cands) == 0 {
		return -1
	}
	return t.cands[t.rng.IntN(len(t.cands))]
}

// tryWeekendTrade makes the trade (A takes v on d from B, B takes u on g),
// evaluates it exactly and keeps it if the score does not rise and the
// hard penalty of neither row rises; otherwise it undoes it.
func (w *worker) tryWeekendTrade(a, b, d int, v uint8, g int, u uint8) bool {
	m, s := w.m, w.s
	ia, ib, ig := a*m.D+d, b*m.D+d, b*m.D+g
	dc := w.coverDelta(g, 0, u) // d's cover does not change
	s.x[ia], s.x[ib], s.x[ig] = v, 0, u
	ha, sa := m.rowEval(a, s.row(a))
	hb, sb := m.rowEval(b, s.row(b))
	dh := int64(ha-s.rowHard[a]) + int64(hb-s.rowHard[b])
	ds := int64(sa-s.rowSoft[a]) + int64(sb-s.rowSoft[b]) + dc
	if ha > s.rowHard[a] || hb > s.rowHard[b] || ds+m.hardW*dh > 0 {
		s.x[ia], s.x[ib], s.x[ig] = 0, v, 0
		return false
	}
	w.setCount(g, 0, u)
	s.soft += dc
	w.commitRow(a, ha, sa)
	w.commitRow(b, hb, sb)
	w.accepted()
	return true
}
