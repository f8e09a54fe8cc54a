package rules

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// Night work in the sense of the Working Hours Act (Arbeidstijdenwet art.
// 1:7): a duty (dienst: shifts that touch or overlap) is a night duty when
// more than NightWorkMin of it falls between 00:00 and NightWorkEnd. ROLE
// refuses the shifts of such a duty to a pregnant member; the planner's house
// adapter (roster/plan/house) uses the same numbers per shift.
const (
	NightWorkEnd = roster.Clock(6 * 60) // 06:00
	NightWorkMin = time.Hour
)

// nightWorkOf returns the time of s between 00:00 and NightWorkEnd;
// nightDuties (role.go) adds it up over a duty.
func nightWorkOf(s *roster.Shift) time.Duration {
	return NightWorkIn(s.Start, s.End)
}

// NightWorkIn returns the time of [start, end) between 00:00 and
// NightWorkEnd on each day it touches (real time, so a DST night counts
// what it lasts). The planner's bound uses it to see a night as the engine
// does.
func NightWorkIn(start, end time.Time) time.Duration {
	var total time.Duration
	for d := roster.DateOf(start) - 1; d <= roster.DateOf(end); d++ {
		ns, ne := d.Time(0), d.Time(NightWorkEnd)
		st, en := start, end
		if st.Before(ns) {
			st = ns
		}
		if en.After(ne) {
			en = ne
		}
		if en.After(st) {
			total += en.Sub(st)
		}
	}
	return total
}
