package plan

import "math/bits"

// model is the compiled, flat form of a Problem used by the search. Cell
// values are 0 for off and 1+s for shift s.
type model struct {
	E, D, V          int       // employees, days, values (shift types + 1)
	mask             []uint64  // [e*D+d]: bit v set if value v is allowed
	domain           [][]uint8 // [e*D+d]: the allowed values
	cellCost         []int32   // [(e*D+d)*V+v]
	minutes          []int32   // [d*V+v]
	follow           []bool    // [u*V+v]: v may not follow u
	weekendOf        []int8    // [d]: weekend index, -1 if none (first group wins)
	weekendMask      [][]uint64
	req, under, over []int32 // [d*V+v]
	emp              []empRules
	unit             int32 // minutes per hard penalty unit for total minutes
	hardW            int64 // penalty weight per hard unit during the search
}

type empRules struct {
	maxShifts        []int32 // [v], -1 unlimited (index 0 unused)
	minMin, maxMin   int32   // maxMin -1: none
	maxCons, minCons int32
	minOff           int32
	maxWeekends      int32 // -1: none
	target, minutesW int32
	tolerance        int32 // hard units already caused by locked cells
}

func compile(p *Problem) *model {
	E, D, V := len(p.Employees), p.Days, len(p.Shifts)+1
	m := &model{E: E, D: D, V: V,
		mask: make([]uint64, E*D), domain: make([][]uint8, E*D),
		cellCost: make([]int32, E*D*V), minutes: make([]int32, D*V),
		follow: make([]bool, V*V), weekendOf: make([]int8, D),
		req: make([]int32, D*V), under: make([]int32, D*V), over: make([]int32, D*V),
		emp: make([]empRules, E),
	}
	m.unit = 0
	for d := 0; d < D; d++ {
		for s, sh := range p.Shifts {
			min := sh.Minutes
			if p.Minutes != nil && p.Minutes[d] != nil {
				min = p.Minutes[d][s]
			}
			m.minutes[d*V+s+1] = int32(min)
			if min > 0 && (m.unit == 0 || int32(min) < m.unit) {
				m.unit = int32(min)
			}
		}
	}
	if m.unit == 0 {
		m.unit = 1
	}
	for s, sh := range p.Shifts {
		for _, c := range sh.CannotFollow {
			m.follow[(s+1)*V+c+1] = true
		}
	}
	for d := range m.weekendOf {
		m.weekendOf[d] = -1
	}
	for k := len(p.Weekends) - 1; k >= 0; k-- {
		for _, d := range p.Weekends[k] {
			m.weekendOf[d] = int8(k)
		}
	}
	var maxCover int32
	for d, row := range p.Cover {
		for s, c := range row {
			i := d*V + s + 1
			m.req[i], m.under[i], m.over[i] = int32(c.Required), int32(c.Under), int32(c.Over)
			maxCover = max(maxCover, int32(c.Under), int32(c.Over))
		}
	}
	var maxCost int32
	for e := range p.Employees {
		pe := &p.Employees[e]
		r := &m.emp[e]
		r.maxShifts = make([]int32, V)
		for v := 1; v < V; v++ {
			r.maxShifts[v] = -1
			if pe.MaxShifts != nil {
				r.maxShifts[v] = int32(pe.MaxShifts[v-1])
			}
		}
		r.minMin, r.maxMin = int32(pe.MinMinutes), int32(pe.MaxMinutes)
		r.maxCons, r.minCons, r.minOff = int32(pe.MaxConsecutive), int32(pe.MinConsecutive), int32(pe.MinConsecutiveOff)
		r.maxWeekends = int32(pe.MaxWeekends)
		r.target, r.minutesW = int32(pe.TargetMinutes), int32(pe.MinutesWeight)
		r.tolerance = int32(pe.Tolerance)
		for d := 0; d < D; d++ {
			i := e*D + d
			var mk uint64
			fixed := Free
			if pe.Fixed != nil {
				fixed = pe.Fixed[d]
			}
			switch {
			case fixed == Off:
				mk = 1
			case fixed >= 0:
				mk = 1 << (fixed + 1)
			default:
				mk = 1
				for v := 1; v < V; v++ {
					if r.maxShifts[v] == 0 || (pe.Forbidden != nil && pe.Forbidden[d] != nil && pe.Forbidden[d][v-1]) {
						continue
					}
					mk |= 1 << v
				}
			}
			m.mask[i] = mk
			for v := 0; v < V; v++ {
				if mk&(1<<v) != 0 {
					m.domain[i] = append(m.domain[i], uint8(v))
				}
			}
			if pe.Cost != nil && pe.Cost[d] != nil {
				var cmax int32
				for v := 0; v < V; v++ {
					c := int32(pe.Cost[d][v])
					m.cellCost[i*V+v] = c
					cmax = max(cmax, c)
				}
				maxCost = max(maxCost, cmax)
			}
		}
	}
	m.hardW = int64(2*(maxCover+maxCost)) + 10
	return m
}

// free reports whether cell i has more than one allowed value.
func (m *model) free(i int) bool { return bits.OnesCount64(m.mask[i]) > 1 }

// rowEval returns the hard penalty units and the soft cost of employee e's
// row (cell costs and minutes deviation; coverage is counted per column).
func (m *model) rowEval(e int, row []uint8) (hard, soft int32) {
	r := &m.emp[e]
	V := m.V
	var cnt [64]int32
	var minutes int32
	var wk uint64
	cost := m.cellCost[e*m.D*V:]
	prev := uint8(0)
	runStart := 0
	for d, v := range row {
		soft += cost[d*V+int(v)]
		if d > 0 && (v != 0) != (prev != 0) {
			hard += m.closeRun(r, prev != 0, runStart, d-runStart, false)
			runStart = d
		}
		if v != 0 {
			cnt[v]++
			minutes += m.minutes[d*V+int(v)]
			if w := m.weekendOf[d]; w >= 0 {
				wk |= 1 << uint(w)
			}
			if prev != 0 && m.follow[int(prev)*V+int(v)] {
				hard++
			}
		}
		prev = v
	}
	hard += m.closeRun(r, prev != 0, runStart, len(row)-runStart, true)
	for v := 1; v < V; v++ {
		if mx := r.maxShifts[v]; mx >= 0 && cnt[v] > mx {
			hard += cnt[v] - mx
		}
	}
	if minutes < r.minMin {
		hard += (r.minMin - minutes + m.unit - 1) / m.unit
	}
	if r.maxMin >= 0 && minutes > r.maxMin {
		hard += (minutes - r.maxMin + m.unit - 1) / m.unit
	}
	if r.maxWeekends >= 0 {
		if n := int32(bits.OnesCount64(wk)); n > r.maxWeekends {
			hard += n - r.maxWeekends
		}
	}
	hard = max(hard-r.tolerance, 0)
	if r.minutesW != 0 {
		dev := minutes - r.target
		if dev < 0 {
			dev = -dev
		}
		soft += r.minutesW * ((dev + 59) / 60)
	}
	return hard, soft
}

// closeRun returns the penalty of a block of n working days (or days off)
// starting at start; atEnd tells whether it touches the last day.
func (m *model) closeRun(r *empRules, working bool, start, n int, atEnd bool) int32 {
	inner := start > 0 && !atEnd
	n32 := int32(n)
	var h int32
	if working {
		if r.maxCons > 0 && n32 > r.maxCons {
			h += n32 - r.maxCons
		}
		if inner && n32 < r.minCons {
			h += r.minCons - n32
		}
	} else if inner && n32 < r.minOff {
		h += r.minOff - n32
	}
	return h
}

// coverAdd is the cost change of adding one employee to (d, v) with n
// already on it; coverRemove of removing one of n.
func (m *model) coverAdd(i int, n int32) int32 {
	if n < m.req[i] {
		return -m.under[i]
	}
	return m.over[i]
}

func (m *model) coverRemove(i int, n int32) int32 {
	if n <= m.req[i] {
		return m.under[i]
	}
	return -m.over[i]
}
