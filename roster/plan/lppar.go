package plan

import "sync"

// The rank-one updates of the simplex (a pivot's update of the basis
// inverse, a refactorisation's elimination step) on two goroutines. On
// Instance12's dive by rows the inverse of its 340-row masters is nearly
// dense (about 300 nonzeros in a pivot row, 330 rows to update), so a pivot
// is about 10⁵ multiply-adds and the pivots were two thirds of the dive's
// CPU; meanwhile the second core idles, since the pricing is the only
// part of the column stage that used both. Each row is updated by the same
// arithmetic whichever goroutine does it, so the pivot path and every
// value are exactly those of one goroutine.

// lpParWork is the least number of multiply-adds (rows to update × nonzeros
// of the pivot row) for which an update is split over two goroutines: below
// it starting the second one costs more than it saves.
const lpParWork = 1 << 14

// eliminate subtracts, from every row r ≠ skip of the n×n row-major matrix
// a (row length n) with f = col[r] ≠ 0, f times prow over prow's nonzeros nz.
func (l *lp) eliminate(a []float64, n int, col []float64, skip int, prow []float64, nz []int32) {
	rows := 0
	for r, f := range col {
		if f != 0 && r != skip {
			rows++
		}
	}
	upd := func(lo, hi int) {
		for r := lo; r < hi; r++ {
			f := col[r]
			if r == skip || f == 0 {
				continue
			}
			row := a[r*n : r*n+n]
			for _, i := range nz {
				row[i] -= f * prow[i]
			}
		}
	}
	if l.serial || rows*len(nz) < lpParWork {
		upd(0, len(col))
		return
	}
	l.splits++
	mid := splitRows(col, skip, rows)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		upd(mid, len(col))
	}()
	upd(0, mid)
	wg.Wait()
}

// eliminateCol is the elimination step of refactor: every row r ≠ p of
// a (rows of length w) with f = a[r*w+c] ≠ 0 loses f times prow over its
// nonzeros nz. It reads column c before it changes any row.
func (l *lp) eliminateCol(a []float64, w, c, p int, prow []float64, nz []int32) {
	m := l.m
	if cap(l.fcol) < m {
		l.fcol = make([]float64, m)
	}
	f := l.fcol[:m]
	for r := range f {
		f[r] = a[r*w+c]
	}
	l.eliminate(a, w, f, p, prow, nz)
}

// splitRows returns the row before which about half of the rows to update
// (col[r] ≠ 0, r ≠ skip; rows of them in all) lie.
func splitRows(col []float64, skip, rows int) int {
	half, seen := rows/2, 0
	for r, f := range col {
		if f != 0 && r != skip {
			seen++
			if seen > half {
				return r
			}
		}
	}
	return len(col)
}
