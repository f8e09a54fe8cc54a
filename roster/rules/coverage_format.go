package rules

import (
	"strconv"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// The coverage rules can report dozens of intervals on every check, so their
// messages are appended into one buffer instead of formatted with fmt: a
// finding costs one string for both languages. The labels read exactly like
// dayLabel and spanLabel in format.go (a test holds them equal).

// appendDayLabel appends "di 24 nov" (nl) or "Tue 24 Nov" (en), as
// roster.DayLabel.
func appendDayLabel(b []byte, d roster.Date, l roster.Lang) []byte {
	_, m, dd := civil(d)
	b = appendDayName(b, d, l)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(dd), 10)
	b = append(b, ' ')
	if l == roster.English {
		return append(b, monthEN[m-1]...)
	}
	return append(b, monthNL[m-1]...)
}

// The short month names of roster.DayLabel.
var (
	monthNL = [12]string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}
	monthEN = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// civil returns the year, month and day of d, as d.YMD() does, by integer
// arithmetic (H. Hinnant's civil_from_days) instead of through time.Time.
func civil(d roster.Date) (year int, month time.Month, day int) {
	z := int64(d) + 719468 // days since 0000-03-01
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097                                  // day of the 400-year era
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of the era
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // day of the year from 1 March
	mp := (5*doy + 2) / 153                                // month from March
	day = int(doy - (153*mp+2)/5 + 1)
	month = time.Month(mp + 3)
	if mp >= 10 {
		month = time.Month(mp - 9)
	}
	year = int(yoe + era*400)
	if month <= 2 {
		year++
	}
	return year, month, day
}

// appendDayName appends the short day name of d.
func appendDayName(b []byte, d roster.Date, l roster.Lang) []byte {
	wd := ((int(d)+4)%7 + 7) % 7 // 1970-01-01, day 0, was a Thursday
	if l == roster.English {
		return append(b, dayEN[wd]...)
	}
	return append(b, dayNL[wd]...)
}

// append2 appends n with at least two digits.
func append2(b []byte, n int) []byte {
	if n >= 0 && n < 100 { // clock times, days, months, weeks: no strconv
		return append(b, byte('0'+n/10), byte('0'+n%10))
	}
	if n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// appendHM appends "15:04".
func appendHM(b []byte, h, m int) []byte {
	b = append2(b, h)
	b = append(b, ':')
	return append2(b, m)
}

// spanParts is an interval in Amsterdam broken into what its label shows,
// computed once for both languages.
type spanParts struct {
	ds, de         roster.Date
	sh, sm, eh, em int
}

// partsOf breaks [st, et) (in Amsterdam) into its label parts.
func partsOf(st, et time.Time) spanParts {
	var p spanParts
	p.ds, p.de = roster.DateOf(st), roster.DateOf(et)
	p.sh, p.sm, _ = st.Clock()
	p.eh, p.em, _ = et.Clock()
	return p
}

// appendSpanLabel appends the interval [st, et) (in Amsterdam) like
// spanLabel: "di 24 nov 14:00–15:30", "di 24 nov 22:00–wo 02:00",
// "di 24 nov 20:00–24:00".
func appendSpanLabel(b []byte, st, et time.Time, l roster.Lang) []byte {
	return appendSpan(b, partsOf(st, et), l)
}

// appendSpan appends the label of p (see appendSpanLabel).
func appendSpan(b []byte, p spanParts, l roster.Lang) []byte {
	b = appendDayLabel(b, p.ds, l)
	b = append(b, ' ')
	b = appendHM(b, p.sh, p.sm)
	b = append(b, "–"...)
	switch {
	case p.de == p.ds+1 && p.eh == 0 && p.em == 0:
		return append(b, "24:00"...)
	case p.de != p.ds:
		b = appendDayName(b, p.de, l)
		b = append(b, ' ')
	}
	return appendHM(b, p.eh, p.em)
}

// appendCount appends a count, or a range of counts "1–2".
func appendCount(b []byte, lo, hi int) []byte {
	b = strconv.AppendInt(b, int64(lo), 10)
	if lo != hi {
		b = append(b, "–"...)
		b = strconv.AppendInt(b, int64(hi), 10)
	}
	return b
}

// appendHours appends hours like roster.HoursLabel: "7,5" (nl) or "7.5"
// (en), "8".
func appendHours(b []byte, h float64, l roster.Lang) []byte { return roster.AppendUpTo(b, h, 1, l) }

// covMessage appends the Dutch and then the English message of a coverage
// span with label parts p to buf, calling mark after each.
func covMessage(buf []byte, sp *covSpan, p spanParts, b *roster.Band, mark func([]byte)) []byte {
	for _, l := range bothLangs {
		buf = appendSpan(buf, p, l)
		buf = append(buf, ": "...)
		buf = appendCount(buf, sp.lo, sp.hi)
		if sp.over {
			buf = append(buf, l.Pick(" opvoeders aanwezig (max ", " care workers present (max ")...)
			buf = strconv.AppendInt(buf, int64(b.MaxOrDefault()), 10)
			buf = append(buf, ')')
		} else {
			buf = append(buf, l.Pick(" van ", " of ")...)
			buf = strconv.AppendInt(buf, int64(b.Min), 10)
			buf = append(buf, l.Pick(" opvoeders aanwezig", " care workers present")...)
		}
		mark(buf)
	}
	return buf
}

// nightMessage appends the Dutch and then the English message of a night
// span with label parts p to buf, calling mark after each.
func nightMessage(buf []byte, sp *nightSpan, p spanParts, mark func([]byte)) []byte {
	for _, l := range bothLangs {
		buf = append(buf, l.Pick("nacht ", "night ")...)
		buf = appendDayLabel(buf, sp.day, l)
		buf = append(buf, l.Pick(" op ", " to ")...)
		buf = appendDayLabel(buf, sp.day+1, l)
		buf = append(buf, ": "...)
		uncovered := sp.hi == 0
		switch {
		case uncovered:
			buf = append(buf, l.Pick("niet gedekt ", "not covered ")...)
		default:
			buf = appendCount(buf, sp.lo, sp.hi)
			buf = append(buf, l.Pick(" nachtdiensten tegelijk ", " night covers at once ")...)
		}
		buf = appendHM(buf, p.sh, p.sm)
		buf = append(buf, "–"...)
		buf = appendHM(buf, p.eh, p.em)
		switch {
		case uncovered:
			buf = append(buf, " ("...)
			buf = appendHours(buf, (time.Duration(sp.e-sp.s) * time.Second).Hours(), l)
			buf = append(buf, l.Pick(" u)", " h)")...)
		default:
			buf = append(buf, l.Pick(" (één gewenst)", " (one wanted)")...)
		}
		mark(buf)
	}
	return buf
}

// msgBatch collects the Dutch and English messages of a batch of findings
// in one strings.Builder, so they share one allocation: the coverage rules
// report dozens of intervals on every check.
type msgBatch struct {
	sb      strings.Builder
	scratch [256]byte // where one finding's two messages are appended
	nl      int       // length of the Dutch message in the scratch buffer
	ends    []int     // where every message ends in sb: Dutch, English, Dutch, …
}

// newMsgBatch returns a batch with room for n findings of about size bytes
// per message.
func newMsgBatch(n, size int) *msgBatch {
	m := &msgBatch{ends: make([]int, 0, 2*n)}
	m.sb.Grow(2 * n * size)
	return m
}

// buf returns the empty scratch buffer to append a finding's messages to.
func (m *msgBatch) buf() []byte { return m.scratch[:0] }

// mark records the end of a message: buf is the scratch buffer after
// appending the finding's Dutch message, or after appending the English one
// to that.
func (m *msgBatch) mark(buf []byte) {
	if len(m.ends)%2 == 0 {
		m.sb.Write(buf)
		m.nl = len(buf)
	} else {
		m.sb.Write(buf[m.nl:])
	}
	m.ends = append(m.ends, m.sb.Len())
}

// assign sets the messages of fs, one finding per pair of messages in
// order, to strings that share one allocation.
func (m *msgBatch) assign(fs []Finding) {
	s := m.sb.String()
	start := 0
	for i := range fs {
		nl, en := m.ends[2*i], m.ends[2*i+1]
		fs[i].NL, fs[i].EN = s[start:nl], s[nl:en]
		start = en
	}
}

var dayNL = [7]string{"zo", "ma", "di", "wo", "do", "vr", "za"}
var dayEN = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// bothLangs are the languages every finding is written in, Dutch first.
var bothLangs = [2]roster.Lang{roster.Dutch, roster.English}
