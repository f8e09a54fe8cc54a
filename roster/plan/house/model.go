package house

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// House cost weights in the planner's model.
const (
	UnderWeight = 100 // per missing opvoeder on a shift's demand
	OverWeight  = 20  // per opvoeder above it: more than a shift's hours of FairWeight, so no shift is placed for the hours alone
	NightWeight = 100 // per missing or double night cover
	WishWeight  = 10  // per "liever niet" honoured not, or "graag" missed
	FairWeight  = 1   // per hour away from a member's share of the week
	// SpreadWeight is the cost per night, weekend or late shift a member is
	// ahead of the least loaded colleague (the fairness figures of the last
	// 12 weeks), at most SpreadCap per cell.
	SpreadWeight = 1
	SpreadCap    = 3
)

// chunkMap remembers how one chunk problem's rows and columns map to the
// house. Column 0 is the day before the chunk, always locked, so that the
// rest rules see the shift before it.
type chunkMap struct {
	from    roster.Date // date of column 0
	members []int       // member IDs per employee row
	codes   []string    // shift codes per shift index
	types   []*roster.ShiftType
	locked  [][]bool // [e][d]: cell was locked
}

// spreadCosts adds the fair-spread costs: per member and kind (nights,
// weekends, late shifts) SpreadWeight per shift she is ahead of the least
// loaded eligible colleague in the fairness figures over w (count minus the
// contract share, as the app shows them).
func spreadCosts(h *roster.House, cm *chunkMap, p *plan.Problem, w roster.Window) {
	ft := team.Fairness(h, w)
	type ahead struct{ night, weekend, late float64 }
	rows := map[int]ahead{}
	low := ahead{math.Inf(1), math.Inf(1), math.Inf(1)}
	for _, r := range ft.Rows {
		a := ahead{r.Nights.Diff(), r.Weekends.Diff(), r.Lates.Diff()}
		rows[r.Member] = a
		if r.Nights.Eligible {
			low.night = min(low.night, a.night)
		}
		if r.Weekends.Eligible {
			low.weekend = min(low.weekend, a.weekend)
			low.late = min(low.late, a.late)
		}
	}
	cost := func(x, lo float64) int {
		if math.IsInf(lo, 1) {
			return 0
		}
		return min(int(math.Round(SpreadWeight*(x-lo))), SpreadCap)
	}
	for e, id := range cm.members {
		a := rows[id]
		cn, cw, cl := cost(a.night, low.night), cost(a.weekend, low.weekend), cost(a.late, low.late)
		for d := 1; d < p.Days; d++ {
			date := cm.from + roster.Date(d)
			wd := date.Weekday()
			for s, st := range cm.types {
				c := 0
				if st.Kind.NightCover() {
					c += cn
				} else if _, end := span(st); end > int(team.LateAfter) {
					c += cl
				}
				if wd == time.Saturday || wd == time.Sunday {
					c += cw
				}
				p.Employees[e].Cost[d][s+1] += max(c, 0)
			}
		}
	}
}

// plannable returns the shift types the planner places: group shifts and
// the night covers of the house's night mode (nightKind; meetings and
// office work are not planned). The engine also admits, say, a sleep shift
// as the night cover of a house with awake nights, but the planner never
// proposes one, and the proven bound holds for the rosters it may propose:
// a bound that credits only the house's night covers lay above a roster
// whose LP rows held a stray sleep shift in such a house (session 14).
func plannable(h *roster.House) []*roster.ShiftType {
	var out []*roster.ShiftType
	for i := range h.ShiftTypes {
		st := &h.ShiftTypes[i]
		if st.Kind == roster.KindGroup || nightKind(h, st.Kind) {
			out = append(out, st)
		}
	}
	return out
}

// chunkProblem maps the days of chunk (inside the ISO week of its first
// day) of h onto a plan.Problem. h holds the proposals of earlier chunks as
// assignments: they are locked like the team's own.
func chunkProblem(h *roster.House, ix *index, chunk roster.Window) (*plan.Problem, *chunkMap, error) {
	cm := &chunkMap{from: chunk.From - 1, types: plannable(h)}
	if len(cm.types) == 0 || len(cm.types) > 31 {
		return nil, nil, fmt.Errorf("%d planbare diensttypen / %d plannable shift types", len(cm.types), len(cm.types))
	}
	for _, st := range cm.types {
		cm.codes = append(cm.codes, st.Code)
	}
	D, S := chunk.Days()+1, len(cm.types)
	p := &plan.Problem{Days: D, Minutes: make([][]int, D), Cover: make([][]plan.Cover, D)}
	lim := rules.EngineLimits()
	for _, st := range cm.types {
		p.Shifts = append(p.Shifts, plan.Shift{Name: st.Code})
	}
	for d := range D {
		p.Minutes[d] = make([]int, S)
		for s, st := range cm.types {
			p.Minutes[d][s] = contractMinutes(cm.from+roster.Date(d), st)
		}
	}
	// Rest between shift types on consecutive days, from the engine's
	// limits: the daily rest, or the night rest after a night duty that
	// ends late. The shortened rest is never planned (it is once per week
	// and the engine decides which rest it is).
	regular := h.Settings.SleepRegime != roster.RegimeIrregular
	for a, sa := range cm.types {
		for b, sb := range cm.types {
			if regular && sa.Kind.Sleeping() && !sb.Kind.Sleeping() && restMinutes(sa, sb) == 0 {
				// A shift that starts when the sleep shift ends continues
				// the same aanwezigheidsdienst (ATW-SLEEP judges it).
				continue
			}
			if restMinutes(sa, sb) < requiredRest(sa, lim) {
				p.Shifts[a].CannotFollow = append(p.Shifts[a].CannotFollow, b)
			}
		}
	}
	for i := range h.Members {
		m := &h.Members[i]
		if !m.CountsAsOpvoeder() || !activeIn(m, chunk) {
			continue
		}
		p.Employees = append(p.Employees, chunkEmployee(h, ix, cm, m, chunk))
		cm.members = append(cm.members, m.ID)
	}
	chunkCover(h, ix, cm, p)
	spreadCosts(h, cm, p, roster.Window{From: chunk.From - 12*7, To: chunk.To})
	if len(p.Employees) == 0 {
		return p, cm, nil
	}
	if err := p.SetLockedTolerance(); err != nil {
		return nil, nil, err
	}
	cm.locked = make([][]bool, len(p.Employees))
	for e := range p.Employees {
		cm.locked[e] = make([]bool, D)
		for d, f := range p.Employees[e].Fixed {
			cm.locked[e][d] = f != plan.Free
		}
	}
	return p, cm, nil
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
// contract, as the engine's ledger counts it (Shift.ContractHours).
func contractMinutes(date roster.Date, st *roster.ShiftType) int {
	s, e := roster.Span(date, st.Start, st.End)
	sh := roster.Shift{Start: s, End: e, BreakMin: st.BreakMin, Kind: st.Kind}
	return max(int(sh.ContractHours()*60+0.5), 0)
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

// requiredRest is the engine's daily rest, or its night rest after a shift
// that ends after the late-end clock time the next day.
func requiredRest(a *roster.ShiftType, lim rules.Limits) int {
	if _, e := span(a); e > 1440+int(lim.NightRestLateEnd) {
		return int(lim.NightRestAfter.Minutes())
	}
	return int(lim.RestDaily.Minutes())
}

// nightWork reports whether a shift type holds more than rules.NightWorkMin
// between 00:00 and rules.NightWorkEnd (what the engine calls night work).
func nightWork(st *roster.ShiftType) bool {
	s, e := span(st)
	end := int(rules.NightWorkEnd)
	n := 0
	for _, night := range [][2]int{{0, end}, {1440, 1440 + end}} {
		n += max(0, min(e, night[1])-max(s, night[0]))
	}
	return n > int(rules.NightWorkMin.Minutes())
}

// mayWork reports whether m's flags allow shift type st (ROLE).
func mayWork(m *roster.Member, st *roster.ShiftType) bool {
	return rules.MayDoKind(m, st.Kind) && !(m.Pregnant && nightWork(st))
}

// chunkCover sets the coverage demand per day and shift type: the cheapest
// mix of shift types that meets what the day's bands still need beyond who
// is present already (coverMix), plus the locked shifts of each type (the
// core counts those too); each night that has no cover yet wants one night
// cover: a live-in night when a live-in member is free that night (nights to
// live-in members first), otherwise the house's night type.
func chunkCover(h *roster.House, ix *index, cm *chunkMap, p *plan.Problem) {
	hol := roster.NewHolidaySet(roster.Window{From: cm.from, To: cm.from + roster.Date(p.Days)}, h.Settings.ExtraHolidays)
	S := len(cm.types)
	day, _ := present(h, roster.Window{From: cm.from, To: cm.from + roster.Date(p.Days)})
	for d := range p.Days {
		date := cm.from + roster.Date(d)
		p.Cover[d] = make([]plan.Cover, S)
		for s, st := range cm.types {
			c := plan.Cover{Under: UnderWeight, Over: OverWeight}
			if st.Kind.NightCover() {
				c = plan.Cover{Under: NightWeight, Over: NightWeight}
			}
			p.Cover[d][s] = c
		}
		if d > 0 && !ix.nightCovered(date) {
			if s := nightType(h, ix, cm, date); s >= 0 {
				p.Cover[d][s].Required = 1
			}
		}
		need := residualNeed(h, hol.DayTypeOf(date), date, day)
		mix := coverMix(h, cm, need)
		locked := make([]int, S)
		for e := range p.Employees {
			if f := p.Employees[e].Fixed[d]; f >= 0 {
				locked[f]++
			}
		}
		for s, n := range mix {
			if cm.types[s].Kind.Present() {
				p.Cover[d][s].Required = max(p.Cover[d][s].Required, n+locked[s])
			}
		}
	}
}

// residualNeed returns per minute from midnight of date (two days) how
// many opvoeders the bands of day type dt still need beyond those present
// (day: the presences the engine counts, each member once).
func residualNeed(h *roster.House, dt roster.DayType, date roster.Date, day []presence) []int {
	need := make([]int, 2*1440)
	for _, b := range h.Coverage {
		if b.Day != dt || b.Min <= 0 {
			continue
		}
		bs, be := int(b.Start), int(b.End)
		if be <= bs {
			be += 1440
		}
		for t := bs; t < be; t++ {
			need[t] = max(need[t], b.Min)
		}
	}
	mid := date.Start()
	seen := map[int][]bool{}
	for _, pr := range day {
		s, e := int(pr.s.Sub(mid).Minutes()), int(pr.e.Sub(mid).Minutes())
		s, e = max(s, 0), min(e, len(need))
		if s >= e {
			continue
		}
		mark := seen[pr.member]
		if pr.member <= 0 || mark == nil {
			mark = make([]bool, len(need))
			if pr.member > 0 {
				seen[pr.member] = mark
			}
		}
		for t := s; t < e; t++ {
			if !mark[t] {
				mark[t] = true
				need[t]--
			}
		}
	}
	for t := range need {
		need[t] = max(need[t], 0)
	}
	return need
}

// coverMix returns how many shifts of each type the day asks for, need
// being what it needs per minute from midnight: the mix of shift types that
// counts for presence with the fewest contract minutes (then the fewest
// shifts) that meets need at every minute, by exhaustive search over counts
// up to its largest value; if no mix meets it, the greedy cover of the
// house's bands (coverBand) at that value.
func coverMix(h *roster.House, cm *chunkMap, need []int) []int {
	mix := make([]int, len(cm.types))
	top := slices.Max(need)
	if top == 0 {
		return mix
	}
	var present []int
	for s, st := range cm.types {
		if st.Kind.Present() {
			present = append(present, s)
		}
	}
	if len(present) > 0 && len(present) <= 6 && top <= 4 {
		best, bestCost := []int(nil), [2]int{}
		counts := make([]int, len(present))
		have := make([]int, len(need))
		for {
			clear(have)
			cost := [2]int{}
			for i, s := range present {
				if counts[i] == 0 {
					continue
				}
				ss, se := span(cm.types[s])
				for t := ss; t < se && t < len(have); t++ {
					have[t] += counts[i]
				}
				cost[0] += counts[i] * (se - ss - cm.types[s].BreakMin)
				cost[1] += counts[i]
			}
			ok := true
			for t := range need {
				if have[t] < need[t] {
					ok = false
					break
				}
			}
			if ok && (best == nil || cost[0] < bestCost[0] || (cost[0] == bestCost[0] && cost[1] < bestCost[1])) {
				best, bestCost = slices.Clone(counts), cost
			}
			i := 0
			for i < len(counts) {
				counts[i]++
				if counts[i] <= top {
					break
				}
				counts[i] = 0
				i++
			}
			if i == len(counts) {
				break
			}
		}
		if best != nil {
			for i, s := range present {
				mix[s] = best[i]
			}
			return mix
		}
	}
	for _, b := range h.Coverage {
		if b.Min > 0 {
			for _, s := range coverBand(cm, b) {
				mix[s] = max(mix[s], top)
			}
		}
	}
	return mix
}

// coverBand picks group shift types that together cover band b: from the
// band start, repeatedly the type that starts at or before the uncovered
// point and ends furthest.
func coverBand(cm *chunkMap, b roster.Band) []int {
	bs, be := int(b.Start), int(b.End)
	if be <= bs {
		be += 1440
	}
	var out []int
	for t := bs; t < be; {
		best, bestEnd := -1, t
		for s, st := range cm.types {
			if !st.Kind.Present() {
				continue
			}
			ss, se := span(st)
			if ss <= t && se > bestEnd {
				best, bestEnd = s, se
			}
		}
		if best < 0 {
			// Nothing starts early enough: take the earliest start after t.
			for s, st := range cm.types {
				ss, se := span(st)
				if st.Kind.Present() && ss > t && ss < be && (best < 0 || ss < int(cm.types[best].Start)) {
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

// nightType is the shift index that should cover the night of date: the
// live-in type when the house uses live-in nights (or mixes) and a live-in
// member may take it, else the house's night type; -1 if none.
func nightType(h *roster.House, ix *index, cm *chunkMap, date roster.Date) int {
	find := func(k roster.ShiftKind) int {
		for s, st := range cm.types {
			if st.Kind == k {
				return s
			}
		}
		return -1
	}
	mode := h.Settings.NightMode
	if mode == roster.NightLiveIn || mode == roster.NightMixed || mode == "" {
		if s := find(roster.KindLiveIn); s >= 0 {
			for i := range h.Members {
				m := &h.Members[i]
				if m.CountsAsOpvoeder() && mayWork(m, cm.types[s]) && ix.open(m, date) && !ix.cannot(m.ID, date, cm.types[s].Code) {
					return s
				}
			}
		}
	}
	order := []roster.ShiftKind{roster.KindSleep, roster.KindAwakeNight, roster.KindLiveIn}
	if mode == roster.NightAwake {
		order = []roster.ShiftKind{roster.KindAwakeNight, roster.KindSleep, roster.KindLiveIn}
	}
	for _, k := range order {
		if s := find(k); s >= 0 {
			return s
		}
	}
	return -1
}
