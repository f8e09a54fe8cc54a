package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// exportWeek is 2026-W48, the week the export tests print.
var exportWeek = roster.NewDate(2026, 11, 23)

// writeExportHouse writes the demo house of exportWeek as a house file.
func writeExportHouse(t *testing.T) (string, *roster.House) {
	t.Helper()
	h := demo.House(exportWeek)
	path := filepath.Join(t.TempDir(), "huis.json")
	if err := writeHouseFile(path, h); err != nil {
		t.Fatal(err)
	}
	return path, h
}

// writeExportDB stores the demo house of exportWeek in a new roster database.
func writeExportDB(t *testing.T) string {
	t.Helper()
	return storeHouse(t, demo.House(exportWeek))
}

func runExportArgs(args ...string) (int, string, string) {
	var out, errs bytes.Buffer
	rc := run(args, &out, &errs)
	return rc, out.String(), errs.String()
}

func TestFridgeSources(t *testing.T) {
	file, _ := writeExportHouse(t)
	db := writeExportDB(t)
	for _, src := range [][]string{{"--file", file}, {"--db", db}, {"--demo"}} {
		t.Run(src[0], func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "week.pdf")
			args := append([]string{"fridge", "--week", "2026-W48", "-o", out}, src...)
			rc, stdout, stderr := runExportArgs(args...)
			if rc != 0 {
				t.Fatalf("rc %d: %s", rc, stderr)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(b, []byte("%PDF-1.")) || len(b) < 10000 {
				t.Errorf("%s is not a PDF of the week (%d bytes)", out, len(b))
			}
			if !strings.Contains(stdout, "2026-W48") {
				t.Errorf("stdout %q does not name the week", stdout)
			}
		})
	}
}

func TestFridgeStdout(t *testing.T) {
	rc, stdout, stderr := runExportArgs("fridge", "--demo", "--week", "2026-W48", "-o", "-")
	if rc != 0 || !strings.HasPrefix(stdout, "%PDF-1.") {
		t.Fatalf("rc %d, stderr %s, stdout starts %.20q", rc, stderr, stdout)
	}
}

func TestFridgeBadInput(t *testing.T) {
	file, _ := writeExportHouse(t)
	out := filepath.Join(t.TempDir(), "week.pdf")
	missing := filepath.Join(t.TempDir(), "geen.db")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no source", []string{"--week", "2026-W48", "-o", out}, "give --db PATH"},
		{"two sources", []string{"--file", file, "--demo", "-o", out}, "choose one of"},
		{"bad week", []string{"--demo", "--week", "2026-W60", "-o", out}, "ongeldige week"},
		{"week 53 of a short year", []string{"--demo", "--week", "2025-W53", "-o", out}, "bestaat niet"},
		{"no output", []string{"--demo"}, "give -o"},
		{"missing database", []string{"--db", missing, "-o", out}, "not found"},
		{"missing file", []string{"--file", missing + ".json", "-o", out}, "does not exist"},
		{"extra argument", []string{"--demo", "-o", out, "extra"}, "unexpected argument"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rc, _, stderr := runExportArgs(append([]string{"fridge"}, tc.args...)...)
			want := exitUsage
			if strings.HasPrefix(tc.name, "missing") {
				want = exitNotFound
			}
			if rc != want || !strings.Contains(stderr, tc.want) {
				t.Errorf("rc %d, stderr %q; want %d and %q", rc, stderr, want, tc.want)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("an export created a roster database")
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed export wrote a file")
	}
}
