package plan

import (
	"context"
	"math"
	"slices"
	"sync"
	"time"
)

// firstPhaseIterations is the annealing budget before column generation.
const firstPhaseIterations = 1_000_000

// mastersPerIteration converts an iteration budget into a budget of master
// LP solves for the column generation (one solve with its pricing round
// costs about as much as this many move attempts).
const mastersPerIteration = 20_000

// runWorkers runs every worker until deadline, its iteration budget or ctx
// stops it, meeting at cycle ends.
func runWorkers(ctx context.Context, ws []*worker, deadline time.Time, maxIter int64) {
	ex := newExchange(ws)
	for _, w := range ws {
		w.ex = ex
	}
	var wg sync.WaitGroup
	for _, w := range ws[1:] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.run(ctx, deadline, maxIter)
		}()
	}
	ws[0].run(ctx, deadline, maxIter)
	wg.Wait()
}

// bestWorker returns the worker with the best result (ties to the first).
func bestWorker(ws []*worker) *worker {
	best := ws[0]
	for _, w := range ws[1:] {
		if w.better(best) {
			best = w
		}
	}
	return best
}

// columnStage is phase 2 of Solve: column generation and branch and price
// from the best solution of phase 1 (see colgen.go and dive.go), alone on
// the machine (its pricing uses both cores; annealing beside it slowed it
// down more than it helped). With an iteration budget it gets a budget of
// master solves, so the result stays deterministic. A better solution is
// put into every worker. It returns the proven lower bound (math.MinInt64
// if none).
func columnStage(ctx context.Context, m *model, ws []*worker, rep *reporter, opts Options, deadline time.Time) int64 {
	bestW := bestWorker(ws)
	if !bestW.bestFound {
		return math.MinInt64
	}
	x0, soft0 := slices.Clone(bestW.best), bestW.bestSoft
	var foundAt time.Duration
	found := func(_ []uint8, soft int64) {
		foundAt = time.Since(rep.start)
		rep.improved(soft, 0)
	}
	budget := -1
	if opts.MaxIterations > 0 {
		budget = int(max(opts.MaxIterations/mastersPerIteration, 50))
	}
	r := columnPhase(ctx, m, x0, soft0, deadline, budget, found)
	for _, w := range ws {
		w.bound = r.bound
		if r.x != nil && (!w.bestFound || r.soft < w.bestSoft) {
			copy(w.s.x, r.x)
			w.s.recompute()
			w.record()
			w.bestAt = foundAt
		}
	}
	return r.bound
}
