package house

import (
	"slices"
	"sync"
)

// lpShare hands the LP bound's generated rows to the LP proposal (lpPropose)
// within one Propose run. Both solve the same master over the same rows
// (newLPBuild is deterministic for a house and window), so the proposal's
// column generation may start from the rows the bound found so far instead
// of from nothing: under a time limit it starts late (after the core) and
// gets a small share of the time, so without them its dive often started
// from an LP far from converged. Only rows pass; every value and bound is
// recomputed by the receiver, so nothing unproven is ever reported.
//
// It is used only with a time limit: which rows the proposal finds depends
// on how far the bound got, so with an iteration budget (deterministic per
// seed) the two runs stay apart.
type lpShare struct {
	mu sync.Mutex
	// rows are the bound's generated rows (lpCol.col is not used by the
	// receiver), weekly whether they keep the weekly rules (the bound's
	// second phase), converged whether the bound's column generation met
	// its master.
	rows      []lpCol
	weekly    bool
	converged bool
}

// publish stores b's generated rows (b is the bound's build).
func (s *lpShare) publish(b *lpBuild) {
	if s == nil {
		return
	}
	weekly := !b.plainPhase
	rows := make([]lpCol, len(b.cols))
	for k, c := range b.cols {
		rows[k] = lpCol{mem: c.mem, col: -1, row: slices.Clone(c.row)}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rows, s.weekly, s.converged = rows, weekly, b.converged
}

// seedMaster adds rows (from take) to b's master lp as columns and returns
// whether b's column generation may skip its first phase (the rows keep the
// weekly rules b prices with). A row of a member b does not have, or of
// another length, is left out.
func (b *lpBuild) seedMaster(rows []lpCol, weekly bool) bool {
	for _, c := range rows {
		if c.mem < 0 || c.mem >= len(b.mem) || len(c.row) != len(b.mem[c.mem].days) {
			continue
		}
		r, vs := b.column(&b.mem[c.mem], c.row)
		b.cols = append(b.cols, lpCol{mem: c.mem, col: b.lp.AddColumn(0, r, vs), row: c.row})
	}
	return weekly && len(b.cols) > 0
}

// take returns the rows published so far (nil: none).
func (s *lpShare) take() (rows []lpCol, weekly, converged bool) {
	if s == nil {
		return nil, false, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rows, s.weekly, s.converged
}
