package rules

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// Night work in the sense of the Working Hours Act (Arbeidstijdenwet art.
// 1:7): a shift is a night shift when more than NightWorkMin of it falls
// between 00:00 and NightWorkEnd. ROLE refuses such shifts to a pregnant
// member; the planner's house adapter (roster/plan/house) uses the same
// numbers.
const (
	NightWorkEnd = roster.Clock(6 * 60) // 06:00
	NightWorkMin = time.Hour
)

// nightWork reports whether s holds more than NightWorkMin of work between
// 00:00 and NightWorkEnd (a night shift in the sense of the Working Hours
// Act).
func nightWork(s *roster.Shift) bool {
	var total time.Duration
	for d := s.Date; d <= s.Date+1; d++ {
		ns, ne := d.Time(0), d.Time(NightWorkEnd)
		st, en := s.Start, s.End
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
	return total > NightWorkMin
}
