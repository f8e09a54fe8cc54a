package store

import (
	"bytes"
	"errors"
	"os"
	"testing"
)

// TestOldLogPageFlipFound flips a byte inside an old audit record of a
// long log: opening no longer reads that page (it does not walk the whole
// log), but reading the log reports the damage, and the full check of a
// backup refuses the file. No silent change either way.
func TestOldLogPageFlipFound(t *testing.T) {
	path := storeWithLog(t, 3000)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte(`ruil 17"`))
	if i < 0 {
		t.Fatal("old record not found in the file")
	}
	data[i+5] ^= 0x01 // "ruil 17" becomes "ruil 07"
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, nil)
	if err != nil {
		t.Fatalf("open should not read the old log page: %v", err)
	}
	if _, err := s.Log(0); !errors.Is(err, ErrDamaged) {
		t.Errorf("Log(0) = %v, want ErrDamaged", err)
	}
	if recs, err := s.Log(10); err != nil || len(recs) != 10 {
		t.Errorf("the newest records stay readable: %d, %v", len(recs), err)
	}
	s.Close()
	if err := VerifyBackup(path); !errors.Is(err, ErrDamaged) {
		t.Errorf("VerifyBackup = %v, want ErrDamaged (the full check reads every log page)", err)
	}
}

// TestOldLogPageTypeFlipFound breaks the page header of an old log leaf:
// the full walk refuses the file, the log reader reports it as damage
// (never a crash), and opening stays possible for the house.
func TestOldLogPageTypeFlipFound(t *testing.T) {
	path := storeWithLog(t, 3000)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte(`ruil 17"`))
	if i < 0 {
		t.Fatal("old record not found in the file")
	}
	ps := os.Getpagesize()
	m, err := readMeta(data, 0)
	if err == nil {
		ps = int(m.pageSize)
	}
	page := i / ps * ps
	data[page+8] = 0x7f // page flags: no page type
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := VerifyBackup(path); !errors.Is(err, ErrDamaged) {
		t.Errorf("VerifyBackup = %v, want ErrDamaged", err)
	}
	s, err := Open(path, nil)
	if err != nil {
		if !errors.Is(err, ErrDamaged) {
			t.Fatalf("Open = %v, want nil or ErrDamaged", err)
		}
		return
	}
	defer s.Close()
	if _, err := s.Load(); err != nil {
		t.Errorf("the house stays readable: %v", err)
	}
	if _, err := s.Log(0); !errors.Is(err, ErrDamaged) {
		t.Errorf("Log(0) = %v, want ErrDamaged", err)
	}
}
