package plan

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// longProblem is a problem of weeks weeks, E employees and T shift types
// (lengths 480 and 600 minutes, successions, per-type maxima, weekends,
// locked cells and requests), generated from seed. With loose the rows have
// no minimum of minutes or block length, so the all-off roster is feasible.
func longProblem(seed uint64, weeks, E, T int, loose bool) *Problem {
	rng := rand.New(rand.NewPCG(seed, 11))
	D := 7 * weeks
	p := &Problem{Days: D, Cover: make([][]Cover, D)}
	for s := range T {
		sh := Shift{Name: string(rune('a' + s)), Minutes: 480 + 120*rng.IntN(2)}
		for c := range s {
			if rng.IntN(3) == 0 {
				sh.CannotFollow = append(sh.CannotFollow, c)
			}
		}
		p.Shifts = append(p.Shifts, sh)
	}
	for k := range weeks {
		p.Weekends = append(p.Weekends, []int{7*k + 5, 7*k + 6})
	}
	for d := range p.Cover {
		p.Cover[d] = make([]Cover, T)
		for s := range p.Cover[d] {
			p.Cover[d][s] = Cover{Required: rng.IntN(1 + E/T), Under: 100, Over: 1}
		}
	}
	for e := range E {
		emp := Employee{Name: string(rune('A' + e%26)), MaxShifts: make([]int, T),
			MinMinutes: 480 * 3 * weeks, MaxMinutes: 600 * 5 * weeks, MaxConsecutive: 4 + rng.IntN(3),
			MinConsecutive: 2, MinConsecutiveOff: 2, MaxWeekends: weeks / 2,
			Fixed: make([]int, D), Cost: make([][]int, D)}
		if loose {
			emp.MinMinutes, emp.MinConsecutive, emp.MinConsecutiveOff = 0, 0, 0
		}
		for s := range emp.MaxShifts {
			emp.MaxShifts[s] = Unlimited
			if s == 0 {
				continue // a type she may always work: the minimum can be met
			}
			switch rng.IntN(4) {
			case 0:
				emp.MaxShifts[s] = 0
			case 1:
				emp.MaxShifts[s] = 1 + rng.IntN(2*weeks)
			}
		}
		for d := range emp.Fixed {
			emp.Fixed[d] = Free
			emp.Cost[d] = make([]int, T+1)
			if rng.IntN(10) == 0 {
				emp.Cost[d][rng.IntN(T+1)] = 1 + rng.IntN(3)
			}
			if rng.IntN(30) == 0 {
				emp.Fixed[d] = Off
			}
		}
		p.Employees = append(p.Employees, emp)
	}
	return p
}

// randomState is a state of random values from every cell's domain.
func randomState(m *model, rng *rand.Rand) *state {
	x := make([]uint8, m.E*m.D)
	for i := range x {
		dom := m.domain[i]
		x[i] = dom[rng.IntN(len(dom))]
	}
	return newState(m, x)
}

// checkBookkeeping fails when s's incremental bookkeeping differs from a
// full recomputation.
func checkBookkeeping(t *testing.T, what string, s *state) {
	t.Helper()
	hard, soft := s.hard, s.soft
	rowHard, rowSoft, cnt := slices.Clone(s.rowHard), slices.Clone(s.rowSoft), slices.Clone(s.cnt)
	s.recompute()
	if hard != s.hard || soft != s.soft || !slices.Equal(cnt, s.cnt) ||
		!slices.Equal(rowHard, s.rowHard) || !slices.Equal(rowSoft, s.rowSoft) {
		t.Errorf("%s: incremental hard %d soft %d, recomputed %d %d", what, hard, soft, s.hard, s.soft)
	}
}

// TestLargeNeighbourhoodsNeverWorsen runs the type chains and the row
// window sweeps on random rosters of random long problems: the score never
// rises, no row gets a hard violation it did not have, locked cells keep
// their values, and the bookkeeping equals a full recomputation.
func TestLargeNeighbourhoodsNeverWorsen(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		p := longProblem(seed, 4+int(seed%3)*4, 6+int(seed)*2, 1+int(seed%5)*2, false)
		m := compile(p)
		rng := rand.New(rand.NewPCG(seed, 3))
		for _, sweep := range []string{"chains", "windows"} {
			s := randomState(m, rng)
			before := s.score()
			rowHard := slices.Clone(s.rowHard)
			x0 := slices.Clone(s.x)
			if sweep == "chains" {
				s.reassignTypes(context.Background(), time.Time{})
			} else {
				newRowWindows(p, s, seed).sweep(context.Background(), time.Time{}, nil)
			}
			checkNeverWorse(t, fmt.Sprintf("seed %d %s", seed, sweep), s, before, rowHard, x0)
		}
	}
}

// checkNeverWorse asserts what every improving move must keep: the score
// not above before, no row with more hard penalty than in rowHard, locked
// cells as in x0, and the bookkeeping equal to a full recomputation.
func checkNeverWorse(t *testing.T, label string, s *state, before int64, rowHard []int32, x0 []uint8) {
	t.Helper()
	m := s.m
	if s.score() > before {
		t.Errorf("%s: score rose from %d to %d", label, before, s.score())
	}
	for e := range m.E {
		if s.rowHard[e] > rowHard[e] {
			t.Errorf("%s: row %d hard %d → %d", label, e, rowHard[e], s.rowHard[e])
		}
		for d := range m.D {
			if i := e*m.D + d; !m.free(i) && s.x[i] != x0[i] {
				t.Errorf("%s: locked cell (%d, %d) changed", label, e, d)
			}
		}
	}
	checkBookkeeping(t, label, s)
}

// TestRowWindowsCover checks that the sweeps do their job: from the
// all-off roster of a long problem (feasible: no minimum of minutes) one
// sweep fills most of the cover that the rules allow, and the roster stays
// without any hard violation.
func TestRowWindowsCover(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		p := longProblem(seed, 26, 20, 4, true)
		m := compile(p)
		s := newState(m, make([]uint8, m.E*m.D))
		if s.hard != 0 {
			t.Fatalf("seed %d: the all-off start is not feasible (hard %d)", seed, s.hard)
		}
		before := s.soft
		offers := 0
		rw := newRowWindows(p, s, seed)
		rw.sweep(context.Background(), time.Time{}, func() { offers++ })
		if s.hard != 0 {
			t.Fatalf("seed %d: hard %d after the sweep", seed, s.hard)
		}
		if s.soft > before/2 {
			t.Errorf("seed %d: one sweep took the cost from %d to %d only", seed, before, s.soft)
		}
		if offers == 0 {
			t.Errorf("seed %d: the sweep improved %d → %d without offering a roster", seed, before, s.soft)
		}
		checkBookkeeping(t, "windows", s)
	}
}

// TestConstructByWindows builds every row of long problems window by
// window from the all-off roster (which breaks each row's minimum of
// minutes): most rows come out without any violation, with cover cost far
// below the all-off roster's, the bookkeeping equals a full recomputation,
// and construct (with the row-by-row construction for the rest) leaves no
// more rows breaking a rule.
func TestConstructByWindows(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		p := longProblem(seed, 26, 16, 3, false)
		rep := &reporter{start: time.Now(), best: 1 << 62}
		w := newWorker(compile(p), Options{Seed: seed}, 0, rep)
		m := w.m
		var all []int
		for e := range m.E {
			if w.s.rowHard[e] > 0 {
				all = append(all, e)
			}
		}
		if len(all) != m.E {
			t.Fatalf("seed %d: %d of %d rows break a rule in the all-off roster", seed, len(all), m.E)
		}
		cover0 := w.s.coverCost()
		if !w.constructByWindows(context.Background(), p, all, time.Time{}) {
			t.Fatalf("seed %d: no construction without a deadline", seed)
		}
		checkBookkeeping(t, "construct", w.s)
		bad := 0
		for e := range m.E {
			if w.s.rowHard[e] > 0 {
				bad++
			}
		}
		if bad > m.E/4 {
			t.Errorf("seed %d: %d of %d rows still break a rule", seed, bad, m.E)
		}
		if c := w.s.coverCost(); c > cover0/2 {
			t.Errorf("seed %d: cover cost %d → %d", seed, cover0, c)
		}
		w2 := newWorker(compile(p), Options{Seed: seed}, 0, rep)
		w2.construct(context.Background(), p, time.Time{})
		bad2 := 0
		for e := range m.E {
			if w2.s.rowHard[e] > 0 {
				bad2++
			}
		}
		if bad2 > bad {
			t.Errorf("seed %d: construct left %d rows breaking a rule, the windows alone %d", seed, bad2, bad)
		}
	}
}
