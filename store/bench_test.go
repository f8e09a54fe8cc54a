package store

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// benchStore returns a store holding a year of roster for 12 members.
func benchStore(b *testing.B) (*Store, *roster.House) {
	b.Helper()
	s := mustOpen(b)
	h := validHouse(12, 52)
	if err := s.Replace(h, "bench"); err != nil {
		b.Fatal(err)
	}
	return s, h
}

// BenchmarkApplyCell saves one assignment: one CellEdit in one durable
// transaction with its audit record.
func BenchmarkApplyCell(b *testing.B) {
	s, _ := benchStore(b)
	d := roster.NewDate(2026, 3, 4)
	a := []roster.Assignment{{Member: 1, Date: d, Shift: "V"}}
	c := []roster.Assignment{{Member: 1, Date: d, Shift: "L", Note: "geruild"}}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		before, after := a, c
		if i%2 == 1 {
			before, after = c, a
		}
		i++
		e := roster.Edit{NL: "dienst", EN: "shift", Cells: []roster.CellEdit{{Member: 1, Date: d, Before: before, After: after}}}
		if err := s.Apply(e, "Anna"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadWindow4Weeks loads a 4-week period out of a year of roster.
func BenchmarkLoadWindow4Weeks(b *testing.B) {
	s, _ := benchStore(b)
	w := roster.Window{From: roster.NewDate(2026, 6, 1), To: roster.NewDate(2026, 6, 28)}
	b.ReportAllocs()
	for b.Loop() {
		h, err := s.LoadWindow(w)
		if err != nil || len(h.Plan.Assignments) == 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad4WeekHouse loads a whole house that holds 4 weeks of roster.
func BenchmarkLoad4WeekHouse(b *testing.B) {
	s := mustOpen(b)
	if err := s.Replace(validHouse(12, 4), "bench"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadYear loads a whole year of roster.
func BenchmarkLoadYear(b *testing.B) {
	s, _ := benchStore(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
