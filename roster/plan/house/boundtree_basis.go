package house

import (
	"github.com/huisrooster/huisrooster/roster/plan"
)

// The bound tree's start basis (as the dive's, dive_basis.go).
//
// A node's master is its parent's with one more branching row, "N_C ≤ k"
// or "N_C ≥ k+1" for the set C the parent's fractional N_C* was split on.
// Started from the artificial basis, the simplex spent three quarters of a
// node's time (model only, 610, 30 nodes: 76 % of 5.1 s of CPU in the
// simplex, 19 % in the pricing). So a child starts from its parent's last
// basis: the parent's basic columns (the same rows, the same right-hand
// side: their values are the parent's solution, primal feasible) and, for
// the new row, a column at plan.LPBanCost that takes the parent's excess
// over the new limit: −1 on a "≤" row (value N_C* − k > 0), +1 on a "≥"
// row (value k − N_C* > 0). The simplex drives that column out as it drives
// out an artificial one, from the parent's solution instead of from
// nothing. Only the start differs: the node's value and bound are those of
// the same LP, and the bound is the Lagrangian one at whatever duals the
// master ends with, valid at any.

// Kinds of a tree master's column (btCol.kind).
const (
	btArt     = iota // row idx's artificial column
	btMiss           // segment idx's missing column
	btSurplus        // segment idx's surplus column
	btHours          // row idx's hours-left slack
	btConv           // member idx's empty row
	btSlack          // branching row idx's slack
	btAbsorb         // branching row idx's start column (sign: ge)
	btRow            // member idx's row
)

// btCol says what a column of a tree node's master is, so that a child's
// master can find (or add) the same column.
type btCol struct {
	kind, idx int
	ge        bool  // btAbsorb: the row is a "≥" row
	row       []int // btRow
}

// btShape records what every column of a node's master is, in the order
// plan.LP.AddColumn numbered them.
type btShape struct {
	cols []btCol
}

// add adds a column to lp and records what it is; it returns its index.
func (ms *btShape) add(lp *plan.LP, cost float64, rows []int32, vals []float64, c btCol) int {
	j := lp.AddColumn(cost, rows, vals)
	for len(ms.cols) <= j {
		ms.cols = append(ms.cols, btCol{})
	}
	ms.cols[j] = c
	return j
}

// describe returns what the columns of basis (plan.LP.Basis) are.
func (ms *btShape) describe(basis []int) []btCol {
	out := make([]btCol, len(basis))
	for r, c := range basis {
		if c < 0 {
			out[r] = btCol{kind: btArt, idx: -1 - c}
			continue
		}
		out[r] = ms.cols[c]
	}
	return out
}

// startBasis makes n's parent's basis (n.start) plus a column for n's new
// branching row (the root: the LP bound's master's last basis) the start of
// n's master lp, whose fixed columns ms has
// recorded; rows of the parent's basis the master lacks are added with
// add. It reports whether the basis was set (a nearly singular or, by
// rounding, infeasible basis is refused: the master then starts from the
// artificial basis as before).
func (t *boundTree) startBasis(lp *plan.LP, ms *btShape, n *btNode, nbr int, add func(mi int, row []int) int) bool {
	nr := nbr + len(n.br)
	// A child has one row more than its parent; the root starts from the
	// LP bound's master, the same rows.
	root := len(n.br) == 0
	if root && len(n.start) != nr || !root && len(n.start) != nr-1 {
		return false
	}
	// The master's fixed columns by what they are.
	fixed := map[[2]int]int{}
	for j, c := range ms.cols {
		if c.kind != btRow {
			fixed[[2]int{c.kind, c.idx}] = j
		}
	}
	cols := make([]int, nr)
	for r, c := range n.start {
		switch c.kind {
		case btArt:
			cols[r] = -1 - c.idx
		case btRow:
			cols[r] = add(c.idx, c.row)
		case btAbsorb:
			cols[r] = ms.add(lp, plan.LPBanCost, []int32{int32(nbr + c.idx)}, []float64{absorbSign(c.ge)}, c)
		default:
			j, ok := fixed[[2]int{c.kind, c.idx}]
			if !ok {
				return false
			}
			cols[r] = j
		}
	}
	if root {
		return lp.SetBasis(cols)
	}
	last := len(n.br) - 1
	ge := n.br[last].ge
	cols[nr-1] = ms.add(lp, plan.LPBanCost, []int32{int32(nr - 1)}, []float64{absorbSign(ge)}, btCol{kind: btAbsorb, idx: last, ge: ge})
	return lp.SetBasis(cols)
}

// absorbSign is the coefficient of a branching row's start column: it
// takes the parent's excess over the row's limit.
func absorbSign(ge bool) float64 {
	if ge {
		return 1
	}
	return -1
}

// rootStart describes the last basis of the LP bound's master b.lp (nil:
// none) as columns of the tree's root master: the same rows, and
// newMaster's columns in the tree's order (per segment missing and
// surplus, then the hours left), the empty rows and the pool's rows.
func rootStart(b *lpBuild) []btCol {
	mb := b.masterBasis()
	if mb == nil {
		return nil
	}
	out := make([]btCol, len(mb))
	nseg := len(b.segs)
	for r, d := range mb {
		switch d.kind {
		case basisArtificial:
			out[r] = btCol{kind: btArt, idx: d.idx}
		case basisFixed:
			switch {
			case d.idx < 2*nseg && d.idx%2 == 0:
				out[r] = btCol{kind: btMiss, idx: d.idx / 2}
			case d.idx < 2*nseg:
				out[r] = btCol{kind: btSurplus, idx: d.idx / 2}
			default:
				out[r] = btCol{kind: btHours, idx: b.hrBase + d.idx - 2*nseg}
			}
		case basisEmpty:
			out[r] = btCol{kind: btConv, idx: d.mem}
		case basisRow:
			out[r] = btCol{kind: btRow, idx: d.mem, row: d.row}
		default:
			return nil
		}
	}
	return out
}
