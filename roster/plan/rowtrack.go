package plan

// rowTrack keeps the parts of one employee's hard penalty (rowEval's hard)
// so that the penalty after changing one cell is known without a pass over
// the whole row. The row repair (rowrepair.go) tries every value of 56 days
// per step; with rowEval each try walked the whole horizon, and on a long,
// wide shape (280 days, 31 types, 148 staff) the construction spent 80 % of
// half a minute in it before the first roster.
//
// The penalty has three parts. The counters' part (shifts per type, total
// minutes, weekends worked) moves by one cell. The successions' part
// (a shift the day after one it may not follow) changes only in the two
// pairs that hold d. The blocks' part (blocks of working days and of days
// off) changes only when d turns from work to off or back, and then only
// within the blocks around d: from the start of the block that holds d−1 to
// the end of the block that holds d+1. Their outer boundaries stay
// boundaries after the change (the days on either side of them are not d),
// so that part is recomputed over that stretch only, once per day tried:
// it is the same for every shift type.
type rowTrack struct {
	m   *model
	r   *empRules
	e   int
	row []uint8 // the tracked row (the caller's slice; change it with set)
	cnt [64]int32
	// cells is the sum of the row's cell costs (rowEval's soft without
	// the minutes' deviation).
	cells int32
	// minutes is the total worked; wkDays the working days per weekend and
	// weekends how many weekends have one; types the per-type maxima's
	// excess summed.
	minutes  int32
	wkDays   []int32
	weekends int32
	types    int32
	// blocks and follows are the blocks' and the successions' penalties
	// of the whole row.
	blocks, follows int32
	// The blocks' change when day flipD's status flips, valid while
	// version is flipVer (set changes version).
	version, flipVer int
	flipD            int
	flipDelta        int32
}

// newRowTrack tracks employee e's row.
func newRowTrack(m *model, e int, row []uint8) *rowTrack {
	t := &rowTrack{m: m, flipD: -1}
	nw := 0
	for _, w := range m.weekendOf {
		nw = max(nw, int(w)+1)
	}
	t.wkDays = make([]int32, nw)
	t.track(e, row)
	return t
}

// track makes t track employee e's row instead (reusing its memory).
func (t *rowTrack) track(e int, row []uint8) {
	t.e, t.r, t.row = e, &t.m.emp[e], row
	t.reset()
}

// reset recomputes everything from the row (after changes not made by set).
func (t *rowTrack) reset() {
	m := t.m
	clear(t.cnt[:])
	clear(t.wkDays)
	t.minutes, t.weekends, t.follows, t.cells = 0, 0, 0, 0
	cost := m.cellCost[t.e*m.D*m.V:]
	for d, v := range t.row {
		t.cells += cost[d*m.V+int(v)]
		if v == 0 {
			continue
		}
		t.cnt[v]++
		t.minutes += m.minutes[d*m.V+int(v)]
		if w := m.weekendOf[d]; w >= 0 {
			if t.wkDays[w] == 0 {
				t.weekends++
			}
			t.wkDays[w]++
		}
		if d > 0 {
			t.follows += t.follow(t.row[d-1], v)
		}
	}
	t.types = 0
	for v := 1; v < m.V; v++ {
		t.types += t.excess(v, t.cnt[v])
	}
	t.blocks = t.blockPart(0, len(t.row)-1)
	t.version++
}

// follow is 1 if shift v may not follow shift u the day after, else 0.
func (t *rowTrack) follow(u, v uint8) int32 {
	if u != 0 && v != 0 && t.m.follow[int(u)*t.m.V+int(v)] {
		return 1
	}
	return 0
}

// excess is the penalty of n shifts of type v.
func (t *rowTrack) excess(v int, n int32) int32 {
	if mx := t.r.maxShifts[v]; mx >= 0 && n > mx {
		return n - mx
	}
	return 0
}

// blockPart is the penalty of the blocks within days a..b, which must be
// block boundaries of the row (a = 0 or a block starts at a; b = the last
// day or a block ends at b).
func (t *rowTrack) blockPart(a, b int) int32 {
	m, row := t.m, t.row
	var h int32
	start := a
	for d := a + 1; d <= b; d++ {
		if (row[d] != 0) != (row[d-1] != 0) {
			h += m.closeRun(t.r, row[d-1] != 0, start, d-start, false)
			start = d
		}
	}
	return h + m.closeRun(t.r, row[b] != 0, start, b+1-start, b == len(row)-1)
}

// flipBlocks is the change of the blocks' part when day d turns from work
// to off or back.
func (t *rowTrack) flipBlocks(d int) int32 {
	if t.flipD == d && t.flipVer == t.version {
		return t.flipDelta
	}
	row := t.row
	a, b := d, d
	if d > 0 {
		a = d - 1
		for a > 0 && (row[a-1] != 0) == (row[d-1] != 0) {
			a--
		}
	}
	if d < len(row)-1 {
		b = d + 1
		for b < len(row)-1 && (row[b+1] != 0) == (row[d+1] != 0) {
			b++
		}
	}
	u := row[d]
	delta := -t.blockPart(a, b)
	if u == 0 {
		row[d] = 1 // any shift: blocks see only work or off
	} else {
		row[d] = 0
	}
	delta += t.blockPart(a, b)
	row[d] = u
	t.flipD, t.flipVer, t.flipDelta = d, t.version, delta
	return delta
}

// parts returns the penalty parts with day d changed to v (the row is left
// as it is).
func (t *rowTrack) parts(d int, v uint8) (blocks, follows, types, minutes, weekends int32) {
	m, row := t.m, t.row
	u := row[d]
	blocks, follows, types, minutes, weekends = t.blocks, t.follows, t.types, t.minutes, t.weekends
	if u == v {
		return
	}
	if (u == 0) != (v == 0) {
		blocks += t.flipBlocks(d)
	}
	if d > 0 {
		follows += t.follow(row[d-1], v) - t.follow(row[d-1], u)
	}
	if d < len(row)-1 {
		follows += t.follow(v, row[d+1]) - t.follow(u, row[d+1])
	}
	if u != 0 {
		types += t.excess(int(u), t.cnt[u]-1) - t.excess(int(u), t.cnt[u])
		minutes -= m.minutes[d*m.V+int(u)]
	}
	if v != 0 {
		types += t.excess(int(v), t.cnt[v]+1) - t.excess(int(v), t.cnt[v])
		minutes += m.minutes[d*m.V+int(v)]
	}
	if w := m.weekendOf[d]; w >= 0 {
		switch n := t.wkDays[w]; {
		case u == 0 && v != 0 && n == 0:
			weekends++
		case v == 0 && u != 0 && n == 1:
			weekends--
		}
	}
	return
}

// total is the hard penalty of the parts, as rowEval counts it.
func (t *rowTrack) total(blocks, follows, types, minutes, weekends int32) int32 {
	r, m := t.r, t.m
	h := blocks + follows + types
	if minutes < r.minMin {
		h += (r.minMin - minutes + m.unit - 1) / m.unit
	}
	if r.maxMin >= 0 && minutes > r.maxMin {
		h += (minutes - r.maxMin + m.unit - 1) / m.unit
	}
	if r.maxWeekends >= 0 && weekends > r.maxWeekends {
		h += weekends - r.maxWeekends
	}
	return max(h-r.tolerance, 0)
}

// hard is the row's hard penalty, as rowEval counts it.
func (t *rowTrack) hard() int32 {
	return t.total(t.blocks, t.follows, t.types, t.minutes, t.weekends)
}

// hardIf is the hard penalty the row would have with value v on day d; the
// row is left as it is.
func (t *rowTrack) hardIf(d int, v uint8) int32 {
	return t.total(t.parts(d, v))
}

// soft is the row's soft cost, as rowEval counts it, with the cells'
// costs summing to cells and minutes worked.
func (t *rowTrack) soft(cells, minutes int32) int32 {
	if w := t.r.minutesW; w != 0 {
		dev := minutes - t.r.target
		if dev < 0 {
			dev = -dev
		}
		cells += w * ((dev + 59) / 60)
	}
	return cells
}

// eval is rowEval of the tracked row.
func (t *rowTrack) eval() (hard, soft int32) {
	return t.hard(), t.soft(t.cells, t.minutes)
}

// cellCost is the cost of value v on day d of the tracked row.
func (t *rowTrack) cellCost(d int, v uint8) int32 {
	m := t.m
	return m.cellCost[(t.e*m.D+d)*m.V+int(v)]
}

// evalIf is rowEval of the row with value v on day d (the row is left as
// it is), without a pass over the row.
func (t *rowTrack) evalIf(d int, v uint8) (hard, soft int32) {
	blocks, follows, types, minutes, weekends := t.parts(d, v)
	cells := t.cells - t.cellCost(d, t.row[d]) + t.cellCost(d, v)
	return t.total(blocks, follows, types, minutes, weekends), t.soft(cells, minutes)
}

// set changes day d to value v and updates the parts.
func (t *rowTrack) set(d int, v uint8) {
	u := t.row[d]
	if u == v {
		return
	}
	t.blocks, t.follows, t.types, t.minutes, t.weekends = t.parts(d, v)
	t.cells += t.cellCost(d, v) - t.cellCost(d, u)
	t.row[d] = v
	t.cnt[u]--
	t.cnt[v]++
	if w := t.m.weekendOf[d]; w >= 0 && (u == 0) != (v == 0) {
		if v == 0 {
			t.wkDays[w]--
		} else {
			t.wkDays[w]++
		}
	}
	t.version++
}
