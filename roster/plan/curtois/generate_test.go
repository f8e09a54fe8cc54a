package curtois

import (
	"context"
	"math"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster/plan"
)

// testShapes cover the range of the issue (1–32 shift types, 2–52 weeks,
// 5–150 staff, tight and loose) at sizes a CI run with -race on 2 cores
// takes in a few seconds each.
var testShapes = []Shape{
	{1, 2, 5, true}, {2, 4, 16, false}, {32, 2, 6, true}, {3, 52, 6, false},
	{3, 2, 150, false}, {8, 8, 20, true},
}

// TestGeneratedPlantedRosterIsFeasible: the planted roster satisfies every
// hard rule for the independent evaluator and for the planner's model, and
// both give it the same objective, on every shape of the benchmark set.
func TestGeneratedPlantedRosterIsFeasible(t *testing.T) {
	for _, sh := range append(GeneratedShapes, testShapes...) {
		for seed := uint64(1); seed <= 2; seed++ {
			in, planted, err := Generate(sh, seed)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := Evaluate(in, planted)
			if err != nil {
				t.Fatal(err)
			}
			if !rep.Feasible() {
				t.Fatalf("%s seed %d: planted roster breaks %q", sh, seed, rep.Violations)
			}
			hard, soft, err := plan.Evaluate(in.Problem(), planted)
			if err != nil || hard != 0 || soft != int64(rep.Objective) {
				t.Fatalf("%s seed %d: planner hard %d soft %d (%v), evaluator %d", sh, seed, hard, soft, err, rep.Objective)
			}
		}
	}
}

// checkSolution asserts that r has no hard violation for the evaluator,
// that planner and evaluator agree on its objective, and that the search
// got at least as far as the planted roster (which it never saw).
func checkSolution(t *testing.T, in *Instance, planted Roster, r Roster, res plan.Result, label string) {
	t.Helper()
	checkFeasible(t, in, r, res, label)
	rep, _ := Evaluate(in, r)
	prep, _ := Evaluate(in, planted)
	if rep.Objective > prep.Objective {
		t.Errorf("%s: objective %d worse than the planted roster's %d", label, rep.Objective, prep.Objective)
	}
}

// checkFeasible asserts that r has no hard violation for the evaluator, that
// planner and evaluator agree on its objective and that the bound holds.
func checkFeasible(t *testing.T, in *Instance, r Roster, res plan.Result, label string) {
	t.Helper()
	rep, err := Evaluate(in, r)
	if err != nil {
		t.Fatalf("%s: %v", label, err)
	}
	if !rep.Feasible() || !res.Feasible {
		t.Fatalf("%s: violations %q (planner feasible %v)", label, rep.Violations, res.Feasible)
	}
	if int64(rep.Objective) != res.Objective {
		t.Fatalf("%s: planner claims %d, evaluator %d", label, res.Objective, rep.Objective)
	}
	if res.Bound != math.MinInt64 && res.Bound > res.Objective {
		t.Errorf("%s: bound %d above the objective %d", label, res.Bound, res.Objective)
	}
}

// TestSolveGeneratedShapes solves every test shape with a work budget
// (deterministic) and checks the roster with the evaluator. "Never a
// stall": a feasible roster must come within the budget, and the search
// must end at least as good as the planted roster.
func TestSolveGeneratedShapes(t *testing.T) {
	const budget = 100_000
	for _, sh := range testShapes {
		in, planted, err := Generate(sh, 1)
		if err != nil {
			t.Fatal(err)
		}
		var first int64 = -1
		r, res, err := in.Solve(context.Background(), plan.Options{Seed: 1, MaxIterations: budget},
			func(p plan.Progress) {
				if p.Feasible && first < 0 {
					first = p.Iterations
				}
			})
		if err != nil {
			t.Fatalf("%s: %v", sh, err)
		}
		checkSolution(t, in, planted, r, res, sh.String())
		t.Logf("%s: objective %d, first feasible after %d moves", sh, res.Objective, first)
		if first < 0 || first > budget {
			t.Errorf("%s: first feasible roster after %d of %d move attempts", sh, first, budget)
		}
	}
}

// TestScheduleGeneratedShapes runs the clock-driven schedule (stages in
// turns) briefly on shapes where a window is smaller than the problem and
// where the column stage applies: the result holds for the evaluator, every
// report names a stage, and the best never gets worse between reports.
func TestScheduleGeneratedShapes(t *testing.T) {
	// Shapes whose rows the full row programme builds (the construction
	// finishes them whatever the load); the 52-week shapes run in the
	// budget test above.
	for _, sh := range []Shape{{2, 4, 16, false}, {1, 2, 5, true}, {3, 2, 8, false}} {
		in, _, err := Generate(sh, 1)
		if err != nil {
			t.Fatal(err)
		}
		last := int64(math.MaxInt64)
		stages := map[string]bool{}
		r, res, err := in.Solve(context.Background(), plan.Options{Seed: 2, TimeLimit: 2 * time.Second},
			func(p plan.Progress) {
				if !p.Feasible {
					return
				}
				if p.Best > last {
					t.Errorf("%s: best went up from %d to %d", sh, last, p.Best)
				}
				last = p.Best
				stages[p.Stage] = true
			})
		if err != nil {
			t.Fatalf("%s: %v", sh, err)
		}
		checkFeasible(t, in, r, res, sh.String())
		if len(stages) < 2 {
			t.Errorf("%s: reports named only the stages %v", sh, stages)
		}
	}
}
