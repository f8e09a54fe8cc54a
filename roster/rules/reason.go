package rules

import (
	"regexp"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// PlainReason returns the message of finding f as a reason about member,
// for a list that already names them (the cover panel, open shifts): the
// member's name is left out, and week labels and short dates become plain
// words with dates ("week van ma 30 nov", "zo 6 dec"). A DOUBLE finding about
// the shift the member would take reads "staat die dag al op L (…)".
func PlainReason(h *roster.House, f Finding, member int, l roster.Lang) string {
	msg := f.NL
	if l == roster.English {
		msg = f.EN
	}
	if m := h.Member(member); m != nil && m.Name != "" {
		for _, sep := range []string{": ", ", ", " "} {
			if rest, ok := strings.CutPrefix(msg, m.Name+sep); ok {
				msg = rest
				break
			}
		}
	}
	if f.Rule == RuleDouble {
		if l == roster.English {
			msg = strings.Replace(msg, "is on ", "is already on ", 1)
			msg = strings.Replace(msg, " twice (", " (", 1)
		} else {
			msg = strings.Replace(msg, "staat twee keer op ", "staat die dag al op ", 1)
		}
	}
	ref := roster.DateOf(f.Start.In(roster.Amsterdam))
	if f.Start.IsZero() {
		ref = roster.Today()
	}
	if rest, ok := strings.CutPrefix(msg, "("); ok { // "(stagiair) staat …"
		if role, tail, ok := strings.Cut(rest, ") "); ok {
			msg = role + ": " + tail
		}
	}
	msg = weekLabelRe.ReplaceAllStringFunc(msg, func(s string) string {
		p := weekLabelRe.FindStringSubmatch(s)
		mon, err := roster.ParseISOWeek(p[2])
		if err != nil {
			return s
		}
		if l == roster.English {
			return map[string]string{"": "", "in ": "in the ", "is ": "is in the ", "staat ": "staat "}[p[1]] +
				"week of " + roster.ShortDayLabel(mon, roster.English)
		}
		return map[string]string{"": "", "in ": "in de ", "is ": "is ", "staat ": "staat in de "}[p[1]] +
			"week van " + roster.ShortDayLabel(mon, roster.Dutch)
	})
	return plainDays(msg, ref, l)
}

var (
	weekLabelRe = regexp.MustCompile(`(staat |in |is )?\b(\d{4}-W\d{2})\b`)
	shortDayNL  = regexp.MustCompile(`\b(ma|di|wo|do|vr|za|zo) (\d{2})-(\d{2})\b`)
	shortDayEN  = regexp.MustCompile(`\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{2})-(\d{2})\b`)
)

// nearestDate returns the date with month and day nearest to ref (in ref's
// year, the year before or after).
func nearestDate(ref roster.Date, month time.Month, day int) (roster.Date, bool) {
	y, _, _ := ref.YMD()
	best, found := roster.Date(0), false
	for _, yy := range []int{y - 1, y, y + 1} {
		d := roster.NewDate(yy, month, day)
		if _, m, dd := d.YMD(); m != month || dd != day {
			continue
		}
		if !found || abs(int(d-ref)) < abs(int(best-ref)) {
			best, found = d, true
		}
	}
	return best, found
}

// abs returns |x|.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// NamedMessage returns the message of f in Dutch or English, led by the
// names of its members when the message does not name them ("Anna: rust te
// kort: 8 u …"): a list of warnings about two people must say whose each is.
func NamedMessage(h *roster.House, f Finding, l roster.Lang) string {
	msg := f.NL
	if l == roster.English {
		msg = f.EN
	}
	var names []string
	for _, id := range f.Members {
		if m := h.Member(id); m != nil && m.Name != "" && !strings.Contains(msg, m.Name) {
			names = append(names, m.Name)
		}
	}
	if len(names) == 0 || len(names) < len(f.Members) {
		return msg
	}
	return strings.Join(names, ", ") + ": " + msg
}
