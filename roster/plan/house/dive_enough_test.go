package house

import (
	"context"
	"math"
	"testing"
)

// TestDiveEndsAtALeafCloseEnough: with enough set, the dive under a time
// limit ends at the first leaf within enough person-minutes of the root's
// proven bound (the candidate is handed over at once); without it, it
// searches on, and its best leaf is never worse than the early one.
func TestDiveEndsAtALeafCloseEnough(t *testing.T) {
	n := 8
	if testing.Short() || raceOn {
		n = 3
	}
	ended, longer := 0, 0
	cases := houseCases(n, 203, 205)
	if n < 8 {
		// Dense house 8 is the one of these whose first leaf is not the
		// rows' optimum (since the dive prefers the rows the engine
		// admits whole, session 12, the others' first leaves are): the
		// full dive searches on there.
		h, w := denseHouse(8)
		cases = append(cases, houseCase{"dense", h, w})
	}
	for _, c := range cases {
		_, early := diveBuild(context.Background(), c.h, c.w, 40, 80, false)
		if early == nil {
			continue
		}
		early.batch, early.quick, early.enough = diveBatch, true, math.MaxInt32
		leaves := 0
		early.onLeaf = func() { leaves++ }
		early.run(diveDiscrepancies)
		if early.incRows == nil {
			continue // no leaf in the node budget
		}
		if leaves != 1 {
			t.Errorf("%s: the dive went on after a leaf close enough (%d leaves)", c.name, leaves)
		}
		ended++
		_, full := diveBuild(context.Background(), c.h, c.w, 40, 80, false)
		full.batch, full.quick = diveBatch, true
		full.run(diveDiscrepancies)
		if full.nodes > early.nodes {
			longer++
		}
		if full.nodes < early.nodes {
			t.Errorf("%s: the full dive took %d nodes, the early one %d", c.name, full.nodes, early.nodes)
		}
		if full.inc > early.inc+1e-6 {
			t.Errorf("%s: searching on made the best leaf worse: %.1f > %.1f", c.name, full.inc, early.inc)
		}
		if gap := early.inc - float64(early.rootBound()); gap > math.MaxInt32 || gap < -1e-6 {
			t.Errorf("%s: leaf %.1f below the root's bound %d", c.name, early.inc, early.rootBound())
		}
	}
	if ended == 0 || longer == 0 {
		t.Fatalf("%d houses reached a leaf, on %d the full dive searched on: the test tests nothing", ended, longer)
	}
}
