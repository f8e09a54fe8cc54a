// Package changes answers "Wat is er veranderd?": what changed in a team
// member's shifts, and in the weeks she works, since she last looked, read
// from the audit log.
//
// [Summarize] takes audit records and nets them per cell (member and date):
// the state before the first record and after the last one are compared, so
// an edit and its undo cancel out and three edits of one cell read as one.
// The differences are then named: a shift added or removed, moved to another
// date or handed to a colleague, two shifts swapped, a shift marked sick, a
// sick shift worked again, a vacated shift covered, another shift on the
// same day, or new times. Parts of
// one audit record are paired (a removal and an addition in the same edit
// are a move; two crossing moves are a swap). Every change says who made it
// (the last record that touched it) and whether it falls within the
// publication period (28 days, the Working Hours Act's notice). The texts
// follow the privacy rule of roster.PersonalEdit: a shift marked sick reads
// as vacated ("vrijgekomen"), never as sickness.
//
// [LastSeen] and [MarkSeen] remember per member the newest audit record she
// has seen, in the installation's [roster.LocalStore]; [Unseen] picks the
// records since then that others made. A member's first look only sets
// her mark.
package changes
