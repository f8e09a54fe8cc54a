package store

import (
	"fmt"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// storeWithLog returns the path of a closed roster holding a year of roster
// for 12 members and an audit log of n records (cell edits, as the app
// makes them), written in one transaction to keep the set-up quick.
func storeWithLog(b testing.TB, n int) string {
	b.Helper()
	s := mustOpen(b)
	if err := s.Replace(validHouse(12, 52), "bench"); err != nil {
		b.Fatal(err)
	}
	d := roster.NewDate(2026, 3, 4)
	clock := time.Date(2025, 1, 1, 8, 0, 0, 0, time.UTC)
	err := s.db.Update(func(tx *bolt.Tx) error {
		for i := range n {
			before := []roster.Assignment{{Member: 1 + i%12, Date: d + roster.Date(i%300), Shift: "V"}}
			after := []roster.Assignment{{Member: 1 + i%12, Date: d + roster.Date(i%300), Shift: "L", Note: fmt.Sprint("ruil ", i)}}
			e := roster.Edit{NL: "dienst gewijzigd", EN: "shift changed",
				Cells: []roster.CellEdit{{Member: 1 + i%12, Date: d + roster.Date(i%300), Before: before, After: after}}}
			now := func() time.Time { return clock.Add(time.Duration(i) * time.Minute) }
			if err := appendAudit(tx, now, "Anna", e); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	s.Close()
	return s.Path()
}

// BenchmarkOpenLog100k opens (and closes) a roster whose audit log holds
// 100,000 records; compare with BenchmarkOpenLog1k: opening must not grow
// with the log.
func BenchmarkOpenLog100k(b *testing.B) { benchOpen(b, 100_000) }

// BenchmarkOpenLog10k is BenchmarkOpenLog100k with 10,000 records.
func BenchmarkOpenLog10k(b *testing.B) { benchOpen(b, 10_000) }

// BenchmarkOpenLog1k is BenchmarkOpenLog100k with 1,000 records.
func BenchmarkOpenLog1k(b *testing.B) { benchOpen(b, 1_000) }

func benchOpen(b *testing.B, n int) {
	path := storeWithLog(b, n)
	b.ReportAllocs()
	for b.Loop() {
		s, err := Open(path, nil)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
