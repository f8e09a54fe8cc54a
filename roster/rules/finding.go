package rules

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// Severity orders findings: an error blocks fixing a period without
// confirmation, a warning asks for attention, info is for insight.
type Severity int

// Severities, most severe first.
const (
	SevError Severity = iota
	SevWarning
	SevInfo
)

// String returns "error", "warning" or "info".
func (s Severity) String() string {
	switch s {
	case SevError:
		return "error"
	case SevWarning:
		return "warning"
	default:
		return "info"
	}
}

// MarshalText encodes s as its String.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes "error", "warning" or "info".
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "error":
		*s = SevError
	case "warning":
		*s = SevWarning
	default:
		*s = SevInfo
	}
	return nil
}

// Rule IDs; docs/rules.md maps each to what it checks, its source, its code
// and its test. Every finding carries one.
const (
	RuleCovDay         = "COV-DAY"
	RuleCovNight       = "COV-NIGHT"
	RuleCovOver        = "COV-OVER"
	RuleSlack          = "SLACK"
	RuleReserve        = "RESERVE" // team reserve hours (info)
	RuleFTEBudget      = "FTE-BUDGET"
	RuleContract       = "CONTRACT" // more than 1/9 above the contract's weekly average
	RuleATWShift       = "ATW-SHIFT"
	RuleATWWeek        = "ATW-WEEK"
	RuleATWRest        = "ATW-REST"
	RuleATWWeekRest    = "ATW-WEEKREST"
	RuleATWNight       = "ATW-NIGHT"
	RuleATWNightRest   = "ATW-NIGHTREST"
	RuleATWNightSeries = "ATW-NIGHTSERIES"
	RuleATWSunday      = "ATW-SUNDAY"
	RuleATWBreak       = "ATW-BREAK"
	RuleATWPublish     = "ATW-PUBLISH"
	RuleATWSleep       = "ATW-SLEEP" // regular sleep-shift regime (Arbeidstijdenbesluit 4.8:1)
	RuleDouble         = "DOUBLE"    // a member booked twice at the same time
	RuleAbsent         = "ABSENT"    // work planned during an absence
	RuleRole           = "ROLE"      // role or flags forbid this
	RuleWish           = "WISH"      // a wish not honoured
	RuleInactive       = "INACTIVE"  // work planned outside a membership
)

// Finding is one thing the engine noticed about the plan.
type Finding struct {
	Rule     string    `json:"rule"`
	Severity Severity  `json:"severity"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Members  []int     `json:"members,omitempty"`
	// Dates are the roster cells involved (with Members): a UI selects them.
	Dates []roster.Date `json:"dates,omitempty"`
	NL    string        `json:"nl"`
	EN    string        `json:"en"`
}

// Message returns the finding's text in language l.
func (f Finding) Message(l roster.Lang) string { return l.Pick(f.NL, f.EN) }
