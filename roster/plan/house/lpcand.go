package house

import (
	"context"
	"slices"
	"sync/atomic"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// The LP candidate: one goroutine proves the bound and proposes from it.
//
// Propose runs the core on one core of the machine; this goroutine runs on
// the other. It solves the LP bound's column generation (lpbound.go) and,
// as soon as that has converged, dives on the SAME build (dive.go): no
// second column generation, so the dive's integer rows are ready seconds
// earlier than when a proposal of its own re-solved the master after the
// core. Then it judges the rows as Propose judges the core's proposal
// (accept, prune, refill, prune) with a judge of its own, and hands the
// judged candidate over; Propose's improvement phase switches to it when
// it leaves less uncovered than the phase's best so far (propose.go).

// lpPlan is when (under a time limit) or how much (with an iteration
// budget) the LP candidate works. Zero times: no clock.
type lpPlan struct {
	rounds int // column generation rounds (≤ 0: lpBoundRounds)
	// solveBy ends the column generation (the bound is valid at any stop);
	// diveFrom is the last moment the dive may start: a column generation
	// that converges later (or not at all) has no candidate, it proves the
	// bound until solveBy.
	solveBy, diveFrom time.Time
	// diveBy ends the dive; pruneBy, refillBy and donePrune end the
	// candidate's judging steps; judgeBy ends the judging as a whole (a
	// candidate not judged by then is dropped).
	diveBy, pruneBy, refillBy, donePrune, judgeBy time.Time
	// nodeBudget caps the dive's node evaluations (4 per member plus 8;
	// without it the dive stops at diveBy).
	nodeBudget bool
	// batch is the dive's batch (see diver.batch; 0: one member per node).
	batch int
	// leafOnly: without a leaf of the dive there is no candidate (under a
	// time limit the rounded rows, judged, were 28-110 h worse than the
	// core's proposal on every house measured; judging them only took CPU
	// from the improvement phase).
	leafOnly bool
	// treeBy (zero: none) ends the bound tree's run at the dive's first
	// leaf, treeNodes (0: no limit) caps its node solves there
	// (boundtree.go); both zero: no tree.
	treeBy    time.Time
	treeNodes int
	// proof (nil: none) gets every bound the goroutine proves as soon as it
	// proves it (raiseTo): the column generation's after every round, the
	// dive root's and the bound tree's; Propose reads it when it cannot
	// wait for the candidate.
	proof *atomic.Int64
}

// lpCandidate is what the goroutine hands over.
type lpCandidate struct {
	// bound is the proven lower bound of the LP: the column generation's,
	// on small houses the exhaustive search's, and the dive root's.
	bound int
	// props are the judged rows (nil: no candidate); fs their findings and
	// short their uncovered person-minutes.
	props []roster.Assignment
	fs    []rules.Finding
	short int
	// checks counts the candidate judge's engine runs.
	checks int
	// tree is the bound tree (nil: none), to be run on after the handover.
	tree *boundTree
}

// runLPCandidate runs the LP bound and, when it converges in time, the
// dive on its build and the judging of its rows (see above). It never
// returns an unproven bound: every value is one of the LP's proven bounds.
// proved gets the bound once, when the column generation (and on a small
// house the exhaustive search) ends, before the dive.
func runLPCandidate(ctx context.Context, h *roster.House, w roster.Window, today roster.Date, pl lpPlan, proved func(int)) lpCandidate {
	b := newLPBuild(h, w)
	if len(b.segs) == 0 {
		proved(0)
		return lpCandidate{}
	}
	b.addWeekly()
	b.smoothing = lpSmoothing
	b.extra = lpExtraRows
	b.published = pl.proof
	rounds := pl.rounds
	if rounds <= 0 {
		rounds = lpBoundRounds
	}
	out := lpCandidate{bound: b.solve(ctx, rounds, pl.solveBy)}
	// On a small house the dive searches the bound's rows exhaustively:
	// their integer optimum is a bound too (dive.go).
	if d := b.exhaustBound(ctx, pl.solveBy); d > out.bound {
		out.bound = d
	}
	proved(out.bound)
	raiseTo(pl.proof, out.bound)
	out.tree = b.startTree(ctx, out.bound, pl.treeBy, pl.treeNodes)
	if ctx.Err() != nil || (!pl.diveFrom.IsZero() && time.Now().After(pl.diveFrom)) {
		return out
	}
	jd := newJudge(h, w, today)
	props, root, leaf := b.diveRows(ctx, jd, pl.diveBy, pl.nodeBudget, pl.batch, pl.leafOnly)
	out.bound = max(out.bound, root)
	raiseTo(pl.proof, out.bound)
	if len(props) == 0 || ctx.Err() != nil || (pl.leafOnly && !leaf) {
		return out
	}
	// The judging: the engine decides, as for the core's proposal.
	jctx := ctx
	if !pl.judgeBy.IsZero() {
		var cancel context.CancelFunc
		jctx, cancel = context.WithDeadline(ctx, pl.judgeBy)
		defer cancel()
	}
	jd.checks = 0
	var p []roster.Assignment
	var fs []rules.Finding
	if pl.judgeBy.IsZero() {
		p, fs = jd.accept(jctx, props)
	} else if p, fs = jd.acceptQuick(jctx, props); p == nil {
		out.checks = jd.checks
		return out
	}
	p, fs = jd.prune(jctx, p, fs, pl.pruneBy)
	p, fs = jd.refill(jctx, p, fs, pl.refillBy)
	p, fs = jd.prune(jctx, p, fs, pl.donePrune)
	out.checks = jd.checks
	if jctx.Err() != nil {
		return out // cut short: the accept may have dropped what it could not explain
	}
	jd.check(p)
	out.props, out.fs, out.short = p, fs, jd.short()
	return out
}

// raiseTo raises proof (nil: none) to bound when bound is higher.
func raiseTo(proof *atomic.Int64, bound int) {
	if proof == nil {
		return
	}
	for {
		cur := proof.Load()
		if int64(bound) <= cur || proof.CompareAndSwap(cur, int64(bound)) {
			return
		}
	}
}

// phaseReports passes the improvement phase's progress reports on as one
// phase, also when it runs twice (before and after the LP candidate
// arrives): the fraction grows with the time (or the budget) of the whole
// phase, the screens add up, the best never rises, and only Propose's
// final report says 1.
type phaseReports struct {
	p          func(plan.Progress)
	began, end time.Time // the phase's time (zero end: a budget)
	last       plan.Progress
	sent       bool
	itBase     int64 // the screens of the runs before
}

// send passes report q of the phase's current run on.
func (r *phaseReports) send(q plan.Progress) {
	if r.p == nil {
		return
	}
	q.Iterations += r.itBase
	if !r.end.IsZero() {
		q.Fraction = 0
		if total := r.end.Sub(r.began); total > 0 {
			q.Fraction = min(1, max(0, float64(time.Since(r.began))/float64(total)))
		}
	}
	q.Fraction = min(q.Fraction, 0.999)
	if r.sent {
		q.Fraction = max(q.Fraction, r.last.Fraction)
		q.Best = min(q.Best, r.last.Best)
		q.Iterations = max(q.Iterations, r.last.Iterations)
	}
	r.last, r.sent = q, true
	r.p(q)
}

// nextRun marks the start of the phase's next run (its screens count on).
func (r *phaseReports) nextRun() { r.itBase = r.last.Iterations }

// final sends the phase's last report (when it sent any): best is the
// proposal's uncovered person-minutes.
func (r *phaseReports) final(best int, elapsed time.Duration) {
	if r.p == nil || !r.sent {
		return
	}
	q := r.last
	q.Best, q.Fraction, q.Elapsed = int64(best), 1, max(q.Elapsed, elapsed)
	r.p(q)
}

// diveRows dives on b's rows (b solved; dive.go) until deadline (zero:
// none) or, with nodeBudget, for 4 nodes per member plus 8, fixing 1/batch
// of the members per node (batch > 1; the first pass then goes straight
// to a leaf) and only the part of a row the engine admits (jd). It returns
// the assignments of the dive's best leaf, or of the rounded rows when no
// leaf leaves less uncovered in the model, the dive root's proven bound
// (0: the root was not solved) and whether the rows are a leaf's. With
// leafOnly the rounded rows are never the answer, so they do not prune
// the dive either: where they meet the root's bound in the model (house
// 222) they pruned the root, and the dive gave no leaf at all.
func (b *lpBuild) diveRows(ctx context.Context, jd *judge, deadline time.Time, nodeBudget bool, batch int, leafOnly bool) ([]roster.Assignment, int, bool) {
	props := b.rounded()
	maxNodes := 0
	if nodeBudget {
		maxNodes = 4*len(b.mem) + 8
	}
	dv := newDiver(ctx, b, deadline, maxNodes, false)
	dv.batch = batch
	dv.quick = batch > 1
	dv.admit = b.engineAdmit(jd)
	if dv.quick {
		dv.enough = diveEnough
	}
	if !leafOnly {
		dv.inc = b.modelValue(props) // only rows that leave less replace them
	}
	dv.run(diveDiscrepancies)
	if dv.incRows != nil {
		props = b.assignments(dv.incRows)
	}
	return props, dv.rootBound(), dv.incRows != nil
}

// acceptQuick is the judge's accept for a candidate under a time limit:
// it drops the proposals the engine's new hard findings implicate, round
// by round, until none is left, but without accept's last resort (adding
// the proposals back one at a time, an engine run each, which does not
// stop at a deadline): when the rounds do not settle it, or ctx ends, it
// returns nil and there is no candidate.
func (j *judge) acceptQuick(ctx context.Context, props []roster.Assignment) ([]roster.Assignment, []rules.Finding) {
	props = slices.Clone(props)
	for round := 0; round < 8 && ctx.Err() == nil; round++ {
		fs := j.check(props)
		hard, _ := j.fresh(fs)
		if len(hard) == 0 {
			return props, fs
		}
		kept := props[:0:0]
		for _, a := range props {
			if !implicated(a, hard, round >= 2) {
				kept = append(kept, a)
			}
		}
		if len(kept) == len(props) {
			return nil, nil
		}
		props = kept
	}
	return nil, nil
}
