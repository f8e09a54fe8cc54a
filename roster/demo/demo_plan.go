package demo

import (
	"github.com/huisrooster/huisrooster/roster"
)

// This file plans the four weeks of the demo house: nights first (the two
// live-in opvoeders and a Sunday sleep-shift rotation), then fixed work
// (office, family work, household, the intern), then the group shifts filled
// greedily within every member's hours (contract minus 10% slack), and last
// the problems a real roster has.

// demoSlack is the share of contract hours the demo plans at most: 10% of
// every contract stays free, as the concept asks.
const demoSlack = 0.9

// demoPlanner builds the demo plan on a grid of one main shift per member
// per day.
type demoPlanner struct {
	h      *roster.House
	mon    roster.Date
	days   int
	code   [][]string  // [member index][day]: the main shift code, "" free
	state  [][]bool    // [member index][day]: the main shift was vacated by a sick report
	avoid  [][]bool    // [member index][day]: the planner leaves this day free
	hours  []float64   // planned contract hours per member
	week   [][]float64 // [member index][week]: planned contract hours
	limit  []float64   // contract hours the planner may plan per member
	plan   roster.Plan // absences, wishes, periods; assignments are added at the end
	hoursH map[string]float64
}

// demoPlan returns the plan of the demo house h for four weeks from mon.
func demoPlan(h *roster.House, mon roster.Date) roster.Plan {
	p := &demoPlanner{h: h, mon: mon, days: 7 * demoWeeks, hoursH: map[string]float64{}}
	n := len(h.Members)
	p.code, p.state, p.avoid = grid[string](n, p.days), grid[bool](n, p.days), grid[bool](n, p.days)
	p.hours, p.limit, p.week = make([]float64, n), make([]float64, n), grid[float64](n, demoWeeks)
	for i := range h.ShiftTypes {
		st := &h.ShiftTypes[i]
		s, e := roster.Span(mon, st.Start, st.End)
		hrs := e.Sub(s).Hours() - float64(st.BreakMin)/60
		if st.Kind.Sleeping() {
			hrs /= 2
		}
		p.hoursH[st.Code] = hrs
	}
	for i := range h.Members {
		p.limit[i] = demoSlack*h.Members[i].HoursOn(mon)*demoWeeks - 4 // 4 h for two team meetings
	}
	p.absencesAndWishes()
	p.nights()
	p.fixedWork()
	p.restProblem()
	p.fill()
	p.meetings()
	p.sickReports()
	return p.finish()
}

// grid returns a rows × cols matrix of zero values.
func grid[T any](rows, cols int) [][]T {
	out := make([][]T, rows)
	for i := range out {
		out[i] = make([]T, cols)
	}
	return out
}

// absencesAndWishes adds leave, special leave and wishes.
func (p *demoPlanner) absencesAndWishes() {
	d := p.mon
	p.absence(demoAnouk, 14, 18, roster.AbsLeave) // a week of leave in week 3
	p.absence(demoThijs, 3, 3, roster.AbsSpecial) // special leave on Thursday of week 1
	p.absence(Zoe, 25, 25, roster.AbsTraining)    // a training day in week 4
	// The sleep shift of the Sunday of week 3 will be reported sick
	// (sickReports); book the sick days now so the hours stay within slack.
	p.absence(demoRotation()[2], 20, 21, roster.AbsSick)
	p.plan.Wishes = []roster.Wish{
		{Member: demoNoor, Date: d + 11, Kind: roster.WishCannot, Note: "bruiloft zus"},
		{Member: demoRik, Date: d + 5, Shift: "L", Kind: roster.WishPrefer},
		{Member: demoJoelle, Date: d + 27, Kind: roster.WishRatherNot, Note: "verjaardag"},
	}
	p.avoid[demoNoor-1][11] = true
	p.avoid[demoJoelle-1][27] = true
	p.set(demoRik, 5, "L")
}

// absence records an absence of member over days from–to of the plan and
// keeps the planner off those days.
func (p *demoPlanner) absence(member, from, to int, kind roster.AbsenceKind) {
	p.plan.Absences = append(p.plan.Absences, roster.Absence{Member: member, From: p.mon + roster.Date(from), To: p.mon + roster.Date(to), Kind: kind})
	m := &p.h.Members[member-1]
	for d := from; d <= to; d++ {
		p.avoid[member-1][d] = true
		p.add(member-1, d, m.HoursOn(p.mon)/5) // what the ledger counts for a day of absence
	}
}

// set puts member on shift code on day d.
func (p *demoPlanner) set(member, d int, code string) {
	i := member - 1
	if old := p.code[i][d]; old != "" {
		p.add(i, d, -p.hoursH[old])
	}
	p.code[i][d] = code
	p.add(i, d, p.hoursH[code])
}

// add books hrs for member index i on day d.
func (p *demoPlanner) add(i, d int, hrs float64) {
	p.hours[i] += hrs
	p.week[i][d/7] += hrs
}

// nights plans the night covers: the live-in opvoeders hold three nights in
// a row each (Zoë Monday to Wednesday, Sébastien Thursday to Saturday), so
// their other days stay free for day shifts; a sleep shift on Sunday rotates
// over four opvoeders.
func (p *demoPlanner) nights() {
	z, s := Zoe, demoSebastien
	rhythm := [6]int{z, z, z, s, s, s} // Monday to Saturday
	rotation := demoRotation()
	for d := range p.days {
		wk, wd := d/7, d%7
		if wd == 6 {
			p.set(rotation[wk%len(rotation)], d, "S")
			continue
		}
		p.set(rhythm[wd], d, "I")
	}
}

// demoRotation returns who holds the Sunday sleep shift, week by week.
func demoRotation() []int { return []int{demoFatima, demoNoor, demoThijs, Daan} }

// fixedWork plans the work that is the same every week: the teamleider's
// office days and group shifts, the systeemtherapeut's family work and
// evening, the household and the intern.
func (p *demoPlanner) fixedWork() {
	for wk := range demoWeeks {
		d := 7 * wk
		p.set(Marieke, d+0, "T")
		p.set(Marieke, d+1, "L")
		p.set(Marieke, d+3, "T")
		if wk%2 == 0 {
			p.set(Marieke, d+4, "V")
		}
		p.set(demoRuud, d+0, "G")
		p.set(demoRuud, d+1, "G")
		p.set(demoRuud, d+3, "L")
		for _, wd := range []int{0, 1, 3, 4} {
			p.set(demoAns, d+wd, "H")
		}
		p.set(demoMila, d+1, "M")
		p.set(demoMila, d+3, "M")
	}
}

// restProblem plans one real problem: Daan swapped into a late shift
// followed by an early one twice in one week, so even the once-per-7-days
// 8 h exception of ATW-REST does not save it.
func (p *demoPlanner) restProblem() {
	p.set(Daan, 8, "L")
	p.set(Daan, 9, "V")
	p.set(Daan, 11, "L")
	p.set(Daan, 12, "V")
	for _, d := range []int{7, 10, 13} {
		p.avoid[Daan-1][d] = true
	}
}

// fill fills the group shifts: for every day 3 early (V) and 3 late (L)
// shifts, round by round over all days so no day or week comes last. The
// third early shift on school days comes in the last round: where the hours
// run short, school mornings (the children are away) go short first.
func (p *demoPlanner) fill() {
	type slot struct {
		d    int
		code string
	}
	var order []slot
	round := func(code string, school, weekend bool) {
		for d := range p.days {
			if isWeekend := d%7 >= 5; isWeekend && weekend || !isWeekend && school {
				order = append(order, slot{d, code})
			}
		}
	}
	for _, code := range []string{"L", "V", "L", "V", "L"} {
		round(code, true, true)
	}
	round("V", false, true)
	round("V", true, false)
	for _, s := range order {
		if p.count(s.d, s.code) >= 3 {
			continue
		}
		if m := p.best(s.d, s.code); m > 0 {
			p.set(m, s.d, s.code)
		}
	}
}

// count returns how many members are on code on day d.
func (p *demoPlanner) count(d int, code string) int {
	n := 0
	for i := range p.code {
		if p.code[i][d] == code {
			n++
		}
	}
	return n
}

// best returns the opvoeder who should take code on day d, or 0: the one
// with the most hours left that week and in all, preferring one on the same
// shift the day before or after.
func (p *demoPlanner) best(d int, code string) int {
	best, bestScore := 0, -1e9
	for i := range p.h.Members {
		m := &p.h.Members[i]
		if m.Role != roster.RoleOpvoeder || !p.canTake(i, d, code) {
			continue
		}
		score := p.limit[i]/demoWeeks - p.week[i][d/7] + (p.limit[i]-p.hours[i])/4
		if p.at(i, d-1) == code || p.at(i, d+1) == code {
			score += 6
		}
		if score > bestScore {
			best, bestScore = m.ID, score
		}
	}
	return best
}

// at returns the code of member index i on day d, "" outside the plan.
func (p *demoPlanner) at(i, d int) string {
	if d < 0 || d >= p.days {
		return ""
	}
	return p.code[i][d]
}

// canTake reports whether member index i can take code (V or L) on day d
// within the rules the demo keeps: hours within the limit and spread over
// the weeks (never more than 1/9 above the contract in a week), 11 h rest
// around it (no early shift after a late one, no shift the day a night ends),
// at most 5 working days in 7, and no single free day between a late and an
// early shift (that leaves 32 h, less than the 36 h weekly rest).
func (p *demoPlanner) canTake(i, d int, code string) bool {
	if p.code[i][d] != "" || p.avoid[i][d] {
		return false
	}
	hrs := p.hoursH[code]
	wk := d / 7
	if p.hours[i]+hrs > p.limit[i] || p.week[i][wk]+hrs > p.limit[i]/demoWeeks+8 ||
		p.week[i][wk]+hrs > p.h.Members[i].HoursOn(p.mon)*10/9 {
		return false
	}
	night := func(c string) bool { return c == "S" || c == "I" || c == "W" }
	prev, next := p.at(i, d-1), p.at(i, d+1)
	if night(prev) {
		return false
	}
	if code == "V" && (prev == "L" || prev == "M" || p.at(i, d-2) == "L" && prev == "") {
		return false
	}
	if code == "L" && (next == "V" || p.at(i, d+2) == "V" && next == "") {
		return false
	}
	for s := d - 6; s <= d; s++ {
		n := 0
		for x := s; x < s+7; x++ {
			if x == d || p.at(i, x) != "" {
				n++
			}
		}
		if n > 5 {
			return false
		}
	}
	return true
}

// meetings plans the team meeting (O, 13:00–15:00) on Wednesday of weeks 2
// and 4 for everyone free that day who did not work the night before and
// has no night that day.
func (p *demoPlanner) meetings() {
	for _, d := range []int{9, 23} {
		for i := range p.h.Members {
			m := &p.h.Members[i]
			if m.Role == roster.RoleHuishoudelijk || p.code[i][d] != "" || p.avoid[i][d] {
				continue
			}
			if prev := p.at(i, d-1); prev == "S" || prev == "I" || prev == "W" {
				continue
			}
			p.set(m.ID, d, "O")
		}
	}
}

// sickReports adds two sick reports nobody has taken over yet: the Sunday
// sleep shift of week 3 (an uncovered night) and a late shift on the
// Saturday of week 3 (a coverage gap).
func (p *demoPlanner) sickReports() {
	for i := range p.code {
		if p.code[i][20] == "S" {
			p.state[i][20] = true // its absence was booked in absencesAndWishes
		}
	}
	for i := range p.code {
		if m := &p.h.Members[i]; p.code[i][19] == "L" && m.Role == roster.RoleOpvoeder && !m.LiveIn && !p.state[i][20] {
			p.state[i][19] = true
			p.plan.Absences = append(p.plan.Absences, roster.Absence{Member: i + 1, From: p.mon + 19, To: p.mon + 19, Kind: roster.AbsSick})
			break
		}
	}
}

// finish turns the grid into assignments (by date, then member) and sets
// the period states: the first two weeks fixed, the last two being filled.
func (p *demoPlanner) finish() roster.Plan {
	for d := range p.days {
		for i := range p.code {
			if p.code[i][d] == "" {
				continue
			}
			a := roster.Assignment{Member: i + 1, Date: p.mon + roster.Date(d), Shift: p.code[i][d]}
			if p.state[i][d] {
				a.State = roster.StateSick
			}
			p.plan.Assignments = append(p.plan.Assignments, a)
		}
	}
	p.plan.Periods = []roster.Period{
		{From: p.mon, To: p.mon + 13, State: roster.PeriodFixed},
		{From: p.mon + 14, To: p.mon + 27, State: roster.PeriodFilling},
	}
	return p.plan
}
