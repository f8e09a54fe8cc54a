package curtois

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// Shape describes a generated instance: its shift types, weeks and staff,
// and whether its cover is tight (the planted roster's cover ±1, limits
// with little slack) or loose (±2, more slack).
type Shape struct {
	Types, Weeks, Staff int
	Tight               bool
}

// String names the shape, e.g. "t8-w4-s30-tight".
func (s Shape) String() string {
	kind := "loose"
	if s.Tight {
		kind = "tight"
	}
	return fmt.Sprintf("t%d-w%d-s%d-%s", s.Types, s.Weeks, s.Staff, kind)
}

// GeneratedShapes is the fixed seeded set that "bench generated" reports
// beside the public instances: every combination of few and many shift
// types, short and long horizons, small and large staff, tight and loose.
var GeneratedShapes = []Shape{
	{1, 2, 5, true}, {3, 4, 12, false}, {4, 8, 20, true}, {6, 4, 40, false},
	{10, 4, 60, true}, {16, 2, 100, false}, {32, 4, 30, true}, {32, 52, 20, false},
	{5, 26, 50, true}, {8, 52, 150, false}, {2, 52, 8, true}, {12, 12, 150, true},
}

// Generate returns a random instance of the given shape and a roster
// planted in it: the instance's hard limits are read off that roster (with
// slack unless tight), so a roster without any hard violation exists. Cover
// is the planted roster's cover plus noise (±1 if tight, ±2 otherwise).
// The instance goes through Parse, so it is exactly what a file would give.
func Generate(shape Shape, seed uint64) (*Instance, Roster, error) {
	txt, planted := generate(shape, seed)
	in, err := Parse(strings.NewReader(txt))
	if err != nil {
		return nil, nil, fmt.Errorf("gegenereerde instantie / generated instance %s: %w", shape, err)
	}
	return in, planted, nil
}

func generate(sh Shape, seed uint64) (string, Roster) {
	rng := rand.New(rand.NewPCG(seed, uint64(sh.Types)<<32|uint64(sh.Weeks)<<16|uint64(sh.Staff)))
	T, D, E := max(sh.Types, 1), 7*max(sh.Weeks, 1), max(sh.Staff, 1)
	lengths := []int{480, 600, 720, 360, 540}
	minutes := make([]int, T)
	order := rng.Perm(T) // a start-time order: a later start may not precede an earlier one
	follow := make([][]bool, T)
	for t := range T {
		minutes[t] = lengths[rng.IntN(len(lengths))]
		follow[t] = make([]bool, T)
	}
	for t := range T {
		for u := range T {
			if order[u] < order[t] && rng.IntN(2) == 0 {
				follow[t][u] = true // u may not follow t
			}
		}
	}
	planted := make(Roster, E)
	eligible := make([][]bool, E)
	for e := range E {
		eligible[e] = make([]bool, T)
		k := 1 + rng.IntN(T)
		for _, t := range rng.Perm(T)[:k] {
			eligible[e][t] = true
		}
		row := make([]int, D)
		for d := 0; d < D; {
			off := 1 + rng.IntN(3)
			for j := 0; j < off && d < D; j++ {
				row[d] = Off
				d++
			}
			work := 2 + rng.IntN(4)
			prev := Off
			for j := 0; j < work && d < D; j++ {
				var can []int
				for t := range T {
					if eligible[e][t] && (prev == Off || !follow[prev][t]) {
						can = append(can, t)
					}
				}
				if len(can) == 0 {
					break
				}
				prev = can[rng.IntN(len(can))]
				row[d] = prev
				d++
			}
		}
		planted[e] = row
	}
	slack := func(tight, loose int) int {
		if sh.Tight {
			return rng.IntN(tight + 1)
		}
		return rng.IntN(loose + 1)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# generated %s seed %d\n\nSECTION_HORIZON\n%d\n\nSECTION_SHIFTS\n", sh, seed, D)
	for t := range T {
		var cf []string
		for u := range T {
			if follow[t][u] {
				cf = append(cf, fmt.Sprintf("S%d", u+1))
			}
		}
		fmt.Fprintf(&b, "S%d,%d,%s\n", t+1, minutes[t], strings.Join(cf, "|"))
	}
	b.WriteString("\nSECTION_STAFF\n")
	for e, row := range planted {
		cnt := make([]int, T)
		total, weekends := 0, 0
		for d, s := range row {
			if s != Off {
				cnt[s]++
				total += minutes[s]
			}
			if d%7 == 5 && (s != Off || (d+1 < D && row[d+1] != Off)) {
				weekends++
			}
		}
		maxWork, minWork, minOff := 1, D, D
		for d := 0; d < D; {
			j := d
			for j < D && (row[j] != Off) == (row[d] != Off) {
				j++
			}
			inner := d > 0 && j < D
			if row[d] != Off {
				maxWork = max(maxWork, j-d)
				if inner {
					minWork = min(minWork, j-d)
				}
			} else if inner {
				minOff = min(minOff, j-d)
			}
			d = j
		}
		minWork, minOff = min(minWork, 3), min(minOff, 3)
		if !sh.Tight {
			minWork, minOff = min(minWork, 2), min(minOff, 2)
		}
		var ms []string
		for t := range T {
			mx := 0
			if eligible[e][t] {
				mx = cnt[t] + 1 + slack(2, D)
			}
			ms = append(ms, fmt.Sprintf("S%d=%d", t+1, mx))
		}
		lo := max(0, total-480-slack(480, total/5))
		hi := total + 480 + slack(480, total/5)
		fmt.Fprintf(&b, "E%d,%s,%d,%d,%d,%d,%d,%d\n", e+1, strings.Join(ms, "|"), hi, lo,
			maxWork+slack(0, 1), minWork, minOff, weekends+slack(0, 2))
	}
	b.WriteString("\nSECTION_DAYS_OFF\n")
	for e, row := range planted {
		var days []string
		for d, s := range row {
			if s == Off && rng.IntN(8) == 0 {
				days = append(days, fmt.Sprint(d))
			}
		}
		if len(days) > 0 {
			fmt.Fprintf(&b, "E%d,%s\n", e+1, strings.Join(days, ","))
		}
	}
	b.WriteString("\nSECTION_SHIFT_ON_REQUESTS\n")
	for e := range E {
		for range D / 7 {
			d, t := rng.IntN(D), rng.IntN(T)
			if eligible[e][t] {
				fmt.Fprintf(&b, "E%d,%d,S%d,%d\n", e+1, d, t+1, 1+rng.IntN(3))
			}
		}
	}
	b.WriteString("\nSECTION_SHIFT_OFF_REQUESTS\n")
	for e := range E {
		for range D / 7 {
			d, t := rng.IntN(D), rng.IntN(T)
			if eligible[e][t] {
				fmt.Fprintf(&b, "E%d,%d,S%d,%d\n", e+1, d, t+1, 1+rng.IntN(3))
			}
		}
	}
	b.WriteString("\nSECTION_COVER\n")
	noise := 2
	if sh.Tight {
		noise = 1
	}
	for d := range D {
		for t := range T {
			n := 0
			for e := range E {
				if planted[e][d] == t {
					n++
				}
			}
			req := max(0, n+rng.IntN(2*noise+1)-noise)
			fmt.Fprintf(&b, "%d,S%d,%d,100,1\n", d, t+1, req)
		}
	}
	return b.String(), slices.Clip(planted)
}
