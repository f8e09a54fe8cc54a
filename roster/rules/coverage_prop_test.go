package rules

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// covRandomHouse builds a random house and plan around base: random shift
// types (overnight ones too), random bands (overnight ones too), roles,
// counts overrides, memberships, sick states and absences.
func covRandomHouse(r *rand.Rand, base roster.Date) *roster.House {
	h := &roster.House{Name: "random"}
	kinds := append([]roster.ShiftKind{roster.KindGroup, roster.KindGroup}, roster.ShiftKinds...) // more presence
	for i := range 6 {
		st := roster.ShiftType{Code: fmt.Sprintf("T%d", i), Kind: kinds[r.IntN(len(kinds))],
			Start: roster.Clock(r.IntN(96) * 15), End: roster.Clock(r.IntN(96) * 15)}
		h.ShiftTypes = append(h.ShiftTypes, st)
	}
	for range 1 + r.IntN(4) {
		b := roster.Band{Day: roster.DayTypes[r.IntN(len(roster.DayTypes))], Start: roster.Clock(r.IntN(48) * 30), End: roster.Clock(r.IntN(49) * 30), Min: r.IntN(4)}
		if r.IntN(3) == 0 {
			b.Max = b.Min + r.IntN(3)
		}
		h.Coverage = append(h.Coverage, b)
	}
	roles := []roster.Role{roster.RoleOpvoeder, roster.RoleOpvoeder, roster.RoleOpvoeder, roster.RoleTeamleider, roster.RoleHuishoudelijk, roster.RoleStagiair}
	for id := 1; id <= 6; id++ {
		m := roster.Member{ID: id, Name: fmt.Sprint(id), Role: roles[r.IntN(len(roles))]}
		if r.IntN(5) == 0 {
			v := r.IntN(2) == 0
			m.Counts = &v
		}
		if r.IntN(6) == 0 {
			d := base + roster.Date(r.IntN(5)-2)
			m.ActiveFrom = &d
		}
		if r.IntN(6) == 0 {
			d := base + roster.Date(r.IntN(5)-2)
			m.ActiveTo = &d
		}
		h.Members = append(h.Members, m)
	}
	for range r.IntN(60) {
		a := roster.Assignment{Member: 1 + r.IntN(7), Date: base + roster.Date(r.IntN(8)-4), Shift: h.ShiftTypes[r.IntN(6)].Code}
		if r.IntN(4) == 0 {
			s, e := roster.Clock(r.IntN(288)*5), roster.Clock(r.IntN(288)*5)
			a.Start, a.End = &s, &e
		}
		if r.IntN(6) == 0 {
			a.State = roster.StateSick
		}
		h.Plan.Assignments = append(h.Plan.Assignments, a)
	}
	for range r.IntN(30) { // history the engine reads for other rules
		a := roster.Assignment{Member: 1 + r.IntN(6), Date: base - roster.Date(5+r.IntN(60)), Shift: h.ShiftTypes[r.IntN(6)].Code}
		h.Plan.Assignments = append(h.Plan.Assignments, a)
	}
	for range r.IntN(3) {
		from := base + roster.Date(r.IntN(8)-4)
		h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: 1 + r.IntN(6), From: from, To: from + roster.Date(r.IntN(3)), Kind: roster.AbsLeave})
	}
	return h
}

// naiveInterval is a shift interval of a member the reference counts.
type naiveInterval struct {
	s, e   time.Time
	member int
}

// naiveIntervals resolves every assignment and keeps those the rule counts,
// written independently of the sweep's filter.
func naiveIntervals(h *roster.House, keep func(roster.ShiftKind) bool, opvoeder bool) []naiveInterval {
	var out []naiveInterval
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		s, err := h.ResolveAssignment(a)
		m := h.Member(a.Member)
		if err != nil || m == nil || !keep(s.Kind) || a.State == roster.StateSick || !m.Active(a.Date) ||
			h.Plan.AbsenceOn(a.Member, a.Date) != nil || (opvoeder && !m.CountsAsOpvoeder()) {
			continue
		}
		out = append(out, naiveInterval{s.Start, s.End, a.Member})
	}
	return out
}

// naiveRuns counts the distinct members present minute by minute over the
// real instants [s, e) and returns the maximal runs of minutes whose count satisfies in, as
// "start end lo hi" strings.
func naiveRuns(iv []naiveInterval, s, e time.Time, in func(int) bool) []string {
	var out []string
	open := false
	var rs time.Time
	lo, hi := 0, 0
	t := s
	for ; t.Before(e); t = t.Add(time.Minute) {
		var present []int // distinct members: a double booking is one person
		for _, x := range iv {
			if !t.Before(x.s) && t.Before(x.e) && !slices.Contains(present, x.member) {
				present = append(present, x.member)
			}
		}
		n := len(present)
		if in(n) {
			if !open {
				open, rs, lo, hi = true, t, n, n
			}
			lo, hi = min(lo, n), max(hi, n)
		} else if open {
			out = append(out, fmt.Sprint(rs.Unix(), t.Unix(), lo, hi))
			open = false
		}
	}
	if open {
		out = append(out, fmt.Sprint(rs.Unix(), e.Unix(), lo, hi))
	}
	return out
}

func TestCoverageMatchesMinuteReference(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 48))
	bases := []roster.Date{
		roster.NewDate(2026, time.March, 29), roster.NewDate(2026, time.October, 25), roster.NewDate(2026, time.March, 28),
		roster.NewDate(2026, time.October, 24), roster.NewDate(2026, time.December, 25), roster.NewDate(2026, time.November, 24),
	}
	iterations := 250
	if testing.Short() {
		iterations = 120
	}
	var gaps, overs, varying, doubles int // the random plans must exercise every case
	for it := range iterations {
		base := bases[r.IntN(len(bases))]
		h := covRandomHouse(r, base)
		if r.IntN(3) == 0 {
			h.Settings.NightStart, h.Settings.NightEnd = roster.Clock(r.IntN(48)*30), roster.Clock(r.IntN(48)*30)
		}
		from := base - roster.Date(r.IntN(3))
		w := roster.Window{From: from, To: from + roster.Date(r.IntN(3))}
		c := newChecker(h, w)

		// Day coverage, per band instance.
		spans, _ := c.coverageSpans()
		got := map[string][]string{}
		for _, sp := range spans {
			if sp.over {
				overs++
			} else {
				gaps++
			}
			if sp.lo != sp.hi {
				varying++
			}
			k := fmt.Sprintf("%v %d %v", sp.day, sp.band, sp.over)
			got[k] = append(got[k], fmt.Sprint(sp.s, sp.e, sp.lo, sp.hi))
		}
		want := map[string][]string{}
		iv := naiveIntervals(h, roster.ShiftKind.Present, true)
		for d := w.From - 1; d <= w.To; d++ {
			for bi, b := range h.Coverage {
				if c.hol.DayTypeOf(d) != b.Day {
					continue
				}
				s, e := roster.Span(d, b.Start, b.End)
				if d < w.From && s.Before(c.winStart) {
					s = c.winStart
				}
				minN, maxN := b.Min, b.MaxOrDefault()
				if g := naiveRuns(iv, s, e, func(n int) bool { return n < minN }); g != nil {
					want[fmt.Sprintf("%v %d %v", d, bi, false)] = g
				}
				if o := naiveRuns(iv, s, e, func(n int) bool { return n > maxN }); o != nil {
					want[fmt.Sprintf("%v %d %v", d, bi, true)] = o
				}
			}
		}
		if !covMapsEqual(got, want) {
			t.Fatalf("iteration %d, window %v, bands %+v:\n got %v\nwant %v", it, w, h.Coverage, got, want)
		}

		// Nights.
		nights, _ := c.nightSpans()
		var gotN, wantN []string
		for _, sp := range nights {
			if sp.lo >= 2 {
				doubles++
			}
			gotN = append(gotN, fmt.Sprintf("%v %d %d %d %d", sp.day, sp.s, sp.e, sp.lo, sp.hi))
		}
		ivN := naiveIntervals(h, roster.ShiftKind.NightCover, false)
		ns, ne := h.Settings.NightStart, h.Settings.NightEnd
		if ns == 0 && ne == 0 {
			ns, ne = roster.NewClock(23, 0), roster.NewClock(7, 0)
		}
		for d := w.From; d <= w.To; d++ {
			s, e := roster.Span(d, ns, ne)
			for _, x := range naiveRuns(ivN, s, e, func(n int) bool { return n == 0 }) {
				wantN = append(wantN, d.String()+" "+x)
			}
			for _, x := range naiveRuns(ivN, s, e, func(n int) bool { return n >= 2 }) {
				wantN = append(wantN, d.String()+" "+x)
			}
		}
		slices.Sort(gotN)
		slices.Sort(wantN)
		if !slices.Equal(gotN, wantN) {
			t.Fatalf("iteration %d, window %v, night %v–%v:\n got %v\nwant %v", it, w, ns, ne, gotN, wantN)
		}

		// Every span becomes exactly one finding of the right rule.
		c.checkCoverage()
		c.checkNights()
		if len(c.out) != len(spans)+len(nights) {
			t.Fatalf("iteration %d: %d findings for %d spans", it, len(c.out), len(spans)+len(nights))
		}
	}
	t.Logf("%d gaps, %d overs, %d varying, %d doubles", gaps, overs, varying, doubles)
	if gaps < iterations/10 || overs < iterations/60 || varying < iterations/40 || doubles < iterations/40 {
		t.Errorf("random plans too tame: %d gaps, %d overs, %d varying, %d double nights", gaps, overs, varying, doubles)
	}
}

func covMapsEqual(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !slices.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

// FuzzCoverageSweep checks the sweep's step function against direct counting
// on arbitrary intervals.
func FuzzCoverageSweep(f *testing.F) {
	f.Add([]byte{0, 10, 5, 15, 10, 10, 3, 4})
	f.Fuzz(func(t *testing.T, b []byte) {
		var iv []presence
		for i := 0; i+1 < len(b); i += 2 {
			iv = append(iv, presence{int64(b[i]), int64(b[i+1]), i})
		}
		st := stepsOf(iv)
		for x := int64(-1); x <= 256; x++ {
			n := 0
			for _, p := range iv {
				if p.s <= x && x < p.e {
					n++
				}
			}
			got := 0
			if k := stepAt(st, x); k >= 0 {
				got = int(st[k].n)
			}
			if got != n {
				t.Fatalf("at %d: sweep %d, direct %d (intervals %v, steps %v)", x, got, n, iv, st)
			}
		}
	})
}

// TestShiftsMatchResolveAssignment holds the per-date midnight cache that
// Shifts (and so the coverage sweep) uses equal to resolving every
// assignment on its own, on DST switch days too, and the in-place sort in
// order: by member, then start, then index.
func TestShiftsMatchResolveAssignment(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for it := range 300 {
		base := []roster.Date{roster.NewDate(2026, time.March, 29), roster.NewDate(2026, time.October, 25), roster.NewDate(2027, time.March, 28)}[it%3]
		h := covRandomHouse(r, base)
		w := roster.Window{From: base - 3, To: base + 2}
		got := h.Shifts(w)
		n := 0
		for i := range h.Plan.Assignments {
			a := &h.Plan.Assignments[i]
			want, err := h.ResolveAssignment(a)
			if err != nil || !w.Contains(a.Date) {
				continue
			}
			n++
			want.Index = i
			k := slices.IndexFunc(got, func(s roster.Shift) bool { return s.Index == i })
			if k < 0 || got[k] != want || got[k].Start.Location() != roster.Amsterdam {
				t.Fatalf("iteration %d, assignment %+v: got %+v, want %+v", it, *a, got, want)
			}
		}
		if n != len(got) {
			t.Fatalf("iteration %d: %d shifts, want %d", it, len(got), n)
		}
		for k := 1; k < len(got); k++ {
			a, b := &got[k-1], &got[k]
			if a.Member > b.Member || a.Member == b.Member && (a.Start.After(b.Start) || a.Start.Equal(b.Start) && a.Index > b.Index) {
				t.Fatalf("iteration %d: shifts out of order at %d: %+v before %+v", it, k, *a, *b)
			}
		}
	}
}
