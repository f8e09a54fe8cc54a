//go:build !windows

// Windows has no Unix file modes: the folder's access rules apply there.

package ui

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
)

// TestWritePersonalOwnerOnly: the realisation and payroll CSV the app saves
// through the file dialog are readable by their owner only, also when they
// replace a world-readable file.
func TestWritePersonalOwnerOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "realisatie.csv")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chmod(path, 0o644)
	wc, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := writePersonal(wc, func(w io.Writer) error { _, err := io.WriteString(w, "naam;ziek\r\n"); return err }); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if m := fi.Mode().Perm(); m != 0o600 {
		t.Errorf("mode %o, want 600", m)
	}
	if b, _ := os.ReadFile(path); string(b) != "naam;ziek\r\n" {
		t.Errorf("content %q", b)
	}
}
