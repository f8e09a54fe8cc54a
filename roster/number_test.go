package roster

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestFormatFixed(t *testing.T) {
	for _, c := range []struct {
		x      float64
		prec   int
		nl, en string
	}{
		{7.5, 1, "7,5", "7.5"},
		{8, 1, "8,0", "8.0"},
		{2.5, 2, "2,50", "2.50"},
		{0.125, 2, "0,13", "0.13"}, // half away from zero
		{-0.04, 1, "0,0", "0.0"},   // never "-0,0"
		{-0.0, 2, "0,00", "0.00"},
		{-3.26, 1, "-3,3", "-3.3"},
		{1234.5, 0, "1235", "1235"},
		{math.NaN(), 1, "NaN", "NaN"},
		{math.Inf(1), 1, "+Inf", "+Inf"},
	} {
		if got := FormatFixed(c.x, c.prec, Dutch); got != c.nl {
			t.Errorf("FormatFixed(%v, %d, nl) = %q, want %q", c.x, c.prec, got, c.nl)
		}
		if got := FormatFixed(c.x, c.prec, English); got != c.en {
			t.Errorf("FormatFixed(%v, %d, en) = %q, want %q", c.x, c.prec, got, c.en)
		}
	}
}

func TestFormatUpTo(t *testing.T) {
	for _, c := range []struct {
		x      float64
		prec   int
		nl, en string
	}{
		{7.5, 1, "7,5", "7.5"},
		{8, 1, "8", "8"},
		{7.96, 1, "8", "8"},
		{7.25, 1, "7,3", "7.3"}, // 7 h 15 min: half away from zero
		{-0.04, 1, "0", "0"},
		{0.75, 2, "0,75", "0.75"},
		{8.9, 2, "8,9", "8.9"},
		{1.005, 2, "1", "1"}, // 1.005 is 1.00499… in binary
		{0.1, -1, "0,1", "0.1"},
		{12.3456, -1, "12,3456", "12.3456"},
		{-7.5, 1, "-7,5", "-7.5"},
		{math.Inf(-1), 2, "-Inf", "-Inf"},
	} {
		if got := FormatUpTo(c.x, c.prec, Dutch); got != c.nl {
			t.Errorf("FormatUpTo(%v, %d, nl) = %q, want %q", c.x, c.prec, got, c.nl)
		}
		if got := FormatUpTo(c.x, c.prec, English); got != c.en {
			t.Errorf("FormatUpTo(%v, %d, en) = %q, want %q", c.x, c.prec, got, c.en)
		}
	}
	if HoursLabel(7.5, Dutch) != "7,5" || HoursLabel(-0.01, Dutch) != "0" || Decimal(0.754, Dutch) != "0,75" {
		t.Errorf("HoursLabel/Decimal: %q %q %q", HoursLabel(7.5, Dutch), HoursLabel(-0.01, Dutch), Decimal(0.754, Dutch))
	}
}

func TestParseDecimal(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"7,5", 7.5, true}, {"7.5", 7.5, true}, {" 8 ", 8, true}, {"-3,25", -3.25, true},
		{"", 0, false}, {"1.234,5", 0, false}, {"1,2,3", 0, false}, {"NaN", 0, false},
		{"Inf", 0, false}, {"1e3", 0, false}, {"0x10", 0, false}, {"1_000", 0, false}, {"abc", 0, false},
	} {
		got, err := ParseDecimal(c.in)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

// FuzzDecimalRoundTrip checks that formatting then parsing gives back the
// number rounded to the shown decimals, in both languages.
func FuzzDecimalRoundTrip(f *testing.F) {
	for _, x := range []float64{0, 7.5, -3.25, 0.125, 1234.5678, 1e9, -0.04} {
		f.Add(x, uint8(1))
		f.Add(x, uint8(2))
	}
	f.Fuzz(func(t *testing.T, x float64, p uint8) {
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1e12 {
			return
		}
		prec := int(p % 4)
		want := roundTo(x, prec)
		for _, l := range []Lang{Dutch, English} {
			for _, s := range []string{FormatUpTo(x, prec, l), FormatFixed(x, prec, l)} {
				got, err := ParseDecimal(s)
				if err != nil {
					t.Fatalf("ParseDecimal(%q) from %v: %v", s, x, err)
				}
				if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
					t.Fatalf("%v with %d decimals: %q reads back as %v, want %v", x, prec, s, got, want)
				}
				if got == 0 && s[0] == '-' {
					t.Fatalf("%v printed as %q", x, s)
				}
			}
		}
		s := FormatUpTo(x, -1, Dutch)
		if got, err := ParseDecimal(s); err != nil || got != x {
			t.Fatalf("shortest %q of %v reads back as %v, %v", s, x, got, err)
		}
	})
}

func TestClockHourLabel(t *testing.T) {
	for c, want := range map[Clock]string{NewClock(7, 0): "7", NewClock(7, 30): "7.30", NewClock(23, 5): "23.05", 0: "0", 1440: "24"} {
		if got := c.HourLabel(); got != want {
			t.Errorf("Clock(%d).HourLabel() = %q, want %q", c, got, want)
		}
	}
}

func TestFormatEuro(t *testing.T) {
	for _, c := range []struct {
		x      float64
		nl, en string
	}{
		{0, "€ 0", "€0"},
		{7, "€ 7", "€7"},
		{999.49, "€ 999", "€999"},
		{999.5, "€ 1.000", "€1,000"},
		{12345, "€ 12.345", "€12,345"},
		{1234567.8, "€ 1.234.568", "€1,234,568"},
		{-1250, "€ -1.250", "€-1,250"},
		{-0.4, "€ 0", "€0"},
		{2.5, "€ 3", "€3"},
		{-2.5, "€ -3", "€-3"},
		{math.NaN(), "€ NaN", "€NaN"},
		{math.Inf(1), "€ +Inf", "€+Inf"},
	} {
		if got := FormatEuro(c.x, Dutch); got != c.nl {
			t.Errorf("FormatEuro(%v, Dutch) = %q, want %q", c.x, got, c.nl)
		}
		if got := FormatEuro(c.x, English); got != c.en {
			t.Errorf("FormatEuro(%v, English) = %q, want %q", c.x, got, c.en)
		}
	}
}

// FuzzFormatEuro checks that an amount reads back, in both languages, as
// the number rounded to whole euros: the sign, every digit and a separator
// between every three digits, never "-0".
func FuzzFormatEuro(f *testing.F) {
	for _, x := range []float64{0, 7.5, -3.25, 999.5, 1234.5678, 1e9, -0.04, 1e15} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1e15 {
			return
		}
		want := roundTo(x, 0)
		for _, l := range []Lang{Dutch, English} {
			s := FormatEuro(x, l)
			rest, ok := strings.CutPrefix(s, l.Pick("€ ", "€"))
			if !ok {
				t.Fatalf("%v: %q does not start with the euro sign", x, s)
			}
			neg := strings.HasPrefix(rest, "-")
			rest = strings.TrimPrefix(rest, "-")
			sep := l.Pick(".", ",")
			groups := strings.Split(rest, sep)
			for i, g := range groups {
				if (i > 0 && len(g) != 3) || (i == 0 && (len(g) < 1 || len(g) > 3)) || strings.Trim(g, "0123456789") != "" {
					t.Fatalf("%v: %q is not grouped by three", x, s)
				}
			}
			got, err := strconv.ParseFloat(strings.Join(groups, ""), 64)
			if err != nil {
				t.Fatalf("%v: %q: %v", x, s, err)
			}
			if neg {
				got = -got
			}
			if got != want || (neg && got == 0) {
				t.Fatalf("%v printed as %q, reads back as %v, want %v", x, s, got, want)
			}
		}
	})
}
