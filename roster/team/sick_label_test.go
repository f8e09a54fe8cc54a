package team

import (
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// TestSickLabel: one day, a period and an open end read as people say
// them, in both languages.
func TestSickLabel(t *testing.T) {
	sun := roster.NewDate(2026, time.December, 6)
	for _, tc := range []struct {
		to   roster.Date
		l    roster.Lang
		want string
	}{
		{sun, roster.Dutch, "Fatima ziek gemeld op zo 6 dec (1 dienst vrijgekomen)"},
		{sun, roster.English, "Fatima reported sick on Sun 6 Dec (1 shift vacated)"},
		{sun + 3, roster.Dutch, "Fatima ziek gemeld vanaf zo 6 dec t/m wo 9 dec (1 dienst vrijgekomen)"},
		{OpenEnd, roster.Dutch, "Fatima ziek gemeld vanaf zo 6 dec tot nader bericht (1 dienst vrijgekomen)"},
		{OpenEnd, roster.English, "Fatima reported sick from Sun 6 Dec until further notice (1 shift vacated)"},
	} {
		if got := sickLabel("Fatima", sun, tc.to, tc.l, 1); got != tc.want {
			t.Errorf("sickLabel(to %v, %v) = %q, want %q", tc.to, tc.l, got, tc.want)
		}
	}
}
