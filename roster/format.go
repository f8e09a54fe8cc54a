package roster

import (
	"fmt"
	"strconv"
	"time"
)

// DayNameNL returns the short Dutch day name of d ("ma", "di", …).
func DayNameNL(d Date) string { return dayNL[d.Weekday()] }

// DayNameEN returns the short English day name of d ("Mon", …).
func DayNameEN(d Date) string { return dayEN[d.Weekday()] }

// DayName returns the short day name of d in l: "ma" in Dutch, "Mon" in
// English.
func (l Lang) DayName(d Date) string {
	if l == English {
		return dayEN[d.Weekday()]
	}
	return dayNL[d.Weekday()]
}

// DayLabel names d in the messages, the log and the screens, as people say
// it: "di 24 nov" (nl) or "Tue 24 Nov" (en) (ShortDayLabel).
func DayLabel(d Date, l Lang) string { return ShortDayLabel(d, l) }

// SpanLabel formats an interval in Amsterdam time as "di 24 nov 14:00–15:30",
// with the end's day when it ends on another date ("… 23:00–wo 07:00").
func SpanLabel(s, e time.Time, l Lang) string {
	s, e = s.In(Amsterdam), e.In(Amsterdam)
	ds, de := DateOf(s), DateOf(e)
	end := e.Format("15:04")
	if de != ds && !(de == ds+1 && e.Hour() == 0 && e.Minute() == 0) {
		end = l.DayName(de) + " " + end
	}
	if de == ds+1 && e.Hour() == 0 && e.Minute() == 0 {
		end = "24:00"
	}
	return DayLabel(ds, l) + " " + s.Format("15:04") + "–" + end
}

// MemberName returns the member's name, or "#id".
func (h *House) MemberName(id int) string {
	if m := h.Member(id); m != nil {
		return m.Name
	}
	return "#" + strconv.Itoa(id)
}

// PeriodLabel formats a window of whole ISO weeks as "2026-W45–W48".
func PeriodLabel(p Window) string {
	y, w0 := p.From.ISOWeek()
	_, w1 := p.To.ISOWeek()
	if w0 == w1 {
		return fmt.Sprintf("%d-W%02d", y, w0)
	}
	return fmt.Sprintf("%d-W%02d–W%02d", y, w0, w1)
}

// WishKindEN translates a wish kind.
func WishKindEN(k WishKind) string {
	switch k {
	case WishCannot:
		return "cannot"
	case WishRatherNot:
		return "rather not"
	case WishPrefer:
		return "prefer"
	}
	return string(k)
}

var dayNL = [7]string{"zo", "ma", "di", "wo", "do", "vr", "za"}
var dayEN = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// plural formats n with the singular or plural word.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
