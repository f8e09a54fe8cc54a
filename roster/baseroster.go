package roster

import (
	"fmt"
	"time"
)

// BaseRoster is the team's repeating pattern of N weeks ("basisrooster"):
// which member works which shift on which weekday of which pattern week.
// Week 0 of the pattern falls on the ISO week of Start; the pattern repeats
// every Weeks weeks before and after it.
type BaseRoster struct {
	Start Date       `json:"start"` // a Monday: the first week of the pattern
	Weeks int        `json:"weeks"` // length of the pattern, ≥ 1
	Cells []BaseCell `json:"cells,omitempty"`
}

// BaseCell is one shift of the pattern.
type BaseCell struct {
	Member int    `json:"member"`
	Week   int    `json:"week"` // 0 … Weeks−1
	Day    int    `json:"day"`  // 0 = Monday … 6 = Sunday
	Shift  string `json:"shift"`
	Start  *Clock `json:"start,omitempty"`
	End    *Clock `json:"end,omitempty"`
}

// BaseRosterFrom takes the assignments of the weeks weeks starting with the
// ISO week of from as the pattern. Sick states and notes are left out.
func BaseRosterFrom(h *House, from Date, weeks int) (*BaseRoster, error) {
	if weeks < 1 || weeks > 12 {
		return nil, fmt.Errorf("basisrooster van %d weken: kies 1 tot 12 / base roster of %d weeks: choose 1 to 12", weeks, weeks)
	}
	b := &BaseRoster{Start: from.Monday(), Weeks: weeks}
	w := Window{From: b.Start, To: b.Start + Date(7*weeks-1)}
	for _, a := range h.Plan.Assignments {
		if !w.Contains(a.Date) {
			continue
		}
		off := int(a.Date - b.Start)
		b.Cells = append(b.Cells, BaseCell{Member: a.Member, Week: off / 7, Day: off % 7,
			Shift: a.Shift, Start: a.Start, End: a.End})
	}
	return b, nil
}

// WeekOf returns the pattern week (0 … Weeks−1) that the ISO week of d follows.
func (b *BaseRoster) WeekOf(d Date) int {
	n := max(b.Weeks, 1)
	k := int(d.Monday()-b.Start.Monday()) / 7 % n
	if k < 0 {
		k += n
	}
	return k
}

// cell returns the pattern's assignments for member on d.
func (b *BaseRoster) cell(member int, d Date) []Assignment {
	wk := b.WeekOf(d)
	day := (int(d.Weekday()) + 6) % 7
	var out []Assignment
	for _, c := range b.Cells {
		if c.Member == member && c.Week == wk && c.Day == day {
			out = append(out, Assignment{Member: member, Date: d, Shift: c.Shift, Start: c.Start, End: c.End})
		}
	}
	return out
}

// Edit returns the edit that puts the pattern on every date of w for the
// members of h active on that date. Cells that already hold assignments or
// lie in a fixed period are left alone unless overwrite is set (fixed periods
// are never touched); a cell of an absent member is left empty.
func (b *BaseRoster) Edit(h *House, w Window, overwrite bool) Edit {
	e := Edit{
		NL: fmt.Sprintf("Basisrooster toegepast op %s", w),
		EN: fmt.Sprintf("Base roster applied to %s", w),
	}
	for d := w.From; d <= w.To; d++ {
		if h.Plan.StateOn(d) == PeriodFixed {
			continue
		}
		for i := range h.Members {
			m := &h.Members[i]
			if !m.Active(d) || h.Plan.AbsenceOn(m.ID, d) != nil {
				continue
			}
			after := b.cell(m.ID, d)
			before := h.Plan.CellAssignments(m.ID, d)
			if len(after) == 0 || (len(before) > 0 && !overwrite) || sameAssignments(before, after) {
				continue
			}
			e.Cells = append(e.Cells, CellEdit{Member: m.ID, Date: d, Before: before, After: after})
		}
	}
	return e
}

// Weekday returns the time.Weekday of pattern day c.Day.
func (c BaseCell) Weekday() time.Weekday { return time.Weekday((c.Day + 1) % 7) }
