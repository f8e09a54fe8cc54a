package plan

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// relocateProblem: six weeks, one shift type, one employee who works
// exactly twenty shifts and at most one weekend. Nothing is required except
// both days of the last weekend (days 40 and 41). She starts on Monday to
// Wednesday of every week and on weekend 0 (over cover): moving her weekend
// to the last one (and two of her weekday shifts of that week to the first
// week) fills both gaps; no window of 14 days holds both weekends.
func relocateProblem() (*Problem, []uint8) {
	const D = 42
	p := &Problem{Days: D, Shifts: []Shift{{Name: "D", Minutes: 480}}, Cover: make([][]Cover, D)}
	for k := range D / 7 {
		p.Weekends = append(p.Weekends, []int{7*k + 5, 7*k + 6})
	}
	for d := range D {
		req := 0
		if d >= 40 {
			req = 1
		}
		p.Cover[d] = []Cover{{Required: req, Under: 100, Over: 1}}
	}
	p.Employees = []Employee{{Name: "A", MinMinutes: 20 * 480, MaxMinutes: 20 * 480, MaxWeekends: 1}}
	x := make([]uint8, D)
	for d := range D {
		if d%7 < 3 || d == 5 || d == 6 {
			x[d] = 1
		}
	}
	return p, x
}

func TestRelocateWeekendFillsFarGap(t *testing.T) {
	cases := []struct {
		name   string
		change func(p *Problem, x []uint8)
		better bool // false: the roster stays as it is
	}{
		{name: "the worked weekend moves to the gaps", better: true},
		{name: "a split weekend moves too",
			change: func(p *Problem, x []uint8) { x[6], x[3] = 0, 1 }, better: true},
		{name: "her weekend day is locked",
			change: func(p *Problem, x []uint8) {
				p.Employees[0].Fixed = make([]int, p.Days)
				for d := range p.Days {
					p.Employees[0].Fixed[d] = Free
				}
				p.Employees[0].Fixed[5] = 0
			}},
		{name: "she may not work the gaps' days",
			change: func(p *Problem, x []uint8) {
				p.Employees[0].Forbidden = make([][]bool, p.Days)
				p.Employees[0].Forbidden[40] = []bool{true}
				p.Employees[0].Forbidden[41] = []bool{true}
			}},
		{name: "no gap on a weekend",
			change: func(p *Problem, x []uint8) { p.Cover[40][0].Required, p.Cover[41][0].Required = 0, 0 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, x := relocateProblem()
			if c.change != nil {
				c.change(p, x)
			}
			if err := p.Validate(); err != nil {
				t.Fatal(err)
			}
			s := newState(compile(p), slices.Clone(x))
			if s.hard != 0 {
				t.Fatalf("start breaks a rule (hard %d)", s.hard)
			}
			before := s.score()
			tells := 0
			rw := newRowWindows(p, s, 1)
			got := rw.relocateWeekends(func() bool { return false }, func() { tells++ }).kept > 0
			checkBookkeeping(t, c.name, s)
			if s.hard != 0 {
				t.Fatalf("hard %d after the relocation", s.hard)
			}
			if got != c.better || (s.score() < before) != c.better {
				t.Fatalf("improved %v (score %d → %d), want %v", got, before, s.score(), c.better)
			}
			if !c.better && !slices.Equal(s.x, x) {
				t.Errorf("roster changed without a gain: %v", s.x)
			}
			if c.better {
				if s.x[40] == 0 || s.x[41] == 0 || tells == 0 {
					t.Errorf("the last weekend is not worked (%v) or not offered (%d)", s.x[35:], tells)
				}
			}
		})
	}
}

// TestRelocateWeekendsNeverWorsen runs the relocations on rosters of random
// long problems (random, and after a sweep, so that rows sit at their
// weekend maximum): the score never rises, no row gets more hard penalty,
// locked cells keep their values, the bookkeeping equals a full
// recomputation, and some relocations are kept over the seeds.
func TestRelocateWeekendsNeverWorsen(t *testing.T) {
	kept := 0
	for seed := uint64(1); seed <= 8; seed++ {
		p := longProblem(seed, 6+int(seed%4)*4, 6+int(seed)*2, 1+int(seed%4), seed%2 == 0)
		m := compile(p)
		rng := rand.New(rand.NewPCG(seed, 5))
		for _, start := range []string{"random", "swept"} {
			s := randomState(m, rng)
			if start == "swept" {
				newRowWindows(p, s, seed).sweep(context.Background(), time.Time{}, nil)
			}
			before := s.score()
			rowHard := slices.Clone(s.rowHard)
			x0 := slices.Clone(s.x)
			rw := newRowWindows(p, s, seed+100)
			last := s.score()
			rw.relocateWeekends(func() bool { return false }, func() {
				if sc := s.score(); sc >= last {
					t.Errorf("seed %d %s: a kept relocation took the score %d → %d", seed, start, last, sc)
				}
				last = s.score()
				kept++
			})
			checkNeverWorse(t, fmt.Sprintf("seed %d %s", seed, start), s, before, rowHard, x0)
		}
	}
	if kept == 0 {
		t.Error("no relocation kept on any seed")
	}
}

// TestRelocationBackOff: a pass that keeps nothing makes the next 1, 3, 7,
// 7 sweeps run without relocations; a kept one resets it; a pass the clock
// cut short, or a sweep without one, changes nothing.
func TestRelocationBackOff(t *testing.T) {
	ws := &windowSearch{}
	// skipped counts the sweeps until the next one that relocates, then
	// feeds that sweep's pass r.
	skipped := func(r relocationPass) int {
		n := 0
		for !ws.relocates() {
			n++
			ws.relocatedBy(relocationPass{})
		}
		ws.relocatedBy(r)
		return n
	}
	empty := relocationPass{ran: true, done: true}
	steps := []struct {
		pass relocationPass
		want int // sweeps skipped before this pass ran
	}{
		{empty, 0}, {empty, 1}, {empty, 3}, {empty, 7}, {empty, 7},
		{relocationPass{ran: true, done: true, kept: 2}, 7},
		{empty, 0}, {relocationPass{ran: true}, 1}, {empty, 0}, {empty, 3},
	}
	for i, st := range steps {
		if got := skipped(st.pass); got != st.want {
			t.Fatalf("pass %d: %d sweeps skipped, want %d", i, got, st.want)
		}
	}
}

// TestRelocationKeepsSweepPath: sweeps whose relocations keep nothing end
// with exactly the roster of the same sweeps without them (the relocations
// draw from a generator of their own, so where they do nothing the sweeps'
// path is the one they took before).
func TestRelocationKeepsSweepPath(t *testing.T) {
	same, ran := 0, 0
	for seed := uint64(1); seed <= 12; seed++ {
		p := longProblem(seed, 6+int(seed%4)*4, 6+int(seed)*2, 1+int(seed%4), seed%2 == 0)
		m := compile(p)
		run := func(relocate bool) (*state, relocationPass) {
			s := randomState(m, rand.New(rand.NewPCG(seed, 9)))
			newRowWindows(p, s, seed).sweep(context.Background(), time.Time{}, nil)
			rw := newRowWindows(p, s, seed+7)
			rw.noRelocate = !relocate
			var all relocationPass
			for range 3 { // the later sweeps draw after the first's pass
				rw.sweep(context.Background(), time.Time{}, nil)
				all.ran = all.ran || rw.relocated.ran
				all.kept += rw.relocated.kept
			}
			return s, all
		}
		with, pass := run(true)
		without, _ := run(false)
		if !pass.ran {
			continue
		}
		ran++
		if pass.kept > 0 {
			continue
		}
		same++
		if !slices.Equal(with.x, without.x) {
			t.Errorf("seed %d: the relocations kept nothing, but the sweep's roster differs (score %d with, %d without)",
				seed, with.score(), without.score())
		}
	}
	if same == 0 {
		t.Fatalf("no seed where the relocation pass ran and kept nothing (%d passes ran)", ran)
	}
	t.Logf("%d passes ran, %d kept nothing", ran, same)
}
