package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/store"
	bolt "go.etcd.io/bbolt"
)

// exitCase is one command of the exit-code table test: its arguments before
// --db, and what it returns for each state of the roster file.
type exitCase struct {
	args []string
	// missing is the status for a --db that does not exist (the commands
	// that create a roster succeed there).
	missing int
	// damaged is the status for a damaged --db (restore repairs it).
	damaged int
	// newer is the status for a roster of a newer version (restore
	// replaces it, keeping it aside).
	newer int
	// tail is what follows the options (the file to import or restore).
	tail []string
}

// TestExitCodes runs every command against the states the exit-code table
// names: -h, a bad option, a missing, damaged, locked and newer roster.
// One table for all commands, as the README documents.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	if code, _, stderr := runCmd("demo", "--db", good); code != 0 {
		t.Fatal(stderr)
	}
	house := filepath.Join(dir, "huis.json")
	if code, _, stderr := runCmd("export", "--db", good, "-o", house); code != 0 {
		t.Fatal(stderr)
	}
	damagedDB := func() string {
		p := filepath.Join(t.TempDir(), "kapot.db")
		os.WriteFile(p, []byte(strings.Repeat("kapot ", 2000)), 0o600)
		return p
	}
	newerTemplate := filepath.Join(dir, "newer.db")
	if code, _, stderr := runCmd("demo", "--db", newerTemplate); code != 0 {
		t.Fatal(stderr)
	}
	db, err := bolt.Open(newerTemplate, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint32(nil, store.SchemaVersion+1))
	})
	db.Close()
	newerDB := func() string {
		b, _ := os.ReadFile(newerTemplate)
		p := filepath.Join(t.TempDir(), "nieuwer.db")
		os.WriteFile(p, b, 0o600)
		return p
	}
	backupFile := filepath.Join(dir, "kopie.db")
	if b, err := os.ReadFile(good); err != nil || os.WriteFile(backupFile, b, 0o600) != nil {
		t.Fatal(err)
	}

	out := filepath.Join(dir, "uit")
	const nf, dm, nw = exitNotFound, exitDamaged, exitNewer
	cases := map[string]exitCase{
		"check":          {args: []string{"check"}, missing: nf, damaged: dm, newer: nw},
		"cover":          {args: []string{"cover", "--member", "Fatima", "--date", "2026-11-24"}, missing: nf, damaged: dm, newer: nw},
		"export":         {args: []string{"export", "-o", out + ".json"}, missing: nf, damaged: dm, newer: nw},
		"export payroll": {args: []string{"export", "payroll", "--period", "week", "-o", out + ".csv"}, missing: nf, damaged: dm, newer: nw},
		"fte":            {args: []string{"fte", "--period", "week"}, missing: nf, damaged: dm, newer: nw},
		"pin":            {args: []string{"pin", "reset", "--who", "Marieke", "--wipe"}, missing: nf, damaged: dm, newer: nw},
		"import":         {args: []string{"import"}, tail: []string{house}, missing: exitOK, damaged: dm, newer: nw},
		"backup":         {args: []string{"backup"}, missing: nf, damaged: dm, newer: nw},
		"restore":        {args: []string{"restore"}, tail: []string{backupFile}, missing: exitOK, damaged: exitOK, newer: exitOK},
		"log":            {args: []string{"log"}, missing: nf, damaged: dm, newer: nw},
		"fridge":         {args: []string{"fridge", "-o", out + ".pdf"}, missing: nf, damaged: dm, newer: nw},
		"ical":           {args: []string{"ical", "--member", "Zoë", "-o", out + ".ics"}, missing: nf, damaged: dm, newer: nw},
		"wishes":         {args: []string{"wishes", "--member", "Zoë"}, missing: nf, damaged: dm, newer: nw},
		"demo":           {args: []string{"demo"}, missing: exitOK, damaged: dm, newer: nw},
		"leave":          {args: []string{"leave", "list"}, missing: nf, damaged: dm, newer: nw},
		"year":           {args: []string{"year", "--year", "2027"}, missing: nf, damaged: dm, newer: nw},
		"publish":        {args: []string{"publish", "--to", dir}, missing: nf, damaged: dm, newer: nw},
		"plan":           {args: []string{"plan", "--from", "2026-11-23", "--to", "2026-11-29", "--seconds", "0.1"}, missing: nf, damaged: dm, newer: nw},
		"summer":         {args: []string{"summer", "propose", "--year", "2027"}, missing: nf, damaged: dm, newer: nw},
	}
	for name := range commands() {
		if _, ok := cases[name]; !ok && name != "bench" {
			t.Errorf("command %q has no row in the exit-code test", name)
		}
	}
	// The first argument words of a case, before its options.
	words := func(c exitCase) []string {
		n := 1
		switch {
		case c.args[0] == "export" && len(c.args) > 1 && c.args[1] == "payroll", c.args[0] == "pin", c.args[0] == "leave", c.args[0] == "summer":
			n = 2
		}
		return append([]string{}, c.args[:n]...)
	}
	with := func(c exitCase, db string) []string {
		return append(append(append([]string{}, c.args...), "--db", db), c.tail...)
	}
	for name, c := range cases {
		t.Run(strings.ReplaceAll(name, " ", "-"), func(t *testing.T) {
			check := func(state string, want int, args []string) {
				t.Helper()
				if code, _, stderr := runCmd(args...); code != want {
					t.Errorf("%s: %q: exit %d, want %d\n%s", state, args, code, want, stderr)
				}
			}
			check("-h", exitOK, append(words(c), "-h"))
			check("bad option", exitUsage, append(words(c), "--gibtsnicht"))
			check("missing roster", c.missing, with(c, filepath.Join(t.TempDir(), "nergens", "weg.db")))
			check("damaged roster", c.damaged, with(c, damagedDB()))
			check("newer roster", c.newer, with(c, newerDB()))
			s, err := store.Open(good, nil)
			if err != nil {
				t.Fatal(err)
			}
			check("locked roster", exitLocked, with(c, good))
			s.Close()
		})
	}
	for _, args := range [][]string{{"bench", "-h"}, {"-h"}, {"help"}} {
		if code, _, _ := runCmd(args...); code != exitOK {
			t.Errorf("%q: exit %d, want 0", args, code)
		}
	}
	if code, _, _ := runCmd("gibtsnicht"); code != exitUsage {
		t.Errorf("unknown command: exit %d, want %d", code, exitUsage)
	}
}

// TestExitCodesDocumented: the README lists the exit-code table, every row
// in Dutch and English, as the commands use it.
func TestExitCodesDocumented(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range exitCodes {
		row := fmt.Sprintf("| %d | %s | %s |", c.code, c.nl, c.en)
		if !strings.Contains(string(readme), row) {
			t.Errorf("README lacks the row %q", row)
		}
	}
}
