package plan

import (
	"slices"
	"testing"
)

// TestRuinRecreate checks the multi-row move: without temperature it never
// worsens the score, a rejected move leaves the state exactly as it was,
// and the bookkeeping always equals a full recomputation.
func TestRuinRecreate(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		w := testWorker(seed, 0)
		improved := 0
		for range 2000 {
			before := w.s.score()
			x := slices.Clone(w.s.x)
			acc := w.acc
			w.ruinRecreate()
			after := w.s.score()
			if after > before {
				t.Fatalf("seed %d: score rose from %d to %d at temperature 0", seed, before, after)
			}
			if after < before {
				improved++
			}
			if w.acc == acc && !slices.Equal(x, w.s.x) {
				t.Fatalf("seed %d: a rejected move changed the solution", seed)
			}
		}
		if improved == 0 {
			t.Errorf("seed %d: no multi-row move improved the all-off start", seed)
		}
		hard, soft := w.s.hard, w.s.soft
		rowHard, rowSoft, cnt := slices.Clone(w.s.rowHard), slices.Clone(w.s.rowSoft), slices.Clone(w.s.cnt)
		w.s.recompute()
		if hard != w.s.hard || soft != w.s.soft || !slices.Equal(cnt, w.s.cnt) ||
			!slices.Equal(rowHard, w.s.rowHard) || !slices.Equal(rowSoft, w.s.rowSoft) {
			t.Errorf("seed %d: incremental hard %d soft %d, recomputed %d %d", seed, hard, soft, w.s.hard, w.s.soft)
		}
	}
}
