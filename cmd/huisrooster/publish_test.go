package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/fridge"
	"github.com/huisrooster/huisrooster/roster/publish"
	"github.com/huisrooster/huisrooster/store"
)

// TestPublishCommand: "huisrooster publish --db --to" writes the folder;
// run again it writes nothing; without --to it uses the saved setting or
// says how to give one; bad input gets exit 2.
func TestPublishCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "huisrooster.db")
	if code, _, stderr := runCmd("demo", "--db", db); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	out := filepath.Join(dir, "gedeeld")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd("publish", "--db", db, "--to", out)
	if code != 0 || !strings.Contains(stdout, "gepubliceerd naar") {
		t.Fatalf("publish: exit %d: %s %s", code, stdout, stderr)
	}
	for _, f := range []string{"index.html", "koelkast-deze-week.pdf", "koelkast-volgende-week.pdf"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	ics, _ := filepath.Glob(filepath.Join(out, "*.ics"))
	if len(ics) < 3 {
		t.Errorf("%d calendars written", len(ics))
	}
	if code, stdout, _ := runCmd("publish", "--db", db, "--to", out); code != 0 || !strings.Contains(stdout, " 0 geschreven") {
		t.Errorf("second publish: exit %d: %s", code, stdout)
	}
	if code, _, stderr := runCmd("publish", "--db", db); code != 2 || !strings.Contains(stderr, "--to") {
		t.Errorf("publish without --to or setting: exit %d: %s", code, stderr)
	}
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := publish.SaveConfig(s, publish.Config{On: true, Dir: out, Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if code, stdout, stderr := runCmd("publish", "--db", db); code != 0 || !strings.Contains(stdout, out) {
		t.Errorf("publish with the saved setting: exit %d: %s %s", code, stdout, stderr)
	}
	if idx, _ := os.ReadFile(filepath.Join(out, "index.html")); !strings.Contains(string(idx), `lang="en"`) {
		t.Error("the saved language is not used for index.html")
	}
	if code, _, stderr := runCmd("publish", "--db", db, "--to", filepath.Join(dir, "bestaat-niet")); code != exitNotFound || !strings.Contains(stderr, "bestaat niet") {
		t.Errorf("missing folder: exit %d: %s", code, stderr)
	}
	if code, _, _ := runCmd("publish", "--db", db, "--lang", "fr"); code != 2 {
		t.Errorf("--lang fr: exit %d", code)
	}
	if code, _, _ := runCmd("publish", "--db", filepath.Join(dir, "geen.db"), "--to", out); code != exitNotFound {
		t.Errorf("missing roster: exit %d", code)
	}
}

// TestFridgeRemembersPrint: "huisrooster fridge --db" records the print of
// the week, so the next print (here, in the app or in the published folder)
// marks what changed since.
func TestFridgeRemembersPrint(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "huisrooster.db")
	if code, _, stderr := runCmd("demo", "--db", db); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd("fridge", "--db", db, "--week", "2026-W48", "-o", filepath.Join(dir, "w48.pdf")); code != 0 {
		t.Fatalf("fridge: exit %d: %s", code, stderr)
	}
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := fridge.LastPrinted(s, roster.NewDate(2026, 11, 23))
	if err != nil || p == nil || p.At.IsZero() {
		t.Fatalf("print of week 48 not remembered: %+v %v", p, err)
	}
	if other, _ := fridge.LastPrinted(s, roster.NewDate(2026, 11, 30)); other != nil {
		t.Error("week 49 remembered as printed")
	}
}
