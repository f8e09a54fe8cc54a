package house

import (
	"github.com/huisrooster/huisrooster/roster/plan"
)

// The dive's start basis.
//
// A node's master used to start from the artificial basis (every row
// covered by its big-M column) and the simplex took one to two hundred
// pivots to drive the artificials out before it could improve anything. A
// child's master differs from its parent's only in the columns the child
// forbids: the rows of the members it fixes that disagree with what it
// forces, and the empty row of a member it forces to work. So the child
// starts from the parent's last basis: the parent's basic columns the child
// allows are its own, and those it forbids are added at plan.LPBanCost,
// where the simplex drives them out as it drives out an artificial column.
// The basis is the parent's (the same columns, the same right-hand side),
// so it is primal feasible, and the child's column generation proceeds
// from the parent's solution instead of from nothing. Only the start
// differs: the node's value and bound are those of the same LP.

// Kinds of a basic column (diveBasisCol.kind).
const (
	basisArtificial = iota // row idx's artificial column
	basisFixed             // newMaster's idx-th column (missing, surplus, hours left)
	basisEmpty             // member mem's empty row
	basisRow               // member mem's row
)

// diveBasisCol says what a basic column of a node's master is, so a child's
// master can find (or add) the same column.
type diveBasisCol struct {
	kind     int
	idx, mem int
	row      []int
}

// masterShape is where newMaster put its columns in a node's master, and
// what every column added after them is.
type masterShape struct {
	fixed int                  // newMaster's columns before the empty rows
	empty map[int]int          // member: her empty row's column
	desc  map[int]diveBasisCol // column: what it is (the columns added after newMaster's)
}

// newMasterShape returns the shape of nb.newMaster() (nb: the node's
// build, its members' views).
func newMasterShape(nb *lpBuild) *masterShape {
	ms := &masterShape{fixed: 2*len(nb.segs) + len(nb.rhs) - nb.hrBase, empty: map[int]int{}, desc: map[int]diveBasisCol{}}
	j := ms.fixed
	for i := range nb.mem {
		if !nb.mem[i].noEmpty {
			ms.empty[i] = j
			j++
		}
	}
	return ms
}

// describe returns what the columns of basis (plan.LP.Basis) are.
func (ms *masterShape) describe(basis []int) []diveBasisCol {
	out := make([]diveBasisCol, len(basis))
	for r, c := range basis {
		switch {
		case c < 0:
			out[r] = diveBasisCol{kind: basisArtificial, idx: -1 - c}
		case c < ms.fixed:
			out[r] = diveBasisCol{kind: basisFixed, idx: c}
		default:
			if d, ok := ms.desc[c]; ok {
				out[r] = d
				continue
			}
			for mi, j := range ms.empty {
				if j == c {
					out[r] = diveBasisCol{kind: basisEmpty, mem: mi}
				}
			}
		}
	}
	return out
}

// startBasis makes the parent's basis the start of the child's master lp
// (shape ms, what the child forces, its rows by key in colOf, addCol adds
// one of the child's rows): the columns the child allows are found or
// added, the ones it forbids are added at plan.LPBanCost. It reports
// whether the basis was set; when not (it cannot fail in exact arithmetic,
// but a nearly singular basis is refused), the master starts from the
// artificial basis as before.
func (dv *diver) startBasis(lp *plan.LP, ms *masterShape, force [][]int, parent []diveBasisCol, colOf map[string]int, addCol func(mi int, row []int) int) bool {
	b := dv.b
	cols := make([]int, len(parent))
	for r, d := range parent {
		switch d.kind {
		case basisArtificial:
			cols[r] = -1 - d.idx
		case basisFixed:
			cols[r] = d.idx
		case basisEmpty:
			if j, ok := ms.empty[d.mem]; ok {
				cols[r] = j
				continue
			}
			cols[r] = lp.AddColumn(plan.LPBanCost, []int32{b.mem[d.mem].conv}, []float64{1})
			ms.desc[cols[r]] = d
		case basisRow:
			if !compatible(d.row, force[d.mem]) {
				rows, vs := b.column(&b.mem[d.mem], d.row)
				cols[r] = lp.AddColumn(plan.LPBanCost, rows, vs)
				ms.desc[cols[r]] = d
				continue
			}
			if j, ok := colOf[rowKey(d.mem, d.row)]; ok {
				cols[r] = j
				continue
			}
			cols[r] = addCol(d.mem, d.row)
		}
	}
	return lp.SetBasis(cols)
}

// masterBasis describes the last basis of the bound's master b.lp (nil:
// none), whose columns are newMaster's and then b.cols in order: the dive's
// root, the same LP over the same rows, starts from it.
func (b *lpBuild) masterBasis() []diveBasisCol {
	if b.lp == nil {
		return nil
	}
	ms := newMasterShape(b)
	for _, c := range b.cols {
		ms.desc[c.col] = diveBasisCol{kind: basisRow, mem: c.mem, row: c.row}
	}
	return ms.describe(b.lp.Basis())
}
