package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportPayroll(t *testing.T) {
	db := writeExportDB(t)
	out := filepath.Join(t.TempDir(), "loon.csv")
	code, stdout, stderr := runCmd("export", "payroll", "--db", db, "--from", "2026-11-23", "--to", "2026-12-20", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, out) {
		t.Errorf("stdout: %s", stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBFdatum;personeelsnummer;naam;functie;uren gewerkt;uren ORT 0%;uren ORT 25%;uren ORT 30%;uren ORT 45%;uren slaapdienst;uren ziek;uren verlof\r\n")) {
		t.Errorf("head: %q", b[:min(len(b), 200)])
	}
	if lines := bytes.Count(b, []byte("\r\n")); lines < 100 {
		t.Errorf("only %d lines", lines)
	}
	// The house-file form of export still works, and stdout works for payroll.
	if code, _, stderr := runCmd("export", "--db", db, "-o", filepath.Join(t.TempDir(), "huis.json")); code != 0 {
		t.Errorf("export house file: exit %d: %s", code, stderr)
	}
	if code, csv, _ := runCmd("export", "payroll", "--demo", "--period", "week", "-o", "-"); code != 0 || !strings.HasPrefix(csv, "\uFEFFdatum;") {
		t.Errorf("payroll to stdout: exit %d", code)
	}
	if code, _, _ := runCmd("export", "payroll", "--demo"); code != 2 {
		t.Errorf("payroll without -o: exit %d", code)
	}
}

// TestPINCommands sets the PIN through the store, sees payroll refuse
// without it, and resets it.
func TestPINCommands(t *testing.T) {
	db := writeExportDB(t)
	var out, errb bytes.Buffer
	if code := runPINWith([]string{"set", "--db", db}, strings.NewReader("97531\n"), &out, &errb); code != 0 {
		t.Fatalf("pin set: exit %d: %s", code, errb.String())
	}
	csv := filepath.Join(t.TempDir(), "loon.csv")
	if code, _, stderr := runCmd("export", "payroll", "--db", db, "--period", "week", "-o", csv); code != 1 || !strings.Contains(stderr, "pincode") {
		t.Errorf("payroll without PIN: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd("export", "payroll", "--db", db, "--period", "week", "--pin", "97531", "-o", csv); code != 0 {
		t.Errorf("payroll with PIN: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd("pin", "reset", "--db", db); code != 0 {
		t.Fatalf("pin reset: exit %d: %s", code, stderr)
	}
	h, err := loadHouseFrom(db, "", false)
	if err != nil || h.Settings.PIN != nil {
		t.Fatalf("after reset: %v, PIN %v", err, h.Settings.PIN)
	}
	code, logOut, _ := runCmd("log", "--db", db)
	if code != 0 || !strings.Contains(logOut, "Pincode teamleider gewist") {
		t.Errorf("log lacks the reset:\n%s", logOut)
	}
	for _, args := range [][]string{{"pin"}, {"pin", "show", "--db", db}, {"pin", "reset", "--db", db, "x"}} {
		if code, _, _ := runCmd(args...); code != 2 {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	if code := runPINWith([]string{"set", "--db", db}, strings.NewReader("12\n"), &out, &errb); code != 2 {
		t.Errorf("too short a PIN: exit %d", code)
	}
}
