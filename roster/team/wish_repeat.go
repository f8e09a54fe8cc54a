package team

import "github.com/huisrooster/huisrooster/roster"

// DefaultRepeatWeeks is how long a new repeating wish repeats unless its
// owner picks another end: twelve weeks, about one quarter's rounds.
const DefaultRepeatWeeks = 12

// DefaultRepeatUntil returns the last date a new repeating wish that starts
// on d repeats to by default: the same weekday [DefaultRepeatWeeks] later.
func DefaultRepeatUntil(d roster.Date) roster.Date { return d + 7*DefaultRepeatWeeks }
