package house

import (
	"context"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster/plan"
)

// TestImproveBestNeverRisesDuringKicks: a kick ruins the proposal for a
// while and the phase reports during its repair; the Best of the progress
// reports ("Vul aan"'s dialog shows it) is the least uncovered of a judged
// proposal so far, so it never rises, and the last report is the result.
func TestImproveBestNeverRisesDuringKicks(t *testing.T) {
	h, w := Generate(3)
	j, start, _ := constructed(t, h, w, 3)
	var reps []plan.Progress
	j.progress = func(p plan.Progress) { reps = append(reps, p) }
	got, _, _ := j.improve(context.Background(), start, j.check(start), 3000, time.Time{}, 3)
	j.check(got)
	if len(reps) < 2 {
		t.Fatalf("%d reports: the test is not set up as meant", len(reps))
	}
	for i := 1; i < len(reps); i++ {
		if reps[i].Best > reps[i-1].Best {
			t.Errorf("report %d: best uncovered rose %d → %d min", i, reps[i-1].Best, reps[i].Best)
		}
	}
	if last := reps[len(reps)-1]; last.Fraction != 1 || last.Best != int64(j.short()) {
		t.Errorf("last report: fraction %.2f, best %d; want 1 and the result's %d min", last.Fraction, last.Best, j.short())
	}
}
