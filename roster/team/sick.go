package team

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// This file holds the sick report as edits: report a member sick, list the
// vacancies it left, and end the absence on recovery. Every function returns
// an [roster.Edit] (applied with House.Apply, saved by the Store with its audit
// record, undone with Edit.Inverse); none changes the house itself.
//
// A sick report adds a "ziek" absence and marks the member's assignments in
// the range as StateSick. Such an assignment stays in the plan: it is no
// longer worked (it does not count for coverage or the Working Hours Act
// limits as work), it is a vacancy ([Vacancies]) and its hours count as sick
// hours. A sick absence records only that and when, never why.

// OpenEnd is the last day of an absence "until further notice" (tot nader
// bericht): 9999-12-31. A sick report "from now" runs until OpenEnd, and
// [Recover] ends it. Code that walks an absence day by day must clip it to
// the window it looks at.
const OpenEnd = roster.AbsenceOpenEnd

// ReportSick returns the edit that reports member sick from from to to
// (inclusive; to may be OpenEnd). It adds a sick absence, or extends one that
// overlaps or adjoins the range, and marks the member's planned assignments
// dated in the range as sick.
//
// now decides one case: a shift of the member that is in progress at now (the
// member came to work and goes home sick) is split at now, to the minute: the
// part before now stays planned (it was worked), the rest becomes a sick
// assignment, a vacancy of its own. The absence then starts the day after,
// so that the worked part is not work during an absence; for a one-day report
// that leaves no absence, and the sick part alone carries the sick hours.
// Shifts that already ended before now in the range (a report after the fact)
// are marked sick like later ones. A shift marked sick loses its note (the
// store refuses notes on sick shifts: a sick report records only that and
// when), so Recover cannot bring a note back.
func ReportSick(h *roster.House, member int, from, to roster.Date, now time.Time) (roster.Edit, error) {
	m := h.Member(member)
	if m == nil {
		return roster.Edit{}, fmt.Errorf("onbekend teamlid %d / unknown member %d", member, member)
	}
	if to < from {
		return roster.Edit{}, fmt.Errorf("einddatum %s ligt voor begindatum %s / end date %s is before start date %s", to, from, to, from)
	}
	var e roster.Edit
	absFrom := from
	vacated := 0
	for _, d := range cellDates(h, member, from, to) {
		before := h.Plan.CellAssignments(member, d)
		after := make([]roster.Assignment, 0, len(before)+1)
		changed := false
		for _, a := range before {
			if a.State != roster.StatePlanned {
				after = append(after, a)
				continue
			}
			s, err := h.ResolveAssignment(&a)
			if err == nil && d == from && s.Start.Before(now) && s.End.After(now) {
				cut := clockOf(now)
				if cut != clockOf(s.Start) {
					worked, sick := a, a
					worked.End = &cut
					sick.Start = &cut
					sick.State, sick.Note = roster.StateSick, ""
					after = append(after, worked, sick)
					changed = true
					vacated++
					absFrom = from + 1
					continue
				}
			}
			a.State, a.Note = roster.StateSick, "" // a sick report records that and when, never why
			after = append(after, a)
			changed = true
			vacated++
		}
		if changed {
			e.Cells = append(e.Cells, roster.CellEdit{Member: member, Date: d, Before: before, After: after})
		}
	}
	if absFrom <= to {
		e.Absences = append(e.Absences, sickAbsenceEdit(h, member, absFrom, to))
	}
	e.NL, e.EN = sickLabel(m.Name, from, to, roster.Dutch, vacated), sickLabel(m.Name, from, to, roster.English, vacated)
	return e, nil
}

// shiftCount formats "1 dienst", "3 diensten" (nl) or "1 shift", "3 shifts".
func shiftCount(n int, l roster.Lang) string {
	if n == 1 {
		return l.Pick("1 dienst", "1 shift")
	}
	return fmt.Sprintf(l.Pick("%d diensten", "%d shifts"), n)
}

// ReportSickFromNow reports member sick from now until further notice
// (OpenEnd): the usual 06:45 phone call. See ReportSick.
func ReportSickFromNow(h *roster.House, member int, now time.Time) (roster.Edit, error) {
	return ReportSick(h, member, roster.DateOf(now.In(roster.Amsterdam)), OpenEnd, now)
}

// clockOf returns the Amsterdam clock time of t, to the minute.
func clockOf(t time.Time) roster.Clock {
	t = t.In(roster.Amsterdam)
	return roster.NewClock(t.Hour(), t.Minute())
}

// cellDates returns the sorted distinct dates in [from, to] on which member
// has assignments.
func cellDates(h *roster.House, member int, from, to roster.Date) []roster.Date {
	var out []roster.Date
	for _, a := range h.Plan.Assignments {
		if a.Member == member && a.Date >= from && a.Date <= to {
			out = append(out, a.Date)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sickAbsenceEdit adds a sick absence over [from, to], or widens the first
// sick absence of member that overlaps or adjoins it.
func sickAbsenceEdit(h *roster.House, member int, from, to roster.Date) roster.AbsenceEdit {
	for i := range h.Plan.Absences {
		a := h.Plan.Absences[i]
		if a.Member != member || a.Kind != roster.AbsSick || a.From > to+1 || (a.To != OpenEnd && a.To+1 < from) {
			continue
		}
		before, after := a, a
		after.From, after.To = min(a.From, from), max(a.To, to)
		return roster.AbsenceEdit{Before: &before, After: &after}
	}
	return roster.AbsenceEdit{After: &roster.Absence{Member: member, From: from, To: to, Kind: roster.AbsSick}}
}

// Recover returns the edit that ends member's sick absence on the day they
// are back: the absence that holds on ends the day before (and goes when it
// started on on). Their sick assignments from on up to the old end become
// planned again, except those a colleague already covers (a cover-in with
// CoverFor = member overlapping it): those stay as they are.
func Recover(h *roster.House, member int, on roster.Date) (roster.Edit, error) {
	m := h.Member(member)
	if m == nil {
		return roster.Edit{}, fmt.Errorf("onbekend teamlid %d / unknown member %d", member, member)
	}
	var abs *roster.Absence
	for i := range h.Plan.Absences {
		a := &h.Plan.Absences[i]
		if a.Member == member && a.Kind == roster.AbsSick && a.From <= on && on <= a.To {
			abs = a
			break
		}
	}
	if abs == nil {
		return roster.Edit{}, fmt.Errorf("%s is niet ziek gemeld op %s / %s is not reported sick on %s", m.Name, on, m.Name, on)
	}
	var e roster.Edit
	before := *abs
	if abs.From == on {
		e.Absences = append(e.Absences, roster.AbsenceEdit{Before: &before})
	} else {
		after := before
		after.To = on - 1
		e.Absences = append(e.Absences, roster.AbsenceEdit{Before: &before, After: &after})
	}
	restored := 0
	for _, d := range cellDates(h, member, on, abs.To) {
		cell := h.Plan.CellAssignments(member, d)
		after := slices.Clone(cell)
		changed := false
		for i := range after {
			if after[i].State == roster.StateSick && !coveredByColleague(h, &after[i]) {
				after[i].State = roster.StatePlanned
				changed = true
				restored++
			}
		}
		if changed {
			e.Cells = append(e.Cells, roster.CellEdit{Member: member, Date: d, Before: cell, After: after})
		}
	}
	e.NL = fmt.Sprintf("%s hersteld gemeld per %s (%s terug)", m.Name, roster.DayLabel(on, roster.Dutch), shiftCount(restored, roster.Dutch))
	e.EN = fmt.Sprintf("%s reported recovered on %s (%s back)", m.Name, roster.DayLabel(on, roster.English), shiftCount(restored, roster.English))
	return e, nil
}

// coveredByColleague reports whether some cover-in for a's member overlaps
// the sick assignment a.
func coveredByColleague(h *roster.House, a *roster.Assignment) bool {
	return len(CoverIns(h, a)) > 0
}

// CoverIns returns the cover-ins (assignments with CoverFor = a.Member) whose
// time overlaps assignment a, in plan order.
func CoverIns(h *roster.House, a *roster.Assignment) []roster.Assignment {
	s, err := h.ResolveAssignment(a)
	if err != nil {
		return nil
	}
	var out []roster.Assignment
	for i := range h.Plan.Assignments {
		c := &h.Plan.Assignments[i]
		if c.CoverFor != a.Member || c.Date < a.Date-1 || c.Date > a.Date+1 || c.State != roster.StatePlanned {
			continue
		}
		cs, err := h.ResolveAssignment(c)
		if err == nil && cs.Start.Before(s.End) && cs.End.After(s.Start) {
			out = append(out, *c)
		}
	}
	return out
}

// Vacancies returns the vacancies left by sick reports: the sick assignments
// of member (of every member when member is 0) dated from from to to, by
// start time then member. A vacancy a colleague already covers is included;
// [CoverIns] tells who covers it.
func Vacancies(h *roster.House, member int, from, to roster.Date) []Vacancy {
	type vs struct {
		v     Vacancy
		start time.Time
	}
	var list []vs
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if a.State != roster.StateSick || a.Date < from || a.Date > to || (member != 0 && a.Member != member) {
			continue
		}
		v, err := NewVacancy(h, *a)
		if err != nil {
			continue
		}
		s, _ := v.Span()
		list = append(list, vs{v, s})
	}
	sort.SliceStable(list, func(i, j int) bool {
		if !list[i].start.Equal(list[j].start) {
			return list[i].start.Before(list[j].start)
		}
		return list[i].v.Member < list[j].v.Member
	})
	out := make([]Vacancy, len(list))
	for i := range list {
		out[i] = list[i].v
	}
	return out
}

// AssignCover returns the edit that gives vacancy v to member as a cover-in
// (CoverFor = v.Member, note "invaller voor …"). It does not vacate the
// original shift: report the member sick first (the usual way), or remove the
// shift, so the plan does not count both.
func AssignCover(h *roster.House, v Vacancy, member int) (roster.Edit, error) {
	m := h.Member(member)
	if m == nil {
		return roster.Edit{}, fmt.Errorf("onbekend teamlid %d / unknown member %d", member, member)
	}
	if h.ShiftType(v.Shift) == nil {
		return roster.Edit{}, fmt.Errorf("onbekende dienst %q / unknown shift %q", v.Shift, v.Shift)
	}
	v = CoverVacancyFor(h, v, m)
	e := roster.Edit{Cells: []roster.CellEdit{coverCell(h, v, member)}}
	if v.Member != 0 {
		e.NL = fmt.Sprintf("%s valt in voor %s: %s", m.Name, h.MemberName(v.Member), v.Label(roster.Dutch))
		e.EN = fmt.Sprintf("%s covers for %s: %s", m.Name, h.MemberName(v.Member), v.Label(roster.English))
	} else {
		e.NL = fmt.Sprintf("%s neemt %s", m.Name, v.Label(roster.Dutch))
		e.EN = fmt.Sprintf("%s takes %s", m.Name, v.Label(roster.English))
	}
	return e, nil
}

// AssignSplit returns the edit that gives the two parts of split sp to their
// members, as cover-ins.
func AssignSplit(h *roster.House, sp Split) (roster.Edit, error) {
	var e roster.Edit
	var names [2]string
	for i, p := range sp.Parts {
		m := h.Member(p.Member)
		if m == nil {
			return roster.Edit{}, fmt.Errorf("onbekend teamlid %d / unknown member %d", p.Member, p.Member)
		}
		if h.ShiftType(p.Vacancy.Shift) == nil {
			return roster.Edit{}, fmt.Errorf("onbekende dienst %q / unknown shift %q", p.Vacancy.Shift, p.Vacancy.Shift)
		}
		names[i] = m.Name
		cell := coverCell(h, p.Vacancy, p.Member)
		if i == 1 && sp.Parts[0].Member == p.Member && sp.Parts[0].Vacancy.Date == p.Vacancy.Date {
			return roster.Edit{}, fmt.Errorf("splitsing over één persoon / split over one person")
		}
		e.Cells = append(e.Cells, cell)
	}
	p0, p1 := sp.Parts[0].Vacancy, sp.Parts[1].Vacancy
	e.NL = fmt.Sprintf("%s en %s delen %s %s: %s–%s en %s–%s", names[0], names[1], roster.DayLabel(p0.Date, roster.Dutch), p0.Shift, p0.Start, p0.End, p1.Start, p1.End)
	e.EN = fmt.Sprintf("%s and %s split %s %s: %s–%s and %s–%s", names[0], names[1], roster.DayLabel(p0.Date, roster.English), p0.Shift, p0.Start, p0.End, p1.Start, p1.End)
	return e, nil
}

// coverCell returns the cell edit that adds v to member's cell.
func coverCell(h *roster.House, v Vacancy, member int) roster.CellEdit {
	before := h.Plan.CellAssignments(member, v.Date)
	after := append(slices.Clone(before), v.Assignment(h, member))
	return roster.CellEdit{Member: member, Date: v.Date, Before: before, After: after}
}
