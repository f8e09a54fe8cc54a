package roster

import (
	"fmt"
	"sort"
)

// AbsenceOpenEnd is the last day of an absence "until further notice" (tot
// nader bericht): 9999-12-31, outside the dates Validate accepts elsewhere.
// A sick report "from now" runs until it (team.OpenEnd).
const AbsenceOpenEnd Date = 2932896

// memberRef adds a problem when id is not a team member.
func (v *validator) memberRef(field string, id int) {
	if v.h.Member(id) == nil {
		v.add(field, fmt.Sprintf("onbekend teamlid %d", id), fmt.Sprintf("unknown team member %d", id))
	}
}

// shiftRef adds a problem when code is not a shift type.
func (v *validator) shiftRef(field, code string) {
	if v.h.ShiftType(code) == nil {
		v.add(field, fmt.Sprintf("onbekende dienst %q", code), fmt.Sprintf("unknown shift %q", code))
	}
}

// plan checks assignments, absences, wishes and periods.
func (v *validator) plan() {
	p := &v.h.Plan
	for i := range p.Assignments {
		a := &p.Assignments[i]
		f := fmt.Sprintf("plan.assignments[%d]", i)
		v.memberRef(f+".member", a.Member)
		v.date(f+".date", a.Date)
		v.shiftRef(f+".shift", a.Shift)
		if (a.Start == nil) != (a.End == nil) {
			v.add(f, "eigen tijden: geef begin én einde, of geen van beide", "custom times: give both start and end, or neither")
		}
		if a.Start != nil {
			v.clock(f+".start", *a.Start, false)
		}
		if a.End != nil {
			v.clock(f+".end", *a.End, true)
		}
		if a.State != StatePlanned && a.State != StateSick {
			v.add(f+".state", fmt.Sprintf("onbekende status %q", a.State), fmt.Sprintf("unknown state %q", a.State))
		}
	}
	for i := range p.Absences {
		a := &p.Absences[i]
		f := fmt.Sprintf("plan.absences[%d]", i)
		v.memberRef(f+".member", a.Member)
		v.date(f+".from", a.From)
		if a.To != AbsenceOpenEnd { // "until further notice" (team.OpenEnd)
			v.date(f+".to", a.To)
		}
		if a.To < a.From {
			v.add(f+".to", fmt.Sprintf("einde voor begin: %s ligt voor %s", a.To, a.From),
				fmt.Sprintf("end before start: %s is before %s", a.To, a.From))
		}
		if !validAbsenceKind(a.Kind) {
			v.add(f+".kind", fmt.Sprintf("onbekende soort afwezigheid %q", a.Kind), fmt.Sprintf("unknown absence kind %q", a.Kind))
		}
		if !inRange(a.HoursPerDay, 0, 24) {
			v.add(f+".hoursPerDay", fmt.Sprintf("%s u per dag ligt niet tussen 0 en 24", Decimal(a.HoursPerDay, Dutch)),
				fmt.Sprintf("%s h a day is not between 0 and 24", Decimal(a.HoursPerDay, English)))
		}
	}
	for i := range p.Wishes {
		w := &p.Wishes[i]
		f := fmt.Sprintf("plan.wishes[%d]", i)
		v.memberRef(f+".member", w.Member)
		v.date(f+".date", w.Date)
		if w.Shift != "" {
			v.shiftRef(f+".shift", w.Shift)
		}
		switch w.Kind {
		case WishCannot, WishRatherNot, WishPrefer:
		default:
			v.add(f+".kind", fmt.Sprintf("onbekende soort wens %q", w.Kind), fmt.Sprintf("unknown wish kind %q", w.Kind))
		}
	}
	v.periods()
	v.baseRoster()
}

// baseRoster checks the team's repeating pattern, when there is one.
func (v *validator) baseRoster() {
	b := v.h.Settings.BaseRoster
	if b == nil {
		return
	}
	const f = "settings.baseRoster"
	v.date(f+".start", b.Start)
	if b.Start.Weekday() != 1 {
		v.add(f+".start", fmt.Sprintf("begin %s is geen maandag", b.Start), fmt.Sprintf("start %s is not a Monday", b.Start))
	}
	if b.Weeks < 1 || b.Weeks > 12 {
		v.add(f+".weeks", fmt.Sprintf("basisrooster van %d weken: kies 1 tot 12", b.Weeks), fmt.Sprintf("base roster of %d weeks: choose 1 to 12", b.Weeks))
	}
	for i := range b.Cells {
		c := &b.Cells[i]
		cf := fmt.Sprintf("%s.cells[%d]", f, i)
		v.memberRef(cf+".member", c.Member)
		v.shiftRef(cf+".shift", c.Shift)
		if c.Week < 0 || c.Week >= max(b.Weeks, 1) {
			v.add(cf+".week", fmt.Sprintf("week %d ligt buiten het basisrooster (0–%d)", c.Week, b.Weeks-1),
				fmt.Sprintf("week %d lies outside the base roster (0–%d)", c.Week, b.Weeks-1))
		}
		if c.Day < 0 || c.Day > 6 {
			v.add(cf+".day", fmt.Sprintf("dag %d ligt niet tussen 0 (maandag) en 6 (zondag)", c.Day),
				fmt.Sprintf("day %d is not between 0 (Monday) and 6 (Sunday)", c.Day))
		}
		if (c.Start == nil) != (c.End == nil) {
			v.add(cf, "eigen tijden: geef begin én einde, of geen van beide", "custom times: give both start and end, or neither")
		}
		if c.Start != nil {
			v.clock(cf+".start", *c.Start, false)
		}
		if c.End != nil {
			v.clock(cf+".end", *c.End, true)
		}
	}
}

// validAbsenceKind reports whether k is a known absence kind.
func validAbsenceKind(k AbsenceKind) bool {
	for _, x := range AbsenceKinds {
		if k == x {
			return true
		}
	}
	return false
}

// periods checks each period and that no two periods overlap.
func (v *validator) periods() {
	ps := v.h.Plan.Periods
	order := make([]int, 0, len(ps))
	for i, p := range ps {
		f := fmt.Sprintf("plan.periods[%d]", i)
		v.date(f+".from", p.From)
		v.date(f+".to", p.To)
		switch p.State {
		case PeriodDraft, PeriodWishes, PeriodFilling, PeriodFixed:
		default:
			v.add(f+".state", fmt.Sprintf("onbekende periodestatus %q", p.State), fmt.Sprintf("unknown period state %q", p.State))
		}
		if p.To < p.From {
			v.add(f+".to", fmt.Sprintf("einde voor begin: %s ligt voor %s", p.To, p.From),
				fmt.Sprintf("end before start: %s is before %s", p.To, p.From))
			continue
		}
		order = append(order, i)
	}
	sort.SliceStable(order, func(a, b int) bool { return ps[order[a]].From < ps[order[b]].From })
	// With periods sorted by start, a period overlaps an earlier one exactly
	// when it starts on or before the latest end seen so far.
	last := -1
	for _, i := range order {
		if last >= 0 && ps[i].From <= ps[last].To {
			a, b := Window{ps[i].From, ps[i].To}, Window{ps[last].From, ps[last].To}
			v.add(fmt.Sprintf("plan.periods[%d]", i),
				fmt.Sprintf("periode %s overlapt met periode %s", a, b),
				fmt.Sprintf("period %s overlaps period %s", a, b))
		}
		if last < 0 || ps[i].To > ps[last].To {
			last = i
		}
	}
}
