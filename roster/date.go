package roster

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata"
)

// Amsterdam is the time zone of every house. It is loaded once from the
// embedded zone database.
var Amsterdam = mustLoadAmsterdam()

func mustLoadAmsterdam() *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		// time/tzdata is embedded, so this cannot fail at run time.
		panic(fmt.Sprintf("roster: load Europe/Amsterdam: %v", err))
	}
	return loc
}

// Date is a civil date, counted in days since 1970-01-01. Its zero value is
// 1970-01-01. It encodes to JSON as "2006-01-02".
type Date int32

// NewDate returns the date of year, month and day; out-of-range values
// normalise as in time.Date.
func NewDate(year int, month time.Month, day int) Date {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Date(t.Unix() / 86400)
}

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	return NewDate(t.Date())
}

// Today returns the current date in Amsterdam.
func Today() Date { return DateOf(time.Now().In(Amsterdam)) }

// ParseDate parses "2006-01-02".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		return 0, fmt.Errorf("ongeldige datum %q (verwacht JJJJ-MM-DD) / invalid date %q (expected YYYY-MM-DD)", s, s)
	}
	return DateOf(t), nil
}

// utc returns midnight UTC of d; only for calendar arithmetic.
func (d Date) utc() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// Time returns the instant of clock c on date d in Amsterdam. A clock time that
// does not exist (in the spring-forward gap) moves forward as time.Date does.
func (d Date) Time(c Clock) time.Time {
	y, m, dd := d.utc().Date()
	return time.Date(y, m, dd, int(c)/60, int(c)%60, 0, 0, Amsterdam)
}

// Start returns midnight at the start of d in Amsterdam.
func (d Date) Start() time.Time { return d.Time(0) }

// AddDays returns d plus n days.
func (d Date) AddDays(n int) Date { return d + Date(n) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.utc().Weekday() }

// YMD returns year, month and day.
func (d Date) YMD() (int, time.Month, int) { return d.utc().Date() }

// ISOWeek returns the ISO 8601 year and week of d.
func (d Date) ISOWeek() (year, week int) { return d.utc().ISOWeek() }

// Monday returns the Monday of d's ISO week.
func (d Date) Monday() Date {
	wd := int(d.Weekday()+6) % 7 // Monday=0
	return d - Date(wd)
}

// String formats d as "2006-01-02".
func (d Date) String() string { return d.utc().Format("2006-01-02") }

// MarshalJSON encodes d as "2006-01-02".
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON decodes "2006-01-02".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("datum moet tekst zijn / date must be a string: %w", err)
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ISOWeekStart returns the Monday of ISO week w of year y.
func ISOWeekStart(year, week int) Date {
	// 4 January is always in week 1.
	jan4 := NewDate(year, time.January, 4)
	return jan4.Monday() + Date(7*(week-1))
}

// ParseISOWeek parses "2026-W48" and returns its Monday.
func ParseISOWeek(s string) (Date, error) {
	s = strings.TrimSpace(s)
	y, w, ok := strings.Cut(strings.ToUpper(s), "-W")
	year, err1 := strconv.Atoi(y)
	week, err2 := strconv.Atoi(w)
	if !ok || err1 != nil || err2 != nil || week < 1 || week > 53 {
		return 0, fmt.Errorf("ongeldige week %q (verwacht bv. 2026-W48) / invalid week %q (expected e.g. 2026-W48)", s, s)
	}
	mon := ISOWeekStart(year, week)
	if yy, ww := mon.ISOWeek(); yy != year || ww != week {
		return 0, fmt.Errorf("week %d bestaat niet in %d / week %d does not exist in %d", week, year, week, year)
	}
	return mon, nil
}

// WeekLabel formats the ISO week of d as "2026-W48".
func (d Date) WeekLabel() string {
	y, w := d.ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}

// Clock is a time of day in minutes after midnight, 0–1439. It encodes to
// JSON as "07:00". The value 1440 ("24:00") is accepted as an end time.
type Clock int16

// NewClock returns h:m.
func NewClock(h, m int) Clock { return Clock(h*60 + m) }

// ParseClock parses "7:00", "07:00" or "24:00".
func ParseClock(s string) (Clock, error) {
	hs, ms, ok := strings.Cut(strings.TrimSpace(s), ":")
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	if !ok || err1 != nil || err2 != nil || h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0) || len(ms) != 2 {
		return 0, fmt.Errorf("ongeldige tijd %q (verwacht UU:MM) / invalid time %q (expected HH:MM)", s, s)
	}
	return Clock(h*60 + m), nil
}

// String formats c as "07:00".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

// MarshalJSON encodes c as "07:00".
func (c Clock) MarshalJSON() ([]byte, error) { return json.Marshal(c.String()) }

// UnmarshalJSON decodes "07:00".
func (c *Clock) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("tijd moet tekst zijn / time must be a string: %w", err)
	}
	v, err := ParseClock(s)
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Span returns the real instants of the clock interval start–end on date d.
// An end at or before the start ends on the next day.
func Span(d Date, start, end Clock) (time.Time, time.Time) {
	s := d.Time(start)
	ed := d
	if end <= start {
		ed = d + 1
	}
	return s, ed.Time(end)
}

// Window is an inclusive range of dates.
type Window struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// Week returns the window of the ISO week that contains d.
func Week(d Date) Window { m := d.Monday(); return Window{m, m + 6} }

// Days returns the number of days in w.
func (w Window) Days() int { return int(w.To-w.From) + 1 }

// Contains reports whether d lies in w.
func (w Window) Contains(d Date) bool { return d >= w.From && d <= w.To }

// String formats w as "2026-11-23 – 2026-11-29".
func (w Window) String() string { return w.From.String() + " – " + w.To.String() }
