package roster

import (
	"testing"
	"time"
)

func TestParseDateEntry(t *testing.T) {
	tests := []struct {
		in   string
		year int
		want Date // 0: refused
	}{
		{"8-3-2027", 0, NewDate(2027, time.March, 8)},
		{"08-03-2027", 0, NewDate(2027, time.March, 8)},
		{" 8/3/2027 ", 0, NewDate(2027, time.March, 8)},
		{"8.3.2027", 0, NewDate(2027, time.March, 8)},
		{"2027-03-08", 0, NewDate(2027, time.March, 8)},
		{"2027-3-8", 0, NewDate(2027, time.March, 8)},
		{"8-3", 2027, NewDate(2027, time.March, 8)},
		{"8-3", 0, 0},
		{"29-02-2028", 0, NewDate(2028, time.February, 29)},
		{"29-02-2027", 0, 0},
		{"31-04-2027", 0, 0},
		{"0-1-2027", 0, 0},
		{"1-13-2027", 0, 0},
		{"1-1-27", 0, 0},
		{"", 0, 0},
		{"ma 7 dec", 0, 0},
		{"7-12-2026-1", 0, 0},
		{"-1-12-2026", 0, 0},
	}
	for _, tt := range tests {
		got, err := ParseDateEntry(tt.in, tt.year)
		if tt.want == 0 {
			if err == nil {
				t.Errorf("ParseDateEntry(%q, %d) = %s, want an error", tt.in, tt.year, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseDateEntry(%q, %d) = %s, %v; want %s", tt.in, tt.year, got, err, tt.want)
		}
	}
}

func TestDateEntryLabels(t *testing.T) {
	d := NewDate(2026, time.December, 7)
	if got := FormatDateEntry(NewDate(2027, time.March, 8)); got != "08-03-2027" {
		t.Errorf("FormatDateEntry = %q", got)
	}
	if got := ShortDayLabel(d, Dutch); got != "ma 7 dec" {
		t.Errorf("nl = %q", got)
	}
	if got := ShortDayLabel(d, English); got != "Mon 7 Dec" {
		t.Errorf("en = %q", got)
	}
}

// FuzzParseDateEntry: whatever is typed, the parser does not panic, and a
// date it accepts reads back the same from its own formatting.
func FuzzParseDateEntry(f *testing.F) {
	for _, s := range []string{"8-3-2027", "2027-03-08", "8-3", "31-02-2027", "", "--", "9999999999-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDateEntry(s, 2026)
		if err != nil {
			return
		}
		back, err := ParseDateEntry(FormatDateEntry(d), 0)
		if err != nil || back != d {
			t.Fatalf("%q → %s → %q → %s, %v", s, d, FormatDateEntry(d), back, err)
		}
	})
}
