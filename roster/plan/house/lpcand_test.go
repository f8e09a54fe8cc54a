package house

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster/plan"
)

// TestProposeAtBoundDoesNotWait: "Vul aan" on a house it can cover
// completely returns as soon as its proposal leaves nothing open; it does
// not sit out the time limit waiting for the LP candidate.
func TestProposeAtBoundDoesNotWait(t *testing.T) {
	h, w := Generate(201)
	res, err := Propose(context.Background(), h, w, plan.Options{Seed: 1, TimeLimit: 40 * time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkProposal(t, h, w, res)
	if res.UncoveredMinutes != 0 || res.BoundMinutes != 0 {
		t.Fatalf("house 201: %d min left, bound %d; want a proposal that covers everything", res.UncoveredMinutes, res.BoundMinutes)
	}
	if res.Seconds > 20 {
		t.Errorf("house 201 covered completely, yet Propose took %.1f s of its 40 s", res.Seconds)
	}
}

// TestProposeReportsOnePhaseWithLPCandidate: under a time limit the
// improvement phase may run twice (cut when the LP candidate arrives, then
// on from the better proposal); the progress bar still sees one phase: the
// fraction, elapsed time and screens never go back, the best never rises,
// and the last report says 1 and the result's uncovered time.
func TestProposeReportsOnePhaseWithLPCandidate(t *testing.T) {
	for _, seed := range []uint64{203, 612} {
		h, w := Generate(seed)
		var mu sync.Mutex
		var reps []plan.Progress
		res, err := Propose(context.Background(), h, w, plan.Options{Seed: 1, TimeLimit: 6 * time.Second}, func(p plan.Progress) {
			if p.Stage == StageImprove {
				mu.Lock()
				reps = append(reps, p)
				mu.Unlock()
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		checkProposal(t, h, w, res)
		// Propose plans to end at 96 % of its limit; the margin keeps a
		// loaded machine (CI under the race detector) from failing the test,
		// while a phase that ignores the deadline still does.
		if res.Seconds >= 9 {
			t.Errorf("house %d: Propose took %.2f s of a 6 s limit", seed, res.Seconds)
		}
		if len(reps) == 0 {
			t.Fatalf("house %d: no progress report in the improvement phase", seed)
		}
		for i := 1; i < len(reps); i++ {
			p, q := reps[i], reps[i-1]
			if p.Fraction < q.Fraction || p.Elapsed < q.Elapsed || p.Iterations < q.Iterations || p.Best > q.Best {
				t.Errorf("house %d report %d goes back: fraction %.3f → %.3f, elapsed %v → %v, screens %d → %d, best %d → %d",
					seed, i, q.Fraction, p.Fraction, q.Elapsed, p.Elapsed, q.Iterations, p.Iterations, q.Best, p.Best)
			}
			if i < len(reps)-1 && p.Fraction >= 1 {
				t.Errorf("house %d report %d of %d says the phase is done", seed, i, len(reps))
			}
		}
		if last := reps[len(reps)-1]; last.Fraction != 1 || last.Best != int64(res.UncoveredMinutes) {
			t.Errorf("house %d last report: fraction %.3f, best %d; want 1 and %d", seed, last.Fraction, last.Best, res.UncoveredMinutes)
		}
	}
}
