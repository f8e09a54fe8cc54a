// Package roster is the model of Huisrooster: the house, its team, the shift
// types and the plan, the dates and clocks they are written in, the edits
// that change them, the house file they are stored in and the validation
// that keeps them sound.
//
// # Model
//
// A [House] holds the settings of one kleinschalige woonvoorziening (coverage
// profile, night mode, slack, budget, ORT table, pay data) together with its
// [Member]s, [ShiftType]s and the [Plan] (assignments, absences, wishes and
// period states). The whole house is encoded as a versioned JSON house file
// ([EncodeHouseFile], [DecodeHouseFile]); [Validate] lists what is wrong with
// one. Every change is an [Edit] with its own inverse, which the [Store]
// interface (implemented by package store) persists with an audit record.
//
// # Time
//
// Dates are civil dates ([Date]); clock times are minutes after midnight
// ([Clock]). A shift whose end is at or before its start ends the next day.
// Every duration is computed on real instants in Europe/Amsterdam
// ([Amsterdam]), so the night of the switch to summer time is an hour shorter
// and the October night an hour longer. [House.Shifts] resolves the plan into
// [Shift]s on those instants; the [Ledger] adds up contract and planned hours.
//
// # Packages above this one
//
// This package decides what a house is, not whether a roster is good:
//
//   - roster/rules: the rule engine (rules.Check) and every rule ID.
//   - roster/team: what the team does with a roster (stand-ins for the sick,
//     sick reports, swaps, open shifts, periods, wishes, fairness).
//   - roster/pay: realisation, ORT, cost budget, payroll export, the PIN.
//   - roster/year: the year line, leave requests and the summer round.
//   - roster/demo: the demo house "De Linde".
//
// # Imports
//
// roster imports only the standard library and rickar/cal (public holidays):
// neither Fyne nor bbolt, nor any other package of this module. It is tested
// without a display or a database.
package roster
