package rules

import (
	"strconv"

	"github.com/huisrooster/huisrooster/roster"
)

// ATW-PUBLISH: the roster known in advance (Arbeidstijdenwet 4:2 lid 1;
// cao Jeugdzorg: 28 days).

// checkPublish reports ATW-PUBLISH: every ISO week of the window that has not
// ended, starts within the publish period (default 28 days) of today and is
// not fixed on every day. The roster must be known that far ahead.
func (c *checker) checkPublish() {
	days := c.h.Settings.PublishDaysOrDefault()
	for mon := c.w.From.Monday(); mon <= c.w.To; mon += 7 {
		if mon+6 < c.today || int(mon-c.today) >= days {
			continue
		}
		fixed := true
		for d := mon; d < mon+7; d++ {
			if c.h.Plan.StateOn(d) != roster.PeriodFixed {
				fixed = false
				break
			}
		}
		if fixed {
			continue
		}
		until := int(mon - c.today)
		// Concatenation instead of fmt: this rule reports on most checks.
		week, n := string(appendWeekLabel(nil, mon)), strconv.Itoa(days)
		nl := week + " is nog niet vastgesteld en begint over " + plural(until, "dag", "dagen") + "; het rooster moet " + n + " dagen vooraf bekend zijn"
		en := week + " is not fixed yet and starts in " + plural(until, "day", "days") + "; the roster must be known " + n + " days ahead"
		if until <= 0 {
			nl = week + " is al begonnen en nog niet vastgesteld; het rooster moet " + n + " dagen vooraf bekend zijn"
			en = week + " has begun and is not fixed yet; the roster must be known " + n + " days ahead"
		}
		c.add(Finding{Rule: RuleATWPublish, Severity: SevWarning, Start: c.start(mon), End: c.start(mon + 7), NL: nl, EN: en})
	}
}
