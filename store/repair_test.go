package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// writeRaw stores h as an older version could have: straight into the
// buckets, past every check of Apply and Replace, with sound checksums and
// digests (the file is not damaged, only older).
func writeRaw(t *testing.T, s *Store, h *roster.House) {
	t.Helper()
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := put(tx.Bucket(bucketHouse), keySettings, settingsRecord(roster.SettingsOf(h))); err != nil {
			return err
		}
		for i, m := range h.Members {
			if err := put(tx.Bucket(bucketMembers), memberKey(m.ID), memberRecord{Pos: uint64(i), Member: m}); err != nil {
				return err
			}
		}
		return refreshDigests(tx)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// oldStyleHouse returns a valid house whose names an older version let
// through: spaces around, a right-to-left override, a line break, 150
// characters.
func oldStyleHouse() *roster.House {
	h := validHouse(3, 1)
	h.Name = "  Huis\u202e Oost "
	h.Members[0].Name = "Anna\nde Vries"
	h.Members[1].Name = strings.Repeat("Bram", 40)
	h.Members[2].Name = " Cem "
	return h
}

// TestOpenRepairsOldNames: a roster whose names break today's rule opens,
// repaired in one logged change after a backup; the user learns what was
// repaired; the next open repairs nothing; nothing else changed.
func TestOpenRepairsOldNames(t *testing.T) {
	s := mustOpen(t)
	path := s.Path()
	if err := s.Replace(validHouse(3, 1), "tester"); err != nil {
		t.Fatal(err)
	}
	writeRaw(t, s, oldStyleHouse())
	before, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path, nil)
	if err != nil {
		t.Fatalf("a roster with old-style names is not damaged: %v", err)
	}
	reps := s.Repairs()
	if len(reps) != 4 {
		t.Fatalf("repairs = %v, want 4 (house name and three member names)", reps)
	}
	h, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Anna de Vries", strings.Repeat("Bram", 25), "Cem"}
	if h.Name != "Huis Oost" {
		t.Errorf("house name = %q", h.Name)
	}
	for i, w := range want {
		if h.Members[i].Name != w {
			t.Errorf("member %d = %q, want %q", i, h.Members[i].Name, w)
		}
	}
	if probs := roster.Validate(h); len(probs) > 0 {
		t.Errorf("the repaired house still breaks the rules: %v", probs)
	}
	// Nothing but the names changed.
	before.Name = h.Name
	for i := range before.Members {
		before.Members[i].Name = h.Members[i].Name
	}
	if !sameHouse(before, h) {
		t.Errorf("the repair changed more than the names: %s", firstDiff(before, h))
	}
	log, err := s.Log(1)
	if err != nil {
		t.Fatal(err)
	}
	if r := log[0]; !strings.HasPrefix(r.NL, "Reparatie bij openen") || !strings.HasPrefix(r.EN, "Repaired on open") ||
		r.Who != RepairWho || len(r.Edit.Members) != 3 || r.Edit.Settings == nil {
		t.Errorf("log record = %q / %q by %q, %d member edits", r.NL, r.EN, r.Who, len(r.Edit.Members))
	}
	list, err := ListBackups(path)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, b := range list {
		found = found || strings.HasSuffix(b.Path, "-voor-reparatie.db")
	}
	if !found {
		t.Error("no backup before the repair")
	}
	s.Close()
	s, err = Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if reps := s.Repairs(); len(reps) != 0 {
		t.Errorf("the second open repaired again: %v", reps)
	}
}

// TestOpenReadOnlyRepairsInMemory: a read-only roster with old names shows
// the repaired names and leaves the file alone.
func TestOpenReadOnlyRepairsInMemory(t *testing.T) {
	s := mustOpen(t)
	path := s.Path()
	if err := s.Replace(validHouse(3, 1), "tester"); err != nil {
		t.Fatal(err)
	}
	writeRaw(t, s, oldStyleHouse())
	s.Close()
	raw, _ := os.ReadFile(path)
	r, err := Open(path, &Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	h, err := r.Load()
	r.Close()
	if err != nil || h.Name != "Huis Oost" || len(r.Repairs()) != 4 {
		t.Errorf("read-only: name %q, %d repairs, %v", h.Name, len(r.Repairs()), err)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(raw, now) {
		t.Error("a read-only open changed the file")
	}
}

// TestOpenInvalidHouseIsDamage: a house that breaks a rule no repair can
// mend (seven children) is damage: Open refuses it without touching the
// file, the newest good backup is offered, and restoring it loses nothing
// of the log.
func TestOpenInvalidHouseIsDamage(t *testing.T) {
	s := mustOpen(t)
	path := s.Path()
	if err := s.Replace(validHouse(3, 1), "tester"); err != nil {
		t.Fatal(err)
	}
	good, err := s.Backup()
	if err != nil {
		t.Fatal(err)
	}
	bad := validHouse(3, 1)
	bad.Children = 7
	bad.Name = " Huis West " // repairable, but the house stays invalid
	writeRaw(t, s, bad)
	logBefore, err := s.Log(0)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw, _ := os.ReadFile(path)

	_, err = Open(path, nil)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "children") {
		t.Fatalf("Open = %v, want ErrDamaged naming the children", err)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(raw, now) {
		t.Error("refusing the file changed it")
	}
	if err := VerifyBackup(path); !errors.Is(err, ErrDamaged) {
		t.Errorf("a copy of the invalid file passes as a good backup: %v", err)
	}
	newest, err := NewestGoodBackup(path)
	if err != nil || filepath.Base(newest) != filepath.Base(good) {
		t.Fatalf("newest good backup = %q, %v; want %q", newest, err, good)
	}
	if _, err := Restore(path, "", "Tess"); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	logAfter, err := s.Log(0)
	if err != nil {
		t.Fatal(err)
	}
	if len(logAfter) != len(logBefore)+1 {
		t.Errorf("log after restore has %d records, want %d + the restore record", len(logAfter), len(logBefore))
	}
}
