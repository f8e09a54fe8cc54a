package house

import (
	"context"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// TestDiveStartBasisSameNodeValue: a child's master started from its
// parent's basis (dive_basis.go) reaches the same LP optimum as one started
// from the artificial basis, on small, dense and generated houses, for
// every child of the root and of the root's first child; and the parent's
// basis is taken (the start basis is feasible by construction). The root
// starts from the bound's master's basis and has its value too.
func TestDiveStartBasisSameNodeValue(t *testing.T) {
	n := 6
	if testing.Short() || raceOn {
		n = 2
	}
	compared, started := 0, 0
	for _, c := range houseCases(n, 203, 612) {
		b, dv := diveBuild(context.Background(), c.h, c.w, 40, 0, false)
		if dv == nil {
			continue
		}
		dv.batch = diveBatch
		root := dv.solve(make([][]int, len(b.mem)))
		if root == nil || root.infeasible || root.leaf {
			continue
		}
		// The root from the bound's master's basis and from the
		// artificial one: the same LP.
		if dv.basisStarts != 1 {
			t.Errorf("%s house: the root did not start from the bound's basis", c.name)
		}
		cold := newDiver(context.Background(), b, time.Time{}, 0, false)
		cold.admit, cold.rootBasis = dv.admit, nil
		if cr := cold.solve(make([][]int, len(b.mem))); cr == nil || math.Abs(cr.val-root.val) > 1e-3*max(1, cr.val) {
			t.Errorf("%s house: root value from the bound's basis %.4f, from the artificial one %v", c.name, root.val, cr)
		}
		parents := []*diveNode{root}
		if ch := dv.children(root); len(ch) > 0 {
			dv.warm, dv.warmBasis = root.y, root.basis
			if first := dv.solve(ch[0]); first != nil && !first.infeasible && !first.leaf {
				parents = append(parents, first)
			}
		}
		for _, p := range parents {
			for _, force := range dv.children(p) {
				// The same child twice, each in a dive of its own (no
				// cache), with and without the parent's basis.
				var vals [2]float64
				var bounds [2]float64
				ok := true
				for k := range 2 {
					d := newDiver(context.Background(), b, time.Time{}, 0, false)
					d.admit, d.batch, d.warm = dv.admit, dv.batch, p.y
					if k == 0 {
						d.warmBasis = p.basis
					}
					s := d.solve(force)
					if s == nil || s.infeasible {
						ok = false
						break
					}
					if k == 0 {
						started += d.basisStarts
					}
					vals[k], bounds[k] = s.val, s.bound
				}
				if !ok {
					continue
				}
				// Compare where both column generations converged (the
				// Lagrangian bound meets the master's value).
				conv := func(k int) bool {
					return !math.IsInf(bounds[k], -1) && vals[k]-bounds[k] < 1e-3*max(1, vals[k])
				}
				if !conv(0) || !conv(1) {
					continue
				}
				compared++
				if math.Abs(vals[0]-vals[1]) > 1e-3*max(1, vals[1]) {
					t.Errorf("%s house: child value %.4f from the parent's basis, %.4f from the artificial one", c.name, vals[0], vals[1])
				}
			}
		}
	}
	if compared == 0 {
		t.Fatal("no child compared")
	}
	if started == 0 {
		t.Error("no child's master started from its parent's basis")
	}
	t.Logf("%d children compared, %d started from the parent's basis", compared, started)
}

// TestPickRowsPrefersAdmittedWhole: a node's children fix a member to her
// most valuable row the engine admits whole, and the primary member is one
// whose row it admits whole; without such a row her most valuable row is
// kept (admitted in part).
func TestPickRowsPrefersAdmittedWhole(t *testing.T) {
	h, w := Generate(203)
	b, dv := diveBuild(context.Background(), h, w, 1, 0, false)
	if dv == nil || len(b.mem) < 3 {
		t.Fatal("house 203 has no dive")
	}
	days := len(b.mem[0].days)
	// A row of member mi working option 1 on day d (where she has one).
	rowOn := func(mi, d int) []int {
		row := make([]int, days)
		if len(b.mem[mi].days[d]) > 1 {
			row[d] = 1
		}
		return row
	}
	var d0 int
	for d := range days {
		if len(b.mem[0].days[d]) > 1 && len(b.mem[1].days[d]) > 1 && len(b.mem[2].days[d]) > 1 {
			d0 = d
			break
		}
	}
	d1 := (d0 + 1) % days
	n := &diveNode{force: make([][]int, len(b.mem)), best: make([]int, len(b.mem)), bestX: make([]float64, len(b.mem)),
		rows: make([][][]int, len(b.mem)), xs: make([][]float64, len(b.mem))}
	for mi := range b.mem {
		n.best[mi] = -1
	}
	// Member 0: her best row (0.7) is cut by the admission, her second
	// (0.3) is not. Member 1: one row, 0.5, cut. Member 2: one row 0.4,
	// whole.
	cut := map[string]bool{rowKey(0, rowOn(0, d0)): true, rowKey(1, rowOn(1, d0)): true}
	n.rows[0], n.xs[0], n.best[0], n.bestX[0] = [][]int{rowOn(0, d0), rowOn(0, d1)}, []float64{0.7, 0.3}, 0, 0.7
	n.rows[1], n.xs[1], n.best[1], n.bestX[1] = [][]int{rowOn(1, d0)}, []float64{0.5}, 0, 0.5
	n.rows[2], n.xs[2], n.best[2], n.bestX[2] = [][]int{rowOn(2, d0)}, []float64{0.4}, 0, 0.4
	dv.admit = func(mi int, row []int) []int {
		if cut[rowKey(mi, row)] {
			return make([]int, len(row))
		}
		return slices.Clone(row)
	}
	sel, selX, whole := dv.pickRows(n)
	if sel[0] != 1 || selX[0] != 0.3 || !whole[0] {
		t.Errorf("member 0: row %d (%.1f, whole %v), want her admitted second row 1 (0.3, whole)", sel[0], selX[0], whole[0])
	}
	if sel[1] != 0 || whole[1] {
		t.Errorf("member 1: row %d (whole %v), want her only row 0, cut", sel[1], whole[1])
	}
	if sel[2] != 0 || !whole[2] {
		t.Errorf("member 2: row %d (whole %v), want row 0, whole", sel[2], whole[2])
	}
	ch := dv.childrenFixing(n, 0)
	if len(ch) == 0 {
		t.Fatal("no children")
	}
	// The primary: member 2 (0.4, whole) before member 0 (0.3, whole) and
	// member 1 (0.5, cut).
	for mi, f := range ch[0] {
		if (f != nil) != (mi == 2) {
			t.Errorf("the first child forces member %d: %v (want member 2 alone)", mi, f)
		}
	}
	// With every row whole the most valuable member goes first, at her
	// most valuable row.
	dv.admit = nil
	ch = dv.childrenFixing(n, 0)
	if f := ch[0][0]; f == nil || !slices.Equal(f, rowOn(0, d0)) {
		t.Errorf("without admission the first child forces member 0 to %v, want %v", f, rowOn(0, d0))
	}
}

// TestDiveRowsLeafOnlyGivesLeaf: on house 222 the LP's rounded rows meet
// the root's bound in the model; under a time limit (leafOnly) they must
// not prune the dive, which then reaches a leaf (before: no leaf, no
// candidate).
func TestDiveRowsLeafOnlyGivesLeaf(t *testing.T) {
	h, w := Generate(222)
	b, _ := solvedBuild(h, w)
	jd := newJudge(h, w, roster.Today())
	props, root, leaf := b.diveRows(context.Background(), jd, time.Time{}, true, diveBatch, true)
	if !leaf || len(props) == 0 {
		t.Fatalf("leafOnly dive: leaf %v, %d shifts", leaf, len(props))
	}
	if v := b.modelValue(props); v < float64(root)-1e-6 {
		t.Errorf("the leaf leaves %.1f person-minutes in the model, below the root's proven bound %d", v, root)
	}
}
