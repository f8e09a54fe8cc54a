package house

import (
	"math"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// Coverage is measured in person-minutes: for every instant of a band of
// the coverage profile, how many opvoeders are missing below the band's
// minimum (COV-DAY counts the same presences: worked shifts of a kind that
// counts, by active members who count as opvoeder and are not absent, each
// member once), plus every minute of a night without night cover
// (COV-NIGHT). Shortfall measures it; Bound proves how low any roster within
// the rules can bring it.

// presence is a time a member is (or could be) present; member ≤ 0 is a
// placeholder that counts on its own.
type presence struct {
	member int
	s, e   time.Time
}

// present returns the presences the engine counts for the bands (day) and
// the nights (night) around w.
func present(h *roster.House, w roster.Window) (day, night []presence) {
	for _, s := range h.Shifts(roster.Window{From: w.From - 2, To: w.To + 2}) {
		m := h.Member(s.Member)
		if !s.Worked() || (m != nil && (!m.Active(s.Date) || h.Plan.AbsenceOn(m.ID, s.Date) != nil)) {
			continue
		}
		if s.Kind.Present() && (m == nil || m.CountsAsOpvoeder()) {
			day = append(day, presence{s.Member, s.Start, s.End})
		}
		if s.Kind.NightCover() {
			night = append(night, presence{s.Member, s.Start, s.End})
		}
	}
	return day, night
}

// demand calls f for every band instance and night that the engine
// reports for w, with its minimum: the bands and nights of the dates of w
// (whole, also where they run into the next day), and the part in w of the
// bands of the day before.
func demand(h *roster.House, w roster.Window, f func(night bool, s, e time.Time, need int)) {
	ws := w.From.Start()
	clip := func(s, e time.Time) (time.Time, time.Time) {
		if s.Before(ws) {
			s = ws
		}
		return s, e
	}
	hol := roster.NewHolidaySet(roster.Window{From: w.From - 1, To: w.To}, h.Settings.ExtraHolidays)
	for d := w.From - 1; d <= w.To; d++ {
		dt := hol.DayTypeOf(d)
		for _, b := range h.Coverage {
			if b.Day == dt && b.Min > 0 {
				s, e := clip(roster.Span(d, b.Start, b.End))
				f(false, s, e, b.Min)
			}
		}
	}
	ns, ne := rules.NightClocks(&h.Settings)
	for d := w.From; d <= w.To; d++ {
		s, e := clip(roster.Span(d, ns, ne))
		f(true, s, e, 1)
	}
}

// Shortfall returns the uncovered person-minutes of w in h.
func Shortfall(h *roster.House, w roster.Window) int {
	day, night := present(h, w)
	var sum time.Duration
	demand(h, w, func(isNight bool, s, e time.Time, need int) {
		iv := day
		if isNight {
			iv = night
		}
		sum += short(iv, s, e, need)
	})
	return int(sum / time.Minute)
}

// Bound returns a proven lower bound on the uncovered person-minutes of
// window w (Shortfall) for every roster that keeps what h already plans and
// adds shifts only on the open cells of the opvoeders (the members the
// planner plans), without a new error or warning, and covers nights with
// the house's night mode (nightKind). It is the larger of two bounds:
//
//   - per instant: the opvoeders present at time t in any such roster are
//     among those present now and those with an open cell whose shift of a
//     type that counts (allowed by their flags and "kan niet" wishes) holds
//     t; at least the minimum minus their number stays missing (nights: no
//     member can cover);
//   - per hour: a member can add at most her remaining hours — per balance
//     period the slack limit (SLACK) and per week the contract plus 1/9
//     (CONTRACT), minus what is planned already — in whole shifts of at
//     least her shortest shift that counts; a contract minute brings at most
//     the presence per contract minute of the best shift type by day, or of
//     the best night cover at night; spending all hours where they bring
//     most, the shortfall now minus what they bring stays missing.
//
// Both ignore every other rule (which only removes possibilities), so the
// bound never exceeds the truth.
func Bound(h *roster.House, w roster.Window) int {
	ix := newIndex(h, w)
	day, night := present(h, w)
	types := plannable(h)
	capDay, capNight := slices.Clone(day), slices.Clone(night)
	for mi := range h.Members {
		m := &h.Members[mi]
		if !m.CountsAsOpvoeder() {
			continue // the planner plans the opvoeders
		}
		for d := w.From; d <= w.To; d++ {
			if !ix.open(m, d) {
				continue
			}
			for _, st := range types {
				if !mayWork(m, st) || ix.cannot(m.ID, d, st.Code) {
					continue
				}
				s, e := roster.Span(d, st.Start, st.End)
				if st.Kind.Present() && m.CountsAsOpvoeder() {
					capDay = append(capDay, presence{m.ID, s, e})
				}
				if nightKind(h, st.Kind) {
					capNight = append(capNight, presence{m.ID, s, e})
				}
			}
		}
	}
	var instant, nightLost, dayNow, nightNow time.Duration
	demand(h, w, func(isNight bool, s, e time.Time, need int) {
		if isNight {
			nightLost += short(capNight, s, e, need)
			nightNow += short(night, s, e, need)
			return
		}
		instant += short(capDay, s, e, need)
		dayNow += short(day, s, e, need)
	})
	// Per hour: the contract minutes every member can still add, and the
	// most presence a contract minute brings by day (opvoeders only) and by
	// night. The least shortfall the hours allow spends them where they
	// bring most, up to what can be covered at all.
	extra := clockChange(w) // a shift across the clock change may last an hour longer
	var addOp, rDay, rNight, dayMax, allMax float64
	for mi := range h.Members {
		m := &h.Members[mi]
		if !m.CountsAsOpvoeder() || !activeIn(m, w) {
			continue
		}
		shortest, most := shiftSizes(h, m, types, false, extra)
		a, shifts := addableHours(h, ix, m, w, shortest)
		addOp += a * 60
		rDay = max(rDay, perContractMinute(h, m, types, false, extra))
		rNight = max(rNight, perContractMinute(h, m, types, true, extra))
		dayMax += shifts * most
		shortest, most = shiftSizes(h, m, types, true, extra)
		_, shifts = addableHours(h, ix, m, w, shortest)
		allMax += shifts * most
	}
	if math.IsInf(addOp, 1) || math.IsNaN(addOp) {
		addOp = math.Inf(1)
	}
	D, N := float64(dayNow/time.Minute), float64(nightNow/time.Minute)
	// Whole shifts: a member adds at most as many day shifts as her hours
	// hold of her shortest shift that counts, each bringing at most the
	// presence of the longest.
	dCov, nCov := min(D-float64(instant/time.Minute), dayMax), N-float64(nightLost/time.Minute)
	gain := 0.0
	spend := func(budget *float64, r float64, room *float64) {
		if r <= 0 || *budget <= 0 || *room <= 0 {
			return
		}
		use := min(*budget, *room/r)
		if math.IsInf(r, 1) {
			use = 0
			gain += *room
			*room = 0
			return
		}
		gain += use * r
		*room -= use * r
		*budget -= use
	}
	if rNight >= rDay {
		spend(&addOp, rNight, &nCov)
		spend(&addOp, rDay, &dCov)
	} else {
		spend(&addOp, rDay, &dCov)
		spend(&addOp, rNight, &nCov)
	}
	// Whole shifts again, day and night together: no more shifts than her
	// hours hold of her shortest shift, each bringing at most the most
	// presence (bands and night) of any shift.
	if !math.IsNaN(allMax) {
		gain = min(gain, allMax)
	}
	return max(int(math.Ceil(D+N-gain-1e-6)), int(instant/time.Minute)+int(nightLost/time.Minute))
}

// addableHours returns the contract hours m can still be given in w: per
// balance period touching w the least of what the slack limit leaves and
// what the weeks' contract-plus-1/9 limits leave; and how many shifts of
// shortest contract hours fit in them (per week and per period, whole
// shifts; +Inf when shortest is 0 or a limit does not apply).
func addableHours(h *roster.House, ix *index, m *roster.Member, w roster.Window, shortest float64) (float64, float64) {
	weeksN := h.Settings.BalanceWeeksOrDefault()
	total, shifts := 0.0, 0.0
	fit := func(hours float64) float64 {
		if shortest <= 0 || math.IsInf(hours, 1) {
			return math.Inf(1)
		}
		return math.Floor((hours + 0.02) / shortest) // the engine allows 0.01 h of rounding
	}
	for p := roster.BalancePeriod(w.From, weeksN); p.From <= w.To; p = roster.BalancePeriod(p.To+1, weeksN) {
		slack := math.Inf(1) // no contract: SLACK does not apply
		if c := contractIn(m, p); c > 0 {
			slack = max(0, rules.SlackLimit(&h.Settings, c)-ix.hoursIn(m.ID, p))
		}
		weekSum, weekShifts := 0.0, 0.0
		for mon := p.From.Monday(); mon <= p.To; mon += 7 {
			wk := roster.Week(mon)
			if wk.To < w.From || wk.From > w.To {
				continue
			}
			c := contractIn(m, wk)
			if c <= 0 {
				weekSum, weekShifts = math.Inf(1), math.Inf(1) // no contract: CONTRACT does not apply
				continue
			}
			left := max(0, rules.ContractWeekLimit(c)-ix.hoursIn(m.ID, wk))
			weekSum += left
			weekShifts += fit(left)
		}
		total += min(slack, weekSum)
		shifts += min(fit(slack), weekShifts)
	}
	return total, shifts
}

// shiftSizes returns the fewest contract hours of a shift type that m may
// work and that counts for presence (or, with night, also covers the night
// in the house's night mode), and the most presence (minutes in the bands of
// one day type plus, with night, of the night; an hour more across a clock
// change) one such shift brings.
func shiftSizes(h *roster.House, m *roster.Member, types []*roster.ShiftType, night bool, extra int) (shortest, most float64) {
	shortest = math.Inf(1)
	ns, ne := rules.NightClocks(&h.Settings)
	for _, st := range types {
		covers := nightKind(h, st.Kind)
		if !(st.Kind.Present() || (night && covers)) || !mayWork(m, st) {
			continue
		}
		ss, se := span(st)
		cm := float64(se - ss - st.BreakMin)
		if st.Kind.Sleeping() {
			cm /= 2
		}
		pres := 0
		if st.Kind.Present() {
			pres = bandPresence(h, ss, se, extra)
		}
		if night && covers {
			nb, nd := int(ns), int(ne)
			if nd <= nb {
				nd += 1440
			}
			n := 0
			for _, off := range []int{-1440, 0, 1440} {
				n += max(0, min(se, nd+off)-max(ss, nb+off))
			}
			if n > 0 && se > 1440 {
				n += extra
			}
			pres += n
		}
		shortest = min(shortest, max(cm, 0)/60)
		most = max(most, float64(pres))
	}
	if math.IsInf(shortest, 1) {
		shortest = 0
	}
	return shortest, most
}

// bandPresence is the most minutes a shift from ss to se (minutes from
// its day's midnight) lies in the bands of one day type, an hour more when
// it runs past midnight (a clock change).
func bandPresence(h *roster.House, ss, se, extra int) int {
	perDay := map[roster.DayType]int{}
	for _, b := range h.Coverage {
		bs, be := int(b.Start), int(b.End)
		if be <= bs {
			be += 1440
		}
		for _, off := range []int{-1440, 0, 1440} {
			perDay[b.Day] += max(0, min(se, be+off)-max(ss, bs+off))
		}
	}
	pres := 0
	for _, v := range perDay {
		pres = max(pres, v)
	}
	if pres > 0 && se > 1440 {
		pres += extra
	}
	return pres
}

// perContractMinute is the most presence (minutes in the bands of any
// day type, or of the night, with an hour more for a clock change) one
// contract minute of a shift type that m may work can bring: by day the
// types that count for presence, at night the night covers; +Inf when such
// a type counts no contract time.
func perContractMinute(h *roster.House, m *roster.Member, types []*roster.ShiftType, night bool, extra int) float64 {
	best := 0.0
	ns, ne := rules.NightClocks(&h.Settings)
	for _, st := range types {
		if (night && !nightKind(h, st.Kind)) || (!night && !st.Kind.Present()) || !mayWork(m, st) {
			continue
		}
		ss, se := span(st)
		overlap := func(bs, be int) int {
			if be <= bs {
				be += 1440
			}
			n := 0
			for _, off := range []int{-1440, 0, 1440} {
				n += max(0, min(se, be+off)-max(ss, bs+off))
			}
			return n
		}
		pres := 0
		if night {
			pres = overlap(int(ns), int(ne))
		} else {
			perDay := map[roster.DayType]int{}
			for _, b := range h.Coverage {
				perDay[b.Day] += overlap(int(b.Start), int(b.End))
			}
			for _, v := range perDay {
				pres = max(pres, v)
			}
		}
		if pres == 0 {
			continue
		}
		if se > 1440 {
			pres += extra // a night across the clock change lasts an hour longer
		}
		cm := float64(se - ss - st.BreakMin)
		if st.Kind.Sleeping() {
			cm /= 2
		}
		if cm <= 0 {
			return math.Inf(1)
		}
		best = max(best, float64(pres)/cm)
	}
	return best
}

// short returns the person-minutes within [s, e) by which fewer than need
// distinct members (each placeholder on its own) of iv are present.
func short(iv []presence, s, e time.Time, need int) time.Duration {
	var lost time.Duration
	forSegments(iv, s, e, func(a, b time.Time, n int) {
		if n < need {
			lost += time.Duration(need-n) * b.Sub(a)
		}
	})
	return lost
}

// nightKind reports whether a night cover of kind k belongs to the house's
// night mode: awake nights in a house with awake nights, sleep shifts in a
// house with sleep shifts, live-in nights in a live-in house; any night
// cover in a mixed house.
func nightKind(h *roster.House, k roster.ShiftKind) bool {
	if !k.NightCover() {
		return false
	}
	switch h.Settings.NightMode {
	case roster.NightAwake:
		return k == roster.KindAwakeNight
	case roster.NightSleep:
		return k == roster.KindSleep
	case roster.NightLiveIn:
		return k == roster.KindLiveIn
	}
	return true
}

// clockChange returns 60 when a day around w is not 24 hours long (a clock
// change), else 0: a shift over that night lasts up to an hour longer than
// its clock times say.
func clockChange(w roster.Window) int {
	for d := w.From - 1; d <= w.To+1; d++ {
		if (d + 1).Start().Sub(d.Start()) != 24*time.Hour {
			return 60
		}
	}
	return 0
}
