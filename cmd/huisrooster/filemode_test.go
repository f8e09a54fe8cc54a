//go:build !windows

// Windows has no Unix file modes: the folder's access rules apply there.

package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPersonalFilesOwnerOnly: every file the command line writes that may
// hold personal data is readable by its owner only (0600), also when it
// replaces an existing world-readable file, whatever the umask.
func TestPersonalFilesOwnerOnly(t *testing.T) {
	_, db := pinnedFiles(t)
	t.Setenv(pinEnv, testPIN)
	dir := t.TempDir()
	for name, args := range map[string][]string{
		"payroll.csv": {"export", "payroll", "--db", db, "--period", "week", "-o", filepath.Join(dir, "payroll.csv")},
		"fte.csv":     {"fte", "--db", db, "--period", "week", "--csv", filepath.Join(dir, "fte.csv")},
		"house.json":  {"export", "--db", db, "-o", filepath.Join(dir, "house.json")},
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, 0o644); err != nil {
				t.Fatal(err)
			}
			if code, _, stderr := runCmd(args...); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if m := fi.Mode().Perm(); m != 0o600 {
				t.Errorf("mode %o, want 600", m)
			}
			if fi.Size() <= 3 {
				t.Errorf("file not written (%d bytes)", fi.Size())
			}
			left, _ := filepath.Glob(filepath.Join(dir, ".huisrooster-*"))
			if len(left) > 0 {
				t.Errorf("temp files left: %v", left)
			}
		})
	}
}
