package plan

import (
	"math/rand/v2"
	"testing"
)

// TestRowTrackEqualsRowEval: the tracked hard penalty equals rowEval's (the
// reference: one pass over the whole row) after every change and for every
// change tried, on random rows of random employees: short and long
// horizons, blocks and days off that bind or not, weekends, per-type maxima,
// minute limits, and a tolerance for locked cells.
func TestRowTrackEqualsRowEval(t *testing.T) {
	tried := 0
	nonzero := 0
	for seed := uint64(1); seed <= 60; seed++ {
		rng := rand.New(rand.NewPCG(seed, 31))
		D := 7 * (1 + rng.IntN(10))
		m := randomRowModel(rng, seed, D)
		if seed%6 == 0 {
			m.emp[0].tolerance = int32(1 + rng.IntN(3))
		}
		row := make([]uint8, D)
		for d := range row {
			row[d] = uint8(rng.IntN(m.V))
			if rng.IntN(3) == 0 {
				row[d] = 0
			}
		}
		tr := newRowTrack(m, 0, row)
		for step := 0; step < 300; step++ {
			d, v := rng.IntN(D), uint8(rng.IntN(m.V))
			before := append([]uint8(nil), row...)
			got := tr.hardIf(d, v)
			gotH, gotS := tr.evalIf(d, v)
			for k := range row {
				if row[k] != before[k] {
					t.Fatalf("seed %d step %d: hardIf changed day %d", seed, step, k)
				}
			}
			row[d] = v
			want, wantS := m.rowEval(0, row)
			row[d] = before[d]
			if got != want {
				t.Fatalf("seed %d step %d: hardIf(%d, %d) = %d, rowEval %d (row %v, %+v)", seed, step, d, v, got, want, before, m.emp[0])
			}
			if gotH != want || gotS != wantS {
				t.Fatalf("seed %d step %d: evalIf(%d, %d) = %d, %d; rowEval %d, %d", seed, step, d, v, gotH, gotS, want, wantS)
			}
			tried++
			if want > 0 {
				nonzero++
			}
			if rng.IntN(2) == 0 {
				tr.set(d, v)
				h, so := m.rowEval(0, row)
				if th, ts := tr.eval(); th != h || ts != so {
					t.Fatalf("seed %d step %d: after set(%d, %d) eval %d, %d; rowEval %d, %d", seed, step, d, v, th, ts, h, so)
				}
			}
		}
	}
	if nonzero < tried/10 || nonzero == tried {
		t.Errorf("%d of %d tries had a penalty: the rows do not exercise both cases", nonzero, tried)
	}
}
