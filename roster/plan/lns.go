package plan

// Multi-row ruin and recreate: a large neighbourhood move over the rows of
// a few employees at once.

// lnsState holds the buffers of the multi-row move.
type lnsState struct {
	dpEmps []int   // employees the row programme applies to
	picks  []int   // the employees of the current move
	old    []uint8 // [j*D+d]: their rows before the move
}

func newLNSState(w *worker) lnsState {
	var l lnsState
	for e, p := range w.dps {
		if p.ok {
			l.dpEmps = append(l.dpEmps, e)
		}
	}
	l.picks = make([]int, 0, lnsMaxRows)
	l.old = make([]uint8, lnsMaxRows*w.m.D)
	return l
}

const (
	// lnsMaxRows is the largest number of rows one multi-row move rebuilds
	// (the smallest is 2).
	lnsMaxRows = 4
	// lnsDefaultEvery is the default of Options.LNSEvery.
	lnsDefaultEvery = 1000
	// lnsWorkPerMove caps the row programme's share of the search including
	// the multi-row moves: they run only while the programme's total work
	// (state expansions, see dpScratch.work) stays below this many per move
	// attempt. Single-row re-optimisation has the same cap (dpWorkPerMove),
	// so both share it.
	lnsWorkPerMove = 10
	// lnsTargetedPct is the percentage of multi-row moves that pick
	// employees who could fill an under-covered (day, shift); the others
	// pick employees at random.
	lnsTargetedPct = 50
)

// setRow replaces employee e's row by row and updates all bookkeeping
// (counters, coverage cost, row penalties) exactly.
func (w *worker) setRow(e int, row []uint8) {
	m, s := w.m, w.s
	x := s.row(e)
	changed := false
	for d, v := range row {
		if u := x[d]; u != v {
			s.soft += w.coverDelta(d, u, v)
			w.setCount(d, u, v)
			x[d] = v
			changed = true
		}
	}
	if changed {
		h, so := m.rowEval(e, x)
		w.commitRow(e, h, so)
	}
}

// ruinRecreate picks 2 to lnsMaxRows employees, sets all their free cells
// to off (ruin), then inserts them again one by one in random order, each
// with the cheapest row given all other rows (the row programme, see
// rowDP). The compound move is accepted or rejected as a whole, like any
// move; a rejected move restores the rows exactly.
func (w *worker) ruinRecreate() {
	m, s := w.m, w.s
	l := &w.lns
	if len(l.dpEmps) < 2 {
		return
	}
	D := m.D
	k := min(2+w.rng.IntN(lnsMaxRows-1), len(l.dpEmps))
	l.picks = l.picks[:0]
	if w.rng.IntN(100) < lnsTargetedPct {
		w.pickTargeted(k)
		for j := len(l.picks) - 1; j > 0; j-- {
			i := w.rng.IntN(j + 1)
			l.picks[i], l.picks[j] = l.picks[j], l.picks[i]
		}
	}
	for len(l.picks) < k {
		l.addPick(l.dpEmps[w.rng.IntN(len(l.dpEmps))])
	}
	before := s.score()
	for j, e := range l.picks {
		old := l.old[j*D : (j+1)*D]
		copy(old, s.row(e))
		ruined := w.buf
		for d, v := range old {
			ruined[d] = v
			if m.mask[e*D+d]&1 != 0 {
				ruined[d] = 0
			}
		}
		w.setRow(e, ruined)
	}
	// The picks are in random order: insert them in that order. A row the
	// programme finds no feasible row for gets its old row back.
	for j, e := range l.picks {
		if w.late() {
			// A row programme can take a tenth of a second or more (a
			// cleared row prunes little): past the turn's end the move is
			// dropped rather than finished (annealing turns of 0.75 s ran
			// 1.5 s over on Instance7).
			for k, f := range l.picks {
				w.setRow(f, l.old[k*D:(k+1)*D])
			}
			return
		}
		p := w.dps[e]
		sc := &w.scratch
		sc.ensure(m, p)
		w.marginal(e)
		if p.solve(sc) < dpInf {
			w.setRow(e, sc.row)
		} else {
			w.setRow(e, l.old[j*D:(j+1)*D])
		}
	}
	if !w.accept(s.score() - before) {
		for j, e := range l.picks {
			w.setRow(e, l.old[j*D:(j+1)*D])
		}
		return
	}
	w.accepted()
}

// addPick adds e to the picks unless it is there already.
func (l *lnsState) addPick(e int) {
	for _, f := range l.picks {
		if f == e {
			return
		}
	}
	l.picks = append(l.picks, e)
}

// pickTargeted picks up to k employees who could fill a random
// under-covered (day, shift) but do not work it now (none if every shift
// is covered).
func (w *worker) pickTargeted(k int) {
	m, s, l := w.m, w.s, &w.lns
	var n, pick int
	for i := range s.cnt {
		if i%m.V != 0 && s.cnt[i] < m.req[i] {
			n++
			if w.rng.IntN(n) == 0 {
				pick = i
			}
		}
	}
	if n == 0 {
		return
	}
	d, v := pick/m.V, pick%m.V
	var c int
	for _, e := range l.dpEmps {
		i := e*m.D + d
		if m.mask[i]&(1<<v) != 0 && int(s.x[i]) != v {
			c++
		}
	}
	// Choose k of the c candidates at random (selection sampling).
	need := min(k, c)
	for _, e := range l.dpEmps {
		if need == 0 {
			break
		}
		i := e*m.D + d
		if m.mask[i]&(1<<v) == 0 || int(s.x[i]) == v {
			continue
		}
		if w.rng.IntN(c) < need {
			l.picks = append(l.picks, e)
			need--
		}
		c--
	}
}
