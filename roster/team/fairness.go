package team

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// This file holds the fairness table: per member, how many of the heavier
// shifts they work against their contract share, and how many of their
// wishes the plan honours. It is for insight, never for policing; the cover
// finder and the planner may use it to prefer those below their share.
//
// # API
//
//   - [Fairness](h, w) → [FairnessTable] for any window; [FairnessPeriod]
//     (h, d) for the planning period that holds d, [FairnessYear](h, y) for a
//     calendar year. The table is deterministic: rows in team order.
//   - The same table is part of `huisrooster fte --json` ("fairness").
//
// # Definitions
//
// Counted are the shifts of the plan that start on a date of the window and
// are worked (not vacated by a sick report), the same shifts the fte
// realisation counts (realisation.go):
//
//   - Nights: night-cover shifts (slaapdienst, wakende nacht, live-in night).
//   - Weekends: shifts starting on a Saturday or Sunday.
//   - Holidays: shifts starting on a public holiday (cao art. 9.7, plus the
//     house's extra holidays).
//   - Lates: shifts that are no night cover and end after 21:00 ([LateAfter])
//     on their start date, or on a later date (past midnight). So the demo's
//     late shift L (15:00–23:00) is late, the day shift D (09:00–17:30) not.
//
// A shift can count in more than one column (a Saturday night is a night and
// a weekend shift). Off-group work (meetings, training) counts too: working a
// Saturday is working a Saturday.
//
// Expected share: for each column, the team total is divided over the
// members who can do that kind of shift, in proportion to their contract
// hours over the window (contract hours per week / 7 for every active day):
// expected = team total × member contract hours / contract hours of those
// who can. Who can:
//
//   - nights: an active member whose role can count as an opvoeder, who is
//     not pregnant, and whose flags allow one of the house's night-cover
//     shift types (a sleep shift unless NoSleepShifts; an awake night with
//     Nights; a live-in night with Nights and LiveIn);
//   - weekends, holidays, lates: an active member whose role can count as an
//     opvoeder (huishoudelijk ondersteuners and interns are not on the group).
//
// Members who cannot still show their count (it is what they worked) with
// expected 0 and Eligible false; the team total divided is that of those who
// can, so the expected figures add up to what the eligible members worked.
// Wishes: [WishesHonoured] over the window (a repeating wish counts once per
// date).

// LateAfter is the clock time after which a shift's end makes it a late
// shift for the fairness table.
const LateAfter roster.Clock = 21 * 60

// FairCount is one column of a member's fairness row.
type FairCount struct {
	Count    int     `json:"count"`
	Expected float64 `json:"expected"` // the contract share of the eligible team total, 2 decimals
	Eligible bool    `json:"eligible"` // the member can do this kind of shift
}

// Diff returns Count − Expected: positive means more than the share.
func (c FairCount) Diff() float64 { return round2(float64(c.Count) - c.Expected) }

// FairnessRow is one member's fairness figures.
type FairnessRow struct {
	Member   int       `json:"member"`
	Name     string    `json:"name"`
	Contract float64   `json:"contractHours"` // contract hours over the window
	Nights   FairCount `json:"nights"`
	Weekends FairCount `json:"weekends"`
	Holidays FairCount `json:"holidays"`
	Lates    FairCount `json:"lates"`
	WishCount
	HonouredPct float64 `json:"honouredPct"` // 0 without wishes: show "–"
}

// FairnessTable is the fairness view of a window.
type FairnessTable struct {
	Window    roster.Window `json:"window"`
	LateAfter roster.Clock  `json:"lateAfter"`
	Rows      []FairnessRow `json:"rows"`
	// Totals are the team totals: counts of everyone, Expected of the
	// eligible members, wishes of everyone.
	Totals FairnessRow `json:"totals"`
}

// fairKind is one column of the table.
type fairKind int

const (
	fairNight fairKind = iota
	fairWeekend
	fairHoliday
	fairLate
	fairKinds
)

// isLate reports whether s is a late shift (see the file comment).
func isLate(s *roster.Shift) bool {
	if s.Kind.NightCover() {
		return false
	}
	end := s.End.In(roster.Amsterdam)
	if roster.DateOf(end) != s.Date {
		return true // ends at or past midnight
	}
	return roster.Clock(end.Hour()*60+end.Minute()) > LateAfter
}

// canNight reports whether m may do one of the house's night-cover types.
func canNight(h *roster.House, m *roster.Member) bool {
	if !m.Role.CanCount() || m.Pregnant {
		return false
	}
	for i := range h.ShiftTypes {
		switch h.ShiftTypes[i].Kind {
		case roster.KindSleep:
			if !m.NoSleepShifts {
				return true
			}
		case roster.KindAwakeNight:
			if m.Nights {
				return true
			}
		case roster.KindLiveIn:
			if m.Nights && m.LiveIn {
				return true
			}
		}
	}
	return false
}

// Fairness returns the fairness table of the dates of w for every member
// active on some date of w, in team order.
func Fairness(h *roster.House, w roster.Window) FairnessTable {
	t := FairnessTable{Window: w, LateAfter: LateAfter, Rows: []FairnessRow{}}
	if w.To < w.From {
		return t
	}
	hol := roster.NewHolidaySet(w, h.Settings.ExtraHolidays)
	shifts := h.Shifts(w)
	cells := cellIndex(h, w)
	type acc struct {
		counts   [fairKinds]int
		eligible [fairKinds]bool
	}
	accs := make([]acc, 0, len(h.Members))
	var eligibleHours, totals [fairKinds]float64
	for mi := range h.Members {
		m := &h.Members[mi]
		if !roster.ActiveIn(m, w) {
			continue
		}
		row := FairnessRow{Member: m.ID, Name: m.Name}
		for d := w.From; d <= w.To; d++ {
			if m.Active(d) {
				row.Contract += m.HoursOn(d) / 7
			}
		}
		row.Contract = round2(row.Contract)
		var a acc
		group := m.Role.CanCount()
		a.eligible = [fairKinds]bool{canNight(h, m), group, group, group}
		for si := range shifts {
			s := &shifts[si]
			if s.Member != m.ID || !s.Worked() {
				continue
			}
			if s.Kind.NightCover() {
				a.counts[fairNight]++
			}
			if wd := s.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
				a.counts[fairWeekend]++
			}
			if _, ok := hol[s.Date]; ok {
				a.counts[fairHoliday]++
			}
			if isLate(s) {
				a.counts[fairLate]++
			}
		}
		for k := range fairKinds {
			if a.eligible[k] {
				eligibleHours[k] += row.Contract
				totals[k] += float64(a.counts[k])
			}
		}
		row.WishCount = wishesHonoured(h, m.ID, w, cells)
		row.HonouredPct = row.WishCount.Pct()
		t.Rows = append(t.Rows, row)
		accs = append(accs, a)
	}
	for i := range t.Rows {
		r := &t.Rows[i]
		cols := r.columns()
		for k := range fairKinds {
			c := cols[k]
			c.Count, c.Eligible = accs[i].counts[k], accs[i].eligible[k]
			if c.Eligible && eligibleHours[k] > 0 {
				c.Expected = round2(totals[k] * r.Contract / eligibleHours[k])
			}
			tc := t.Totals.columns()[k]
			tc.Count += c.Count
			tc.Expected = round2(tc.Expected + c.Expected)
		}
		t.Totals.Contract = round2(t.Totals.Contract + r.Contract)
		t.Totals.Wishes += r.Wishes
		t.Totals.Honoured += r.Honoured
	}
	t.Totals.Name = "team"
	t.Totals.HonouredPct = t.Totals.WishCount.Pct()
	return t
}

// columns returns pointers to the row's four columns in fairKind order.
func (r *FairnessRow) columns() [fairKinds]*FairCount {
	return [fairKinds]*FairCount{&r.Nights, &r.Weekends, &r.Holidays, &r.Lates}
}

// FairnessPeriod returns the fairness table of the planning period that
// holds d ([PlanningPeriod]).
func FairnessPeriod(h *roster.House, d roster.Date) FairnessTable {
	return Fairness(h, PlanningPeriod(h, d))
}

// FairnessYear returns the fairness table of calendar year y.
func FairnessYear(h *roster.House, y int) FairnessTable {
	return Fairness(h, roster.Window{From: roster.NewDate(y, time.January, 1), To: roster.NewDate(y, time.December, 31)})
}
