package house

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// TestLPBoundNeverAboveExhaustive checks the LP bound against the true
// optimum on small houses of every shape the generator knows: sleep shifts,
// awake nights or a live-in member, the concept's or the school profile,
// windows across a week's or a balance period's end, contracts from tiny to
// full, locked shifts before and inside the window (some breaking rules),
// leave and "kan niet" wishes. The optimum is the least shortfall over every
// way to fill the open cells that the engine accepts (exhaustive). The LP
// bound may never exceed it; it is at least as tight as the simple bound on
// most houses and tight (equal) on some.
func TestLPBoundNeverAboveExhaustive(t *testing.T) {
	n := 16
	if testing.Short() || raceOn {
		n = 6
	}
	tight, stronger := 0, 0
	for seed := uint64(1); seed <= uint64(n); seed++ {
		h, w := smallHouse(seed)
		best, valid := exhaustive(h, w)
		simple := Bound(h, w)
		lp := LPBound(context.Background(), h, w, 0, time.Time{})
		if lp > best {
			t.Fatalf("seed %d: LP bound %d above the best roster's shortfall %d (%d valid rosters, simple bound %d)", seed, lp, best, valid, simple)
		}
		if simple > best {
			t.Fatalf("seed %d: simple bound %d above the best roster's shortfall %d", seed, simple, best)
		}
		if lp == best {
			tight++
		}
		if lp > simple {
			stronger++
		}
		t.Logf("seed %d (%s, %d bands, %v): optimum %d, LP bound %d, simple bound %d, open %d", seed, h.Settings.NightMode, len(h.Coverage), w, best, lp, simple, Shortfall(h, w))
	}
	t.Logf("LP bound tight on %d of %d, above the simple bound on %d", tight, n, stronger)
	if tight == 0 {
		t.Errorf("LP bound never tight on %d small houses", n)
	}
}

// smallHouse returns a house of 3 opvoeders (sometimes 2 over 3 days) with
// the shift types V, L and the house's night cover, random contracts,
// flags, locked shifts, leave and wishes, and a window of 2 or 3 days that
// may cross the end of an ISO week or of a balance period.
func smallHouse(seed uint64) (*roster.House, roster.Window) {
	r := rand.New(rand.NewPCG(seed, 11))
	h := roster.NewHouse("klein", 4)
	switch r.IntN(3) {
	case 0:
		h.Settings.NightMode = roster.NightSleep
	case 1:
		h.Settings.NightMode = roster.NightAwake
	default:
		h.Settings.NightMode = roster.NightMixed
	}
	night := map[roster.NightMode]string{roster.NightSleep: "S", roster.NightAwake: "W", roster.NightMixed: "I"}[h.Settings.NightMode]
	var types []roster.ShiftType
	for _, st := range h.ShiftTypes {
		if st.Code == "V" || st.Code == "L" || st.Code == night || (night == "I" && st.Code == "S") {
			types = append(types, st)
		}
	}
	h.ShiftTypes = types
	if r.IntN(2) == 0 {
		h.Coverage = schoolProfile()
	}
	// A window of 2 or 3 days: mid-week, across Sunday/Monday, or across
	// the end of a 4-week balance period.
	base := roster.BalancePeriod(roster.NewDate(2027, 3, 1), h.Settings.BalanceWeeksOrDefault())
	from := []roster.Date{base.From + 2, base.From + 6, base.To}[r.IntN(3)]
	members, days := 3, 2
	if r.IntN(3) == 0 {
		members, days = 2, 3
	}
	w := roster.Window{From: from, To: from + roster.Date(days-1)}
	for i := range members {
		m := roster.Member{ID: i + 1, Name: string(rune('A' + i)), Role: roster.RoleOpvoeder,
			Contract:      []roster.Contract{{From: base.From - 70, HoursPerWeek: []float64{6, 9, 16, 24, 36}[r.IntN(5)]}},
			Nights:        r.IntN(4) > 0,
			NoSleepShifts: r.IntN(4) == 0,
			LiveIn:        night == "I" && i == 0}
		h.Members = append(h.Members, m)
		if r.IntN(5) == 0 {
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: m.ID, From: w.From, To: w.From, Kind: roster.AbsLeave})
		}
		if r.IntN(4) == 0 {
			h.Plan.Wishes = append(h.Plan.Wishes, roster.Wish{Member: m.ID, Date: w.To, Kind: roster.WishCannot, Shift: []string{"V", "L", night}[r.IntN(3)]})
		}
		// Locked shifts: the day before the window (rest!), earlier that
		// week or period (hours!), now and then inside the window.
		if r.IntN(2) == 0 {
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: w.From - 1, Shift: []string{"V", "L", night}[r.IntN(3)]})
		}
		for k := range r.IntN(4) {
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: w.From - 3 - roster.Date(k), Shift: "V"})
		}
		if r.IntN(6) == 0 {
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: w.To, Shift: "L"})
		}
	}
	return h, w
}
