package plan

import (
	"context"
	"math"
	"slices"
	"sync"
	"time"
)

// The anytime schedule of a time-limited Solve (after the first annealing):
// the stages take turns, and none may hold the search for long without
// improving the best solution or the bound.
//
//   - chains: cover-driven ejection chains on the best solution
//     (chains.go); a best they could not improve is kicked (chainkick.go)
//     on instances where they paid before, else left alone.
//   - columns: column generation and branch and price (colgen.go, dive.go)
//     on its own goroutine. It runs while it improves the best or the bound;
//     after stallFor without either it is paused (at its next master solve)
//     and resumes, where it stopped, on its next turn. A better solution
//     found meanwhile is handed to it (colgen.inject).
//   - windows: sub-problems of a window of days and a subset of the staff,
//     the rest fixed, each solved by a short nested Solve (windows.go): the
//     scaled-down form of the column stage for shapes it cannot take whole.
//   - annealing from the best solution.
//
// A stage's turn grows (×3/2) after a turn that improved the best and
// shrinks (×2/3) after one that did not, within [1/4, 4] times the base
// (the column stage's stall limit within [1/4, 1] times stallFor).

// shared is the best solution over all stages.
type shared struct {
	mu   sync.Mutex
	x    []uint8
	soft int64
	at   time.Duration
	ok   bool
}

// offer records x if it is better; it reports whether it was.
func (sh *shared) offer(x []uint8, soft int64, at time.Duration) bool {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.ok && soft >= sh.soft {
		return false
	}
	sh.x, sh.soft, sh.at, sh.ok = slices.Clone(x), soft, at, true
	return true
}

// when returns when the best was found.
func (sh *shared) when() time.Duration {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return sh.at
}

// get returns a copy of the best solution.
func (sh *shared) get() ([]uint8, int64, bool) {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return slices.Clone(sh.x), sh.soft, sh.ok
}

// columnRunner runs the column stage on its own goroutine, pausable at its
// master solves.
type columnRunner struct {
	mu       sync.Mutex
	cond     *sync.Cond
	paused   bool
	parked   bool // paused and waiting
	quit     bool
	finished bool
	lastAct  time.Time // last better best or bound
	done     chan struct{}
	// wakes counts the waits in stop that ended (a measure for tests).
	wakes int
}

// stop is the column generation's stop check: it waits while paused.
// It does not wake the others waiting on cond (turn polls parked): the
// pricing goroutines all wait here, and each woke the next in turn, so a
// paused column stage kept a core busy handing the wake-up round (a fifth
// of a 40-s run's CPU on Instance15).
func (c *columnRunner) stop(over func() bool) bool {
	c.mu.Lock()
	for c.paused && !c.quit {
		c.parked = true
		c.cond.Wait()
		c.wakes++
	}
	c.parked = false
	q := c.quit
	c.mu.Unlock()
	return q || over()
}

// running reports whether the column stage has not finished.
func (c *columnRunner) running() bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return !c.finished
}

func (c *columnRunner) touch() {
	c.mu.Lock()
	c.lastAct = time.Now()
	c.mu.Unlock()
}

// turn lets the column stage run until it finishes, stalls for stallFor
// or until passes; then it pauses it and waits until it is parked (or the
// deadline passes).
func (c *columnRunner) turn(stallFor time.Duration, until, deadline time.Time, ctx context.Context) {
	c.mu.Lock()
	c.paused = false
	c.lastAct = time.Now()
	c.cond.Broadcast()
	c.mu.Unlock()
	for {
		c.mu.Lock()
		stalled := time.Since(c.lastAct) >= stallFor
		fin := c.finished
		c.mu.Unlock()
		if fin || stalled || ctx.Err() != nil || !time.Now().Before(until) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	c.mu.Lock()
	c.paused = true
	for !c.parked && !c.finished && !c.quit && ctx.Err() == nil && time.Now().Before(deadline) {
		c.mu.Unlock()
		time.Sleep(5 * time.Millisecond)
		c.mu.Lock()
	}
	c.mu.Unlock()
}

// end stops the column stage for good and waits for it.
func (c *columnRunner) end() {
	c.mu.Lock()
	c.quit = true
	c.cond.Broadcast()
	c.mu.Unlock()
	<-c.done
}

// adopt makes x (of cost soft, found at) every worker's best and current
// solution where it is better than the worker's best.
func adopt(ws []*worker, x []uint8, soft int64, at time.Duration) {
	for _, w := range ws {
		if !w.bestFound || soft < w.bestSoft {
			copy(w.s.x, x)
			w.s.recompute()
			w.record()
			w.bestAt = at
		} else if w.bestFound {
			copy(w.s.x, w.best) // each turn starts from the best
			w.s.recompute()
		}
	}
}

// stageTurn is a stage's adaptive turn length: within [base/4, most].
// A stage whose last idle turns (two or more) all came to nothing also
// sits out rounds: 1, 2, 4, then 8 at most, so a stage that cannot pay on
// an instance's shape (Instance13: no bound from the column stage, no gain
// from the windows in their turns, all of it from the annealing) leaves
// the time to the ones that do, and still gets its turns.
type stageTurn struct {
	base, cur, most time.Duration
	idle, skip      int
}

func (t *stageTurn) update(improved bool) {
	if improved {
		t.cur = min(t.cur*3/2, t.most)
		t.idle = 0
	} else {
		t.cur = max(t.cur*2/3, t.base/4)
		t.idle++
		if t.idle >= 2 {
			t.skip = min(1<<(t.idle-2), stageMaxSkip)
		}
	}
}

// sitsOut reports whether the stage skips this round (and counts it).
func (t *stageTurn) sitsOut() bool {
	if t.skip > 0 {
		t.skip--
		return true
	}
	return false
}

// stageMaxSkip caps the rounds an idle stage sits out in a row.
const stageMaxSkip = 8

// schedule runs the stages in turns until deadline or ctx ends the search
// or the best equals the bound; the best ends up in every worker. It
// returns the proven lower bound (math.MinInt64 if none).
func schedule(ctx context.Context, p *Problem, m *model, ws []*worker, rep *reporter, opts Options, deadline time.Time) int64 {
	over := func() bool { return ctx.Err() != nil || !time.Now().Before(deadline) }
	sh := &shared{}
	if bw := bestWorker(ws); bw.bestFound {
		sh.offer(bw.best, bw.bestSoft, bw.bestAt)
	}
	var boundMu sync.Mutex
	bound := int64(math.MinInt64)
	// rootBound is the column stage's own bound (its root and search),
	// without the aggregate directions' (onSideBound): only it counts as
	// the stage's progress.
	rootBound := int64(math.MinInt64)
	getRootBound := func() int64 {
		boundMu.Lock()
		defer boundMu.Unlock()
		return rootBound
	}
	getBound := func() int64 {
		boundMu.Lock()
		defer boundMu.Unlock()
		return bound
	}
	limit := opts.TimeLimit
	stallFor := min(max(limit/6, time.Second), 20*time.Second)
	base := min(max(limit/20, 300*time.Millisecond), 10*time.Second)

	var cr *columnRunner
	cgTried := false
	dive := &diveState{}
	pay := &payShare{}
	payFromDive := false // pay restarted at the end of the dive
	// startColumns starts the column stage from the first feasible
	// solution (it needs one), paused until its first turn.
	startColumns := func() {
		x0, soft0, ok := sh.get()
		if !ok || cgTried {
			return
		}
		cgTried = true
		if m.E+m.D*(m.V-1) > cgMaxRows {
			return // too large a master: no need to build the programmes
		}
		c := &columnRunner{done: make(chan struct{}), paused: true}
		c.cond = sync.NewCond(&c.mu)
		g := newColgenWith(m, func() bool { return c.stop(over) }, ws[0].dps)
		if !g.applicable() {
			return
		}
		cr = c
		g.onBound = func(b int64) {
			boundMu.Lock()
			bound = max(bound, b)
			rootBound = max(rootBound, b)
			boundMu.Unlock()
			rep.bounded(b)
			c.touch()
		}
		if !opts.nested {
			// A window's nested Solve (windows.go) has no use for them:
			// in a first build every window's root paid for them, and the
			// windows stage lost that time (Instance19 worse in 8 of 9
			// pairs, 13 in both 5-minute pairs).
			g.onSideBound = func(b int64) {
				boundMu.Lock()
				bound = max(bound, b)
				boundMu.Unlock()
				rep.bounded(b)
			}
		}
		g.onDive = dive.set
		g.inject = func(soft int64) ([]uint8, int64, bool) {
			x, s, ok := sh.get()
			return x, s, ok && s < soft
		}
		found := func(x []uint8, soft int64) {
			if sh.offer(x, soft, time.Since(rep.start)) {
				rep.improved(soft, 0)
				c.touch()
			}
		}
		go func() {
			defer close(c.done)
			if !c.stop(over) { // wait for the first turn
				g.run(x0, soft0, found)
			}
			c.mu.Lock()
			c.finished = true
			c.mu.Unlock()
		}()
	}
	win := newWindowSearch(p, m, opts)
	winTurn := stageTurn{base: base, cur: base, most: 4 * base}
	// The column stage's turn ends after colTurn.cur without a better best
	// or bound: stallFor while it pays, shorter after turns that brought
	// nothing (its work is kept; it resumes where it stopped).
	colTurn := stageTurn{base: stallFor, cur: stallFor, most: stallFor}
	annTurn := stageTurn{base: base, cur: base, most: 4 * base}
	chains := newChainStage(m, opts.Seed)
	chains.kickIdle = base / 2
	chainTurn := stageTurn{base: base, cur: base, most: 4 * base}
	for !over() {
		if _, soft, ok := sh.get(); ok && soft <= getBound() {
			break
		}
		// The chains first: they are quick, and a column stage that
		// keeps raising its bound keeps its turn for long.
		if !chainTurn.sitsOut() {
			_, before, _ := sh.get()
			t0 := time.Now()
			rep.enter(StageChains)
			chains.run(ctx, sh, rep, earlier(time.Now().Add(chainTurn.cur), deadline))
			_, after, _ := sh.get()
			pay.rest(before-after, time.Since(t0))
			chainTurn.update(after < before)
			if over() {
				break
			}
		}
		if !opts.NoColumns {
			startColumns()
		}
		// The column stage's turn follows what it pays (payshare.go):
		// while its first dive runs, or its root LP converges while the
		// other stages paid nothing in their last round, it neither
		// shrinks nor sits out (a dive in a dry round also gets twice the
		// stall limit); after the dive a turn that pays less per second
		// than the other stages is capped.
		diving, dived := dive.get()
		if dived && !payFromDive {
			pay.restart()
			payFromDive = true
		}
		dry := pay.rounds > 0 && pay.lastGain == 0
		working := diving || (!dived && dry)
		if cr.running() && (working || !colTurn.sitsOut()) {
			_, before, _ := sh.get()
			b0 := getRootBound()
			t0 := time.Now()
			stall, until := colTurn.cur, deadline
			if diving && dry {
				stall = 2 * stallFor
			}
			if c := pay.colCap(); dived && c > 0 {
				until = earlier(t0.Add(c), deadline)
			}
			rep.enter(StageColumns)
			cr.turn(stall, until, deadline, ctx)
			if over() {
				break
			}
			_, after, _ := sh.get()
			pay.columns(before-after, time.Since(t0))
			colTurn.update(after < before || getRootBound() > b0 || working)
		}
		if win != nil && !winTurn.sitsOut() {
			_, before, _ := sh.get()
			t0 := time.Now()
			rep.enter(StageWindows)
			win.run(ctx, sh, rep, earlier(time.Now().Add(max(winTurn.cur, win.sub)), deadline))
			_, after, _ := sh.get()
			pay.rest(before-after, time.Since(t0))
			winTurn.update(after < before)
			if over() {
				break
			}
		}
		x, soft, ok := sh.get()
		rep.enter(StageAnneal)
		if ok {
			adopt(ws, x, soft, sh.when())
		}
		for _, w := range ws {
			w.bound = getBound()
		}
		until := deadline
		if cr.running() || win != nil {
			until = earlier(time.Now().Add(annTurn.cur), deadline)
		}
		t0 := time.Now()
		runWorkers(ctx, ws, until, 0)
		bw := bestWorker(ws)
		improved := bw.bestFound && (!ok || bw.bestSoft < soft)
		if improved {
			sh.offer(bw.best, bw.bestSoft, bw.bestAt)
			if ok {
				pay.rest(soft-bw.bestSoft, time.Since(t0))
			}
		} else {
			pay.rest(0, time.Since(t0))
		}
		pay.endRound()
		annTurn.update(improved)
	}
	if cr != nil {
		cr.end()
	}
	if x, soft, ok := sh.get(); ok {
		adopt(ws, x, soft, sh.when())
	}
	b := getBound()
	for _, w := range ws {
		w.bound = b
	}
	return b
}

// earlier returns the earlier of two instants.
func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
