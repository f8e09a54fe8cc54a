package plan

import (
	"math"
	"math/rand/v2"
	"testing"
)

// randomSmallMaster returns a random LP shaped like a column generation master
// (as in TestLPMatchesVertexEnumeration): k structural columns with entries
// in {-1, 0, 1, 2}, then an under and an over slack per row, costs ≥ 0.
func randomSmallMaster(rng *rand.Rand) (a [][]float64, b, c []float64, k int) {
	m := 2 + rng.IntN(4)
	k = 1 + rng.IntN(7)
	n := k + 2*m
	a = make([][]float64, m)
	b = make([]float64, m)
	for i := range a {
		a[i] = make([]float64, n)
		for j := 0; j < k; j++ {
			a[i][j] = float64(rng.IntN(4) - 1)
		}
		a[i][k+2*i], a[i][k+2*i+1] = 1, -1
		b[i] = float64(rng.IntN(7) - 2)
	}
	c = make([]float64, n)
	for j := range c {
		c[j] = float64(rng.IntN(10))
		if j >= k {
			c[j] = float64(5 + rng.IntN(20))
		}
	}
	return a, b, c, k
}

// denseColumn returns column j of a as rows and values.
func denseColumn(a [][]float64, j int) ([]int32, []float64) {
	var rows []int32
	var vals []float64
	for i := range a {
		if a[i][j] != 0 {
			rows = append(rows, int32(i))
			vals = append(vals, a[i][j])
		}
	}
	return rows, vals
}

// TestLPSetBasisWarmMatchesCold is the branch-and-price warm start on
// random masters: solve a parent with all columns, forbid some structural
// columns in a child, and start the child from the parent's basis with the
// forbidden basic columns added at LPBanCost. The child must reach the
// optimum of the same LP solved from the artificial basis (and of vertex
// enumeration), in no more pivots in total over the seeds.
func TestLPSetBasisWarmMatchesCold(t *testing.T) {
	var warmPivots, coldPivots int64
	for seed := uint64(1); seed <= 300; seed++ {
		rng := rand.New(rand.NewPCG(seed, 11))
		a, b, c, k := randomSmallMaster(rng)
		n := len(c)
		parent := NewLP(b)
		for j := 0; j < n; j++ {
			rows, vals := denseColumn(a, j)
			parent.AddColumn(c[j], rows, vals)
		}
		if done, err := parent.Solve(10_000); err != nil || !done {
			t.Fatalf("seed %d: parent: done %v, err %v", seed, done, err)
		}
		forbid := make([]bool, n)
		for j := 0; j < k; j++ {
			forbid[j] = rng.IntN(2) == 0
		}
		// The child's columns: the allowed ones, in order.
		var allowed []int
		for j := 0; j < n; j++ {
			if !forbid[j] {
				allowed = append(allowed, j)
			}
		}
		build := func() (*LP, map[int]int) {
			l := NewLP(b)
			at := map[int]int{}
			for _, j := range allowed {
				rows, vals := denseColumn(a, j)
				at[j] = l.AddColumn(c[j], rows, vals)
			}
			return l, at
		}
		cold, _ := build()
		if done, err := cold.Solve(10_000); err != nil || !done {
			t.Fatalf("seed %d: cold: done %v, err %v", seed, done, err)
		}
		warm, at := build()
		basis := parent.Basis()
		for r, j := range basis {
			if j < 0 {
				continue
			}
			if forbid[j] {
				rows, vals := denseColumn(a, j)
				basis[r] = warm.AddColumn(LPBanCost, rows, vals)
				continue
			}
			basis[r] = at[j]
		}
		if !warm.SetBasis(basis) {
			t.Fatalf("seed %d: the parent's basis was refused", seed)
		}
		if got, want := warm.Objective(), parent.Objective(); math.Abs(got-want) > 1e-6 && !hasBanned(warm, basis) {
			t.Fatalf("seed %d: objective at the parent's basis %g, parent %g", seed, got, want)
		}
		if done, err := warm.Solve(10_000); err != nil || !done {
			t.Fatalf("seed %d: warm: done %v, err %v", seed, done, err)
		}
		if got, want := warm.Objective(), cold.Objective(); math.Abs(got-want) > 1e-6*max(1, math.Abs(want)) {
			t.Errorf("seed %d: warm start %g, cold start %g", seed, got, want)
		}
		sub := make([][]float64, len(a))
		for i := range a {
			for _, j := range allowed {
				sub[i] = append(sub[i], a[i][j])
			}
		}
		var subC []float64
		for _, j := range allowed {
			subC = append(subC, c[j])
		}
		if want, ok := bruteLP(sub, b, subC); ok && math.Abs(warm.Objective()-want) > 1e-3 {
			t.Errorf("seed %d: warm start %g, vertex enumeration %g", seed, warm.Objective(), want)
		}
		warmPivots += warm.Pivots()
		coldPivots += cold.Pivots()
	}
	if warmPivots > coldPivots {
		t.Errorf("warm starts took %d pivots, cold starts %d", warmPivots, coldPivots)
	}
}

// hasBanned reports whether a column of basis was added at LPBanCost (the
// objective at the start then includes its big cost).
func hasBanned(l *LP, basis []int) bool {
	for _, j := range basis {
		if j >= 0 && l.l.cost[j+l.l.m] >= LPBanCost {
			return true
		}
	}
	return false
}

// TestLPSetBasisRefuses: a basis of the wrong length, with a repeated or
// unknown column, singular or infeasible is refused and the current basis
// (and so the solution) stays.
func TestLPSetBasisRefuses(t *testing.T) {
	// x0 + x1 = 1, x0 - x1 = 3: x0 = 2, x1 = -1 is the only solution of
	// the basis {0, 1}: infeasible. {0, 2} with the slack s of row 1
	// (x0 - s = 3 ... ) is feasible.
	l := NewLP([]float64{1, 3})
	x0 := l.AddColumn(1, []int32{0, 1}, []float64{1, 1})
	x1 := l.AddColumn(1, []int32{0, 1}, []float64{1, -1})
	dup := l.AddColumn(1, []int32{0, 1}, []float64{2, 2}) // parallel to x0
	if _, err := l.Solve(100); err != nil {
		t.Fatal(err)
	}
	before := l.Objective()
	basis := l.Basis()
	for name, cols := range map[string][]int{
		"short":      {x0},
		"repeated":   {x0, x0},
		"unknown":    {x0, 99},
		"artificial": {x0, -3},
		"singular":   {x0, dup},
		"infeasible": {x0, x1},
	} {
		if l.SetBasis(cols) {
			t.Errorf("%s: basis %v accepted", name, cols)
		}
		if got := l.Objective(); got != before {
			t.Errorf("%s: objective %g after the refusal, was %g", name, got, before)
		}
		if got := l.Basis(); !equalInts(got, basis) {
			t.Errorf("%s: basis %v after the refusal, was %v", name, got, basis)
		}
	}
	if !l.SetBasis([]int{-1, -2}) {
		t.Error("the artificial basis was refused")
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
