package weekview

import (
	"slices"
	"sort"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// This file holds view-model helpers for the week screen: what a week grid,
// its hours column and its coverage strip show. They decide nothing new; they
// gather what the model already says into the shape a screen draws.

// WeekView is everything the week screen shows for one ISO week.
type WeekView struct {
	Week     roster.Window
	Days     [7]roster.Date
	Holidays [7]string // public holiday name per day, "" when none
	Rows     []WeekRow // active members, grouped by role (opvoeders first), then by name
	Cover    [7]DayCover
	// Balance is the balance period that contains the week.
	Balance roster.Window
	// NightBefore holds the members covering the night from Sunday to the
	// week's Monday (it ends in the week's first morning).
	NightBefore []int
	// NightStart and NightEnd are the house's night (default 23:00–07:00).
	NightStart, NightEnd roster.Clock
}

// WeekRow is one member's row of the week grid.
type WeekRow struct {
	Member   int
	Name     string
	Role     roster.Role
	Colour   string
	Cells    [7]WeekCell
	Planned  float64 // contract hours planned in the week (shifts, sleep at half, plus absence hours)
	Contract float64 // contract hours per week on the week's Monday
	// SlackLeft is how many hours can still be planned in the balance period
	// before the deliberate slack (SLACK) is eaten: (1 − slack) × contract
	// hours of the period minus the hours planned in it. Negative when over.
	SlackLeft float64
}

// WeekCell is one member on one date.
type WeekCell struct {
	Assignments []roster.Assignment
	Shifts      []CellShift
	Absence     roster.AbsenceKind // "" when not absent
	Wishes      []roster.Wish
	State       roster.PeriodState
}

// CellShift is one assignment resolved for display.
type CellShift struct {
	Code   string
	Start  roster.Clock
	End    roster.Clock
	Colour string
	Kind   roster.ShiftKind
	Sick   bool // vacated by a sick report
	Custom bool // times differ from the shift type's
	Known  bool // the shift type exists
}

// CoverStatus is how presence compares with the coverage profile.
type CoverStatus int

// Cover statuses, from no requirement to over the maximum.
const (
	CoverNone      CoverStatus = iota // no band of the profile applies
	CoverOK                           // at least the minimum, at most the maximum
	CoverShortOne                     // one short of the minimum
	CoverShortMore                    // two or more short
	CoverOver                         // more than the maximum
)

// CoverSegment is a stretch of a day with one presence count and one
// requirement. From and To are fractions of the day's real length (0–1), so a
// DST day of 23 or 25 hours still fills the bar.
type CoverSegment struct {
	From, To   float64
	Start, End time.Time
	Present    int
	Min, Max   int // 0, 0 when no band applies
	Status     CoverStatus
}

// DayCover is the coverage strip of one day and who covers its night.
type DayCover struct {
	Date     roster.Date
	Segments []CoverSegment
	Night    []int // members holding night cover for the night starting on Date
}

// NewWeekView gathers the week of d (its ISO week) from h.
func NewWeekView(h *roster.House, d roster.Date) *WeekView {
	w := roster.Week(d)
	v := &WeekView{Week: w}
	hol := roster.NewHolidaySet(w, h.Settings.ExtraHolidays)
	for i := range 7 {
		v.Days[i] = w.From + roster.Date(i)
		v.Holidays[i] = hol[v.Days[i]]
	}
	v.Balance = roster.BalanceWindow(h, w.From)
	v.Rows = weekRows(h, v)
	shifts := h.Shifts(roster.Window{From: w.From - 2, To: w.To})
	for i := range 7 {
		v.Cover[i] = dayCover(h, v.Days[i], hol, shifts)
	}
	v.NightBefore = dayCover(h, w.From-1, hol, shifts).Night
	v.NightStart, v.NightEnd = h.Settings.NightStart, h.Settings.NightEnd
	if v.NightStart == 0 && v.NightEnd == 0 {
		v.NightStart, v.NightEnd = roster.NewClock(23, 0), roster.NewClock(7, 0)
	}
	return v
}

// RoleRank returns the display position of r (opvoeders first; unknown last).
func RoleRank(r roster.Role) int {
	if i := slices.Index(roster.Roles, r); i >= 0 {
		return i
	}
	return len(roster.Roles)
}

func weekRows(h *roster.House, v *WeekView) []WeekRow {
	var members []*roster.Member
	for i := range h.Members {
		m := &h.Members[i]
		if m.Active(v.Week.To) || m.Active(v.Week.From) {
			members = append(members, m)
		}
	}
	sort.SliceStable(members, func(i, j int) bool {
		a, b := members[i], members[j]
		if ra, rb := RoleRank(a.Role), RoleRank(b.Role); ra != rb {
			return ra < rb
		}
		return a.Name < b.Name
	})
	// One pass over the plan: the assignments of each member in the
	// balance period (which holds the week).
	span := roster.Window{From: min(v.Balance.From, v.Week.From), To: max(v.Balance.To, v.Week.To)}
	byMember := map[int][]int{}
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if span.Contains(a.Date) {
			byMember[a.Member] = append(byMember[a.Member], i)
		}
	}
	rows := make([]WeekRow, 0, len(members))
	for _, m := range members {
		idx := byMember[m.ID]
		if idx == nil {
			idx = []int{}
		}
		r := WeekRow{Member: m.ID, Name: m.Name, Role: m.Role, Colour: m.Colour,
			Contract: m.HoursOn(v.Week.From)}
		for i, d := range v.Days {
			r.Cells[i] = cellOf(h, m.ID, d, idx)
		}
		r.Planned = roster.PlannedHoursAt(h, m.ID, v.Week, idx)
		r.SlackLeft = roster.SlackLeftAt(h, m.ID, v.Balance, idx)
		rows = append(rows, r)
	}
	return rows
}

// CellOf returns what the grid shows for member on d.
func CellOf(h *roster.House, member int, d roster.Date) WeekCell { return cellOf(h, member, d, nil) }

// cellOf is CellOf over the assignments at the indices idx (all when nil).
func cellOf(h *roster.House, member int, d roster.Date, idx []int) WeekCell {
	c := WeekCell{State: h.Plan.StateOn(d)}
	if idx == nil {
		c.Assignments = h.Plan.CellAssignments(member, d)
	} else {
		for _, i := range idx {
			if a := h.Plan.Assignments[i]; a.Member == member && a.Date == d {
				c.Assignments = append(c.Assignments, a)
			}
		}
	}
	for _, a := range c.Assignments {
		cs := CellShift{Code: a.Shift, Sick: a.State == roster.StateSick}
		if st := h.ShiftType(a.Shift); st != nil {
			cs.Known, cs.Start, cs.End, cs.Colour, cs.Kind = true, st.Start, st.End, st.Colour, st.Kind
		}
		if a.Start != nil && *a.Start != cs.Start {
			cs.Start, cs.Custom = *a.Start, true
		}
		if a.End != nil && *a.End != cs.End {
			cs.End, cs.Custom = *a.End, true
		}
		c.Shifts = append(c.Shifts, cs)
	}
	if ab := h.Plan.AbsenceOn(member, d); ab != nil {
		c.Absence = ab.Kind
	}
	c.Wishes = team.WishesOn(h, member, d) // repeating wishes included
	return c
}

// wvPresence is one counting member present over [s, e), Unix seconds.
type wvPresence struct{ s, e int64 }

// DayCoverOf returns the coverage strip of d: the day [00:00, 24:00) cut into
// segments of equal presence and requirement, and who covers the night that
// starts on d. Presence counts members who count as opvoeder, are active,
// not absent, on a worked shift of a kind that counts (COV-DAY).
func DayCoverOf(h *roster.House, d roster.Date, hol roster.HolidaySet) DayCover {
	return dayCover(h, d, hol, h.Shifts(roster.Window{From: d - 1, To: d}))
}

// dayCover is DayCoverOf over shifts, which holds at least the shifts
// starting on d−1 and d.
func dayCover(h *roster.House, d roster.Date, hol roster.HolidaySet, shifts []roster.Shift) DayCover {
	dc := DayCover{Date: d}
	ds, de := d.Start().Unix(), (d + 1).Start().Unix()
	cuts := []int64{ds, de}
	var pres []wvPresence
	for _, s := range shifts {
		if s.Date != d && s.Date != d-1 {
			continue
		}
		m := h.Member(s.Member)
		if m == nil || !s.Worked() || !m.Active(s.Date) || h.Plan.AbsenceOn(s.Member, s.Date) != nil {
			continue
		}
		if s.Date == d && s.Kind.NightCover() {
			dc.Night = append(dc.Night, s.Member)
		}
		if !s.Kind.Present() || !m.CountsAsOpvoeder() {
			continue
		}
		p := wvPresence{max(s.Start.Unix(), ds), min(s.End.Unix(), de)}
		if p.e > p.s {
			pres = append(pres, p)
			cuts = append(cuts, p.s, p.e)
		}
	}
	slices.Sort(dc.Night)
	dc.Night = slices.Compact(dc.Night)
	type req struct {
		s, e     int64
		min, max int
	}
	var reqs []req
	for _, day := range []roster.Date{d - 1, d} {
		dt := hol.DayTypeOf(day)
		for _, b := range h.Coverage {
			if b.Day != dt {
				continue
			}
			s, e := roster.Span(day, b.Start, b.End)
			r := req{max(s.Unix(), ds), min(e.Unix(), de), b.Min, b.MaxOrDefault()}
			if r.e > r.s {
				reqs = append(reqs, r)
				cuts = append(cuts, r.s, r.e)
			}
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	length := float64(de - ds)
	for i := 0; i+1 < len(cuts); i++ {
		s, e := cuts[i], cuts[i+1]
		if s < ds || e > de {
			continue
		}
		seg := CoverSegment{From: float64(s-ds) / length, To: float64(e-ds) / length,
			Start: time.Unix(s, 0).In(roster.Amsterdam), End: time.Unix(e, 0).In(roster.Amsterdam)}
		for _, p := range pres {
			if p.s <= s && p.e >= e {
				seg.Present++
			}
		}
		has := false
		for _, r := range reqs {
			if r.s <= s && r.e >= e {
				if !has || r.min > seg.Min {
					seg.Min = r.min
				}
				if !has || r.max > seg.Max {
					seg.Max = r.max
				}
				has = true
			}
		}
		seg.Status = coverStatus(has, seg.Present, seg.Min, seg.Max)
		if n := len(dc.Segments); n > 0 {
			last := &dc.Segments[n-1]
			if last.Present == seg.Present && last.Min == seg.Min && last.Max == seg.Max && last.Status == seg.Status {
				last.To, last.End = seg.To, seg.End
				continue
			}
		}
		dc.Segments = append(dc.Segments, seg)
	}
	return dc
}

func coverStatus(has bool, n, lo, hi int) CoverStatus {
	switch {
	case !has:
		return CoverNone
	case n < lo-1:
		return CoverShortMore
	case n < lo:
		return CoverShortOne
	case n > hi:
		return CoverOver
	}
	return CoverOK
}
