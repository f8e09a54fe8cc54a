package house

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster/plan"
)

// TestImproveReportsProgress: "Vul aan" keeps its progress bar during the
// improvement phase. With an iteration budget the phase reports through
// the same callback as the core, with a growing part of its budget spent,
// never a worse best, and at the end the uncovered time Propose returns.
func TestImproveReportsProgress(t *testing.T) {
	h, w := Generate(203)
	var reps []plan.Progress
	res, err := Propose(context.Background(), h, w, plan.Options{Seed: 1, MaxIterations: 60_000}, func(p plan.Progress) {
		if p.Stage == StageImprove {
			reps = append(reps, p)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) < 3 {
		t.Fatalf("%d progress reports during the improvement phase, want several", len(reps))
	}
	for i, p := range reps {
		if !p.Feasible || p.Fraction <= 0 || p.Fraction > 1 {
			t.Errorf("report %d: feasible %v, fraction %.3f: want a judged proposal and a fraction in (0, 1]", i, p.Feasible, p.Fraction)
		}
		if i == 0 {
			continue
		}
		q := reps[i-1]
		if p.Fraction < q.Fraction || p.Elapsed < q.Elapsed || p.Iterations < q.Iterations {
			t.Errorf("report %d goes back: fraction %.3f → %.3f, elapsed %v → %v, screens %d → %d", i, q.Fraction, p.Fraction, q.Elapsed, p.Elapsed, q.Iterations, p.Iterations)
		}
		if p.Best > q.Best {
			t.Errorf("report %d: best uncovered rose %d → %d min", i, q.Best, p.Best)
		}
	}
	last := reps[len(reps)-1]
	if last.Fraction != 1 || last.Best != int64(res.UncoveredMinutes) {
		t.Errorf("last report: fraction %.3f, best %d min; want 1 and the result's %d min", last.Fraction, last.Best, res.UncoveredMinutes)
	}
	if reps[0].Best <= last.Best {
		t.Logf("the phase kept nothing that covers more (%d min throughout)", last.Best)
	}
	checkProposal(t, h, w, res)
}

// TestImproveCancelStopsReports: Stop during the improvement phase returns
// a proposal that holds, and no report follows the cancel.
func TestImproveCancelStopsReports(t *testing.T) {
	h, w := Generate(3)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	cancelled, after := false, 0
	done := make(chan Result, 1)
	go func() {
		res, err := Propose(ctx, h, w, plan.Options{Seed: 1, MaxIterations: 2_000_000}, func(p plan.Progress) {
			mu.Lock()
			defer mu.Unlock()
			if cancelled {
				after++
			}
			if p.Stage == StageImprove && !cancelled {
				cancelled = true
				cancel()
			}
		})
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	select {
	case res := <-done:
		mu.Lock()
		defer mu.Unlock()
		if !cancelled {
			t.Fatal("the improvement phase sent no progress report")
		}
		if after > 0 {
			t.Errorf("%d progress reports after the cancel", after)
		}
		checkProposal(t, h, w, res)
	case <-time.After(60 * time.Second):
		t.Fatal("Propose did not return after cancel")
	}
}
