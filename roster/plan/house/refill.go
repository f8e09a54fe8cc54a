package house

import (
	"context"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// refill closes the gaps left after the core's proposal was judged: gap by
// gap (in time order) it tries every member who may still work a shift
// type that overlaps the gap on an open cell of the gap's day or the day
// before, keeps the candidate that shrinks the uncovered time most without
// adding a hard finding (ties: the shallowest shortfall left, by the depth
// cost of depth.go; then no soft finding, then the member with the fewest
// hours against her contract that week, then the earliest member),
// and repeats until no gap can be shrunk, ctx ends or the deadline (zero:
// none) passes. Every step is judged by the engine.
func (j *judge) refill(ctx context.Context, props []roster.Assignment, fs []rules.Finding, deadline time.Time) ([]roster.Assignment, []rules.Finding) {
	types := plannable(j.h)
	hopeless := map[string]bool{}
	for {
		var gap *rules.Finding
		for _, g := range gaps(fs, j.w) {
			if !hopeless[gapKey(g)] {
				gap = &g
				break
			}
		}
		if gap == nil {
			return props, fs
		}
		best, bestFs := j.bestFill(ctx, props, fs, gap, types, deadline)
		if ctx.Err() != nil || (!deadline.IsZero() && time.Now().After(deadline)) {
			if best != nil {
				return append(props, *best), bestFs
			}
			return props, fs
		}
		if best == nil {
			hopeless[gapKey(*gap)] = true
			continue
		}
		props = append(props, *best)
		fs = bestFs
	}
}

// gapKey identifies a gap across steps (its start and rule; a gap that only
// shrinks from its end keeps its key).
func gapKey(f rules.Finding) string {
	return f.Rule + f.Start.Format(time.RFC3339)
}

// bestFill returns the best single assignment that shrinks gap, or nil.
func (j *judge) bestFill(ctx context.Context, props []roster.Assignment, fs []rules.Finding, gap *rules.Finding,
	types []*roster.ShiftType, deadline time.Time) (*roster.Assignment, []rules.Finding) {
	night := gap.Rule == rules.RuleCovNight
	j.check(props)
	now := j.short()
	busy := map[cellKey]bool{}
	for _, a := range props {
		busy[cellKey{a.Member, a.Date}] = true
	}
	ix := newIndex(j.h, j.w)
	gd := roster.DateOf(gap.Start)
	var best *roster.Assignment
	var bestFs []rules.Finding
	var bestKey [5]float64
	for d := gd - 1; d <= gd; d++ {
		if !j.w.Contains(d) {
			continue
		}
		for _, st := range types {
			if (night && !nightKind(j.h, st.Kind)) || (!night && !st.Kind.Present()) {
				continue
			}
			s, e := roster.Span(d, st.Start, st.End)
			if !s.Before(gap.End) || !e.After(gap.Start) {
				continue
			}
			for mi := range j.h.Members {
				m := &j.h.Members[mi]
				if !m.CountsAsOpvoeder() || busy[cellKey{m.ID, d}] || !ix.open(m, d) ||
					!mayWork(m, st) || ix.cannot(m.ID, d, st.Code) {
					continue
				}
				if ctx.Err() != nil || (!deadline.IsZero() && time.Now().After(deadline)) {
					return best, bestFs
				}
				a := roster.Assignment{Member: m.ID, Date: d, Shift: st.Code}
				fs2 := j.check(append(props, a))
				hard, soft := j.fresh(fs2)
				gain := now - j.short()
				if len(hard) > 0 || gain <= 0 {
					continue
				}
				week := roster.Week(d)
				load := ix.hoursIn(m.ID, week) + propHours(j.h, props, m.ID, week)
				if c := contractIn(m, week); c > 0 {
					load /= c
				} else {
					load = 1e9
				}
				key := [5]float64{-float64(gain), float64(j.deep()), float64(len(soft)), load, float64(mi)}
				if best == nil || slices.Compare(key[:], bestKey[:]) < 0 {
					best, bestFs, bestKey = &a, fs2, key
				}
			}
		}
	}
	return best, bestFs
}

// propHours sums the contract hours of member's proposals in w.
func propHours(h *roster.House, props []roster.Assignment, member int, w roster.Window) float64 {
	sum := 0.0
	for _, a := range props {
		if a.Member == member && w.Contains(a.Date) {
			if st := h.ShiftType(a.Shift); st != nil {
				sum += float64(contractMinutes(a.Date, st)) / 60
			}
		}
	}
	return sum
}

// prune drops the proposals that cover nothing: without them the uncovered
// time is the same (they would only spend the member's hours). Dropping work
// adds no finding; the result is judged again all the same. It stops when
// ctx ends or deadline (zero: none) passes, with what it has dropped so far.
func (j *judge) prune(ctx context.Context, props []roster.Assignment, fs []rules.Finding, deadline time.Time) ([]roster.Assignment, []rules.Finding) {
	j.check(props)
	now := j.short()
	for i := len(props) - 1; i >= 0 && ctx.Err() == nil && (deadline.IsZero() || time.Now().Before(deadline)); i-- {
		try := slices.Delete(slices.Clone(props), i, i+1)
		fs2 := j.check(try)
		if hard, _ := j.fresh(fs2); len(hard) == 0 && j.short() <= now {
			props, fs = try, fs2
		}
	}
	return props, fs
}
