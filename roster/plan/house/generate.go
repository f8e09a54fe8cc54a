package house

import (
	"fmt"
	"math/rand/v2"

	"github.com/huisrooster/huisrooster/roster"
)

// Generate returns a realistic random house for seed and the 4-week
// planning period to fill (one balance period), for property tests and the
// house benchmark. The same seed gives the same house. It draws:
//   - 4–6 children; 8–16 members (a teamleider, often a systeemtherapeut,
//     opvoeders, sometimes a huishoudelijk ondersteuner who never counts),
//     contracts of 20–36 h, most with the nights flag, some without sleep
//     shifts, now and then one pregnant or one who joins during the period;
//   - 0, 1 or 2 live-in members (the house then mixes live-in nights and
//     sleep shifts), else slaapdiensten or wakende nachten;
//   - the concept's coverage profile (3 opvoeders 07:00–23:00) or a lighter
//     school-hours profile;
//   - leave and sick weeks, "kan niet", "liever niet" and "graag" wishes;
//   - the week before the period planned, and the period empty or its first
//     half filled (by a simple filler that may itself break rules, as a real
//     team's roster can).
func Generate(seed uint64) (*roster.House, roster.Window) {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	base := roster.NewDate(2027, 1, 4) // a Monday
	w := roster.BalancePeriod(base+roster.Date(7*r.IntN(48)), 4)
	h := roster.NewHouse(fmt.Sprintf("Huis %d", seed), 4+r.IntN(3))
	liveIn := r.IntN(3)
	switch {
	case liveIn > 0:
		h.Settings.NightMode = roster.NightMixed
	case r.IntN(2) == 0:
		h.Settings.NightMode = roster.NightSleep
	default:
		h.Settings.NightMode = roster.NightAwake
	}
	if r.IntN(2) == 0 {
		h.Coverage = schoolProfile()
	}
	n := 8 + r.IntN(9)
	hours := []float64{20, 24, 25.2, 28.8, 28.8, 32, 32.4, 36, 36}
	from := w.From - 10*7
	for i := range n {
		m := roster.Member{ID: i + 1, Name: fmt.Sprintf("Lid %d", i+1), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: from, HoursPerWeek: hours[r.IntN(len(hours))]}},
			Nights:   r.IntN(5) > 0, NoSleepShifts: r.IntN(7) == 0}
		switch {
		case i == 0:
			m.Role = roster.RoleTeamleider
		case i == 1 && r.IntN(2) == 0:
			m.Role = roster.RoleSysteemtherapeut
		case i == n-1 && r.IntN(3) == 0:
			m.Role = roster.RoleHuishoudelijk
		}
		if i >= 2 && i < 2+liveIn {
			m.LiveIn, m.Nights, m.Contract[0].HoursPerWeek = true, true, 36
		}
		if i >= 2+liveIn && r.IntN(20) == 0 {
			m.Pregnant = true
		}
		if i == n-2 && r.IntN(10) == 0 {
			d := w.From + roster.Date(7+r.IntN(10))
			m.ActiveFrom = &d
		}
		h.Members = append(h.Members, m)
	}
	for i := range h.Members {
		m := &h.Members[i]
		if r.IntN(10) < 3 { // leave
			d := w.From + roster.Date(r.IntN(24))
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: m.ID, From: d, To: d + roster.Date(2+r.IntN(6)), Kind: roster.AbsLeave})
		} else if r.IntN(10) < 2 { // a sick week
			d := w.From + roster.Date(r.IntN(22))
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: m.ID, From: d, To: d + 6, Kind: roster.AbsSick})
		}
		for range r.IntN(4) {
			wi := roster.Wish{Member: m.ID, Date: w.From + roster.Date(r.IntN(28))}
			switch r.IntN(4) {
			case 0:
				wi.Kind = roster.WishCannot
			case 1:
				wi.Kind, wi.Shift = roster.WishCannot, []string{"V", "L", "S"}[r.IntN(3)]
			case 2:
				wi.Kind = roster.WishRatherNot
				if r.IntN(2) == 0 {
					wi.Shift = "L"
				}
			default:
				wi.Kind, wi.Shift = roster.WishPrefer, []string{"V", "D", "L"}[r.IntN(3)]
			}
			h.Plan.Wishes = append(h.Plan.Wishes, wi)
		}
	}
	fillSimply(h, r, roster.Window{From: w.From - 7, To: w.From - 1})
	if r.IntN(2) == 0 {
		fillSimply(h, r, roster.Window{From: w.From, To: w.From + 13})
	}
	return h, w
}

// schoolProfile is a lighter coverage profile: on school days fewer
// opvoeders while the children are at school, the concept's 3 in the
// evening and 2 at the weekend.
func schoolProfile() []roster.Band {
	c := roster.NewClock
	return []roster.Band{
		{Day: roster.DayWeekday, Start: c(7, 0), End: c(8, 30), Min: 2},
		{Day: roster.DayWeekday, Start: c(8, 30), End: c(14, 30), Min: 1},
		{Day: roster.DayWeekday, Start: c(14, 30), End: c(23, 0), Min: 2},
		{Day: roster.DaySaturday, Start: c(7, 0), End: c(23, 0), Min: 2},
		{Day: roster.DaySunday, Start: c(7, 0), End: c(23, 0), Min: 2},
	}
}

// fillSimply plans w the way a hurried team might: per day an early and a
// late shift per opvoeder the profile asks for at 07:00 and 22:00, and the
// night, each to a random member who is free that day, has no absence or
// "kan niet" wish, did no late or night shift the day before (for an early
// shift) and whose flags allow the shift.
func fillSimply(h *roster.House, r *rand.Rand, w roster.Window) {
	hol := roster.NewHolidaySet(w, nil)
	busy := map[cellKey]string{}
	for _, a := range h.Plan.Assignments {
		busy[cellKey{a.Member, a.Date}] = a.Shift
	}
	need := func(d roster.Date, at roster.Clock) int {
		n := 0
		for _, b := range h.Coverage {
			if b.Day == hol.DayTypeOf(d) && b.Start <= at && at < b.End {
				n = max(n, b.Min)
			}
		}
		return n
	}
	night := "S"
	if h.Settings.NightMode == roster.NightAwake {
		night = "W"
	}
	ix := newIndex(h, w)
	for d := w.From; d <= w.To; d++ {
		var todo []string
		for range need(d, roster.NewClock(7, 0)) {
			todo = append(todo, "V")
		}
		for range need(d, roster.NewClock(22, 0)) {
			todo = append(todo, "L")
		}
		todo = append(todo, night)
		for _, code := range todo {
			st := h.ShiftType(code)
			for _, k := range r.Perm(len(h.Members)) {
				m := &h.Members[k]
				prev := busy[cellKey{m.ID, d - 1}]
				if !m.CountsAsOpvoeder() || busy[cellKey{m.ID, d}] != "" || !ix.open(m, d) || ix.cannot(m.ID, d, code) ||
					!mayWork(m, st) || (code == "V" && prev != "" && prev != "V") {
					continue
				}
				a := roster.Assignment{Member: m.ID, Date: d, Shift: code}
				h.Plan.Assignments = append(h.Plan.Assignments, a)
				busy[cellKey{m.ID, d}] = code
				break
			}
		}
	}
}
