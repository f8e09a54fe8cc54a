package house

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMergeFrontMatchesSort: the row programme with merged lists finds the
// same row and value as with sorted lists (the programme before the
// merge), on generated houses at random clamped duals.
func TestMergeFrontMatchesSort(t *testing.T) {
	seeds := []uint64{200, 206, 209, 612}
	if testing.Short() || raceOn {
		seeds = seeds[:2]
	}
	merged := 0
	for _, seed := range seeds {
		h, w := Generate(seed)
		b := newLPBuild(h, w)
		if len(b.segs) == 0 {
			continue
		}
		rng := rand.New(rand.NewPCG(seed, 7))
		for trial := range 6 {
			y := make([]float64, len(b.rhs))
			for i := range b.segs {
				if rng.IntN(3) > 0 {
					y[i] = rng.Float64() * b.segs[i].mins
				}
			}
			for r := b.hrBase; r < len(y); r++ {
				y[r] = -rng.Float64() * 60 * float64(trial)
			}
			for mi := range b.mem {
				m := &b.mem[mi]
				merged++
				m.last = nil
				b.noMerge = true
				v0, r0, _ := b.priceDP(m, y, false, nil)
				m.last = nil
				b.noMerge = false
				v1, r1, _ := b.priceDP(m, y, false, nil)
				if v0 != v1 || !slices.Equal(r0, r1) {
					t.Fatalf("house %d trial %d member %d: sorted %v %v, merged %v %v", seed, trial, m.id, v0, r0, v1, r1)
				}
			}
		}
	}
	if merged == 0 {
		t.Fatal("no member priced")
	}
}
