package curtois

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/huisrooster/huisrooster/roster/plan"
)

var allInstances = []string{"Instance1", "Instance2", "Instance3", "Instance4", "Instance5",
	"Instance6", "Instance7", "Instance9", "Instance10", "Instance11"}

// TestPlannerAgreesWithEvaluator compares, on random rosters within the cell
// domains, the planner's bookkeeping (plan.Evaluate) with the independent
// evaluator: same objective, and feasible in one iff in the other.
func TestPlannerAgreesWithEvaluator(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, name := range allInstances {
		in := loadInstance(t, name)
		p := in.Problem()
		for trial := 0; trial < 50; trial++ {
			r := NewRoster(in)
			density := rng.Float64()
			for e, st := range in.Staff {
				off := map[int]bool{}
				for _, d := range in.DaysOff[e] {
					off[d] = true
				}
				for d := range r[e] {
					s := rng.IntN(len(in.Shifts))
					if off[d] || rng.Float64() > density || st.MaxShifts[in.Shifts[s].ID] == 0 {
						continue
					}
					r[e][d] = s
				}
			}
			rep, err := Evaluate(in, r)
			if err != nil {
				t.Fatal(err)
			}
			hard, soft, err := plan.Evaluate(p, r)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if soft != int64(rep.Objective) || (hard == 0) != rep.Feasible() {
				t.Fatalf("%s trial %d: planner hard %d soft %d; evaluator objective %d violations %q",
					name, trial, hard, soft, rep.Objective, rep.Violations)
			}
		}
	}
}

// TestSolveShortRuns runs the planner briefly on several instances: the
// output must be feasible for the independent evaluator, whose objective must
// equal the planner's claim.
func TestSolveShortRuns(t *testing.T) {
	names := []string{"Instance1", "Instance2", "Instance4", "Instance7", "Instance11"}
	if testing.Short() {
		names = names[:2]
	}
	for _, name := range names {
		in := loadInstance(t, name)
		r, res, err := in.Solve(context.Background(), plan.Options{Seed: 1, MaxIterations: 3_000_000}, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rep, err := Evaluate(in, r)
		if err != nil {
			t.Fatal(err)
		}
		if !rep.Feasible() {
			t.Errorf("%s: planner output violates hard constraints: %q", name, rep.Violations)
		}
		if int64(rep.Objective) != res.Objective {
			t.Errorf("%s: planner claims %d, evaluator says %d", name, res.Objective, rep.Objective)
		}
	}
}
