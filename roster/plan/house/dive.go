package house

import (
	"context"
	"math"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// The dive: integer rows from the LP's columns (price and dive, with
// branch and price where there is time).
//
// A node of the search forces some of the members' days to one value each
// (a shift, or off). Its master LP holds the generated rows that agree with
// what the node forces, its pricing runs the LP bound's row programme over
// each member's days with the forced days reduced to their value, so every row
// priced at a node keeps the member's rules and the node's choices. The
// node's Lagrangian value (every member priced exactly) is a lower bound on
// every integer choice of rows below it; a node whose bound cannot beat the
// best integer choice so far is pruned.
//
// The dive fixes, at each node, the member whose row has the largest LP
// value (and every member whose row the LP already takes whole) to that
// row, solves the master again and prices again, until every member has
// one row. When fixing a row makes the LP worse by more than diveWorsen
// person-minutes, the member's other rows with LP value are tried too and
// the least bad goes first (heuristic mode). With discrepancies allowed,
// the other children are searched depth first after the first (limited
// discrepancy search, the limit raised pass by pass).
//
// In complete mode (small houses) the children partition the member's
// rows: the fixed row, or for its k-th free day another value with the
// days before it as in the row. A pass that prunes or explores every child
// exhausts the tree: its best integer choice is then the optimum of the
// row model; for the bound's rows (a relaxation of the engine) it is a
// proven lower bound on every roster the engine accepts.

// diveWorsen is how much (person-minutes) fixing a row may raise the LP
// value before the dive also tries the member's other rows.
const diveWorsen = 60

// diveDiscrepancies is the most discrepancies the proposal's dive allows.
const diveDiscrepancies = 2

// diveEnough is how close to the root's bound (person-minutes) a leaf of
// the dive under a time limit must come to end the dive at once: the
// issue's target, one hour per window.
const diveEnough = 60

// diveBatch is the batch (see diver.batch) of the proposal's dive under a
// time limit.
const diveBatch = 4

// diveExhaustCells is the most open cells a house may have for the
// complete search of the bound (LPBound).
const diveExhaustCells = 12

// diver is one run of the dive over the rows of b.
type diver struct {
	b        *lpBuild
	stop     func() bool
	complete bool // children partition the rows (exhaustive search)
	rounds   int  // column generation rounds per node
	// batch is how many parts of the members a heuristic node fixes at
	// once (0 or 1: the primary member alone; k > 1: 1/k of all members,
	// the free ones whose rows have the largest LP values), so a dive
	// under a short time limit reaches a leaf in about k levels.
	batch    int
	maxNodes int  // node evaluations allowed (0: no limit)
	nodes    int  // node evaluations so far
	out      bool // stopped: time, ctx or node budget
	cut      bool // a child was left out for the discrepancy limit
	inc      float64
	incRows  [][]int // per member the incumbent's row (original option indexes)
	cache    map[string]*diveNode
	pool     map[string]bool // generated rows (member and row): b.cols and extra
	extra    []lpCol         // rows the nodes generated (col unused)
	// admit (nil: none) returns the part of member mi's row the engine
	// accepts for her (see engineAdmit); the dive fixes that part.
	admit    func(mi int, row []int) []int
	admitted map[string][]int
	// quick: the first pass (no discrepancies) dives straight to a leaf
	// without solving the siblings to order them (under a time limit).
	quick bool
	// onLeaf (nil: none) is called when a leaf improves the incumbent
	// (for the measurements).
	onLeaf func()
	// warm (nil: none) are the duals of the node whose children are
	// solved next, and warmCols how many of her compatible rows per member
	// a child's master starts from (0: all; dive_warm.go).
	warm     []float64
	warmCols int
	// warmBasis (nil: none) is the last basis of the node whose duals are
	// warm: a child's master starts from it (dive_basis.go).
	warmBasis []diveBasisCol
	// rootBasis (nil: none) is the last basis of the bound's master
	// (b.lp): the root's master starts from it.
	rootBasis []diveBasisCol
	cols      map[string]diveCol // the pool's master columns, by rowKey
	// cgRounds counts the column generation rounds of all nodes (for the
	// measurements).
	cgRounds int
	// pivots counts the simplex pivots of all nodes' masters and
	// basisStarts the masters started from their parent's basis (for the
	// measurements).
	pivots      int64
	basisStarts int
	// trial: the node solved is a trial step of stepped, which rejects it
	// when its LP value exceeds trialAbove: its column generation stops
	// once its bound does.
	trial      bool
	trialAbove float64
	// pruned counts the nodes whose column generation stopped early
	// because their bound already cut them off (for the measurements).
	pruned int
	// treeRan: the bound tree had its share at a leaf (boundtree.go).
	treeRan bool
	// enough (0: none) ends the dive at a leaf that leaves at most this
	// many person-minutes more than the root's proven bound: under a time
	// limit the candidate is then handed over at once, and the improvement
	// phase has the rest of the time to close what is left.
	enough float64
}

// diveNode is a solved node.
type diveNode struct {
	force      [][]int // per member per day the forced option, -1 free (nil: all free)
	val        float64 // the master's value
	bound      float64 // the Lagrangian bound (-Inf: none proven)
	infeasible bool
	leaf       bool // every day of every member forced
	// partial: the column generation stopped when the bound showed the
	// node worse than its trial's limit (see stepped); val and the rows
	// are not the LP's optimum, and the node is not cached.
	partial bool
	best    []int     // per member the index in rows of her row of largest LP value (-1: none)
	bestX   []float64 // its value
	rows    [][][]int // per member the node's rows (original option indexes)
	xs      [][]float64
	y       []float64      // the master's last duals (for the children's warm start)
	basis   []diveBasisCol // the master's last basis (for the children's start basis)
}

// newDiver returns a dive over b's rows that stops when ctx ends, at
// deadline (zero: none) or after maxNodes node evaluations (0: none).
func newDiver(ctx context.Context, b *lpBuild, deadline time.Time, maxNodes int, complete bool) *diver {
	dv := &diver{b: b, complete: complete, maxNodes: maxNodes, inc: math.Inf(1),
		cache: map[string]*diveNode{}, pool: map[string]bool{}, admitted: map[string][]int{}}
	dv.stop = func() bool { return ctx.Err() != nil || (!deadline.IsZero() && time.Now().After(deadline)) }
	dv.rounds = 40
	dv.warmCols = diveWarmCols
	if complete {
		dv.rounds = 300
		dv.warmCols = 0 // the exhaustive bound's search starts every master from all rows
	}
	for _, c := range b.cols {
		dv.pool[rowKey(c.mem, c.row)] = true
	}
	dv.rootBasis = b.masterBasis()
	return dv
}

// rowKey identifies member mi's row.
func rowKey(mi int, row []int) string {
	buf := strconv.AppendInt(nil, int64(mi), 10)
	for _, o := range row {
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(o), 10)
	}
	return string(buf)
}

// forceKey identifies the choices of a node.
func forceKey(force [][]int) string {
	var buf []byte
	for mi, f := range force {
		if f != nil {
			buf = append(buf, rowKey(mi, f)...)
			buf = append(buf, ';')
		}
	}
	return string(buf)
}

// compatible reports whether row agrees with what f forces.
func compatible(row, f []int) bool {
	for d, o := range f {
		if o >= 0 && row[d] != o {
			return false
		}
	}
	return true
}

// view is member mi with the days f forces reduced to their value.
func (dv *diver) view(mi int, f []int) lpMember {
	m := dv.b.mem[mi]
	m.last = nil
	m.noEmpty = false
	if f == nil {
		return m
	}
	days := slices.Clone(m.days)
	for d, o := range f {
		if o >= 0 {
			days[d] = []lpOpt{m.days[d][o]}
			if o != 0 {
				m.noEmpty = true
			}
		}
	}
	m.days = days
	return m
}

// unview maps a row of a view back to the member's option indexes.
func unview(row, f []int) []int {
	out := slices.Clone(row)
	for d, o := range f {
		if o >= 0 {
			out[d] = o
		}
	}
	return out
}

// forcedAll reports whether f forces every day of member mi that has a
// choice.
func (dv *diver) forcedAll(mi int, f []int) bool {
	for d, opts := range dv.b.mem[mi].days {
		if len(opts) > 1 && (f == nil || f[d] < 0) {
			return false
		}
	}
	return true
}

// solve returns the node for force, solved (column generation at the node)
// or from the cache.
func (dv *diver) solve(force [][]int) *diveNode {
	key := forceKey(force)
	if n, ok := dv.cache[key]; ok {
		return n
	}
	if dv.stop() || (dv.maxNodes > 0 && dv.nodes >= dv.maxNodes) {
		dv.out = true
		return nil
	}
	dv.nodes++
	b := dv.b
	nb := *b
	nb.mem = make([]lpMember, len(b.mem))
	n := &diveNode{force: force, bound: math.Inf(-1), leaf: true}
	for i := range b.mem {
		nb.mem[i] = dv.view(i, force[i])
		if !dv.forcedAll(i, force[i]) {
			n.leaf = false
		}
	}
	lp := nb.newMaster()
	type ncol struct {
		mem, col int
		row      []int
	}
	var cols []ncol
	have := map[string]bool{}
	ms := newMasterShape(&nb)
	colOf := map[string]int{}
	addCol := func(mi int, row []int) int {
		rows, vs := b.column(&b.mem[mi], row)
		j := lp.AddColumn(0, rows, vs)
		cols = append(cols, ncol{mi, j, row})
		k := rowKey(mi, row)
		have[k] = true
		colOf[k] = j
		ms.desc[j] = diveBasisCol{kind: basisRow, mem: mi, row: row}
		return j
	}
	if dv.warm != nil && dv.warmCols > 0 {
		for _, c := range dv.warmStart(force) {
			addCol(c.mem, c.row)
		}
	} else {
		for _, pool := range [][]lpCol{b.cols, dv.extra} {
			for _, c := range pool {
				if compatible(c.row, force[c.mem]) && !have[rowKey(c.mem, c.row)] {
					addCol(c.mem, c.row)
				}
			}
		}
	}
	start := dv.warmBasis
	if dv.warm == nil {
		start = dv.rootBasis // the root: the bound's master's last basis
	}
	if start != nil {
		if dv.startBasis(lp, ms, force, start, colOf, addCol) {
			dv.basisStarts++
		}
	}
	y := make([]float64, len(b.rhs))
	// offer adds member i's row orig (original option indexes) to the
	// node's master and to the dive's pool when its reduced cost at y is
	// negative, or always; it reports whether it did.
	offer := func(i int, orig []int, always bool) bool {
		k := rowKey(i, orig)
		if have[k] {
			return false
		}
		rows, vs := b.column(&b.mem[i], orig)
		rc := 0.0
		for j, r := range rows {
			rc -= y[r] * vs[j]
		}
		if rc >= -1e-6 && !always {
			return false
		}
		addCol(i, orig)
		if !dv.pool[k] {
			dv.pool[k] = true
			dv.extra = append(dv.extra, lpCol{mem: i, col: -1, row: orig})
		}
		return true
	}
	solved := false
	for round := 0; round < dv.rounds; round++ {
		if _, err := lp.Solve(20000); err != nil {
			n.infeasible = true
			break
		}
		solved = true
		dv.cgRounds++
		copy(y, lp.Duals())
		nb.clamp(y)
		L := 0.0
		for i := range b.segs {
			L += y[i] * b.rhs[i]
		}
		for r := b.hrBase; r < len(y); r++ {
			L += y[r] * b.rhs[r]
		}
		added, exact := 0, true
		for i := range nb.mem {
			if dv.stop() {
				dv.out = true
				return nil // a node cut short proves nothing; the caller stops
			}
			m := &nb.mem[i]
			var v float64
			var row []int
			ok := true
			if nb.plainPhase || !m.wr.on {
				v, row, _ = nb.priceDP(m, y, false, nil)
			} else {
				v, row, ok = nb.priceWeekly(m, y, dv.stop, 0)
			}
			if math.IsInf(v, -1) {
				n.infeasible = true // no row of hers keeps the rules and the node
				break
			}
			if !ok {
				exact = false
			}
			L -= v
			if row == nil {
				continue
			}
			orig := unview(row, force[i])
			if have[rowKey(i, orig)] {
				continue // her best row is in the master: nothing of hers improves it
			}
			if offer(i, orig, dv.forcedAll(i, force[i])) {
				added++
			}
			// The pricing's next rows (lpbound_multi.go) that improve.
			for _, row := range m.extra {
				if m.wr.on && !nb.plainPhase && !nb.rowKeeps(m, row) {
					continue
				}
				offer(i, unview(row, force[i]), false)
			}
			m.extra = nil
		}
		if n.infeasible {
			break
		}
		if exact {
			n.bound = max(n.bound, L)
		}
		if added == 0 {
			break
		}
		if dv.trial && n.bound > dv.trialAbove {
			// A trial step (stepped) that its bound already rejects.
			n.partial = true
			break
		}
		if n.bound > dv.inc-dv.step() {
			// Nothing below beats the incumbent (visit prunes the node):
			// the rounds to the master's optimum would be wasted.
			dv.pruned++
			break
		}
		if round == dv.rounds-1 {
			if _, err := lp.Solve(20000); err != nil {
				n.infeasible = true
			}
		}
	}
	if !solved || n.infeasible {
		n.infeasible = true
		dv.cache[key] = n
		return n
	}
	n.val = lp.Objective()
	n.y = lp.Duals()
	n.basis = ms.describe(lp.Basis())
	dv.pivots += lp.Pivots()
	if n.val > dv.maxValue()+1 {
		n.infeasible = true // an artificial column is needed: no rows fit
	}
	n.best = make([]int, len(b.mem))
	n.bestX = make([]float64, len(b.mem))
	n.rows = make([][][]int, len(b.mem))
	n.xs = make([][]float64, len(b.mem))
	for i := range n.best {
		n.best[i] = -1
	}
	for _, c := range cols {
		x := lp.Value(c.col)
		if x <= 1e-7 {
			continue
		}
		n.rows[c.mem] = append(n.rows[c.mem], c.row)
		n.xs[c.mem] = append(n.xs[c.mem], x)
		if x > n.bestX[c.mem]+1e-9 {
			n.best[c.mem], n.bestX[c.mem] = len(n.rows[c.mem])-1, x
		}
	}
	if !n.partial {
		dv.cache[key] = n // a partial node is solved in full when it is visited
	}
	return n
}

// maxValue is the shortfall of the model with no new shift.
func (dv *diver) maxValue() float64 {
	v := 0.0
	for _, sg := range dv.b.segs {
		v += sg.miss * sg.mins
	}
	return v
}

// exact returns the model's shortfall of rows (one per member, original
// option indexes) computed from the segments.
func (dv *diver) exact(rows [][]int) float64 {
	b := dv.b
	cover := make([]float64, len(b.segs))
	for mi, row := range rows {
		for d, o := range row {
			for _, s := range b.mem[mi].days[d][o].segs {
				cover[s]++
			}
		}
	}
	v := 0.0
	for i, sg := range b.segs {
		v += sg.mins * max(0, sg.miss-cover[i])
	}
	return v
}

// leafRows returns the one row per member of a leaf node.
func (dv *diver) leafRows(n *diveNode) [][]int {
	out := make([][]int, len(n.best))
	for mi := range out {
		if n.best[mi] >= 0 {
			out[mi] = n.rows[mi][n.best[mi]]
			continue
		}
		// The empty row, with what the node forces (all off or locked).
		row := make([]int, len(dv.b.mem[mi].days))
		if f := n.force[mi]; f != nil {
			row = unview(row, f)
		}
		out[mi] = row
	}
	return out
}

// fix returns force with member mi forced to row.
func fix(force [][]int, mi int, row []int) [][]int {
	out := slices.Clone(force)
	out[mi] = slices.Clone(row)
	return out
}

// children returns the children of a solved inner node, the dive's first.
func (dv *diver) children(n *diveNode) [][][]int {
	return dv.childrenFixing(n, dv.batchWant())
}

// batchWant is how many members a heuristic node's main child fixes (see
// diver.batch; 0: the primary member and those the LP takes whole).
func (dv *diver) batchWant() int {
	if dv.complete || dv.batch <= 1 {
		return 0
	}
	return (len(dv.b.mem) + dv.batch - 1) / dv.batch
}

// childrenFixing returns the children of a solved inner node, the dive's
// first; in heuristic mode the first fixes the primary member, those the
// LP takes whole and the free members of largest LP value until want
// members are fixed.
func (dv *diver) childrenFixing(n *diveNode, want int) [][][]int {
	b := dv.b
	sel, selX, whole := dv.pickRows(n)
	primary := -1
	for mi := range b.mem {
		if dv.forcedAll(mi, n.force[mi]) || sel[mi] < 0 {
			continue
		}
		// A member whose row the engine admits whole goes before one
		// whose row it cuts; then the larger LP value.
		if primary < 0 || (whole[mi] && !whole[primary]) ||
			(whole[mi] == whole[primary] && selX[mi] > selX[primary]+1e-9) {
			primary = mi
		}
	}
	if primary < 0 {
		// The LP leaves every free member out: her empty row (kept by
		// the rules where the pricing found no better) is forced.
		for mi := range b.mem {
			if !dv.forcedAll(mi, n.force[mi]) {
				primary = mi
				break
			}
		}
		if primary < 0 {
			return nil
		}
		row := make([]int, len(b.mem[primary].days))
		if f := n.force[primary]; f != nil {
			row = unview(row, f)
		}
		return dv.partition(n.force, []int{primary}, [][]int{row})
	}
	fixed := []int{primary}
	fixedRows := [][]int{n.rows[primary][sel[primary]]}
	for mi := range b.mem {
		if mi != primary && !dv.forcedAll(mi, n.force[mi]) && sel[mi] >= 0 && whole[mi] && selX[mi] > 1-1e-6 {
			fixed = append(fixed, mi)
			fixedRows = append(fixedRows, n.rows[mi][sel[mi]])
		}
	}
	if !dv.complete && want > len(fixed) {
		fixed, fixedRows = dv.batchFix(n, fixed, fixedRows, want, sel, selX, whole)
	}
	if dv.complete {
		return dv.partition(n.force, fixed, fixedRows)
	}
	main := slices.Clone(n.force)
	for k, mi := range fixed {
		main[mi] = dv.admitRow(mi, fixedRows[k])
	}
	out := [][][]int{main}
	// The primary member's other rows with LP value, most valuable first.
	idx := make([]int, 0, len(n.rows[primary]))
	for k := range n.rows[primary] {
		if k != sel[primary] {
			idx = append(idx, k)
		}
	}
	sort.SliceStable(idx, func(a, c int) bool { return n.xs[primary][idx[a]] > n.xs[primary][idx[c]] })
	for _, k := range idx[:min(len(idx), 2)] {
		out = append(out, fix(n.force, primary, dv.admitRow(primary, n.rows[primary][k])))
	}
	return out
}

// pickRows returns per member the index in n.rows of the row a node's
// children fix her to (-1: none), its LP value and whether the engine
// admits it whole: her most valuable row that admit leaves as it is, else
// her most valuable row (admit cuts it). The bound's rows relax some of the
// engine's rules (dive.go, engineAdmit); a row the admission cuts loses
// shifts the LP counted on, and fixing it raised the LP by tens of hours
// on houses where the member's other rows, admitted whole, kept it level.
// Without admit (the complete search) every member's row is her most
// valuable.
func (dv *diver) pickRows(n *diveNode) ([]int, []float64, []bool) {
	sel := slices.Clone(n.best)
	selX := slices.Clone(n.bestX)
	whole := make([]bool, len(n.best))
	for mi := range whole {
		whole[mi] = true
	}
	if dv.admit == nil || dv.complete {
		return sel, selX, whole
	}
	for mi := range dv.b.mem {
		if n.best[mi] < 0 || dv.forcedAll(mi, n.force[mi]) {
			continue
		}
		idx := make([]int, len(n.rows[mi]))
		for k := range idx {
			idx[k] = k
		}
		sort.SliceStable(idx, func(a, c int) bool { return n.xs[mi][idx[a]] > n.xs[mi][idx[c]] })
		whole[mi] = false
		for _, k := range idx {
			if slices.Equal(dv.admitRow(mi, n.rows[mi][k]), n.rows[mi][k]) {
				sel[mi], selX[mi], whole[mi] = k, n.xs[mi][k], true
				break
			}
		}
	}
	return sel, selX, whole
}

// batchFix adds to fixed (the primary member and those the LP takes whole)
// the free members whose rows (sel, see pickRows) the engine admits whole,
// largest LP value first, until want members are fixed at this node.
func (dv *diver) batchFix(n *diveNode, fixed []int, fixedRows [][]int, want int, sel []int, selX []float64, whole []bool) ([]int, [][]int) {
	var free []int
	for mi := range dv.b.mem {
		if !dv.forcedAll(mi, n.force[mi]) && sel[mi] >= 0 && whole[mi] && !slices.Contains(fixed, mi) {
			free = append(free, mi)
		}
	}
	sort.SliceStable(free, func(a, c int) bool { return selX[free[a]] > selX[free[c]] })
	for _, mi := range free {
		if len(fixed) >= want {
			break
		}
		fixed = append(fixed, mi)
		fixedRows = append(fixedRows, n.rows[mi][sel[mi]])
	}
	return fixed, fixedRows
}

// admitRow returns the part of member mi's row that admit accepts (the
// row itself without admit), memoised.
func (dv *diver) admitRow(mi int, row []int) []int {
	if dv.admit == nil {
		return slices.Clone(row)
	}
	k := rowKey(mi, row)
	if r, ok := dv.admitted[k]; ok {
		return slices.Clone(r)
	}
	r := dv.admit(mi, row)
	dv.admitted[k] = r
	return slices.Clone(r)
}

// engineAdmit returns an admit function that judges a member's row with
// the engine (j: the house alone, the window and a week around it): while
// a new hard finding names her, her new shifts it implicates (its dates,
// else the days around it, else within a week) are taken out (the day
// off). Taking shifts out only lengthens rests and lowers hours, so the
// row still keeps the rules the pricing keeps. The rows the dive fixes are
// so the ones the engine accepts for her, also under the rules the bound's
// rows relax (the rest after a series of nights, ATW-WEEK, ATW-NIGHT, the
// exact weekly rest).
func (b *lpBuild) engineAdmit(j *judge) func(mi int, row []int) []int {
	return func(mi int, row []int) []int {
		row = slices.Clone(row)
		id := b.mem[mi].id
		for range len(row) + 1 {
			var props []roster.Assignment
			var days []int
			for d, o := range row {
				if opt := &b.mem[mi].days[d][o]; opt.typ >= 0 {
					props = append(props, roster.Assignment{Member: id, Date: b.w.From - 1 + roster.Date(d), Shift: b.types[opt.typ].Code})
					days = append(days, d)
				}
			}
			if len(props) == 0 {
				return row
			}
			hard, _ := j.fresh(j.check(props))
			var hers []rules.Finding
			for _, f := range hard {
				if slices.Contains(f.Members, id) {
					hers = append(hers, f)
				}
			}
			if len(hers) == 0 {
				return row
			}
			dropped := false
			for _, wide := range []bool{false, true} {
				for k, a := range props {
					if implicated(a, hers, wide) {
						row[days[k]] = 0
						dropped = true
					}
				}
				if dropped {
					break
				}
			}
			if !dropped {
				row[days[len(days)-1]] = 0 // nothing implicated: the last new shift goes
			}
		}
		return row
	}
}

// partition returns the children that split the rows of the members fixed
// (in order) by fixedRows: all of them as fixed first, then per free day
// (in order) every other value with the days before as fixed.
func (dv *diver) partition(force [][]int, fixed []int, fixedRows [][]int) [][][]int {
	main := slices.Clone(force)
	for k, mi := range fixed {
		main[mi] = slices.Clone(fixedRows[k])
	}
	out := [][][]int{main}
	cur := slices.Clone(force)
	for k, mi := range fixed {
		f := cur[mi]
		if f == nil {
			f = make([]int, len(fixedRows[k]))
			for d := range f {
				f[d] = -1
			}
		} else {
			f = slices.Clone(f)
		}
		for d, o := range fixedRows[k] {
			if f[d] >= 0 {
				continue
			}
			for o2 := range dv.b.mem[mi].days[d] {
				if o2 != o {
					g := slices.Clone(f)
					g[d] = o2
					out = append(out, fix(cur, mi, g))
				}
			}
			f[d] = o
		}
		cur[mi] = f
	}
	return out
}

// visit searches below force with disc discrepancies left.
func (dv *diver) visit(force [][]int, disc int) {
	n := dv.solve(force)
	if n == nil || n.infeasible {
		return
	}
	if n.bound > dv.inc-dv.step() {
		return // nothing below beats the incumbent
	}
	if n.leaf {
		rows := dv.leafRows(n)
		if v := dv.exact(rows); v < dv.inc-1e-6 {
			dv.inc, dv.incRows = v, rows
			if dv.onLeaf != nil {
				dv.onLeaf()
			}
			if t := dv.b.tree; t != nil {
				// The bound tree (boundtree.go) closes what the leaf's
				// value makes pointless, and at the first leaf near the
				// root's bound but not close enough it gets its share of
				// the time: a stronger proof may show the leaf is. (A leaf
				// far above it needs the dive's search, not a proof.)
				t.inc = min(t.inc, v)
				rb := float64(dv.rootBound())
				if !dv.treeRan && v <= rb+boundTreeNear && !(dv.enough > 0 && v <= rb+dv.enough) {
					dv.treeRan = true
					t.run(t.until, t.budget)
				}
			}
			if dv.enough > 0 && v <= float64(dv.rootBound())+dv.enough {
				dv.out = true // close enough to the proof: hand it over
			}
		}
		return
	}
	ch := dv.children(n)
	dv.warm, dv.warmBasis = n.y, n.basis
	if len(ch) > 0 && dv.batchWant() > 1 {
		ch[0] = dv.stepped(n, ch[0])
		if dv.out {
			return
		}
	}
	if !dv.complete && len(ch) > 1 && !(dv.quick && disc == 0) {
		// When the dive's own child makes the LP much worse, the least
		// bad of the others goes first.
		first := dv.solve(ch[0])
		if first == nil {
			return
		}
		if first.infeasible || first.val-n.val > diveWorsen {
			vals := make([]float64, len(ch))
			for k, c := range ch {
				s := dv.solve(c)
				if s == nil {
					return
				}
				vals[k] = s.val
				if s.infeasible {
					vals[k] = math.Inf(1)
				}
			}
			idx := []int{0, 1, 2}[:len(ch)]
			sort.SliceStable(idx, func(a, c int) bool { return vals[idx[a]] < vals[idx[c]] })
			sorted := make([][][]int, len(ch))
			for k, i := range idx {
				sorted[k] = ch[i]
			}
			ch = sorted
		}
	}
	for k, c := range ch {
		d := disc
		if k > 0 {
			if disc == 0 {
				dv.cut = true
				return
			}
			d = disc - 1
		}
		dv.warm, dv.warmBasis = n.y, n.basis
		dv.visit(c, d)
		if dv.out {
			return
		}
	}
}

// stepped returns the main child of the heuristic node n to dive into
// (first fixes the batch's members): first, or when fixing that many
// members at once makes the LP worse than n by more than diveWorsen, the
// main child that fixes half as many, and so on down to the primary member
// alone (with those the LP takes whole). It returns the first of them
// within diveWorsen of n, else the least bad (first when none is solved).
// Fixing a quarter of the members at once reaches a leaf in few nodes,
// but where their LP rows do not fit together it gives leaves far above
// the bound; the smaller step is then worth its extra node.
func (dv *diver) stepped(n *diveNode, first [][]int) [][]int {
	dv.warm, dv.warmBasis = n.y, n.basis
	best, bestVal := first, math.Inf(1)
	c, want := first, dv.batchWant()
	for {
		// While a smaller step is left, the column generation of this
		// one stops as soon as its bound rejects it.
		dv.trial, dv.trialAbove = want > 1, n.val+diveWorsen
		s := dv.solve(c)
		dv.trial = false
		if s == nil {
			return best
		}
		v := s.val
		if s.partial {
			v = s.bound // at least this; the node is solved in full if visited
		}
		if s.infeasible {
			v = math.Inf(1)
		}
		if v < bestVal {
			best, bestVal = c, v
		}
		if v-n.val <= diveWorsen || want <= 1 {
			return best
		}
		want /= 2
		ch := dv.childrenFixing(n, want)
		if len(ch) == 0 || forceKey(ch[0]) == forceKey(c) {
			return best
		}
		c = ch[0]
		dv.warm, dv.warmBasis = n.y, n.basis
	}
}

// step is how much better a node's bound must allow to be searched: a
// person-minute in heuristic mode, anything in complete mode (exact).
func (dv *diver) step() float64 {
	if dv.complete {
		return 1e-6
	}
	return 1 - 1e-6
}

// run searches with 0, 1, … discrepancies (at most maxDisc) until the tree
// is exhausted or the dive stops. It returns whether the tree was
// exhausted (the incumbent, if any, is then the model's optimum).
func (dv *diver) run(maxDisc int) bool {
	root := make([][]int, len(dv.b.mem))
	for disc := 0; disc <= maxDisc; disc++ {
		dv.cut = false
		dv.visit(root, disc)
		if dv.out {
			return false
		}
		if !dv.cut {
			return true
		}
	}
	return false
}

// rootBound returns the root node's Lagrangian bound rounded up to whole
// person-minutes and to the grain (lpgrain.go) (0 when the root was not solved: the bound is then the
// column generation's own), or the bound tree's proven bound when that is
// higher (boundtree.go).
func (dv *diver) rootBound() int {
	tree := 0
	if dv.b.tree != nil {
		tree = dv.b.tree.provenRounded()
	}
	n := dv.cache[forceKey(make([][]int, len(dv.b.mem)))]
	if n == nil || n.infeasible || math.IsInf(n.bound, -1) {
		return tree
	}
	return max(tree, roundUpTo(max(0, int(math.Ceil(n.bound-1e-6*max(1, math.Abs(n.bound))-1e-6))), dv.b.grain()))
}

// assignments returns the new shifts of rows (one per member); a night
// shift on a night that the rows before already cover is left out (two
// night covers are a new warning; leaving a shift out only lengthens rests
// and lowers hours).
func (b *lpBuild) assignments(rows [][]int) []roster.Assignment {
	miss := make([]float64, len(b.segs))
	for i, sg := range b.segs {
		miss[i] = sg.miss
	}
	var out []roster.Assignment
	for mi, row := range rows {
		for d, o := range row {
			opt := &b.mem[mi].days[d][o]
			if opt.typ < 0 {
				continue
			}
			double := false
			for _, s := range opt.segs {
				double = double || (b.segs[s].night && miss[s] < 1-1e-9)
			}
			if double {
				continue
			}
			for _, s := range opt.segs {
				miss[s]--
			}
			out = append(out, roster.Assignment{Member: b.mem[mi].id, Date: b.w.From - 1 + roster.Date(d), Shift: b.types[opt.typ].Code})
		}
	}
	return out
}

// modelValue is the model's shortfall (person-minutes of the segments)
// with the new shifts props.
func (b *lpBuild) modelValue(props []roster.Assignment) float64 {
	cover := make([]float64, len(b.segs))
	byID := map[int]int{}
	for mi := range b.mem {
		byID[b.mem[mi].id] = mi
	}
	for _, a := range props {
		mi, ok := byID[a.Member]
		d := int(a.Date - (b.w.From - 1))
		if !ok || d < 0 || d >= len(b.mem[mi].days) {
			continue
		}
		for _, o := range b.mem[mi].days[d] {
			if o.typ >= 0 && b.types[o.typ].Code == a.Shift {
				for _, s := range o.segs {
					cover[s]++
				}
				break
			}
		}
	}
	v := 0.0
	for i, sg := range b.segs {
		v += sg.mins * max(0, sg.miss-cover[i])
	}
	return v
}

// openCells counts the members' days with a choice.
func (b *lpBuild) openCells() int {
	n := 0
	for mi := range b.mem {
		for _, opts := range b.mem[mi].days {
			if len(opts) > 1 {
				n++
			}
		}
	}
	return n
}

// exhaustBound searches the bound's rows exhaustively on a small house
// (at most diveExhaustCells open cells) and returns the optimum of the row
// model, a proven lower bound on the shortfall of every roster the engine
// accepts, or -1 when the house is larger or the search did not finish.
func (b *lpBuild) exhaustBound(ctx context.Context, deadline time.Time) int {
	if b.openCells() > diveExhaustCells || b.plainPhase {
		return -1
	}
	dv := newDiver(ctx, b, deadline, 5000, true)
	if !dv.run(math.MaxInt32) || math.IsInf(dv.inc, 1) {
		return -1
	}
	return max(0, int(math.Ceil(dv.inc-1e-6)))
}
