package rules

import (
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// TestPlainMessage: the findings panel's wording: weeks and short dates in
// words, in both languages, across the new year; a date whose weekday does
// not match is left alone.
func TestPlainMessage(t *testing.T) {
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 7, 0, 0, 0, roster.Amsterdam) }
	for _, tc := range []struct {
		f    Finding
		l    roster.Lang
		want string
	}{
		{Finding{Start: at(2026, 11, 30), NL: "ma 30-11 07:00–15:00: 2 van 3 opvoeders aanwezig"}, roster.Dutch,
			"ma 30 nov 07:00–15:00: 2 van 3 opvoeders aanwezig"},
		{Finding{Start: at(2026, 11, 30), EN: "Mon 30-11 07:00–15:00: 2 of 3 present"}, roster.English,
			"Mon 30 Nov 07:00–15:00: 2 of 3 present"},
		{Finding{Start: at(2026, 12, 31), NL: "vr 01-01 07:00: nacht open"}, roster.Dutch, "vr 1 jan 07:00: nacht open"},
		{Finding{Start: at(2026, 11, 30), NL: "Teamreserve 2026-W49: 67,1 u"}, roster.Dutch, "Teamreserve week 49 (30 nov – 6 dec): 67,1 u"},
		{Finding{Start: at(2026, 11, 30), NL: "di 30-11: klopt niet"}, roster.Dutch, "di 30-11: klopt niet"},
	} {
		if got := PlainMessage(tc.f, tc.l); got != tc.want {
			t.Errorf("PlainMessage(%q) = %q, want %q", tc.f.Message(tc.l), got, tc.want)
		}
	}
}
