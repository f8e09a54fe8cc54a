package plan

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLPParallelUpdatesSamePath: the pivots' and refactorisations' updates
// split over two goroutines give bit for bit the basis, inverse, values and
// duals of one goroutine, on masters large and dense enough for the split
// (200–320 rows), stopped after a random number of pivots, and both solve
// to the same objective.
func TestLPParallelUpdatesSamePath(t *testing.T) {
	split := 0
	for seed := uint64(1); seed <= 6; seed++ {
		rng := rand.New(rand.NewPCG(seed, 29))
		m := 200 + rng.IntN(121)
		n := 3*m + rng.IntN(2*m)
		maxPivots := 50 + rng.IntN(3*m)
		par := randomMaster(rand.New(rand.NewPCG(seed, 31)), m, n)
		one := randomMaster(rand.New(rand.NewPCG(seed, 31)), m, n)
		one.serial = true
		for _, l := range []*lp{par, one} {
			if _, err := l.solve(maxPivots); err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
		}
		if par.pivots != one.pivots || !slices.Equal(par.basis, one.basis) {
			t.Fatalf("seed %d (m %d): %d pivots and basis differ from one goroutine's %d", seed, m, par.pivots, one.pivots)
		}
		for _, pair := range [][2][]float64{{par.binv, one.binv}, {par.xB, one.xB}, {par.y, one.y}} {
			if !slices.Equal(pair[0], pair[1]) {
				t.Fatalf("seed %d (m %d, %d pivots): the split updates differ from one goroutine's", seed, m, par.pivots)
			}
		}
		if !par.refactor() || !one.refactor() || !slices.Equal(par.binv, one.binv) {
			t.Fatalf("seed %d: refactorisations differ", seed)
		}
		if par.objective() != one.objective() {
			t.Fatalf("seed %d: objective %g, one goroutine %g", seed, par.objective(), one.objective())
		}
		if one.splits != 0 {
			t.Fatalf("seed %d: the serial reference split %d updates", seed, one.splits)
		}
		split += int(par.splits)
	}
	if split == 0 {
		t.Error("no update was large enough to be split: the test compares nothing")
	}
}

// BenchmarkLPSolve solves a 300-row random master (dense enough that most
// updates are split) from its start basis (1 500 pivots) on one goroutine and on two:
// their ratio is the gain of lppar.go where a second core is free.
func BenchmarkLPSolve(b *testing.B) {
	for _, serial := range []bool{true, false} {
		name := "two-goroutines"
		if serial {
			name = "one-goroutine"
		}
		b.Run(name, func(b *testing.B) {
			var pivots, splits int64
			for b.Loop() {
				l := randomMaster(rand.New(rand.NewPCG(7, 31)), 300, 1200)
				l.serial = serial
				if _, err := l.solve(1500); err != nil {
					b.Fatal(err)
				}
				pivots, splits = l.pivots, l.splits
			}
			b.ReportMetric(float64(pivots), "pivots/op")
			b.ReportMetric(float64(splits), "splits/op")
		})
	}
}
