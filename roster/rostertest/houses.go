package rostertest

import (
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// Test member IDs of House.
const (
	Anna = 1 // opvoeder 36 h, nights
	Bart = 2 // opvoeder 27 h (0.75 fte)
	Huub = 3 // huishoudelijk 21.6 h
	Sam  = 4 // stagiair 32 h
)

// House returns a small valid house with four members, the usual shift
// types and an empty plan.
func House() *roster.House {
	return &roster.House{
		Name:     "Test",
		Children: 6,
		Settings: roster.Settings{
			SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36, LeavePct: 7.7, SickPct: 5,
			NightStart: roster.NewClock(23, 0), NightEnd: roster.NewClock(7, 0),
			NightMode: roster.NightSleep, SleepRegime: roster.RegimeRegular, PublishDays: 28,
			Budget: map[roster.Role]float64{roster.RoleOpvoeder: 8.9, roster.RoleHuishoudelijk: 0.6},
			ORT: []roster.ORTBand{
				{Days: []roster.DayType{roster.DayWeekday}, Start: roster.NewClock(19, 0), End: roster.NewClock(22, 0), Percent: 25},
				{Days: []roster.DayType{roster.DaySunday}, Start: 0, End: 1440, Percent: 45},
			},
		},
		Coverage: []roster.Band{
			{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 3},
			{Day: roster.DaySaturday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 3},
			{Day: roster.DaySunday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 3, Max: 5},
		},
		Members: []roster.Member{
			{ID: Anna, Name: "Anna", Initials: "AB", Colour: "#aa3366", Role: roster.RoleOpvoeder,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 36}}, Nights: true},
			{ID: Bart, Name: "Bart", Role: roster.RoleOpvoeder,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 27}}},
			{ID: Huub, Name: "Huub", Role: roster.RoleHuishoudelijk,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 21.6}}},
			{ID: Sam, Name: "Sam", Role: roster.RoleStagiair,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 32}}},
		},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Name: "Vroeg", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "L", Name: "Laat", Start: roster.NewClock(15, 0), End: roster.NewClock(23, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "D", Name: "Dag", Start: roster.NewClock(9, 0), End: roster.NewClock(18, 0), Kind: roster.KindGroup},
			{Code: "S", Name: "Slaapdienst", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindSleep},
			{Code: "W", Name: "Wakende nacht", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindAwakeNight},
			{Code: "I", Name: "Inwonend", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindLiveIn},
			{Code: "O", Name: "Overleg", Start: roster.NewClock(9, 0), End: roster.NewClock(12, 0), Kind: roster.KindOffGroup},
		},
	}
}

// Assign adds an assignment of member on d to shift code.
func Assign(h *roster.House, member int, d roster.Date, code string) *roster.Assignment {
	h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: member, Date: d, Shift: code})
	return &h.Plan.Assignments[len(h.Plan.Assignments)-1]
}

// AssignDays puts member on code on each of n days from d.
func AssignDays(h *roster.House, member int, d roster.Date, n int, code string) {
	for i := range n {
		Assign(h, member, d+roster.Date(i), code)
	}
}

// CoverageHouse returns a house with one band per day type (07:00–23:00, min
// 3), the usual shift types and members 1–4 (opvoeders), 5 (huishoudelijk),
// 6 (teamleider), 7 (stagiair).
func CoverageHouse() *roster.House {
	no := false
	return &roster.House{
		Name: "Test",
		Coverage: []roster.Band{
			{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 3},
			{Day: roster.DaySaturday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 3},
			{Day: roster.DaySunday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 3},
		},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), Kind: roster.KindGroup},
			{Code: "L", Start: roster.NewClock(15, 0), End: roster.NewClock(23, 0), Kind: roster.KindGroup},
			{Code: "D", Start: roster.NewClock(9, 0), End: roster.NewClock(17, 30), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "S", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindSleep},
			{Code: "I", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindLiveIn},
			{Code: "W", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindAwakeNight},
			{Code: "O", Start: roster.NewClock(13, 0), End: roster.NewClock(15, 0), Kind: roster.KindOffGroup},
		},
		Members: []roster.Member{
			{ID: 1, Name: "Anna", Role: roster.RoleOpvoeder, Nights: true},
			{ID: 2, Name: "Bas", Role: roster.RoleOpvoeder, Nights: true},
			{ID: 3, Name: "Cem", Role: roster.RoleOpvoeder, Nights: true},
			{ID: 4, Name: "Dewi", Role: roster.RoleOpvoeder, Nights: true},
			{ID: 5, Name: "Els", Role: roster.RoleHuishoudelijk},
			{ID: 6, Name: "Fenna", Role: roster.RoleTeamleider},
			{ID: 7, Name: "Gijs", Role: roster.RoleStagiair, Counts: &no},
		},
	}
}

// CoverageAt returns an assignment, optionally with custom times "hh:mm-hh:mm".
func CoverageAt(member int, d roster.Date, shift string, custom ...string) roster.Assignment {
	a := roster.Assignment{Member: member, Date: d, Shift: shift}
	if len(custom) == 1 {
		s, e, _ := strings.Cut(custom[0], "-")
		cs, err1 := roster.ParseClock(s)
		ce, err2 := roster.ParseClock(e)
		if err1 != nil || err2 != nil {
			panic("bad custom times " + custom[0])
		}
		a.Start, a.End = &cs, &ce
	}
	return a
}

// StandInStart is the Monday the test plans start on.
func StandInStart() roster.Date { return roster.NewDate(2026, time.November, 2) }

// StandInTeam returns the 14 members of the test house: a teamleider, a
// systeemtherapeut, ten opvoeders (two live in, one without sleep shifts, one
// pregnant), a huishoudelijk ondersteuner and an intern.
func StandInTeam() []roster.Member {
	mk := func(id int, name string, role roster.Role, hours float64) roster.Member {
		return roster.Member{ID: id, Name: name, Role: role, Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: hours}}}
	}
	ms := []roster.Member{
		mk(1, "Tamara", roster.RoleTeamleider, 28.8),
		mk(2, "Sven", roster.RoleSysteemtherapeut, 25.2),
		mk(3, "Anna", roster.RoleOpvoeder, 32),
		mk(4, "Bram", roster.RoleOpvoeder, 36),
		mk(5, "Chris", roster.RoleOpvoeder, 28),
		mk(6, "Dewi", roster.RoleOpvoeder, 32),
		mk(7, "Eva", roster.RoleOpvoeder, 36),
		mk(8, "Fleur", roster.RoleOpvoeder, 24),
		mk(9, "Gijs", roster.RoleOpvoeder, 32),
		mk(10, "Hana", roster.RoleOpvoeder, 28),
		mk(11, "Iris", roster.RoleOpvoeder, 36),
		mk(12, "Joost", roster.RoleOpvoeder, 32),
		mk(13, "Karin", roster.RoleHuishoudelijk, 21.6),
		mk(14, "Luuk", roster.RoleStagiair, 16),
	}
	for i := range ms {
		ms[i].Nights = ms[i].Role == roster.RoleOpvoeder
	}
	ms[3].LiveIn, ms[6].LiveIn = true, true // Bram and Eva live in
	ms[7].NoSleepShifts = true              // Fleur
	ms[9].Pregnant = true                   // Hana
	ms[9].Nights = false
	return ms
}

// StandInHouse returns the test house with a four-week plan from StandInStart().
func StandInHouse() *roster.House {
	h := &roster.House{
		Name: "Test", Children: 6,
		Settings: roster.Settings{SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36, NightMode: roster.NightSleep,
			SleepRegime: roster.RegimeRegular, NightStart: roster.NewClock(23, 0), NightEnd: roster.NewClock(7, 0)},
		Members: StandInTeam(),
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Name: "Vroeg", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "D", Name: "Dag", Start: roster.NewClock(9, 0), End: roster.NewClock(17, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "L", Name: "Laat", Start: roster.NewClock(15, 0), End: roster.NewClock(23, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "S", Name: "Slaapdienst", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindSleep},
			{Code: "W", Name: "Wakende nacht", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindAwakeNight},
			{Code: "O", Name: "Overleg", Start: roster.NewClock(10, 0), End: roster.NewClock(12, 0), Kind: roster.KindOffGroup},
		},
	}
	for _, dt := range roster.DayTypes {
		h.Coverage = append(h.Coverage, roster.Band{Day: dt, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 2, Max: 4})
	}
	StandInFill(h, StandInStart(), 28)
	return h
}

// StandInFill plans days from `from`: per day two V, two L and one S, each given
// to the eligible opvoeder with the lowest share of their contract planned
// that week (ties by ID). Eligible: no shift that day, no L or S the day
// before a V, no S the day before anything, at most 85% of the contract.
func StandInFill(h *roster.House, from roster.Date, days int) {
	type key struct {
		m int
		d roster.Date
	}
	on := map[key]string{}
	week := map[key]float64{} // member, Monday → hours
	slots := []string{"V", "V", "L", "L", "S"}
	for d := from; d < from+roster.Date(days); d++ {
		for _, code := range slots {
			best, bestShare := 0, 2.0
			for mi := range h.Members {
				m := &h.Members[mi]
				if m.Role != roster.RoleOpvoeder || on[key{m.ID, d}] != "" {
					continue
				}
				prev := on[key{m.ID, d - 1}]
				if prev == "S" || (code == "V" && prev == "L") || (code == "S" && m.NoSleepShifts) {
					continue
				}
				hrs := week[key{m.ID, d.Monday()}] + 7.5
				share := hrs / m.HoursOn(d)
				if share > 0.85 || share >= bestShare {
					continue
				}
				best, bestShare = m.ID, share
			}
			if best == 0 {
				continue
			}
			on[key{best, d}] = code
			hrs := 7.5
			if code == "S" {
				hrs = 4
			}
			week[key{best, d.Monday()}] += hrs
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: best, Date: d, Shift: code})
		}
	}
}

// RealisationHouse returns a small house with the demo's settings and shift types
// and the given members (36 h from 2020 unless they have contracts).
func RealisationHouse(members ...roster.Member) *roster.House {
	for i := range members {
		if members[i].ID == 0 {
			members[i].ID = i + 1
		}
		if members[i].Role == "" {
			members[i].Role = roster.RoleOpvoeder
		}
		if len(members[i].Contract) == 0 {
			members[i].Contract = []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 36}}
		}
	}
	return &roster.House{Name: "Test", Children: 6, Settings: roster.DefaultSettings(6), Members: members, ShiftTypes: roster.DefaultShiftTypes()}
}

// AssignState adds an assignment of member on d to h.
func AssignState(h *roster.House, member int, d roster.Date, code string, state roster.AssignState) {
	h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: member, Date: d, Shift: code, State: state})
}

// WeekViewHouse is a small house: three opvoeders, a teamleider and a household
// help; shifts V 07–15, L 15–23, S 23–07 (sleep), O 09–12 (meeting).
func WeekViewHouse() *roster.House {
	c := roster.NewClock
	return &roster.House{
		Name:     "Test",
		Children: 6,
		Settings: roster.Settings{SlackPct: 10, BalanceWeeks: 4},
		Coverage: []roster.Band{
			{Day: roster.DayWeekday, Start: c(7, 0), End: c(23, 0), Min: 2},
			{Day: roster.DaySaturday, Start: c(7, 0), End: c(23, 0), Min: 2},
			{Day: roster.DaySunday, Start: c(7, 0), End: c(23, 0), Min: 2},
		},
		Members: []roster.Member{
			{ID: 5, Name: "Huub", Role: roster.RoleHuishoudelijk, Contract: []roster.Contract{{HoursPerWeek: 8}}},
			{ID: 1, Name: "Anna", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{HoursPerWeek: 36}}},
			{ID: 4, Name: "Tess", Role: roster.RoleTeamleider, Contract: []roster.Contract{{HoursPerWeek: 28}}},
			{ID: 2, Name: "Bram", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{HoursPerWeek: 32}}},
			{ID: 3, Name: "Cas", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{HoursPerWeek: 24}}},
		},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Start: c(7, 0), End: c(15, 0), Kind: roster.KindGroup, Colour: "#f5c242"},
			{Code: "L", Start: c(15, 0), End: c(23, 0), Kind: roster.KindGroup, Colour: "#4a90d9"},
			{Code: "S", Start: c(23, 0), End: c(7, 0), Kind: roster.KindSleep, Colour: "#6b5b95"},
			{Code: "O", Start: c(9, 0), End: c(12, 0), Kind: roster.KindOffGroup},
		},
	}
}

// FullHouse returns the test house with every optional field set, so a
// round trip exercises the whole format.
func FullHouse() *roster.House {
	tMon := roster.NewDate(2026, 11, 23) // a Monday, ISO week 2026-W48
	h := House()
	yes := true
	from, to := tMon-365, tMon+365
	h.Settings.ExtraHolidays = []roster.Date{roster.NewDate(2026, 12, 31)}
	h.Members[0].Photo = []byte{0x89, 'P', 'N', 'G'}
	h.Members[0].Counts = &yes
	h.Members[0].LiveIn = true
	h.Members[0].ActiveFrom, h.Members[0].ActiveTo = &from, &to
	h.Members[1].NoSleepShifts = true
	h.Members[1].Pregnant = true
	h.Members[1].Contract = append(h.Members[1].Contract, roster.Contract{From: tMon, HoursPerWeek: 28.8})
	h.ShiftTypes[0].Colour = "#ffcc00"
	a := Assign(h, Anna, tMon, "V")
	s, e := roster.NewClock(7, 30), roster.NewClock(15, 0)
	a.Start, a.End, a.Note = &s, &e, "later in verband met tandarts"
	Assign(h, Bart, tMon, "S").State = roster.StateSick
	h.Plan.Absences = []roster.Absence{{Member: Bart, From: tMon, To: tMon + 4, Kind: roster.AbsSick, HoursPerDay: 5.4}}
	h.Plan.Wishes = []roster.Wish{{Member: Anna, Date: tMon + 1, Shift: "L", Kind: roster.WishCannot, Note: "sport"}}
	h.Plan.Periods = []roster.Period{{From: tMon, To: tMon + 27, State: roster.PeriodFixed}}
	return h
}
