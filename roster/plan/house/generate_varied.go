package house

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// GenerateVaried returns a random house and window for seed drawn wider than
// Generate's: the shapes a real team or another tester makes and Generate
// never does, as far as the roster model allows. The same seed gives the
// same house; Generate's houses do not change. Besides what Generate draws
// it varies:
//   - the window: 1–6 weeks from any weekday, often across a balance
//     period's end, a daylight-saving change (the last Sunday of March or
//     October) or public holidays (Easter, King's Day, Christmas, an extra
//     holiday of the house);
//   - the settings: balance periods of 2–6 weeks, 0–15 % slack, the
//     incidental sleep-shift regime;
//   - the shift types: moved times, a shift without a break, a short
//     evening shift, no day shift; some history with custom times;
//   - the profile: the concept's, the school one, a thin one, one with an
//     evening peak, one over midnight;
//   - the team: 6–16 members, sometimes only 8 with the concept's profile
//     (which cannot be covered), 2 live-ins, a teamleider who does not count,
//     an intern, members without the nights flag or without sleep shifts,
//     pregnancies, a contract that changes or a member who leaves in the
//     window, a new member with no history;
//   - the history: one to three weeks planned before the window, the
//     balance period's part before the window too; some members with a
//     heavy last week (nights up to the window, six days in a row, hours
//     over the period's contract);
//   - the window itself: empty, partly filled by a filler that may break
//     rules, locked days (a fixed period), many "kan niet" wishes,
//     repeating wishes, leave, sickness, training.
func GenerateVaried(seed uint64) (*roster.House, roster.Window) {
	r := rand.New(rand.NewPCG(seed, 0xa11ed))
	w := variedWindow(r)
	h := roster.NewHouse(fmt.Sprintf("Huis V%d", seed), 4+r.IntN(3))
	if r.IntN(4) == 0 {
		h.Settings.BalanceWeeks = []int{2, 3, 5, 6}[r.IntN(4)]
	}
	if r.IntN(4) == 0 {
		h.Settings.SlackPct = []float64{0, 5, 15}[r.IntN(3)]
	}
	if r.IntN(4) == 0 {
		h.Settings.SleepRegime = roster.RegimeIrregular
	}
	if r.IntN(6) == 0 {
		h.Settings.ExtraHolidays = []roster.Date{w.From + roster.Date(r.IntN(w.Days()))}
	}
	variedShiftTypes(h, r)
	impossible := r.IntN(8) == 0 // 8 members and the concept's profile
	switch k := r.IntN(5); {
	case impossible || k == 0:
	case k == 1:
		h.Coverage = schoolProfile()
	case k == 2:
		h.Coverage = thinProfile()
	case k == 3:
		h.Coverage = peakProfile()
	default:
		h.Coverage = midnightProfile()
	}
	n := 6 + r.IntN(11)
	liveIn := r.IntN(3)
	if impossible {
		n, liveIn = 8, 0
	}
	if r.IntN(6) == 0 {
		n, liveIn = 16, 2
	}
	switch {
	case liveIn > 0:
		h.Settings.NightMode = roster.NightMixed
	case r.IntN(2) == 0:
		h.Settings.NightMode = roster.NightSleep
	default:
		h.Settings.NightMode = roster.NightAwake
	}
	variedTeam(h, r, w, n, liveIn)
	variedPlan(h, r, w)
	return h, w
}

// variedWindow draws a window of 1–6 weeks; half of them start near a date
// where the rules or the calendar change (a clock change, a holiday).
func variedWindow(r *rand.Rand) roster.Window {
	year := 2027 + r.IntN(3)
	days := 7 * (1 + r.IntN(6))
	if r.IntN(3) == 0 {
		days = 5 + r.IntN(38) // not whole weeks
	}
	var from roster.Date
	switch r.IntN(8) {
	case 0: // the last Sunday of March: the clocks go forward
		from = lastSunday(year, 3) - roster.Date(r.IntN(10))
	case 1: // the last Sunday of October: the clocks go back
		from = lastSunday(year, 10) - roster.Date(r.IntN(10))
	case 2: // Easter
		from = easterMonday(year) - roster.Date(r.IntN(12))
	case 3: // King's Day
		from = roster.NewDate(year, 4, 27) - roster.Date(r.IntN(10))
	case 4: // Christmas and New Year
		from = roster.NewDate(year, 12, 25) - roster.Date(r.IntN(12))
	default:
		from = roster.NewDate(year, 1, 4) + roster.Date(r.IntN(350))
	}
	return roster.Window{From: from, To: from + roster.Date(days-1)}
}

// lastSunday returns the last Sunday of month in year.
func lastSunday(year, month int) roster.Date {
	d := roster.NewDate(year, 12, 31)
	if month < 12 {
		d = roster.NewDate(year, time.Month(month+1), 1) - 1
	}
	for d.Weekday() != 0 {
		d--
	}
	return d
}

// easterMonday returns the Monday after Easter Sunday of year (the
// anonymous Gregorian algorithm).
func easterMonday(year int) roster.Date {
	a, b, c := year%19, year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	hh := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - hh - k) % 7
	m := (a + 11*hh + 22*l) / 451
	month := (hh + l - 7*m + 114) / 31
	day := (hh+l-7*m+114)%31 + 1
	return roster.NewDate(year, time.Month(month), day) + 1
}

// variedShiftTypes changes the default shift types the way a team might:
// moved times, no break, a short evening shift, no day shift. The codes V,
// L, S, I and W stay (the fillers use them).
func variedShiftTypes(h *roster.House, r *rand.Rand) {
	c := roster.NewClock
	set := func(code string, f func(st *roster.ShiftType)) {
		if st := h.ShiftType(code); st != nil {
			f(st)
		}
	}
	if r.IntN(3) == 0 {
		set("V", func(st *roster.ShiftType) { st.Start, st.End = c(6, 45), c(15, 15) })
		set("L", func(st *roster.ShiftType) { st.Start, st.End = c(14, 45), c(23, 15) })
	}
	if r.IntN(4) == 0 {
		set("D", func(st *roster.ShiftType) { st.Start, st.End, st.BreakMin = c(8, 0), c(16, 30), 0 })
	}
	if r.IntN(5) == 0 {
		h.ShiftTypes = slices.DeleteFunc(h.ShiftTypes, func(st roster.ShiftType) bool { return st.Code == "D" })
	}
	if r.IntN(4) == 0 {
		h.ShiftTypes = append(h.ShiftTypes, roster.ShiftType{Code: "K", Name: "Korte avond", Start: c(17, 0), End: c(21, 0), Kind: roster.KindGroup})
	}
	if r.IntN(5) == 0 { // a longer sleep shift and a night to match
		set("S", func(st *roster.ShiftType) { st.Start, st.End = c(22, 30), c(7, 30) })
		h.Settings.NightStart, h.Settings.NightEnd = c(22, 30), c(7, 0)
	}
}

// thinProfile asks for 2 opvoeders 07:00–22:00 every day.
func thinProfile() []roster.Band {
	c := roster.NewClock
	var out []roster.Band
	for _, dt := range roster.DayTypes {
		out = append(out, roster.Band{Day: dt, Start: c(7, 0), End: c(22, 0), Min: 2})
	}
	return out
}

// peakProfile asks for 2 opvoeders by day and 3 at the evening peak, one
// in the school hours, and 3 at the weekend's afternoon.
func peakProfile() []roster.Band {
	c := roster.NewClock
	return []roster.Band{
		{Day: roster.DayWeekday, Start: c(7, 0), End: c(9, 0), Min: 2},
		{Day: roster.DayWeekday, Start: c(9, 0), End: c(15, 0), Min: 1},
		{Day: roster.DayWeekday, Start: c(15, 0), End: c(16, 0), Min: 2},
		{Day: roster.DayWeekday, Start: c(16, 0), End: c(20, 0), Min: 3},
		{Day: roster.DayWeekday, Start: c(20, 0), End: c(23, 0), Min: 2},
		{Day: roster.DaySaturday, Start: c(8, 0), End: c(13, 0), Min: 2},
		{Day: roster.DaySaturday, Start: c(13, 0), End: c(19, 0), Min: 3},
		{Day: roster.DaySaturday, Start: c(19, 0), End: c(23, 0), Min: 2},
		{Day: roster.DaySunday, Start: c(8, 0), End: c(13, 0), Min: 2},
		{Day: roster.DaySunday, Start: c(13, 0), End: c(19, 0), Min: 3},
		{Day: roster.DaySunday, Start: c(19, 0), End: c(23, 0), Min: 2},
	}
}

// midnightProfile is the concept's profile with a band that runs past
// midnight on Fridays and Saturdays' evenings (a band whose end lies before
// its start).
func midnightProfile() []roster.Band {
	c := roster.NewClock
	return []roster.Band{
		{Day: roster.DayWeekday, Start: c(7, 0), End: c(23, 0), Min: 2},
		{Day: roster.DaySaturday, Start: c(8, 0), End: c(0, 30), Min: 2},
		{Day: roster.DaySunday, Start: c(8, 0), End: c(23, 0), Min: 2},
	}
}

// variedTeam adds n members, liveIn of them live-in, with the flags,
// contracts and activity a real team has.
func variedTeam(h *roster.House, r *rand.Rand, w roster.Window, n, liveIn int) {
	hours := []float64{12, 16, 20, 24, 25.2, 28.8, 28.8, 32, 32.4, 36, 36, 38}
	for i := range n {
		from := w.From - roster.Date(7*(2+r.IntN(30)))
		m := roster.Member{ID: i + 1, Name: fmt.Sprintf("Lid %d", i+1), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: from, HoursPerWeek: hours[r.IntN(len(hours))]}},
			Nights:   r.IntN(4) > 0, NoSleepShifts: r.IntN(6) == 0}
		switch {
		case i == 0:
			m.Role = roster.RoleTeamleider
			if r.IntN(3) == 0 {
				no := false
				m.Counts = &no
			}
		case i == 1 && r.IntN(2) == 0:
			m.Role = roster.RoleSysteemtherapeut
		case i == n-1 && r.IntN(3) == 0:
			m.Role = roster.RoleHuishoudelijk
		case i == n-2 && r.IntN(5) == 0:
			m.Role = roster.RoleStagiair
		}
		if i >= 2 && i < 2+liveIn {
			m.LiveIn, m.Nights, m.Contract[0].HoursPerWeek = true, true, 36
		} else if i >= 2 && r.IntN(12) == 0 {
			m.Pregnant = true
		}
		switch r.IntN(12) {
		case 0: // the contract changes in the window
			d := w.From + roster.Date(r.IntN(w.Days()))
			m.Contract = append(m.Contract, roster.Contract{From: d, HoursPerWeek: hours[r.IntN(len(hours))]})
		case 1: // leaves in the window
			d := w.From + roster.Date(r.IntN(w.Days()))
			m.ActiveTo = &d
		case 2: // joins in the window
			d := w.From + roster.Date(r.IntN(w.Days()))
			m.ActiveFrom = &d
			m.Contract[0].From = d
		case 3: // new: a contract from a few days before the window, no history
			d := w.From - roster.Date(r.IntN(4))
			m.Contract[0].From = d
			m.ActiveFrom = &d
		}
		h.Members = append(h.Members, m)
	}
}

// variedPlan adds absences and wishes, the history before w (some members
// heavy), and in w perhaps a filled part, locked days and locked shifts.
func variedPlan(h *roster.House, r *rand.Rand, w roster.Window) {
	manyCannot := r.IntN(5) == 0
	kinds := []roster.AbsenceKind{roster.AbsLeave, roster.AbsSick, roster.AbsSpecial, roster.AbsTraining}
	for i := range h.Members {
		m := &h.Members[i]
		if r.IntN(10) < 3 {
			d := w.From - 3 + roster.Date(r.IntN(w.Days()+3))
			a := roster.Absence{Member: m.ID, From: d, To: d + roster.Date(r.IntN(9)), Kind: kinds[r.IntN(len(kinds))]}
			if r.IntN(4) == 0 {
				a.HoursPerDay = float64(4 + r.IntN(5))
			}
			h.Plan.Absences = append(h.Plan.Absences, a)
		}
		nw := r.IntN(4)
		if manyCannot {
			nw = 3 + r.IntN(6)
		}
		for range nw {
			wi := roster.Wish{Member: m.ID, Date: w.From + roster.Date(r.IntN(w.Days()))}
			switch k := r.IntN(5); {
			case k == 0 || manyCannot && k < 3:
				wi.Kind = roster.WishCannot
			case k == 1:
				wi.Kind, wi.Shift = roster.WishCannot, []string{"V", "L", "S", "W"}[r.IntN(4)]
			case k == 2:
				wi.Kind = roster.WishRatherNot
				if r.IntN(2) == 0 {
					wi.Shift = "L"
				}
			default:
				wi.Kind, wi.Shift = roster.WishPrefer, []string{"V", "D", "L"}[r.IntN(3)]
			}
			if r.IntN(8) == 0 { // a repeating wish
				wi.Until = w.To + 7
			}
			h.Plan.Wishes = append(h.Plan.Wishes, wi)
		}
	}
	// History: the balance period's part before w, at least one week, up
	// to three.
	weeks := h.Settings.BalanceWeeksOrDefault()
	start := min(w.From-7*roster.Date(1+r.IntN(3)), roster.BalancePeriod(w.From, weeks).From)
	fillSimply(h, r, roster.Window{From: start, To: w.From - 1})
	heavyHistory(h, r, w)
	if r.IntN(2) == 0 { // a filled part of the window
		to := w.From + roster.Date(r.IntN(w.Days()))
		fillSimply(h, r, roster.Window{From: w.From, To: to})
	}
	if r.IntN(5) == 0 { // a fixed (published) stretch
		d := w.From + roster.Date(r.IntN(w.Days()))
		h.Plan.Periods = append(h.Plan.Periods, roster.Period{From: d, To: d + roster.Date(r.IntN(4)), State: roster.PeriodFixed})
	}
	if r.IntN(3) == 0 { // single shifts the team set by hand, some with their own times
		for range 1 + r.IntN(6) {
			m := &h.Members[r.IntN(len(h.Members))]
			d := w.From + roster.Date(r.IntN(w.Days()))
			if planned(h, m.ID, d) {
				continue
			}
			a := roster.Assignment{Member: m.ID, Date: d, Shift: []string{"V", "L", "D"}[r.IntN(3)]}
			if h.ShiftType(a.Shift) == nil {
				a.Shift = "V"
			}
			if r.IntN(2) == 0 {
				s, e := roster.NewClock(10, 0), roster.NewClock(18, 0)
				a.Start, a.End = &s, &e
			}
			h.Plan.Assignments = append(h.Plan.Assignments, a)
		}
	}
}

// heavyHistory gives a few members a heavy end of the history: nights up
// to the window's first day, six days in a row, or a part of the balance
// period before the window worked well over the contract.
func heavyHistory(h *roster.House, r *rand.Rand, w roster.Window) {
	night := "S"
	if h.Settings.NightMode == roster.NightAwake {
		night = "W"
	}
	for range r.IntN(4) {
		m := &h.Members[r.IntN(len(h.Members))]
		var code string
		var days []roster.Date
		switch r.IntN(3) {
		case 0: // nights up to the window
			code = night
			for d := w.From - roster.Date(2+r.IntN(3)); d < w.From; d++ {
				days = append(days, d)
			}
		case 1: // six days in a row
			code = "V"
			for d := w.From - 6; d < w.From; d++ {
				days = append(days, d)
			}
		default: // the period's part before the window worked full
			code = "L"
			for d := roster.BalancePeriod(w.From, h.Settings.BalanceWeeksOrDefault()).From; d < w.From; d++ {
				if d.Weekday() != 0 {
					days = append(days, d)
				}
			}
		}
		h.Plan.Assignments = slices.DeleteFunc(h.Plan.Assignments, func(a roster.Assignment) bool {
			return a.Member == m.ID && slices.Contains(days, a.Date)
		})
		for _, d := range days {
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: d, Shift: code})
		}
	}
}

// planned reports whether member has an assignment on d.
func planned(h *roster.House, member int, d roster.Date) bool {
	for _, a := range h.Plan.Assignments {
		if a.Member == member && a.Date == d {
			return true
		}
	}
	return false
}
