package plan

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// tinyProblem is 2 employees × 7 days × 2 shifts: small enough to try every
// roster.
func tinyProblem(seed uint64) *Problem {
	rng := rand.New(rand.NewPCG(seed, 11))
	const D = 7
	p := &Problem{Days: D,
		Shifts:   []Shift{{Name: "E", Minutes: 480}, {Name: "L", Minutes: 480, CannotFollow: []int{0}}},
		Weekends: [][]int{{5, 6}},
		Cover:    make([][]Cover, D),
	}
	for d := range p.Cover {
		p.Cover[d] = []Cover{
			{Required: rng.IntN(2), Under: 1 + rng.IntN(10), Over: rng.IntN(5)},
			{Required: rng.IntN(3), Under: 1 + rng.IntN(10), Over: rng.IntN(5)},
		}
	}
	for e := 0; e < 2; e++ {
		emp := Employee{Name: string(rune('A' + e)), MaxShifts: []int{Unlimited, 1 + rng.IntN(3)},
			MinMinutes: 480 * rng.IntN(3), MaxMinutes: 480 * (3 + rng.IntN(3)), MaxConsecutive: 2 + rng.IntN(3),
			MinConsecutive: rng.IntN(3), MinConsecutiveOff: rng.IntN(3), MaxWeekends: rng.IntN(2),
			Fixed: make([]int, D), Cost: make([][]int, D)}
		for d := range emp.Fixed {
			emp.Fixed[d] = Free
			emp.Cost[d] = []int{rng.IntN(6), rng.IntN(6), rng.IntN(6)}
		}
		p.Employees = append(p.Employees, emp)
	}
	return p
}

// bruteOptimum tries every pair of feasible rows.
func bruteOptimum(m *model) (best int64, ok bool) {
	best = math.MaxInt64
	bruteAll(m, func(_ []uint8, soft int64) {
		best, ok = min(best, soft), true
	})
	return best, ok
}

// bruteAll calls f with every feasible roster of a two-employee problem.
func bruteAll(m *model, f func(x []uint8, soft int64)) {
	var rows [2][][]uint8
	for e := 0; e < 2; e++ {
		row := make([]uint8, m.D)
		var rec func(d int)
		rec = func(d int) {
			if d == m.D {
				if h, _ := m.rowEval(e, row); h == 0 {
					rows[e] = append(rows[e], append([]uint8(nil), row...))
				}
				return
			}
			for _, v := range m.domain[e*m.D+d] {
				row[d] = v
				rec(d + 1)
			}
		}
		rec(0)
	}
	x := make([]uint8, 2*m.D)
	for _, r0 := range rows[0] {
		for _, r1 := range rows[1] {
			copy(x, r0)
			copy(x[m.D:], r1)
			if s := newState(m, x); s.hard == 0 {
				f(x, s.soft)
			}
		}
	}
}

// TestReducedCostFixing: fixing by the root duals with a known solution of
// cost optimum+1 removes no value that an optimal roster uses and does not
// claim optimality, while over all problems it removes many values; with
// the optimum itself as incumbent, a claim of optimality is true.
func TestReducedCostFixing(t *testing.T) {
	removedAll, claims := 0, 0
	for seed := uint64(1); seed <= 30; seed++ {
		m := compile(tinyProblem(seed))
		opt, ok := bruteOptimum(m)
		if !ok {
			continue
		}
		used := make([]uint64, m.E*m.D)
		var start []uint8
		bruteAll(m, func(x []uint8, soft int64) {
			if start == nil {
				start = append([]uint8(nil), x...)
			}
			if soft == opt {
				for i, v := range x {
					used[i] |= 1 << v
				}
			}
		})
		for _, ub := range []int64{opt + 1, opt} {
			g := newColgen(m, func() bool { return false })
			for e := 0; e < m.E; e++ {
				g.add(e, start[e*m.D:(e+1)*m.D])
			}
			mt := g.newMaster()
			_, bound, ok := g.converge(mt, math.Inf(1))
			if !ok || g.inexact {
				t.Fatalf("seed %d: root not solved exactly", seed)
			}
			removed, optimal := g.fixCells(mt, mt.lp.duals(), bound, ub)
			if ub > opt {
				if optimal {
					t.Fatalf("seed %d: fixing with incumbent %d claims optimality, optimum %d", seed, ub, opt)
				}
				for i, u := range used {
					if u&^mt.allow[i] != 0 {
						t.Fatalf("seed %d: cell %d: optimal values %b, fixing left %b", seed, i, u, mt.allow[i])
					}
				}
				removedAll += removed
			} else if optimal {
				claims++
			}
		}
	}
	t.Logf("values removed: %d; optimality claims: %d", removedAll, claims)
	if removedAll < 30 {
		t.Errorf("fixing removed only %d values in 30 problems: the test is too weak", removedAll)
	}
}

// TestColumnPhaseBoundAndOptimum: on problems small enough to try every
// roster, the column generation's lower bound never exceeds the optimum,
// no solution it reports beats the optimum, and its branch and price finds
// the optimum from a poor start (and mostly proves it).
func TestColumnPhaseBoundAndOptimum(t *testing.T) {
	proven, solved, tried, poor := 0, 0, 0, 0
	for seed := uint64(1); seed <= 30; seed++ {
		p := tinyProblem(seed)
		m := compile(p)
		opt, ok := bruteOptimum(m)
		if !ok {
			continue
		}
		tried++
		// Start from a feasible roster found by a very short annealing
		// (without the row programme and the multi-row move, which would
		// often find the optimum themselves and leave nothing to test).
		res, err := Solve(context.Background(), p, Options{Seed: seed, MaxIterations: 2000, NoColumns: true, LNSEvery: -1, RecreateEvery: -1}, nil)
		if err != nil {
			continue
		}
		x0 := make([]uint8, m.E*m.D)
		for e, row := range res.Solution {
			for d, v := range row {
				x0[e*m.D+d] = uint8(v + 1)
			}
		}
		if res.Objective > opt {
			poor++
		}
		var reported []int64
		r := columnPhase(context.Background(), m, x0, res.Objective, time.Time{}, -1, func(_ []uint8, soft int64) {
			reported = append(reported, soft)
		})
		if r.bound > opt {
			t.Fatalf("seed %d: bound %d above the optimum %d", seed, r.bound, opt)
		}
		best := res.Objective
		for _, s := range reported {
			if s < opt {
				t.Fatalf("seed %d: reported %d below the optimum %d", seed, s, opt)
			}
			best = min(best, s)
		}
		if r.x != nil {
			if s := newState(m, r.x); s.hard != 0 || s.soft != r.soft {
				t.Fatalf("seed %d: solution hard %d soft %d, claimed %d", seed, s.hard, s.soft, r.soft)
			}
		}
		if best == opt {
			solved++
		}
		if r.bound == opt {
			proven++
		}
	}
	t.Logf("%d problems (%d starts above the optimum): optimum found %d, proven %d", tried, poor, solved, proven)
	if tried < 15 || poor < tried/3 || solved < tried*9/10 || proven < tried/2 {
		t.Errorf("%d problems: optimum found %d, proven %d", tried, solved, proven)
	}
}
