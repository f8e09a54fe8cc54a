package plan

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// chainProblem is the smallest roster whose only improvement is a chain of
// three links: one shift type on three days, each short of one employee
// (weight 100). Ann must work exactly one shift and works day 1; Bob must
// work exactly one shift, works day 2 and may not work day 0; Cas may work
// one shift, works none and may work day 2 only. Filling day 0 takes Ann
// from day 1, Bob from day 2 to day 1, and Cas onto day 2.
func chainProblem() (*Problem, []uint8) {
	p := &Problem{Days: 3, Shifts: []Shift{{Name: "a", Minutes: 480}}}
	for range 3 {
		p.Cover = append(p.Cover, []Cover{{Required: 1, Under: 100, Over: 100}})
	}
	emp := func(name string, minMin int, fixed ...int) Employee {
		return Employee{Name: name, MinMinutes: minMin, MaxMinutes: 480, MaxShifts: []int{Unlimited},
			MaxConsecutive: 3, Fixed: fixed}
	}
	p.Employees = []Employee{
		emp("Ann", 480, Free, Free, Free),
		emp("Bob", 480, Off, Free, Free),
		emp("Cas", 0, Off, Off, Free),
	}
	// rows: Ann on day 1, Bob on day 2, Cas off; values are 1+shift
	x := []uint8{0, 1, 0, 0, 0, 1, 0, 0, 0}
	return p, x
}

// TestChainClosesThreeLinks checks the mechanism on chainProblem: no row
// on its own can fill day 0, a chain of three links fills every day.
func TestChainClosesThreeLinks(t *testing.T) {
	p, x := chainProblem()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	m := compile(p)
	s := newState(m, x)
	if s.hard != 0 || s.soft != 100 {
		t.Fatalf("start: hard %d soft %d, want 0 and 100", s.hard, s.soft)
	}
	c := newChainSearch(s, 1)
	offers := 0
	if !c.sweep(context.Background(), time.Time{}, func() { offers++ }) {
		t.Fatalf("no chain found; roster %v", s.x)
	}
	want := []uint8{1, 0, 0, 0, 1, 0, 0, 0, 1}
	if s.hard != 0 || s.soft != 0 || !slices.Equal(s.x, want) || offers != 1 {
		t.Errorf("after the sweep: roster %v hard %d soft %d offers %d, want %v, 0, 0, 1", s.x, s.hard, s.soft, offers, want)
	}
	checkBookkeeping(t, "chain", s)

	// With the depth capped at two links the same roster stays as it is.
	s = newState(m, slices.Clone(x))
	c = newChainSearch(s, 1)
	if c.extend(0, 1, 1, 0, func() bool { return false }) {
		t.Errorf("a chain of two links closed: roster %v soft %d", s.x, s.soft)
	}
	if !slices.Equal(s.x, x) {
		t.Errorf("a failed chain left the roster changed: %v", s.x)
	}
	checkBookkeeping(t, "failed chain", s)
}

// TestChainsNeverWorsen runs chain sweeps on random rosters of random long
// problems: each kept chain lowers the score, no row gets a hard violation
// it did not have, locked cells keep their values, and the bookkeeping
// equals a full recomputation after every chain.
func TestChainsNeverWorsen(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		p := longProblem(seed, 2+int(seed%3), 4+int(seed)*2, 1+int(seed%4)*2, seed%2 == 0)
		m := compile(p)
		rng := rand.New(rand.NewPCG(seed, 5))
		s := randomState(m, rng)
		rowHard := slices.Clone(s.rowHard)
		x0 := slices.Clone(s.x)
		before := s.score()
		last := before
		c := newChainSearch(s, seed)
		c.sweep(context.Background(), time.Time{}, func() {
			if s.score() >= last {
				t.Errorf("seed %d: a kept chain took the score from %d to %d", seed, last, s.score())
			}
			last = s.score()
			checkBookkeeping(t, "chain", s)
		})
		checkNeverWorse(t, fmt.Sprintf("seed %d sweep", seed), s, before, rowHard, x0)
	}
}

// TestChainsLeaveNoSingleLink compares a finished sweep with a brute-force
// reference: once the sweep stops (every gap tried at the deepest level
// without success), no single link closes a gap, i.e. no employee can take
// a (day, shift) short of cover, alone or giving up one other shift, so
// that the roster (recomputed from scratch) gets cheaper without a row
// getting more hard violations.
func TestChainsLeaveNoSingleLink(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		p := longProblem(seed, 2, 5+int(seed%4), 1+int(seed%3), seed%2 == 1)
		m := compile(p)
		s := randomState(m, rand.New(rand.NewPCG(seed, 9)))
		newChainSearch(s, seed).sweep(context.Background(), time.Time{}, nil)
		base := s.score()
		try := func(y []uint8, e int) bool {
			t2 := newState(m, y)
			return t2.rowHard[e] <= s.rowHard[e] && t2.score() < base
		}
		for d := range m.D {
			for v := 1; v < m.V; v++ {
				if s.cnt[d*m.V+v] >= m.req[d*m.V+v] || m.under[d*m.V+v] == 0 {
					continue
				}
				for e := range m.E {
					i := e*m.D + d
					if s.x[i] == uint8(v) || m.mask[i]&(1<<v) == 0 {
						continue
					}
					y := slices.Clone(s.x)
					y[i] = uint8(v)
					if try(y, e) {
						t.Fatalf("seed %d: employee %d could take (%d, %d) alone", seed, e, d, v)
					}
					if s.x[i] != 0 {
						continue
					}
					for d2 := range m.D {
						j := e*m.D + d2
						if d2 == d || s.x[j] == 0 || m.mask[j]&1 == 0 {
							continue
						}
						z := slices.Clone(y)
						z[j] = 0
						if try(z, e) {
							t.Fatalf("seed %d: employee %d could take (%d, %d) giving up day %d", seed, e, d, v, d2)
						}
					}
				}
			}
		}
	}
}

// TestChainGraphClosesThreeLinks: the graph's programme finds the chain of
// chainProblem as its cheapest path, of cost -100.
func TestChainGraphClosesThreeLinks(t *testing.T) {
	p, x := chainProblem()
	m := compile(p)
	s := newState(m, x)
	g := newChainGraph(newChainSearch(s, 1), func() bool { return false })
	if g == nil {
		t.Fatal("no graph for a problem of three rows")
	}
	ends := g.best()
	if len(ends) == 0 || ends[0].cost != -100 || len(g.path(ends[0])) != 3 {
		t.Fatalf("best closing paths %+v, want one of cost -100 and three links", ends)
	}
	if !g.improve() || s.soft != 0 || s.hard != 0 {
		t.Errorf("after improve: roster %v hard %d soft %d", s.x, s.hard, s.soft)
	}
	checkBookkeeping(t, "graph", s)
}

// TestChainGraphAgainstBruteForce compares the graph with a brute-force
// reference on random rosters: its cheapest closing path is at most as
// expensive as the best single link (any employee taking any (day, shift),
// alone, from another shift or giving up one other day, its soft cost
// judged by a full recomputation, with no row getting more hard
// violations), and improve keeps only chains that lower the soft cost,
// never a row's hard violations, with exact bookkeeping.
func TestChainGraphAgainstBruteForce(t *testing.T) {
	for seed := uint64(1); seed <= 10; seed++ {
		p := longProblem(seed, 2, 4+int(seed%4), 1+int(seed%3), seed%2 == 0)
		m := compile(p)
		s := randomState(m, rand.New(rand.NewPCG(seed, 13)))
		base := s.soft
		bestLink := int64(0)
		try := func(y []uint8, e int) {
			t2 := newState(m, y)
			if t2.rowHard[e] <= s.rowHard[e] {
				bestLink = min(bestLink, t2.soft-base)
			}
		}
		for e := range m.E {
			for d := range m.D {
				i := e*m.D + d
				if !m.free(i) {
					continue
				}
				for _, v := range m.domain[i] {
					if v == 0 || v == s.x[i] {
						continue
					}
					y := slices.Clone(s.x)
					y[i] = v
					try(y, e)
					if s.x[i] != 0 {
						continue
					}
					for d2 := range m.D {
						if j := e*m.D + d2; d2 != d && s.x[j] != 0 && m.mask[j]&1 != 0 {
							z := slices.Clone(y)
							z[j] = 0
							try(z, e)
						}
					}
				}
			}
		}
		g := newChainGraph(newChainSearch(s, seed), func() bool { return false })
		ends := g.best()
		got := int64(0)
		if len(ends) > 0 {
			got = ends[0].cost
		}
		if got > bestLink {
			t.Errorf("seed %d: graph's cheapest chain %d, a single link gives %d", seed, got, bestLink)
		}
		start, hard := s.soft, slices.Clone(s.rowHard)
		for g.improve() {
			if s.soft >= base {
				t.Fatalf("seed %d: a kept chain took the cost from %d to %d", seed, base, s.soft)
			}
			base = s.soft
			checkBookkeeping(t, "graph", s)
		}
		for e := range m.E {
			if s.rowHard[e] > hard[e] {
				t.Errorf("seed %d: row %d hard %d → %d", seed, e, hard[e], s.rowHard[e])
			}
		}
		if bestLink < 0 && s.soft >= start {
			t.Errorf("seed %d: an improving link exists but nothing was kept", seed)
		}
	}
}

// TestChainGraphWeekendPair: an employee who may work one weekend works
// the first weekend's Saturday only, and both days of the second weekend
// are short (as is her Saturday if she leaves it). No chain of single
// takes helps (taking one day of the second weekend breaks her weekend
// limit unless she gives up the Saturday, which leaves it short: no gain);
// the weekend link takes both days and gives up the Saturday.
func TestChainGraphWeekendPair(t *testing.T) {
	p := &Problem{Days: 14, Shifts: []Shift{{Name: "a", Minutes: 480}}, Weekends: [][]int{{5, 6}, {12, 13}}}
	for d := range 14 {
		req := 0
		if d == 5 || d == 12 || d == 13 {
			req = 1
		}
		p.Cover = append(p.Cover, []Cover{{Required: req, Under: 100, Over: 1}})
	}
	p.Employees = []Employee{{Name: "Ann", MinMinutes: 480, MaxMinutes: 960, MaxShifts: []int{Unlimited},
		MaxConsecutive: 5, MaxWeekends: 1}}
	m := compile(p)
	x := make([]uint8, 14)
	x[5] = 1
	s := newState(m, x)
	if s.hard != 0 || s.soft != 200 {
		t.Fatalf("start: hard %d soft %d, want 0 and 200", s.hard, s.soft)
	}
	g := newChainGraph(newChainSearch(s, 1), func() bool { return false })
	if !g.improve() || s.soft != 100 || s.hard != 0 || s.x[5] != 0 || s.x[12] != 1 || s.x[13] != 1 {
		t.Errorf("after improve: roster %v hard %d soft %d, want the second weekend at cost 100", s.x, s.hard, s.soft)
	}
	checkBookkeeping(t, "weekend link", s)
}
