package roster

import (
	"sort"
	"time"
)

// lookBackDays is how far before the window the engine reads the plan: the
// 16-week average of the Working Hours Act reaches back that far.
const lookBackDays = 16 * 7

// lookAheadDays is how far after the window the engine reads the plan, so
// rest rules see the shifts just after it.
const lookAheadDays = 7

// checker holds what every rule needs for one run of Check.
type checker struct {
	h        *House
	w        Window    // the window findings are reported for
	ext      Window    // the window the plan is read for
	winStart time.Time // first instant of w
	winEnd   time.Time // first instant after w
	hol      HolidaySet
	today    Date            // the current date (ATW-PUBLISH); injectable via CheckAt
	shifts   []Shift         // every resolved shift in ext, by member then start
	byMember map[int][]Shift // sub-slices of shifts per member
	out      []Finding
}

// Check returns the findings of every rule for the dates of w, in a
// deterministic order: by start, then severity, then rule, then members.
// Rules that look at more than a day (rest, weekly hours, averages) read the
// plan before and after w; findings are reported when they touch w.
func Check(h *House, w Window) []Finding {
	return CheckAt(h, w, Today())
}

// CheckAt is Check with an explicit current date: rules that depend on
// "today" (ATW-PUBLISH: the roster must be known weeks ahead) use it.
func CheckAt(h *House, w Window, today Date) []Finding {
	c := newChecker(h, w)
	c.today = today
	c.checkCoverage()
	c.checkNights()
	c.checkATW()
	c.checkHours()
	c.checkMembers()
	c.checkPublish()
	sortFindings(c.out)
	return c.out
}

func newChecker(h *House, w Window) *checker {
	ext := Window{From: w.From - lookBackDays, To: w.To + lookAheadDays}
	c := &checker{
		h:        h,
		w:        w,
		ext:      ext,
		winStart: w.From.Start(),
		winEnd:   (w.To + 1).Start(),
		hol:      NewHolidaySet(ext, h.Settings.ExtraHolidays),
		shifts:   h.Shifts(ext),
		byMember: map[int][]Shift{},
	}
	for i := 0; i < len(c.shifts); {
		j := i
		for j < len(c.shifts) && c.shifts[j].Member == c.shifts[i].Member {
			j++
		}
		c.byMember[c.shifts[i].Member] = c.shifts[i:j:j]
		i = j
	}
	return c
}

// touches reports whether the interval [s, e) overlaps the window.
func (c *checker) touches(s, e time.Time) bool {
	return s.Before(c.winEnd) && e.After(c.winStart) || (s.Equal(e) && !s.Before(c.winStart) && s.Before(c.winEnd))
}

// add appends a finding.
func (c *checker) add(f Finding) { c.out = append(c.out, f) }

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		if a.Severity != b.Severity {
			return a.Severity < b.Severity
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if len(a.Members) != len(b.Members) {
			return len(a.Members) < len(b.Members)
		}
		for k := range a.Members {
			if a.Members[k] != b.Members[k] {
				return a.Members[k] < b.Members[k]
			}
		}
		if !a.End.Equal(b.End) {
			return a.End.Before(b.End)
		}
		return a.NL < b.NL
	})
}

// HasErrors reports whether fs holds a finding of severity error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == SevError {
			return true
		}
	}
	return false
}
