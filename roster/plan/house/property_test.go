package house

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
)

// TestProposeRandomHouses is the acceptance property: on generated houses
// the whole proposal adds no error or warning (apart from the soft ones it
// reports), touches only open cells, leaves the house as it was, stays
// within the proven bound, and is the same for the same seed.
func TestProposeRandomHouses(t *testing.T) {
	seeds := 6
	if testing.Short() || raceOn {
		seeds = 2 // the same code paths; the race detector makes a house 5x slower
	}
	for seed := uint64(1); seed <= uint64(seeds); seed++ {
		h, w := Generate(seed)
		orig := slices.Clone(h.Plan.Assignments)
		opts := plan.Options{Seed: seed, MaxIterations: 40_000}
		res, err := Propose(context.Background(), h, w, opts, nil)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if !slices.Equal(h.Plan.Assignments, orig) {
			t.Fatalf("seed %d: Propose changed the house's own assignments", seed)
		}
		checkProposal(t, h, w, res)
		if res.OpenMinutes > res.BoundMinutes && res.UncoveredMinutes == res.OpenMinutes {
			t.Errorf("seed %d: nothing filled although %d of %d open minutes can be covered", seed, res.OpenMinutes-res.BoundMinutes, res.OpenMinutes)
		}
		t.Logf("seed %d: %d members, %d proposals, open %d → %d min, bound %d, %d soft",
			seed, len(h.Members), len(res.Proposals), res.OpenMinutes, res.UncoveredMinutes, res.BoundMinutes, len(res.Soft))
		if seed == 1 {
			again, _ := Propose(context.Background(), h, w, opts, nil)
			if !slices.Equal(again.Proposals, res.Proposals) {
				t.Errorf("seed %d: not deterministic with an iteration budget", seed)
			}
		}
	}
}

// TestProposeCancelReturnsBestSoFar cancels a long search after its first
// progress report: Propose returns soon with a proposal that still adds no
// finding.
func TestProposeCancelReturnsBestSoFar(t *testing.T) {
	h, w := Generate(3)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan Result)
	go func() {
		res, err := Propose(ctx, h, w, plan.Options{Seed: 1, TimeLimit: 10 * time.Minute}, func(plan.Progress) { cancel() })
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	select {
	case res := <-done:
		checkProposal(t, h, w, res)
	case <-time.After(60 * time.Second):
		t.Fatal("Propose did not return after cancel")
	}
	cancel()
}

// TestBoundNeverAboveExhaustive compares the bound with the best coverage
// of every roster of tiny houses (3 members, 2 days, early, late and sleep
// shifts): the least shortfall among all rosters the engine accepts is never
// below the bound, and Propose finds that least shortfall.
func TestBoundNeverAboveExhaustive(t *testing.T) {
	tight := 0
	for seed := uint64(1); seed <= 10; seed++ {
		h, w := tinyHouse(seed)
		bound := Bound(h, w)
		best, valid := exhaustive(h, w)
		if bound > best {
			t.Fatalf("seed %d: bound %d above the best roster's shortfall %d (%d valid rosters)", seed, bound, best, valid)
		}
		if bound == best {
			tight++
		}
		res, err := Propose(context.Background(), h, w, plan.Options{Seed: 1, MaxIterations: 20_000}, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkProposal(t, h, w, res)
		if res.UncoveredMinutes != best {
			t.Errorf("seed %d: Propose leaves %d uncovered minutes, the best roster within the rules %d", seed, res.UncoveredMinutes, best)
		}
		t.Logf("seed %d: bound %d, optimum %d, Propose %d (open %d, %d valid rosters)", seed, bound, best, res.UncoveredMinutes, res.OpenMinutes, valid)
	}
	t.Logf("bound tight on %d of 10", tight)
}

// tinyHouse returns a house of 3 opvoeders with small contracts, random
// flags, leave and wishes, three shift types (V, L, S) and a 2-day window.
func tinyHouse(seed uint64) (*roster.House, roster.Window) {
	r := rand.New(rand.NewPCG(seed, 7))
	h := roster.NewHouse("klein", 4)
	var types []roster.ShiftType
	for _, st := range h.ShiftTypes {
		if st.Code == "V" || st.Code == "L" || st.Code == "S" {
			types = append(types, st)
		}
	}
	h.ShiftTypes = types
	h.Settings.NightMode = roster.NightSleep
	mon := roster.NewDate(2027, 3, 1)
	w := roster.Window{From: mon + 2, To: mon + 3}
	for i := range 3 {
		m := roster.Member{ID: i + 1, Name: string(rune('A' + i)), Role: roster.RoleOpvoeder,
			Contract:      []roster.Contract{{From: mon - 70, HoursPerWeek: []float64{6, 9, 16, 24}[r.IntN(4)]}},
			Nights:        true,
			NoSleepShifts: r.IntN(3) == 0}
		h.Members = append(h.Members, m)
		if r.IntN(4) == 0 {
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: m.ID, From: w.From, To: w.From, Kind: roster.AbsLeave})
		}
		if r.IntN(3) == 0 {
			h.Plan.Wishes = append(h.Plan.Wishes, roster.Wish{Member: m.ID, Date: w.To, Kind: roster.WishCannot, Shift: "L"})
		}
		if r.IntN(3) == 0 { // a shift already planned earlier that week
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: mon, Shift: "V"})
		}
	}
	return h, w
}

// exhaustive returns the least shortfall over every way to fill the open
// cells of w (off or one plannable shift each) that adds no finding the
// planner may not add, and how many such rosters there are.
func exhaustive(h *roster.House, w roster.Window) (best, valid int) {
	ix := newIndex(h, w)
	type cell struct {
		m int
		d roster.Date
	}
	var cells []cell
	for i := range h.Members {
		for d := w.From; d <= w.To; d++ {
			if ix.open(&h.Members[i], d) {
				cells = append(cells, cell{h.Members[i].ID, d})
			}
		}
	}
	codes := []string{""}
	for _, st := range plannable(h) {
		codes = append(codes, st.Code)
	}
	best = -1
	before := baseline(h, w)
	choice := make([]int, len(cells))
	for {
		var props []roster.Assignment
		for i, c := range cells {
			if choice[i] > 0 {
				props = append(props, roster.Assignment{Member: c.m, Date: c.d, Shift: codes[choice[i]]})
			}
		}
		if len(newFindingsSince(h, w, before, props)) == 0 {
			valid++
			h2 := *h
			h2.Plan.Assignments = append(slices.Clone(h.Plan.Assignments), props...)
			if s := Shortfall(&h2, w); best < 0 || s < best {
				best = s
			}
		}
		i := 0
		for i < len(choice) {
			choice[i]++
			if choice[i] < len(codes) {
				break
			}
			choice[i] = 0
			i++
		}
		if i == len(choice) {
			return best, valid
		}
	}
}
