package plan

import "math/rand/v2"

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

// neighbourhoods searches large neighbourhoods of the incumbent best until
// the time or the budget is up or done reports that the incumbent is
// optimal, alternating two kinds: k employees get free rows, and a window
// of w days is free for everyone. After each better solution it runs RINS
// again. A cell whose incumbent value was fixed out stays free.
func (g *colgen) neighbourhoods(d *dfs, best []uint8, root []float64, incumbent *int64, done, adopt func() bool) {
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
	cell := make([]bool, m.E*m.D)
	for n := 0; !d.stopped && !done(); n++ {
		adopt()
		h := hoods[n%len(hoods)]
		before := *incumbent
		mark := len(mt.trail)
		clear(cell)
		h.free(rng, h.size, cell)
		for i, free := range cell {
			if a, v := mt.allow[i], best[i]; !free && a != 1<<v && a&(1<<v) != 0 {
				g.restrict(mt, i/m.D, i%m.D, 1<<v)
			}
		}
		var complete bool
		complete, d.stopped = d.run(incumbent, rinsNodes, false)
		g.backtrack(mt, mark)
		h.update(complete, *incumbent < before)
		if *incumbent < before {
			g.rins(d, best, root, incumbent, adopt)
		}
	}
}
