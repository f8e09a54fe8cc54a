package roster

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// This file holds the one formatter (and parser) of decimal numbers that
// every screen, export and command uses: a decimal comma in Dutch, a point
// in English, halves rounded away from zero, and never "-0".

// FormatFixed formats x with exactly prec decimals (prec ≥ 0), a decimal
// comma in Dutch and a point in English: FormatFixed(2.5, 2, Dutch) is
// "2,50". Halves round away from zero, and a value that rounds to zero
// prints as zero without a minus sign. NaN and infinities print as Go
// prints them ("NaN", "+Inf").
func FormatFixed(x float64, prec int, l Lang) string {
	var arr [32]byte
	return string(AppendFixed(arr[:0], x, prec, l))
}

// AppendFixed appends x formatted as by [FormatFixed] to b.
func AppendFixed(b []byte, x float64, prec int, l Lang) []byte {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.AppendFloat(b, x, 'f', -1, 64)
	}
	n := len(b)
	return decimalSep(strconv.AppendFloat(b, roundTo(x, prec), 'f', max(prec, 0), 64), n, l)
}

// FormatUpTo formats x with at most prec decimals, dropping trailing zeros:
// FormatUpTo(7.5, 1, Dutch) is "7,5", FormatUpTo(8, 1, Dutch) is "8" and
// FormatUpTo(0.75, 2, English) is "0.75". A negative prec means as many
// decimals as x needs (the shortest text that reads back as x). Like
// [FormatFixed] it rounds halves away from zero and never prints "-0".
func FormatUpTo(x float64, prec int, l Lang) string {
	var arr [32]byte
	return string(AppendUpTo(arr[:0], x, prec, l))
}

// AppendUpTo appends x formatted as by [FormatUpTo] to b. The rule engine
// builds its messages with it without allocating.
func AppendUpTo(b []byte, x float64, prec int, l Lang) []byte {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.AppendFloat(b, x, 'f', -1, 64)
	}
	if x = roundTo(x, prec); x == 0 {
		x = 0 // turns -0 into 0
	}
	n := len(b)
	return decimalSep(strconv.AppendFloat(b, x, 'f', -1, 64), n, l)
}

// HoursLabel formats hours with at most one decimal, a decimal comma (nl)
// or point (en): "7,5" / "7.5", "8".
func HoursLabel(h float64, l Lang) string { return FormatUpTo(h, 1, l) }

// Decimal formats a number for a message with at most two decimals, a
// decimal comma in Dutch: "0,75", "1".
func Decimal(x float64, l Lang) string { return FormatUpTo(x, 2, l) }

// FormatEuro formats an amount in whole euros with a thousands separator:
// "€ 12.345" in Dutch, "€12,345" in English, "€ -1.250" for a negative
// amount. Like [FormatFixed] it rounds halves away from zero and never
// prints "-0"; NaN and infinities print as Go prints them ("€ NaN").
func FormatEuro(x float64, l Lang) string {
	var arr [48]byte
	b := append(arr[:0], l.Pick("€ ", "€")...)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return string(strconv.AppendFloat(b, x, 'f', -1, 64))
	}
	if x = roundTo(x, 0); x < 0 {
		b = append(b, '-')
		x = -x
	}
	var num [32]byte
	digits := strconv.AppendFloat(num[:0], x, 'f', 0, 64)
	sep := byte('.')
	if l == English {
		sep = ','
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, sep)
		}
		b = append(b, c)
	}
	return string(b)
}

// ParseDecimal reads a number written with a decimal comma or a decimal
// point ("7,5", "7.5", " 8 "), the inverse of [FormatUpTo] and
// [FormatFixed]. It refuses an empty text, thousands separators, NaN and
// infinities with a Dutch and English message.
func ParseDecimal(s string) (float64, error) {
	t := strings.TrimSpace(s)
	if strings.Count(t, ",")+strings.Count(t, ".") > 1 || strings.ContainsAny(t, "_eEpPxXnNiI") {
		return 0, fmt.Errorf("%q is geen getal / %q is not a number", s, s)
	}
	x, err := strconv.ParseFloat(strings.Replace(t, ",", ".", 1), 64)
	if err != nil || math.IsInf(x, 0) {
		return 0, fmt.Errorf("%q is geen getal / %q is not a number", s, s)
	}
	return x, nil
}

// roundTo rounds x to prec decimals, halves away from zero, and turns a
// result of -0 into 0.
func roundTo(x float64, prec int) float64 {
	if prec < 0 {
		return x
	}
	p := math.Pow(10, float64(prec))
	r := math.Round(x*p) / p
	if math.IsInf(r, 0) || math.IsNaN(r) { // x*p overflowed: x has no decimals to round
		r = x
	}
	if r == 0 {
		return 0
	}
	return r
}

// decimalSep turns the decimal point in b[from:] into a comma in Dutch.
func decimalSep(b []byte, from int, l Lang) []byte {
	if l == Dutch {
		for i := from; i < len(b); i++ {
			if b[i] == '.' {
				b[i] = ','
				break
			}
		}
	}
	return b
}

// HourLabel formats c the way the fridge page and its preview show a time,
// as children read it: "7" on the hour, "7.30" otherwise. (Clock.String
// gives the "07:30" of the screens and files.)
func (c Clock) HourLabel() string {
	if c%60 == 0 {
		return strconv.Itoa(int(c) / 60)
	}
	return fmt.Sprintf("%d.%02d", int(c)/60, int(c)%60)
}
