// Package weekview is the view-model of the week screen: what a week grid
// shows ([NewWeekView]: rows per member, cells per day, the coverage strip
// per day, the hours beside each row). It decides nothing: every number comes
// from the model (package roster: PlannedHours, SlackLeft, ContractHoursIn)
// and the wishes from roster/team.
//
// # Imports
//
// weekview imports the standard library, package roster and roster/team; it
// does not import Fyne, so it is tested without a display. Package ui draws
// what it returns.
package weekview
