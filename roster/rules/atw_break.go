package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// ATW-BREAK: breaks by the length of the work (Arbeidstijdenwet 5:4).

// checkBreaks reports ATW-BREAK as a warning: a shift of more than 5.5 hours
// of work needs a break of 30 minutes, more than 10 hours 45 minutes. Sleep
// shifts need none.
func (a *atw) checkBreaks() {
	w := a.c.w
	for i := range a.ss {
		s := &a.ss[i]
		if s.Date < w.From-1 || s.Date > w.To || !s.Worked() || s.Kind.Sleeping() {
			continue
		}
		work := shiftWorkMin(s)
		need := 0
		switch {
		case work > 10*60:
			need = 45
		case work > 5*60+30:
			need = 30
		}
		if s.BreakMin >= need || !a.c.touches(s.Start, s.End) {
			continue
		}
		st, en := s.Start.Unix(), s.End.Unix()
		a.add(RuleATWBreak, SevWarning, st, en, []roster.Date{s.Date},
			fmt.Sprintf("pauze te kort: %d min bij %s u werk (%s); nodig minstens %d min",
				s.BreakMin, minLabel(work, roster.Dutch), span(st, en, roster.Dutch), need),
			fmt.Sprintf("break too short: %d min for %s h of work (%s); needs at least %d min",
				s.BreakMin, minLabel(work, roster.English), span(st, en, roster.English), need))
	}
}
