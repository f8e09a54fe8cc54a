package plan

import (
	"math/rand/v2"
	"time"
)

// Row repair: the feasible-first fallback of the construction. The row
// programme honours every hard rule but the maxima of the shift types it
// has no counter for (two at most); those are priced, and where many types
// bind (generated shapes with 8–32 types and tight maxima) the prices
// oscillate: a priced type's shifts move to the next uncounted type, round
// after round. All hard rules belong to one row, so the row alone is
// searched for one without violations: a min-conflicts local search over
// single cells and exchanges of two days, ranked first by the row's hard
// penalty and then by its marginal cost (the cover and request prices),
// with a tabu tenure on changed days so it walks across plateaus. It is
// cheap next to a programme solve and runs when the programme's rows still
// break a rule, or when the construction is out of time.

// repairSampleDays is the number of days a repair step looks at on long
// horizons (all days on shorter ones).
const repairSampleDays = 56

// repairRow changes row (employee e's) in place towards one without hard
// violations and reports whether it got there within steps steps (or
// until passes, if set). c holds the marginal costs [d*V+v] (nil: none).
// On failure row holds the least violating row seen.
func (m *model) repairRow(e int, row []uint8, c []int64, rng *rand.Rand, steps int, until time.Time) bool {
	D, V := m.D, m.V
	var free []int
	for d := range D {
		if m.free(e*D + d) {
			free = append(free, d)
		}
	}
	cost := func(d int, v uint8) int64 {
		if c == nil {
			return 0
		}
		return c[d*V+int(v)]
	}
	tr := newRowTrack(m, e, row)
	h := tr.hard()
	if h == 0 {
		return true
	}
	if len(free) == 0 {
		return false
	}
	best := append([]uint8(nil), row...)
	bestH := h
	tabu := make([]int, D)
	days := free
	sample := make([]int, 0, repairSampleDays)
	const big = int64(1) << 40
	for step := 1; step <= steps; step++ {
		if step%64 == 0 && !until.IsZero() && !time.Now().Before(until) {
			break
		}
		if len(free) > repairSampleDays {
			sample = sample[:0]
			for range repairSampleDays {
				sample = append(sample, free[rng.IntN(len(free))])
			}
			days = sample
		}
		// The best move: one cell to another value, or two days' values
		// exchanged. Ties go to a random one of them.
		bestScore, ties := int64(0), 0
		mv1, mv2, mvV := -1, -1, uint8(0)
		consider := func(score int64, d1, d2 int, v uint8) {
			switch {
			case mv1 < 0 || score < bestScore:
				bestScore, ties, mv1, mv2, mvV = score, 1, d1, d2, v
			case score == bestScore:
				ties++
				if rng.IntN(ties) == 0 {
					mv1, mv2, mvV = d1, d2, v
				}
			}
		}
		for _, d := range days {
			old := row[d]
			mk := m.mask[e*D+d]
			for v := range V {
				if uint8(v) == old || mk&(1<<v) == 0 {
					continue
				}
				nh := tr.hardIf(d, uint8(v))
				if tabu[d] > step && nh >= bestH {
					continue // tabu unless it beats the best
				}
				consider(int64(nh)*big+cost(d, uint8(v))-cost(d, old), d, -1, uint8(v))
			}
		}
		for range len(days) {
			d1, d2 := days[rng.IntN(len(days))], days[rng.IntN(len(days))]
			a, b := row[d1], row[d2]
			if a == b || m.mask[e*D+d1]&(1<<b) == 0 || m.mask[e*D+d2]&(1<<a) == 0 {
				continue
			}
			tr.set(d1, b)
			nh := tr.hardIf(d2, a)
			tr.set(d1, a)
			if (tabu[d1] > step || tabu[d2] > step) && nh >= bestH {
				continue
			}
			consider(int64(nh)*big+cost(d1, b)+cost(d2, a)-cost(d1, a)-cost(d2, b), d1, d2, 0)
		}
		if mv1 < 0 {
			continue
		}
		tenure := step + 3 + rng.IntN(5)
		if mv2 < 0 {
			tr.set(mv1, mvV)
		} else {
			a, b := row[mv1], row[mv2]
			tr.set(mv1, b)
			tr.set(mv2, a)
			tabu[mv2] = tenure
		}
		tabu[mv1] = tenure
		h = tr.hard()
		if h < bestH {
			bestH = h
			copy(best, row)
			if h == 0 {
				return true
			}
		}
	}
	copy(row, best)
	return false
}
