package roster

import (
	"slices"
	"sort"
	"time"
)

// This file holds view-model helpers for the week screen: what a week grid,
// its hours column and its coverage strip show. They decide nothing new; they
// gather what the model already says into the shape a screen draws.

// WeekView is everything the week screen shows for one ISO week.
type WeekView struct {
	Week     Window
	Days     [7]Date
	Holidays [7]string // public holiday name per day, "" when none
	Rows     []WeekRow // active members, grouped by role (opvoeders first), then by name
	Cover    [7]DayCover
	// Balance is the balance period that contains the week.
	Balance Window
	// NightBefore holds the members covering the night from Sunday to the
	// week's Monday (it ends in the week's first morning).
	NightBefore []int
	// NightStart and NightEnd are the house's night (default 23:00–07:00).
	NightStart, NightEnd Clock
}

// WeekRow is one member's row of the week grid.
type WeekRow struct {
	Member   int
	Name     string
	Role     Role
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
	Assignments []Assignment
	Shifts      []CellShift
	Absence     AbsenceKind // "" when not absent
	Wishes      []Wish
	State       PeriodState
}

// CellShift is one assignment resolved for display.
type CellShift struct {
	Code   string
	Start  Clock
	End    Clock
	Colour string
	Kind   ShiftKind
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
	Date     Date
	Segments []CoverSegment
	Night    []int // members holding night cover for the night starting on Date
}

// NewWeekView gathers the week of d (its ISO week) from h.
func NewWeekView(h *House, d Date) *WeekView {
	w := Week(d)
	v := &WeekView{Week: w}
	hol := NewHolidaySet(w, h.Settings.ExtraHolidays)
	for i := range 7 {
		v.Days[i] = w.From + Date(i)
		v.Holidays[i] = hol[v.Days[i]]
	}
	v.Balance = BalanceWindow(h, w.From)
	v.Rows = weekRows(h, v)
	shifts := h.Shifts(Window{From: w.From - 2, To: w.To})
	for i := range 7 {
		v.Cover[i] = dayCover(h, v.Days[i], hol, shifts)
	}
	v.NightBefore = dayCover(h, w.From-1, hol, shifts).Night
	v.NightStart, v.NightEnd = h.Settings.NightStart, h.Settings.NightEnd
	if v.NightStart == 0 && v.NightEnd == 0 {
		v.NightStart, v.NightEnd = NewClock(23, 0), NewClock(7, 0)
	}
	return v
}

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
	return plannedHours(h, member, w, nil)
}

// plannedHours is PlannedHours over the assignments at the indices idx (all
// assignments when idx is nil).
func plannedHours(h *House, member int, w Window, idx []int) float64 {
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
	return slackLeft(h, member, bw, nil)
}

func slackLeft(h *House, member int, bw Window, idx []int) float64 {
	m := h.Member(member)
	if m == nil {
		return 0
	}
	limit := (1 - h.Settings.SlackPct/100) * ContractHoursIn(m, bw)
	return limit - plannedHours(h, member, bw, idx)
}

// RoleRank returns the display position of r (opvoeders first; unknown last).
func RoleRank(r Role) int {
	if i := slices.Index(Roles, r); i >= 0 {
		return i
	}
	return len(Roles)
}

func weekRows(h *House, v *WeekView) []WeekRow {
	var members []*Member
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
	span := Window{From: min(v.Balance.From, v.Week.From), To: max(v.Balance.To, v.Week.To)}
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
		r.Planned = plannedHours(h, m.ID, v.Week, idx)
		r.SlackLeft = slackLeft(h, m.ID, v.Balance, idx)
		rows = append(rows, r)
	}
	return rows
}

// CellOf returns what the grid shows for member on d.
func CellOf(h *House, member int, d Date) WeekCell { return cellOf(h, member, d, nil) }

// cellOf is CellOf over the assignments at the indices idx (all when nil).
func cellOf(h *House, member int, d Date, idx []int) WeekCell {
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
		cs := CellShift{Code: a.Shift, Sick: a.State == StateSick}
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
	c.Wishes = WishesOn(h, member, d) // repeating wishes included
	return c
}

// wvPresence is one counting member present over [s, e), Unix seconds.
type wvPresence struct{ s, e int64 }

// DayCoverOf returns the coverage strip of d: the day [00:00, 24:00) cut into
// segments of equal presence and requirement, and who covers the night that
// starts on d. Presence counts members who count as opvoeder, are active,
// not absent, on a worked shift of a kind that counts (COV-DAY).
func DayCoverOf(h *House, d Date, hol HolidaySet) DayCover {
	return dayCover(h, d, hol, h.Shifts(Window{From: d - 1, To: d}))
}

// dayCover is DayCoverOf over shifts, which holds at least the shifts
// starting on d−1 and d.
func dayCover(h *House, d Date, hol HolidaySet, shifts []Shift) DayCover {
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
	for _, day := range []Date{d - 1, d} {
		dt := hol.DayTypeOf(day)
		for _, b := range h.Coverage {
			if b.Day != dt {
				continue
			}
			s, e := Span(day, b.Start, b.End)
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
			Start: time.Unix(s, 0).In(Amsterdam), End: time.Unix(e, 0).In(Amsterdam)}
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

// SetPeriodState returns the edit that gives every date of w the state s:
// periods overlapping w are removed and their parts outside w put back, and
// a period for w with state s is added (none for PeriodDraft, the state of
// dates outside every period).
func SetPeriodState(p *Plan, w Window, s PeriodState) Edit {
	var e Edit
	for i := range p.Periods {
		pr := p.Periods[i]
		if pr.To < w.From || pr.From > w.To {
			continue
		}
		e.Periods = append(e.Periods, PeriodEdit{Before: &pr})
		if pr.From < w.From {
			left := Period{From: pr.From, To: w.From - 1, State: pr.State}
			e.Periods = append(e.Periods, PeriodEdit{After: &left})
		}
		if pr.To > w.To {
			right := Period{From: w.To + 1, To: pr.To, State: pr.State}
			e.Periods = append(e.Periods, PeriodEdit{After: &right})
		}
	}
	if s != PeriodDraft {
		e.Periods = append(e.Periods, PeriodEdit{After: &Period{From: w.From, To: w.To, State: s}})
	}
	return e
}

// FixedDates returns the dates in a fixed period of p that e changes: cells,
// and absence or wish days whose net state differs before and after e. They
// come ascending and without repeats: an edit touching them must be refused.
// Splitting an absence that runs through a fixed week leaves the fixed days
// as they are, so it does not count.
func FixedDates(p *Plan, e Edit) []Date {
	var out []Date
	fixed := func(d Date) {
		if p.StateOn(d) == PeriodFixed {
			out = append(out, d)
		}
	}
	for _, c := range e.Cells {
		fixed(c.Date)
	}
	type day struct {
		member int
		d      Date
	}
	before, after := map[day]string{}, map[day]string{}
	mark := func(m map[day]string, member int, from, to Date, what string) {
		for d := from; d <= to && d < from+400; d++ {
			m[day{member, d}] += what + ";"
		}
	}
	for _, a := range e.Absences {
		if a.Before != nil {
			mark(before, a.Before.Member, a.Before.From, a.Before.To, string(a.Before.Kind))
		}
		if a.After != nil {
			mark(after, a.After.Member, a.After.From, a.After.To, string(a.After.Kind))
		}
	}
	for _, w := range e.Wishes {
		if w.Before != nil {
			mark(before, w.Before.Member, w.Before.Date, w.Before.Date, "wish "+w.Before.Shift+string(w.Before.Kind))
		}
		if w.After != nil {
			mark(after, w.After.Member, w.After.Date, w.After.Date, "wish "+w.After.Shift+string(w.After.Kind))
		}
	}
	for k, v := range before {
		if after[k] != v {
			fixed(k.d)
		}
	}
	for k, v := range after {
		if before[k] != v {
			fixed(k.d)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// CopyWeekEdit returns the edit that copies the assignments of the week of
// from onto the week of to, member by member and weekday by weekday. With
// overwrite false, cells of the target week that already hold assignments are
// left alone. Sick states and notes are not copied; custom times are.
func CopyWeekEdit(h *House, from, to Date, overwrite bool) Edit {
	src, dst := from.Monday(), to.Monday()
	var e Edit
	for i := range h.Members {
		m := &h.Members[i]
		for k := range 7 {
			e.Cells = appendCopyCell(e.Cells, h, m.ID, src+Date(k), dst+Date(k), overwrite)
		}
	}
	return e
}

// appendCopyCell appends the cell edit that copies member's cell on from to
// to, when it changes anything.
func appendCopyCell(out []CellEdit, h *House, member int, from, to Date, overwrite bool) []CellEdit {
	before := h.Plan.CellAssignments(member, to)
	if len(before) > 0 && !overwrite {
		return out
	}
	var after []Assignment
	for _, a := range h.Plan.CellAssignments(member, from) {
		after = append(after, Assignment{Member: member, Date: to, Shift: a.Shift, Start: a.Start, End: a.End})
	}
	if len(after) == 0 && len(before) == 0 {
		return out
	}
	if !overwrite && len(after) == 0 {
		return out
	}
	if sameAssignments(before, after) {
		return out
	}
	return append(out, CellEdit{Member: member, Date: to, Before: before, After: after})
}

// SameAssignments reports whether two cells hold the same assignments in
// the same order: an edit between them changes nothing.
func SameAssignments(a, b []Assignment) bool { return sameAssignments(a, b) }

func sameAssignments(a, b []Assignment) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Member != y.Member || x.Date != y.Date || x.Shift != y.Shift || x.State != y.State || x.Note != y.Note ||
			!sameClock(x.Start, y.Start) || !sameClock(x.End, y.End) {
			return false
		}
	}
	return true
}

func sameClock(a, b *Clock) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// AbsenceDayEdit returns the absence edits that make member's absence on d
// of kind k ("" removes it): an absence range covering d is split around d,
// and for a non-empty k a one-day absence is added.
func AbsenceDayEdit(p *Plan, member int, d Date, k AbsenceKind) []AbsenceEdit {
	var out []AbsenceEdit
	if ab := p.AbsenceOn(member, d); ab != nil {
		if ab.Kind == k && ab.From == d && ab.To == d {
			return nil
		}
		before := *ab
		out = append(out, AbsenceEdit{Before: &before})
		if before.From < d {
			left := before
			left.To = d - 1
			out = append(out, AbsenceEdit{After: &left})
		}
		if before.To > d {
			right := before
			right.From = d + 1
			out = append(out, AbsenceEdit{After: &right})
		}
	}
	if k != "" {
		out = append(out, AbsenceEdit{After: &Absence{Member: member, From: d, To: d, Kind: k}})
	}
	return out
}

// MarkAbsentEdit returns the edit that marks member absent on d with kind k.
// A sick report keeps the planned shifts, marked sick (vacated, so the gap
// shows and a colleague can step in); other absences replace them.
func MarkAbsentEdit(h *House, member int, d Date, k AbsenceKind) Edit {
	e := Edit{Absences: AbsenceDayEdit(&h.Plan, member, d, k)}
	before := h.Plan.CellAssignments(member, d)
	var after []Assignment
	if k == AbsSick {
		for _, a := range before {
			a.State = StateSick
			a.Note = "" // a sick report stores only that and when, never why
			after = append(after, a)
		}
	}
	if !sameAssignments(before, after) {
		e.Cells = []CellEdit{{Member: member, Date: d, Before: before, After: after}}
	}
	return e
}
