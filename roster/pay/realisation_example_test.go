package pay_test

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/pay"
)

// A week of one opvoeder with a 36-hour contract: two late shifts worked, a
// sleep shift (half in the contract ledger, no ORT), and a late shift given
// up by a sick report.
func ExampleNewRealisation() {
	c := roster.NewClock
	mon := roster.NewDate(2026, 11, 23)
	h := &roster.House{
		Name: "Voorbeeld", Children: 6,
		Settings: roster.Settings{HoursPerFTE: 36, SickPct: 5, ORT: roster.DefaultORT(), Pay: roster.DefaultPay()},
		Members: []roster.Member{{ID: 1, Name: "Anna", Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: mon - 365, HoursPerWeek: 36}}}},
		ShiftTypes: []roster.ShiftType{
			{Code: "L", Start: c(15, 0), End: c(23, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "S", Start: c(23, 0), End: c(7, 0), Kind: roster.KindSleep},
		},
	}
	h.Plan.Assignments = []roster.Assignment{
		{Member: 1, Date: mon + 1, Shift: "L"}, // Tuesday
		{Member: 1, Date: mon + 2, Shift: "L"}, // Wednesday
		{Member: 1, Date: mon + 2, Shift: "S"},
		{Member: 1, Date: mon + 5, Shift: "L", State: roster.StateSick}, // Saturday
	}
	r := pay.NewRealisation(h, roster.Week(mon))
	a := r.Member(1)
	fmt.Printf("contract %.1f h, planned %.1f h, realised %.1f h, reserve %.1f h\n", a.Contract, a.Planned, a.Realised, a.Reserve)
	fmt.Printf("sick %.1f h = %.1f%% of the contract (norm %.0f%%)\n", a.Sick, a.SickPct(), r.SickNorm)
	for i, p := range r.Percents {
		fmt.Printf("ORT %2.0f%%: %.1f h\n", p, a.ORT[i])
	}
	fmt.Printf("sleep hours %.0f, nights %d\n", a.Sleep, a.Nights)
	// Output:
	// contract 36.0 h, planned 26.5 h, realised 19.0 h, reserve 9.5 h
	// sick 7.5 h = 20.8% of the contract (norm 5%)
	// ORT  0%: 7.0 h
	// ORT 25%: 6.0 h
	// ORT 30%: 0.0 h
	// ORT 45%: 2.0 h
	// sleep hours 8, nights 1
}
