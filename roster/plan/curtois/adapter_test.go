package curtois

import (
	"context"
	"math"
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

// TestSolveProvesOptimum: on Instances 2 and 4 the column generation's
// bound equals the published optimum, and the planner reaches it, verified
// by the independent evaluator; an iteration budget keeps it deterministic.
func TestSolveProvesOptimum(t *testing.T) {
	for _, c := range []struct {
		name string
		best int
	}{{"Instance2", 828}, {"Instance4", 1716}} {
		in := loadInstance(t, c.name)
		r, res, err := in.Solve(context.Background(), plan.Options{Seed: 1, MaxIterations: 5_000_000}, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		rep, err := Evaluate(in, r)
		if err != nil {
			t.Fatal(err)
		}
		if !rep.Feasible() || rep.Objective != c.best {
			t.Errorf("%s: objective %d (violations %q), want the optimum %d", c.name, rep.Objective, rep.Violations, c.best)
		}
		if res.Bound != int64(c.best) {
			t.Errorf("%s: lower bound %d, want %d", c.name, res.Bound, c.best)
		}
	}
}

// TestBoundNeverAboveBestKnown: the lower bound never exceeds a published
// optimum (Instance1's LP bound is 558 against 607; Instance5's 1141
// against 1143).
func TestBoundNeverAboveBestKnown(t *testing.T) {
	for _, c := range []struct {
		name string
		best int64
	}{{"Instance1", 607}, {"Instance5", 1143}} {
		in := loadInstance(t, c.name)
		_, res, err := in.Solve(context.Background(), plan.Options{Seed: 1, MaxIterations: 4_000_000}, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if res.Bound == math.MinInt64 || res.Bound > c.best {
			t.Errorf("%s: bound %d, want a bound ≤ %d", c.name, res.Bound, c.best)
		}
		if res.Objective < res.Bound {
			t.Errorf("%s: objective %d below the bound %d", c.name, res.Objective, res.Bound)
		}
	}
}
