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

// checkShiftLength reports ATW-SHIFT: more than 12 hours of work in one duty
// (10 for a member with the pregnancy flag). Touching shifts form one duty;
// only its working part counts, sleep shifts have their own limits. Under the
// regular sleep-shift regime the work before and after a sleep shift counts
// apart (late + sleep + early is one aanwezigheidsdienst, limited to 24 hours
// by ATW-SLEEP).
func (a *atw) checkShiftLength() {
	limit := maxShiftMin
	nlWho, enWho := "", ""
	if a.m.Pregnant {
		limit = maxShiftPregnantMin
		nlWho, enWho = " (zwangerschapsregeling)", " (pregnancy rule)"
	}
	for i := range a.duties {
		d := &a.duties[i]
		work := d.workMin
		if a.regular && d.sleep {
			work = d.longestMin // an aanwezigheidsdienst: see ATW-SLEEP
		}
		if work <= limit || !a.touches(d.start, d.end) {
			continue
		}
		a.add(RuleATWShift, SevError, d.start, d.end, a.dutyDates(i, i),
			"dienst te lang: "+minLabel(work, roster.Dutch)+" u werk ("+span(d.start, d.end, roster.Dutch)+"), max "+
				minLabel(limit, roster.Dutch)+" u"+nlWho,
			"shift too long: "+minLabel(work, roster.English)+" h of work ("+span(d.start, d.end, roster.English)+"), max "+
				minLabel(limit, roster.English)+" h"+enWho)
	}
}
