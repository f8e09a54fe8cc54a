package main

import (
	"bytes"
	"io"
	"regexp"

	"github.com/huisrooster/huisrooster/roster"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportPayroll(t *testing.T) {
	_, db := pinnedFiles(t)
	t.Setenv(pinEnv, testPIN)
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
	if code, csv, _ := runCmd("export", "payroll", "--db", db, "--period", "week", "-o", "-"); code != 0 || !strings.HasPrefix(csv, "\uFEFFdatum;") {
		t.Errorf("payroll to stdout: exit %d", code)
	}
	if code, _, _ := runCmd("export", "payroll", "--demo"); code != 2 {
		t.Errorf("payroll without -o: exit %d", code)
	}
}

// TestPINCommands: the first PIN is set by the teamleider only and comes
// with a recovery code; payroll needs it; a change needs the current PIN; a
// reset needs the recovery code or wipes the pay data; the log says so
// without any hash.
func TestPINCommands(t *testing.T) {
	db := writeExportDB(t)
	h, err := loadHouseFrom(db, "", false, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	tl, other := teamleiderOf(h), ""
	for _, m := range h.Members {
		if m.Role == roster.RoleOpvoeder {
			other = m.Name
		}
	}
	var out, errb bytes.Buffer
	if code := runPINWith([]string{"set", "--db", db, "--who", other}, strings.NewReader("97531\n"), &out, &errb); code != exitPIN || !strings.Contains(errb.String(), "teamleider") {
		t.Fatalf("pin set by a non-teamleider: exit %d: %s", code, errb.String())
	}
	out.Reset()
	if code := runPINWith([]string{"set", "--db", db, "--who", tl}, strings.NewReader("97531\n"), &out, &errb); code != 0 {
		t.Fatalf("pin set: exit %d: %s", code, errb.String())
	}
	m := regexp.MustCompile(`[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}`).FindString(out.String())
	if m == "" {
		t.Fatalf("no recovery code shown:\n%s", out.String())
	}
	csv := filepath.Join(t.TempDir(), "loon.csv")
	if code, _, stderr := runCmd("export", "payroll", "--db", db, "--period", "week", "-o", csv); code != exitPIN || !strings.Contains(stderr, "pincode") {
		t.Errorf("payroll without PIN: exit %d: %s", code, stderr)
	}
	t.Setenv(pinEnv, "97531")
	if code, _, stderr := runCmd("export", "payroll", "--db", db, "--period", "week", "-o", csv); code != 0 {
		t.Errorf("payroll with PIN: exit %d: %s", code, stderr)
	}
	// A change needs the current PIN.
	if code := runPINWith([]string{"set", "--db", db, "--who", tl}, strings.NewReader("11111\n22222\n"), &out, &errb); code != exitPIN {
		t.Errorf("change with a wrong current PIN: exit %d", code)
	}
	if code := runPINWith([]string{"set", "--db", db, "--who", tl}, strings.NewReader("97531\n22222\n"), &out, &errb); code != 0 {
		t.Fatalf("change: exit %d: %s", code, errb.String())
	}
	// Reset with the recovery code, then without (wipe).
	out.Reset()
	if code := runPINWith([]string{"reset", "--db", db, "--who", tl, "--recovery"}, strings.NewReader(strings.ToLower(m)+"\n33333\n"), &out, &errb); code != 0 {
		t.Fatalf("reset with recovery code: exit %d: %s", code, errb.String())
	}
	if code := runPINWith([]string{"reset", "--db", db, "--who", tl, "--wipe"}, strings.NewReader("44444\n"), &out, &errb); code != 0 {
		t.Fatalf("reset with wipe: exit %d: %s", code, errb.String())
	}
	h, err = loadHouseFrom(db, "", false, io.Discard)
	if err != nil || !roster.CheckPIN(h, "44444") || h.Settings.Vault.Notice == nil || !h.Settings.Vault.Notice.Wiped {
		t.Fatalf("after reset: %v", err)
	}
	t.Setenv(pinEnv, "44444")
	code, logOut, _ := runCmd("log", "--db", db, "--json")
	if code != 0 || !strings.Contains(logOut, "zonder herstelcode") || !strings.Contains(logOut, "met de herstelcode") || !strings.Contains(logOut, "gewijzigd") {
		t.Errorf("log lacks the PIN changes:\n%.2000s", logOut)
	}
	if strings.Contains(logOut, `"pinKey"`) || strings.Contains(logOut, `"hash"`) || strings.Contains(logOut, `"salt"`) {
		t.Error("log keeps PIN key material")
	}
	for _, args := range [][]string{{"pin"}, {"pin", "show", "--db", db}, {"pin", "reset", "--db", db, "--who", tl, "x"},
		{"pin", "reset", "--db", db, "--who", tl}, {"pin", "set", "--db", db}} {
		if code, _, _ := runCmd(args...); code != 2 {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	if code := runPINWith([]string{"reset", "--db", db, "--who", tl, "--wipe"}, strings.NewReader("12\n"), &out, &errb); code != exitUsage {
		t.Errorf("too short a PIN: exit %d", code)
	}
}
