package team

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// BenchmarkFindCover classifies the 13 other members of the 14-member test
// team for a sick early shift in week 2 of a four-week plan.
func BenchmarkFindCover(b *testing.B) {
	h := rostertest.StandInHouse()
	d := cvStart + 9
	i := cvFind(b, h, cvFirstOn(h, d, "V"), d, "V")
	v := cvSickVacancy(b, h, i)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := findCoverAt(h, v, cvToday); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindCoverSplits is the slow path: nobody can take the whole
// shift, so splits over two colleagues are tried on every whole hour.
func BenchmarkFindCoverSplits(b *testing.B) {
	h := rostertest.StandInHouse()
	d := cvStart + 9
	i := cvFind(b, h, cvFirstOn(h, d, "V"), d, "V")
	v := cvSickVacancy(b, h, i)
	for _, m := range h.Members {
		// Everyone has an hour of overleg in the middle of the shift.
		h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: d, Shift: "O"})
	}
	res, err := findCoverAt(h, v, cvToday)
	if err != nil || len(res.Candidates) != 0 {
		b.Fatalf("want no candidates: %v %v", res.Candidates, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := findCoverAt(h, v, cvToday); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckCoverWindow is one engine run over the window FindCover
// compares, for scale: FindCover costs about (members + 1) of these.
func BenchmarkCheckCoverWindow(b *testing.B) {
	h := rostertest.StandInHouse()
	d := cvStart + 9
	w := roster.Window{From: d - 7, To: d + 7}
	b.ReportAllocs()
	for b.Loop() {
		rules.CheckAt(h, w, cvToday)
	}
}

// cvFirstOn returns the first member with a code shift on d.
func cvFirstOn(h *roster.House, d roster.Date, code string) int {
	for _, a := range h.Plan.Assignments {
		if a.Date == d && a.Shift == code {
			return a.Member
		}
	}
	return 0
}
