package house

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// TestNightWorkMatchesEngine: the adapter counts as night work what ROLE
// refuses a pregnant member: more than an hour between 00:00 and 06:00,
// also across midnight.
func TestNightWorkMatchesEngine(t *testing.T) {
	c := roster.NewClock
	for _, tt := range []struct {
		start, end roster.Clock
		want       bool
	}{
		{c(23, 0), c(7, 0), true},
		{c(5, 0), c(13, 0), false}, // exactly one hour
		{c(4, 59), c(13, 0), true},
		{c(7, 0), c(15, 0), false},
		{c(15, 0), c(23, 0), false},
		{c(22, 0), c(1, 0), false}, // one hour after midnight
		{c(22, 0), c(1, 1), true},
	} {
		st := &roster.ShiftType{Code: "X", Start: tt.start, End: tt.end}
		if got := nightWork(st); got != tt.want {
			t.Errorf("%s–%s: night work %v, want %v", tt.start, tt.end, got, tt.want)
		}
	}
}
