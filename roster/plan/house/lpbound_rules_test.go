package house

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// TestLPBoundWeeklyRulesNeverAboveExhaustive is the property of the LP
// bound with the per-member weekly rules (weekly rest, the sleep week's long
// rest, the night rest, 11 hours next to a sleep shift) on random tiny houses
// whose members work nearly every day around the window: the bound never
// exceeds the least shortfall of any way to fill the open cells that the
// engine accepts (exhaustive), with and without the weekly rules; and the
// weekly rules raise the bound on some of these houses (they bind), which
// the test asserts so that a change that quietly drops them fails.
func TestLPBoundWeeklyRulesNeverAboveExhaustive(t *testing.T) {
	n := 24
	if testing.Short() || raceOn {
		n = 6
	}
	raised, tight := 0, 0
	for seed := uint64(1); seed <= uint64(n); seed++ {
		h, w := denseHouse(seed)
		best, valid := exhaustive(h, w)
		with := lpBoundWith(h, w, true)
		without := lpBoundWith(h, w, false)
		if with > best {
			t.Fatalf("seed %d: LP bound with the weekly rules %d above the best roster's shortfall %d (%d valid rosters; without them %d)", seed, with, best, valid, without)
		}
		if without > best {
			t.Fatalf("seed %d: LP bound without the weekly rules %d above the best roster's shortfall %d", seed, without, best)
		}
		if with > without {
			raised++
		}
		if with == best {
			tight++
		}
		t.Logf("seed %d (%s, %s, %v, %d members): optimum %d, bound %d (without weekly rules %d), open %d, %d valid rosters",
			seed, h.Settings.NightMode, h.Settings.SleepRegime, w, len(h.Members), best, with, without, Shortfall(h, w), valid)
	}
	t.Logf("weekly rules raised the bound on %d of %d houses; tight on %d", raised, n, tight)
	if raised == 0 {
		t.Errorf("the weekly rules never raised the bound on %d houses where members work nearly every day", n)
	}
}

// lpBoundWith is LPBound run to convergence, with or without the weekly
// rules.
func lpBoundWith(h *roster.House, w roster.Window, weekly bool) int {
	b := newLPBuild(h, w)
	if len(b.segs) == 0 {
		return 0
	}
	if weekly {
		b.addWeekly()
	}
	b.smoothing = lpSmoothing
	return b.solve(context.Background(), lpBoundRounds, time.Time{})
}

// houseCase is one house of a table test: which kind, and the house with
// its window.
type houseCase struct {
	name string
	h    *roster.House
	w    roster.Window
}

// houseCases returns smallHouse and denseHouse for seeds 1..n, then the
// generated houses of the given seeds ("small", "dense", "generated").
func houseCases(n int, generated ...uint64) []houseCase {
	var cases []houseCase
	for s := uint64(1); s <= uint64(n); s++ {
		h, w := smallHouse(s)
		cases = append(cases, houseCase{"small", h, w})
		h, w = denseHouse(s)
		cases = append(cases, houseCase{"dense", h, w})
	}
	for _, s := range generated {
		h, w := Generate(s)
		cases = append(cases, houseCase{"generated", h, w})
	}
	return cases
}

// denseHouse returns a tiny house (2 or 3 opvoeders, 2 or 3 open days) in
// which the members work nearly every day of the week before, the week of
// and the week after the window, mostly sleep shifts (half their hours count
// for the contract, so the contract leaves room), so that the weekly rest
// and the sleep week's long rest bind. Sleep shifts fall under the regular
// regime on most houses; some have a live-in member.
func denseHouse(seed uint64) (*roster.House, roster.Window) {
	r := rand.New(rand.NewPCG(seed, 23))
	h := roster.NewHouse("dicht", 4)
	liveIn := r.IntN(3) == 0
	h.Settings.NightMode = roster.NightSleep
	if liveIn {
		h.Settings.NightMode = roster.NightMixed
	}
	if r.IntN(5) == 0 {
		h.Settings.SleepRegime = roster.RegimeIrregular
	} else {
		h.Settings.SleepRegime = roster.RegimeRegular
	}
	var types []roster.ShiftType
	for _, st := range h.ShiftTypes {
		if st.Code == "V" || st.Code == "L" || st.Code == "S" || (liveIn && st.Code == "I") {
			types = append(types, st)
		}
	}
	h.ShiftTypes = types
	if r.IntN(2) == 0 {
		h.Coverage = schoolProfile()
	}
	mon := roster.NewDate(2027, 3, 8)
	from := []roster.Date{mon + 2, mon + 4, mon + 5}[r.IntN(3)]
	members, days := 2, 3
	if liveIn || r.IntN(2) == 0 {
		members, days = 3, 2
	}
	if liveIn {
		members = 2
	}
	w := roster.Window{From: from, To: from + roster.Date(days-1)}
	for i := range members {
		m := roster.Member{ID: i + 1, Name: string(rune('A' + i)), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: mon - 70, HoursPerWeek: []float64{28, 32, 36}[r.IntN(3)]}},
			Nights:   true,
			LiveIn:   liveIn && i == 0}
		h.Members = append(h.Members, m)
		sleep := "S"
		if m.LiveIn {
			sleep = "I"
		}
		// Nearly every day from the week before to the week after: a
		// sleep shift most days, now and then an early shift or a day off.
		for d := mon - 7; d <= mon+13; d++ {
			if w.Contains(d) {
				continue
			}
			switch k := r.IntN(10); {
			case k < 7:
				h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: d, Shift: sleep})
			case k < 8 && d != w.From-1:
				h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: d, Shift: "V"})
			}
		}
	}
	return h, w
}
