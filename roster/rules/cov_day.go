package rules

import (
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// COV-DAY and COV-OVER: opvoeders present against the coverage profile's
// bands, by day. Both come from one sweep (coverage.go): a gap is COV-DAY,
// more than a band's maximum is COV-OVER.

// checkCoverage reports COV-DAY (error: fewer opvoeders present than a band's
// minimum) and COV-OVER (info: more than its maximum) as merged intervals per
// band and day, with the members present during the interval.
func (c *checker) checkCoverage() {
	spans, iv := c.coverageSpans()
	if len(spans) == 0 {
		return
	}
	dates := make([]roster.Date, len(spans)) // one backing array for every finding's Dates,
	members := make([]int, 0, 4*len(spans))  // one for their Members
	msgs := newMsgBatch(len(spans), 56)      // and one for their messages
	ix := newPresenceIndex(iv)
	c.out = slices.Grow(c.out, len(spans))
	first := len(c.out)
	for i := range spans {
		sp := &spans[i]
		b := &c.h.Coverage[sp.band]
		dates[i] = sp.day
		n := len(members)
		members = ix.appendPresent(members, sp.s, sp.e)
		f := Finding{Rule: RuleCovDay, Severity: SevError,
			Start: time.Unix(sp.s, 0).In(roster.Amsterdam), End: time.Unix(sp.e, 0).In(roster.Amsterdam),
			Members: members[n:len(members):len(members)], Dates: dates[i : i+1 : i+1]}
		if len(f.Members) == 0 {
			f.Members = nil
		}
		if sp.over {
			f.Rule, f.Severity = RuleCovOver, SevInfo
		}
		covMessage(msgs.buf(), sp, c.parts(sp.s, sp.e), b, msgs.mark)
		c.add(f)
	}
	msgs.assign(c.out[first:])
}
