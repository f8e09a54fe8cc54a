package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/store"
)

// TestCLITellsRepairOnOpen: a roster holding a name today's rule refuses
// (as an older version could write it) opens for a command, repaired; the
// command says so in one bilingual line on stderr, the log has the repair,
// and the next command says nothing.
func TestCLITellsRepairOnOpen(t *testing.T) {
	h := demo.House(roster.NewDate(2026, 3, 2))
	h.Name = " " + h.Name + "\t"
	db := storeHouse(t, h)
	code, _, stderr := runCmd("check", "--db", db, "--week", "2026-03-02")
	if code == exitFailure && strings.Contains(stderr, "beschadigd") {
		t.Fatalf("check: the roster was taken for damaged: %s", stderr)
	}
	if !strings.Contains(stderr, "Reparatie bij openen") || !strings.Contains(stderr, " / Repaired on open") {
		t.Errorf("stderr = %q, want the repair line", stderr)
	}
	code, logOut, _ := runCmd("log", "--db", db, "--limit", "1")
	if code != 0 || !strings.Contains(logOut, "Reparatie bij openen") {
		t.Errorf("log: exit %d: %s", code, logOut)
	}
	if _, _, stderr := runCmd("log", "--db", db, "--limit", "1"); strings.Contains(stderr, "Reparatie") {
		t.Errorf("repaired twice: %q", stderr)
	}
}

// TestCLIReportsRuleProblemsOnOpen: a sound roster that breaks a rule no
// repair can mend (seven children, as an older version could save) is no
// damage: read commands work, stderr says in one bilingual line what is
// wrong and where to fix it, and nothing is logged.
func TestCLIReportsRuleProblemsOnOpen(t *testing.T) {
	db := filepath.Join(t.TempDir(), "huisrooster.db")
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := demo.House(roster.NewDate(2026, 3, 2))
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	// Apply saves an edit as it is, as an older version did.
	bad := *h
	bad.Children = 7
	if err := s.Apply(store.Diff(h, &bad), "tester"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, logBefore, _ := runCmd("log", "--db", db, "--json")
	code, _, stderr := runCmd("check", "--db", db, "--week", "2026-03-02")
	if strings.Contains(stderr, "beschadigd") || code == exitFailure {
		t.Fatalf("check: exit %d, the roster was taken for damaged: %s", code, stderr)
	}
	for _, w := range []string{"children: aantal kinderen 7", "aanpassen in Instellingen > Huis en regels", " / The roster opened", "fix in Settings > House and rules"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q: %s", w, stderr)
		}
	}
	code, out, _ := runCmd("export", "--db", db, "-o", filepath.Join(t.TempDir(), "huis.json"))
	if code != 0 {
		t.Errorf("export of a house with a reported problem: exit %d: %s", code, out)
	}
	if _, logAfter, _ := runCmd("log", "--db", db, "--json"); logAfter != logBefore {
		t.Error("opening a house with a reported problem wrote to the log")
	}
}
