package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster/pay"
)

func TestFTEText(t *testing.T) {
	code, out, stderr := runCmd("fte", "--demo", "--from", "2026-11-16", "--to", "2026-12-13")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"opvoeder", "8,90", "ORT", "Brutosalarissen", "--members"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Marieke") {
		t.Error("member names without --members")
	}
	file, _ := pinnedFiles(t)
	t.Setenv(pinEnv, testPIN)
	code, out, _ = runCmd("fte", "--file", file, "--period", "jaar", "--members", "--en")
	if code != 0 || !strings.Contains(out, "Marieke") || !strings.Contains(out, "8.90") {
		t.Errorf("--members --en: exit %d:\n%s", code, out)
	}
}

func TestFTEJSON(t *testing.T) {
	code, out, stderr := runCmd("fte", "--demo", "--from", "2026-11-16", "--to", "2026-12-13", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r pay.Realisation
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Members) != 0 || len(r.Roles) == 0 || r.Team.Contract <= 0 {
		t.Errorf("JSON: %d members, %d roles, contract %v", len(r.Members), len(r.Roles), r.Team.Contract)
	}
}

// TestFTEPIN: per-member figures need the teamleider's PIN, given on
// standard input (--pin -) or in HUISROOSTER_PIN, never as an argument; the
// CSV holds the members only then. A house without a PIN shows none.
func TestFTEPIN(t *testing.T) {
	file, _ := pinnedFiles(t)
	dir := t.TempDir()
	if code, _, stderr := runCmd("fte", "--file", file, "--members"); code != exitPIN || !strings.Contains(stderr, "--pin -") {
		t.Errorf("--members without PIN: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd("fte", "--file", file, "--pin", testPIN); code != exitUsage || !strings.Contains(stderr, "ps") {
		t.Errorf("PIN as an argument: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd("fte", "--demo", "--members"); code != exitPIN || !strings.Contains(stderr, "nog geen pincode") {
		t.Errorf("--members on a house without PIN: exit %d: %s", code, stderr)
	}
	t.Setenv(pinEnv, "1111")
	if code, _, stderr := runCmd("fte", "--file", file); code != exitPIN || !strings.Contains(stderr, "onjuist") {
		t.Errorf("wrong PIN: exit %d: %s", code, stderr)
	}
	t.Setenv(pinEnv, testPIN)
	csvPath := filepath.Join(dir, "real.csv")
	code, out, stderr := runCmd("fte", "--file", file, "--csv", csvPath)
	if code != 0 || !strings.Contains(out, "Marieke") || !strings.Contains(out, "47,13") {
		t.Fatalf("right PIN: exit %d: %s\n%s", code, stderr, out)
	}
	b, err := os.ReadFile(csvPath)
	if err != nil || !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) || !bytes.Contains(b, []byte("Marieke")) || !bytes.Contains(b, []byte("\r\n")) {
		t.Errorf("CSV: %v\n%s", err, b)
	}
	// The PIN on standard input.
	os.Unsetenv(pinEnv)
	var o, e bytes.Buffer
	if code := runFTEWith([]string{"--file", file, "--members", "--pin", "-"}, strings.NewReader(testPIN+"\n"), &o, &e); code != 0 || !strings.Contains(o.String(), "Marieke") {
		t.Errorf("PIN on standard input: exit %d: %s", code, e.String())
	}
	// Role totals need no PIN.
	if code, out, _ := runCmd("fte", "--file", file); code != 0 || strings.Contains(out, "Marieke") {
		t.Errorf("role totals: exit %d", code)
	}
}

func TestFTEBadInput(t *testing.T) {
	for _, args := range [][]string{
		{"fte"},
		{"fte", "--demo", "--from", "2026-11-16"},
		{"fte", "--demo", "--from", "2026-11-16", "--to", "2026-11-01"},
		{"fte", "--demo", "--period", "eeuw"},
		{"fte", "--demo", "--period", "week", "--from", "2026-11-16", "--to", "2026-11-20"},
		{"fte", "--demo", "extra"},
	} {
		if code, _, stderr := runCmd(args...); code != 2 || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}
