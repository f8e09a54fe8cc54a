package plan

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// House adapter: "vul aan" for a window of a roster.House.
//
// The mapping onto the core is deliberately conservative; roster.Check stays
// the judge. Cells are (opvoeder, day); the plannable shift types are the
// group, awake-night, sleep and live-in types. Per cell:
//   - existing assignments, absences, inactivity, "kan niet" whole-day wishes
//     and days in a fixed period lock the cell (to its shift, or off);
//   - member flags (no nights, no sleep shifts, not live-in, pregnant) and
//     "kan niet" shift wishes forbid shift types;
//   - "liever niet" and "graag" wishes are soft costs (WishWeight).
//
// Rules per member: at most one plannable shift a day, no pair of days with
// less than 11 h rest between them (14 h after a shift ending after 02:00),
// at most 5 working days in a row, and contract minutes at most
// (1 − slack) × contract − absence hours in the window (the SLACK limit; a
// member already above it keeps what she has). The distance to that limit is
// a soft cost per hour (FairWeight), which spreads the work.
//
// Coverage: each coverage band is covered greedily by the plannable group
// shift types (earliest start that reaches furthest), which get the band's
// minimum as their demand; each night gets a demand of exactly one on the
// night type of the house's night mode. Under-coverage costs UnderWeight per
// missing person, over-coverage OverWeight.
//
// Afterwards Propose runs roster.Check on the house with the proposal and
// drops proposed assignments involved in any error finding that the house
// did not have before (coverage errors count as new only where the
// uncovered time grows), until no new error remains.

// House cost weights.
const (
	UnderWeight = 100 // per missing opvoeder on a shift's demand
	OverWeight  = 5   // per opvoeder above it
	NightWeight = 100 // per missing or double night cover
	WishWeight  = 10  // per "liever niet" honoured not, or "graag" missed
	FairWeight  = 1   // per hour under or over a member's share
)

// houseMap remembers how the problem's rows and columns map to the house.
type houseMap struct {
	w       roster.Window
	members []int               // member IDs per employee row
	codes   []string            // shift codes per shift index
	locked  [][]bool            // [e][d]: cell was locked
	types   []*roster.ShiftType // per shift index
}

// Propose fills the open cells of window w with proposed assignments: it
// returns only new assignments (existing ones are never moved), none of
// which adds an error finding of roster.Check. progress is called with the
// best score so far (see Solve). Without a time limit, iteration budget or
// cancellable context the search runs 5 s. The caller decides which
// proposals to accept.
func Propose(ctx context.Context, h *roster.House, w roster.Window, opts Options, progress func(Progress)) ([]roster.Assignment, error) {
	p, hm, err := houseProblem(h, w)
	if err != nil {
		return nil, err
	}
	if len(p.Employees) == 0 {
		return nil, nil
	}
	if opts.TimeLimit == 0 && opts.MaxIterations == 0 && ctx.Done() == nil {
		opts.TimeLimit = 5 * time.Second
	}
	res, err := Solve(ctx, p, opts, progress)
	if err != nil {
		return nil, fmt.Errorf("vul aan / fill in: %w", err)
	}
	var out []roster.Assignment
	for e, row := range res.Solution {
		for d, s := range row {
			if s == Off || hm.locked[e][d] {
				continue
			}
			out = append(out, roster.Assignment{Member: hm.members[e], Date: w.From.AddDays(d), Shift: hm.codes[s]})
		}
	}
	return verifyProposal(h, w, out), nil
}

// houseProblem maps the window of h onto a Problem.
func houseProblem(h *roster.House, w roster.Window) (*Problem, *houseMap, error) {
	D := w.Days()
	if D < 1 {
		return nil, nil, fmt.Errorf("leeg venster %s / empty window %s", w, w)
	}
	hm := &houseMap{w: w}
	for i := range h.ShiftTypes {
		st := &h.ShiftTypes[i]
		if st.Kind == roster.KindGroup || st.Kind.NightCover() {
			hm.types = append(hm.types, st)
			hm.codes = append(hm.codes, st.Code)
		}
	}
	if len(hm.types) == 0 || len(hm.types) > 31 {
		return nil, nil, fmt.Errorf("%d plannbare diensttypen / %d plannable shift types", len(hm.types), len(hm.types))
	}
	S := len(hm.types)
	p := &Problem{Days: D, Minutes: make([][]int, D), Cover: make([][]Cover, D)}
	for _, st := range hm.types {
		p.Shifts = append(p.Shifts, Shift{Name: st.Code})
	}
	for d := range D {
		date := w.From.AddDays(d)
		p.Minutes[d] = make([]int, S)
		for s, st := range hm.types {
			p.Minutes[d][s] = contractMinutes(date, st)
		}
	}
	// Rest between shift types on consecutive days (clock times; DST moves
	// it by an hour at most, which roster.Check catches).
	for a, sa := range hm.types {
		for b, sb := range hm.types {
			if restMinutes(sa, sb) < requiredRest(sa) {
				p.Shifts[a].CannotFollow = append(p.Shifts[a].CannotFollow, b)
			}
		}
	}
	houseCover(h, w, hm, p)
	cells := cellIndex(h, w)
	for i := range h.Members {
		m := &h.Members[i]
		if !m.CountsAsOpvoeder() || !activeIn(m, w) {
			continue
		}
		p.Employees = append(p.Employees, houseEmployee(h, w, hm, m, cells))
		hm.members = append(hm.members, m.ID)
	}
	// Locked cells may already break the core's rules (the house's own
	// roster is not the planner's): tolerate exactly that much per row.
	m := compile(p)
	x := initial(m, nil)
	for e := range p.Employees {
		h, _ := m.rowEval(e, x[e*D:(e+1)*D])
		p.Employees[e].Tolerance = int(h)
	}
	hm.locked = make([][]bool, len(p.Employees))
	for e := range p.Employees {
		hm.locked[e] = make([]bool, D)
		for d, f := range p.Employees[e].Fixed {
			hm.locked[e][d] = f != Free
		}
	}
	return p, hm, nil
}

func activeIn(m *roster.Member, w roster.Window) bool {
	for d := w.From; d <= w.To; d++ {
		if m.Active(d) {
			return true
		}
	}
	return false
}

// contractMinutes is what a shift of type st on date counts against the
// contract: real length minus break, sleep hours for half.
func contractMinutes(date roster.Date, st *roster.ShiftType) int {
	s, e := roster.Span(date, st.Start, st.End)
	min := int(e.Sub(s).Minutes()) - st.BreakMin
	if st.Kind.Sleeping() {
		min /= 2
	}
	return max(min, 0)
}

// span returns a shift type's start and end in minutes from the start of
// its day (the end may lie in the next day).
func span(st *roster.ShiftType) (int, int) {
	s, e := int(st.Start), int(st.End)
	if e <= s {
		e += 1440
	}
	return s, e
}

// restMinutes is the rest between a shift of type a and one of type b the
// next day.
func restMinutes(a, b *roster.ShiftType) int {
	_, ae := span(a)
	bs, _ := span(b)
	return bs + 1440 - ae
}

// requiredRest is 11 h, or 14 h after a shift that ends after 02:00 the
// next day. The planner does not use the law's once-a-week shortening to
// 8 h: that stays for the team to decide.
func requiredRest(a *roster.ShiftType) int {
	if _, e := span(a); e > 1440+roster.NightLateEndMinute {
		return roster.NightRestMinutes
	}
	return roster.RestDailyMinutes
}

// nightWork reports whether a shift type holds more than an hour between
// 00:00 and 06:00.
func nightWork(st *roster.ShiftType) bool {
	s, e := span(st)
	n := 0
	for _, night := range [][2]int{{0, 360}, {1440, 1800}} {
		n += max(0, min(e, night[1])-max(s, night[0]))
	}
	return n > 60
}

// houseCover sets the coverage demand per day and shift type.
func houseCover(h *roster.House, w roster.Window, hm *houseMap, p *Problem) {
	hol := roster.NewHolidaySet(w, h.Settings.ExtraHolidays)
	S := len(hm.types)
	night := nightType(h, hm)
	for d := range p.Days {
		p.Cover[d] = make([]Cover, S)
		for s, st := range hm.types {
			c := Cover{Under: UnderWeight, Over: OverWeight}
			if st.Kind.NightCover() {
				c = Cover{Under: NightWeight, Over: NightWeight}
				if s == night {
					c.Required = 1
				}
			}
			p.Cover[d][s] = c
		}
		if night >= 0 && nightCovered(h, w.From.AddDays(d)) {
			// A night already covered by another kind (a live-in night in
			// a mixed house) needs no second cover.
			p.Cover[d][night].Required = 0
		}
		dt := hol.DayTypeOf(w.From.AddDays(d))
		for _, b := range h.Coverage {
			if b.Day != dt || b.Min <= 0 {
				continue
			}
			for _, s := range coverBand(hm, b) {
				p.Cover[d][s].Required = max(p.Cover[d][s].Required, b.Min)
			}
		}
	}
}

// nightCovered reports whether the plan already has a worked night cover
// starting on d, of any night kind.
func nightCovered(h *roster.House, d roster.Date) bool {
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if a.Date != d || a.State == roster.StateSick {
			continue
		}
		if st := h.ShiftType(a.Shift); st != nil && st.Kind.NightCover() && h.Plan.AbsenceOn(a.Member, d) == nil {
			return true
		}
	}
	return false
}

// coverBand picks group shift types that together cover band b: from the
// band start, repeatedly the type that starts at or before the uncovered
// point and ends furthest.
func coverBand(hm *houseMap, b roster.Band) []int {
	bs, be := int(b.Start), int(b.End)
	if be <= bs {
		be += 1440
	}
	var out []int
	for t := bs; t < be; {
		best, bestEnd := -1, t
		for s, st := range hm.types {
			if st.Kind != roster.KindGroup {
				continue
			}
			ss, se := span(st)
			if ss <= t && se > bestEnd {
				best, bestEnd = s, se
			}
		}
		if best < 0 {
			// Nothing starts early enough: take the earliest start after t.
			for s, st := range hm.types {
				ss, se := span(st)
				if st.Kind == roster.KindGroup && ss > t && ss < be && (best < 0 || ss < int(hm.types[best].Start)) {
					best, bestEnd = s, se
				}
			}
			if best < 0 {
				break
			}
		}
		if !slices.Contains(out, best) {
			out = append(out, best)
		}
		t = bestEnd
	}
	return out
}

// nightType is the shift index that covers the night in the house's night
// mode, or -1.
func nightType(h *roster.House, hm *houseMap) int {
	want := []roster.ShiftKind{roster.KindSleep, roster.KindAwakeNight, roster.KindLiveIn}
	switch h.Settings.NightMode {
	case roster.NightLiveIn:
		want = []roster.ShiftKind{roster.KindLiveIn}
	case roster.NightAwake:
		want = []roster.ShiftKind{roster.KindAwakeNight}
	case roster.NightSleep:
		want = []roster.ShiftKind{roster.KindSleep}
	}
	for _, k := range want {
		for s, st := range hm.types {
			if st.Kind == k {
				return s
			}
		}
	}
	return -1
}
