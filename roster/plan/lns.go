package plan

// Multi-row ruin and recreate: a large neighbourhood move over the rows of
// a few employees at once.

// lnsState holds the buffers of the multi-row move.
type lnsState struct {
	dpEmps []int   // employees the row programme applies to
	d0, d1 int     // the window of the current move: days [d0, d1)
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
const lnsMaxRows = 8

// Tuning of the multi-row move (variables so that experiments can set them).
var (
	// lnsDefaultEvery is the default of Options.LNSEvery.
	lnsDefaultEvery int64 = 1000
	// lnsWorkPerMove caps the row programme's share of the search including
	// the multi-row moves: they run only while the programme's total work
	// (state expansions) stays below this many per move attempt.
	lnsWorkPerMove int64 = 10
	// lnsTargeted is the percentage of multi-row moves that pick employees
	// who could fill an under-covered (day, shift).
	lnsTargeted = 50
	// lnsRounds is the number of extra rounds in which every picked row is
	// re-optimised given the others after the first insertion.
	lnsRounds = 0
	// lnsRowsMax is the most rows a whole-row move rebuilds (at least 2).
	lnsRowsMax = 4
	// lnsWindowPct is the percentage of multi-row moves that rebuild only a
	// window of lnsWinMin to lnsWinMax days, of lnsWinRowsMin to lnsMaxRows
	// employees.
	lnsWindowPct, lnsWinMin, lnsWinMax, lnsWinRowsMin = 0, 7, 14, 3
	// lnsGreedy accepts a multi-row move only if it does not worsen.
	lnsGreedy = false
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

// ruinRecreate picks a few employees, sets their free cells to off (ruin),
// either all of them or those in a window of days, then inserts them again
// one by one in random order, each with the cheapest row given all other
// rows (the row programme; outside the window the row is kept). The
// compound move is accepted or rejected as a whole.
func (w *worker) ruinRecreate() {
	m, s := w.m, w.s
	l := &w.lns
	if len(l.dpEmps) < 2 {
		return
	}
	D := m.D
	k, n := 2+w.rng.IntN(lnsRowsMax-1), D
	if w.rng.IntN(100) < lnsWindowPct {
		k = lnsWinRowsMin + w.rng.IntN(lnsMaxRows-lnsWinRowsMin+1)
		n = min(lnsWinMin+w.rng.IntN(lnsWinMax-lnsWinMin+1), D)
	}
	k = min(k, len(l.dpEmps))
	l.picks = l.picks[:0]
	day := -1
	if w.rng.IntN(100) < lnsTargeted {
		day = w.pickTargeted(k)
		for j := len(l.picks) - 1; j > 0; j-- {
			i := w.rng.IntN(j + 1)
			l.picks[i], l.picks[j] = l.picks[j], l.picks[i]
		}
	}
	for len(l.picks) < k {
		l.addPick(l.dpEmps[w.rng.IntN(len(l.dpEmps))])
	}
	// The window: random, or containing the targeted day.
	if day >= 0 {
		l.d0 = min(max(day-w.rng.IntN(n), 0), D-n)
	} else {
		l.d0 = w.rng.IntN(D - n + 1)
	}
	l.d1 = l.d0 + n
	before := s.score()
	for j, e := range l.picks {
		old := l.old[j*D : (j+1)*D]
		copy(old, s.row(e))
		ruined := w.buf
		copy(ruined, old)
		for d := l.d0; d < l.d1; d++ {
			if m.mask[e*D+d]&1 != 0 {
				ruined[d] = 0
			}
		}
		w.setRow(e, ruined)
	}
	// The picks are in random order: insert them in that order, then
	// re-optimise each again given the others for lnsRounds more rounds.
	for round := 0; round <= lnsRounds; round++ {
		for j, e := range l.picks {
			if !w.insertRow(e, l.old[j*D:(j+1)*D]) && round == 0 {
				w.setRow(e, l.old[j*D:(j+1)*D])
			}
		}
	}
	delta := s.score() - before
	if (lnsGreedy && delta > 0) || !w.accept(delta) {
		for j, e := range l.picks {
			w.setRow(e, l.old[j*D:(j+1)*D])
		}
		return
	}
	w.accepted()
}

// lnsForce is the extra cost that keeps a cell outside the window of a
// multi-row move at its value.
const lnsForce = 1 << 36

// insertRow sets employee e's row to the cheapest row given all other rows
// that keeps the cells outside the move's window as in old; it reports
// false when there is none.
func (w *worker) insertRow(e int, old []uint8) bool {
	m, l := w.m, &w.lns
	p := w.dps[e]
	sc := &w.scratch
	sc.ensure(m, p.states)
	w.marginal(e, 0)
	V := m.V
	for d := 0; d < m.D; d++ {
		if d >= l.d0 && d < l.d1 {
			continue
		}
		for v := 0; v < V; v++ {
			if v != int(old[d]) {
				sc.c[d*V+v] += lnsForce
			}
		}
	}
	if p.solve(sc) >= lnsForce {
		return false
	}
	w.setRow(e, sc.row)
	return true
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
// under-covered (day, shift) but do not work it now, and returns the day
// (-1 if there is no under-covered day).
func (w *worker) pickTargeted(k int) int {
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
		return -1
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
	return d
}
