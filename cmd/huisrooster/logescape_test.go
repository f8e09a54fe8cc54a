package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/store"
)

// TestLogEscapesHiddenCharacters: a name an older version stored with a
// right-to-left override and a line break is repaired on open; `log` shows
// its old value with those characters as visible escapes, in text and in
// JSON, and the JSON still decodes to the stored value.
func TestLogEscapesHiddenCharacters(t *testing.T) {
	db := filepath.Join(t.TempDir(), "huisrooster.db")
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := demo.House(roster.NewDate(2026, 3, 2))
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	m := h.Members[0]
	old := m
	m.Name = "Anna\u202eseirV\nX"
	if err := s.Apply(roster.Edit{Members: []roster.MemberEdit{{Before: &old, After: &m}}}, "tester"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, stderr := runCmd("log", "--db", db, "--limit", "3")
	if code != 0 {
		t.Fatalf("log: exit %d: %s", code, stderr)
	}
	if strings.ContainsAny(out+stderr, "\u202e") {
		t.Errorf("log output carries a raw direction character:\n%s\n%s", out, stderr)
	}
	if !strings.Contains(out, `Anna\u202EseirV\u000AX`) {
		t.Errorf("log does not show the old name escaped:\n%s", out)
	}
	code, out, _ = runCmd("log", "--db", db, "--limit", "3", "--json")
	if code != 0 || strings.ContainsRune(out, '\u202e') {
		t.Fatalf("log --json: exit %d, raw direction character in:\n%s", code, out)
	}
	var recs []roster.AuditRecord
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range recs {
		for _, me := range r.Edit.Members {
			if me.Before != nil && me.Before.Name == "Anna\u202eseirV\nX" || me.After != nil && me.After.Name == "Anna\u202eseirV\nX" {
				found = true
			}
		}
	}
	if !found {
		t.Error("the JSON log does not keep the old name as stored")
	}
}
