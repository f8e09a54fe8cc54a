package rules

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// lookBackDays is how far before the window the engine reads the plan: the
// 16-week average of the Working Hours Act reaches back that far.
const lookBackDays = 16 * 7

// lookAheadDays is how far after the window the engine reads the plan, so
// rest rules see the shifts just after it.
const lookAheadDays = 7

// checker holds what every rule needs for one run of Check.
type checker struct {
	h        *roster.House
	w        roster.Window // the window findings are reported for
	ext      roster.Window // the window the plan is read for
	winStart time.Time     // first instant of w
	winEnd   time.Time     // first instant after w
	hol      roster.HolidaySet
	today    roster.Date            // the current date (ATW-PUBLISH); injectable via CheckAt
	days     roster.DayClock        // midnights of ext and the day after
	nightIv  []presence             // night cover intervals found with the day coverage, for checkNights
	shifts   []roster.Shift         // every resolved shift in ext, by member then start
	byMember map[int][]roster.Shift // sub-slices of shifts per member
	out      []Finding
}

// Check returns the findings of every rule for the dates of w, in a
// deterministic order: by start, then severity, then rule, then members.
// Rules that look at more than a day (rest, weekly hours, averages) read the
// plan before and after w; findings are reported when they touch w.
func Check(h *roster.House, w roster.Window) []Finding {
	return CheckAt(h, w, roster.Today())
}

// CheckAt is Check with an explicit current date: rules that depend on
// "today" (ATW-PUBLISH: the roster must be known weeks ahead) use it.
func CheckAt(h *roster.House, w roster.Window, today roster.Date) []Finding {
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

func newChecker(h *roster.House, w roster.Window) *checker {
	ext := roster.Window{From: w.From - lookBackDays, To: w.To + lookAheadDays}
	c := &checker{
		h:        h,
		w:        w,
		ext:      ext,
		hol:      roster.NewHolidaySet(ext, h.Settings.ExtraHolidays),
		days:     roster.NewDayClock(ext.From, ext.To+1),
		byMember: make(map[int][]roster.Shift, len(h.Members)),
		// Room for the findings of a usual plan, so that appending them
		// does not copy them over and over: a check of a month finds
		// a few dozen.
		out: make([]Finding, 0, 32+w.Days()),
	}
	c.winStart, c.winEnd = c.start(w.From), c.start(w.To+1)
	c.shifts = h.ShiftsWith(ext, &c.days)
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

// start returns midnight at the start of d, as d.Start() does, from the
// checker's midnights.
func (c *checker) start(d roster.Date) time.Time {
	return time.Unix(c.days.At(d, 0), 0).In(roster.Amsterdam)
}

// touches reports whether the interval [s, e) overlaps the window.
func (c *checker) touches(s, e time.Time) bool {
	return s.Before(c.winEnd) && e.After(c.winStart) || (s.Equal(e) && !s.Before(c.winStart) && s.Before(c.winEnd))
}

// add appends a finding.
func (c *checker) add(f Finding) { c.out = append(c.out, f) }

// findingKey is what sortFindings compares first: the start instant and the
// severity, without pointers; pos is the finding's place in the input.
type findingKey struct {
	sec  int64
	nsec int32
	sev  Severity
	pos  int
}

// sortFindings orders fs by start, severity, rule, members, end and Dutch
// message, keeping the input order of findings equal in all of these. It
// sorts small keys and then moves every finding once, instead of swapping
// whole findings (with their pointers) through a reflection-based sort.
func sortFindings(fs []Finding) {
	if len(fs) < 2 {
		return
	}
	keys := make([]findingKey, len(fs))
	sorted := true
	for i := range fs {
		keys[i] = findingKey{fs[i].Start.Unix(), int32(fs[i].Start.Nanosecond()), fs[i].Severity, i}
		if i > 0 && sorted && cmpFinding(fs, keys[i-1], keys[i]) > 0 {
			sorted = false
		}
	}
	if sorted {
		return
	}
	slices.SortFunc(keys, func(a, b findingKey) int { return cmpFinding(fs, a, b) })
	// Place the findings in place, cycle by cycle: position j gets the
	// finding that was at keys[j].pos.
	for i := range keys {
		if keys[i].pos < 0 || keys[i].pos == i {
			continue
		}
		tmp := fs[i]
		for j := i; ; {
			k := keys[j].pos
			keys[j].pos = -1
			if k == i {
				fs[j] = tmp
				break
			}
			fs[j] = fs[k]
			j = k
		}
	}
}

// cmpFinding compares the findings of keys a and b in the order of
// sortFindings, the input position last (so the order is stable).
func cmpFinding(fs []Finding, a, b findingKey) int {
	switch {
	case a.sec != b.sec:
		return cmp.Compare(a.sec, b.sec)
	case a.nsec != b.nsec:
		return cmp.Compare(a.nsec, b.nsec)
	case a.sev != b.sev:
		return cmp.Compare(a.sev, b.sev)
	}
	x, y := &fs[a.pos], &fs[b.pos]
	if c := strings.Compare(x.Rule, y.Rule); c != 0 {
		return c
	}
	if c := cmp.Compare(len(x.Members), len(y.Members)); c != 0 {
		return c
	}
	if c := slices.Compare(x.Members, y.Members); c != 0 {
		return c
	}
	if c := x.End.Compare(y.End); c != 0 {
		return c
	}
	if c := strings.Compare(x.NL, y.NL); c != 0 {
		return c
	}
	return cmp.Compare(a.pos, b.pos)
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
