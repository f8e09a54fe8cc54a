package plan

import (
	"cmp"
	"slices"
	"time"
)

// Kicks for the ejection chains. The chains only keep what lowers the
// objective, so once no chain closes below zero on the best roster the
// stage is dry, and the other stages must change the best before it can
// run again (Instance13: the best stood still from 23 s to 60 s while the
// column stage, the windows and the annealing took their turns without
// a gain). An iterated local search carries on from there: a *kick* moves
// a few gaps elsewhere along random admissible chains (each link keeps its
// row's hard violations, so the kicked roster is as feasible as the one it
// came from, only dearer), the chains then descend from the kicked roster,
// and the result is kept as the walk's roster when it costs no more than
// the one it came from (so the walk crosses plateaus of equal cost), else
// the walk goes back. Every cheaper roster is offered to the schedule.

const (
	// kickWalks is the most gaps one kick moves.
	kickWalks = 3
	// kickLinks is the most links of one random walk.
	kickLinks = 4
	// kickChoice: a walk's link is drawn among the kickChoice cheapest.
	kickChoice = 6
	// kickSlackDiv: the walk accepts a roster dearer by up to the largest
	// weight of a shift short of cover / kickSlackDiv (a worse request,
	// not a new gap).
	kickSlackDiv = 5
	// kickRestart: after this many kicks without a better roster the walk
	// goes back to its best.
	kickRestart = 60
	// kickPatience: a turn's kicks end after this many in a row without a
	// better roster.
	kickPatience = 2 * kickRestart
)

// kickWalk moves one random gap along up to kickLinks random admissible
// links; it reports whether it changed the roster.
func (c *chainSearch) kickWalk() bool {
	gaps := c.gaps()
	if len(gaps) == 0 {
		return false
	}
	d, v := gaps[0][0], uint8(gaps[0][1])
	n := 1 + c.rng.IntN(kickLinks)
	var done []chainLink
	var acc int64
	for k := 0; k < n && v != 0; k++ {
		if l, ok := c.links(d, v, 0, acc); ok {
			c.apply(l) // closes below zero: take it and stop
			done = append(done, l)
			break
		}
		cands := c.cands[0]
		if len(cands) == 0 {
			break
		}
		slices.SortStableFunc(cands, func(a, b chainLink) int { return cmp.Compare(a.cost, b.cost) })
		l := cands[c.rng.IntN(min(len(cands), kickChoice))]
		c.apply(l)
		done = append(done, l)
		acc = l.cost
		d, v = l.gap()
	}
	for _, l := range done {
		c.used[l.e] = false
	}
	return len(done) > 0
}

// chainWalk is the iterated local search of the chain stage on one state
// with its graph.
type chainWalk struct {
	c        *chainSearch
	g        *chainGraph
	base     []uint8 // the walk's accepted roster
	soft     int64   // its cost
	best     []uint8 // the walk's best roster
	bestSoft int64
	idle     int   // kicks since the walk's best improved
	slack    int64 // a kicked roster dearer by up to slack is accepted
}

func newChainWalk(c *chainSearch, g *chainGraph) *chainWalk {
	var slack int32
	for _, w := range c.s.m.under {
		slack = max(slack, w)
	}
	return &chainWalk{c: c, g: g, base: slices.Clone(c.s.x), soft: c.s.soft,
		best: slices.Clone(c.s.x), bestSoft: c.s.soft, slack: int64(slack / kickSlackDiv)}
}

// descend applies the graph's chains until none closes or late.
func (w *chainWalk) descend(late func() bool) {
	for !late() && w.g.improve() {
	}
}

// rebuild refreshes the graph's links of every employee whose row differs
// from ref.
func (w *chainWalk) rebuild(ref []uint8) {
	m := w.c.s.m
	for e := range m.E {
		if !slices.Equal(w.c.s.row(e), ref[e*m.D:(e+1)*m.D]) {
			w.g.build(e)
		}
	}
}

// restore puts the accepted roster back.
func (w *chainWalk) restore() {
	s := w.c.s
	m := s.m
	for e := range m.E {
		row := s.row(e)
		ref := w.base[e*m.D : (e+1)*m.D]
		if slices.Equal(row, ref) {
			continue
		}
		for d := range m.D {
			w.c.put(e, d, ref[d])
		}
		w.c.rescore(e)
		w.g.build(e)
	}
}

// step runs one kick and descent; it calls offer when the state is
// cheaper than the walk's best and reports whether it was. The state ends
// as the walk's accepted roster.
func (w *chainWalk) step(late func() bool, offer func()) bool {
	s := w.c.s
	before := slices.Clone(s.x)
	moved := false
	for range 1 + w.c.rng.IntN(kickWalks) {
		if w.c.kickWalk() {
			moved = true
		}
	}
	if !moved {
		return false
	}
	w.rebuild(before)
	w.descend(late)
	better := s.hard == 0 && s.soft < w.bestSoft
	if better {
		offer()
		copy(w.best, s.x)
		w.bestSoft = s.soft
		w.idle = 0
	} else {
		w.idle++
	}
	if s.hard == 0 && s.soft <= w.soft+w.slack {
		copy(w.base, s.x)
		w.soft = s.soft
	} else {
		w.restore()
	}
	if w.idle > 0 && w.idle%kickRestart == 0 && w.soft > w.bestSoft {
		copy(w.base, w.best)
		w.soft = w.bestSoft
		w.restore()
	}
	return better
}

// kickUntil runs kicks and descents from the state until late, or until
// kickPatience kicks in a row, or (idleFor > 0) idleFor of time, found no
// better roster: the kicks hold a turn only while they pay. On Instance19
// (84 days, where a kick and its descent cost far more than on 28 days and
// the annealing pays) a turn of kicks held up to 34 s of a 5-minute run
// without a gain.
func (w *chainWalk) kickUntil(late func() bool, offer func(), idleFor time.Duration) {
	since := time.Now()
	for idle := 0; idle < kickPatience && !late(); idle++ {
		if idleFor > 0 && time.Since(since) >= idleFor {
			return
		}
		if w.step(late, offer) {
			idle = -1
			since = time.Now()
		}
	}
}
