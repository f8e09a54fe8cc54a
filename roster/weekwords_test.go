package roster

import (
	"testing"
	"time"
)

// TestPlainWeeks: ISO week labels in a message become words with dates,
// in both languages, across a month and a new year; other text stays.
func TestPlainWeeks(t *testing.T) {
	for _, tc := range []struct {
		in   string
		en   Lang
		want string
	}{
		{"Teamreserve 2026-W49: 12,5 u", Dutch, "Teamreserve week 49 (30 nov – 6 dec): 12,5 u"},
		{"Team reserve 2026-W49: 12.5 h", English, "Team reserve week 49 (30 Nov – 6 Dec): 12.5 h"},
		{"Anna, 2026-W45–W48: meerwerk 4 u", Dutch, "Anna, week 45–48 (2 nov – 29 nov): meerwerk 4 u"},
		{"Anna, 2026-W49–W53: 180 u", Dutch, "Anna, week 49–53 (30 nov – 3 jan): 180 u"},
		{"Bram, 2026-W52–W02: 100 u", Dutch, "Bram, week 52–2 (21 dec – 17 jan): 100 u"},
		{"Week 2027-W53 bestaat niet", Dutch, "Week 2027-W53 bestaat niet"},
		{"geen week hier: 07:00–15:00", Dutch, "geen week hier: 07:00–15:00"},
	} {
		if got := PlainWeeks(tc.in, tc.en); got != tc.want {
			t.Errorf("PlainWeeks(%q, en=%v) = %q, want %q", tc.in, tc.en, got, tc.want)
		}
	}
}

// TestWeekWords: one week and a period, named by number and dates.
func TestWeekWords(t *testing.T) {
	mon := NewDate(2026, time.November, 30)
	if got := WeekWords(Week(mon), Dutch); got != "week 49 (30 nov – 6 dec)" {
		t.Errorf("one week: %q", got)
	}
	if got := WeekWords(Window{From: mon - 28, To: mon - 1}, English); got != "week 45–48 (2 Nov – 29 Nov)" {
		t.Errorf("period: %q", got)
	}
}
