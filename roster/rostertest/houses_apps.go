package rostertest

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// The houses of the app's tests: the screens (ui), the commands
// (cmd/huisrooster) and the folder publication (roster/publish).

// SmallMonday is Monday 23 November 2026 (ISO week 48): the today of
// [SmallHouse] and [PrivateHouse].
func SmallMonday() roster.Date { return roster.NewDate(2026, time.November, 23) }

// SmallHouse is the screens' small house: three opvoeders and a teamleider
// (Anna 1, Bram 2, Cas 3, Tess 4), shifts V 07–15, L 15–23, S 23–07 (sleep)
// and a few shifts on SmallMonday and in the week before it.
func SmallHouse() *roster.House {
	const anna, bram, cas, tess = 1, 2, 3, 4
	monday := SmallMonday()
	c := roster.NewClock
	h := &roster.House{
		Name:     "Het Testhuis",
		Children: 6,
		Settings: roster.Settings{SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36},
		Coverage: []roster.Band{
			{Day: roster.DayWeekday, Start: c(7, 0), End: c(23, 0), Min: 2},
			{Day: roster.DaySaturday, Start: c(7, 0), End: c(23, 0), Min: 2},
			{Day: roster.DaySunday, Start: c(7, 0), End: c(23, 0), Min: 2},
		},
		Members: []roster.Member{
			{ID: tess, Name: "Tess", Role: roster.RoleTeamleider, Contract: []roster.Contract{{HoursPerWeek: 28}}},
			{ID: anna, Name: "Anna", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{HoursPerWeek: 36}}, Colour: "#e06c4f"},
			{ID: bram, Name: "Bram", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{HoursPerWeek: 32}}},
			{ID: cas, Name: "Cas", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{HoursPerWeek: 24}}, Nights: true},
		},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Name: "Vroeg", Start: c(7, 0), End: c(15, 0), Kind: roster.KindGroup, Colour: "#f5c242"},
			{Code: "L", Name: "Laat", Start: c(15, 0), End: c(23, 0), Kind: roster.KindGroup, Colour: "#4a90d9"},
			{Code: "S", Name: "Slaapdienst", Start: c(23, 0), End: c(7, 0), Kind: roster.KindSleep, Colour: "#6b5b95"},
		},
	}
	add := func(m int, d roster.Date, code string) {
		h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m, Date: d, Shift: code})
	}
	add(anna, monday, "V")
	add(bram, monday, "V")
	add(cas, monday, "L")
	add(tess, monday, "L")
	add(cas, monday, "S")
	add(anna, monday-7, "L") // last week
	add(bram, monday-6, "V")
	return h
}

// VacancyDay is the Wednesday of [VacancyHouse]'s vacancy: 25 November 2026.
func VacancyDay() roster.Date { return roster.NewDate(2026, time.November, 25) }

// VacancyHouse is the cover command's house: four opvoeders (Anna 1, Bram
// 2, Chris 3, Dewi 4); Anna works V on VacancyDay and S the night after,
// Bram is on leave around it, Dewi cannot that day, Chris is free.
func VacancyHouse() *roster.House {
	day := VacancyDay()
	mk := func(id int, n string) roster.Member {
		return roster.Member{ID: id, Name: n, Initials: n[:1], Role: roster.RoleOpvoeder, Nights: true,
			Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 32}}}
	}
	h := &roster.House{
		Name: "Testhuis", Children: 6,
		Settings: roster.Settings{SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36, NightMode: roster.NightSleep,
			SleepRegime: roster.RegimeRegular, NightStart: roster.NewClock(23, 0), NightEnd: roster.NewClock(7, 0)},
		Members: []roster.Member{mk(1, "Anna"), mk(2, "Bram"), mk(3, "Chris"), mk(4, "Dewi")},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Name: "Vroeg", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "S", Name: "Slaap", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindSleep},
		},
	}
	h.Plan.Assignments = []roster.Assignment{
		{Member: 1, Date: day, Shift: "V"},
		{Member: 1, Date: day + 1, Shift: "S"},
	}
	h.Plan.Absences = []roster.Absence{{Member: 2, From: day - 1, To: day + 2, Kind: roster.AbsLeave}}
	h.Plan.Wishes = []roster.Wish{{Member: 4, Date: day, Kind: roster.WishCannot}}
	return h
}

// PrivateSecrets are the private details of [PrivateHouse] that must never
// reach a published folder: surnames, a wish's and a shift's note, words
// of sickness and leave, the salary scale step and wage.
func PrivateSecrets() []string {
	return []string{"Vandersteen", "Oosterhuis", "Kwakernaak", "Bakkerink", "Zuidema",
		"GEHEIME-WENS", "GEHEIME-NOTITIE", "ziek", "sick", "verlof", "afwezig wegens", "4321", "98.76"}
}

// PrivateHouse is the publication's house "De Linde": five opvoeders with
// pay data (Zoë 1, Bram 2, Carla 3, and two called Anna, 4 and 5), shifts
// for two weeks from SmallMonday with secret notes, Carla sick on
// Wednesday and Thursday, Bram on leave on Friday and a wish with a note.
func PrivateHouse() *roster.House {
	const zoe, bram, carla = 1, 2, 3
	today := SmallMonday()
	d := roster.NewDate
	h := &roster.House{Name: "De Linde", Children: 5, Settings: roster.Settings{PublishDays: 28}}
	names := []string{"Zoë Vandersteen", "Bram Oosterhuis", "Carla Kwakernaak", "Anna Bakkerink", "Anna Zuidema"}
	for i, n := range names {
		h.Members = append(h.Members, roster.Member{ID: i + 1, Name: n, Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: d(2026, 1, 1), HoursPerWeek: 32}},
			Salary:   &roster.Salary{Scale: 8, Step: 4321, HourlyWage: 98.76}})
	}
	h.ShiftTypes = []roster.ShiftType{
		{Code: "V", Name: "Vroege dienst", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), Kind: roster.KindGroup},
		{Code: "L", Name: "Late dienst", Start: roster.NewClock(14, 0), End: roster.NewClock(22, 0), Kind: roster.KindGroup},
		{Code: "S", Name: "Slaapdienst", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindSleep},
	}
	for i := range 14 {
		day := today + roster.Date(i)
		add := func(m int, code string) {
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m, Date: day, Shift: code, Note: "GEHEIME-NOTITIE"})
		}
		add(1+i%5, "V")
		add(1+(i+1)%5, "L")
		add(1+(i+2)%5, "S")
	}
	// Carla is sick on Wednesday and Thursday; Bram is on leave on Friday.
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if a.Member == carla && (a.Date == today+2 || a.Date == today+3) {
			a.State, a.Note = roster.StateSick, ""
		}
	}
	h.Plan.Absences = []roster.Absence{
		{Member: carla, From: today + 2, To: today + 3, Kind: roster.AbsSick},
		{Member: bram, From: today + 4, To: today + 4, Kind: roster.AbsLeave},
	}
	h.Plan.Wishes = []roster.Wish{{Member: zoe, Date: today + 5, Kind: roster.WishCannot, Note: "GEHEIME-WENS"}}
	return h
}
