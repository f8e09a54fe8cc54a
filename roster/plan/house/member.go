package house

import (
	"slices"
	"sync"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// cellKey indexes assignments by member and date.
type cellKey struct {
	member int
	date   roster.Date
}

// index answers the planner's questions about one state of the house: which
// cells are open, which nights are covered, and the hours per member and day
// as the engine's ledger counts them.
type index struct {
	h      *roster.House
	cells  map[cellKey][]*roster.Assignment
	nights map[roster.Date]bool
	hours  map[cellKey]float64 // contract hours of shifts per member and date
	absent map[cellKey]float64 // absence hours per member and date

	aloneMu sync.Mutex
	aloneOK map[aloneKey]bool // lone shifts the engine admits (alone)
}

// aloneKey is a shift type on a date, for a pregnant member or not.
type aloneKey struct {
	code     string
	date     roster.Date
	pregnant bool
}

// newIndex indexes h for the dates of w (and the balance periods around it).
func newIndex(h *roster.House, w roster.Window) *index {
	ix := &index{h: h, cells: map[cellKey][]*roster.Assignment{}, nights: map[roster.Date]bool{},
		hours: map[cellKey]float64{}, absent: map[cellKey]float64{}}
	weeks := h.Settings.BalanceWeeksOrDefault()
	lo, hi := roster.BalancePeriod(w.From, weeks).From-1, roster.BalancePeriod(w.To, weeks).To+1
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if a.Date < lo || a.Date > hi {
			continue
		}
		k := cellKey{a.Member, a.Date}
		ix.cells[k] = append(ix.cells[k], a)
		st := h.ShiftType(a.Shift)
		if st != nil && st.Kind.NightCover() && a.State != roster.StateSick && h.Plan.AbsenceOn(a.Member, a.Date) == nil {
			if m := h.Member(a.Member); m != nil && m.Active(a.Date) {
				ix.nights[a.Date] = true
			}
		}
	}
	for _, s := range h.Shifts(roster.Window{From: lo, To: hi}) {
		if !s.Worked() && h.Plan.AbsenceOn(s.Member, s.Date) != nil {
			continue
		}
		ix.hours[cellKey{s.Member, s.Date}] += s.ContractHours()
	}
	for i := range h.Plan.Absences {
		a := &h.Plan.Absences[i]
		m := h.Member(a.Member)
		if m == nil {
			continue
		}
		for d := max(a.From, lo); d <= min(a.To, hi); d++ {
			if k := (cellKey{a.Member, d}); ix.absent[k] == 0 { // the first absence of a day counts
				ix.absent[k] = roster.AbsenceHours(a, m, d)
			}
		}
	}
	return ix
}

// open reports whether the planner may put a shift on m's cell of d: m is
// active, the cell holds nothing, m is not absent, the day is not in a fixed
// period and m has no "kan niet" wish for the whole day.
func (ix *index) open(m *roster.Member, d roster.Date) bool {
	return m.Active(d) && len(ix.cells[cellKey{m.ID, d}]) == 0 && ix.h.Plan.AbsenceOn(m.ID, d) == nil &&
		ix.h.Plan.StateOn(d) != roster.PeriodFixed && !ix.cannot(m.ID, d, "")
}

// cannot reports whether member has a "kan niet" wish on d for shift code
// (code "": for the whole day), or a shift of code on d standing alone
// already breaks a rule of the engine about one duty (alone).
func (ix *index) cannot(member int, d roster.Date, code string) bool {
	for _, w := range team.WishesOn(ix.h, member, d) {
		if w.Kind == roster.WishCannot && (w.Shift == "" || w.Shift == code) {
			return true
		}
	}
	if code != "" {
		m := ix.h.Member(member)
		return !ix.alone(code, d, m != nil && m.Pregnant)
	}
	return false
}

// alone reports whether the engine admits a shift of code on d that stands
// alone: the shift in a house of one opvoeder (pregnant or not) with
// nothing else planned adds no error or warning of the rules about one duty
// by itself (its length, its breaks, the length of a night duty). A team's own
// shift type may break them (a day shift of 8.5 hours without a break: the
// engine warns, ATW-BREAK), and then no roster the judge accepts holds it:
// in such a roster the shift is a duty of its own or follows a sleep
// shift it touches (every other neighbour leaves at least the daily rest,
// ATW-REST), and both are judged as the shift alone. The answer is cached.
func (ix *index) alone(code string, d roster.Date, pregnant bool) bool {
	k := aloneKey{code, d, pregnant}
	ix.aloneMu.Lock()
	defer ix.aloneMu.Unlock()
	if ok, seen := ix.aloneOK[k]; seen {
		return ok
	}
	if ix.aloneOK == nil {
		ix.aloneOK = map[aloneKey]bool{}
	}
	one := roster.House{Name: "alone", Children: ix.h.Children, Settings: ix.h.Settings, ShiftTypes: ix.h.ShiftTypes,
		Coverage: nil}
	one.Settings.BaseRoster = nil
	one.Members = []roster.Member{{ID: 1, Name: "A", Role: roster.RoleOpvoeder, Nights: true, Pregnant: pregnant,
		Contract: []roster.Contract{{From: d - 400, HoursPerWeek: 36}}}}
	one.Plan.Assignments = []roster.Assignment{{Member: 1, Date: d, Shift: code}}
	ok := true
	aloneRules := []string{rules.RuleATWShift, rules.RuleATWBreak, rules.RuleATWNight}
	for _, f := range rules.CheckAt(&one, roster.Window{From: d - 1, To: d + 1}, roster.Today()) {
		if f.Severity != rules.SevInfo && slices.Contains(aloneRules, f.Rule) {
			ok = false
		}
	}
	ix.aloneOK[k] = ok
	return ok
}

// nightCovered reports whether the night of d has a worked night cover.
func (ix *index) nightCovered(d roster.Date) bool { return ix.nights[d] }

// hoursIn sums member's planned contract hours over w as the engine's
// ledger does: shifts, plus absences counted per ISO week for at most the
// week's contract (within w).
func (ix *index) hoursIn(member int, w roster.Window) float64 {
	m := ix.h.Member(member)
	sum := 0.0
	for mon := w.From.Monday(); mon <= w.To; mon += 7 {
		var c, a float64
		for d := max(mon, w.From); d <= min(mon+6, w.To); d++ {
			k := cellKey{member, d}
			sum += ix.hours[k]
			a += ix.absent[k]
			if m != nil && m.Active(d) {
				c += m.HoursOn(d) / 7
			}
		}
		sum += min(a, c)
	}
	return sum
}

// contractIn sums m's contract hours over w (per day 1/7 of the week's).
func contractIn(m *roster.Member, w roster.Window) float64 {
	sum := 0.0
	for d := w.From; d <= w.To; d++ {
		if m.Active(d) {
			sum += m.HoursOn(d) / 7
		}
	}
	return sum
}

// chunkEmployee maps member m's cells, flags, wishes and hours in chunk.
// Hours: the week may hold at most the contract plus 1/9 (CONTRACT) and the
// balance period at most (1 − slack) × contract (SLACK), as the engine's
// ledger counts them; the planner aims at the member's share of what the
// period has left, in proportion to the weeks still to plan (FairWeight per
// hour away from it), so the hours spread over the weeks.
func chunkEmployee(h *roster.House, ix *index, cm *chunkMap, m *roster.Member, chunk roster.Window) plan.Employee {
	D, S := chunk.Days()+1, len(cm.types)
	e := plan.Employee{Name: m.Name, MaxConsecutive: 5, MaxWeekends: plan.Unlimited,
		Fixed: make([]int, D), Forbidden: make([][]bool, D), Cost: make([][]int, D)}
	index := map[string]int{}
	for s, code := range cm.codes {
		index[code] = s
	}
	lockedMin := 0 // contract minutes of locked plannable shifts in the chunk's own days
	beforeMin := 0 // and on column 0, the day before (the core counts them too)
	for d := range D {
		date := cm.from + roster.Date(d)
		forb, cost := make([]bool, S), make([]int, S+1)
		e.Forbidden[d], e.Cost[d] = forb, cost
		fixed := plan.Free
		if d == 0 || !ix.open(m, date) {
			fixed = plan.Off
		}
		if ex := ix.cells[cellKey{m.ID, date}]; len(ex) > 0 {
			fixed = plan.Off
			if s, ok := index[ex[0].Shift]; ok && len(ex) == 1 && ex[0].State == roster.StatePlanned && ex[0].Start == nil && ex[0].End == nil {
				fixed = s
				if d > 0 {
					lockedMin += contractMinutes(date, cm.types[s])
				} else {
					beforeMin = contractMinutes(date, cm.types[s])
				}
			}
		}
		for s, st := range cm.types {
			forb[s] = !mayWork(m, st) || ix.cannot(m.ID, date, st.Code)
		}
		for _, wi := range team.WishesOn(h, m.ID, date) {
			s, named := index[wi.Shift]
			if wi.Shift != "" && !named {
				continue // a wish about a shift the planner does not place
			}
			switch wi.Kind {
			case roster.WishRatherNot:
				for v := 1; v <= S; v++ {
					if wi.Shift == "" || v == s+1 {
						cost[v] += WishWeight
					}
				}
			case roster.WishPrefer:
				for v := 0; v <= S; v++ {
					if (wi.Shift == "" && v == 0) || (wi.Shift != "" && v != s+1) {
						cost[v] += WishWeight
					}
				}
			}
		}
		e.Fixed[d] = fixed
	}
	// Hours outside the chunk's planned cells: the rest of the ISO week and
	// of the balance period, absences and unplanned kinds included.
	week := roster.Week(chunk.From)
	weekCap := rules.ContractWeekLimit(contractIn(m, week)) - (ix.hoursIn(m.ID, week) - float64(lockedMin)/60)
	bp := roster.BalancePeriod(chunk.From, h.Settings.BalanceWeeksOrDefault())
	slackLeft := rules.SlackLimit(&h.Settings, contractIn(m, bp)) - ix.hoursIn(m.ID, bp)
	limit := min(weekCap, slackLeft+float64(lockedMin)/60)
	// The share of what is left that belongs to this chunk: its contract
	// over the contract of the period's remaining days.
	rest := roster.Window{From: chunk.From, To: bp.To}
	share := slackLeft
	if c := contractIn(m, rest); c > 0 {
		share = slackLeft * contractIn(m, chunk) / c
	}
	e.MaxMinutes = max(int(limit*60), lockedMin) + beforeMin
	e.TargetMinutes = max(int(share*60)+lockedMin, 0) + beforeMin
	e.MinutesWeight = FairWeight
	return e
}
