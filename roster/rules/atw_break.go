package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// ATW-BREAK: breaks by the length of the work (Arbeidstijdenwet 5:4).

// checkBreaks reports ATW-BREAK as a warning: more than 5.5 hours of work
// needs a break of 30 minutes, more than 10 hours 45 minutes. The law counts
// per dienst, so shifts that touch or overlap (one duty) are judged
// together: two touching shifts of 5.5 hours without a break are 11 hours of
// work without one. A sleep shift needs no break and ends the stretch of work
// before it (under the regular regime the work around it counts apart, as
// for ATW-SHIFT).
func (a *atw) checkBreaks() {
	for i := range a.duties {
		d := &a.duties[i]
		if !a.touches(d.start, d.end) {
			continue
		}
		first := -1
		for k := d.first; k <= d.last; k++ {
			s := &a.ss[k]
			if !s.Worked() {
				continue
			}
			if s.Kind.Sleeping() {
				if first >= 0 {
					a.checkBreakStretch(first, k-1)
				}
				first = -1
				continue
			}
			if first < 0 {
				first = k
			}
		}
		if first >= 0 {
			a.checkBreakStretch(first, d.last)
		}
	}
}

// checkBreakStretch checks the breaks of the worked, non-sleep shifts
// a.ss[i..j], which follow each other without rest.
func (a *atw) checkBreakStretch(i, j int) {
	var st, en int64
	work, breaks := 0, 0
	var dates []roster.Date
	for k := i; k <= j; k++ {
		s := &a.ss[k]
		if !s.Worked() || s.Kind.Sleeping() {
			continue
		}
		ss, se := s.Start.Unix(), s.End.Unix()
		if len(dates) == 0 {
			st, en = ss, ss
		}
		// Count only the part beyond what the stretch covers already (an
		// overlap is a DOUBLE booking, not extra work).
		if from := max(ss, en); se > from {
			work += int(se-from) / secMinute
			en = se
		}
		breaks += s.BreakMin
		if len(dates) == 0 || dates[len(dates)-1] != s.Date {
			dates = append(dates, s.Date)
		}
	}
	if len(dates) == 0 {
		return
	}
	work = max(work-breaks, 0)
	need := 0
	switch {
	case work > 10*60:
		need = 45
	case work > 5*60+30:
		need = 30
	}
	if breaks >= need || !a.touches(st, en) {
		return
	}
	a.add(RuleATWBreak, SevWarning, st, en, dates,
		fmt.Sprintf("pauze te kort: %d min bij %s u werk (%s); nodig minstens %d min",
			breaks, minLabel(work, roster.Dutch), span(st, en, roster.Dutch), need),
		fmt.Sprintf("break too short: %d min for %s h of work (%s); needs at least %d min",
			breaks, minLabel(work, roster.English), span(st, en, roster.English), need))
}
