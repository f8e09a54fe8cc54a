package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// ATW-BREAK: breaks by the length of the work (Arbeidstijdenwet 5:4).

// checkBreaks reports ATW-BREAK as a warning: more than 5.5 hours of work
// needs a break of 30 minutes, more than 10 hours 45 minutes. The law counts
// per dienst, the work between two rests of at least 8 hours (dienstLast):
// shifts that touch are judged together (two touching shifts of 5.5 hours
// without a break are 11 hours of work without one), and in a split day the
// time between its parts is a pauze when it lasts at least 15 minutes. A
// sleep shift needs no break: a dienst with one is judged per duty, and the
// sleep shift ends the stretch of work before it (under the regular regime
// the work around it counts apart, as for ATW-SHIFT).
func (a *atw) checkBreaks() {
	for i := 0; i < len(a.duties); {
		j := a.dienstLast(i)
		if !a.dienstSleep(i, j) {
			a.checkBreakStretch(a.duties[i].first, a.duties[j].last)
			i = j + 1
			continue
		}
		for x := i; x <= j; x++ {
			d := &a.duties[x]
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
		i = j + 1
	}
}

// minPauze is the shortest pauze of the Working Hours Act (art. 1:7): time
// between the parts of a dienst counts as a break from 15 minutes.
const minPauze = 15

// checkBreakStretch checks the breaks of the worked, non-sleep shifts
// a.ss[i..j], which follow each other within one dienst: their own breaks,
// plus the time between them when it lasts at least minPauze.
func (a *atw) checkBreakStretch(i, j int) {
	var st, en int64
	work, breaks, n := 0, 0, 0 // n: the shifts counted
	for k := i; k <= j; k++ {
		s := &a.ss[k]
		if !s.Worked() || s.Kind.Sleeping() {
			continue
		}
		ss, se := s.Start.Unix(), s.End.Unix()
		if n == 0 {
			st, en = ss, ss
		} else if gap := int(ss-en) / secMinute; gap >= minPauze {
			breaks += gap
		}
		// Count only the part beyond what the stretch covers already (an
		// overlap is a DOUBLE booking, not extra work).
		if from := max(ss, en); se > from {
			work += int(se-from)/secMinute - s.BreakMin
			en = se
		}
		breaks += s.BreakMin
		n++
	}
	if n == 0 {
		return
	}
	work = max(work, 0)
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
	// The dates are gathered only for a finding (the check runs for every
	// dienst of every member, the planner's judge runs it thousands of times).
	var dates []roster.Date
	for k := i; k <= j; k++ {
		if s := &a.ss[k]; s.Worked() && !s.Kind.Sleeping() && (len(dates) == 0 || dates[len(dates)-1] != s.Date) {
			dates = append(dates, s.Date)
		}
	}
	a.add(RuleATWBreak, SevWarning, st, en, dates,
		fmt.Sprintf("pauze te kort: %d min bij %s u werk (%s); nodig minstens %d min",
			breaks, minLabel(work, roster.Dutch), span(st, en, roster.Dutch), need),
		fmt.Sprintf("break too short: %d min for %s h of work (%s); needs at least %d min",
			breaks, minLabel(work, roster.English), span(st, en, roster.English), need))
}
