package house

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortStatesStableMatchesStdlib: the row programme's sort gives the
// same order as slices.SortStableFunc (equal states keep their order), so
// the LP's rows, bounds and proposals are the same as with the stable
// merge, on random states with many ties, long and short.
func TestSortStatesStableMatchesStdlib(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 22))
	byMins := func(a, b *lpState) int {
		if a.mins != b.mins {
			return a.mins - b.mins
		}
		return a.pm - b.pm
	}
	for trial := range 300 {
		n := r.IntN(400)
		c := make([]lpState, n)
		for i := range c {
			// Few distinct keys: many ties; prevState tells equal
			// keys apart, so a changed order shows.
			c[i] = lpState{mins: r.IntN(5), pm: r.IntN(3), val: float64(r.IntN(4)), prevState: i}
		}
		want := slices.Clone(c)
		slices.SortStableFunc(want, func(a, b lpState) int { return byMins(&a, &b) })
		sortStatesStable(c, byMins)
		if !slices.Equal(c, want) {
			t.Fatalf("trial %d (%d states): order differs from the stable sort", trial, n)
		}
	}
}
