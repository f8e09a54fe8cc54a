package roster

import (
	"math/rand/v2"
	"sort"
	"testing"
	"time"
)

// naiveShifts is the plain reference for House.Shifts: every assignment
// resolved through ResolveAssignment (Date.Time, a zone lookup each), then
// sorted stably by member and start.
func naiveShifts(h *House, w Window) []Shift {
	out := []Shift{}
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if !w.Contains(a.Date) {
			continue
		}
		s, err := h.ResolveAssignment(a)
		if err != nil {
			continue
		}
		s.Index = i
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Member != b.Member {
			return a.Member < b.Member
		}
		return a.Start.Before(b.Start)
	})
	return out
}

// TestShiftsMatchNaive compares House.Shifts with naiveShifts on random
// plans around both DST switches and a year boundary: custom times in the
// spring-forward gap and the doubled autumn hour, 24:00 ends, unknown codes,
// double bookings, assignments in any order or in date order, sparse member
// IDs. The shifts must be identical,
// instants included (same location, same representation).
func TestShiftsMatchNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	bases := []Date{NewDate(2026, 3, 29), NewDate(2026, 10, 25), NewDate(2026, 12, 31), tMon}
	codes := []string{"V", "L", "D", "S", "W", "O", "X"}
	clocks := []Clock{0, NewClock(2, 0), NewClock(2, 30), NewClock(3, 0), NewClock(7, 0), NewClock(23, 0), 1440}
	var gap, custom int
	for it := range 300 {
		h := testHouse()
		base := bases[r.IntN(len(bases))]
		for range r.IntN(120) {
			a := Assignment{Member: 1 + r.IntN(5) - r.IntN(2), Date: base - 10 + Date(r.IntN(25)),
				Shift: codes[r.IntN(len(codes))]}
			if r.IntN(4) == 0 {
				s, e := clocks[r.IntN(len(clocks)-1)], clocks[r.IntN(len(clocks))]
				a.Start, a.End = &s, &e
				custom++
				if a.Date == bases[0] && (s == NewClock(2, 30) || e == NewClock(2, 30)) {
					gap++
				}
			}
			if r.IntN(10) == 0 {
				a.State = StateSick
			}
			h.Plan.Assignments = append(h.Plan.Assignments, a)
		}
		switch r.IntN(4) {
		case 0: // date order, as real plans come: no member needs sorting
			sort.SliceStable(h.Plan.Assignments, func(i, j int) bool {
				return h.Plan.Assignments[i].Date < h.Plan.Assignments[j].Date
			})
		case 1: // sparse IDs: Shifts sorts instead of counting
			for i := range h.Plan.Assignments {
				if i%7 == 0 {
					h.Plan.Assignments[i].Member = []int{-1 << 40, 1 << 50, 99999}[r.IntN(3)]
				}
			}
		}
		from := base - 12 + Date(r.IntN(14))
		w := Window{From: from, To: from + Date(r.IntN(30))}
		got, want := h.Shifts(w), naiveShifts(h, w)
		if len(got) != len(want) {
			t.Fatalf("iteration %d, window %s: %d shifts, want %d", it, w, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("iteration %d, window %s, shift %d:\n got %+v\nwant %+v", it, w, i, got[i], want[i])
			}
		}
	}
	if gap < 5 || custom < 500 {
		t.Errorf("only %d custom times, %d in the DST gap: the test does not reach the switch days", custom, gap)
	}
}

// TestShiftDuration holds Shift.Duration equal to End.Sub(Start): DST
// nights, sub-second instants, other locations, and lengths far beyond any
// shift where Sub saturates.
func TestShiftDuration(t *testing.T) {
	base := NewDate(2026, 10, 24).Time(NewClock(23, 0))
	far := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ s, e time.Time }{
		{base, base.Add(9 * time.Hour)},
		{base.UTC(), base.Add(7*time.Hour + 1)},
		{base.Add(999999999), base},
		{base, base},
		{far, base},
		{base, far},
		{time.Time{}, time.Time{}},
		{base, base.Add(1<<32*time.Second + 5)},
	} {
		s := Shift{Start: tt.s, End: tt.e}
		if got, want := s.Duration(), tt.e.Sub(tt.s); got != want {
			t.Errorf("Duration %v – %v = %v, want %v", tt.s, tt.e, got, want)
		}
	}
}

// TestDayClockMidnights holds every midnight of a dayClock equal to
// Date.Start, over ranges of any length from 1900 to 2100: DST switches,
// Amsterdam's historical offsets and years without DST included.
func TestDayClockMidnights(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	for from := NewDate(1900, 1, 1); from < NewDate(2100, 1, 1); {
		to := from + Date(r.IntN(400))
		dc := NewDayClock(from, to)
		if len(dc.Mid) != int(to-from)+2 {
			t.Fatalf("%v–%v: %d midnights", from, to, len(dc.Mid))
		}
		for i, m := range dc.Mid {
			if d := from + Date(i); m != d.Start().Unix() {
				t.Fatalf("%v–%v: midnight of %v is %d, want %d", from, to, d, m, d.Start().Unix())
			}
		}
		from = to + Date(r.IntN(3))
	}
}

// TestCodeIndex holds codeIndex equal to looking codes up in order (the
// first type with the code wins), with codes that share a first byte,
// duplicates, empty codes and multi-byte letters.
func TestCodeIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	pool := []string{"", "V", "V", "L", "L2", "Lx", "S", "É", "Éa", "N", "W", "w"}
	for it := range 500 {
		var types []ShiftType
		for range r.IntN(8) {
			types = append(types, ShiftType{Code: pool[r.IntN(len(pool))]})
		}
		x := newCodeIndex(types)
		for _, code := range append(pool, "X", "LL", "\xc3") {
			want := -1
			for i := range types {
				if types[i].Code == code {
					want = i
					break
				}
			}
			if got := x.of(code); got != want {
				t.Fatalf("iteration %d, types %v, code %q: %d, want %d", it, types, code, got, want)
			}
		}
	}
}
