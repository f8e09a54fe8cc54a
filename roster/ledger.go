package roster

import (
	"cmp"
	"slices"
)

// This file holds the contract ledger: per member and day the contract
// hours, the planned contract hours and the absence hours. The SLACK and
// CONTRACT rules (roster/rules) and the realisation (roster/pay) sum it.

// Ledger is one member's contract ledger over a range of dates: per day the
// contract hours (weekly hours / 7 on active days), the planned contract
// hours of shifts (sleep shifts at half), and the hours of absences.
type Ledger struct {
	From     Date      // the first date of the range
	Contract []float64 // per day: contract hours (weekly hours / 7)
	Shifts   []float64 // per day: contract hours of the shifts that start on it
	Absence  []float64 // per day: hours of the first absence that covers it
}

// Fill computes the ledger of m over w from the member's shifts (any order,
// any dates) and the plan's absences. A shift vacated by a sick report counts
// as sick hours unless an absence covers that day already.
func (l *Ledger) Fill(h *House, m *Member, shifts []Shift, w Window) {
	n := w.Days()
	l.From = w.From
	l.Contract = resize(l.Contract, n)
	l.Shifts = resize(l.Shifts, n)
	l.Absence = resize(l.Absence, n)
	lo, hi := 0, n-1 // the days of w on which m is active
	if m.ActiveFrom != nil {
		lo = max(lo, int(*m.ActiveFrom)-int(w.From))
	}
	if m.ActiveTo != nil {
		hi = min(hi, int(*m.ActiveTo)-int(w.From))
	}
	if len(m.Contract) == 1 { // the usual case: HoursOn without a loop per day
		c := &m.Contract[0]
		v := c.HoursPerWeek / 7
		for i := max(lo, int(c.From)-int(w.From)); i <= hi; i++ {
			l.Contract[i] = v
		}
	} else {
		for i := lo; i <= hi; i++ {
			l.Contract[i] = m.HoursOn(w.From+Date(i)) / 7
		}
	}
	for ai := range h.Plan.Absences {
		a := &h.Plan.Absences[ai]
		if a.Member != m.ID || a.To < w.From || a.From > w.To {
			continue
		}
		for d := max(a.From, w.From); d <= min(a.To, w.To); d++ {
			if i := int(d - w.From); l.Absence[i] == 0 {
				l.Absence[i] = AbsenceHours(a, m, d)
			}
		}
	}
	l.AddShifts(shifts)
}

// AddShifts adds the contract hours of the shifts that start within the
// ledger's range; call it after fill for shifts from another list.
func (l *Ledger) AddShifts(shifts []Shift) {
	for si := range shifts {
		s := &shifts[si]
		i := int(s.Date - l.From)
		if i < 0 || i >= len(l.Shifts) {
			continue
		}
		if !s.Worked() && l.Absence[i] > 0 {
			continue
		}
		l.Shifts[i] += s.ContractHours()
	}
}

// Sums returns contract and planned hours over p (whole ISO weeks inside the
// ledger's range). Absence hours count for at most the contract of their
// week: a member cannot be away for more hours than the contract holds.
func (l *Ledger) Sums(p Window) (contract, planned float64) {
	for mon := p.From.Monday(); mon <= p.To; mon += 7 {
		var c, s, a float64
		for d := mon; d < mon+7; d++ {
			if !p.Contains(d) {
				continue
			}
			i := int(d - l.From)
			if i < 0 || i >= len(l.Contract) {
				continue
			}
			c += l.Contract[i]
			s += l.Shifts[i]
			a += l.Absence[i]
		}
		contract += c
		planned += s + min(a, c)
	}
	return contract, planned
}

// MemberShifts returns the shifts of member id in shifts (sorted by member).
func MemberShifts(shifts []Shift, id int) []Shift {
	i, _ := slices.BinarySearchFunc(shifts, id, func(s Shift, id int) int { return cmp.Compare(s.Member, id) })
	j := i
	for j < len(shifts) && shifts[j].Member == id {
		j++
	}
	return shifts[i:j:j]
}

// GroupByMember splits shifts sorted by member into sub-slices per member.
func GroupByMember(shifts []Shift) map[int][]Shift {
	out := map[int][]Shift{}
	for i := 0; i < len(shifts); {
		j := i
		for j < len(shifts) && shifts[j].Member == shifts[i].Member {
			j++
		}
		out[shifts[i].Member] = shifts[i:j:j]
		i = j
	}
	return out
}

// ActiveIn reports whether m is a team member on some day of w.
func ActiveIn(m *Member, w Window) bool {
	if m.ActiveFrom != nil && *m.ActiveFrom > w.To {
		return false
	}
	if m.ActiveTo != nil && *m.ActiveTo < w.From {
		return false
	}
	return true
}

// resize returns a zeroed slice of length n, reusing buf when it can.
func resize(buf []float64, n int) []float64 {
	if cap(buf) < n {
		return make([]float64, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}
