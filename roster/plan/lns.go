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

// lnsMaxRows is the largest number of rows one multi-row move rebuilds.
const lnsMaxRows = 4

// Tuning of the multi-row move (variables so that experiments can set them).
var (
	// lnsDefaultEvery is the default of Options.LNSEvery.
	lnsDefaultEvery int64 = 1000
	// lnsWorkPerMove caps the row programme's share of the search including
	// the multi-row moves: they run only while the programme's total work
	// (state expansions) stays below this many per move attempt.
	lnsWorkPerMove int64 = 20
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
// with the cheapest row given all other rows (the row programme). The
// compound move is accepted or rejected as a whole.
func (w *worker) ruinRecreate() {
	m, s := w.m, w.s
	l := &w.lns
	if len(l.dpEmps) < 2 {
		return
	}
	k := min(2+w.rng.IntN(lnsMaxRows-1), len(l.dpEmps))
	l.picks = l.picks[:0]
	for len(l.picks) < k {
		e := l.dpEmps[w.rng.IntN(len(l.dpEmps))]
		dup := false
		for _, f := range l.picks {
			dup = dup || f == e
		}
		if !dup {
			l.picks = append(l.picks, e)
		}
	}
	before := s.score()
	D := m.D
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
	// The picks are in random order: insert them in that order.
	for j, e := range l.picks {
		p := w.dps[e]
		sc := &w.scratch
		sc.ensure(m, p.states)
		w.marginal(e, 0)
		if p.solve(sc) >= dpInf {
			w.setRow(e, l.old[j*D:(j+1)*D])
			continue
		}
		w.setRow(e, sc.row)
	}
	if !w.accept(s.score() - before) {
		for j, e := range l.picks {
			w.setRow(e, l.old[j*D:(j+1)*D])
		}
		return
	}
	w.accepted()
}
