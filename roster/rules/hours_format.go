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
func hoursUnit(l roster.Lang) string { return l.Pick("u", "h") }

// bilingual appends the Dutch and then the English message that write
// appends to buf, and returns them as two strings that share one
// allocation.
func bilingual(buf []byte, write func(b []byte, l roster.Lang) []byte) (nl, en string) {
	buf = write(buf, roster.Dutch)
	n := len(buf) // end of the Dutch message
	return splitAt(write(buf, roster.English), n)
}

// reserveMessage returns the messages of the RESERVE finding of the week of
// mon: "Teamreserve 2026-W48: 12,5 u (contract 300 u − gepland 287,5 u)".
func reserveMessage(buf []byte, mon roster.Date, contract, planned float64) (nl, en string) {
	return bilingual(buf, func(b []byte, l roster.Lang) []byte {
		b = append(b, l.Pick("Teamreserve ", "Team reserve ")...)
		b = appendWeekLabel(b, mon)
		b = append(b, ": "...)
		b = appendHoursUnit(b, contract-planned, l)
		b = append(b, " (contract "...)
		b = appendHoursUnit(b, contract, l)
		b = append(b, l.Pick(" – gepland ", " – planned ")...)
		b = appendHoursUnit(b, planned, l)
		return append(b, ')')
	})
}

// appendNamePeriod appends "Anna, 2026-W45–W48: ".
func appendNamePeriod(b []byte, name string, p roster.Window) []byte {
	b = append(b, name...)
	b = append(b, ", "...)
	b = appendPeriodLabel(b, p)
	return append(b, ": "...)
}

// appendHoursUnit appends hours and their unit: "7,5 u" / "7.5 h".
func appendHoursUnit(b []byte, h float64, l roster.Lang) []byte {
	b = appendHours(b, h, l)
	b = append(b, ' ')
	return append(b, hoursUnit(l)...)
}

// appendExactHoursUnit appends hours with exactHoursLabel and their unit:
// the hours a rule compares with its limit, so "40,02 u" never reads as the
// "40 u" it exceeds.
func appendExactHoursUnit(b []byte, h float64, l roster.Lang) []byte {
	b = append(b, exactHoursLabel(h, l)...)
	b = append(b, ' ')
	return append(b, hoursUnit(l)...)
}

// slackMessage returns the messages of a SLACK finding: "Anna, 2026-W45–W48:
// 140 u gepland van 144 u; speling 10% vraagt ≤ 129,6 u".
func slackMessage(name string, p roster.Window, planned, contract, slack, limit float64) (nl, en string) {
	var arr [192]byte
	return bilingual(arr[:0], func(b []byte, l roster.Lang) []byte {
		b = appendNamePeriod(b, name, p)
		b = appendExactHoursUnit(b, planned, l)
		b = append(b, l.Pick(" gepland van ", " planned of ")...)
		b = appendHoursUnit(b, contract, l)
		b = append(b, l.Pick("; speling ", "; slack ")...)
		b = appendHours(b, slack, l)
		b = append(b, l.Pick("% vraagt ≤ ", "% asks ≤ ")...)
		return appendExactHoursUnit(b, limit, l)
	})
}

// overworkMessage returns the messages of a CONTRACT finding about meerwerk
// over a period: "Anna, 2026-W45–W48: meerwerk 4 u (148 u gepland, contract
// 144 u; cao art. 6.4.5)".
func overworkMessage(name string, p roster.Window, planned, contract float64) (nl, en string) {
	var arr [192]byte
	return bilingual(arr[:0], func(b []byte, l roster.Lang) []byte {
		b = appendNamePeriod(b, name, p)
		b = append(b, l.Pick("meerwerk ", "overwork ")...)
		b = appendExactHoursUnit(b, planned-contract, l)
		b = append(b, " ("...)
		b = appendExactHoursUnit(b, planned, l)
		b = append(b, l.Pick(" gepland, contract ", " planned, contract ")...)
		b = appendHoursUnit(b, contract, l)
		return append(b, "; cao art. 6.4.5)"...)
	})
}

// weekContractMessage returns the messages of a CONTRACT finding about the
// week of mon: "Anna, 2026-W48: 42 u gepland bij 36 u contract; meer dan 1/9
// erboven (> 40 u) vraagt instemming (cao art. 6.3c)".
func weekContractMessage(name string, mon roster.Date, planned, contract, limit float64) (nl, en string) {
	var arr [256]byte
	return bilingual(arr[:0], func(b []byte, l roster.Lang) []byte {
		b = append(b, name...)
		b = append(b, ", "...)
		b = appendWeekLabel(b, mon)
		b = append(b, ": "...)
		b = appendExactHoursUnit(b, planned, l)
		b = append(b, l.Pick(" gepland bij ", " planned with a ")...)
		b = appendHoursUnit(b, contract, l)
		b = append(b, l.Pick(" contract; meer dan 1/9 erboven (> ", " contract; more than 1/9 above it (> ")...)
		b = appendExactHoursUnit(b, limit, l)
		return append(b, l.Pick(") vraagt instemming (cao art. 6.3c)", ") needs consent (cao art. 6.3c)")...)
	})
}

// splitAt turns buf into two strings, before and from n, that share one
// allocation.
func splitAt(buf []byte, n int) (string, string) {
	s := string(buf)
	return s[:n], s[n:]
}
