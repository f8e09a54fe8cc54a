package publish

import (
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

type calendarLink struct{ name, file string }

type weekLink struct {
	monday roster.Date
	file   string
}

var monthsNL = [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

// indexHTML is the folder's index page, in language l:
// the calendars to subscribe to and the fridge weeks. No scripts, no
// external requests, no time stamp other than when the content changed, so
// the page is written again only when something changed.
func indexHTML(h *roster.House, cals []calendarLink, weeks []weekLink, changed time.Time, l roster.Lang) []byte {
	t := l.Pick
	esc := html.EscapeString
	house := h.Name
	if house == "" {
		house = t("Ons huis", "Our house")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", t("nl", "en"))
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"robots\" content=\"noindex\">\n")
	fmt.Fprintf(&b, "<title>%s — %s</title>\n", t("Rooster", "Roster"), esc(house))
	b.WriteString("<style>body{font-family:system-ui,sans-serif;max-width:40em;margin:1em auto;padding:0 1em;line-height:1.5;color:#1f1f2e}" +
		"h1{font-size:1.6em}li{margin:.3em 0}.muted{color:#5a5a6a;font-size:.9em}</style>\n</head>\n<body>\n")
	fmt.Fprintf(&b, "<h1>%s — %s</h1>\n", t("Rooster", "Roster"), esc(house))
	if !changed.IsZero() {
		c := changed.In(roster.Amsterdam)
		fmt.Fprintf(&b, "<p class=\"muted\">%s %s</p>\n", t("Laatst gewijzigd:", "Last changed:"), esc(stamp(c, l)))
	}
	fmt.Fprintf(&b, "<h2>%s</h2>\n<ul>\n", t("Koelkast", "Fridge"))
	for i, w := range weeks {
		label := t("Deze week", "This week")
		if i > 0 {
			label = t("Volgende week", "Next week")
		}
		_, num := w.monday.ISOWeek()
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a> — %s %d, %s</li>\n", esc(w.file), label, t("week", "week"), num,
			esc(rangeLabel(w.monday, w.monday+6, l)))
	}
	b.WriteString("</ul>\n")
	fmt.Fprintf(&b, "<h2>%s</h2>\n<ul>\n", t("Agenda per teamlid", "Calendar per team member"))
	for _, c := range cals {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n", esc(c.file), esc(c.name))
	}
	b.WriteString("</ul>\n")
	fmt.Fprintf(&b, "<p class=\"muted\">%s</p>\n", t(
		"Abonneer je agenda op de deellink van je eigen .ics-bestand (niet importeren): dan werkt hij zichzelf bij als het rooster verandert. Een dienst die vervalt, verdwijnt uit je agenda.",
		"Subscribe your calendar to the share link of your own .ics file (do not import it): it then updates itself when the roster changes. A shift that is dropped disappears from your calendar."))
	fmt.Fprintf(&b, "<p class=\"muted\">%s</p>\n", t(
		"Alleen voornamen en diensten; afwezigheid staat hier nooit, en ook niet waarom.",
		"First names and shifts only; absence is never shown here, nor why."))
	b.WriteString("</body>\n</html>\n")
	return []byte(b.String())
}

// stamp formats a time as "23 november 2026 14:05" or "23 November 2026 14:05".
func stamp(t time.Time, l roster.Lang) string {
	if l == roster.English {
		return t.Format("2 January 2006 15:04")
	}
	return fmt.Sprintf("%d %s %d %s", t.Day(), monthsNL[t.Month()-1], t.Year(), t.Format("15:04"))
}

// rangeLabel formats a week as "23 – 29 november 2026".
func rangeLabel(from, to roster.Date, l roster.Lang) string {
	y1, m1, d1 := from.YMD()
	y2, m2, d2 := to.YMD()
	month := func(m time.Month) string {
		if l == roster.English {
			return m.String()
		}
		return monthsNL[m-1]
	}
	switch {
	case y1 != y2:
		return fmt.Sprintf("%d %s %d – %d %s %d", d1, month(m1), y1, d2, month(m2), y2)
	case m1 != m2:
		return fmt.Sprintf("%d %s – %d %s %d", d1, month(m1), d2, month(m2), y2)
	}
	return fmt.Sprintf("%d – %d %s %d", d1, d2, month(m2), y2)
}
