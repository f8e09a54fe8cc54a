package rules_test

import (
	"fmt"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// Coverage is checked on real instants: a band asks for a minimum of
// care workers present, and every interval where fewer are there is reported
// once, merged, with the members who are there. A night needs exactly one
// night cover; on the night of the switch to summer time that night is 7 h.
func ExampleCheck_coverage() {
	sat := roster.NewDate(2026, time.March, 28) // the night to Sunday is 7 h
	c := roster.NewClock
	h := &roster.House{
		Name:     "De Linde",
		Coverage: []roster.Band{{Day: roster.DaySaturday, Start: c(7, 0), End: c(23, 0), Min: 2}},
		Members: []roster.Member{
			{ID: 1, Name: "Zoë", Role: roster.RoleOpvoeder, LiveIn: true, Nights: true},
			{ID: 2, Name: "Sébastien", Role: roster.RoleOpvoeder},
			{ID: 3, Name: "Ans", Role: roster.RoleHuishoudelijk}, // never counts
		},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Start: c(7, 0), End: c(15, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "L", Start: c(15, 0), End: c(23, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "H", Start: c(9, 0), End: c(13, 0), Kind: roster.KindOffGroup},
			{Code: "I", Start: c(23, 0), End: c(7, 0), Kind: roster.KindLiveIn},
		},
	}
	late := c(16, 30)
	h.Plan.Assignments = []roster.Assignment{
		{Member: 1, Date: sat, Shift: "V"},
		{Member: 2, Date: sat, Shift: "V"},
		{Member: 1, Date: sat, Shift: "L", Start: &late}, // comes in late
		{Member: 2, Date: sat, Shift: "L"},
		{Member: 3, Date: sat, Shift: "H"},
	}
	for _, f := range rules.Check(h, roster.Window{From: sat, To: sat}) {
		switch f.Rule {
		case rules.RuleCovDay, rules.RuleCovNight:
			fmt.Println(f.Rule, f.Members, f.NL)
		}
	}
	// Output:
	// COV-DAY [2] za 28 mrt 15:00–16:30: 1 van 2 opvoeders aanwezig
	// COV-NIGHT [] nacht za 28 mrt op zo 29 mrt: niet gedekt 23:00–07:00 (7 u)
}

// The demo house is the concept's team: its fte per role match the budget.
func Example_demo() {
	h := demo.House(roster.NewDate(2026, time.November, 25))
	fte := map[roster.Role]float64{}
	for _, m := range h.Members {
		fte[m.Role] += m.HoursOn(roster.NewDate(2026, time.November, 25)) / h.Settings.HoursPerFTE
	}
	fmt.Println(h.Name, len(h.Members), "members")
	for _, r := range roster.Roles {
		if budget, ok := h.Settings.Budget[r]; ok { // the intern has no budget line
			fmt.Printf("%s %.1f fte (budget %.1f)\n", r, fte[r], budget)
		}
	}
	// Output:
	// De Linde 15 members
	// opvoeder 8.9 fte (budget 8.9)
	// teamleider 0.8 fte (budget 0.8)
	// systeemtherapeut 0.7 fte (budget 0.7)
	// huishoudelijk 0.6 fte (budget 0.6)
}
