package plan

import "sync"

// exchange lets the search chains continue from the best solution of all of
// them at the end of every annealing cycle. All chains follow the same cycle
// schedule, so they meet at the same iteration counts: the meeting is a
// barrier, and the solution every chain continues from depends only on the
// chains' results (ties go to the lowest chain), never on timing.
type exchange struct {
	mu      sync.Mutex
	cond    *sync.Cond
	ws      []*worker
	active  int // chains still running
	arrived int
	gen     int
	snap    []uint8 // the best solution at the last meeting
	snapOK  bool
}

func newExchange(ws []*worker) *exchange {
	x := &exchange{ws: ws, active: len(ws), snap: make([]uint8, len(ws[0].s.x))}
	x.cond = sync.NewCond(&x.mu)
	return x
}

// meet waits until every running chain has arrived, then puts the best
// solution of all chains into w's state (if any chain found one).
func (x *exchange) meet(w *worker) {
	x.mu.Lock()
	x.arrived++
	if x.arrived == x.active {
		x.release()
	} else {
		for gen := x.gen; gen == x.gen; {
			x.cond.Wait()
		}
	}
	ok := x.snapOK
	x.mu.Unlock()
	// snap stays unchanged until every chain has arrived again, which w
	// has not yet.
	if ok {
		copy(w.s.x, x.snap)
		w.s.recompute()
	}
}

// leave takes a finished chain out of the meetings.
func (x *exchange) leave() {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.active--
	if x.arrived > 0 && x.arrived == x.active {
		x.release()
	}
}

// release publishes the best solution and wakes the waiting chains; the
// caller holds mu and every other running chain is waiting in meet.
func (x *exchange) release() {
	var best *worker
	for _, w := range x.ws {
		if w.bestFound && (best == nil || w.bestSoft < best.bestSoft) {
			best = w
		}
	}
	if best != nil {
		copy(x.snap, best.best)
		x.snapOK = true
	}
	x.arrived = 0
	x.gen++
	x.cond.Broadcast()
}
