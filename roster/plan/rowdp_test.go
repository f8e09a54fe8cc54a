package plan

import (
	"math/rand/v2"
	"testing"
)

// randomRowModel is a one-employee model of D days (at least a week) with
// three shift types, binding per-type maxima and rules drawn from rng; seed
// picks variants (no maxima on minutes and weekends, a target of minutes).
func randomRowModel(rng *rand.Rand, seed uint64, D int) *model {
	weeks := D / 7
	p := &Problem{Days: D,
		Shifts: []Shift{{Name: "E", Minutes: 480}, {Name: "L", Minutes: 480, CannotFollow: []int{0}},
			{Name: "N", Minutes: 600, CannotFollow: []int{0, 1}}},
	}
	for k := 0; k < weeks; k++ {
		p.Weekends = append(p.Weekends, []int{7*k + 5, 7*k + 6})
	}
	emp := Employee{Name: "A",
		MinMinutes: 480 * rng.IntN(2+2*weeks), MaxMinutes: 480 * (4 + weeks + rng.IntN(2+weeks)),
		MaxConsecutive: 2 + rng.IntN(4), MinConsecutive: rng.IntN(3), MinConsecutiveOff: rng.IntN(3),
		MaxWeekends: rng.IntN(weeks + 1), Fixed: make([]int, D), Cost: make([][]int, D),
		// Binding per-type maxima (the programme counts up to two).
		MaxShifts: []int{Unlimited, 1 + rng.IntN(2+weeks), 1 + rng.IntN(1+weeks)},
	}
	if seed%4 == 0 {
		emp.MaxShifts[0], emp.MaxShifts[2] = 2, Unlimited
	}
	if seed%5 == 0 {
		emp.MaxWeekends = Unlimited
		emp.MaxMinutes = Unlimited
		emp.MaxConsecutive = 0
	}
	if seed%3 == 0 {
		emp.TargetMinutes, emp.MinutesWeight = 300*D, 1+rng.IntN(3)
	}
	if seed%7 == 0 && emp.MaxMinutes != Unlimited {
		emp.MinMinutes = emp.MaxMinutes - 480 // the minimum binds
	}
	for d := range emp.Fixed {
		emp.Fixed[d] = Free
		if rng.IntN(8) == 0 {
			emp.Fixed[d] = rng.IntN(4) - 1
		}
		emp.Cost[d] = []int{rng.IntN(10), rng.IntN(10), rng.IntN(10), rng.IntN(10)}
	}
	p.Employees = []Employee{emp}
	return compile(p)
}

// TestRowDPMatchesBruteForce compares the row programme with enumerating
// every row of a short horizon: same optimal cost, and the row it returns
// has no hard violation and that cost.
func TestRowDPMatchesBruteForce(t *testing.T) {
	const D = 9
	feasible := 0
	for seed := uint64(1); seed <= 25; seed++ {
		m := randomRowModel(rand.New(rand.NewPCG(seed, 99)), seed, D)
		dp := newRowDP(m, 0)
		if !dp.ok {
			t.Fatalf("seed %d: row programme not applicable", seed)
		}
		var sc dpScratch
		sc.ensure(m, dp)
		for d := 0; d < D; d++ {
			for v := 0; v < m.V; v++ {
				sc.c[d*m.V+v] = int64(m.cellCost[d*m.V+v])
			}
		}
		got := dp.solve(&sc)

		want := int64(dpInf)
		eachRow(m, D, func(row []uint8) bool {
			if h, so := m.rowEval(0, row); h == 0 && int64(so) < want {
				want = int64(so)
			}
			return true
		})
		if got != want {
			t.Fatalf("seed %d (%+v): programme %d, brute force %d", seed, m.emp[0], got, want)
		}
		if got < dpInf {
			feasible++
			if h, so := m.rowEval(0, sc.row); h != 0 || int64(so) != got {
				t.Errorf("seed %d: returned row %v has hard %d soft %d, want 0 and %d", seed, sc.row, h, so, got)
			}
		}
	}
	if feasible < 10 {
		t.Errorf("only %d of 25 random rows feasible: the test is too weak", feasible)
	}
}

// TestRowDPRejectsSplitWeekends: a weekend group that is not a run of
// consecutive days (here days 0 and 5) cannot use the programme's flag.
func TestRowDPRejectsSplitWeekends(t *testing.T) {
	p := &Problem{Days: 7, Shifts: []Shift{{Name: "D", Minutes: 480}},
		Weekends:  [][]int{{0, 5}},
		Employees: []Employee{{Name: "A", MaxMinutes: Unlimited, MaxWeekends: 1}}}
	if newRowDP(compile(p), 0).ok {
		t.Error("programme accepted a split weekend")
	}
	p.Weekends = [][]int{{5, 6}}
	if !newRowDP(compile(p), 0).ok {
		t.Error("programme rejected a normal weekend")
	}
}

// TestBoundedRowDP: asked only for rows cheaper than a limit, the programme
// (pruning states by its relaxation's cost to go) finds the same optimum
// when it is below the limit and none when it is not, with either
// relaxation, on costs of both signs as column generation prices them.
func TestBoundedRowDP(t *testing.T) {
	const D = 14
	checked := 0
	for seed := uint64(1); seed <= 80; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		m := randomRowModel(rng, seed, D)
		dp := newRowDP(m, 0)
		if !dp.ok {
			t.Fatalf("seed %d: row programme not applicable", seed)
		}
		var sc dpScratch
		for _, dropWeekends := range []bool{false, true} {
			dp.useRelax(dp.relaxation(dropWeekends), true)
			sc.ensure(m, dp)
			for i := range sc.c {
				sc.c[i] = int64(rng.IntN(41) - 25)
			}
			sc.limited = false
			opt := dp.solve(&sc)
			if opt >= dpInf {
				continue
			}
			checked++
			sc.limited, sc.limit = true, opt+1
			if got := dp.solve(&sc); got != opt {
				t.Fatalf("seed %d (drop weekends %v): bounded programme %d, unbounded %d", seed, dropWeekends, got, opt)
			}
			var cost int64
			tot := 0
			for d, v := range sc.row {
				cost += sc.c[d*m.V+int(v)]
				tot += int(m.minutes[d*m.V+int(v)])
			}
			if h, _ := m.rowEval(0, sc.row); h != 0 || cost+dp.final(tot, 1) != opt {
				t.Fatalf("seed %d: bounded row %v has hard %d and cost %d, want 0 and %d", seed, sc.row, h, cost+dp.final(tot, 1), opt)
			}
			sc.limit = opt
			if got := dp.solve(&sc); got < dpInf {
				t.Fatalf("seed %d: limit %d but the programme returned %d", seed, opt, got)
			}
		}
	}
	if checked < 40 {
		t.Errorf("only %d feasible cases: the test is too weak", checked)
	}
}

// eachRow calls visit with every row of employee 0 over d days whose values
// the model allows (m.mask), until visit returns false; row is reused.
func eachRow(m *model, d int, visit func(row []uint8) bool) {
	row := make([]uint8, d)
	var rec func(k int) bool
	rec = func(k int) bool {
		if k == d {
			return visit(row)
		}
		for v := 0; v < m.V; v++ {
			if m.mask[k]&(1<<v) != 0 {
				row[k] = uint8(v)
				if !rec(k + 1) {
					return false
				}
			}
		}
		return true
	}
	rec(0)
}
