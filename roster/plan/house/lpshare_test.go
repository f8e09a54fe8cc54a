package house

import (
	"context"
	"testing"
	"time"
)

// TestLPProposeFromSharedRows checks the hand-over of the bound's rows to
// the LP proposal (lpShare) on small houses of every shape: the proposal's
// column generation, started from the rows of a converged bound, converges
// at its first pricing (no second round of work), and the bound it reports
// is still proven (never above the exhaustive optimum) and as good as the
// bound's own; its rows put shifts only on open cells.
func TestLPProposeFromSharedRows(t *testing.T) {
	n := 16
	if testing.Short() || raceOn {
		n = 6
	}
	for seed := uint64(1); seed <= uint64(n); seed++ {
		h, w := smallHouse(seed)
		best, _ := exhaustive(h, w)
		share := &lpShare{}
		run := lpBoundRunShared(context.Background(), h, w, 0, time.Time{}, lpSmoothing, true, share)
		rows, weekly, converged := share.take()
		if len(newLPBuild(h, w).segs) == 0 {
			continue // nothing short: no rows to share
		}
		if !converged || len(rows) == 0 {
			t.Fatalf("seed %d: the bound published %d rows, converged %v (run converged %v)", seed, len(rows), converged, run.converged)
		}
		b := newLPBuild(h, w)
		b.addWeekly()
		b.smoothing = lpSmoothing
		b.seed, b.seedWeekly = rows, weekly
		got := b.solve(context.Background(), lpBoundRounds, time.Time{})
		if got > best {
			t.Fatalf("seed %d: bound from shared rows %d above the optimum %d", seed, got, best)
		}
		if got < run.bound-lpBoundTolerance {
			t.Errorf("seed %d: bound from shared rows %d, the bound's own %d", seed, got, run.bound)
		}
		if b.rounds > 1 {
			t.Errorf("seed %d: started from a converged bound's rows, the column generation still ran %d rounds", seed, b.rounds)
		}
		props, pb := lpPropose(context.Background(), h, w, 0, time.Time{}, share)
		if pb > best {
			t.Fatalf("seed %d: LP proposal's bound %d above the optimum %d", seed, pb, best)
		}
		ix := newIndex(h, w)
		for _, a := range props {
			m := h.Member(a.Member)
			if m == nil || !w.Contains(a.Date) || !ix.open(m, a.Date) {
				t.Fatalf("seed %d: proposal %+v not on an open cell", seed, a)
			}
		}
	}
}
