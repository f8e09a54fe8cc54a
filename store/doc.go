// Package store keeps a house in one local bbolt file: the team's roster,
// with schema versions, an integrity check, automatic backups, JSON
// import/export and an append-only audit log. [*Store] implements
// [roster.Store].
//
// # Opening
//
// [Open] opens (or creates) the file; [DefaultPath] is the usual location:
// $XDG_DATA_HOME/huisrooster/huisrooster.db (default
// ~/.local/share/huisrooster/huisrooster.db) on Linux,
// %APPDATA%\huisrooster\huisrooster.db on Windows. The file is created with
// mode 0600 in a directory with mode 0700, atomically (a temp file that is
// initialised and renamed). The app opens it with
//
//	s, err := store.Open(path, &store.Options{DailyBackup: true})
//
// and handles four sentinel errors:
//
//   - [ErrLocked]: another process (another window) has the roster open;
//     Open gives up after [DefaultTimeout] (1 s).
//   - [ErrDamaged]: the file is not a sound roster (truncated, overwritten,
//     garbage, a flipped byte); offer [NewestGoodBackup] and [Restore].
//   - [ErrNewerSchema]: the file was written by a newer Huisrooster.
//   - [ErrReadOnly]: the file cannot be written; Options.ReadOnly opens it
//     for reading (under a shared lock), and changes then fail with it.
//
// Opening runs the stored house through the validator: names an older
// version let through are repaired in one logged change ([Store.Repairs]);
// what cannot be repaired is ErrDamaged (repair.go).
//
// Opening also removes temp files that interrupted writes left next to the
// file and in its backup folder (older than two minutes).
//
// Damage is found before bbolt maps the file: bbolt trusts its pages and
// can panic or fault on garbage, so Open first takes the file lock and
// walks the raw file itself, mapped read-only so only the pages it looks at
// are read (both meta pages with magic, version and checksum — both must be
// sound, as bbolt's fall-back to the other one would silently undo the last
// change —, every page reachable from the current root: ids below the high
// water mark, page types, element offsets within their page, nested and
// inline buckets, the freelist, no page both used and free). The audit
// log's tree is walked along its newest edge only (its older pages are read
// by Log alone, which checks every record); [VerifyBackup] walks every page.
// Then bbolt opens it and the integrity check
// runs: bbolt's tx.Check of every bucket but the log, every bucket present, every record of the house
// with a sound checksum and decoded strictly (one JSON value, no unknown
// fields), each bucket's count and checksum sum as recorded in meta, and
// the newest audit record and the log's count. The rest of the log is
// checked as [Store.Log] reads it, so opening does not slow down as the
// log grows. A panic inside bbolt during open, check or Log is recovered as
// a last resort and reported as ErrDamaged.
//
// # One window per roster
//
// [ClaimApp] makes the app the running one of a roster file (a lock on
// "<roster>.window" and a loopback port with a token in it); a second start
// gets [ErrAppRunning] and [RaiseApp] asks the running app to bring its
// window to the front (instance.go).
//
// # Integrity
//
// Every value is stored as its JSON followed by a CRC-32C of the key's
// length, the key and the JSON (put is the one way records are written).
// The meta bucket keeps per bucket a digest: the number of records and the
// sum of their checksums, recomputed in every transaction that changes the
// house and counted up by every audit record. A flipped byte thus shows as
// a bad checksum (record changed), a wrong count or sum (record lost, or an
// old copy back from a free page), or a page bbolt or the walk refuses. A
// test flips every byte of a small database once: each flip is reported or
// changes nothing a reader sees.
//
// # Layout (schema version 6)
//
// Every value is JSON of the roster types plus its 4-byte checksum; every
// key sorts in the natural order. Dates are "2026-04-27" (10 bytes, years 1000–9999), member IDs and
// sequence numbers 8 bytes big-endian.
//
//	bucket     key                               value
//	meta       "schema"                          uint32 big-endian schema version (no checksum)
//	           "created"                         RFC 3339 time
//	           "digest:" + bucket name           count u64 + sum of checksums u64 (big-endian)
//	house      "settings"                        name, children, settings (budget map, ORT table, holidays), coverage
//	members    member ID                         {pos, member}: contract history, photo bytes, flags
//	shifts     shift code                        {pos, shift type}
//	cells      date + member ID                  []Assignment of that cell (custom times, state, note)
//	absences   from-date + member ID + seq       Absence
//	wishes     date + member ID + seq            Wish
//	periods    from-date + seq                   Period
//	year       "plan"                            YearPlan: leave requests, summer rounds, balances carried over (schema 2)
//	audit      seq                               AuditRecord: seq, when, who, nl, en, the Edit (before/after)
//	local      name (string)                     JSON record of this installation (schema 3)
//
// pos keeps the team's order of members and shift types; seq (the bucket's
// sequence) makes keys of equal records unique. The local bucket
// ([Store.GetLocal], [Store.PutLocal]) holds what this installation
// remembers outside the house: when each member last saw the changes, what
// was last published to a folder, which version of a week was last printed.
// It is neither exported nor audited, and an import leaves it alone.
// [Load] returns members and shift types in that order and the plan in
// the order of [SortPlan]; [LoadWindow] reads only the plan records of a window of dates by seeking
// to its first date.
//
// # Changes
//
// [Store.Apply] saves one [roster.Edit] in one bbolt transaction together
// with its audit record; when it returns nil the change is on disk (bbolt
// fsyncs every commit; NoSync is never set). A part whose Before does not
// match the stored house fails the whole edit. [Store.Replace] saves a whole
// house; its audit record holds [Diff] of the old and the new house, so even
// an import can be read and undone from the log. A crash test kills a
// writing child process with SIGKILL hundreds of times and checks that
// every acknowledged change survives and nothing half-done appears.
//
// # Schema versions
//
// The meta bucket holds the schema version ([SchemaVersion]). On open, a file
// of an older version is backed up and migrated in one Update (all steps or
// none); a newer one is refused untouched with ErrNewerSchema. Schema 2 adds
// the year bucket (migration 1→2 creates it with an empty year plan);
// schema 3 adds the local bucket (migration 2→3); schema 4 seals the pay
// data (migrate_pay.go); schema 5 adds the checksums and digests (before,
// records were plain JSON: the steps up to 4 use decodePlain and putPlain);
// the upgrade to schema 6 rewrites the file and every backup without free
// pages, so no salary of an older version stays readable (scrub.go). A migration that
// writes records must write them with put, and a field removed from a
// stored type needs a migration too: the data buckets refuse unknown
// fields.
//
// # Backups
//
// Backups are consistent hot copies (tx.WriteTo into a temp file, fsync,
// rename) in the folder "backups" next to the file, named
// huisrooster-2026-04-27-153012.345-REASON.db. They are made at least once a
// day when the app opens (Options.DailyBackup / [Store.EnsureDailyBackup]),
// before every import, before every restore and before a migration, and on
// demand ([Store.Backup]). Rotation keeps every backup younger than a day,
// the newest of each of the 14 newest days ([KeepDaily]) and the newest of
// each of the 8 newest ISO weeks ([KeepWeekly]). [Restore] verifies the
// backup ([VerifyBackup]) before it replaces anything, backs up the current
// file first (a damaged file is kept aside as a raw *.beschadigd copy) and
// puts the backup in place atomically. Restore does not roll the log back:
// see Audit log.
//
// # Audit log
//
// Every change records when, who (the team member using the app), what
// (Edit.NL/EN) and the edit itself with before and after. The log is
// append-only: nothing in this package changes or deletes a record, so the
// 52 weeks the Working Hours Act asks for (ATW-RECORDS) are always kept,
// however backups rotate. Numbers run 1, 2, 3, … without gaps and are never
// used twice. [Restore] carries the log of the file it replaces into the
// restored file (every record newer than the backup's log; from a damaged
// file the records are salvaged page by page, and a number no copy was
// found of gets a record saying so) and appends a "terugzetten / restore"
// record whose edit is the difference between the replaced and the
// restored house, so a restore can be read and undone like any change.
// [Store.Log] reads the log newest first and checks what it reads.
//
// # Import and export
//
// [Store.Export] writes the versioned JSON house file
// ([roster.EncodeHouseFile]). [Store.Import] decodes it strictly
// ([roster.DecodeHouseFile], which runs [roster.Validate]), adds the store's
// own checks ([ValidateHouse]) and either lists every problem found in an
// [*InvalidError] (matching [ErrInvalid]) and saves nothing, or backs up and
// saves the whole house in one transaction.
//
// # Privacy
//
// A sick report stores only that someone is sick and when, never why:
// absences have no free-text field, [Store.Apply] and [Store.Replace] drop
// the note of every assignment in the sick state before anything is written
// (data and audit record alike; the caller's values are not changed), and
// [Store.Import] refuses a house file that has such a note, listing it as a
// problem. The file lives in the user's own data folder with mode 0600.
//
// Pay data are sealed (roster/vault.go): the members' salaries live only in
// the settings' vault, encrypted under a data key that the teamleider's PIN
// and the recovery code open. [Store.Apply] refuses an edit that would store
// a salary or a PIN hash in clear, [Store.Replace] seals a house of an older
// version first, and every audit record is written through
// [roster.AuditSafe]: no PIN hash, no key of the vault, no salary in clear.
package store
