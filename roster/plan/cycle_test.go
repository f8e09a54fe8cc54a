package plan

import (
	"context"
	"slices"
	"testing"
	"time"
)

// TestAnnealingContinuesAcrossTurns: the anytime schedule gives the
// annealing short turns; a run split into turns must follow the same
// trajectory as one run of the same length (it continues its cooling
// instead of starting hot again every turn).
func TestAnnealingContinuesAcrossTurns(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		newW := func() *worker {
			rep := &reporter{start: time.Now(), best: 1 << 62}
			return newWorker(compile(smallProblem(seed)), Options{Seed: seed, CycleIterations: 20_480}, 0, rep)
		}
		whole, turns := newW(), newW()
		const total = 40 * 1024 * 3 // crosses cycle ends
		runWorkers(context.Background(), []*worker{whole}, time.Time{}, total)
		for k := int64(1); k <= 40; k++ {
			runWorkers(context.Background(), []*worker{turns}, time.Time{}, k*total/40)
		}
		if whole.iter != turns.iter || whole.bestSoft != turns.bestSoft || !slices.Equal(whole.s.x, turns.s.x) {
			t.Errorf("seed %d: one run ends at %d moves, best %d; forty turns end at %d moves, best %d (states equal: %v)",
				seed, whole.iter, whole.bestSoft, turns.iter, turns.bestSoft, slices.Equal(whole.s.x, turns.s.x))
		}
	}
}

// TestReheatAdapts checks the next cycle's start temperature: hotter than
// the last paying temperature, within [2·end, start], and twice as hot after
// a cycle that found nothing better.
func TestReheatAdapts(t *testing.T) {
	w := &worker{t0: 50, t1: 0.5, cycleLen: 1000}
	cases := []struct {
		name     string
		t0, impT float64
		want     float64
	}{
		{"paid late", 50, 0.6, reheatFactor * 0.6},
		{"paid hot", 50, 40, 50},
		{"paid at the end", 50, 0.1, 1},
		{"nothing better", 3, 0, 6},
		{"nothing better, hot", 40, 0, 50},
	}
	for _, tc := range cases {
		c := annealCycle{length: 1000, t0: tc.t0, impT: tc.impT}
		c.next(w)
		if c.t0 != tc.want || c.impT != 0 || c.length != 2000 {
			t.Errorf("%s: next cycle starts at %.2f (impT %.2f, length %d), want %.2f, 0, 2000", tc.name, c.t0, c.impT, c.length, tc.want)
		}
	}
}
