// Package publish writes the roster to a folder that a sync client (OneDrive,
// Nextcloud, Syncthing) shares, so the team sees its shifts away from the
// house laptop without a server or accounts.
//
// The folder gets, for every member, an iCalendar file of her own shifts
// (the last 2 weeks and the next 8) that a calendar app can subscribe to;
// the fridge PDFs of this week and next week; and an index.html (no
// scripts, no external requests) that lists them. Nothing else: first
// names and shifts only, never sickness, absences, pay or wishes. A shift
// vacated by a sick report is simply not in the calendar or on the fridge.
//
// Calendars update in place: every event's UID is derived from the house's
// publish ID, the member, the date and the shift (never random), its
// SEQUENCE rises when the shift changes, and a shift that disappears is
// published once more as cancelled (STATUS:CANCELLED) so that calendars that
// imported it remove it. What was published (per UID: a content hash, the
// sequence, the time stamp) is kept in the installation's
// [roster.LocalStore], as is the folder setting ([Config]).
//
// Every file is written atomically ([WriteFile]): a temp file in the same
// folder, hidden and named so sync clients skip it, is written, synced and
// renamed over the old file, so a reader (or a sync client) never sees half
// a file. A file whose content did not change is not written again, and
// files this package wrote earlier that are no longer wanted (a member who
// left) are removed; nothing else in the folder is touched.
//
// [Publish] does one publish; [Debouncer] runs it once after a burst of
// changes.
package publish
