package plan

// LP exposes the core's revised simplex (lp.go) to adapters that build their
// own linear relaxations, such as the house adapter's coverage bound: it
// solves
//
//	minimise c·x  subject to  A x = b,  x ≥ 0
//
// with columns added one by one (column generation). Every row starts with
// an artificial column of a very high cost, so the LP is always solvable;
// callers that want a proven bound should derive it from Duals with their
// own, exact argument (the right-hand side is perturbed by about 1e-6 per
// row against degeneracy, so Objective is not exact).
type LP struct{ l *lp }

// NewLP returns an LP with right-hand side b and no columns but the
// artificial ones.
func NewLP(b []float64) *LP { return &LP{l: newLP(b)} }

// AddColumn appends a column of cost with the given non-zero rows and
// values and returns its index; the current basis stays valid.
func (p *LP) AddColumn(cost float64, rows []int32, vals []float64) int {
	return p.l.addColumn(cost, rows, vals) - p.l.m
}

// Solve runs at most maxPivots simplex pivots from the current basis and
// reports whether the LP is optimal for its columns.
func (p *LP) Solve(maxPivots int) (bool, error) { return p.l.solve(maxPivots) }

// Objective returns c·x of the current basic solution.
func (p *LP) Objective() float64 { return p.l.objective() }

// Duals returns a copy of the duals y = c_B B⁻¹ of the current basis, one
// per row.
func (p *LP) Duals() []float64 { return append([]float64(nil), p.l.duals()...) }

// Value returns x of column j (an index AddColumn returned).
func (p *LP) Value(j int) float64 { return p.l.value(j + p.l.m) }

// LPBanCost is the cost from which a column never enters the basis: in a
// start basis (SetBasis) such a column is driven out as an artificial one
// is, so a basis that holds columns a caller no longer allows is still a
// feasible start.
const LPBanCost = lpBig

// Basis returns the current basis: per row its basic column, as the index
// AddColumn returned, or −1−i for row i's artificial column.
func (p *LP) Basis() []int {
	out := make([]int, p.l.m)
	for r, c := range p.l.basis {
		out[r] = c - p.l.m
		if c < p.l.m {
			out[r] = -1 - c
		}
	}
	return out
}

// SetBasis makes cols (one per row, as Basis returns them) the current
// basis and reports whether it did: it does when the columns exist, are
// distinct, and form a nonsingular basis whose solution is primal feasible
// (within 1e-9); otherwise the current basis stays. A solve from a basis
// close to the optimum (a parent's in a branch-and-price tree, with the
// columns the child forbids at LPBanCost) takes far fewer pivots than one
// from the artificial basis.
func (p *LP) SetBasis(cols []int) bool {
	l := p.l
	if len(cols) != l.m {
		return false
	}
	in := make([]int, len(cols))
	seen := make(map[int]bool, len(cols))
	for r, c := range cols {
		j := c + l.m
		if c < 0 {
			j = -1 - c
			if j >= l.m {
				return false
			}
		}
		if j >= len(l.cost) || seen[j] {
			return false
		}
		seen[j] = true
		in[r] = j
	}
	return l.setBasis(in)
}

// Pivots returns the number of simplex pivots so far (a deterministic
// measure of the LP's work).
func (p *LP) Pivots() int64 { return p.l.pivots }
