// Package rostertest holds the test houses that the tests of roster's
// sub-packages share: a small house for the hours and engine rules
// ([House]), one for the coverage rules ([CoverageHouse]), a 14-member team
// with a four-week plan for the stand-in finder ([StandInHouse]), one for
// the realisation ([RealisationHouse]), one for the week view
// ([WeekViewHouse]) and a house with every field set ([FullHouse]), with
// helpers to put members on shifts ([Assign], [AssignDays], [AssignState],
// [CoverageAt]). The app's tests share theirs too: the screens' small house
// ([SmallHouse]), the cover command's vacancy ([VacancyHouse]) and the
// publication's house full of private details ([PrivateHouse],
// [PrivateSecrets]); [MemLocal] is a roster.LocalStore in memory.
//
// It is for tests only: no production package imports it.
//
// # Imports
//
// rostertest imports only the standard library and package roster, so the
// tests of roster/rules, roster/team, roster/pay, roster/publish,
// roster/fridge, roster/changes, ui and cmd can all use it. The model's own (internal) tests cannot, as that would be an import
// cycle; they keep their few helpers beside them.
package rostertest
