package changes

import (
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// BenchmarkSummarize nets 2,000 audit records of single-cell edits (the
// most "Wat is er veranderd?" reads), against BenchmarkSummarize200 (a
// usual look): the ratio is what a long absence costs.
func BenchmarkSummarize(b *testing.B)    { benchSummarize(b, 2000) }
func BenchmarkSummarize200(b *testing.B) { benchSummarize(b, 200) }

func benchSummarize(b *testing.B, n int) {
	h := testHouse()
	today := roster.NewDate(2026, 11, 23)
	recs := make([]roster.AuditRecord, n)
	for i := range recs {
		m, d := 1+i%4, today+roster.Date(i%60)
		code := []string{"V", "L"}[i%2]
		recs[i] = roster.AuditRecord{Seq: uint64(i + 1), When: time.Unix(int64(i), 0), Who: "Eva",
			Edit: roster.Edit{Cells: []roster.CellEdit{{Member: m, Date: d,
				After: []roster.Assignment{{Member: m, Date: d, Shift: code}}}}}}
	}
	for b.Loop() {
		Summarize(recs, h, anna, today)
	}
}
