// Package house is the planner's adapter for a roster.House ("vul aan"): it
// maps the open cells of a window onto the planner core (roster/plan), lets
// the engine (rules.Check) judge the result, repairs it until it adds no
// finding, and proves a bound on the coverage any roster within the rules
// can reach.
//
// # The model
//
// Cells are (opvoeder, day); the plannable shift types are the group shifts
// and the night covers. The window is planned week by week (ISO weeks), each
// week as one core problem whose first column is the locked day before it,
// with the proposals of earlier weeks locked like the team's own shifts:
//   - existing assignments, absences, inactivity, "kan niet" whole-day
//     wishes and days in a fixed period lock the cell;
//   - member flags (nights, live-in, sleep shifts, pregnancy: the engine's
//     ROLE rule through rules.MayDoKind) and "kan niet" shift wishes forbid
//     shift types; "liever niet" and "graag" wishes are soft costs;
//   - rest: shift pairs on consecutive days closer than the engine's daily
//     rest (or its night rest after a night duty that ends late) may not
//     follow each other (rules.EngineLimits; the shortened rest is never
//     planned);
//   - hours: per week at most the contract plus 1/9 (rules.ContractWeekLimit)
//     and per balance period at most the slack limit (rules.SlackLimit),
//     counted as the engine's ledger counts them (absences and unplanned
//     kinds included); a cost per hour away from the week's share of what
//     the period has left spreads the hours over the weeks;
//   - coverage: each band of the profile is covered greedily by group shift
//     types at its minimum; each uncovered night wants one night cover: a
//     live-in night when a live-in member is free, else the house's night
//     type.
//
// # The judge
//
// The model is a simplification; the engine decides. After the core, the
// proposal is checked with rules.CheckAt on the window and a week around
// it, against the findings of the house alone. Every finding that is new —
// an error or a warning; a coverage gap counts as new only where the
// uncovered time grows — is hard, except the soft costs the planner weighs
// on purpose (see Soft), which are returned with the proposal. Proposals
// that such a finding names are dropped until none is left (accept); then
// the remaining gaps are refilled one assignment at a time, every step
// judged by the engine (refill); before and after that, proposals that cover
// nothing are dropped (prune). So accepting the whole proposal never adds
// an error or a warning that the proposal does not report.
//
// A second candidate comes from the LP relaxation (lpcand.go): the LP
// bound's goroutine, once its column generation has converged, dives on
// its own build to integer rows (with a budget, else it rounds them; under
// a time limit only a leaf of the dive is a candidate), judges and refills
// them on the other core, and hands them over while the improvement phase
// runs on the core's proposal; the phase switches to them when they leave
// less uncovered than its best so far.
//
// Last, a local search improves the better of the two (improve.go): it
// moves, exchanges and chains proposals between opvoeders and days,
// re-plans a member's whole row as her best response to the others
// (rowsearch.go: the LP bound's row programme at marginal-coverage duals), and
// keeps an edit only when it leaves less uncovered (or as much in fewer
// coverage gaps, or with wishes, hours and nights spread better) and the
// engine's judgement of the whole window finds no hard finding.
//
// # The bound
//
// Bound and LPBound prove how much of the open time no roster within the
// rules can cover: see bound.go and lpbound.go. In Propose a bound tree
// (boundtree.go) raises the LP bound by branching on whole numbers of
// missing opvoeders over sets of segments (the LP's total may be a fraction
// of a shift where every roster is short by whole opvoeders); its proof is
// the least bound over its open nodes, valid whenever it stops.
// Result.BoundMinutes is the largest of these.
package house

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// Result is a proposal and how good it is.
type Result struct {
	// Proposals are new assignments for open cells of the window.
	Proposals []roster.Assignment
	// OpenMinutes is the uncovered person-minutes of the window now,
	// UncoveredMinutes with the proposal accepted (see Shortfall).
	OpenMinutes, UncoveredMinutes int
	// BoundMinutes is a proven lower bound on the uncovered time of every
	// roster within the rules that keeps the existing cells (the larger of
	// Bound and LPBound; LPBound is cut off at 85 % of a time limit, and
	// when the proposal already leaves no more than the bound proves).
	BoundMinutes int
	// Gaps are the coverage findings that remain with the proposal.
	Gaps []rules.Finding
	// Soft are the new findings the proposal makes on purpose: "liever
	// niet" wishes not honoured and too few free Sundays (see Soft).
	Soft []rules.Finding
	// Core is how many assignments the core proposed, Kept how many of
	// them the judge kept (the rest of Proposals come from the refill).
	Core, Kept int
	// FromLP reports that the proposal comes from the LP's rows (the
	// dive's or the rounded ones, lpcand.go) rather than the core, because
	// judged they left less uncovered than the improvement phase's best
	// when they arrived.
	FromLP bool
	// Improved counts the edits the improvement phase kept.
	Improved int
	// Checks counts the engine runs of the judge.
	Checks int
	// Seconds is how long Propose took.
	Seconds float64
}

// coreShare is the part of a time limit the core gets; the judge and the
// refill get the rest.
const coreShare = 0.4

// Propose proposes assignments for the open cells of window w of h. It
// returns only new assignments (existing ones are never moved), which
// together add no error and no warning finding of the engine except the
// soft ones in Result.Soft. progress gets the core's reports, then the
// improvement phase's (Stage StageImprove: Best is the uncovered
// person-minutes so far, Fraction the part of the phase's budget spent),
// at least every 200 ms and every 1 % of the phase. Without a
// time limit, iteration budget or cancellable context the search runs 5 s.
// When ctx ends, Propose returns the best judged proposal so far at once.
// With an iteration budget the result depends only on the house, the
// window and the seed (a time limit given as well is only a cap, which a
// starved machine may reach first).
func Propose(ctx context.Context, h *roster.House, w roster.Window, opts plan.Options, progress func(plan.Progress)) (Result, error) {
	t0 := time.Now()
	if w.Days() < 1 {
		return Result{}, fmt.Errorf("leeg venster %s / empty window %s", w, w)
	}
	if len(plannable(h)) == 0 {
		return Result{}, errors.New("geen planbare diensttypen (groeps- of nachtdiensten) / no plannable shift types (group or night shifts)")
	}
	if opts.TimeLimit == 0 && opts.MaxIterations == 0 && ctx.Done() == nil {
		opts.TimeLimit = 5 * time.Second
	}
	today := roster.Today()
	j := newJudge(h, w, today)
	j.progress, j.t0 = progress, t0
	res := Result{OpenMinutes: Shortfall(h, w)}
	var deadline time.Time
	if opts.TimeLimit > 0 {
		deadline = t0.Add(opts.TimeLimit)
	}
	// The LP bound and the LP candidate run beside the core, the judge and
	// the improvement phase in one goroutine of their own (lpcand.go).
	// Time marks (zero without a time limit): the core gets 40 % of the
	// time; its proposal is refilled until 55 % and pruned until 60 %; the
	// LP's column generation runs until it converges, at most until 85 %;
	// when it converged before 65 % the dive on its build runs until 84 %
	// and the candidate is judged until 90 %; the improvement phase runs
	// until 96 % and switches to the candidate when it arrives judged and
	// leaves less uncovered, so the whole stays within the limit. With an
	// iteration budget (with or without a time limit as a cap) the column
	// generation gets a few rounds and the dive a node budget, and the
	// phase waits for the candidate before it starts (deterministic).
	at := func(f float64) time.Time {
		if deadline.IsZero() {
			return time.Time{}
		}
		return t0.Add(time.Duration(float64(opts.TimeLimit) * f))
	}
	pl := lpPlan{rounds: lpBoundRounds, solveBy: at(0.85), diveFrom: at(0.65), diveBy: at(0.84),
		pruneBy: at(0.86), refillBy: at(0.89), donePrune: at(0.9), judgeBy: at(0.9)}
	// budgeted: an iteration budget decides how much every part works, so
	// the result depends only on the house, the window and the seed; a time
	// limit given as well is only a cap (it bites on a starved machine).
	budgeted := opts.MaxIterations > 0
	if budgeted {
		pl.rounds = int(min(max(opts.MaxIterations/20000, 2), lpBoundRounds))
	} else if opts.TimeLimit > 0 {
		// Under a time limit the dive gets a second or two: fixing a
		// quarter of the members per node reaches a leaf in about four
		// nodes (one at a time took a node per member, more than the time
		// held on houses of 12-16 members).
		pl.batch, pl.leafOnly = diveBatch, true
	}
	pl.nodeBudget = budgeted || deadline.IsZero()
	// The bound tree (boundtree.go) at the dive's first leaf near the
	// root's bound: until 75 % of the time, or a node budget
	// (deterministic); after the handover it runs on until Propose ends
	// (time limit only).
	if budgeted {
		pl.treeNodes = int(opts.MaxIterations / boundTreeIterations)
	} else if !deadline.IsZero() {
		pl.treeBy = at(0.75)
	}
	fromLP := make(chan lpCandidate, 1)
	// proved gets the bound as soon as the column generation ends (before
	// the dive): a phase at the bound need not wait for the candidate.
	proved := make(chan int, 1)
	// arrived ends the improvement phase's first run when a candidate
	// arrives (time limit only; with a budget the phase waits for it).
	phaseCtx, arrived := context.WithCancel(ctx)
	defer arrived()
	// lpCtx ends the candidate's work when Propose no longer needs it.
	lpCtx, lpDone := context.WithCancel(ctx)
	defer lpDone()
	// proof is every bound the goroutine proves as soon as it proves it:
	// the simple bound, the column generation's after every round, the
	// dive root's and the bound tree's while it runs on after the handover
	// (it stops when lpCtx ends; its bound is proven after every step, so
	// Propose reads it without waiting). The goroutine works on a copy of
	// the house's lists: it may still run for a moment after Propose
	// returns (waitCandidate), while the caller adds the proposals.
	var proof atomic.Int64
	pl.proof = &proof
	hl := detached(h)
	go func() {
		simple := Bound(hl, w)
		raiseTo(&proof, simple)
		c := runLPCandidate(lpCtx, hl, w, today, pl, func(b int) { proved <- max(b, simple) })
		c.bound = max(c.bound, simple)
		fromLP <- c
		if !deadline.IsZero() && !budgeted && c.props != nil {
			arrived()
		}
		if c.tree != nil && !budgeted && !deadline.IsZero() {
			c.tree.published = &proof
			c.tree.run(time.Time{}, 0)
		}
	}()
	props, err := coreProposal(ctx, h, w, opts, progress)
	if err != nil {
		return Result{}, err
	}
	res.Core = len(props)
	// The accept gets until 55 % of the time: its last resort (one engine
	// run per proposal) must not overrun the limit; cut short it keeps what
	// it has and the refill fills the rest.
	actx := ctx
	if !deadline.IsZero() {
		var cancel context.CancelFunc
		actx, cancel = context.WithDeadline(ctx, at(0.55))
		defer cancel()
	}
	props, fs := j.accept(actx, props)
	res.Kept = len(props)
	props, fs = j.prune(ctx, props, fs, at(0.6))
	props, fs = j.refill(ctx, props, fs, at(0.55))
	props, fs = j.prune(ctx, props, fs, at(0.6))
	// The improvement phase (improve.go): edits that move, exchange and
	// chain proposals, each judged by the engine, until 96 % of the time.
	budget := 0
	if opts.MaxIterations > 0 {
		budget = int(opts.MaxIterations / improveEvalsPerIteration)
	}
	var lp lpCandidate
	got := false
	// take switches to the judged LP candidate when it leaves less
	// uncovered than props.
	take := func() {
		got = true
		if lp.props == nil || ctx.Err() != nil {
			return
		}
		j.check(props)
		if lp.short < j.short() {
			props, fs, res.FromLP = lp.props, lp.fs, true
		}
	}
	rep := &phaseReports{p: progress, began: time.Now(), end: at(0.96)}
	j.progress = rep.send
	if deadline.IsZero() || budgeted {
		lp = <-fromLP
		take()
		phaseCtx = ctx
	}
	props, fs, res.Improved = j.improve(phaseCtx, props, fs, budget, at(0.96), opts.Seed)
	known := 0 // the bound proved so far
	if !got && ctx.Err() == nil {
		// The phase ended before the candidate arrived (it was cut short
		// by the arrival, or it found nothing more): wait for it until the
		// phase's end unless the proposal is at the bound already, switch
		// when it is better, and improve on.
		j.check(props)
		cur := j.short()
		select {
		case lp = <-fromLP: // arrived (the phase's first run was cut short)
			got = true
		default:
			wait := time.NewTimer(max(0, time.Until(at(0.96))))
		waiting:
			for cur > known {
				select {
				case lp = <-fromLP:
					got = true
					break waiting
				case b := <-proved:
					known = b
				case <-wait.C:
					break waiting
				case <-ctx.Done():
					break waiting
				}
			}
			wait.Stop()
		}
		if got {
			take()
		}
		if got && lp.props != nil && (deadline.IsZero() || time.Now().Before(at(0.95))) {
			rep.nextRun()
			n := 0
			props, fs, n = j.improve(ctx, props, fs, 0, at(0.96), opts.Seed+1)
			res.Improved += n
		}
	}
	res.Proposals = props
	// The candidate's goroutine stops at once (its bound is proven at any
	// stop).
	lpDone()
	if !got {
		lp = waitCandidate(ctx, fromLP, at(0.98), budgeted)
	}
	res.BoundMinutes = max(lp.bound, known)
	res.BoundMinutes = max(res.BoundMinutes, int(proof.Load()))
	j.check(props)
	res.UncoveredMinutes = j.short()
	if ctx.Err() == nil { // no report follows a cancel
		rep.final(res.UncoveredMinutes, time.Since(t0))
	}
	res.Gaps = gaps(fs, w)
	_, res.Soft = j.fresh(fs)
	res.Checks = j.checks + lp.checks
	res.Seconds = time.Since(t0).Seconds()
	return res, nil
}

// waitCandidate waits for the LP goroutine's candidate after lpDone.
// Cancelled, it stops between members, nodes and engine runs, but one master
// solve of the simplex is not cut short: on a large house (a 6-week window
// of 13 members) it ran 2-3 s past Propose's time limit. Under a time limit
// (without a budget) it waits until deadline (98 % of the limit: the last
// engine runs of a long window take a moment), and when ctx ends it returns
// at once; a candidate that does not arrive counts with no bound of its own
// (the goroutine publishes every bound it proves, which Propose reads).
func waitCandidate(ctx context.Context, fromLP <-chan lpCandidate, deadline time.Time, budgeted bool) lpCandidate {
	if budgeted || deadline.IsZero() {
		select {
		case lp := <-fromLP:
			return lp
		case <-ctx.Done():
			return lpCandidate{}
		}
	}
	t := time.NewTimer(max(0, time.Until(deadline)))
	defer t.Stop()
	select {
	case lp := <-fromLP:
		return lp
	case <-t.C:
	case <-ctx.Done():
	}
	return lpCandidate{}
}

// detached returns a copy of h whose lists (members, shift types, coverage
// and the plan's) are its own: a caller that changes h's lists after
// Propose returns does not touch what a goroutine still reads.
func detached(h *roster.House) *roster.House {
	c := *h
	c.Members = slices.Clone(h.Members)
	c.ShiftTypes = slices.Clone(h.ShiftTypes)
	c.Coverage = slices.Clone(h.Coverage)
	c.Plan.Assignments = slices.Clone(h.Plan.Assignments)
	c.Plan.Absences = slices.Clone(h.Plan.Absences)
	c.Plan.Wishes = slices.Clone(h.Plan.Wishes)
	c.Plan.Periods = slices.Clone(h.Plan.Periods)
	return &c
}

// weeks splits w into the parts of its ISO weeks.
func weeks(w roster.Window) []roster.Window {
	var out []roster.Window
	for d := w.From; d <= w.To; {
		end := min(d.Monday()+6, w.To)
		out = append(out, roster.Window{From: d, To: end})
		d = end + 1
	}
	return out
}

// coreProposal runs the core week by week and returns its assignments for
// open cells. When ctx ends it returns what it has.
func coreProposal(ctx context.Context, h *roster.House, w roster.Window, opts plan.Options, progress func(plan.Progress)) ([]roster.Assignment, error) {
	work := *h
	work.Plan.Assignments = append([]roster.Assignment(nil), h.Plan.Assignments...)
	chunks := weeks(w)
	var props []roster.Assignment
	for ci, c := range chunks {
		if ctx.Err() != nil {
			break
		}
		ix := newIndex(&work, c)
		p, cm, err := chunkProblem(&work, ix, c)
		if err != nil {
			return nil, fmt.Errorf("vul aan / fill in: %w", err)
		}
		if len(p.Employees) == 0 {
			continue
		}
		o := opts
		o.Seed = opts.Seed + uint64(ci)
		if opts.TimeLimit > 0 {
			o.TimeLimit = time.Duration(float64(opts.TimeLimit) * coreShare / float64(len(chunks)))
		}
		if opts.MaxIterations > 0 {
			o.MaxIterations = max(opts.MaxIterations/int64(len(chunks)), 1000)
		}
		r, err := plan.Solve(ctx, p, o, progress)
		if errors.Is(err, plan.ErrInfeasible) {
			continue
		}
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			return nil, fmt.Errorf("vul aan / fill in: %w", err)
		}
		for e, row := range r.Solution {
			for d, s := range row {
				if s == plan.Off || cm.locked[e][d] {
					continue
				}
				a := roster.Assignment{Member: cm.members[e], Date: cm.from + roster.Date(d), Shift: cm.codes[s]}
				props = append(props, a)
				work.Plan.Assignments = append(work.Plan.Assignments, a)
			}
		}
	}
	return props, nil
}
