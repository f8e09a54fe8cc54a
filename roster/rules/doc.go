// Package rules is the rule engine of Huisrooster: it reads a house and says
// what is wrong with its roster.
//
// [Check] (and [CheckAt], with an explicit today) is a pure, deterministic
// function of a house and a window of dates. It returns [Finding]s sorted by
// date, rule and member. Every finding carries a rule ID (the Rule*
// constants: COV-DAY, ATW-REST, SLACK, …), a [Severity] (an error blocks
// fixing a period, a warning asks for a look, an info only tells), the
// interval and the members involved, and a Dutch and an English message.
// docs/rules.md maps every rule ID to what it checks, its source in the law
// or the cao, the code that checks it and the test that proves it.
//
// The legal limits are constants beside the rule that uses them, each with
// the article it comes from (atw_rest.go, atw_hours.go, atw_night.go);
// [EngineLimits] exports them for the planner, so it plans by the numbers
// the checks use.
//
// [DayGaps] and [NightGaps] expose the coverage gaps the COV rules find, for
// the open-shift list of roster/team.
//
// # Imports
//
// rules imports only the standard library and package roster (the model).
// It never imports roster/team, roster/pay, roster/demo, the store or the UI:
// those build on the findings, not the other way round.
package rules
