package roster

import (
	"slices"
)

// This file holds the edits the week screen makes in one go: period states,
// copying a week, marking a member absent for a day.

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
