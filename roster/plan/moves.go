package plan

// The moves. Each proposes a random change, evaluates its delta
// incrementally, and either applies it (simulated annealing acceptance) or
// reverts it. They never change a locked cell or assign a value outside a
// cell's domain.

// coverDelta is the coverage cost change of cell (d) going from u to v.
func (w *worker) coverDelta(d int, u, v uint8) int64 { return coverChange(w.s, d, u, v) }

// setCount moves one employee on day d from u to v in the counters.
func (w *worker) setCount(d int, u, v uint8) {
	V := w.m.V
	w.s.cnt[d*V+int(u)]--
	w.s.cnt[d*V+int(v)]++
}

// commitRow stores employee e's new row evaluation.
func (w *worker) commitRow(e int, h, so int32) {
	s := w.s
	s.hard += int64(h - s.rowHard[e])
	s.soft += int64(so - s.rowSoft[e])
	s.rowHard[e], s.rowSoft[e] = h, so
}

// change sets one free cell to another allowed value.
func (w *worker) change() {
	m, s := w.m, w.s
	i := w.free[w.rng.IntN(len(w.free))]
	dom := m.domain[i]
	u := s.x[i]
	v := dom[w.rng.IntN(len(dom))]
	if v == u {
		return
	}
	e, d := i/m.D, i%m.D
	dc := w.coverDelta(d, u, v)
	s.x[i] = v
	h, so := m.rowEval(e, s.row(e))
	delta := dc + int64(so-s.rowSoft[e]) + m.hardW*int64(h-s.rowHard[e])
	if !w.accept(delta) {
		s.x[i] = u
		return
	}
	w.setCount(d, u, v)
	s.soft += dc
	w.commitRow(e, h, so)
	w.accepted()
}

// swap exchanges the cells of two employees on one day; coverage is
// unchanged.
func (w *worker) swap() {
	m, s := w.m, w.s
	i1 := w.free[w.rng.IntN(len(w.free))]
	e1, d := i1/m.D, i1%m.D
	e2 := w.rng.IntN(m.E)
	if e2 == e1 {
		return
	}
	i2 := e2*m.D + d
	u1, u2 := s.x[i1], s.x[i2]
	if u1 == u2 || m.mask[i1]&(1<<u2) == 0 || m.mask[i2]&(1<<u1) == 0 {
		return
	}
	s.x[i1], s.x[i2] = u2, u1
	w.tryRows(e1, e2, 0, func() { s.x[i1], s.x[i2] = u1, u2 })
}

// blockSwap exchanges a block of consecutive days between two employees;
// coverage is unchanged.
func (w *worker) blockSwap() {
	m, s := w.m, w.s
	e1, e2 := w.rng.IntN(m.E), w.rng.IntN(m.E)
	if e1 == e2 {
		return
	}
	n := 2 + w.rng.IntN(min(m.D, w.maxBlock)-1)
	d0 := w.rng.IntN(m.D - n + 1)
	diff := false
	for d := d0; d < d0+n; d++ {
		i1, i2 := e1*m.D+d, e2*m.D+d
		u1, u2 := s.x[i1], s.x[i2]
		if m.mask[i1]&(1<<u2) == 0 || m.mask[i2]&(1<<u1) == 0 {
			return
		}
		diff = diff || u1 != u2
	}
	if !diff {
		return
	}
	swapBlock := func() {
		for d := d0; d < d0+n; d++ {
			i1, i2 := e1*m.D+d, e2*m.D+d
			s.x[i1], s.x[i2] = s.x[i2], s.x[i1]
		}
	}
	swapBlock()
	w.tryRows(e1, e2, 0, swapBlock)
}

// tryRows evaluates rows e1 and e2 after a change with coverage delta dc
// that was already made in x; it commits or calls revert.
func (w *worker) tryRows(e1, e2 int, dc int64, revert func()) bool {
	m, s := w.m, w.s
	h1, so1 := m.rowEval(e1, s.row(e1))
	h2, so2 := m.rowEval(e2, s.row(e2))
	dh := int64(h1-s.rowHard[e1]) + int64(h2-s.rowHard[e2])
	ds := int64(so1-s.rowSoft[e1]) + int64(so2-s.rowSoft[e2]) + dc
	if !w.accept(ds + m.hardW*dh) {
		revert()
		return false
	}
	w.commitRow(e1, h1, so1)
	w.commitRow(e2, h2, so2)
	w.accepted()
	return true
}

// blockSet sets a block of consecutive days of one employee to one value
// (all off, or all the same shift).
func (w *worker) blockSet() {
	m, s := w.m, w.s
	e := w.rng.IntN(m.E)
	n := 1 + w.rng.IntN(min(m.D, 4))
	d0 := w.rng.IntN(m.D - n + 1)
	v := uint8(w.rng.IntN(m.V))
	var dc int64
	changed := false
	for d := d0; d < d0+n; d++ {
		i := e*m.D + d
		if m.mask[i]&(1<<v) == 0 {
			return
		}
		if u := s.x[i]; u != v {
			dc += w.coverDelta(d, u, v)
			changed = true
		}
	}
	if !changed {
		return
	}
	old := w.buf[:n]
	copy(old, s.x[e*m.D+d0:])
	for d := d0; d < d0+n; d++ {
		s.x[e*m.D+d] = v
	}
	h, so := m.rowEval(e, s.row(e))
	delta := dc + int64(so-s.rowSoft[e]) + m.hardW*int64(h-s.rowHard[e])
	if !w.accept(delta) {
		copy(s.x[e*m.D+d0:], old)
		return
	}
	for k, u := range old {
		if u != v {
			w.setCount(d0+k, u, v)
		}
	}
	s.soft += dc
	w.commitRow(e, h, so)
	w.accepted()
}

// recreate replaces employee e's row by the cheapest feasible row given all
// other employees (rowDP), then accepts or rejects it like any move.
func (w *worker) recreate(e int) {
	m, s := w.m, w.s
	p := w.dps[e]
	if !p.ok {
		return
	}
	sc := &w.scratch
	sc.ensure(m, p)
	row := s.row(e)
	w.marginal(e)
	if p.solve(sc) >= dpInf {
		return
	}
	var dc int64
	changed := false
	for d, v := range sc.row {
		if u := row[d]; u != v {
			dc += w.coverDelta(d, u, v)
			changed = true
		}
	}
	if !changed {
		return
	}
	old := w.old
	copy(old, row)
	copy(row, sc.row)
	h, so := m.rowEval(e, row)
	delta := dc + int64(so-s.rowSoft[e]) + m.hardW*int64(h-s.rowHard[e])
	if !w.accept(delta) {
		copy(row, old)
		return
	}
	for d, u := range old {
		if v := row[d]; u != v {
			w.setCount(d, u, v)
		}
	}
	s.soft += dc
	w.commitRow(e, h, so)
	w.accepted()
}

// marginal fills the row programme's costs for employee e: the cell cost of
// every value plus the coverage cost change of adding e to it, given all
// other rows.
func (w *worker) marginal(e int) {
	m, s := w.m, w.s
	sc := &w.scratch
	V := m.V
	row := s.row(e)
	for d := 0; d < m.D; d++ {
		cell := (e*m.D + d) * V
		for v := 0; v < V; v++ {
			c := int64(m.cellCost[cell+v])
			if v != 0 {
				i := d*V + v
				n := s.cnt[i]
				if row[d] == uint8(v) {
					n--
				}
				c += int64(m.coverAdd(i, n))
			}
			sc.c[d*V+v] = c
		}
	}
}

// doubleSwap exchanges the cells of two employees on two days at once, so
// that each keeps her number of shifts when one works on the first day and
// the other on the second: coverage is unchanged.
func (w *worker) doubleSwap() {
	m, s := w.m, w.s
	i1 := w.free[w.rng.IntN(len(w.free))]
	e1, d1 := i1/m.D, i1%m.D
	e2 := w.rng.IntN(m.E)
	d2 := d1 + 1 + w.rng.IntN(m.D-1)
	if d2 >= m.D {
		d2 -= m.D
	}
	if e2 == e1 {
		return
	}
	a1, a2 := i1, e2*m.D+d1
	b1, b2 := e1*m.D+d2, e2*m.D+d2
	u1, u2, v1, v2 := s.x[a1], s.x[a2], s.x[b1], s.x[b2]
	if u1 == u2 || v1 == v2 ||
		m.mask[a1]&(1<<u2) == 0 || m.mask[a2]&(1<<u1) == 0 ||
		m.mask[b1]&(1<<v2) == 0 || m.mask[b2]&(1<<v1) == 0 {
		return
	}
	s.x[a1], s.x[a2], s.x[b1], s.x[b2] = u2, u1, v2, v1
	w.tryRows(e1, e2, 0, func() { s.x[a1], s.x[a2], s.x[b1], s.x[b2] = u1, u2, v1, v2 })
}
