package rules

import (
	"strconv"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// PlainMessage returns the message of f in l as the screens show it: ISO
// week labels in words with their dates ("week 49 (30 nov – 6 dec)") and
// short dates with their month in words ("ma 30 nov", not "ma 30-11"), as
// the rest of the app names days and weeks. Messages name their days with
// roster.DayLabel, in words already; plainDays still turns the numeric
// dates of messages written before that (stored texts) into words.
func PlainMessage(f Finding, l roster.Lang) string {
	ref := roster.DateOf(f.Start.In(roster.Amsterdam))
	if f.Start.IsZero() {
		ref = roster.Today()
	}
	return plainDays(roster.PlainWeeks(f.Message(l), l), ref, l)
}

// plainDays writes the short dates in msg ("ma 30-11") with their month in
// words ("ma 30 nov"): the date nearest to ref whose weekday matches; a
// date that does not match is left as it is.
func plainDays(msg string, ref roster.Date, l roster.Lang) string {
	re, names := shortDayNL, dayNL
	if l == roster.English {
		re, names = shortDayEN, dayEN
	}
	return re.ReplaceAllStringFunc(msg, func(s string) string {
		p := re.FindStringSubmatch(s)
		day, _ := strconv.Atoi(p[2])
		month, _ := strconv.Atoi(p[3])
		d, ok := nearestDate(ref, time.Month(month), day)
		if !ok || names[d.Weekday()] != p[1] {
			return s
		}
		return roster.ShortDayLabel(d, l)
	})
}
