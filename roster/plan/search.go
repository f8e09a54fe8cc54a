package plan

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"time"
)

// Options tune a Solve call.
type Options struct {
	// Seed makes the search reproducible.
	Seed uint64
	// TimeLimit stops the search after this long (0 = no limit; then
	// MaxIterations or the context must end it).
	TimeLimit time.Duration
	// MaxIterations stops each worker after this many move attempts
	// (0 = no limit). With it the result is fully deterministic.
	MaxIterations int64
	// Workers is the number of search chains (1 or 2, default 1), each on
	// its own goroutine. Chain k uses a seed derived from Seed and k; at the
	// end of every annealing cycle all chains continue from the best
	// solution of all of them (ties to the lower chain), so the outcome stays
	// deterministic per seed and iteration budget.
	Workers int
	// Initial is an optional start solution (employee × day: Off or shift).
	Initial [][]int
	// StartTemp and EndTemp bound each annealing cycle (0 = automatic).
	StartTemp, EndTemp float64
	// RecreateEvery runs the exact row re-optimisation ("ruin and
	// recreate" of one employee's row) every so many iterations (0 =
	// automatic, negative = never).
	RecreateEvery int64
	// LNSEvery runs the multi-row ruin and recreate every so many
	// iterations (0 = automatic, negative = never).
	LNSEvery int64
	// HardWeight is the search penalty per hard violation unit (0 =
	// automatic). Lower values let the search cross infeasible ground more
	// easily; only feasible solutions are ever recorded.
	HardWeight int64
	// CycleIterations is the length of the first annealing cycle; later
	// cycles double up to 16 times that (0 = automatic).
	CycleIterations int64
	// NoColumns skips the column generation phase (see colgen.go): the
	// search is then annealing only.
	NoColumns bool

	// nested marks a window's own Solve (windows.go): it runs no windows.
	nested bool
}

// Progress is reported whenever the best solution improves, and at the end;
// once a feasible solution exists also whenever the stage or the bound
// changes.
type Progress struct {
	Best       int64 // objective of the best feasible solution so far
	Feasible   bool  // false while no feasible solution was found yet
	Elapsed    time.Duration
	Iterations int64 // move attempts so far (summed over workers)
	// Stage names the stage that runs (StageAnneal, StageColumns,
	// StageWindows, StageChains); "" in the final report.
	Stage string
	// Bound is the best proven lower bound so far, math.MinInt64 if none.
	Bound int64
	// Fraction is the part of the stage's budget (its time or its
	// iterations) spent so far, 0–1, for a stage that knows it (the house
	// planner's improvement phase); 0 otherwise.
	Fraction float64
}

// The stages of Solve, as Progress.Stage names them.
const (
	StageAnneal  = "annealing"
	StageColumns = "columns"
	StageWindows = "windows"
	StageChains  = "chains"
)

// Result is the outcome of Solve.
type Result struct {
	// Solution is employee × day: Off or the shift index. It satisfies every
	// hard rule when Feasible is true.
	Solution   [][]int
	Objective  int64 // soft cost of Solution
	Feasible   bool
	TimeToBest time.Duration // when Solution was first found
	Iterations int64         // move attempts (summed over workers)
	Accepted   int64         // accepted moves (summed over workers)
	// Bound is a proven lower bound on the objective of every solution
	// (from the column generation's LP), or math.MinInt64 if none is known.
	// Objective == Bound means the solution is optimal.
	Bound int64
}

// Solve searches for a solution of p with the lowest soft cost that
// violates no hard rule. It returns the best feasible solution found when the
// time limit, the iteration budget or ctx ends the search; if none was found
// it returns ErrInfeasible (and the final search state in Result, with
// Feasible false). progress, if not nil, is called from the searching
// goroutines (serialised) whenever the best improves.
func Solve(ctx context.Context, p *Problem, opts Options, progress func(Progress)) (Result, error) {
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	if opts.TimeLimit == 0 && opts.MaxIterations == 0 && ctx.Done() == nil {
		return Result{}, fmt.Errorf("geen tijdslimiet, iteratielimiet of context / no time limit, iteration limit or context")
	}
	m := compile(p)
	if opts.HardWeight > 0 {
		m.hardW = opts.HardWeight
	}
	workers := min(max(opts.Workers, 1), 2)
	start := time.Now()
	var deadline time.Time
	if opts.TimeLimit > 0 {
		deadline = start.Add(opts.TimeLimit)
	}
	rep := newReporter(start, progress)
	ws := make([]*worker, workers)
	for k := range ws {
		ws[k] = newWorker(m, opts, uint64(k), rep)
	}
	// A feasible start, row by row (construct.go): nothing else can
	// begin without one.
	for _, w := range ws {
		w.construct(ctx, p, deadline)
	}
	// Phase 1: anneal briefly for a first feasible solution.
	p1Deadline, p1Iter := deadline, opts.MaxIterations
	if !opts.NoColumns {
		p1Iter = firstPhaseIterations
		if opts.MaxIterations > 0 {
			p1Iter = min(p1Iter, opts.MaxIterations/4)
		}
		if opts.TimeLimit > 0 {
			p1Deadline = start.Add(opts.TimeLimit / 10)
		}
	}
	runWorkers(ctx, ws, p1Deadline, p1Iter)
	bound := int64(math.MinInt64)
	switch {
	case opts.NoColumns || ctx.Err() != nil:
	case opts.MaxIterations == 0 && !deadline.IsZero():
		// A run against the clock: the stages take turns (schedule.go).
		bound = schedule(ctx, p, m, ws, rep, opts, deadline)
	default:
		// A run with a work budget stays deterministic: the column stage
		// with a budget of master solves, then annealing.
		bound = columnStage(ctx, m, ws, rep, opts, deadline)
		runWorkers(ctx, ws, deadline, opts.MaxIterations)
	}

	bestW := bestWorker(ws)
	var res Result
	for _, w := range ws {
		res.Iterations += w.iter
		res.Accepted += w.acc
	}
	x, feasible := bestW.best, bestW.bestFound
	if !feasible {
		x = bestW.s.x
	}
	res.Solution = toSolution(m, x)
	res.Bound = bound
	res.Feasible = feasible
	res.TimeToBest = bestW.bestAt
	if feasible {
		res.Objective = bestW.bestSoft
	} else {
		res.Objective = bestW.s.soft
	}
	rep.final(res)
	if !feasible {
		return res, ErrInfeasible
	}
	return res, nil
}

func toSolution(m *model, x []uint8) [][]int {
	sol := make([][]int, m.E)
	for e := range sol {
		sol[e] = make([]int, m.D)
		for d := range sol[e] {
			sol[e][d] = int(x[e*m.D+d]) - 1
		}
	}
	return sol
}

// reporter serialises progress calls across workers.
type reporter struct {
	mu       sync.Mutex
	start    time.Time
	progress func(Progress)
	best     int64
	iters    int64
	stage    string
	bound    int64
}

func newReporter(start time.Time, progress func(Progress)) *reporter {
	return &reporter{start: start, progress: progress, best: math.MaxInt64, bound: math.MinInt64, stage: StageAnneal}
}

// send reports the current state (r.mu held).
func (r *reporter) send() {
	if r.progress != nil {
		r.progress(Progress{Best: r.best, Feasible: true, Elapsed: time.Since(r.start), Iterations: r.iters,
			Stage: r.stage, Bound: r.bound})
	}
}

// improved books iterDelta move attempts and reports a new best soft.
func (r *reporter) improved(soft int64, iterDelta int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.iters += iterDelta
	if soft >= r.best {
		return
	}
	r.best = soft
	r.send()
}

// enter reports that stage begins (once a feasible solution exists).
func (r *reporter) enter(stage string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stage == stage {
		return
	}
	r.stage = stage
	if r.best < math.MaxInt64 {
		r.send()
	}
}

// bounded reports a better proven lower bound.
func (r *reporter) bounded(b int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if b <= r.bound {
		return
	}
	r.bound = b
	if r.best < math.MaxInt64 {
		r.send()
	}
}

// snapshot returns the best and the bound so far.
func (r *reporter) snapshot() (best, bound int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.best, r.bound
}

func (r *reporter) final(res Result) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.progress != nil {
		r.progress(Progress{Best: res.Objective, Feasible: res.Feasible, Elapsed: time.Since(r.start), Iterations: res.Iterations,
			Bound: res.Bound})
	}
}

// worker is one annealing chain.
type worker struct {
	m        *model
	s        *state
	rng      *rand.Rand
	rep      *reporter
	free     []int // cells with a choice
	buf      []uint8
	old      []uint8
	maxBlock int
	dps      []*rowDP
	scratch  dpScratch
	cons     dpScratch // for construct's reduced programmes
	dpEvery  int64     // run the row programme every dpEvery iterations (< 0: never)
	ex       *exchange
	lns      lnsState
	lnsEvery int64         // run the multi-row move every lnsEvery iterations (< 0: never)
	wk       *weekendTrade // the weekend trade's groups and scratch (weekend.go)

	temp, t0, t1 float64
	cycleLen     int64
	cyc          annealCycle // the current cycle, kept across runs

	iter, acc, reported int64
	best                []uint8
	bestSoft            int64
	bestFound           bool
	bestAt              time.Duration
	start               time.Time
	bound               int64 // proven lower bound: stop when reached
	// until and ctx end the current run (the polish checks them per row).
	until time.Time
	ctx   context.Context
}

// late reports whether the current run's deadline has passed or its
// context ended.
func (w *worker) late() bool {
	if w.ctx != nil && w.ctx.Err() != nil {
		return true
	}
	return !w.until.IsZero() && !time.Now().Before(w.until)
}

func newWorker(m *model, opts Options, k uint64, rep *reporter) *worker {
	w := &worker{m: m, rep: rep, start: rep.start,
		rng:      rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15*(k+1))),
		buf:      make([]uint8, m.D),
		old:      make([]uint8, m.D),
		dps:      make([]*rowDP, m.E),
		dpEvery:  opts.RecreateEvery,
		maxBlock: 7, bestSoft: math.MaxInt64, bound: math.MinInt64,
	}
	for i := range m.mask {
		if m.free(i) {
			w.free = append(w.free, i)
		}
	}
	for e := range w.dps {
		w.dps[e] = newRowDP(m, e)
	}
	if w.dpEvery == 0 {
		w.dpEvery = 1000
	}
	w.lns = newLNSState(w)
	w.wk = newWeekendTrade(m, opts.Seed, k)
	w.lnsEvery = opts.LNSEvery
	if w.lnsEvery == 0 {
		w.lnsEvery = lnsDefaultEvery
	}
	w.s = newState(m, initial(m, opts.Initial))
	w.best = make([]uint8, len(w.s.x))
	w.t0, w.t1 = opts.StartTemp, opts.EndTemp
	if w.t0 <= 0 {
		w.t0 = defaultStartTemp(m)
	}
	if w.t1 <= 0 {
		w.t1 = 0.5
	}
	w.cycleLen = opts.CycleIterations
	if w.cycleLen <= 0 {
		w.cycleLen = 2_000_000
	}
	w.temp = w.t0
	w.record()
	return w
}

// dpWorkPerMove caps the row programme's share of the search: it runs only
// while its state expansions stay below this many per move attempt (one
// expansion costs roughly a twentieth to a tenth of a move attempt).
const dpWorkPerMove = 10

// defaultStartTemp is half the largest coverage weight.
func defaultStartTemp(m *model) float64 {
	var mx int32 = 1
	for i := range m.under {
		mx = max(mx, m.under[i], m.over[i])
	}
	return float64(mx) / 2
}

// better reports whether w's result beats o's (feasible first, then lower
// soft cost; ties keep o).
func (w *worker) better(o *worker) bool {
	if w.bestFound != o.bestFound {
		return w.bestFound
	}
	if w.bestFound {
		return w.bestSoft < o.bestSoft
	}
	return w.s.score() < o.s.score()
}

func (w *worker) accept(delta int64) bool {
	if delta <= 0 {
		return true
	}
	if w.temp <= 0 {
		return false
	}
	return w.rng.Float64() < math.Exp(-float64(delta)/w.temp)
}

// accepted books an accepted move and records a new best.
func (w *worker) accepted() {
	w.acc++
	if w.s.hard == 0 && w.s.soft < w.bestSoft {
		w.record()
	}
}

// record saves the current state as best if it is feasible.
func (w *worker) record() {
	if w.s.hard != 0 || w.s.soft >= w.bestSoft {
		return
	}
	copy(w.best, w.s.x)
	w.cyc.improvedAt(w.temp)
	w.bestSoft = w.s.soft
	w.bestFound = true
	w.bestAt = time.Since(w.start)
	w.rep.improved(w.bestSoft, w.iter-w.reported)
	w.reported = w.iter
}

// run anneals in cycles until the deadline, the budget or ctx stops it.
// Each cycle cools geometrically from t0 to t1 and the next starts from the
// best solution so far, twice as long (up to 16 times the first length).
func (w *worker) run(ctx context.Context, deadline time.Time, maxIter int64) {
	defer w.ex.leave()
	if len(w.free) == 0 {
		return
	}
	w.until, w.ctx = deadline, ctx
	w.cyc.begin(w)
	for {
		if w.iter&1023 == 0 {
			if maxIter > 0 && w.iter >= maxIter {
				return
			}
			if ctx.Err() != nil || (!deadline.IsZero() && !time.Now().Before(deadline)) {
				return
			}
			if w.bestFound && w.bestSoft <= w.bound {
				return
			}
			if w.cyc.pos(w.iter) >= 1 {
				w.polish()
				w.cyc.next(w)
				w.ex.meet(w)
			}
			w.temp = w.cyc.temp(w.iter, w.t1)
		}
		w.iter++
		if w.dpEvery > 0 && w.iter%w.dpEvery == 0 && w.scratch.work <= w.iter*dpWorkPerMove {
			w.recreate(w.rng.IntN(w.m.E))
			continue
		}
		if w.lnsEvery > 0 && w.iter%w.lnsEvery == w.lnsEvery/2 && w.scratch.work <= w.iter*lnsWorkPerMove {
			w.ruinRecreate()
			continue
		}
		if w.wk.due(w.iter) {
			w.weekendTrade()
		}
		switch r := w.rng.IntN(100); {
		case r < 35:
			w.change()
		case r < 60:
			w.swap()
		case r < 75:
			w.doubleSwap()
		case r < 87:
			w.blockSwap()
		default:
			w.blockSet()
		}
	}
}

// polish re-optimises every employee's row exactly, in a seeded random
// order, accepting only non-worsening rows, until a pass brings nothing.
func (w *worker) polish() {
	if w.dpEvery < 0 {
		return
	}
	saved := w.temp
	w.temp = 0
	for pass := 0; pass < 5; pass++ {
		before := w.s.score()
		for _, e := range w.rng.Perm(w.m.E) {
			if w.late() {
				break
			}
			w.recreate(e)
		}
		if w.s.score() >= before {
			break
		}
	}
	w.temp = saved
}
