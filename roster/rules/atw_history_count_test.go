package rules

import (
	"math/rand/v2"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// history.count must equal counting has() date by date, for every range.
func TestHistoryCountMatchesHas(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	hs := history{from: 1000, n: 300, members: 3}
	hs.words = (hs.n + 63) / 64
	hs.bits = make([]uint64, int(histPlanes)*hs.words*hs.members)
	for i := 0; i < 400; i++ {
		hs.set(r.IntN(3), hs.from+roster.Date(r.IntN(hs.n)), histSleep)
	}
	for i := 0; i < 2000; i++ {
		mi := r.IntN(3)
		from := hs.from - 20 + roster.Date(r.IntN(hs.n+40))
		to := from + roster.Date(r.IntN(250))
		want := 0
		for d := from; d < to; d++ {
			if hs.has(mi, d, histSleep) {
				want++
			}
		}
		if got := hs.count(mi, from, to, histSleep); got != want {
			t.Fatalf("count(%d, %d, %d) = %d, want %d", mi, from, to, got, want)
		}
	}
}
