package house

import (
	"context"
	"fmt"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
)

// edgeHouse is a plain house of ten opvoeders (one teamleider) with the
// concept's shift types and profile, nights by the given mode, and nothing
// planned: the base the legal edge cases below change one thing of.
func edgeHouse(mode roster.NightMode, from roster.Date) *roster.House {
	h := roster.NewHouse("Randgeval", 6)
	h.Settings.NightMode = mode
	hours := []float64{36, 32, 32, 28.8, 28.8, 36, 24, 32, 36, 28.8}
	for i, hw := range hours {
		m := roster.Member{ID: i + 1, Name: fmt.Sprintf("Lid %d", i+1), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: from - 30*7, HoursPerWeek: hw}}, Nights: true}
		if i == 0 {
			m.Role = roster.RoleTeamleider
		}
		h.Members = append(h.Members, m)
	}
	return h
}

// history plans shift code for member id on the given days.
func history(h *roster.House, id int, code string, days ...roster.Date) {
	for _, d := range days {
		h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: id, Date: d, Shift: code})
	}
}

// TestProposeLegalEdgeCases runs "Vul aan" on hand-made houses that each
// sit on one edge of the rules the engine judges — a daylight-saving
// night, a night series or a shortened rest just before the window, the
// sleep-shift limit nearly used up, a contract that changes in the window,
// a member who joins or leaves in it, a pregnant member, a long awake night,
// holidays — and asserts the acceptance criterion on each: the whole
// proposal adds no error or warning the engine did not already report
// (apart from the soft findings it names), touches only open cells, and
// stays within the proven bound. These are cases the generator draws
// rarely or never.
func TestProposeLegalEdgeCases(t *testing.T) {
	spring := roster.NewDate(2027, 3, 22)  // the week with the short night of 28 March
	autumn := roster.NewDate(2027, 10, 25) // the week with the long night of 31 October
	xmas := roster.NewDate(2027, 12, 27)   // between Christmas and New Year
	plain := roster.NewDate(2027, 5, 31)   // an ordinary week
	cases := []struct {
		name string
		from roster.Date
		mode roster.NightMode
		edit func(h *roster.House, from roster.Date)
	}{
		{"short DST night, awake nights", spring, roster.NightAwake, nil},
		{"long DST night, awake nights", autumn, roster.NightAwake, nil},
		{"long DST night, a 10-hour awake night type", autumn, roster.NightAwake, func(h *roster.House, _ roster.Date) {
			for i := range h.ShiftTypes {
				if h.ShiftTypes[i].Code == "W" {
					h.ShiftTypes[i].Start, h.ShiftTypes[i].End = roster.NewClock(22, 0), roster.NewClock(8, 0)
				}
			}
		}},
		{"long DST night, sleep shifts", autumn, roster.NightSleep, nil},
		{"three awake nights just before the window (46 h rest)", plain, roster.NightAwake, func(h *roster.House, from roster.Date) {
			// Only members 2, 3 and 4 do nights, so the rest after a series binds.
			for i := range h.Members {
				h.Members[i].Nights = i >= 1 && i <= 3
			}
			history(h, 2, "W", from-3, from-2, from-1)
			history(h, 3, "W", from-4, from-3)
		}},
		{"a night ending after 02:00 the day before (14 h night rest)", plain, roster.NightAwake, func(h *roster.House, from roster.Date) {
			for i := range h.Members {
				h.Members[i].Nights = i >= 3 && i <= 5
			}
			history(h, 4, "W", from-1)
		}},
		{"a shortened daily rest just before the window", plain, roster.NightSleep, func(h *roster.House, from roster.Date) {
			// L till 23:00, then V from 07:00: 8 h rest, the one shortening per 7 × 24 h.
			history(h, 5, "L", from-2)
			history(h, 5, "V", from-1)
		}},
		{"six days in a row just before the window", plain, roster.NightSleep, func(h *roster.House, from roster.Date) {
			history(h, 6, "D", from-6, from-5, from-4, from-3, from-2, from-1)
		}},
		{"sleep shifts nearly at 52 per 26 weeks", plain, roster.NightSleep, func(h *roster.House, from roster.Date) {
			// Only members 7 and 8 may sleep in, and 7 has one sleep shift left.
			for i := range h.Members {
				h.Members[i].NoSleepShifts = i != 6 && i != 7
			}
			for k := range 51 {
				history(h, 7, "S", from-182+roster.Date(k*182/52))
			}
		}},
		{"a contract that shrinks in the window", plain, roster.NightSleep, func(h *roster.House, from roster.Date) {
			h.Members[1].Contract = append(h.Members[1].Contract, roster.Contract{From: from + 3, HoursPerWeek: 12})
		}},
		{"a member who joins and one who leaves in the window", plain, roster.NightSleep, func(h *roster.House, from roster.Date) {
			join, leave := from+2, from+4
			h.Members[2].ActiveFrom = &join
			h.Members[3].ActiveTo = &leave
		}},
		{"a pregnant member and one without sleep shifts", plain, roster.NightSleep, func(h *roster.House, _ roster.Date) {
			h.Members[4].Pregnant = true
			h.Members[5].NoSleepShifts = true
		}},
		{"live-in members, mixed nights", plain, roster.NightMixed, func(h *roster.House, _ roster.Date) {
			h.Members[8].LiveIn, h.Members[9].LiveIn = true, true
			h.Members[6].Nights = false
		}},
		{"between Christmas and New Year", xmas, roster.NightSleep, nil},
		{"a week already over contract for two members", plain, roster.NightSleep, func(h *roster.House, from roster.Date) {
			history(h, 8, "V", from, from+1, from+2, from+3, from+4)
			history(h, 9, "L", from, from+1, from+2, from+3, from+4)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := edgeHouse(c.mode, c.from)
			// The week before the window is planned as a team would: a
			// simple rotation, so the window starts from a real history.
			for d := c.from - 7; d < c.from; d++ {
				k := int(d - c.from + 7)
				history(h, 2+k%8, "V", d)
				history(h, 2+(k+3)%8, "L", d)
			}
			if c.edit != nil {
				c.edit(h, c.from)
			}
			w := roster.Window{From: c.from, To: c.from + 6}
			res, err := Propose(context.Background(), h, w, plan.Options{Seed: 1, MaxIterations: 15_000}, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkProposal(t, h, w, res)
			if len(res.Proposals) == 0 {
				t.Errorf("nothing proposed on a house with %d open minutes", res.OpenMinutes)
			}
			t.Logf("%d proposals, open %d → %d min, bound %d, %d soft", len(res.Proposals), res.OpenMinutes, res.UncoveredMinutes, res.BoundMinutes, len(res.Soft))
		})
	}
}
