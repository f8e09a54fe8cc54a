package plan

import (
	"math/rand/v2"
	"testing"
	"time"
)

// TestRowRepairFindsFeasibleRows compares the row repair with enumerating
// every row of a short horizon: where a row without hard violations exists,
// the repair finds one from a random start, keeps the locked cells and
// uses only allowed values; where none exists it reports failure.
func TestRowRepairFindsFeasibleRows(t *testing.T) {
	const D = 9
	feasible := 0
	for seed := uint64(1); seed <= 40; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		m := randomRowModel(rng, seed, D)
		exists := false
		eachRow(m, D, func(row []uint8) bool {
			h, _ := m.rowEval(0, row)
			exists = h == 0
			return !exists
		})
		// A random start over the allowed values.
		start := make([]uint8, D)
		for d := range start {
			var vals []uint8
			for v := 0; v < m.V; v++ {
				if m.mask[d]&(1<<v) != 0 {
					vals = append(vals, uint8(v))
				}
			}
			start[d] = vals[rng.IntN(len(vals))]
		}
		got := append([]uint8(nil), start...)
		ok := m.repairRow(0, got, nil, rng, 2000, time.Time{})
		if ok != exists {
			t.Fatalf("seed %d (%+v): repair %v, a feasible row exists %v (row %v)", seed, m.emp[0], ok, exists, got)
		}
		for d, v := range got {
			if m.mask[d]&(1<<v) == 0 {
				t.Fatalf("seed %d: day %d got value %d, not allowed", seed, d, v)
			}
			if !m.free(d) && v != start[d] {
				t.Fatalf("seed %d: locked day %d changed", seed, d)
			}
		}
		if ok {
			feasible++
			if h, _ := m.rowEval(0, got); h != 0 {
				t.Fatalf("seed %d: repaired row %v still has hard %d", seed, got, h)
			}
		}
	}
	if feasible < 15 {
		t.Errorf("only %d of 40 random rows feasible: the test is too weak", feasible)
	}
}
