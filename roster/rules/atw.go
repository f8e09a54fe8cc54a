package rules

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// This file holds the frame of the Working Hours Act rules (Arbeidstijdenwet;
// docs/rules.md, "Working Hours Act"): per member the worked shifts are
// merged into duties (continuous work periods), and the rules in atw_*.go run
// over those duties, over weekly hour sums and over a year of plan history.
//
// Decisions that the law leaves to interpretation:
//
//   - Shifts that touch or overlap (end == next start, such as late shift
//     15–23 followed by a sleep shift 23–07) form one duty: there is no rest
//     between them. ATW-SHIFT measures only the working part of a duty (its
//     non-sleep hours), because a sleep shift has its own limits. Under the
//     regular regime a duty with a sleep shift is one aanwezigheidsdienst
//     (Arbeidstijdenbesluit 1:2: at most 24 hours including the work around
//     the sleep shift), so late + sleep + early shift is allowed: ATW-SHIFT
//     then measures the longest stretch of work between sleep shifts, and
//     ATW-SLEEP the 24 hours. When sleep shifts are not regular, the sleep
//     hours are night work and ATW-NIGHT limits the whole duty.
//   - A shift vacated by a sick report (StateSick) is not worked: it is no
//     duty for the rest and night rules, but its hours count as worked for
//     the weekly limits (ATW 5:2), as do absences.
//   - All durations are real instants in Europe/Amsterdam, kept as Unix
//     seconds in the hot loops.

// Seconds per minute, hour and day, for the arithmetic on Unix seconds.
const (
	secMinute = 60
	secHour   = 3600
	secDay    = 86400
)

// duty is one continuous work period of a member: worked shifts that touch
// or overlap merged into one.
type duty struct {
	start, end  int64       // Unix seconds
	date        roster.Date // start date of the first shift
	first, last int         // index range (inclusive) in the member's shifts
	workMin     int         // working minutes outside sleep shifts, breaks excluded
	stretchMin  int         // working minutes since the last sleep shift of the duty
	longestMin  int         // the longest such stretch of work
	sleepMin    int         // minutes of sleep shifts
	nightMin    int         // minutes of night work between 00:00 and 06:00
	sleep       bool        // holds a sleep shift (slaapdienst or live-in night)
}

// nightWorkMin returns the working minutes that count for the night rules:
// the non-sleep work, plus the sleep shifts when they are night shifts.
func (d *duty) nightWorkMin(sleepIsNight bool) int {
	if sleepIsNight {
		return d.workMin + d.sleepMin
	}
	return d.workMin
}

// isNight reports whether d is a night shift: more than one hour of work
// between 00:00 and 06:00.
func (d *duty) isNight() bool { return d.nightMin > 60 }

// atw is the state of one run of the Working Hours Act rules. Its slices are
// reused from member to member.
type atw struct {
	c       *checker
	regular bool // sleep shifts fall under the regular regime (Arbeidstijdenbesluit 4.8:1)
	days    dayTable
	hist    history

	// per member, reused
	m      *roster.Member
	mi     int            // index of m in h.Members
	ss     []roster.Shift // the member's shifts in c.ext (worked and vacated)
	duties []duty
	mark   []bool      // per duty gap: reported already
	dayAbs []int       // absence minutes per day of days
	weekMn []int       // worked minutes per ISO week from mon0
	weekAb []int       // of which absence and sick-vacated minutes
	mon0   roster.Date // Monday of weekMn[0]
	wkLo   int         // index in weekMn of the first week touching the window
	wkHi   int         // index in weekMn of the last week touching the window
	nights []int64     // start instants of long night duties (ATW-NIGHT)
	// start of the last rest after a night duty shortened below 14 hours
	// (ATW-NIGHTREST)
	lastShortNight int64
	// starts of rests next to a sleep shift shortened below 11 and below 10
	// hours (ATW-SLEEP)
	shortSleep, shortSleep10 []int64
}

// checkATW reports the Working Hours Act rules: ATW-SHIFT, ATW-WEEK,
// ATW-REST, ATW-WEEKREST, ATW-NIGHT, ATW-NIGHTREST, ATW-NIGHTSERIES,
// ATW-SUNDAY, ATW-BREAK and, under the regular sleep-shift regime, ATW-SLEEP.
func (c *checker) checkATW() {
	if c.w.To < c.w.From {
		return
	}
	a := &atw{c: c, regular: c.h.Settings.SleepRegime != roster.RegimeIrregular}
	a.mon0 = c.ext.From.Monday()
	a.days.fill(a.mon0, c.ext.To+9)
	nWeeks := int(c.ext.To.Monday()-a.mon0)/7 + 2
	a.weekMn = make([]int, nWeeks)
	a.weekAb = make([]int, nWeeks)
	a.dayAbs = make([]int, a.days.n())
	a.wkLo = int(c.w.From.Monday()-a.mon0) / 7
	a.wkHi = int(c.w.To.Monday()-a.mon0) / 7
	a.hist.fill(c, &a.days)
	most := 0
	for _, ss := range c.byMember {
		most = max(most, len(ss))
	}
	a.duties = make([]duty, 0, most)
	a.mark = make([]bool, 0, most)
	for i := range c.h.Members {
		a.m = &c.h.Members[i]
		a.mi = i
		a.ss = c.byMember[a.m.ID]
		a.buildDuties()
		a.checkShiftLength()
		a.checkBreaks()
		a.checkWeekHours()
		a.checkRest()
		a.checkWeekRest()
		a.checkNights()
		a.checkNightSeries()
		a.checkSundays()
		if a.regular {
			a.checkSleep()
		}
	}
}

// buildDuties merges the member's worked shifts into duties.
func (a *atw) buildDuties() {
	a.duties = a.duties[:0]
	sleepIsNight := !a.regular
	for i := range a.ss {
		s := &a.ss[i]
		if !s.Worked() {
			continue
		}
		st, en := s.Start.Unix(), s.End.Unix()
		n := len(a.duties)
		if n == 0 || st > a.duties[n-1].end {
			a.duties = append(a.duties, duty{start: st, end: st, date: s.Date, first: i})
			n++
		}
		d := &a.duties[n-1]
		d.last = i
		// Count only the part beyond what the duty already covers, so an
		// overlapping shift (a double booking, reported by DOUBLE) does not
		// count twice.
		from := max(st, d.end)
		if en > d.end {
			d.end = en
		}
		if en <= from {
			continue
		}
		mins := int(en-from) / secMinute
		if s.Kind.Sleeping() {
			d.sleep = true
			d.sleepMin += mins
			d.stretchMin = 0
		} else {
			work := max(mins-s.BreakMin, 0)
			d.workMin += work
			d.stretchMin += work
			d.longestMin = max(d.longestMin, d.stretchMin)
		}
		if !s.Kind.Sleeping() || sleepIsNight {
			d.nightMin += a.days.nightOverlap(s.Date, from, en) / secMinute
		}
	}
	if cap(a.mark) < len(a.duties) {
		a.mark = make([]bool, len(a.duties))
	}
	a.mark = a.mark[:len(a.duties)]
	clear(a.mark)
}

// dienstLast returns the index of the last duty of the dienst that starts
// with duty i. The Working Hours Act's dienst (art. 1:7) is the work between
// two rests of at least 8 hours: duties with less than restShortened between
// them are one dienst, the time between them a pauze (a split day, meeting
// 10–12 and late shift 15–23, is one dienst of 10 hours of work with a
// 3-hour pauze). ATW-SHIFT, ATW-BREAK and ATW-NIGHTSERIES count per dienst;
// the rest rules measure the real rests between duties.
func (a *atw) dienstLast(i int) int {
	j := i
	for j+1 < len(a.duties) && a.duties[j+1].start-a.duties[j].end < restShortened {
		j++
	}
	return j
}

// dienstSleep reports whether one of the duties i..j holds a sleep shift.
func (a *atw) dienstSleep(i, j int) bool {
	for k := i; k <= j; k++ {
		if a.duties[k].sleep {
			return true
		}
	}
	return false
}

// gapAfter returns the rest after duty i in seconds; the last duty of the
// plan is followed by an unbounded rest.
func (a *atw) gapAfter(i int) int64 {
	if i+1 >= len(a.duties) {
		return 1 << 40
	}
	return a.duties[i+1].start - a.duties[i].end
}

// restSpan returns the rest interval after duty i (the end is the next duty's
// start, or the end of duty i when there is none).
func (a *atw) restSpan(i int) (int64, int64) {
	if i+1 >= len(a.duties) {
		return a.duties[i].end, a.duties[i].end
	}
	return a.duties[i].end, a.duties[i+1].start
}

// touches reports whether [s, e) in Unix seconds touches the window.
func (a *atw) touches(s, e int64) bool { return a.c.touches(unixTime(s), unixTime(e)) }

// add appends a finding about the current member.
func (a *atw) add(rule string, sev Severity, s, e int64, dates []roster.Date, nl, en string) {
	a.c.add(Finding{Rule: rule, Severity: sev, Start: unixTime(s), End: unixTime(e),
		Members: []int{a.m.ID}, Dates: dates, NL: nl, EN: en})
}

// dutyDates returns the dates of the worked shifts of duties i..j.
func (a *atw) dutyDates(i, j int) []roster.Date {
	var out []roster.Date
	for k := a.duties[i].first; k <= a.duties[j].last; k++ {
		s := &a.ss[k]
		if s.Worked() && (len(out) == 0 || out[len(out)-1] != s.Date) {
			out = append(out, s.Date)
		}
	}
	return out
}

// shiftName returns the lower-case name of the shift type of the last shift
// of duty i ("late dienst"), or its code.
func (a *atw) shiftName(i int) string {
	s := &a.ss[a.duties[i].last]
	if st := a.c.h.ShiftType(s.Code); st != nil && st.Name != "" {
		return strings.ToLower(st.Name)
	}
	return s.Code
}

// itoa formats an int.
func itoa(i int) string { return strconv.Itoa(i) }

// unixTime returns the instant of Unix seconds u in Amsterdam.
func unixTime(u int64) time.Time { return time.Unix(u, 0).In(roster.Amsterdam) }

// minLabel formats minutes as hours with exactHoursLabel.
func minLabel(m int, l roster.Lang) string { return exactHoursLabel(float64(m)/60, l) }

// exactHoursLabel formats hours like roster.HoursLabel ("8", "7,5" / "7.5"),
// but hours that are no whole number of tenths get two decimals: a rest of
// 10 h 59 min reads "10,98" and never "11", the limit it falls short of, and
// 12 h 1 min of work reads "12,02", not the 12 it exceeds.
func exactHoursLabel(h float64, l roster.Lang) string {
	if math.Abs(h*10-math.Round(h*10)) > 1e-6 {
		return roster.Decimal(h, l)
	}
	return roster.HoursLabel(h, l)
}

// secLabel formats seconds as hours, rounded down to the minute.
func secLabel(s int64, l roster.Lang) string { return minLabel(int(s/secMinute), l) }

// span formats [s, e) in Unix seconds with spanLabel.
func span(s, e int64, l roster.Lang) string { return roster.SpanLabel(unixTime(s), unixTime(e), l) }

// dayTable gives the rules the real instant of local midnight of the dates
// around the read window without time zone lookups in the hot loops.
type dayTable struct{ roster.DayClock }

// fill computes midnights for from..to+1.
func (t *dayTable) fill(from, to roster.Date) { t.DayClock = roster.NewDayClock(from, to) }

// n returns the number of dates with a complete day (from..to).
func (t *dayTable) n() int { return len(t.Mid) - 1 }

// at returns midnight of d; dates outside the table take a zone lookup.
func (t *dayTable) at(d roster.Date) int64 {
	if i := int(d - t.From); i >= 0 && i < len(t.Mid) {
		return t.Mid[i]
	}
	return d.Start().Unix()
}

// nightOverlap returns the seconds of [s, e) between 00:00 and 06:00 of date
// d and of d+1 (a shift starting on d ends on d or d+1).
func (t *dayTable) nightOverlap(d roster.Date, s, e int64) int {
	i := int(d - t.From)
	if i < 0 || i+2 >= len(t.Mid) {
		return 0 // outside the engine's read window
	}
	m := t.Mid[i : i+3 : i+3]
	// No clock change falls between 06:00 and 24:00, so 06:00 is 18 hours
	// before the next midnight.
	var sum int64
	if lo, hi := max(s, m[0]), min(e, m[1]-18*secHour); hi > lo {
		sum += hi - lo
	}
	if lo, hi := max(s, m[1]), min(e, m[2]-18*secHour); hi > lo {
		sum += hi - lo
	}
	return int(sum)
}

// dutyIndexFrom returns the index of the first duty that ends after u.
func (a *atw) dutyIndexFrom(u int64) int {
	return sort.Search(len(a.duties), func(i int) bool { return a.duties[i].end > u })
}
