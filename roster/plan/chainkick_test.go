package plan

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"
)

// feasibleLong returns a random long problem with a roster without
// violations (from a short Solve), or false when the budget found none.
func feasibleLong(t *testing.T, seed uint64) (*Problem, []uint8, bool) {
	t.Helper()
	p := longProblem(seed, 2+int(seed%3), 6+2*int(seed), 1+int(seed%4)*2, seed%2 == 0)
	res, err := Solve(context.Background(), p, Options{Seed: seed, MaxIterations: 20_000, NoColumns: true}, nil)
	if errors.Is(err, ErrInfeasible) {
		return nil, nil, false
	}
	if err != nil {
		t.Fatalf("seed %d: %v", seed, err)
	}
	m := compile(p)
	x := make([]uint8, m.E*m.D)
	for e := range m.E {
		for d := range m.D {
			x[e*m.D+d] = uint8(res.Solution[e][d] + 1)
		}
	}
	return p, x, true
}

// TestChainKicksNeverWorsenTheBest runs the chain walk (kick, descent,
// acceptance) on feasible rosters of random long problems and checks after
// every step: the state is the walk's accepted roster, without a hard
// violation, its bookkeeping equal to a full recomputation, at most the
// slack above the walk's best; every offered roster is cheaper than the
// one offered before; locked cells keep their values; and the graph's
// links (but for the weekend links, which also depend on the cover) are
// those a fresh build of the roster gives (the walk rebuilds and restores
// only the rows it changed). Without a deadline the kicks end by
// themselves.
func TestChainKicksNeverWorsenTheBest(t *testing.T) {
	never := func() bool { return false }
	tried := 0
	for seed := uint64(1); seed <= 8; seed++ {
		p, x0, ok := feasibleLong(t, seed)
		if !ok {
			continue
		}
		tried++
		m := compile(p)
		s := newState(m, slices.Clone(x0))
		if s.hard != 0 {
			t.Fatalf("seed %d: Solve's roster has %d hard units", seed, s.hard)
		}
		c := newChainSearch(s, seed)
		c.sweep(context.Background(), time.Time{}, nil) // dry: kicks must worsen first
		g := newChainGraph(c, never)
		if g == nil {
			t.Fatalf("seed %d: no chain graph for a small problem", seed)
		}
		w := newChainWalk(c, g)
		w.descend(never)
		copy(w.base, s.x)
		copy(w.best, s.x)
		w.soft, w.bestSoft = s.soft, s.soft
		if seed%2 == 1 {
			w.slack = 0 // only rosters as cheap: most kicks are undone
		}
		last := s.soft
		moved, gaps := 0, 0
		for step := range 30 {
			prev := slices.Clone(s.x)
			gaps += len(c.gaps())
			// a kick undone: the state and the links are the accepted ones
			if c.kickWalk() {
				w.rebuild(prev)
				w.restore()
				if !slices.Equal(s.x, w.base) || s.soft != w.soft {
					t.Fatalf("seed %d step %d: restore left soft %d, want %d", seed, step, s.soft, w.soft)
				}
				checkBookkeeping(t, "restore", s)
				checkLinks(t, g, s, seed)
			}
			w.step(never, func() {
				if s.hard != 0 || s.soft >= last {
					t.Errorf("seed %d step %d: offered hard %d soft %d after %d", seed, step, s.hard, s.soft, last)
				}
				last = s.soft
				checkBookkeeping(t, "offer", s)
			})
			checkBookkeeping(t, "step", s)
			if !slices.Equal(prev, s.x) {
				moved++
			}
			if s.hard != 0 || s.soft != w.soft || !slices.Equal(s.x, w.base) {
				t.Fatalf("seed %d step %d: state hard %d soft %d is not the accepted roster (%d)", seed, step, s.hard, s.soft, w.soft)
			}
			if w.soft > w.bestSoft+w.slack || w.bestSoft != last {
				t.Fatalf("seed %d step %d: walk at %d, best %d (slack %d), last offer %d", seed, step, w.soft, w.bestSoft, w.slack, last)
			}
		}
		t.Logf("seed %d: E %d D %d V %d: %d of 30 steps moved, gaps %d, soft %d", seed, m.E, m.D, m.V, moved, gaps, w.bestSoft)
		// without a deadline the kicks end once kickPatience of them in a
		// row found nothing better
		w.kickUntil(never, func() {
			if s.hard != 0 || s.soft >= last {
				t.Errorf("seed %d: kickUntil offered hard %d soft %d after %d", seed, s.hard, s.soft, last)
			}
			last = s.soft
		}, 0)
		if !slices.Equal(s.x, w.base) || s.soft != w.soft || w.bestSoft != last {
			t.Errorf("seed %d: after kickUntil the state (%d) is not the accepted roster (%d), best %d, last offer %d", seed, s.soft, w.soft, w.bestSoft, last)
		}
		if b := newState(m, w.best); b.hard != 0 || b.soft != w.bestSoft {
			t.Errorf("seed %d: walk's best recomputes to hard %d soft %d, claimed %d", seed, b.hard, b.soft, w.bestSoft)
		}
		for i := range s.x {
			if !m.free(i) && (s.x[i] != x0[i] || w.best[i] != x0[i]) {
				t.Errorf("seed %d: locked cell %d changed", seed, i)
			}
		}
		checkLinks(t, g, s, seed)
	}
	if tried < 4 {
		t.Fatalf("only %d of 8 random problems had a roster; the test checks too little", tried)
	}
}

// TestChainStageKicksOnlyWherePaid: a dry best is left alone by a chain
// stage whose chains never improved a best on the instance, and kicked by
// one whose chains did; the shared best never rises
// and recomputes (by the independent Evaluate) to what it claims.
func TestChainStageKicksOnlyWherePaid(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		p, x0, ok := feasibleLong(t, seed)
		if !ok {
			continue
		}
		m := compile(p)
		ctx := context.Background()
		// the roster the stage's chains leave: graph and sweeps until dry
		s0 := newState(m, slices.Clone(x0))
		c := newChainSearch(s0, seed)
		g := newChainGraph(c, func() bool { return false })
		for g.improve() || c.sweep(ctx, time.Time{}, nil) {
			for e := range m.E {
				g.build(e)
			}
		}
		rep := &reporter{start: time.Now()}
		sh := &shared{}
		sh.offer(s0.x, s0.soft, 0)
		dry := s0.soft
		cs := newChainStage(m, seed)
		cs.run(ctx, sh, rep, time.Now().Add(time.Hour))
		if _, soft, _ := sh.get(); cs.dryAt != dry || soft != dry || cs.paid {
			t.Fatalf("seed %d: the chains improved a dry roster (%d → %d)", seed, dry, soft)
		}
		if cs.walk != nil {
			t.Errorf("seed %d: a stage whose chains never paid kicked a dry best", seed)
		}
		cs.paid = true
		cs.run(ctx, sh, rep, time.Now().Add(300*time.Millisecond))
		if cs.walk == nil {
			t.Errorf("seed %d: a stage whose chains paid left a dry best alone", seed)
		}
		x, soft, _ := sh.get()
		if soft > dry {
			t.Errorf("seed %d: kicks took the best from %d to %d", seed, dry, soft)
		}
		hard, ev, err := Evaluate(p, toSolution(m, x))
		if err != nil || hard != 0 || ev != soft {
			t.Errorf("seed %d: best claims %d, Evaluate says hard %d soft %d (%v)", seed, soft, hard, ev, err)
		}
	}
}

// checkLinks fails when g's links (but for the weekend links, which also
// depend on the cover of the other day and are checked when applied)
// differ from a fresh build on s's roster.
func checkLinks(t *testing.T, g *chainGraph, s *state, seed uint64) {
	t.Helper()
	own := func(ls []chainLink) []chainLink {
		return slices.DeleteFunc(slices.Clone(ls), func(l chainLink) bool { return l.pv != 0 })
	}
	fresh := newChainGraph(newChainSearch(newState(s.m, slices.Clone(s.x)), seed), func() bool { return false })
	for e := range s.m.E {
		if !slices.Equal(own(g.byEmp[e]), own(fresh.byEmp[e])) {
			t.Fatalf("seed %d: employee %d's links are stale: %d kept, %d fresh", seed, e, len(g.byEmp[e]), len(fresh.byEmp[e]))
		}
	}
}
