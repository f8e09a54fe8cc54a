package plan

import (
	"context"
	"math"
	"slices"
	"time"
)

// cgResult is the outcome of the column phase.
type cgResult struct {
	x     []uint8 // the dive's solution (nil if none)
	soft  int64
	bound int64 // proven lower bound on the objective, or math.MinInt64
}

// branch is one open decision of the depth-first search: cell i forced
// to value v first, then (second) forbidden to take it.
type branch struct {
	trail  int // trail length before the decision
	i      int
	v      uint8
	second bool
}

// search solves the root LP from the rows in x0 (the annealing's best, of
// cost incumbent) and then improves the incumbent by branch and price
// (see dfs.run) in stages: a dive to an integer solution; RINS, the
// neighbourhood where the cells in which the incumbent agrees with the root
// LP are fixed; on small problems the whole tree (an exhausted tree proves
// the incumbent optimal); then, until the time or budget is up, large
// neighbourhoods (hoods.go). Reduced-cost fixing (fixing.go) runs after
// each stage that improved the incumbent. found is called with each better
// integer solution.
func (g *colgen) search(x0 []uint8, incumbent int64, found func([]uint8, int64)) cgResult {
	m := g.m
	res := cgResult{bound: math.MinInt64}
	for e := 0; e < m.E; e++ {
		g.add(e, x0[e*m.D:(e+1)*m.D])
	}
	mt := g.newMaster()
	g.atRoot, g.lagBest = true, trivialBound(m)
	g.lagTrivial = g.lagBest
	_, bound, ok := g.converge(mt, math.Inf(1))
	g.atRoot = false
	if !ok {
		return res
	}
	if !g.inexact {
		// The fixed-point prices and the perturbed right-hand side round
		// the LP value a little: allow for it.
		res.bound = int64(math.Ceil(bound - cgSlack(m)))
		g.proved(res.bound)
		if incumbent <= res.bound {
			return res
		}
	}
	// Reduced-cost fixing by the root's duals, again whenever the
	// incumbent has improved; it may prove the incumbent optimal.
	rootY, fixedAt := slices.Clone(mt.lp.duals()), int64(math.MaxInt64)
	fix := func() bool {
		if incumbent < fixedAt {
			fixedAt = incumbent
			if _, optimal := g.fixCells(mt, rootY, bound, incumbent); optimal {
				res.bound = incumbent
				g.proved(res.bound)
			}
		}
		return incumbent <= res.bound
	}
	if fix() {
		return res
	}
	z := make([]float64, m.E*m.D*m.V)
	g.branchCell(mt, z)
	root := slices.Clone(z)
	best := slices.Clone(x0)
	improve := func(sol []uint8, soft int64) {
		incumbent = soft
		copy(best, sol)
		res.x, res.soft = sol, soft
		found(sol, soft)
	}
	d := &dfs{g: g, mt: mt, z: z, found: improve}
	// A first dive without pruning reaches an integer solution: by rows
	// (coldive.go), which takes at most one node per employee.
	d.found = func(sol []uint8, soft int64) {
		if soft < incumbent {
			improve(sol, soft)
		}
	}
	if g.onDive != nil {
		g.onDive(true)
	}
	d.stopped = g.columnDive(mt, d.found)
	if g.onDive != nil && !d.stopped {
		g.onDive(false)
	}
	if d.stopped || fix() {
		return res
	}
	// Then the dive by cells, which finds other rosters (Instance6: 1957
	// where the rows gave 2053), for at most cellDiveNodes per employee:
	// on larger masters it takes many more nodes (Instance8: not done 40 s
	// after the root) and the neighbourhoods below pay more.
	dived := int64(math.MaxInt64)
	if _, d.stopped = d.run(&dived, cellDiveNodes*m.E, true); d.stopped || fix() {
		return res
	}
	d.found = improve
	g.rins(d, best, root, &incumbent)
	if d.stopped || fix() {
		return res
	}
	if m.E*m.D <= treeCells {
		// Small problems: the whole tree may be searched to the end.
		if complete, stopped := d.run(&incumbent, treeNodes, false); stopped || complete {
			if complete && !g.inexact {
				res.bound = max(res.bound, incumbent) // the tree is exhausted
				g.proved(res.bound)
			}
			return res
		}
	}
	g.neighbourhoods(d, best, root, &incumbent, fix)
	return res
}

// rins searches the neighbourhood of the incumbent best where the cells in
// which it agrees with a root LP share of at least rinsShare are fixed, again and again
// while that finds better solutions.
func (g *colgen) rins(d *dfs, best []uint8, root []float64, incumbent *int64) {
	m, mt := g.m, d.mt
	for !d.stopped {
		before := *incumbent
		mark := len(mt.trail)
		for i, v := range best {
			if root[i*m.V+int(v)] >= rinsShare {
				g.pin(mt, i, v)
			}
		}
		_, d.stopped = d.run(incumbent, rinsNodes, false)
		g.backtrack(mt, mark)
		if *incumbent >= before {
			return
		}
	}
}

// rinsNodes limits the nodes of one neighbourhood search, treeNodes the
// search of the whole tree.
const (
	cellDiveNodes = 2 // per employee, see search
	rinsShare     = 0.5
	rinsNodes     = 60
	treeNodes     = 2000
	treeCells     = 400 // employees × days up to which the tree is searched
)

// dfs is a depth-first branch and price from the master's current
// restrictions.
type dfs struct {
	g     *colgen
	mt    *master
	z     []float64
	found func([]uint8, int64)
	// stopped is set when the time ran out in a neighbourhood search.
	stopped bool
}

// run searches below the current restrictions for solutions better than *inc: branch on the fractional cell closest to 1
// (force it first, forbid it later), re-solve by column generation after
// each decision, prune nodes whose LP value cannot beat *inc by 1. It
// returns complete when the subtree was exhausted and stopped when the time
// ran out; at most maxNodes nodes are visited. A dive stops at the first
// integral leaf, or after maxNodes nodes if maxNodes is positive. The restrictions are as before when
// it returns.
func (s *dfs) run(inc *int64, maxNodes int, dive bool) (complete, stopped bool) {
	g, mt, m := s.g, s.mt, s.g.m
	base := len(mt.trail)
	defer g.backtrack(mt, base)
	var stack []branch
	complete = true
	// Each node is solved to convergence, unless its bound shows early that
	// it can be pruned. (Stopping the pricing early made dives much worse:
	// the LP values of forced cells lack the columns that repair them.)
	cutoff := func() float64 { return float64(*inc) - 1 + cgSlack(m) }
	solve := func() (bound float64, ok bool) {
		_, bound, ok = g.converge(mt, cutoff())
		return bound, ok
	}
	bound, ok := solve()
	for nodes := 0; ; nodes++ {
		if !ok {
			return false, true
		}
		if nodes >= maxNodes && (!dive || maxNodes > 0) {
			return false, false
		}
		i, v, integral := g.branchCell(mt, s.z)
		prune := bound > cutoff()
		if !prune && integral {
			if sol, soft := g.integral(mt); sol != nil && soft < *inc {
				s.found(sol, soft)
			}
			if dive {
				return false, false
			}
			prune = true
		}
		if !prune && dive {
			// A dive first tries to fix all nearly decided cells in one
			// step; it keeps them if the LP value barely moves.
			mark, parent, n := len(mt.trail), mt.lp.objective(), 0
			for c, zv := range s.z {
				if zv >= diveBatch && zv < 1-1e-4 {
					g.restrict(mt, c/m.V, 1<<(c%m.V))
					n++
				}
			}
			if n > 1 {
				if bound, ok = solve(); !ok {
					continue
				}
				if mt.lp.objective()-parent <= diveBatchJump {
					stack = append(stack, branch{trail: mark, second: true})
					continue
				}
				g.backtrack(mt, mark)
				if bound, ok = solve(); !ok {
					continue
				}
				i, v, _ = g.branchCell(mt, s.z)
			} else {
				g.backtrack(mt, mark)
			}
		}
		if !prune {
			stack = append(stack, branch{trail: len(mt.trail), i: i, v: v})
			g.restrict(mt, i, 1<<v)
			parent := mt.lp.objective()
			if bound, ok = solve(); !ok {
				continue
			}
			if forced := mt.lp.objective(); forced-parent > diveJump {
				// Forcing the cell costs much: look at forbidding it and
				// go on with the cheaper child (the other is dropped, so
				// the tree is no longer complete).
				b := &stack[len(stack)-1]
				g.backtrack(mt, b.trail)
				g.restrict(mt, i, mt.allow[i]&^(1<<v))
				if bound, ok = solve(); !ok {
					continue
				}
				b.second = true
				if mt.lp.objective() > forced {
					g.backtrack(mt, b.trail)
					g.restrict(mt, i, 1<<v)
					bound, ok = solve()
				}
				complete = false
			}
			continue
		}
		// Backtrack to the nearest decision whose second branch is open.
		for len(stack) > 0 && stack[len(stack)-1].second {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			return complete, false
		}
		b := &stack[len(stack)-1]
		g.backtrack(mt, b.trail)
		b.second = true
		g.restrict(mt, b.i, mt.allow[b.i]&^(1<<b.v))
		bound, ok = solve()
	}
}

// diveBatch is the LP share from which a dive tries to fix cells together,
// diveBatchJump the LP increase up to which it keeps such a batch.
const (
	diveBatch     = 0.9
	diveBatchJump = 0.5
)

// diveJump is the LP increase from which a dive also looks at the other
// branch of a decision.
const diveJump = 2.0

// cgSlack is the rounding allowance on LP values (fixed-point prices and
// the perturbed right-hand side).
func cgSlack(m *model) float64 { return float64(m.E*m.D)/cgScale + 0.05 }

// branchCell returns the fractional cell (e*D+d, value) whose LP share is
// closest to 1, or integral true when every employee uses one pattern.
func (g *colgen) branchCell(mt *master, z []float64) (int, uint8, bool) {
	m := g.m
	x := mt.lp.values()
	clear(z)
	for j, e := range mt.colEmp {
		if e < 0 || x[j] <= 1e-9 {
			continue
		}
		for d, v := range g.pool[e][mt.colPat[j]].row {
			z[(e*m.D+d)*m.V+int(v)] += x[j]
		}
	}
	bi, bz := -1, 0.0
	for i, v := range z {
		if v > bz && v < 1-1e-4 && v > 1e-4 {
			bi, bz = i, v
		}
	}
	if bi < 0 {
		return 0, 0, true
	}
	return bi / m.V, uint8(bi % m.V), false
}

// integral reads the integer solution of an integral LP, or nil if it
// breaks a rule (which the columns never do) or uses a banned column.
func (g *colgen) integral(mt *master) ([]uint8, int64) {
	m := g.m
	x := mt.lp.values()
	sol := make([]uint8, m.E*m.D)
	for j, e := range mt.colEmp {
		if e >= 0 && x[j] > 0.5 {
			if mt.lp.cost[j] >= lpBig {
				return nil, 0
			}
			copy(sol[e*m.D:], g.pool[e][mt.colPat[j]].row)
		}
	}
	s := newState(m, sol)
	if s.hard != 0 {
		return nil, 0
	}
	return sol, s.soft
}

// columnPhase runs the column generation and search from the feasible
// solution x0 of cost soft0 until done, ctx ends, deadline passes or it has
// solved the master budget times (budget < 0: no limit).
func columnPhase(ctx context.Context, m *model, x0 []uint8, soft0 int64, deadline time.Time, budget int,
	found func([]uint8, int64)) cgResult {
	stop := func() bool {
		return ctx.Err() != nil || (!deadline.IsZero() && !time.Now().Before(deadline))
	}
	g := newColgen(m, stop)
	g.budget = budget
	return g.run(x0, soft0, found)
}

// run searches from x0 if the column generation applies to every row.
func (g *colgen) run(x0 []uint8, soft0 int64, found func([]uint8, int64)) cgResult {
	if !g.applicable() {
		return cgResult{bound: math.MinInt64}
	}
	return g.search(x0, soft0, found)
}
