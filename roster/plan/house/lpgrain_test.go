package house

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// TestShortfallIsMultipleOfGrain is the property that makes rounding the
// bound up to the grain valid: on random houses (small, dense and
// generated ones) every way of adding plannable shifts to the open cells,
// whether the engine accepts it or not, leaves a shortfall that is a whole
// multiple of the grain. Random fillings of every density are tried, and
// the grain must be larger than a minute on the generated houses (else the
// rounding would never help).
func TestShortfallIsMultipleOfGrain(t *testing.T) {
	cases := houseCases(12, 200, 209, 212, 600, 624)
	r := rand.New(rand.NewPCG(7, 7))
	for k, c := range cases {
		b := newLPBuild(c.h, c.w)
		g := b.grain()
		if c.name == "generated" && g < 15 {
			t.Errorf("case %d (%s): grain %d minutes", k, c.name, g)
		}
		ix := newIndex(c.h, c.w)
		types := plannable(c.h)
		for trial := range 40 {
			density := float64(trial%5) / 4
			var props []roster.Assignment
			for i := range c.h.Members {
				m := &c.h.Members[i]
				for d := c.w.From; d <= c.w.To; d++ {
					if ix.open(m, d) && r.Float64() < density {
						props = append(props, roster.Assignment{Member: m.ID, Date: d, Shift: types[r.IntN(len(types))].Code})
					}
				}
			}
			h2 := *c.h
			h2.Plan.Assignments = append(slices.Clone(c.h.Plan.Assignments), props...)
			if s := Shortfall(&h2, c.w); s%g != 0 {
				t.Fatalf("case %d (%s): shortfall %d with %d new shifts is not a multiple of the grain %d", k, c.name, s, len(props), g)
			}
		}
	}
}

// TestRoundUpTo: the bound is raised to the next multiple of the grain,
// never lowered, and left alone when it is one already or the grain is 1.
func TestRoundUpTo(t *testing.T) {
	for _, c := range []struct{ v, g, want int }{
		{0, 30, 0}, {1, 30, 30}, {29, 30, 30}, {30, 30, 30}, {31, 30, 60}, {10127, 30, 10140}, {17, 1, 17}, {17, 0, 17}, {45, 15, 45},
	} {
		if got := roundUpTo(c.v, c.g); got != c.want {
			t.Errorf("roundUpTo(%d, %d) = %d, want %d", c.v, c.g, got, c.want)
		}
	}
}
