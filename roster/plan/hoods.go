package plan

import (
	"math"
	"math/rand/v2"
	"slices"
)

// hood is one kind of large neighbourhood of the incumbent: the cells it
// frees are searched exactly by branch and price, all others keep their
// incumbent values. Its size adapts: it grows by one after hoodTries
// complete searches in a row found nothing better, and shrinks by one when
// a search hits the node limit.
type hood struct {
	size, max int
	fails     int
	// free marks the cells to free for a neighbourhood of the given size.
	free func(rng *rand.Rand, size int, cell []bool)
}

// restartAfter is the number of searches in a row without a better centre
// after which the neighbourhood search kicks the centre.
const restartAfter = 12

// hoodTries is the number of fruitless complete searches after which a
// neighbourhood grows.
const hoodTries = 1

// update adapts the size after a search.
func (h *hood) update(complete, improved bool) {
	switch {
	case improved:
		h.fails = 0
	case !complete:
		h.size, h.fails = max(h.size-1, 1), 0
	default:
		if h.fails++; h.fails >= hoodTries {
			h.size, h.fails = min(h.size+1, h.max), 0
		}
	}
}

// neighbourhoods searches large neighbourhoods of a centre solution until
// the time or the budget is up or done reports that the incumbent is
// optimal, alternating two kinds: k employees get free rows, and a window
// of w days is free for everyone. A better solution becomes the centre
// (and RINS runs around it); one better than the incumbent best is passed
// on to d.found. After restartAfter searches in a row without a better
// centre, the centre is kicked (see kick): descents from elsewhere end in
// other local optima.
// A cell whose centre value was fixed out stays free.
func (g *colgen) neighbourhoods(d *dfs, best []uint8, root []float64, incumbent *int64, done func() bool) {
	m, mt := g.m, d.mt
	rng := rand.New(rand.NewPCG(uint64(m.E), uint64(m.D)))
	hoods := []*hood{
		{size: max(min(3, m.E), m.E/4), max: max(m.E-1, 1), free: func(rng *rand.Rand, k int, cell []bool) {
			for _, e := range rng.Perm(m.E)[:k] {
				for dd := 0; dd < m.D; dd++ {
					cell[e*m.D+dd] = true
				}
			}
		}},
		{size: max(min(2, m.D), m.D/4), max: max(m.D-1, 1), free: func(rng *rand.Rand, w int, cell []bool) {
			from := rng.IntN(m.D - w + 1)
			for e := 0; e < m.E; e++ {
				for dd := from; dd < from+w; dd++ {
					cell[e*m.D+dd] = true
				}
			}
		}},
	}
	centre, cost := slices.Clone(best), *incumbent
	global := d.found
	d.found = func(sol []uint8, soft int64) {
		copy(centre, sol)
		cost = soft
		if soft < *incumbent {
			global(sol, soft)
		}
	}
	defer func() { d.found = global }()
	cell := make([]bool, m.E*m.D)
	stall := 0
	for n := 0; !d.stopped && !done(); n++ {
		if g.inject != nil {
			if x, soft, ok := g.inject(*incumbent); ok {
				// A better solution from outside: it becomes the
				// incumbent and the centre, its rows join the pool.
				for e := 0; e < m.E; e++ {
					if pi := g.add(e, x[e*m.D:(e+1)*m.D]); pi >= 0 {
						g.addToMaster(mt, e, pi)
					}
				}
				*incumbent = soft
				copy(best, x)
				copy(centre, x)
				cost, stall = soft, 0
			}
		}
		h := hoods[n%len(hoods)]
		before := cost
		mark := len(mt.trail)
		clear(cell)
		h.free(rng, h.size, cell)
		for i, free := range cell {
			if !free {
				g.pin(mt, i, centre[i])
			}
		}
		var complete bool
		complete, d.stopped = d.run(&cost, rinsNodes, false)
		g.backtrack(mt, mark)
		h.update(complete, cost < before)
		switch {
		case cost < before:
			stall = 0
			g.rins(d, centre, root, &cost)
		case stall+1 >= restartAfter:
			stall = 0
			g.kick(d, best, *incumbent, centre, &cost, rng)
		default:
			stall++
		}
	}
}

// kick moves the centre away from the incumbent best: the rows of a third
// of the employees, chosen at random, are rebuilt by a dive of the LP
// without pruning, each with one random cell forbidden its best value; the
// others keep best's rows. The dive's solution, a little worse than best
// as a rule, is the new centre.
func (g *colgen) kick(d *dfs, best []uint8, bestCost int64, centre []uint8, cost *int64, rng *rand.Rand) {
	m, mt := g.m, d.mt
	mark := len(mt.trail)
	free := rng.Perm(m.E)[:max(m.E/3, 1)]
	for e := 0; e < m.E; e++ {
		if !slices.Contains(free, e) {
			for i := e * m.D; i < (e+1)*m.D; i++ {
				g.pin(mt, i, best[i])
			}
			continue
		}
		// One of its cells must change, else the dive may well rebuild
		// the same rows.
		i := e*m.D + rng.IntN(m.D)
		if other := mt.allow[i] &^ (1 << best[i]); other&m.mask[i] != 0 {
			g.restrict(mt, i, other)
		}
	}
	copy(centre, best)
	*cost = math.MaxInt64
	_, d.stopped = d.run(cost, 0, true)
	g.backtrack(mt, mark)
	if *cost == math.MaxInt64 { // the dive found no roster: stay at best
		*cost = bestCost
	}
}
