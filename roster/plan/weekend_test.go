package plan

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// weekendWorker returns a worker on x for p at temperature temp.
func weekendWorker(p *Problem, x []uint8, seed uint64, temp float64) *worker {
	m := compile(p)
	w := newWorker(m, Options{Seed: seed}, 0, newReporter(time.Now(), nil))
	w.s = newState(m, x)
	w.temp = temp
	return w
}

// weekendTradeProblem: two weekends (days 0–1 and 2–3), one shift type,
// two employees with at most one working weekend and at least one shift
// each. A works day 0 and B day 1 (both split weekend 0); day 2 is short.
// No single change and no swap helps: B taking day 2 spends a second
// weekend, A taking day 1 only adds cover, a swap leaves one without a
// shift. The trade (A takes day 1 from B, B takes day 2, or the same the
// other way round) fills it.
func weekendTradeProblem() *Problem {
	p := &Problem{Days: 4, Shifts: []Shift{{Name: "D", Minutes: 480}},
		Weekends: [][]int{{0, 1}, {2, 3}}, Cover: make([][]Cover, 4)}
	for d, req := range []int{1, 1, 1, 0} {
		p.Cover[d] = []Cover{{Required: req, Under: 100, Over: 1}}
	}
	for _, name := range []string{"A", "B"} {
		p.Employees = append(p.Employees, Employee{Name: name, MinMinutes: 480, MaxMinutes: Unlimited, MaxWeekends: 1})
	}
	return p
}

func TestWeekendTradeFillsAGap(t *testing.T) {
	cases := []struct {
		name   string
		change func(p *Problem)
		x      []uint8 // A's four days, then B's
		better bool    // false: the roster stays as it is
	}{
		{name: "split weekend made whole frees a weekend for the gap",
			x: []uint8{1, 0, 0, 0, 0, 1, 0, 0}, better: true},
		{name: "neither may work the other's day",
			change: func(p *Problem) {
				p.Employees[0].Forbidden = [][]bool{nil, {true}, nil, nil}
				p.Employees[1].Forbidden = [][]bool{{true}, nil, nil, nil}
			},
			x: []uint8{1, 0, 0, 0, 0, 1, 0, 0}},
		{name: "both weekend shifts are locked",
			change: func(p *Problem) {
				p.Employees[0].Fixed = []int{0, Free, Free, Free}
				p.Employees[1].Fixed = []int{Free, 0, Free, Free}
			},
			x: []uint8{1, 0, 0, 0, 0, 1, 0, 0}},
		{name: "the gap's day is not allowed to either",
			change: func(p *Problem) {
				p.Employees[0].Forbidden = [][]bool{nil, nil, {true}, nil}
				p.Employees[1].Forbidden = [][]bool{nil, nil, {true}, nil}
			},
			x: []uint8{1, 0, 0, 0, 0, 1, 0, 0}},
		{name: "no gap on a weekend",
			change: func(p *Problem) { p.Cover[2][0].Required = 0 },
			x:      []uint8{1, 0, 0, 0, 0, 1, 0, 0}},
		{name: "B below her maximum: the trade fills the gap all the same",
			change: func(p *Problem) { p.Employees[1].MaxWeekends = 2 },
			x:      []uint8{1, 0, 0, 0, 0, 1, 0, 0}, better: true},
		{name: "B works both days of weekend 0: no split weekend to give",
			x: []uint8{0, 0, 0, 0, 1, 1, 0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := weekendTradeProblem()
			if c.change != nil {
				c.change(p)
			}
			w := weekendWorker(p, slices.Clone(c.x), 1, 0)
			before := w.s.score()
			for range 20 {
				w.weekendTrade()
			}
			checkBookkeeping(t, c.name, w.s)
			if !c.better {
				if !slices.Equal(w.s.x, c.x) {
					t.Fatalf("roster %v, want it unchanged %v", w.s.x, c.x)
				}
				return
			}
			if w.s.score() >= before || w.s.cnt[2*w.m.V+1] != 1 {
				t.Fatalf("roster %v: score %d (before %d), day 2 covered by %d", w.s.x, w.s.score(), before, w.s.cnt[2*w.m.V+1])
			}
			if w.s.hard != 0 {
				t.Fatalf("hard %d", w.s.hard)
			}
		})
	}
}

// TestWeekendTradeAlone checks that on the hand-made roster the
// annealing's one- and two-cell moves at temperature 0 find nothing: only
// the trade improves it.
func TestWeekendTradeAlone(t *testing.T) {
	w := weekendWorker(weekendTradeProblem(), []uint8{1, 0, 0, 0, 0, 1, 0, 0}, 3, 0)
	before := w.s.score()
	for range 2000 {
		switch w.rng.IntN(4) {
		case 0:
			w.change()
		case 1:
			w.swap()
		case 2:
			w.doubleSwap()
		default:
			w.blockSet()
		}
	}
	if w.s.score() != before {
		t.Fatalf("plain moves changed the score %d → %d: the case does not isolate the trade", before, w.s.score())
	}
	w.weekendTrade()
	if w.s.score() >= before {
		t.Fatalf("trade: score %d, not below %d", w.s.score(), before)
	}
}

// TestWeekendTradeProperty runs the trade on random and on feasible
// rosters of generated long problems: at any temperature of the annealing
// every kept trade lowers or keeps the score, no row gets more hard
// penalty, locked cells keep their values, and the bookkeeping equals a
// full recomputation.
func TestWeekendTradeProperty(t *testing.T) {
	kept := 0
	for seed := uint64(1); seed <= 12; seed++ {
		rng := rand.New(rand.NewPCG(seed, 5))
		var p *Problem
		var x []uint8
		if seed%2 == 0 {
			var ok bool
			if p, x, ok = feasibleLong(t, seed); !ok {
				continue
			}
		} else {
			p = longProblem(seed, 2+int(seed%6)*4, 6+2*int(seed), 1+int(seed%4)*2, seed%3 == 0)
			x = randomState(compile(p), rng).x
		}
		for _, temp := range []float64{0, 50} {
			w := weekendWorker(p, slices.Clone(x), seed, temp)
			m := w.m
			for step := 0; step < 300; step++ {
				score := w.s.score()
				rowHard := slices.Clone(w.s.rowHard)
				prev := slices.Clone(w.s.x)
				acc := w.acc
				w.weekendTrade()
				if w.acc == acc {
					if !slices.Equal(prev, w.s.x) {
						t.Fatalf("seed %d: a rejected trade changed the roster", seed)
					}
					continue
				}
				kept++
				if w.s.score() > score {
					t.Fatalf("seed %d step %d: score %d → %d at temperature %g", seed, step, score, w.s.score(), temp)
				}
				changed := 0
				for i := range prev {
					if prev[i] != w.s.x[i] {
						changed++
						if m.mask[i]&1 == 0 || !m.free(i) {
							t.Fatalf("seed %d: locked cell %d changed", seed, i)
						}
					}
				}
				if changed != 3 {
					t.Fatalf("seed %d: a trade changed %d cells, not 3", seed, changed)
				}
				for e := range m.E {
					if w.s.rowHard[e] > rowHard[e] {
						t.Fatalf("seed %d: row %d hard %d → %d", seed, e, rowHard[e], w.s.rowHard[e])
					}
				}
				checkBookkeeping(t, "weekend trade", w.s)
			}
		}
	}
	if kept < 20 {
		t.Fatalf("only %d trades kept over all seeds: the property is barely exercised", kept)
	}
}

// TestWeekendPermIsRandPerm: the trade's reused orderings are exactly
// those rand.Perm gives from the same generator state, so the scratch
// slices change no search path.
func TestWeekendPermIsRandPerm(t *testing.T) {
	a := &weekendTrade{rng: rand.New(rand.NewPCG(5, 9))}
	b := rand.New(rand.NewPCG(5, 9))
	var dst []int
	for _, n := range []int{0, 1, 2, 7, 150, 3, 52} {
		dst = a.perm(dst, n)
		if want := b.Perm(n); !slices.Equal(dst, want) && !(n == 0 && len(dst) == 0) {
			t.Fatalf("n %d: perm %v, rand.Perm %v", n, dst, want)
		}
	}
}
