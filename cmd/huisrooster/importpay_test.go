package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/store"
)

// storedWages opens db and returns the sealed wages by member ID, opened
// with testPIN (which must still open them).
func storedWages(t *testing.T, db string) (map[int]roster.Salary, *roster.House) {
	t.Helper()
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	key, err := roster.UnlockPay(h, testPIN)
	if err != nil {
		t.Fatalf("the PIN no longer opens the roster after the import: %v", err)
	}
	sal, err := key.Salaries(h)
	if err != nil {
		t.Fatal(err)
	}
	return sal, h
}

// withoutMember returns a copy of h without member id and the plan
// entries of that member.
func withoutMember(h *roster.House, id int) *roster.House {
	c := *h
	c.Members = slices.DeleteFunc(slices.Clone(h.Members), func(m roster.Member) bool { return m.ID == id })
	c.Plan.Assignments = slices.DeleteFunc(slices.Clone(h.Plan.Assignments), func(a roster.Assignment) bool { return a.Member == id })
	c.Plan.Absences = slices.DeleteFunc(slices.Clone(h.Plan.Absences), func(a roster.Absence) bool { return a.Member == id })
	c.Plan.Wishes = slices.DeleteFunc(slices.Clone(h.Plan.Wishes), func(w roster.Wish) bool { return w.Member == id })
	return &c
}

// TestImportPlainKeepsPay: importing a house file exported without the
// PIN over the roster keeps the sealed pay data and the PIN of the members
// the file still has; with the PIN given, those of a member the file no
// longer has are removed; a wrong PIN imports nothing.
func TestImportPlainKeepsPay(t *testing.T) {
	_, db := pinnedFiles(t)
	_, opv := pinnedHouse(t)
	plain := filepath.Join(t.TempDir(), "plain.json")
	if code, _, stderr := runCmd("export", "--db", db, "-o", plain); code != 0 {
		t.Fatalf("export: %d %s", code, stderr)
	}
	if data, _ := os.ReadFile(plain); strings.Contains(string(data), `"vault"`) {
		t.Fatal("the export without the PIN holds the vault")
	}
	code, _, stderr := runCmd("import", "--db", db, "--who", "Teamleider", plain)
	if code != 0 || !strings.Contains(stderr, "versleutelde loongegevens van het rooster zijn bewaard") || !strings.Contains(stderr, " / The house file holds no pay data") {
		t.Fatalf("import: exit %d, stderr %q", code, stderr)
	}
	if sal, _ := storedWages(t, db); sal[opv].HourlyWage != 47.13 {
		t.Fatalf("the wage was lost by the import: %v", sal)
	}

	// A file without that opvoeder: with the PIN his wage goes.
	h, err := roster.DecodeHouseFile(mustOpenFile(t, plain))
	if err != nil {
		t.Fatal(err)
	}
	smaller := filepath.Join(t.TempDir(), "smaller.json")
	if err := writeHouseFile(smaller, withoutMember(h, opv)); err != nil {
		t.Fatal(err)
	}
	t.Setenv(pinEnv, "0000")
	if code, _, stderr := runCmd("import", "--db", db, "--who", "Teamleider", smaller); code == 0 || !strings.Contains(stderr, "pincode onjuist") {
		t.Fatalf("import with a wrong PIN: exit %d, %q", code, stderr)
	}
	if _, got := storedWages(t, db); got.Member(opv) == nil {
		t.Fatal("an import with a wrong PIN changed the roster")
	}
	t.Setenv(pinEnv, testPIN)
	code, _, stderr = runCmd("import", "--db", db, "--who", "Teamleider", smaller)
	if code != 0 || !strings.Contains(stderr, "die van 1 verwijderde teamleden zijn gewist") {
		t.Fatalf("import with the PIN: exit %d, stderr %q", code, stderr)
	}
	if sal, _ := storedWages(t, db); len(sal) != 0 {
		t.Errorf("the removed member's wage is still sealed in the roster: %v", sal)
	}
}

func mustOpenFile(t *testing.T, path string) *os.File {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
