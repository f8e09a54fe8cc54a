package plan

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
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

// feasibleRows returns every row of employee e that keeps all her rules.
func feasibleRows(m *model, e int) [][]uint8 {
	var rows [][]uint8
	row := make([]uint8, m.D)
	var rec func(d int)
	rec = func(d int) {
		if d == m.D {
			if h, _ := m.rowEval(e, row); h == 0 {
				rows = append(rows, slices.Clone(row))
			}
			return
		}
		for _, v := range m.domain[e*m.D+d] {
			row[d] = v
			rec(d + 1)
		}
	}
	rec(0)
	return rows
}

// bruteLagrange is L(y) by enumerating every feasible row of every
// employee: Σ y·req plus each employee's least cost − Σ y over her rows.
func bruteLagrange(m *model, y []float64) float64 {
	l := 0.0
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			l += y[coverRow(m, d, v)] * float64(m.req[d*m.V+v])
		}
	}
	for e := 0; e < m.E; e++ {
		best := math.Inf(1)
		for _, row := range feasibleRows(m, e) {
			_, so := m.rowEval(e, row)
			c := float64(so)
			for d, v := range row {
				if v != 0 {
					c -= y[coverRow(m, d, int(v))]
				}
			}
			best = min(best, c)
		}
		l += best
	}
	return l
}

// randomCoverDuals draws cover duals within [−over, under] (a third of
// them at a bound, where the master's duals mostly sit).
func randomCoverDuals(m *model, rng *rand.Rand) []float64 {
	y := make([]float64, m.E+m.D*(m.V-1))
	for d := 0; d < m.D; d++ {
		for v := 1; v < m.V; v++ {
			i := d*m.V + v
			lo, hi := -float64(m.over[i]), float64(m.under[i])
			switch rng.IntN(6) {
			case 0:
				y[coverRow(m, d, v)] = lo
			case 1:
				y[coverRow(m, d, v)] = hi
			default:
				y[coverRow(m, d, v)] = lo + rng.Float64()*(hi-lo)
			}
		}
	}
	return y
}

// TestLagrangeAtMatchesEnumeration: L(y) without a master equals the
// enumerated Lagrangian where the row programme is exact (one or two
// counted maxima), is never above it where a third maximum is left out, and
// never above the exhaustive optimum, at y = 0 and at random duals.
func TestLagrangeAtMatchesEnumeration(t *testing.T) {
	cases := 0
	for seed := uint64(1); seed <= 16; seed++ {
		for _, c := range []struct {
			name  string
			p     *Problem
			exact bool
		}{{"tiny", tinyProblem(seed), true}, {"three maxima", threeMaximaProblem(seed), false}} {
			m := compile(c.p)
			opt, ok := bruteOptimum(m)
			if !ok {
				continue
			}
			g := newColgen(m, func() bool { return false })
			rng := rand.New(rand.NewPCG(seed, 17))
			for k := 0; k < 6; k++ {
				y := make([]float64, m.E+m.D*(m.V-1))
				if k > 0 {
					y = randomCoverDuals(m, rng)
				}
				got, ok := g.lagrangeAt(y)
				if !ok {
					t.Fatalf("%s %d: no L", c.name, seed)
				}
				want := bruteLagrange(m, y)
				slack := cgSlack(m)
				if got > want+slack || (c.exact && got < want-slack) {
					t.Fatalf("%s %d/%d: L %.4f, enumerated %.4f", c.name, seed, k, got, want)
				}
				if got-slack > float64(opt) {
					t.Fatalf("%s %d/%d: L %.4f above the optimum %d", c.name, seed, k, got, opt)
				}
				cases++
			}
		}
	}
	if cases < 60 {
		t.Fatalf("only %d cases", cases)
	}
}

// TestDirectionBound: the bounds the aggregate directions report rise and
// are never above the exhaustive optimum; where the weekend demand exceeds
// what the staff may work (nobody may work a weekend), the weekend
// direction proves at least the forced shortage.
func TestDirectionBound(t *testing.T) {
	check := func(name string, p *Problem, opt int64) []int64 {
		m := compile(p)
		g := newColgen(m, func() bool { return false })
		g.lagBest = trivialBound(m)
		var got []int64
		g.onBound = func(b int64) { got = append(got, b) }
		best := g.directionBound()
		for k, b := range got {
			if b > opt {
				t.Fatalf("%s: bound %d above the optimum %d", name, b, opt)
			}
			if k > 0 && b <= got[k-1] {
				t.Fatalf("%s: bounds %v do not rise", name, got)
			}
		}
		if len(got) > 0 && float64(got[len(got)-1]) > math.Ceil(best-cgSlack(m)) {
			t.Fatalf("%s: last bound %d above the best L %.3f", name, got[len(got)-1], best)
		}
		return got
	}
	for seed := uint64(1); seed <= 16; seed++ {
		for _, p := range []*Problem{tinyProblem(seed), threeMaximaProblem(seed)} {
			if opt, ok := bruteOptimum(compile(p)); ok {
				check("random", p, opt)
			}
		}
		// No weekends for anyone: every weekend shift required is short.
		p := tinyProblem(seed)
		forced := int64(0)
		for _, d := range p.Weekends[0] {
			for _, c := range p.Cover[d] {
				forced += int64(c.Required * c.Under)
			}
		}
		for e := range p.Employees {
			p.Employees[e].MaxWeekends = 0
		}
		opt, ok := bruteOptimum(compile(p))
		if !ok {
			continue
		}
		got := check("no weekends", p, opt)
		if seed <= 4 {
			// Larger: never above a feasible roster's cost.
			sp := smallProblem(seed)
			res, err := Solve(context.Background(), sp, Options{Seed: seed, MaxIterations: 20_000, NoColumns: true}, nil)
			if err != nil {
				t.Fatal(err)
			}
			check("small", sp, res.Objective)
		}
		if forced > 0 && (len(got) == 0 || got[len(got)-1] < forced) {
			t.Fatalf("seed %d: bounds %v, forced shortage %d", seed, got, forced)
		}
	}
}

// TestAggregateExcess: the weekend and minute shares against a count by
// hand on tinyProblem (one weekend of two days).
func TestAggregateExcess(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		p := tinyProblem(seed)
		m := compile(p)
		var wk, mins, wkCap, minCap float64
		for d := 0; d < p.Days; d++ {
			for _, c := range p.Cover[d] {
				if d >= 5 {
					wk += float64(c.Required)
				}
				mins += 480 * float64(c.Required)
			}
		}
		for _, e := range p.Employees {
			wkCap += float64(min(2*e.MaxWeekends, 2))
			minCap += float64(e.MaxMinutes)
		}
		got := aggregateExcess(m)
		for k, want := range [2]float64{(wk - wkCap) / wk, (mins - minCap) / mins} {
			if wk == 0 && k == 0 {
				want = math.Inf(-1)
			}
			if mins == 0 && k == 1 {
				want = math.Inf(-1)
			}
			if math.Abs(got[k]-want) > 1e-12 && got[k] != want {
				t.Fatalf("seed %d: excess %v, want %d: %v", seed, got, k, want)
			}
		}
	}
}
