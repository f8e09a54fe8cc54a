package house

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// TestExtraRowsKeepRulesAndRankBelowBest: the rows a pricing returns
// besides its best (lpbound_multi.go) are other rows, worth no more than
// the best and more than nothing at the same duals, and keep the weekly
// rules when the programme keeps them.
func TestExtraRowsKeepRulesAndRankBelowBest(t *testing.T) {
	seeds := []uint64{612, 206}
	if testing.Short() || raceOn {
		seeds = seeds[:1]
	}
	found := 0
	for _, seed := range seeds {
		h, w := Generate(seed)
		b := newLPBuild(h, w)
		b.addWeekly()
		b.extra = lpExtraRows
		rng := rand.New(rand.NewPCG(seed, 3))
		for trial := range 2 {
			y := make([]float64, len(b.rhs))
			for i := range b.segs {
				y[i] = rng.Float64() * b.segs[i].mins
			}
			for mi := range b.mem {
				m := &b.mem[mi]
				for _, weekly := range []bool{false, true} {
					if weekly && (!m.wr.on || (mi+trial)%4 != 0) {
						continue // the programme with the weekly rules is slow at random duals: a quarter of the members
					}
					m.last = nil
					v, row, _ := b.priceDP(m, y, weekly, nil)
					if len(m.extra) > b.extra {
						t.Fatalf("house %d member %d: %d extra rows, at most %d", seed, m.id, len(m.extra), b.extra)
					}
					for _, ex := range m.extra {
						found++
						if slices.Equal(ex, row) {
							t.Fatalf("house %d member %d: an extra row is the best row", seed, m.id)
						}
						ev := b.rowValue(m, ex, y)
						if ev > v+1e-6 || ev <= 0 {
							t.Fatalf("house %d member %d: extra row worth %.3f, best %.3f", seed, m.id, ev, v)
						}
						if weekly && !b.rowKeeps(m, ex) {
							t.Fatalf("house %d member %d: extra row breaks the weekly rules", seed, m.id)
						}
					}
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no pricing returned an extra row")
	}
}

// TestExtraRowsSameBound: with the extra rows the converged bound is the
// same as with one row per pricing, within the column generation's
// tolerance and the grain, and the column generation takes no more rounds
// over the houses.
func TestExtraRowsSameBound(t *testing.T) {
	// All three also under the race detector: the rounds are a sum over
	// houses (one house alone may take a round more either way).
	seeds := []uint64{203, 612, 228}
	if testing.Short() {
		seeds = seeds[:1]
	}
	roundsOne, roundsMore := 0, 0
	for _, seed := range seeds {
		h, w := Generate(seed)
		var got [2]lpRun
		for k, extra := range []int{0, lpExtraRows} {
			b := newLPBuild(h, w)
			if len(b.segs) == 0 {
				t.Fatalf("house %d: nothing short", seed)
			}
			b.addWeekly()
			b.smoothing = lpSmoothing
			b.extra = extra
			bound := b.solve(context.Background(), lpBoundRounds, time.Time{})
			got[k] = lpRun{bound: bound, rounds: b.rounds, converged: b.converged}
			if !b.converged {
				t.Fatalf("house %d (extra %d): not converged in %d rounds", seed, extra, b.rounds)
			}
		}
		g := newLPBuild(h, w).grain()
		if d := math.Abs(float64(got[0].bound - got[1].bound)); d > float64(lpBoundTolerance+g) {
			t.Errorf("house %d: bound %d with one row per pricing, %d with extra rows", seed, got[0].bound, got[1].bound)
		}
		roundsOne += got[0].rounds
		roundsMore += got[1].rounds
		t.Logf("house %d: bound %d / %d, rounds %d / %d", seed, got[0].bound, got[1].bound, got[0].rounds, got[1].rounds)
	}
	if roundsMore > roundsOne {
		t.Errorf("extra rows took more rounds: %d against %d", roundsMore, roundsOne)
	}
}

// TestDiveWarmStartSameNodes: a node whose master starts from its parent's
// cheapest rows (dive_warm.go) has the value and the proven bound of the
// same node started from every row (within the column generation's
// tolerance), and its bound is never above its value.
func TestDiveWarmStartSameNodes(t *testing.T) {
	seeds := []uint64{203, 612}
	if testing.Short() || raceOn {
		seeds = seeds[:1]
	}
	checked := 0
	for _, seed := range seeds {
		h, w := Generate(seed)
		b, warm := diveBuild(context.Background(), h, w, lpBoundRounds, 0, false)
		if warm == nil {
			t.Fatalf("house %d: nothing short", seed)
		}
		warm.batch = diveBatch
		root := warm.solve(make([][]int, len(b.mem)))
		if root == nil || root.infeasible {
			t.Fatalf("house %d: root not solved", seed)
		}
		ch := warm.children(root)
		for k, force := range ch {
			cold := newDiver(context.Background(), b, time.Time{}, 0, false)
			cold.warmCols = 0
			cold.admit = warm.admit
			warm.warm = root.y
			nw := warm.solve(force)
			nc := cold.solve(force)
			if nw == nil || nc == nil {
				t.Fatalf("house %d child %d: not solved", seed, k)
			}
			if nw.infeasible != nc.infeasible {
				t.Fatalf("house %d child %d: infeasible %v warm, %v cold", seed, k, nw.infeasible, nc.infeasible)
			}
			if nw.infeasible {
				continue
			}
			checked++
			if math.Abs(nw.val-nc.val) > lpBoundTolerance {
				t.Errorf("house %d child %d: value %.1f warm, %.1f cold", seed, k, nw.val, nc.val)
			}
			// The master's value is of a right-hand side perturbed by about
			// 1e-6 per row (plan.LP): a person-minute of slack.
			if nw.bound > nw.val+1 || nc.bound > nc.val+1 {
				t.Errorf("house %d child %d: bound above value (warm %.1f > %.1f or cold %.1f > %.1f)", seed, k, nw.bound, nw.val, nc.bound, nc.val)
			}
			t.Logf("house %d child %d: value %.1f / %.1f, bound %.1f / %.1f, master columns from the pool %d rounds", seed, k, nw.val, nc.val, nw.bound, nc.bound, warm.cgRounds)
		}
	}
	if checked == 0 {
		t.Fatal("no child node solved")
	}
}

// TestCheapestPerMember: the rows a warm master starts from are per member
// the n of least reduced cost, ties to the earlier row, returned in the
// pool's order (the dive's and the bound tree's children share it).
func TestCheapestPerMember(t *testing.T) {
	cases := []struct {
		name string
		mems []int
		rcs  []float64
		n    int
		want []int
	}{
		{"n larger than the pool", []int{0, 1, 0}, []float64{3, 1, 2}, 5, []int{0, 1, 2}},
		{"the cheapest per member", []int{0, 0, 0, 1, 1}, []float64{-1, -5, 2, 0, -2}, 1, []int{1, 4}},
		{"ties to the earlier", []int{1, 1, 1, 0}, []float64{-2, -2, -2, 7}, 2, []int{0, 1, 3}},
		{"pool order kept", []int{0, 1, 0, 1}, []float64{-9, 4, -1, -4}, 2, []int{0, 1, 2, 3}},
		{"a member without rows", []int{2, 2}, []float64{1, 0}, 1, []int{1}},
		{"none", nil, nil, 3, nil},
	}
	for _, c := range cases {
		got := cheapestPerMember(3, c.mems, c.rcs, c.n)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
