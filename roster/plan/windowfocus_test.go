package plan

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// TestShortCellsAgainstCount checks the gaps a focused window starts from
// against the state's own cover counters on random rosters.
func TestShortCellsAgainstCount(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		p := longProblem(seed, 2+int(seed%4)*2, 4+int(seed)*3, 1+int(seed%6), seed%2 == 0)
		m := compile(p)
		s := randomState(m, rand.New(rand.NewPCG(seed, 5)))
		var want []gap
		for d := range m.D {
			for v := 1; v < m.V; v++ {
				i := d*m.V + v
				if s.cnt[i] < m.req[i] && m.under[i] > 0 {
					want = append(want, gap{d, v})
				}
			}
		}
		if got := m.shortCells(s.x); !slices.Equal(got, want) {
			t.Errorf("seed %d: shortCells %v, counted %v", seed, got, want)
		}
	}
}

// TestFocusedWindowIsTheProblemRestricted builds focused windows on
// feasible rosters of long problems (loose rows, filled by a row window
// sweep from all off, so gaps remain): the window's free days hold a gap
// that every chosen employee may fill, the start is feasible in the
// sub-problem, and for random changes of the window's free cells the
// sub-problem's cost changes exactly as the full problem's does (the
// window is the problem restricted to its cells, up to a constant), so a
// better window is a better roster.
func TestFocusedWindowIsTheProblemRestricted(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		weeks := []int{2, 4, 8, 26}[seed%4]
		p := longProblem(seed, weeks, 12+int(seed)*6, 1+int(seed%4)*3, true)
		m := compile(p)
		s := newState(m, make([]uint8, m.E*m.D))
		newRowWindows(p, s, seed).sweep(context.Background(), time.Time{}, nil)
		if s.hard != 0 {
			t.Fatalf("seed %d: hard %d after the sweep", seed, s.hard)
		}
		ws := &windowSearch{p: p, m: m, rng: rand.New(rand.NewPCG(seed, 0x5eed)),
			scale: newWindowScale(m.D, m.E, min(7*(1+int(seed%3)), m.D), min(4+int(seed)*2, m.E))}
		gaps := m.shortCells(s.x)
		rng := rand.New(rand.NewPCG(seed, 9))
		for try := range 5 {
			sub, emps, lo, init, ok := ws.buildFocused(s.x)
			if ok != (len(gaps) > 0) {
				t.Fatalf("seed %d: focused window %v with %d gaps", seed, ok, len(gaps))
			}
			if !ok {
				break
			}
			if len(emps) == 0 || len(emps) > ws.scale.staff || !slices.IsSorted(emps) {
				t.Fatalf("seed %d: employees %v (at most %d)", seed, emps, ws.scale.staff)
			}
			// The free days span at most a week; some gap lies on one of
			// them and every chosen employee may take one of those gaps.
			free := func(k, j int) bool { return sub.Employees[k].Fixed[j] == Free }
			first, last := sub.Days, -1
			for k := range emps {
				for j := range sub.Days {
					if free(k, j) {
						first, last = min(first, j), max(last, j)
					}
				}
			}
			if last-first+1 > ws.scale.days {
				t.Errorf("seed %d try %d: free days %d..%d, more than %d", seed, try, first, last, ws.scale.days)
			}
			for k, e := range emps {
				fills := false
				for _, g := range gaps {
					j := g.d - lo
					if j >= 0 && j < sub.Days && free(k, j) && m.mask[e*m.D+g.d]&(1<<uint(g.v)) != 0 {
						fills = true
					}
				}
				if !fills {
					t.Errorf("seed %d try %d: employee %d may fill no gap of the window", seed, try, e)
				}
			}
			sm := compile(sub)
			x0 := make([]uint8, sm.E*sm.D)
			for k := range init {
				for j, v := range init[k] {
					x0[k*sm.D+j] = uint8(v + 1)
				}
			}
			ss := newState(sm, slices.Clone(x0))
			if ss.hard != 0 {
				t.Errorf("seed %d try %d: the window's start has hard %d", seed, try, ss.hard)
			}
			for range 20 {
				y := slices.Clone(x0)
				full := slices.Clone(s.x)
				for range 1 + rng.IntN(6) {
					k, j := rng.IntN(sm.E), rng.IntN(sm.D)
					i := k*sm.D + j
					if !free(k, j) || !sm.free(i) {
						continue
					}
					dom := sm.domain[i]
					y[i] = dom[rng.IntN(len(dom))]
					full[emps[k]*m.D+lo+j] = y[i]
				}
				dSub := newState(sm, y).soft - ss.soft
				dFull := newState(m, full).soft - s.soft
				if dSub != dFull {
					t.Fatalf("seed %d try %d: the window's cost changed by %d, the roster's by %d", seed, try, dSub, dFull)
				}
			}
		}
	}
}

// TestWindowScaleAdapts checks the windows' scale on a table: a window
// proven optimal without a gain grows the staff by a quarter, then the
// days by a week, never to the whole problem; one not proven halves the
// weeks, then takes a third of the staff off, never below a week and four.
func TestWindowScaleAdapts(t *testing.T) {
	for _, c := range []struct {
		D, E, days, staff int
		proven            bool
		wantDays, wantStf int
	}{
		{182, 50, 14, 30, true, 14, 37},
		{182, 50, 14, 48, true, 14, 50},
		{182, 50, 14, 50, true, 21, 50},
		{182, 50, 180, 50, true, 180, 50}, // a whole week more would be everything
		{28, 120, 28, 119, true, 28, 119}, // one more employee would be everything
		{28, 120, 28, 30, true, 28, 37},
		{28, 120, 28, 30, false, 14, 30},
		{182, 50, 70, 30, false, 35, 30},
		{182, 50, 21, 30, false, 7, 30},
		{28, 120, 7, 30, false, 7, 20},
		{28, 120, 7, 4, false, 7, 4},
		{5, 3, 5, 3, false, 5, 3},
	} {
		s := newWindowScale(c.D, c.E, c.days, c.staff)
		s.adapt(c.proven)
		if s.days != c.wantDays || s.staff != c.wantStf {
			t.Errorf("%d×%d at %d×%d, proven %v: %d×%d, want %d×%d", c.D, c.E, c.days, c.staff, c.proven,
				s.days, s.staff, c.wantDays, c.wantStf)
		}
	}
}

// TestWindowScaleStaysInRange adapts random scales by random outcomes: the
// window never becomes the whole problem nor leaves [a week, D] × [4, E],
// and a run of proven windows reaches a window of all but a week or one
// employee.
func TestWindowScaleStaysInRange(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for range 200 {
		D, E := 7*(1+rng.IntN(52)), 1+rng.IntN(150)
		s := newWindowScale(D, E, min(14, D), min(30, E))
		if s.whole(s.days, s.staff) {
			continue
		}
		for range 100 {
			s.adapt(rng.IntN(2) == 0)
			if s.whole(s.days, s.staff) || s.days < min(7, D) || s.days > D || s.staff < min(4, E) || s.staff > E {
				t.Fatalf("%d×%d: window %d×%d", D, E, s.days, s.staff)
			}
		}
		for range 200 {
			s.adapt(true)
		}
		if s.days*s.staff < (D-7)*E && s.days*s.staff < D*(E-1) {
			t.Errorf("%d×%d: proven windows stopped growing at %d×%d", D, E, s.days, s.staff)
		}
	}
}

// TestWindowPayShares checks the choice between sweeps and nested windows:
// sweeps first, then the other kind until it has a quarter of the time,
// then the higher rate.
func TestWindowPayShares(t *testing.T) {
	var p windowPay
	if !p.sweepNext() {
		t.Fatal("no sweep first")
	}
	p.sweep(1000, 4*time.Second)
	if p.sweepNext() {
		t.Fatal("the nested windows never got a turn")
	}
	p.nested(100, time.Second) // 100/s against 250/s
	if !p.sweepNext() {
		t.Error("the nested windows pay less and still run")
	}
	p.nested(2000, time.Second) // now they pay more
	if p.sweepNext() {
		t.Error("the nested windows pay more and do not run")
	}
	for range 20 {
		p.nested(2000, time.Second)
	}
	if !p.sweepNext() {
		t.Error("the sweeps got less than a quarter of the time")
	}
}
