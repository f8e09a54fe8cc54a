// Package roster is the domain of Huisrooster: the house, its team, the
// shift types and the plan, and everything that decides anything about them.
//
// # Model
//
// A [House] holds the settings of one kleinschalige woonvoorziening (coverage
// profile, night mode, slack, budget, ORT table) together with its [Member]s,
// [ShiftType]s and the [Plan] (assignments, absences, wishes and period
// states). The whole house is encoded as a versioned JSON house file.
//
// # Time
//
// Dates are civil dates ([Date]); clock times are minutes after midnight
// ([Clock]). A shift whose end is at or before its start ends the next day.
// Every duration is computed on real instants in Europe/Amsterdam, so the
// night of the switch to summer time is an hour shorter and the October night
// an hour longer.
//
// # Engine
//
// [Check] is a pure function of a house and a window of dates that returns
// [Finding]s in a deterministic order. Every finding carries a rule ID from
// the domain reference (COV-DAY, ATW-REST, …), a severity, the interval and
// the members involved, and a Dutch and an English message.
//
// This package imports neither Fyne nor bbolt: it is tested without a display
// or a database.
package roster
