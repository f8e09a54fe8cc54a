package team_test

import (
	"fmt"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// The flow of the "Ziekmelding" panel: report a member sick, list the
// vacancies that leaves, ask who can cover each, and assign one. Every step
// that changes the house is an Edit: the UI applies it to the in-memory house
// and saves it with Store.Apply (audit log, undo with Edit.Inverse).
func ExampleFindCover() {
	day := roster.NewDate(2026, time.November, 25) // a Wednesday
	opvoeder := func(id int, name string, hours float64) roster.Member {
		return roster.Member{ID: id, Name: name, Role: roster.RoleOpvoeder, Nights: true,
			Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: hours}}}
	}
	midnight := roster.NewClock(0, 0)
	h := &roster.House{
		Name:     "De Linde",
		Settings: roster.Settings{SlackPct: 10, BalanceWeeks: 4},
		Coverage: []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 1}},
		Members:  []roster.Member{opvoeder(1, "Anna", 32), opvoeder(2, "Bram", 36), opvoeder(3, "Chris", 28), opvoeder(4, "Dewi", 24)},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "L", Start: roster.NewClock(15, 0), End: roster.NewClock(23, 0), BreakMin: 30, Kind: roster.KindGroup},
		},
		Plan: roster.Plan{
			Assignments: []roster.Assignment{
				{Member: 1, Date: day, Shift: "V"},
				{Member: 2, Date: day - 1, Shift: "L", End: &midnight}, // Bram worked until midnight
				{Member: 3, Date: day, Shift: "L"},                     // Chris works late today
			},
		},
	}

	// 06:45: Anna calls in sick for today.
	sick, err := team.ReportSick(h, 1, day, day, day.Time(roster.NewClock(6, 45)))
	if err != nil {
		panic(err)
	}
	if err := h.Apply(sick); err != nil {
		panic(err)
	}
	fmt.Println(sick.NL)

	for _, v := range team.Vacancies(h, 1, day, day) {
		res, err := team.FindCover(h, v)
		if err != nil {
			panic(err)
		}
		fmt.Println("vacature:", v.Label(roster.Dutch))
		for _, c := range res.Candidates {
			fmt.Printf("  %d. %s, speling over %.1f u, week %.1f u\n", c.Rank, h.Member(c.Member).Name, c.SlackLeft, c.WeekHours)
			for _, f := range c.Strains {
				fmt.Printf("     let op: %s\n", f.NL)
			}
		}
		for _, e := range res.Excluded {
			for _, f := range e.Reasons {
				fmt.Printf("  niet %s: %s\n", h.Member(e.Member).Name, f.NL)
			}
		}
		if len(res.Candidates) > 0 {
			cover, err := team.AssignCover(h, v, res.Candidates[0].Member)
			if err != nil {
				panic(err)
			}
			if err := h.Apply(cover); err != nil {
				panic(err)
			}
			fmt.Println(cover.NL)
		}
	}
	// Output:
	// Anna ziek gemeld op wo 25 nov (1 dienst vrijgekomen)
	// vacature: wo 25 nov V 07:00–15:00
	//   1. Dewi, speling over 78.9 u, week 7.5 u
	//   niet Chris: dienst te lang: 15 u werk (wo 25 nov 07:00–23:00), max 12 u
	//   niet Bram: dienst te lang: 16 u werk (di 24 nov 15:00–wo 15:00), max 12 u
	//   niet Bram: rust te kort: 7 u na L (wo 25 nov 00:00–07:00); minimaal 11 u, één keer per 7 dagen 8 u
	// Dewi valt in voor Anna: wo 25 nov V 07:00–15:00
}
