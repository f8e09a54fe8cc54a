package plan

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// smallProblem is a 2-week, 6-employee, 2-shift problem with locked cells,
// requests and tight rules, generated from seed.
func smallProblem(seed uint64) *Problem {
	rng := rand.New(rand.NewPCG(seed, 7))
	const D, E = 14, 6
	p := &Problem{Days: D,
		Shifts:   []Shift{{Name: "E", Minutes: 480}, {Name: "L", Minutes: 480, CannotFollow: []int{0}}},
		Weekends: [][]int{{5, 6}, {12, 13}},
		Cover:    make([][]Cover, D),
	}
	for d := range p.Cover {
		p.Cover[d] = []Cover{{Required: 2, Under: 100, Over: 1}, {Required: 1 + rng.IntN(2), Under: 100, Over: 1}}
	}
	for e := 0; e < E; e++ {
		emp := Employee{Name: string(rune('A' + e)), MaxShifts: []int{Unlimited, 6},
			MinMinutes: 6 * 480, MaxMinutes: 9 * 480, MaxConsecutive: 5, MinConsecutive: 2,
			MinConsecutiveOff: 2, MaxWeekends: 1,
			Fixed: make([]int, D), Cost: make([][]int, D)}
		for d := range emp.Fixed {
			emp.Fixed[d] = Free
			emp.Cost[d] = make([]int, 3)
			emp.Cost[d][rng.IntN(3)] = rng.IntN(4)
		}
		p.Employees = append(p.Employees, emp)
	}
	// Locked cells: a day off and a fixed late shift.
	p.Employees[0].Fixed[3] = Off
	p.Employees[1].Fixed[2] = 1
	p.Employees[1].Fixed[3] = 1
	p.Employees[2].Fixed[0] = 0
	return p
}

func TestSolveRespectsHardRulesAndLockedCells(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		p := smallProblem(seed)
		res, err := Solve(context.Background(), p, Options{Seed: seed, MaxIterations: 300_000}, nil)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		hard, soft, err := Evaluate(p, res.Solution)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if hard != 0 || !res.Feasible {
			t.Errorf("seed %d: hard penalty %d, feasible %v", seed, hard, res.Feasible)
		}
		if soft != res.Objective {
			t.Errorf("seed %d: claimed objective %d, evaluated %d", seed, res.Objective, soft)
		}
		for e, emp := range p.Employees {
			for d, f := range emp.Fixed {
				if f != Free && res.Solution[e][d] != f {
					t.Errorf("seed %d: locked cell %s day %d is %d, want %d", seed, emp.Name, d, res.Solution[e][d], f)
				}
			}
		}
	}
}

func TestSolveDeterministic(t *testing.T) {
	p := smallProblem(3)
	for _, workers := range []int{1, 2} {
		opts := Options{Seed: 42, MaxIterations: 200_000, Workers: workers, CycleIterations: 50_000}
		a, errA := Solve(context.Background(), p, opts, nil)
		b, errB := Solve(context.Background(), p, opts, nil)
		if errA != nil || errB != nil {
			t.Fatal(errA, errB)
		}
		if a.Objective != b.Objective || a.Iterations != b.Iterations || a.Accepted != b.Accepted {
			t.Errorf("workers %d: runs differ: %+v vs %+v", workers, a, b)
		}
		for e := range a.Solution {
			if !slices.Equal(a.Solution[e], b.Solution[e]) {
				t.Fatalf("workers %d: row %d differs: %v vs %v", workers, e, a.Solution[e], b.Solution[e])
			}
		}
	}
	// Another seed takes another trajectory.
	a, _ := Solve(context.Background(), p, Options{Seed: 1, MaxIterations: 20_000}, nil)
	b, _ := Solve(context.Background(), p, Options{Seed: 2, MaxIterations: 20_000}, nil)
	if a.Accepted == b.Accepted && a.Objective == b.Objective {
		t.Errorf("seeds 1 and 2 gave identical runs (%d accepted)", a.Accepted)
	}
}

func TestSolveCancelReturnsBestSoFar(t *testing.T) {
	p := smallProblem(2)
	ctx, cancel := context.WithCancel(context.Background())
	var last Progress
	time.AfterFunc(100*time.Millisecond, cancel)
	res, err := Solve(ctx, p, Options{Seed: 1}, func(pr Progress) { last = pr })
	if err != nil {
		t.Fatal(err)
	}
	if hard, _, _ := Evaluate(p, res.Solution); hard != 0 {
		t.Errorf("cancelled run returned hard penalty %d", hard)
	}
	if !last.Feasible || last.Best != res.Objective {
		t.Errorf("last progress %+v, result objective %d", last, res.Objective)
	}
}

func TestSolveInfeasible(t *testing.T) {
	p := smallProblem(1)
	// Lock a late shift followed by an early shift: cannot be repaired.
	p.Employees[3].Fixed[7] = 1
	p.Employees[3].Fixed[8] = 0
	res, err := Solve(context.Background(), p, Options{Seed: 1, MaxIterations: 50_000}, nil)
	if !errors.Is(err, ErrInfeasible) || res.Feasible {
		t.Fatalf("err %v, feasible %v; want ErrInfeasible", err, res.Feasible)
	}
}

// testWorker returns an annealing chain on smallProblem(seed) at
// temperature temp.
func testWorker(seed uint64, temp float64) *worker {
	rep := &reporter{start: time.Now(), best: 1 << 62}
	w := newWorker(compile(smallProblem(seed)), Options{Seed: seed}, 0, rep)
	w.temp = temp
	return w
}

// TestIncrementalBookkeeping checks after many random moves that the
// incrementally kept counters and penalties equal a full recomputation.
func TestIncrementalBookkeeping(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		w := testWorker(seed, 50)
		for range 20_000 {
			switch w.rng.IntN(7) {
			case 6:
				w.ruinRecreate()
			case 5:
				w.doubleSwap()
			case 4:
				w.recreate(w.rng.IntN(w.m.E))
			case 0:
				w.change()
			case 1:
				w.swap()
			case 2:
				w.blockSwap()
			default:
				w.blockSet()
			}
		}
		hard, soft := w.s.hard, w.s.soft
		cnt := slices.Clone(w.s.cnt)
		w.s.recompute()
		if hard != w.s.hard || soft != w.s.soft || !slices.Equal(cnt, w.s.cnt) {
			t.Errorf("seed %d: incremental hard %d soft %d, recomputed %d %d", seed, hard, soft, w.s.hard, w.s.soft)
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Problem)
	}{
		{"no days", func(p *Problem) { p.Days = 0 }},
		{"bad follow", func(p *Problem) { p.Shifts[1].CannotFollow = []int{5} }},
		{"cover days", func(p *Problem) { p.Cover = p.Cover[:3] }},
		{"fixed value", func(p *Problem) { p.Employees[0].Fixed[0] = 7 }},
		{"cost width", func(p *Problem) { p.Employees[0].Cost[0] = []int{1} }},
		{"weekend day", func(p *Problem) { p.Weekends[0][0] = 99 }},
	}
	for _, tt := range tests {
		p := smallProblem(1)
		tt.modify(p)
		if err := p.Validate(); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
		if _, err := Solve(context.Background(), p, Options{MaxIterations: 10}, nil); err == nil {
			t.Errorf("%s: Solve accepted an invalid problem", tt.name)
		}
	}
}
