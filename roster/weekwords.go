package roster

import (
	"fmt"
	"regexp"
	"strconv"
)

// DayMonthLabel formats d as people write it in a sentence: "30 nov" (nl) or
// "30 Nov" (en).
func DayMonthLabel(d Date, l Lang) string {
	_, m, day := d.YMD()
	if l == English {
		return fmt.Sprintf("%d %s", day, m.String()[:3])
	}
	return fmt.Sprintf("%d %s", day, monthsNL[m-1])
}

// WeekWords names a window of whole ISO weeks in words, with its dates:
// "week 49 (30 nov – 6 dec)", or "week 45–48 (2 nov – 29 nov)" for a period.
// English: "week 49 (30 Nov – 6 Dec)".
func WeekWords(p Window, l Lang) string {
	_, w0 := p.From.ISOWeek()
	_, w1 := p.To.ISOWeek()
	weeks := strconv.Itoa(w0)
	if w0 != w1 {
		weeks += "–" + strconv.Itoa(w1)
	}
	return "week " + weeks + " (" + DayMonthLabel(p.From, l) + " – " + DayMonthLabel(p.To, l) + ")"
}

// isoWeekRe matches an ISO week label ("2026-W49") or a period of them
// ("2026-W45–W48") as the rules write them in their messages.
var isoWeekRe = regexp.MustCompile(`\b(\d{4})-W(\d{2})(?:–W(\d{2}))?\b`)

// PlainWeeks returns msg with every ISO week label in it written in words
// (WeekWords): "Teamreserve 2026-W49: …" becomes "Teamreserve week 49
// (30 nov – 6 dec): …". A label of a week that does not exist is left as it
// is.
func PlainWeeks(msg string, l Lang) string {
	if !isoWeekRe.MatchString(msg) {
		return msg
	}
	return isoWeekRe.ReplaceAllStringFunc(msg, func(s string) string {
		p := isoWeekRe.FindStringSubmatch(s)
		y, _ := strconv.Atoi(p[1])
		w0, _ := strconv.Atoi(p[2])
		mon, err := ParseISOWeek(fmt.Sprintf("%d-W%02d", y, w0))
		if err != nil {
			return s
		}
		last := mon
		if p[3] != "" {
			w1, _ := strconv.Atoi(p[3])
			if w1 < w0 { // a period across the new year: "2026-W52–W01"
				y++
			}
			if last, err = ParseISOWeek(fmt.Sprintf("%d-W%02d", y, w1)); err != nil {
				return s
			}
		}
		return WeekWords(Window{From: mon, To: last + 6}, l)
	})
}
