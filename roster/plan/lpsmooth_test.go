package plan

import (
	"math"
	"math/rand/v2"
	"testing"
)

// randomMaster is an LP shaped like the column generation's master: m rows,
// an under and an over slack per row (unit columns), and n columns of
// 0/1 entries, one convexity-like row each plus a few more.
func randomMaster(rng *rand.Rand, m, n int) *lp {
	b := make([]float64, m)
	for i := range b {
		b[i] = float64(rng.IntN(4))
	}
	l := newLP(b)
	for i := 0; i < m; i++ {
		c := float64(5 + rng.IntN(20))
		l.addColumn(c, []int32{int32(i)}, []float64{1})
		l.addColumn(float64(rng.IntN(10)), []int32{int32(i)}, []float64{-1})
	}
	for j := 0; j < n; j++ {
		seen := map[int32]bool{}
		var rows []int32
		for k := 1 + rng.IntN(m/2); k > 0; k-- {
			r := int32(rng.IntN(m))
			if !seen[r] {
				seen[r] = true
				rows = append(rows, r)
			}
		}
		vals := make([]float64, len(rows))
		for i := range vals {
			vals[i] = 1
		}
		l.addColumn(float64(rng.IntN(30)), rows, vals)
	}
	return l
}

// TestLPIncrementalDualsAndRefactor: on masters large enough for hundreds
// of pivots (and so several refactorisations), the duals the pivots update
// stay those of the basis (y·B = c_B, recomputed from scratch), and the
// refactorisation (unit columns first, rows not swapped) gives the true
// inverse: B·B⁻¹ = I, after any number of pivots, also stopped halfway.
func TestLPIncrementalDualsAndRefactor(t *testing.T) {
	pivots := 0
	for seed := uint64(1); seed <= 40; seed++ {
		rng := rand.New(rand.NewPCG(seed, 17))
		m := 20 + rng.IntN(100)
		l := randomMaster(rng, m, 3*m+rng.IntN(5*m))
		// Stop after a random number of pivots, so the check also sees
		// duals between refactorisations.
		if _, err := l.solve(1 + rng.IntN(400)); err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		pivots += int(l.pivots)
		inc := append([]float64(nil), l.y...)
		fresh := l.duals()
		for i := range inc {
			if math.Abs(inc[i]-fresh[i]) > 1e-6*max(1, math.Abs(fresh[i])) {
				t.Fatalf("seed %d (m %d, %d pivots): dual %d updated %g, recomputed %g", seed, m, l.pivots, i, inc[i], fresh[i])
			}
		}
		if !l.refactor() {
			t.Fatalf("seed %d: basis singular", seed)
		}
		// B·B⁻¹: column r of B is basic column basis[r]; row r of binv.
		for r, c := range l.basis {
			for k := 0; k < m; k++ {
				s := 0.0
				for p := l.start[c]; p < l.start[c+1]; p++ {
					s += l.binv[k*m+int(l.idx[p])] * l.val[p]
				}
				want := 0.0
				if k == r {
					want = 1
				}
				if math.Abs(s-want) > 1e-9 {
					t.Fatalf("seed %d: (B⁻¹B)[%d][%d] = %g", seed, k, r, s)
				}
			}
		}
	}
	if pivots < 2000 {
		t.Errorf("only %d pivots over all masters: the refactorisation is hardly exercised", pivots)
	}
}

// TestConvergeSmoothingSameLP: pricing at smoothed duals (Wentges) changes
// the path, not the result: on small and generated problems the root
// converges to the same LP value as pricing at the master's duals, and the
// bound it returns is that value.
func TestConvergeSmoothingSameLP(t *testing.T) {
	var ps []*Problem
	for seed := uint64(1); seed <= 8; seed++ {
		ps = append(ps, tinyProblem(seed), smallProblem(seed))
	}
	ps = append(ps, longProblem(1, 4, 8, 3, false), longProblem(2, 2, 10, 2, true))
	compared := 0
	for k, p := range ps {
		m := compile(p)
		x0, _ := startRoster(p, m, 1)
		if x0 == nil {
			continue
		}
		var vals [2]float64
		for i, a := range []float64{0, cgSmooth} {
			g := newColgen(m, func() bool { return false })
			if !g.applicable() {
				t.Fatalf("problem %d: column generation does not apply", k)
			}
			g.smooth = a
			for e := 0; e < m.E; e++ {
				g.add(e, x0[e*m.D:(e+1)*m.D])
			}
			mt := g.newMaster()
			v, bound, ok := g.converge(mt, math.Inf(1))
			if !ok {
				t.Fatalf("problem %d, smoothing %g: root not solved", k, a)
			}
			if math.Abs(bound-v) > 1e-4*max(1, math.Abs(v)) {
				t.Errorf("problem %d, smoothing %g: converged value %g but bound %g", k, a, v, bound)
			}
			vals[i] = v
		}
		if math.Abs(vals[0]-vals[1]) > 1e-4*max(1, math.Abs(vals[0])) {
			t.Errorf("problem %d: LP value %g without smoothing, %g with", k, vals[0], vals[1])
		}
		compared++
	}
	if compared < len(ps)*3/4 {
		t.Errorf("only %d of %d problems compared", compared, len(ps))
	}
}
