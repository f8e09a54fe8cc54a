// Package year is the year of a house: per ISO week a line of what the
// coverage profile needs against what the team can still give (the
// feasibility calculation of roster, per real week, with the absences of
// that week), school and public holidays, leave requests the team agrees
// among itself, leave and hours balances, the summer round that shares the
// summer weeks fairly over the years, and the provisional year roster.
//
// Every function is pure: it takes a house (and, where it matters, today's
// date and the time of the act) and returns values or a roster.Edit that the
// caller saves through its store. The model types (LeaveRequest,
// SummerRound, YearPlan, …) live in package roster, in the house file.
package year
