package rules

import (
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// COV-NIGHT: exactly one night cover (sleep shift, awake night or live-in)
// during the house's night.

// checkNights reports COV-NIGHT: every night (from the house's night start on
// a date of the window to its night end the next morning) needs exactly one
// night cover — a sleep shift, an awake night or a live-in member's night
// duty that is worked by an active member who is not absent. Uncovered parts
// are errors; more than one cover at a time is a warning.
func (c *checker) checkNights() {
	spans, iv := c.nightSpans()
	if len(spans) == 0 {
		return
	}
	dates := make([]roster.Date, len(spans))
	var members []int
	msgs := newMsgBatch(len(spans), 56)
	ix := newPresenceIndex(iv)
	c.out = slices.Grow(c.out, len(spans))
	first := len(c.out)
	for i := range spans {
		sp := &spans[i]
		dates[i] = sp.day
		f := Finding{Rule: RuleCovNight, Severity: SevError,
			Start: time.Unix(sp.s, 0).In(roster.Amsterdam), End: time.Unix(sp.e, 0).In(roster.Amsterdam), Dates: dates[i : i+1 : i+1]}
		if sp.hi > 0 {
			f.Severity = SevWarning
			n := len(members)
			members = ix.appendPresent(members, sp.s, sp.e)
			f.Members = members[n:len(members):len(members)]
		}
		nightMessage(msgs.buf(), sp, c.parts(sp.s, sp.e), msgs.mark)
		c.add(f)
	}
	msgs.assign(c.out[first:])
}
