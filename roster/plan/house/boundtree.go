package house

import (
	"container/heap"
	"context"
	"math"
	"slices"
	"sync/atomic"
	"time"

	"github.com/huisrooster/huisrooster/roster/plan"
)

// A stronger proven bound by branching (session 11).
//
// The LP bound's rows cover the short demand fractionally: on the generated
// houses whose proposals stayed exactly 3.5 h above the bound, the LP keeps
// every day's 07:00–09:00 and 17:30–23:00 segments short by 1.4–2.9
// opvoeders, and its total is a fraction of a day's 7.5 h short where every
// roster is short by whole opvoeders. The bound tree branches on that:
//
// In every roster the planner may propose the missing opvoeders of a
// segment are a whole number (the segment's missing count now less the new
// shifts that hold it, at least 0), so for every set C of segments the sum
// N_C of their missing opvoeders is a whole number too. A node of the tree
// adds to the LP bound's master rows "N_C ≤ k" or "N_C ≥ k+1" for some sets
// C; its two children split every roster of the parent by N_C ≤ ⌊N_C*⌋ or
// ≥ ⌈N_C*⌉ where N_C* is the node's fractional value. The rows hold only the
// missing columns, so the row programme (the pricing) is unchanged: only
// the duals move, and the Lagrangian bound of a node is
//
//	L = Σ y·miss + Σ y·hours left + Σ z·k − Σ_members best row value at y
//
// with the missing columns' reduced cost kept ≥ 0 (0 ≤ y_s ≤ len_s − Σ z
// over the rows that hold s), the surplus columns' too (y_s ≥ 0), z ≤ 0 on
// "≤" rows and z ≥ 0 on "≥" rows: valid at any such duals, as the LP bound's.
//
// The sets tried, first the coarsest with a fractional sum (the most
// fractional, weighed by the length): all segments of one length (the objective is Σ_length length·N_length, so whole N_length
// are what the grain of 30 minutes cannot see); all segments of one clock
// span (07:00–09:00 on every day); one segment. The proven bound is the
// least bound over the open nodes (an unsolved child counts with its
// parent's bound), rounded up to the grain: valid whenever the tree stops,
// so also when time or cancel cut it short.

// boundTreeIterations is how many of Propose's MaxIterations buy one node
// of the bound tree under an iteration budget.
const boundTreeIterations = 100_000

// boundTreeNear is how far (person-minutes) above the root's bound a
// dive's leaf may lie for the tree to get its share of the dive's time at
// that leaf: the integrality gaps seen were 1.5-5.5 h; a leaf further
// above (212's first leaf: 94 h) needs the dive's search.
const boundTreeNear = 360

// boundTreeRounds caps the column generation rounds of one node.
const boundTreeRounds = 60

// btBranch is a branching row: Σ_{s in segs} missing_s ≤ k, or ≥ k when ge.
type btBranch struct {
	segs []int32
	k    float64
	ge   bool
}

// btNode is a node of the bound tree.
type btNode struct {
	br      []btBranch
	bound   float64 // the best proven Lagrangian bound (at least the parent's)
	val     float64 // the master's value
	missing []float64
	solved  bool
	// y are the master's last duals on the LP bound's rows (solved);
	// warm are the parent's, from which the node's master starts (nil:
	// from every row found).
	y, warm  []float64
	terminal bool // no set with a fractional sum: the tree cannot split it
	index    int  // in the heap
	// basis is the master's last basis (solved); start is the parent's,
	// from which the node's master starts (nil: the artificial basis; see
	// boundtree_basis.go).
	basis, start []btCol
}

// btHeap orders open nodes by bound (least first), then by creation.
type btHeap []*btNode

func (h btHeap) Len() int           { return len(h) }
func (h btHeap) Less(i, j int) bool { return h[i].bound < h[j].bound }
func (h btHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i]; h[i].index = i; h[j].index = j }
func (h *btHeap) Push(x any)        { n := x.(*btNode); n.index = len(*h); *h = append(*h, n) }
func (h *btHeap) Pop() any {
	old := *h
	n := old[len(old)-1]
	*h = old[:len(old)-1]
	return n
}

// boundTree is one best-first search over the LP bound's master.
type boundTree struct {
	b   *lpBuild
	ctx context.Context
	// by (zero: none) ends the current run.
	by      time.Time
	mem     []lpMember // the tree's own pricing state (last rows)
	pool    []lpCol    // rows found (col unused)
	poolKey map[string]bool
	cols    []diveCol   // the pool's master columns, by index (column)
	sets    [][][]int32 // the candidate sets, coarsest level first
	open    btHeap
	// nodes counts the node solves.
	nodes  int
	rounds int // column generation rounds of all nodes
	// warmStarts counts the nodes whose master started from the parent's
	// basis, pivots the simplex pivots of all nodes; cold turns the start
	// basis off (the reference in tests).
	warmStarts int
	pivots     int64
	cold       bool
	// inc (+Inf: none) is the value of an integer choice of rows (the
	// dive's best leaf): nodes whose bound reaches it are closed.
	inc float64
	// done: the least open node is terminal or the tree is empty.
	done  bool
	grain int // b's grain (0: not yet known)
	// published (nil: none) gets the proven bound after every step, for a
	// reader on another goroutine (Propose after the handover).
	published *atomic.Int64
	// halt (nil: none) ends a run when it returns true (tests).
	halt func() bool
	// until and budget are the dive's share of the tree (startTree).
	until  time.Time
	budget int
}

// newBoundTree returns a tree over b's rows (b solved: its columns are the
// pool) whose root holds the LP bound's proven value rootBound
// (person-minutes; −Inf: none); it stops when ctx ends.
func newBoundTree(ctx context.Context, b *lpBuild, rootBound float64) *boundTree {
	t := &boundTree{b: b, ctx: ctx, mem: slices.Clone(b.mem), poolKey: map[string]bool{}, inc: math.Inf(1)}
	for _, c := range b.cols {
		t.addPool(c.mem, c.row)
	}
	t.sets = b.branchSets()
	heap.Push(&t.open, &btNode{bound: rootBound, start: rootStart(b)})
	return t
}

// addPool adds member mi's row to the pool; it reports whether it was new.
func (t *boundTree) addPool(mi int, row []int) bool {
	k := rowKey(mi, row)
	if t.poolKey[k] {
		return false
	}
	t.poolKey[k] = true
	t.pool = append(t.pool, lpCol{mem: mi, col: -1, row: slices.Clone(row)})
	return true
}

// branchSets returns the candidate sets by level: segments by length, by
// clock span (and day or night), then every segment alone. Sets of one
// segment at a coarser level are left to the last level.
func (b *lpBuild) branchSets() [][][]int32 {
	type span struct {
		night      bool
		sh, sm, eh int
		em         int
	}
	byLen := map[int][]int32{}
	bySpan := map[span][]int32{}
	var lens []int
	var spans []span
	var single [][]int32
	for i, sg := range b.segs {
		l := int(math.Round(sg.mins))
		if _, ok := byLen[l]; !ok {
			lens = append(lens, l)
		}
		byLen[l] = append(byLen[l], int32(i))
		sp := span{sg.night, sg.s.Hour(), sg.s.Minute(), sg.e.Hour(), sg.e.Minute()}
		if _, ok := bySpan[sp]; !ok {
			spans = append(spans, sp)
		}
		bySpan[sp] = append(bySpan[sp], int32(i))
		single = append(single, []int32{int32(i)})
	}
	var l1, l2 [][]int32
	for _, l := range lens {
		if len(byLen[l]) > 1 {
			l1 = append(l1, byLen[l])
		}
	}
	for _, sp := range spans {
		if s := bySpan[sp]; len(s) > 1 && !slices.ContainsFunc(l1, func(c []int32) bool { return slices.Equal(c, s) }) {
			l2 = append(l2, s)
		}
	}
	return [][][]int32{l1, l2, single}
}

// proven returns the tree's proven bound (person-minutes, unrounded): the
// least bound over the open nodes, or the incumbent's value when that is
// less (−Inf: none).
func (t *boundTree) proven() float64 {
	v := t.inc
	if len(t.open) > 0 {
		v = min(v, t.open[0].bound)
	}
	return v
}

// provenRounded is proven rounded up to whole person-minutes and the grain
// (0 when nothing is proven).
func (t *boundTree) provenRounded() int {
	v := t.proven()
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0
	}
	return t.round(v)
}

// round rounds a proven bound v up to whole person-minutes and to the
// grain (a little below a whole minute counts as it, against rounding
// errors).
func (t *boundTree) round(v float64) int {
	if t.grain == 0 {
		t.grain = t.b.grain()
	}
	return roundUpTo(max(0, int(math.Ceil(v-1e-6*max(1, math.Abs(v))-1e-6))), t.grain)
}

// stop reports whether the current run must end: ctx ended, by passed or
// halt (nil: none; tests cut runs short at chosen points with it) says so.
func (t *boundTree) stop() bool {
	return t.ctx.Err() != nil || (!t.by.IsZero() && time.Now().After(t.by)) || (t.halt != nil && t.halt())
}

// run expands the least open node until the tree is done, ctx ends, by
// (zero: none) passes or the tree has solved maxNodes nodes in all (0: no
// limit). It returns the proven bound (rounded).
func (t *boundTree) run(by time.Time, maxNodes int) int {
	t.by = by
	for !t.done {
		if t.stop() || (maxNodes > 0 && t.nodes >= maxNodes) {
			break
		}
		ok := t.step()
		if t.published != nil {
			raiseTo(t.published, t.provenRounded())
		}
		if !ok {
			break
		}
	}
	return t.provenRounded()
}

// step solves or splits the least open node; it reports false when the
// tree is done or was cut short.
func (t *boundTree) step() bool {
	if len(t.open) == 0 {
		t.done = true
		return false
	}
	n := t.open[0]
	if n.bound >= t.inc-1e-6 {
		t.done = true // every open node reaches the incumbent: it is optimal
		return false
	}
	if !n.solved {
		ok := t.solve(n)
		// Also when cut short: the node's first rounds may have raised
		// its bound, and the proof reads the least bound at the heap's
		// top (a node left unsifted with a raised bound made a timed run
		// on house 1328 claim 393.5 h while its proposal left 390.5 h).
		heap.Fix(&t.open, n.index)
		return ok
	}
	set, sum := t.branchOn(n)
	if set == nil {
		n.terminal = true
		t.done = true
		return false
	}
	heap.Pop(&t.open)
	for _, ge := range []bool{false, true} {
		k := math.Floor(sum)
		if ge {
			k = math.Ceil(sum)
		}
		c := &btNode{br: append(slices.Clone(n.br), btBranch{segs: set, k: k, ge: ge}), bound: n.bound, warm: n.y, start: n.basis}
		heap.Push(&t.open, c)
	}
	return true
}

// branchOn returns the set of the coarsest level whose missing sum at n is
// fractional, furthest from a whole number times the length of its first
// segment (nil: none is fractional), and the sum. (Unweighed, 210 and 624
// needed about 75 nodes to reach 172.5 and 97.5 h; weighed, 40.)
func (t *boundTree) branchOn(n *btNode) ([]int32, float64) {
	for _, level := range t.sets {
		var best []int32
		bestF, bestSum := 1e-4, 0.0
		for _, set := range level {
			sum := 0.0
			for _, s := range set {
				sum += n.missing[s]
			}
			f := sum - math.Floor(sum)
			f = min(f, 1-f)
			if f > 1e-4 {
				// Weighed by the length of a segment of the set (one
				// length per set at the first level): the children's
				// bounds move by about that much per opvoeder.
				f *= t.b.segs[set[0]].mins
			}
			if f > bestF+1e-9 {
				best, bestF, bestSum = set, f, sum
			}
		}
		if best != nil {
			return best, bestSum
		}
	}
	return nil, 0
}

// solve runs the column generation at node n (its master: the LP bound's
// rows with n's branching rows, started from the pool); it reports false
// when stop cut it short (n keeps what it proved by then).
func (t *boundTree) solve(n *btNode) bool {
	t.nodes++
	b := t.b
	nb := *b
	nb.mem = t.mem
	nb.oneWorker = true
	nbr := len(b.rhs)
	rhs := slices.Clone(b.rhs)
	for _, br := range n.br {
		rhs = append(rhs, br.k)
	}
	// Which branching rows hold each segment.
	in := make([][]int32, len(b.segs))
	for r, br := range n.br {
		for _, s := range br.segs {
			in[s] = append(in[s], int32(nbr+r))
		}
	}
	lp := plan.NewLP(rhs)
	ms := &btShape{}
	miss := make([]int, len(b.segs))
	for i, sg := range b.segs {
		rows := append([]int32{int32(i)}, in[i]...)
		vals := make([]float64, len(rows))
		for k := range vals {
			vals[k] = 1
		}
		miss[i] = ms.add(lp, sg.mins, rows, vals, btCol{kind: btMiss, idx: i})
		ms.add(lp, 0, []int32{int32(i)}, []float64{-1}, btCol{kind: btSurplus, idx: i})
	}
	for r := b.hrBase; r < nbr; r++ {
		ms.add(lp, 0, []int32{int32(r)}, []float64{1}, btCol{kind: btHours, idx: r})
	}
	for i := range b.mem {
		ms.add(lp, 0, []int32{b.mem[i].conv}, []float64{1}, btCol{kind: btConv, idx: i})
	}
	for r, br := range n.br {
		v := 1.0
		if br.ge {
			v = -1
		}
		ms.add(lp, 0, []int32{int32(nbr + r)}, []float64{v}, btCol{kind: btSlack, idx: r})
	}
	have := map[string]int{}
	add := func(mi int, row []int) int {
		k := rowKey(mi, row)
		if j, ok := have[k]; ok {
			return j
		}
		rows, vs := b.column(&b.mem[mi], row)
		j := ms.add(lp, 0, rows, vs, btCol{kind: btRow, idx: mi, row: row})
		have[k] = j
		return j
	}
	for _, c := range t.start(n) {
		add(c.mem, c.row)
	}
	if n.start != nil && !t.cold && t.startBasis(lp, ms, n, nbr, add) {
		t.warmStarts++
	}
	defer func() { t.pivots += lp.Pivots() }()
	y := make([]float64, nbr)
	z := make([]float64, len(n.br))
	for round := 0; round < boundTreeRounds; round++ {
		if _, err := lp.Solve(20000); err != nil {
			break
		}
		t.rounds++
		d := lp.Duals()
		copy(y, d[:nbr])
		copy(z, d[nbr:])
		t.clamp(n, y, z)
		L, rowsOf, complete, exact := nb.lagrange(y, t.stop, 0)
		for r, br := range n.br {
			L += z[r] * br.k
		}
		if !complete {
			return false
		}
		if exact {
			// Every roster below n leaves a multiple of the grain
			// (lpgrain.go): the node's bound rounds up on its own.
			n.bound = max(n.bound, float64(t.round(L)))
		}
		added := 0
		offer := func(mi int, row []int) {
			if row == nil {
				return
			}
			if _, ok := have[rowKey(mi, row)]; ok {
				return
			}
			rows, vs := b.column(&b.mem[mi], row)
			rc := 0.0
			for k, r := range rows {
				rc -= d[r] * vs[k]
			}
			if rc < -1e-6 {
				add(mi, row)
				t.addPool(mi, row)
				added++
			}
		}
		for mi := range nb.mem {
			m := &nb.mem[mi]
			offer(mi, rowsOf[mi])
			for _, row := range m.extra {
				if m.wr.on && !nb.plainPhase && !nb.rowKeeps(m, row) {
					continue
				}
				offer(mi, row)
			}
			m.extra = nil
		}
		if added == 0 || lp.Objective()-n.bound < lpBoundTolerance {
			break
		}
		if t.stop() {
			return false
		}
	}
	n.val = lp.Objective()
	n.y = lp.Duals()[:nbr]
	n.basis = ms.describe(lp.Basis())
	n.missing = make([]float64, len(b.segs))
	for i, c := range miss {
		n.missing[i] = lp.Value(c)
	}
	n.solved = true
	return true
}

// boundTreeWarm is how many rows per member a child's master starts from:
// those of least reduced cost at its parent's last duals (as the dive's
// nodes, dive_warm.go); the column generation adds what the child needs.
// Model only, 40 nodes: 15 took twice the CPU of 40 (more rounds); 80 took
// 7-35 % less than 40 on 210 and 1323, the same on 624 and the small houses.
const boundTreeWarm = 80

// start returns the pool's rows n's master starts from: all of them at
// the root, else per member the boundTreeWarm of least reduced cost at the
// parent's duals (ties: pool order), in pool order.
func (t *boundTree) start(n *btNode) []lpCol {
	if n.warm == nil {
		return t.pool
	}
	mems := make([]int, len(t.pool))
	rcs := make([]float64, len(t.pool))
	for k, c := range t.pool {
		rows, vals := t.column(k)
		mems[k], rcs[k] = c.mem, reducedCost(n.warm, rows, vals)
	}
	chosen := cheapestPerMember(len(t.b.mem), mems, rcs, boundTreeWarm)
	out := make([]lpCol, len(chosen))
	for i, k := range chosen {
		out[i] = t.pool[k]
	}
	return out
}

// column returns the master column of the pool's k-th row, cached.
func (t *boundTree) column(k int) ([]int32, []float64) {
	for len(t.cols) <= k {
		t.cols = append(t.cols, diveCol{})
	}
	if t.cols[k].rows == nil {
		c := t.pool[k]
		rows, vals := t.b.column(&t.b.mem[c.mem], c.row)
		t.cols[k] = diveCol{rows, vals}
	}
	return t.cols[k].rows, t.cols[k].vals
}

// clamp moves the node's duals to where its Lagrangian bound is valid: z ≤
// 0 on "≤" rows, z ≥ 0 on "≥" rows (each at most what the missing columns
// of its segments leave), 0 ≤ y_s ≤ len_s − Σ z over the rows holding s,
// y ≤ 0 on the hours rows.
func (t *boundTree) clamp(n *btNode, y, z []float64) {
	b := t.b
	room := make([]float64, len(b.segs))
	for i, sg := range b.segs {
		room[i] = sg.mins
	}
	for r, br := range n.br {
		if !br.ge {
			z[r] = min(z[r], 0)
			for _, s := range br.segs {
				room[s] -= z[r]
			}
		}
	}
	for r, br := range n.br {
		if br.ge {
			z[r] = max(z[r], 0)
			for _, s := range br.segs {
				z[r] = min(z[r], room[s])
			}
			for _, s := range br.segs {
				room[s] -= z[r]
			}
		}
	}
	for i := range b.segs {
		y[i] = min(max(y[i], 0), room[i])
	}
	for r := b.hrBase; r < len(y); r++ {
		y[r] = min(y[r], 0)
	}
}

// startTree returns the bound tree over b's rows (b solved, root its
// proven bound) that the dive runs at its first leaf until by or for nodes
// node solves (dive.go), or nil when both are zero (no tree). It stops when
// ctx ends.
func (b *lpBuild) startTree(ctx context.Context, root int, by time.Time, nodes int) *boundTree {
	if (by.IsZero() && nodes == 0) || len(b.segs) == 0 || b.plainPhase {
		return nil
	}
	b.tree = newBoundTree(ctx, b, float64(root))
	b.tree.budget = nodes
	b.tree.until = by
	return b.tree
}
