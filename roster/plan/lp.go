package plan

import (
	"errors"
	"math"
	"slices"
)

// lp is a small dense revised simplex for
//
//	minimise c·x  subject to  A x = b,  x ≥ 0,
//
// with sparse 0/±1-style columns added one by one (column generation). Every
// row gets an artificial column of cost lpBig, so the identity is always a
// feasible start basis (the big-M method); a solution with an artificial
// above zero means the columns cannot satisfy the rows. The basis inverse is
// kept explicitly (rows are at most a few hundred) and recomputed from the
// columns every lpRefactor pivots to keep rounding errors small.
type lp struct {
	m    int
	b    []float64
	cost []float64
	// Column j holds idx[start[j]:start[j+1]] with values val[...].
	start []int
	idx   []int32
	val   []float64

	basis []int     // [row]: basic column
	inB   []bool    // [column]
	binv  []float64 // [k*m+i]: the basis inverse, row k
	xB    []float64 // [row]: value of the basic column
	y     []float64 // duals
	d     []float64 // scratch: B⁻¹ a_j
	nz    []int32   // scratch: nonzero positions of a row
	fa    []float64 // scratch: [B | I] of refactor
	fcol  []float64 // scratch: the column eliminated in a refactor step
	// serial keeps every update on the calling goroutine (lppar.go; the
	// reference in tests); splits counts the updates split over two.
	serial bool
	splits int64
	since  int // pivots since the last refactorisation
	scan   int // where partial pricing goes on
	// Pivots counts all pivots (a deterministic work measure).
	pivots int64
	// pause, if set, is called every lpPauseEvery pivots; it may block (the
	// column stage is paused there) and returns true when the solve must
	// stop.
	pause func() bool
}

// lpPauseEvery is how often (in pivots) solve calls pause.
const lpPauseEvery = 64

const (
	lpBig   = 1e7  // cost of an artificial column
	lpEps   = 1e-9 // pivot tolerance
	lpRCEps = 1e-7 // reduced cost tolerance
	// lpRefactor is the least number of pivots between refactorisations
	// (see refactorEvery).
	lpRefactor = 100
	lpPerturb  = 1e-6 // size of the right-hand side perturbation
)

var errLPUnbounded = errors.New("lp: onbegrensd / unbounded")

// newLP makes an LP with right-hand side b and its artificial columns
// 0..m-1 (column i is +e_i, or −e_i when b[i] < 0, so the start basis is
// feasible).
func newLP(b []float64) *lp {
	m := len(b)
	// Perturb the right-hand side a little (deterministically), so that no
	// basis is degenerate: set-partitioning masters are very degenerate and
	// the simplex would stall for thousands of pivots.
	pb := make([]float64, m)
	h := uint64(0x9e3779b97f4a7c15)
	for i, v := range b {
		h = h*6364136223846793005 + 1442695040888963407
		eps := lpPerturb * (1 + float64(h>>40)/float64(1<<24))
		pb[i] = v + eps
		if v < 0 {
			pb[i] = v - eps
		}
	}
	b = pb
	l := &lp{m: m, b: pb, start: []int{0},
		basis: make([]int, m), binv: make([]float64, m*m), xB: make([]float64, m),
		y: make([]float64, m), d: make([]float64, m)}
	for i := 0; i < m; i++ {
		s := 1.0
		if b[i] < 0 {
			s = -1
		}
		l.addColumn(lpBig, []int32{int32(i)}, []float64{s})
		l.basis[i] = i
		l.inB[i] = true
		l.binv[i*m+i] = s
		l.xB[i] = math.Abs(b[i])
	}
	return l
}

// addColumn appends a column and returns its index; it starts non-basic
// at zero, so the current basis stays valid.
func (l *lp) addColumn(cost float64, rows []int32, vals []float64) int {
	l.cost = append(l.cost, cost)
	l.idx = append(l.idx, rows...)
	l.val = append(l.val, vals...)
	l.start = append(l.start, len(l.idx))
	l.inB = append(l.inB, false)
	return len(l.cost) - 1
}

// columns returns the number of columns (artificials included).
func (l *lp) columns() int { return len(l.cost) }

// value returns x_j of the current basic solution.
func (l *lp) value(j int) float64 {
	if !l.inB[j] {
		return 0
	}
	for r, c := range l.basis {
		if c == j {
			return l.xB[r]
		}
	}
	return 0
}

// values returns x for all columns.
func (l *lp) values() []float64 {
	x := make([]float64, len(l.cost))
	for r, c := range l.basis {
		x[c] = max(l.xB[r], 0)
	}
	return x
}

// objective returns c·x of the current basic solution.
func (l *lp) objective() float64 {
	var z float64
	for r, c := range l.basis {
		z += l.cost[c] * l.xB[r]
	}
	return z
}

// duals computes y = c_B B⁻¹ into l.y and returns it.
func (l *lp) duals() []float64 {
	m := l.m
	clear(l.y)
	for k, c := range l.basis {
		cb := l.cost[c]
		if cb == 0 {
			continue
		}
		row := l.binv[k*m : (k+1)*m]
		for i, v := range row {
			l.y[i] += cb * v
		}
	}
	return l.y
}

// reducedCost is c_j − y·a_j for the duals in l.y.
func (l *lp) reducedCost(j int) float64 {
	rc := l.cost[j]
	for k := l.start[j]; k < l.start[j+1]; k++ {
		rc -= l.y[l.idx[k]] * l.val[k]
	}
	return rc
}

// solve runs primal simplex pivots from the current basis until no column
// of cost below lpBig has a negative reduced cost (or maxPivots is reached; then it returns
// false). Dantzig's rule picks the entering column; after a run of
// degenerate pivots it switches to Bland's rule, which cannot cycle.
func (l *lp) solve(maxPivots int) (bool, error) {
	degenerate := 0
	// The duals are computed afresh (m² work) at the start and after each
	// refactorisation, and updated by pivot in between (m work): on
	// Instance12's root the fresh duals at every pivot were a sixth of the
	// simplex's time.
	l.duals()
	for n := 0; n < maxPivots; n++ {
		if l.pause != nil && n%lpPauseEvery == lpPauseEvery-1 && l.pause() {
			return false, nil
		}
		if l.since == 0 {
			l.duals()
		}
		bland := degenerate > 50
		var enter int
		if bland {
			enter = l.entering(0, len(l.cost), true)
		} else {
			enter = l.partialEntering()
		}
		if enter < 0 {
			return true, nil
		}
		leave := l.ratio(enter, bland)
		if leave < 0 {
			return false, errLPUnbounded
		}
		if l.xB[leave] < lpEps {
			degenerate++
		} else {
			degenerate = 0
		}
		l.pivot(enter, leave)
	}
	return false, nil
}

// lpChunk is the least number of columns partial pricing looks at before
// it picks an entering column.
const lpChunk = 2000

// partialEntering returns the column of most negative reduced cost in the
// first chunk that has one (chunks of lpChunk columns or an eighth of all,
// cyclically from where the last search stopped), or −1 if no column has.
func (l *lp) partialEntering() int {
	n := len(l.cost)
	size := max(lpChunk, n/8)
	for scanned := 0; scanned < n; {
		from := l.scan % n
		to := min(from+size, n)
		l.scan = to % n
		scanned += to - from
		if e := l.entering(from, to, false); e >= 0 {
			return e
		}
	}
	return -1
}

// entering returns the column in [from, to) of most negative reduced cost
// (under Bland's rule the first with a negative one), or −1.
func (l *lp) entering(from, to int, bland bool) int {
	enter, best := -1, -lpRCEps
	for j := from; j < to; j++ {
		// Columns of cost lpBig or more (the artificials, and columns a
		// branch has banned) never enter: they only serve as a start or
		// until the simplex has driven them out.
		if l.inB[j] || l.cost[j] >= lpBig {
			continue
		}
		if rc := l.reducedCost(j); rc < best {
			enter, best = j, rc
			if bland {
				break
			}
		}
	}
	return enter
}

// ratio computes d = B⁻¹ a_enter and returns the leaving row (−1 if
// unbounded): the smallest ratio x_B/d over d > 0, ties to the larger d
// (or, under Bland's rule, to the lowest column index).
func (l *lp) ratio(enter int, bland bool) int {
	m := l.m
	clear(l.d)
	for k := l.start[enter]; k < l.start[enter+1]; k++ {
		i, a := int(l.idx[k]), l.val[k]
		for r := 0; r < m; r++ {
			l.d[r] += l.binv[r*m+i] * a
		}
	}
	leave := -1
	var bestT float64
	for r := 0; r < m; r++ {
		dr := l.d[r]
		if dr <= lpEps {
			continue
		}
		t := max(l.xB[r], 0) / dr
		switch {
		case leave < 0 || t < bestT-1e-12:
			leave, bestT = r, t
		case t <= bestT+1e-12:
			if bland {
				if l.basis[r] < l.basis[leave] {
					leave = r
				}
			} else if dr > l.d[leave] {
				leave = r
			}
		}
	}
	return leave
}

// pivot brings column enter into the basis in row leave; l.d must hold
// B⁻¹ a_enter and l.y the duals of the current basis, which it updates:
// y' = y + rc_enter · (row leave of the new B⁻¹).
func (l *lp) pivot(enter, leave int) {
	m := l.m
	rc := l.reducedCost(enter)
	dl := l.d[leave]
	t := max(l.xB[leave], 0) / dl
	for r := 0; r < m; r++ {
		if r != leave {
			l.xB[r] -= t * l.d[r]
		}
	}
	l.xB[leave] = t
	prow := l.binv[leave*m : (leave+1)*m]
	// The pivot row of the inverse is sparse as a rule: update the other
	// rows over its nonzeros only.
	nz := l.nz[:0]
	for i := range prow {
		if prow[i] != 0 {
			prow[i] /= dl
			nz = append(nz, int32(i))
		}
	}
	l.nz = nz
	for _, i := range nz {
		l.y[i] += rc * prow[i]
	}
	l.eliminate(l.binv, m, l.d, leave, prow, nz)
	l.inB[l.basis[leave]] = false
	l.inB[enter] = true
	l.basis[leave] = enter
	l.pivots++
	l.since++
	if l.since >= l.refactorEvery() {
		l.refactor()
	}
}

// refactorEvery is the number of pivots between refactorisations:
// lpRefactor, and on masters of 2·lpRefactor rows or more (the Curtois
// instances' 140–2 500, not the house's up to about 120) m, since there a
// refactorisation costs about as much as m updates (every 100 pivots it
// took half of the simplex's time on Instance12's root, 340 rows). Small
// LPs keep their pivot path (the house dive's is sensitive to it).
func (l *lp) refactorEvery() int {
	if l.m >= 2*lpRefactor {
		return l.m
	}
	return lpRefactor
}

// setBasis makes cols (one per row) the basis if it is nonsingular and
// primal feasible; otherwise it keeps the current basis and returns false.
func (l *lp) setBasis(cols []int) bool {
	if len(cols) != l.m {
		return false
	}
	old := slices.Clone(l.basis)
	oldInv, oldX := slices.Clone(l.binv), slices.Clone(l.xB)
	for _, c := range l.basis {
		l.inB[c] = false
	}
	copy(l.basis, cols)
	for _, c := range cols {
		l.inB[c] = true
	}
	ok := l.refactor()
	for _, v := range l.xB {
		if v < -1e-9 {
			ok = false
		}
	}
	if !ok {
		for _, c := range l.basis {
			l.inB[c] = false
		}
		copy(l.basis, old)
		for _, c := range old {
			l.inB[c] = true
		}
		l.binv, l.xB = oldInv, oldX
	}
	return ok
}

// refactor recomputes B⁻¹ and x_B from the basic columns by Gauss–Jordan
// elimination with partial pivoting. A numerically singular basis is left
// as it was (false).
//
// The master's bases are mostly unit columns (coverage slacks and
// artificials) beside a few pattern columns: the unit columns are
// eliminated first, which costs nothing (no other row has an entry in
// them yet), and rows are not swapped but remembered, so the elimination
// of the pattern columns runs over sparse rows. Before, the columns went in
// basis order and the refactorisation took half of the root LP's time on
// Instance12 (340 rows).
func (l *lp) refactor() bool {
	m := l.m
	if len(l.fa) != m*2*m {
		l.fa = make([]float64, m*2*m)
	}
	a := l.fa // [B | I]
	clear(a)
	w := 2 * m
	for r, c := range l.basis {
		for k := l.start[c]; k < l.start[c+1]; k++ {
			a[int(l.idx[k])*w+r] = l.val[k]
		}
	}
	for i := 0; i < m; i++ {
		a[i*w+m+i] = 1
	}
	// Unit columns first, then the others by their number of entries.
	order := make([]int, m)
	for r := range order {
		order[r] = r
	}
	slices.SortStableFunc(order, func(x, y int) int {
		cx, cy := l.basis[x], l.basis[y]
		return (l.start[cx+1] - l.start[cx]) - (l.start[cy+1] - l.start[cy])
	})
	pivRow := make([]int, m) // [basis position]: the row it was pivoted in
	used := make([]bool, m)
	nz := l.nz[:0]
	for _, col := range order {
		p := -1
		for r := 0; r < m; r++ {
			if !used[r] && (p < 0 || math.Abs(a[r*w+col]) > math.Abs(a[p*w+col])) {
				p = r
			}
		}
		if p < 0 || math.Abs(a[p*w+col]) < 1e-12 {
			l.nz = nz
			return false
		}
		used[p] = true
		pivRow[col] = p
		piv := a[p*w+col]
		// Eliminate over the pivot row's nonzeros only.
		nz = nz[:0]
		prow := a[p*w : (p+1)*w]
		for k := 0; k < w; k++ {
			if prow[k] != 0 {
				prow[k] /= piv
				nz = append(nz, int32(k))
			}
		}
		l.eliminateCol(a, w, col, p, prow, nz)
	}
	l.nz = nz
	// Row pivRow[r] of a is [e_r | row r of B⁻¹] (basis position r).
	for r := 0; r < m; r++ {
		p := pivRow[r]
		copy(l.binv[r*m:(r+1)*m], a[p*w+m:(p+1)*w])
	}
	for r := 0; r < m; r++ {
		var v float64
		row := l.binv[r*m : (r+1)*m]
		for i, bi := range l.b {
			v += row[i] * bi
		}
		l.xB[r] = v
	}
	l.since = 0
	return true
}
