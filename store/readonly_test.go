package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// TestReadOnlyOpen: a roster without write permission opens for reading
// (house, log, export, backup), refuses changes with ErrReadOnly, and a
// plain Open says why it cannot write.
func TestReadOnlyOpen(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Log("running as root: file modes do not stop root; the read-only open itself is still tested")
	}
	s, h, _ := editsStore(t, 31, 3)
	path := s.Path()
	s.Close()
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		if _, err := Open(path, nil); !errors.Is(err, ErrReadOnly) {
			t.Fatalf("Open of a read-only file: %v, want ErrReadOnly", err)
		}
	}
	r, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	// A second reader at the same time is fine.
	r2, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	r2.Close()
	got, err := r.Load()
	if err != nil || !sameHouse(got, h) {
		t.Fatalf("Load read-only: %v", err)
	}
	if recs, err := r.Log(0); err != nil || len(recs) != 4 {
		t.Fatalf("Log read-only: %d records, %v", len(recs), err)
	}
	if err := r.Export(new(discard)); err != nil {
		t.Fatalf("Export read-only: %v", err)
	}
	e := roster.Edit{NL: "x", EN: "x", Periods: []roster.PeriodEdit{{After: &roster.Period{From: roster.NewDate(2027, 1, 4), To: roster.NewDate(2027, 1, 10)}}}}
	if err := r.Apply(e, "Anna"); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Apply on a read-only store: %v, want ErrReadOnly", err)
	}
	if _, err := Open(filepath.Join(t.TempDir(), "nieuw.db"), &Options{ReadOnly: true}); err == nil {
		t.Error("read-only Open created a file")
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// TestTempCleanup: temp files of interrupted writes (a new roster being
// created, a backup or restore being written) are removed when the roster
// opens; a fresh one, maybe of a write in progress, is left.
func TestTempCleanup(t *testing.T) {
	s := mustOpen(t)
	path := s.Path()
	s.Close()
	old := time.Now().Add(-time.Hour)
	stale := []string{
		filepath.Join(filepath.Dir(path), ".huisrooster-new-123.db"),
		filepath.Join(filepath.Dir(path), ".tmp-456"),
		filepath.Join(BackupDir(path), ".tmp-789"),
	}
	fresh := filepath.Join(BackupDir(path), ".tmp-now")
	os.MkdirAll(BackupDir(path), 0o700)
	for _, p := range append(stale, fresh) {
		if err := os.WriteFile(p, []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range stale {
		os.Chtimes(p, old, old)
	}
	s2, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
	for _, p := range stale {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("stale temp file %s left", filepath.Base(p))
		}
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("fresh temp file removed: %v", err)
	}
}
