package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/store"
)

// This file holds the headless commands over the roster database:
// export, import, backup, restore and log, the --db part of demo and the
// loading of check --db.

// storeFlag adds --db to fs.
func storeFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "roosterbestand (standaard in je gebruikersmap) / roster file (default in your user folder)")
}

// resolveDB returns db, or the default location when it is empty.
func resolveDB(db string) (string, error) {
	if db != "" {
		return db, nil
	}
	return store.DefaultPath()
}

// openExisting opens the roster at db (default location when empty); it
// refuses to create a new one. What opening repaired (names an older
// version let through, plan entries naming what no longer exists) and the
// rules the house still breaks are told on stderr, one line each.
func openExisting(db string, stderr io.Writer) (*store.Store, string, error) {
	path, err := resolveDB(db)
	if err != nil {
		return nil, "", err
	}
	if _, err := os.Stat(path); err != nil {
		return nil, path, notFoundf("rooster %s niet gevonden / roster %s not found", path, path)
	}
	s, err := store.Open(path, nil)
	if errors.Is(err, store.ErrReadOnly) {
		// A file that cannot be written still opens for reading; a
		// change then fails with ErrReadOnly.
		s, err = store.Open(path, &store.Options{ReadOnly: true})
	}
	if err == nil {
		noteRepairs(stderr, s)
	}
	return s, path, err
}

// noteRepairs tells on w, in one bilingual line each, what opening s
// repaired and which rules the house breaks that it did not repair.
func noteRepairs(w io.Writer, s *store.Store) {
	if r := s.Repairs(); len(r) > 0 {
		fmt.Fprintf(w, "%s / %s\n", store.RepairSummary(r, "nl"), store.RepairSummary(r, "en"))
	}
	if p := s.Problems(); len(p) > 0 {
		fmt.Fprintf(w, "%s / %s\n", store.ProblemSummary(p, roster.Dutch), store.ProblemSummary(p, roster.English))
	}
}

// storeFailure prints err for the roster at path, with the way out for the
// known cases (storeError), and returns its exit status (exitFor).
func storeFailure(stderr io.Writer, path string, err error) int {
	err = storeError(path, err)
	fmt.Fprintln(stderr, err)
	return exitCode(err)
}

// loadHouseFrom loads the house for check from a roster database (--db), a
// house file or the demo house; exactly one of them.
func loadHouseFrom(db, file string, demo bool, stderr io.Writer) (*roster.House, error) {
	if db == "" {
		return loadHouse(file, demo)
	}
	if file != "" || demo {
		return nil, errors.New("kies één van --db, --file en --demo / choose one of --db, --file and --demo")
	}
	s, path, err := openExisting(db, stderr)
	if err != nil {
		if errors.Is(err, store.ErrDamaged) {
			if b, berr := store.NewestGoodBackup(path); berr == nil {
				err = fmt.Errorf("%w\nherstel met / restore with: huisrooster restore --db %s (%s)", err, path, filepath.Base(b))
			}
		}
		return nil, err
	}
	defer s.Close()
	return s.Load()
}

// demoDB implements "huisrooster demo --db PATH [--force]".
func demoDB(db string, force bool, stdout io.Writer) error {
	s, err := store.Open(db, nil)
	if err != nil {
		return storeError(db, err)
	}
	defer s.Close()
	empty, err := s.IsEmpty()
	if err != nil {
		return storeError(db, err)
	}
	if !empty && !force {
		return inputErrorf("%s bevat al een rooster; gebruik --force om het te vervangen / %s already holds a roster; use --force to replace it", db, db)
	}
	if !empty {
		if _, err := s.Backup(); err != nil {
			return storeError(db, err)
		}
	}
	if err := s.Replace(demo.House(roster.Today()), "huisrooster demo"); err != nil {
		return storeError(db, err)
	}
	fmt.Fprintf(stdout, "demohuis opgeslagen in %s / demo house saved in %s\n", db, db)
	return nil
}

// runExport implements "huisrooster export --db PATH -o FILE"; "export
// payroll" is the payroll CSV (payroll.go).
func runExport(args []string, stdout, stderr io.Writer) int {
	return errCommand(exportCommand)(args, stdout, stderr)
}

// exportCommand is runExport returning an error (errCommand decides the exit status).
func exportCommand(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "payroll" {
		return payrollCommand(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := storeFlag(fs)
	out := fs.String("o", "", "huisbestand om te schrijven (- voor standaarduitvoer) / house file to write (- for standard output)")
	pin := pinFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *out == "" || fs.NArg() > 0 {
		return inputErrorf("gebruik / usage: huisrooster export --db PAD -o HUIS.json")
	}
	s, path, err := openExisting(*db, stderr)
	if err != nil {
		return storeError(path, err)
	}
	defer s.Close()
	h, err := s.Load()
	if err != nil {
		return storeError(path, err)
	}
	// Without the PIN the file leaves out what is personal (pay data, the
	// PIN, sick reports); with it, the pay data go along sealed.
	_, unlocked, err := unlockHouse(h, *pin, os.Stdin)
	if err != nil {
		return inputError(err)
	}
	if !unlocked {
		h = roster.PlainHouse(h)
		fmt.Fprintln(stderr, "zonder pincode: loongegevens, pincode en ziekmeldingen weggelaten (--pin - voor alles) / without the PIN: pay data, PIN and sick reports left out (--pin - for everything)")
	}
	if *out == "-" {
		if err := roster.EncodeHouseFile(stdout, h); err != nil {
			return exitWith(err, exitFailure)
		}
		return nil
	}
	if err := writeHouseFile(*out, h); err != nil {
		return exitWith(err, exitFailure)
	}
	fmt.Fprintf(stdout, "huis geëxporteerd naar %s / house exported to %s\n", *out, *out)
	return nil
}

// defaultWho names the person using the command line.
func defaultWho() string {
	for _, k := range []string{"USER", "USERNAME"} {
		if v := os.Getenv(k); v != "" {
			return v + " (opdrachtregel / command line)"
		}
	}
	return "opdrachtregel / command line"
}

// runImport implements "huisrooster import --db PATH FILE".
func runImport(args []string, stdout, stderr io.Writer) int {
	return errCommand(importCommand)(args, stdout, stderr)
}

// importCommand is runImport returning an error (errCommand decides the exit status).
func importCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := storeFlag(fs)
	who := fs.String("who", defaultWho(), "wie importeert (voor het logboek) / who imports (for the log)")
	pin := pinFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() != 1 {
		return inputErrorf("gebruik / usage: huisrooster import --db PAD [--pin -] HUIS.json")
	}
	file := fs.Arg(0)
	f, err := os.Open(file)
	if err != nil {
		return inputError(openError(file, err))
	}
	defer f.Close()
	path, err := resolveDB(*db)
	if err != nil {
		return exitWith(err, exitUsage)
	}
	s, err := store.Open(path, nil)
	if err != nil {
		return storeError(path, err)
	}
	defer s.Close()
	// The PIN (optional) opens the stored pay data, so those of members the
	// file no longer has can be dropped now (see store.ImportPay).
	var key *roster.PayKey
	if pinText, given, err := givenPIN(*pin, os.Stdin); err != nil {
		return inputError(err)
	} else if given {
		h, err := s.Load()
		if err != nil {
			return storeError(path, err)
		}
		if key, err = roster.UnlockPay(h, pinText); err != nil {
			return err
		}
	}
	carry, err := s.ImportPay(f, *who, key)
	if err != nil {
		return err
	}
	if t := carry.Text(roster.Dutch); t != "" {
		fmt.Fprintf(stderr, "%s / %s\n", t, carry.Text(roster.English))
	}
	fmt.Fprintf(stdout, "%s geïmporteerd in %s (reservekopie gemaakt) / %s imported into %s (backup made)\n", file, path, file, path)
	return nil
}

// runBackup implements "huisrooster backup --db PATH".
func runBackup(args []string, stdout, stderr io.Writer) int {
	return errCommand(backupCommand)(args, stdout, stderr)
}

// backupCommand is runBackup returning an error (errCommand decides the exit status).
func backupCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := storeFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	s, path, err := openExisting(*db, stderr)
	if err != nil {
		return storeError(path, err)
	}
	defer s.Close()
	b, err := s.Backup()
	if err != nil {
		return storeError(path, err)
	}
	fmt.Fprintf(stdout, "reservekopie / backup: %s\n", b)
	return nil
}

// runRestore implements "huisrooster restore --db PATH [BACKUP]".
func runRestore(args []string, stdout, stderr io.Writer) int {
	return errCommand(restoreCommand)(args, stdout, stderr)
}

// restoreCommand is runRestore returning an error (errCommand decides the exit status).
func restoreCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := storeFlag(fs)
	list := fs.Bool("list", false, "toon de reservekopieën / list the backups")
	who := fs.String("who", defaultWho(), "wie zet terug (voor het logboek) / who restores (for the log)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 1 {
		return inputErrorf("gebruik / usage: huisrooster restore --db PAD [RESERVEKOPIE]")
	}
	path, err := resolveDB(*db)
	if err != nil {
		return exitWith(err, exitUsage)
	}
	if *list {
		bs, err := store.ListBackups(path)
		if err != nil {
			return exitWith(err, exitFailure)
		}
		for _, b := range bs {
			fmt.Fprintf(stdout, "%s  %-18s %s\n", b.Time.In(roster.Amsterdam).Format("2006-01-02 15:04:05"), b.Reason, b.Path)
		}
		return nil
	}
	restored, err := store.Restore(path, fs.Arg(0), *who)
	if err != nil {
		return storeError(path, err)
	}
	fmt.Fprintf(stdout, "%s teruggezet uit %s (het vorige bestand staat bij de reservekopieën) / %s restored from %s (the previous file is kept with the backups)\n",
		path, restored, path, restored)
	return nil
}

// runLog implements "huisrooster log --db PATH [--limit N] [--json]".
func runLog(args []string, stdout, stderr io.Writer) int {
	return errCommand(logCommand)(args, stdout, stderr)
}

// logCommand is runLog returning an error (errCommand decides the exit status).
func logCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("log", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := storeFlag(fs)
	limit := fs.Int("limit", 50, "hoeveel regels, 0 voor alles / how many records, 0 for all")
	asJSON := fs.Bool("json", false, "uitvoer als JSON / output as JSON")
	pin := pinFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *limit < 0 || fs.NArg() > 0 {
		return inputErrorf("gebruik / usage: huisrooster log --db PAD [--limit N] [--json]")
	}
	s, path, err := openExisting(*db, stderr)
	if err != nil {
		return storeError(path, err)
	}
	defer s.Close()
	recs, err := s.Log(*limit)
	if err != nil {
		return storeError(path, err)
	}
	h, err := s.Load()
	if err != nil {
		return storeError(path, err)
	}
	// Records about sickness or pay show who and when only, without the PIN.
	_, unlocked, err := unlockHouse(h, *pin, os.Stdin)
	if err != nil {
		return inputError(err)
	}
	for i := range recs {
		recs[i] = roster.DiscloseRecord(recs[i], unlocked)
	}
	if *asJSON {
		// Names keep their old values in the log, raw bidi and control
		// characters included: written as escapes, nothing is hidden.
		var buf bytes.Buffer
		if err := writeJSON(&buf, recs); err != nil {
			return exitWith(err, exitFailure)
		}
		if _, err := stdout.Write(roster.EscapeHiddenJSON(buf.Bytes())); err != nil {
			return exitWith(err, exitFailure)
		}
		return nil
	}
	if len(recs) == 0 {
		fmt.Fprintln(stdout, "Het logboek is leeg / the log is empty.")
	}
	for _, r := range recs {
		writeAuditRecord(stdout, h, r)
	}
	return nil
}

// maxLogLines bounds the detail lines printed for one record.
const maxLogLines = 8

// writeAuditRecord prints one audit record: number, time, who, what, and
// the changed parts with before → after; characters that would hide or
// reorder text are written as escapes (roster.EscapeHidden).
func writeAuditRecord(w io.Writer, h *roster.House, r roster.AuditRecord) {
	esc := roster.EscapeHidden // a control or bidi character of an old name is shown, not obeyed
	fmt.Fprintf(w, "#%d  %s  %s\n    %s / %s\n", r.Seq, r.When.In(roster.Amsterdam).Format("2006-01-02 15:04:05"), esc(r.Who), esc(r.NL), esc(r.EN))
	lines := auditLines(h, r.Edit)
	for i, l := range lines {
		if i == maxLogLines {
			fmt.Fprintf(w, "    … en %d meer / and %d more\n", len(lines)-i, len(lines)-i)
			break
		}
		fmt.Fprintf(w, "    %s\n", esc(l))
	}
}

// auditLines describes the parts of e, one line each.
func auditLines(h *roster.House, e roster.Edit) []string {
	name := func(id int) string {
		if m := h.Member(id); m != nil {
			return m.Name
		}
		return fmt.Sprintf("#%d", id)
	}
	var out []string
	for _, c := range e.Cells {
		out = append(out, fmt.Sprintf("%s %s %s: %s → %s", name(c.Member), roster.DayNameNL(c.Date), c.Date,
			cellText(c.Before), cellText(c.After)))
	}
	for _, a := range e.Absences {
		out = append(out, change("afwezigheid/absence", a.Before != nil, a.After != nil, func(x *roster.Absence) string {
			return fmt.Sprintf("%s %s–%s %s", name(x.Member), x.From, x.To, x.Kind)
		}, a.Before, a.After))
	}
	for _, x := range e.Wishes {
		out = append(out, change("wens/wish", x.Before != nil, x.After != nil, func(w *roster.Wish) string {
			return strings.TrimSpace(fmt.Sprintf("%s %s %s %s", name(w.Member), w.Date, w.Kind, w.Shift))
		}, x.Before, x.After))
	}
	for _, p := range e.Periods {
		out = append(out, change("periode/period", p.Before != nil, p.After != nil, func(x *roster.Period) string {
			return fmt.Sprintf("%s–%s %s", x.From, x.To, x.State)
		}, p.Before, p.After))
	}
	for _, m := range e.Members {
		out = append(out, change("teamlid/member", m.Before != nil, m.After != nil, func(x *roster.Member) string {
			return fmt.Sprintf("%s (#%d)", x.Name, x.ID)
		}, m.Before, m.After))
	}
	for _, s := range e.Shifts {
		out = append(out, change("dienst/shift", s.Before != nil, s.After != nil, func(x *roster.ShiftType) string {
			return fmt.Sprintf("%s %s–%s", x.Code, x.Start, x.End)
		}, s.Before, s.After))
	}
	if e.Settings != nil {
		out = append(out, "instellingen gewijzigd / settings changed")
	}
	return out
}

// change formats an added, removed or changed element.
func change[T any](what string, hasBefore, hasAfter bool, text func(*T) string, before, after *T) string {
	switch {
	case !hasBefore:
		return "+ " + what + " " + text(after)
	case !hasAfter:
		return "- " + what + " " + text(before)
	}
	return "~ " + what + " " + text(before) + " → " + text(after)
}

// cellText formats a cell's assignments: "V", "L 15:00–22:00", "V ziek".
func cellText(as []roster.Assignment) string {
	if len(as) == 0 {
		return "–"
	}
	parts := make([]string, 0, len(as))
	for _, a := range as {
		p := a.Shift
		if a.Start != nil && a.End != nil {
			p += " " + a.Start.String() + "–" + a.End.String()
		}
		if a.State == roster.StateSick {
			p += " ziek/sick"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " + ")
}
