package plan

import (
	"context"
	"math"
	"slices"
	"testing"
)

// startRoster returns a feasible roster of p from a very short annealing
// without the exact moves, or nil.
func startRoster(p *Problem, m *model, seed uint64) ([]uint8, int64) {
	res, err := Solve(context.Background(), p, Options{Seed: seed, MaxIterations: 2000, NoColumns: true, LNSEvery: -1, RecreateEvery: -1}, nil)
	if err != nil {
		return nil, 0
	}
	x := make([]uint8, m.E*m.D)
	for e, row := range res.Solution {
		for d, v := range row {
			x[e*m.D+d] = uint8(v + 1)
		}
	}
	return x, res.Objective
}

// TestColumnDive: from a converged root, the dive by rows always reaches one
// roster without violations whose claimed cost is its true cost, never below
// the root's bound nor (where every roster can be tried) the optimum; it
// leaves the master's restrictions as it found them; and a master whose
// every row is pinned to that roster (so no employee is priced) has the
// roster's cost as its LP value. Over the problems its rosters are mostly
// better than the poor starts and close to the bound.
func TestColumnDive(t *testing.T) {
	type instance struct {
		name string
		p    *Problem
	}
	var ins []instance
	for seed := uint64(1); seed <= 9; seed++ {
		ins = append(ins, instance{"tiny", tinyProblem(seed)}, instance{"small", smallProblem(seed)},
			instance{"long", longProblem(seed, 2, 8, 3, seed%2 == 0)})
	}
	tried, better := 0, 0
	var gapSum float64
	for k, in := range ins {
		m := compile(in.p)
		x0, soft0 := startRoster(in.p, m, uint64(k+1))
		if x0 == nil {
			continue
		}
		g := newColgen(m, func() bool { return false })
		if !g.applicable() {
			continue
		}
		for e := 0; e < m.E; e++ {
			g.add(e, x0[e*m.D:(e+1)*m.D])
		}
		mt := g.newMaster()
		value, bound, ok := g.converge(mt, math.Inf(1))
		if !ok {
			t.Fatalf("%s %d: root not solved", in.name, k)
		}
		allow, trail := slices.Clone(mt.allow), len(mt.trail)
		var got [][]uint8
		var costs []int64
		if stopped := g.columnDive(mt, func(x []uint8, soft int64) {
			got = append(got, slices.Clone(x))
			costs = append(costs, soft)
		}); stopped {
			t.Fatalf("%s %d: dive stopped without a stop", in.name, k)
		}
		if len(got) != 1 {
			t.Fatalf("%s %d: dive reported %d rosters, want 1", in.name, k, len(got))
		}
		x, soft := got[0], costs[0]
		if s := newState(m, x); s.hard != 0 || s.soft != soft {
			t.Fatalf("%s %d: roster hard %d soft %d, claimed %d", in.name, k, s.hard, s.soft, soft)
		}
		if !g.inexact && float64(soft) < bound-cgSlack(m) {
			t.Fatalf("%s %d: roster %d below the bound %.2f", in.name, k, soft, bound)
		}
		if in.name == "tiny" {
			if opt, ok := bruteOptimum(m); ok && soft < opt {
				t.Fatalf("%s %d: roster %d below the optimum %d", in.name, k, soft, opt)
			}
		}
		if len(mt.trail) != trail || !slices.Equal(mt.allow, allow) {
			t.Fatalf("%s %d: the dive left restrictions behind", in.name, k)
		}
		if v2, _, ok := g.converge(mt, math.Inf(1)); !ok || math.Abs(v2-value) > 1e-3*max(1, math.Abs(value)) {
			t.Fatalf("%s %d: root LP after the dive %.4f, before %.4f", in.name, k, v2, value)
		}
		for e := 0; e < m.E; e++ {
			g.pinRow(mt, e, x[e*m.D:(e+1)*m.D])
			if !g.rowFixed(mt, e) {
				t.Fatalf("%s %d: employee %d pinned whole but not fixed", in.name, k, e)
			}
		}
		if v, _, ok := g.converge(mt, math.Inf(1)); !ok || math.Abs(v-float64(soft)) > cgSlack(m) {
			t.Fatalf("%s %d: pinned master LP %.3f, roster %d", in.name, k, v, soft)
		}
		g.backtrack(mt, trail)
		tried++
		if soft < soft0 {
			better++
		}
		gapSum += (float64(soft) - bound) / max(1, math.Abs(bound))
	}
	t.Logf("%d problems: dive better than the start in %d, mean gap to the root bound %.1f%%", tried, better, 100*gapSum/float64(tried))
	if tried < 18 || better < tried/2 || gapSum/float64(tried) > 0.25 {
		t.Errorf("%d problems: dive better than the start in %d, mean gap %.1f%%", tried, better, 100*gapSum/float64(tried))
	}
}
