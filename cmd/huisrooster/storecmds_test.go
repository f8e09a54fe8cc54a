package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/store"
)

// runCmd runs the command line args and returns exit status and output.
func runCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// TestStoreCommands walks the headless store commands end to end: demo,
// export, import, backup, restore, log and check over --db.
func TestStoreCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a", "huisrooster.db")
	if code, _, stderr := runCmd("demo", "--db", db); code != 0 {
		t.Fatalf("demo --db: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd("demo", "--db", db); code != exitUsage || !strings.Contains(stderr, "--force") {
		t.Fatalf("demo --db on a full roster: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd("demo", "--db", db, "--force"); code != 0 {
		t.Fatalf("demo --db --force: exit %d: %s", code, stderr)
	}

	file := filepath.Join(dir, "huis.json")
	if code, _, stderr := runCmd("export", "--db", db, "-o", file); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	db2 := filepath.Join(dir, "b", "huisrooster.db")
	if code, _, stderr := runCmd("import", "--db", db2, "--who", "Teamleider", file); code != 0 {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	code, exported, stderr := runCmd("export", "--db", db2, "-o", "-")
	original, _ := os.ReadFile(file)
	if code != 0 || exported != string(original) {
		t.Fatalf("export after import differs (exit %d, %s)", code, stderr)
	}

	code, logOut, _ := runCmd("log", "--db", db2)
	if code != 0 || !strings.Contains(logOut, "#1") || !strings.Contains(logOut, "Teamleider") || !strings.Contains(logOut, "geïmporteerd") {
		t.Fatalf("log: exit %d:\n%s", code, logOut)
	}

	code, backupOut, _ := runCmd("backup", "--db", db2)
	if code != 0 || !strings.Contains(backupOut, store.BackupDirName) {
		t.Fatalf("backup: exit %d: %s", code, backupOut)
	}
	code, listOut, _ := runCmd("restore", "--db", db2, "--list")
	if code != 0 || !strings.Contains(listOut, "handmatig") || !strings.Contains(listOut, "voor-import") {
		t.Fatalf("restore --list: exit %d:\n%s", code, listOut)
	}
	if code, _, stderr := runCmd("restore", "--db", db2); code != 0 {
		t.Fatalf("restore: exit %d: %s", code, stderr)
	}

	week := roster.Today().WeekLabel()
	code, checkOut, stderr := runCmd("check", "--db", db2, "--week", week)
	if code == 2 || !strings.Contains(checkOut, week) {
		t.Fatalf("check --db: exit %d: %s%s", code, checkOut, stderr)
	}
	if code, _, _ := runCmd("check", "--db", db2, "--demo"); code != 2 {
		t.Errorf("check --db --demo: exit %d, want 2", code)
	}
}

// TestImportRefusedListsProblems: a bad house file is refused with exit 2,
// every problem listed, the roster unchanged.
func TestImportRefusedListsProblems(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "huisrooster.db")
	if code, _, stderr := runCmd("demo", "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	_, before, _ := runCmd("export", "--db", db, "-o", "-")
	h := &roster.House{Name: "", Children: 9, Members: []roster.Member{{ID: 1, Name: "A", Role: "kok"}, {ID: 1, Name: "B", Role: roster.RoleOpvoeder}},
		Plan: roster.Plan{Assignments: []roster.Assignment{{Member: 7, Date: roster.NewDate(2026, 5, 1), Shift: "V", State: roster.StateSick, Note: "griep"}}}}
	var buf bytes.Buffer
	roster.EncodeHouseFile(&buf, h)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, buf.Bytes(), 0o600)
	code, _, stderr := runCmd("import", "--db", db, bad)
	if code != 2 {
		t.Fatalf("import of a bad file: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"members[1].id", "kok", "ziekmelding", "never why", "niets opgeslagen"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("problem list lacks %q:\n%s", want, stderr)
		}
	}
	if _, after, _ := runCmd("export", "--db", db, "-o", "-"); after != before {
		t.Error("refused import changed the roster")
	}
}

// TestDamagedAndLocked: a damaged roster gives exit 1 with the way out; a
// roster open elsewhere gives the 'already open' message.
func TestDamagedAndLocked(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "huisrooster.db")
	if code, _, stderr := runCmd("demo", "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := runCmd("backup", "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd("log", "--db", db)
	s.Close()
	if code != exitLocked || !strings.Contains(stderr, "al geopend") || !strings.Contains(stderr, "already open") {
		t.Fatalf("log on an open roster: exit %d: %s", code, stderr)
	}
	os.WriteFile(db, []byte("kapot kapot kapot"), 0o600)
	code, _, stderr = runCmd("export", "--db", db, "-o", "-")
	if code != exitDamaged || !strings.Contains(stderr, "beschadigd") || !strings.Contains(stderr, "huisrooster restore --db") {
		t.Fatalf("export of a damaged roster: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd("restore", "--db", db); code != 0 {
		t.Fatalf("restore: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd("log", "--db", db); code != 0 {
		t.Fatalf("log after restore: exit %d: %s", code, stderr)
	}
	if code, _, _ := runCmd("export", "--db", filepath.Join(dir, "nope.db"), "-o", "-"); code != exitNotFound {
		t.Errorf("export of a missing roster: exit %d", code)
	}
	if _, err := os.Stat(filepath.Join(dir, "nope.db")); err == nil {
		t.Error("export created a roster")
	}
}
