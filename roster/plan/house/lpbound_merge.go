package house

import (
	"cmp"
	"slices"
	"sort"
)

// The row programme's lists without sorting.
//
// Without the weekly rules a state of the row programme is the week's
// minutes, the balance period's minutes and the value, and a day's Pareto
// list (pareto) is sorted by the week's minutes, then the period's. The
// candidates of a day's value come from the lists of the day before, each
// shifted by the same minutes, so they are sorted lists already (on a
// Monday every state of a list gets the same week minutes: that list alone
// is sorted again, by the period's minutes; it is short after the week's
// Pareto filter). Merging them and filtering with a staircase of the best
// value per period minutes gives the list the sort and the Fenwick filter
// gave, in the same order and with the same ties (the earlier value of the
// day before first), at a fraction of the cost: the sort of whole
// candidate lists was 28 % of the column generation's CPU to convergence
// (session 10), the Pareto filter as a whole 40 %.

// mergeEnt is a candidate state of mergeFront.
type mergeEnt struct {
	mins, pm int
	val      float64
	pi       int // index in the day before's list
}

// mergeHead is one list of the day before in mergeFront.
type mergeHead struct {
	po   int        // the option of the day before
	ents []mergeEnt // its candidates still to merge, sorted by (mins, pm)
}

// mergeBuf holds mergeFront's scratch space across days.
type mergeBuf struct {
	heads []mergeHead
	ents  []mergeEnt
	out   []lpState
	stair []mergeStep
}

// mergeStep is a step of the staircase: the best value kept with at most
// pm period minutes (pm and val both rising along the staircase).
type mergeStep struct {
	pm  int
	val float64
}

// mergeFront returns the Pareto list of a day's value that adds add week
// minutes, addP period minutes and gain g, from the day before's lists prev
// (each sorted by (mins, pm), as pareto returns them) whose option ok
// admits. reset: the week starts (the week's minutes restart at add);
// resetP: the balance period starts. States over capW or capP, or that
// keep rejects (the pruning by the best row's value), are left out. The
// result is what pareto returns for the same candidates, in its order; with
// all, every candidate (no Pareto filter). Period minutes below floorP are
// counted as floorP (periodFloors: below it the period limit can no longer
// bind, so the states merge).
func mergeFront(prev [][]lpState, ok func(po int) bool, reset, resetP bool, add, addP, capW, capP, floorP int, g float64,
	keep func(mins int, val float64) bool, all bool, buf *mergeBuf) []lpState {
	heads := buf.heads[:0]
	ents := buf.ents[:0]
	for po, l := range prev {
		if len(l) == 0 || !ok(po) {
			continue
		}
		start := len(ents)
		clamped := false
		for pi := range l {
			s := &l[pi]
			mins, pm := s.mins, s.pm
			if reset {
				mins = 0
			}
			if resetP {
				pm = 0
			}
			pm += addP
			if pm < floorP {
				pm, clamped = floorP, true
			}
			ents = append(ents, mergeEnt{mins: mins + add, pm: pm, val: s.val + g, pi: pi})
		}
		if clamped && !reset {
			// Raised period minutes may tie: pareto's order again.
			slices.SortStableFunc(ents[start:], func(a, b mergeEnt) int {
				if a.mins != b.mins {
					return a.mins - b.mins
				}
				if a.pm != b.pm {
					return a.pm - b.pm
				}
				return cmp.Compare(b.val, a.val)
			})
		}
		if reset {
			// One week's minutes for all: sort by period minutes, the
			// most valuable first, the earlier first (pareto's order).
			slices.SortStableFunc(ents[start:], func(a, b mergeEnt) int {
				if a.pm != b.pm {
					return a.pm - b.pm
				}
				return cmp.Compare(b.val, a.val)
			})
		}
		heads = append(heads, mergeHead{po: po})
		heads[len(heads)-1].ents = ents[start:len(ents):len(ents)]
	}
	// ents may have moved while growing: take the heads' slices again.
	pos := 0
	for h := range heads {
		n := len(heads[h].ents)
		heads[h].ents = ents[pos : pos+n]
		pos += n
	}
	buf.heads, buf.ents = heads, ents
	out := buf.out[:0]
	stair := buf.stair[:0]
	for {
		k := -1
		var kb *mergeEnt
		for h := range heads {
			if len(heads[h].ents) == 0 {
				continue
			}
			e := &heads[h].ents[0]
			if k < 0 || e.mins < kb.mins || (e.mins == kb.mins && (e.pm < kb.pm || (e.pm == kb.pm && e.val > kb.val))) {
				k, kb = h, e
			}
		}
		if k < 0 || kb.mins > capW {
			break // every state left has more week minutes than allowed
		}
		e := *kb
		heads[k].ents = heads[k].ents[1:]
		if e.pm > capP {
			continue
		}
		if all {
			if keep(e.mins, e.val) {
				out = append(out, lpState{mins: e.mins, pm: e.pm, val: e.val, prevOpt: heads[k].po, prevState: e.pi})
			}
			continue
		}
		// The best value kept with at most e.pm period minutes. A state
		// it dominates goes before keep is asked (keep is the dear test;
		// a state either test drops is never kept, so the order of the
		// two does not change the list).
		i := sort.Search(len(stair), func(i int) bool { return stair[i].pm > e.pm })
		if i > 0 && stair[i-1].val >= e.val-1e-12 {
			continue
		}
		if !keep(e.mins, e.val) {
			continue
		}
		out = append(out, lpState{mins: e.mins, pm: e.pm, val: e.val, prevOpt: heads[k].po, prevState: e.pi})
		// Insert the step; the steps after it it now covers go.
		j := i
		for j < len(stair) && stair[j].val <= e.val {
			j++
		}
		if i > 0 && stair[i-1].pm == e.pm {
			i-- // the same period minutes: the new value replaces it
		}
		stair = slices.Replace(stair, i, j, mergeStep{pm: e.pm, val: e.val})
	}
	buf.out, buf.stair = out, stair
	return slices.Clone(out)
}
