package plan

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"
)

// TestLagrangeBoundsOnTheWay: every Lagrangian bound the root passes on
// before it converges is a proven bound (never above the exhaustive optimum
// on tiny problems, never above the converged LP bound), they rise, and
// the last equals the converged bound; on larger problems some arrive
// before convergence, so a root that does not converge in time still
// reports a bound.
func TestLagrangeBoundsOnTheWay(t *testing.T) {
	early := 0
	inexact := 0
	check := func(name string, p *Problem, opt int64) {
		m := compile(p)
		res, err := Solve(context.Background(), p, Options{Seed: 1, MaxIterations: 2000, NoColumns: true, LNSEvery: -1, RecreateEvery: -1}, nil)
		if err != nil {
			return
		}
		g := newColgen(m, func() bool { return false })
		if !g.applicable() {
			t.Fatalf("%s: column generation does not apply", name)
		}
		for e, row := range res.Solution {
			r := make([]uint8, m.D)
			for d, v := range row {
				r[d] = uint8(v + 1)
			}
			g.add(e, r)
		}
		var got []int64
		g.onBound = func(b int64) { got = append(got, b) }
		mt := g.newMaster()
		g.atRoot, g.lagBest = true, math.MinInt64
		_, bound, ok := g.converge(mt, math.Inf(1))
		if !ok {
			t.Fatalf("%s: root not solved", name)
		}
		if g.inexact {
			// Pricing by penalties: the LP value is no bound, but every
			// Lagrangian bound must still be one.
			inexact++
			for _, b := range got {
				if b > opt {
					t.Fatalf("%s: inexact pricing: bound %d above the optimum %d", name, b, opt)
				}
			}
			return
		}
		final := int64(math.Ceil(bound - cgSlack(m)))
		if len(got) == 0 {
			t.Fatalf("%s: no bound reported", name)
		}
		for k, b := range got {
			if b > final || b > opt {
				t.Fatalf("%s: bound %d above the converged bound %d or the optimum %d", name, b, final, opt)
			}
			if k > 0 && b <= got[k-1] {
				t.Fatalf("%s: bounds %v do not rise", name, got)
			}
			if b < final-1 {
				early++
			}
		}
		if last := got[len(got)-1]; last < final-1 {
			t.Errorf("%s: last bound %d, converged %d", name, last, final)
		}
	}
	for seed := uint64(1); seed <= 20; seed++ {
		p := tinyProblem(seed)
		if opt, ok := bruteOptimum(compile(p)); ok {
			check("tiny", p, opt)
		}
	}
	for seed := uint64(1); seed <= 6; seed++ {
		check("small", smallProblem(seed), math.MaxInt64)
	}
	for seed := uint64(1); seed <= 12; seed++ {
		p := threeMaximaProblem(seed)
		if opt, ok := bruteOptimum(compile(p)); ok {
			check("three maxima", p, opt)
		}
	}
	if early == 0 || inexact == 0 {
		t.Errorf("bounds before convergence %d, inexact roots %d: the test shows nothing", early, inexact)
	}
	t.Logf("%d bounds before convergence, %d inexact roots", early, inexact)
}

// threeMaximaProblem is tinyProblem with three shift types, each with a
// per-type maximum that binds: the row programme counts two, so pricing
// is inexact (by penalties).
func threeMaximaProblem(seed uint64) *Problem {
	p := tinyProblem(seed)
	rng := rand.New(rand.NewPCG(seed, 13))
	p.Shifts = []Shift{{Name: "E", Minutes: 480}, {Name: "D", Minutes: 480}, {Name: "L", Minutes: 480, CannotFollow: []int{0}}}
	for d := range p.Cover {
		p.Cover[d] = append(p.Cover[d], Cover{Required: rng.IntN(2), Under: 1 + rng.IntN(10), Over: rng.IntN(5)})
	}
	for e := range p.Employees {
		emp := &p.Employees[e]
		emp.MaxShifts = []int{1 + rng.IntN(2), 1 + rng.IntN(2), 1 + rng.IntN(2)}
		emp.MaxMinutes = 480 * 6
		for d := range emp.Cost {
			emp.Cost[d] = append(emp.Cost[d], rng.IntN(6))
		}
	}
	return p
}
