package plan

import (
	"math"
	"math/rand/v2"
	"testing"
)

// bruteLP solves min c·x, A x = b, x ≥ 0 by trying every basis: the optimum
// of a bounded feasible LP is at a vertex. ok is false if it is infeasible.
func bruteLP(a [][]float64, b, c []float64) (best float64, ok bool) {
	m, n := len(b), len(c)
	best = math.Inf(1)
	cols := make([]int, m)
	var rec func(k, from int)
	rec = func(k, from int) {
		if k == m {
			x, fine := solveSquare(a, b, cols)
			if !fine {
				return
			}
			z := 0.0
			for r, j := range cols {
				if x[r] < -1e-9 {
					return
				}
				z += c[j] * x[r]
			}
			if z < best {
				best, ok = z, true
			}
			return
		}
		for j := from; j < n; j++ {
			cols[k] = j
			rec(k+1, j+1)
		}
	}
	rec(0, 0)
	return best, ok
}

// solveSquare solves B x = b for the columns cols of a by Gaussian
// elimination (false if singular).
func solveSquare(a [][]float64, b []float64, cols []int) ([]float64, bool) {
	m := len(b)
	t := make([][]float64, m)
	for i := range t {
		t[i] = make([]float64, m+1)
		for k, j := range cols {
			t[i][k] = a[i][j]
		}
		t[i][m] = b[i]
	}
	for col := 0; col < m; col++ {
		p := col
		for r := col + 1; r < m; r++ {
			if math.Abs(t[r][col]) > math.Abs(t[p][col]) {
				p = r
			}
		}
		if math.Abs(t[p][col]) < 1e-9 {
			return nil, false
		}
		t[p], t[col] = t[col], t[p]
		for r := 0; r < m; r++ {
			if r != col {
				f := t[r][col] / t[col][col]
				for k := col; k <= m; k++ {
					t[r][k] -= f * t[col][k]
				}
			}
		}
	}
	x := make([]float64, m)
	for i := range x {
		x[i] = t[i][m] / t[i][i]
	}
	return x, true
}

// TestLPMatchesVertexEnumeration compares the simplex with trying every
// basis on random small LPs shaped like the column generation's master:
// costs ≥ 0 (so the LP is bounded) and an under and an over slack per row
// (so it is feasible without artificials). It also checks the duals: no
// negative reduced cost and y·b = c·x.
func TestLPMatchesVertexEnumeration(t *testing.T) {
	for seed := uint64(1); seed <= 300; seed++ {
		rng := rand.New(rand.NewPCG(seed, 3))
		m, k := 2+rng.IntN(4), 1+rng.IntN(6)
		n := k + 2*m
		a := make([][]float64, m)
		b := make([]float64, m)
		for i := range a {
			a[i] = make([]float64, n)
			for j := 0; j < k; j++ {
				a[i][j] = float64(rng.IntN(4) - 1)
			}
			a[i][k+2*i], a[i][k+2*i+1] = 1, -1
			b[i] = float64(rng.IntN(7) - 2)
		}
		c := make([]float64, n)
		for j := range c {
			c[j] = float64(rng.IntN(10))
			if j >= k {
				c[j] = float64(5 + rng.IntN(20))
			}
		}
		l := newLP(b)
		for j := 0; j < n; j++ {
			var rows []int32
			var vals []float64
			for i := 0; i < m; i++ {
				if a[i][j] != 0 {
					rows = append(rows, int32(i))
					vals = append(vals, a[i][j])
				}
			}
			l.addColumn(c[j], rows, vals)
		}
		done, err := l.solve(10_000)
		if err != nil || !done {
			t.Fatalf("seed %d: solve: done %v, err %v", seed, done, err)
		}
		want, ok := bruteLP(a, b, c)
		got := l.objective()
		if !ok {
			t.Fatalf("seed %d: vertex enumeration found no vertex", seed)
		}
		if math.Abs(got-want) > 1e-3 {
			t.Errorf("seed %d: simplex %g, vertex enumeration %g", seed, got, want)
		}
		y := l.duals()
		yb := 0.0
		for i := range b {
			yb += y[i] * b[i]
		}
		if math.Abs(yb-want) > 1e-3 {
			t.Errorf("seed %d: dual objective %g, primal %g", seed, yb, want)
		}
		for j := 0; j < l.columns(); j++ {
			if rc := l.reducedCost(j); rc < -1e-6 {
				t.Errorf("seed %d: column %d has reduced cost %g at the optimum", seed, j, rc)
			}
		}
	}
}
