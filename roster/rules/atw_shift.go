package rules

import (
	"github.com/huisrooster/huisrooster/roster"
)

// ATW-SHIFT: the work of one duty (Arbeidstijdenwet 5:7, 4:2 when pregnant).

// shiftWorkMin returns the working minutes of s for the Working Hours Act:
// the real length minus the unpaid break; sleep hours count in full.
func shiftWorkMin(s *roster.Shift) int {
	return max(int(s.End.Unix()-s.Start.Unix())/secMinute-s.BreakMin, 0)
}

// checkShiftLength reports ATW-SHIFT: more than 12 hours of work in one
// dienst (10 for a member with the pregnancy flag). A dienst is the work
// between two rests of at least 8 hours (dienstLast): touching shifts, and a
// split day whose parts lie less than 8 hours apart, count together. Only
// the working part counts, sleep shifts have their own limits: a dienst with
// a sleep shift is judged per duty, and under the regular sleep-shift regime
// the work before and after a sleep shift counts apart (late + sleep + early
// is one aanwezigheidsdienst, limited to 24 hours by ATW-SLEEP).
func (a *atw) checkShiftLength() {
	for i := 0; i < len(a.duties); {
		j := a.dienstLast(i)
		if j == i || a.dienstSleep(i, j) {
			for k := i; k <= j; k++ {
				d := &a.duties[k]
				work := d.workMin
				if a.regular && d.sleep {
					work = d.longestMin // an aanwezigheidsdienst: see ATW-SLEEP
				}
				a.shiftTooLong(k, k, work)
			}
		} else {
			work := 0
			for k := i; k <= j; k++ {
				work += a.duties[k].workMin
			}
			a.shiftTooLong(i, j, work)
		}
		i = j + 1
	}
}

// shiftTooLong reports ATW-SHIFT for the dienst of duties i..j with work
// minutes of work, when that is over the member's limit.
func (a *atw) shiftTooLong(i, j, work int) {
	limit := maxShiftMin
	nlWho, enWho := "", ""
	if a.m.Pregnant {
		limit = maxShiftPregnantMin
		nlWho, enWho = " (zwangerschapsregeling)", " (pregnancy rule)"
	}
	st, en := a.duties[i].start, a.duties[j].end
	if work <= limit || !a.touches(st, en) {
		return
	}
	a.add(RuleATWShift, SevError, st, en, a.dutyDates(i, j),
		"dienst te lang: "+minLabel(work, roster.Dutch)+" u werk ("+span(st, en, roster.Dutch)+"), max "+
			minLabel(limit, roster.Dutch)+" u"+nlWho,
		"shift too long: "+minLabel(work, roster.English)+" h of work ("+span(st, en, roster.English)+"), max "+
			minLabel(limit, roster.English)+" h"+enWho)
}
