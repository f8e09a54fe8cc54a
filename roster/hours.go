package roster

import (
	"time"
)

// This file holds a member's hours as the week screen and the year view
// show them: planned and contract hours over a window and the slack left in
// the balance period.

// BalanceWindow returns the balance period (Settings.BalanceWeeks ISO weeks,
// default 4) that contains d. Periods are counted in whole blocks of weeks
// from ISO week 1 of d's ISO year; the last block of a year runs to the
// year's last ISO week (so week 53 joins weeks 49–52).
func BalanceWindow(h *House, d Date) Window {
	n := h.Settings.BalanceWeeks
	if n <= 0 {
		n = 4
	}
	y, wk := d.ISOWeek()
	_, weeksInYear := NewDate(y, time.December, 28).ISOWeek() // 28 December is always in the last week
	blocks := max(weeksInYear/n, 1)
	idx := min((wk-1)/n, blocks-1)
	first, last := idx*n+1, idx*n+n
	if idx == blocks-1 {
		last = weeksInYear // a short rest of the year joins the last block
	}
	return Window{From: ISOWeekStart(y, first), To: ISOWeekStart(y, last) + 6}
}

// PlannedHours returns the contract hours planned for member over w: worked
// shifts (sleep hours at half, cao art. 8.3) plus the hours of absence days
// (leave and sickness fill contract time). A shift on an absence day counts
// once, as the absence.
func PlannedHours(h *House, member int, w Window) float64 {
	return PlannedHoursAt(h, member, w, nil)
}

// PlannedHoursAt is PlannedHours over the assignments at the indices idx (all
// assignments when idx is nil).
func PlannedHoursAt(h *House, member int, w Window, idx []int) float64 {
	m := h.Member(member)
	if m == nil {
		return 0
	}
	total := 0.0
	visit := func(a *Assignment) {
		if a.Member != member || !w.Contains(a.Date) || h.Plan.AbsenceOn(member, a.Date) != nil {
			return
		}
		s, err := h.ResolveAssignment(a)
		if err != nil || !s.Worked() {
			return
		}
		total += s.ContractHours()
	}
	if idx == nil {
		for i := range h.Plan.Assignments {
			visit(&h.Plan.Assignments[i])
		}
	} else {
		for _, i := range idx {
			visit(&h.Plan.Assignments[i])
		}
	}
	for d := w.From; d <= w.To; d++ {
		if ab := h.Plan.AbsenceOn(member, d); ab != nil && d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			total += AbsenceHours(ab, m, d)
		}
	}
	return total
}

// ContractHoursIn returns the member's contract hours over the whole weeks of
// w (each week at the contract valid on its Monday).
func ContractHoursIn(m *Member, w Window) float64 {
	total := 0.0
	for mon := w.From.Monday(); mon <= w.To; mon += 7 {
		total += m.HoursOn(mon)
	}
	return total
}

// SlackLeft returns how many hours can still be planned for member in the
// balance window bw before the deliberate slack is eaten (negative: over).
func SlackLeft(h *House, member int, bw Window) float64 {
	return SlackLeftAt(h, member, bw, nil)
}

// SlackLeftAt is SlackLeft over the assignments at the indices idx (all
// assignments when idx is nil).
func SlackLeftAt(h *House, member int, bw Window, idx []int) float64 {
	m := h.Member(member)
	if m == nil {
		return 0
	}
	limit := (1 - h.Settings.SlackPct/100) * ContractHoursIn(m, bw)
	return limit - PlannedHoursAt(h, member, bw, idx)
}
