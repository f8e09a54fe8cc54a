package rules

import (
	"strconv"

	"github.com/huisrooster/huisrooster/roster"
)

// The hours rules report on every check (RESERVE for every week, SLACK and
// CONTRACT per member and period), so their messages are appended into one
// buffer instead of formatted with fmt, as the coverage messages are: a
// finding costs one string for both languages. They read exactly like the
// fmt formats they replace (hours_format_test.go).

// appendWeekLabel appends the ISO week of d like Date.WeekLabel: "2026-W48".
func appendWeekLabel(b []byte, d roster.Date) []byte {
	y, w := d.ISOWeek()
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, "-W"...)
	return append2(b, w)
}

// appendPeriodLabel appends p (whole ISO weeks) like periodLabel:
// "2026-W45–W48", or "2026-W48" for one week.
func appendPeriodLabel(b []byte, p roster.Window) []byte {
	y, w0 := p.From.ISOWeek()
	_, w1 := p.To.ISOWeek()
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, "-W"...)
	b = append2(b, w0)
	if w0 != w1 {
		b = append(b, "–W"...)
		b = append2(b, w1)
	}
	return b
}

// hoursUnit returns the unit of hours: "u" (nl) or "h" (en).
func hoursUnit(en bool) string {
	if en {
		return "h"
	}
	return "u"
}

// reserveMessage returns the messages of the RESERVE finding of the week of
// mon: "Teamreserve 2026-W48: 12,5 u (contract 300 u − gepland 287,5 u)".
func reserveMessage(buf []byte, mon roster.Date, contract, planned float64) (nl, en string) {
	n := 0 // end of the Dutch message
	for lang := range 2 {
		en := lang == 1
		if en {
			buf = append(buf, "Team reserve "...)
		} else {
			buf = append(buf, "Teamreserve "...)
		}
		buf = appendWeekLabel(buf, mon)
		buf = append(buf, ": "...)
		buf = appendHours(buf, contract-planned, en)
		buf = append(buf, ' ')
		buf = append(buf, hoursUnit(en)...)
		buf = append(buf, " (contract "...)
		buf = appendHours(buf, contract, en)
		buf = append(buf, ' ')
		buf = append(buf, hoursUnit(en)...)
		if en {
			buf = append(buf, " – planned "...)
		} else {
			buf = append(buf, " – gepland "...)
		}
		buf = appendHours(buf, planned, en)
		buf = append(buf, ' ')
		buf = append(buf, hoursUnit(en)...)
		buf = append(buf, ')')
		if lang == 0 {
			n = len(buf)
		}
	}
	return splitAt(buf, n)
}

// appendNamePeriod appends "Anna, 2026-W45–W48: ".
func appendNamePeriod(b []byte, name string, p roster.Window) []byte {
	b = append(b, name...)
	b = append(b, ", "...)
	b = appendPeriodLabel(b, p)
	return append(b, ": "...)
}

// appendHoursUnit appends hours and their unit: "7,5 u" / "7.5 h".
func appendHoursUnit(b []byte, h float64, en bool) []byte {
	b = appendHours(b, h, en)
	b = append(b, ' ')
	return append(b, hoursUnit(en)...)
}

// slackMessage returns the messages of a SLACK finding: "Anna, 2026-W45–W48:
// 140 u gepland van 144 u; speling 10% vraagt ≤ 129,6 u".
func slackMessage(name string, p roster.Window, planned, contract, slack, limit float64) (nl, en string) {
	var arr [192]byte
	buf := arr[:0]
	n := 0 // end of the Dutch message
	for lang := range 2 {
		en := lang == 1
		buf = appendNamePeriod(buf, name, p)
		buf = appendHoursUnit(buf, planned, en)
		if en {
			buf = append(buf, " planned of "...)
		} else {
			buf = append(buf, " gepland van "...)
		}
		buf = appendHoursUnit(buf, contract, en)
		if en {
			buf = append(buf, "; slack "...)
		} else {
			buf = append(buf, "; speling "...)
		}
		buf = appendHours(buf, slack, en)
		if en {
			buf = append(buf, "% asks ≤ "...)
		} else {
			buf = append(buf, "% vraagt ≤ "...)
		}
		buf = appendHoursUnit(buf, limit, en)
		if lang == 0 {
			n = len(buf)
		}
	}
	return splitAt(buf, n)
}

// overworkMessage returns the messages of a CONTRACT finding about meerwerk
// over a period: "Anna, 2026-W45–W48: meerwerk 4 u (148 u gepland, contract
// 144 u; cao art. 6.4.5)".
func overworkMessage(name string, p roster.Window, planned, contract float64) (nl, en string) {
	var arr [192]byte
	buf := arr[:0]
	n := 0 // end of the Dutch message
	for lang := range 2 {
		en := lang == 1
		buf = appendNamePeriod(buf, name, p)
		if en {
			buf = append(buf, "overwork "...)
		} else {
			buf = append(buf, "meerwerk "...)
		}
		buf = appendHoursUnit(buf, planned-contract, en)
		buf = append(buf, " ("...)
		buf = appendHoursUnit(buf, planned, en)
		if en {
			buf = append(buf, " planned, contract "...)
		} else {
			buf = append(buf, " gepland, contract "...)
		}
		buf = appendHoursUnit(buf, contract, en)
		buf = append(buf, "; cao art. 6.4.5)"...)
		if lang == 0 {
			n = len(buf)
		}
	}
	return splitAt(buf, n)
}

// weekContractMessage returns the messages of a CONTRACT finding about the
// week of mon: "Anna, 2026-W48: 42 u gepland bij 36 u contract; meer dan 1/9
// erboven (> 40 u) vraagt instemming (cao art. 6.3c)".
func weekContractMessage(name string, mon roster.Date, planned, contract, limit float64) (nl, en string) {
	var arr [256]byte
	buf := arr[:0]
	n := 0 // end of the Dutch message
	for lang := range 2 {
		en := lang == 1
		buf = append(buf, name...)
		buf = append(buf, ", "...)
		buf = appendWeekLabel(buf, mon)
		buf = append(buf, ": "...)
		buf = appendHoursUnit(buf, planned, en)
		if en {
			buf = append(buf, " planned with a "...)
			buf = appendHoursUnit(buf, contract, en)
			buf = append(buf, " contract; more than 1/9 above it (> "...)
			buf = appendHoursUnit(buf, limit, en)
			buf = append(buf, ") needs consent (cao art. 6.3c)"...)
		} else {
			buf = append(buf, " gepland bij "...)
			buf = appendHoursUnit(buf, contract, en)
			buf = append(buf, " contract; meer dan 1/9 erboven (> "...)
			buf = appendHoursUnit(buf, limit, en)
			buf = append(buf, ") vraagt instemming (cao art. 6.3c)"...)
		}
		if lang == 0 {
			n = len(buf)
		}
	}
	return splitAt(buf, n)
}

// splitAt turns buf into two strings, before and from n, that share one
// allocation.
func splitAt(buf []byte, n int) (string, string) {
	s := string(buf)
	return s[:n], s[n:]
}
