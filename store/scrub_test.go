package store

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/pay"
	bolt "go.etcd.io/bbolt"
)

// wage is a salary no other byte sequence of a test file holds.
const wage = 61.987

var wageText = []byte("61.987")

// filesWith returns the files among the roster at path and its backups
// whose raw bytes hold needle.
func filesWith(t *testing.T, path string, needle []byte) []string {
	t.Helper()
	files := []string{path}
	ents, _ := os.ReadDir(BackupDir(path))
	for _, e := range ents {
		files = append(files, filepath.Join(BackupDir(path), e.Name()))
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, needle) {
			out = append(out, filepath.Base(f))
		}
	}
	return out
}

// TestUpgradeLeavesNoPlainSalary: a roster of schema 3 (salaries and a
// PIN hash in clear, in the data, the log and a backup) is upgraded; then
// no byte of the file or of any backup holds the salary in clear, the
// salary opens with the same PIN, and the backups keep their logs.
func TestUpgradeLeavesNoPlainSalary(t *testing.T) {
	s := mustOpen(t)
	h := demo.House(roster.NewDate(2026, 11, 23))
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	pin, err := pay.NewPINHash("8642", nil, 1000)
	if err != nil {
		t.Fatal(err)
	}
	m := h.Members[1]
	m.Salary = &roster.Salary{Scale: 8, Step: 3, HourlyWage: wage}
	err = s.db.Update(func(tx *bolt.Tx) error {
		hs := roster.SettingsOf(h)
		hs.Settings.PIN = pin
		if err := putPlain(tx.Bucket(bucketHouse), keySettings, settingsRecord(hs)); err != nil {
			return err
		}
		if err := putPlain(tx.Bucket(bucketMembers), memberKey(m.ID), memberRecord{Pos: 1, Member: m}); err != nil {
			return err
		}
		ab := tx.Bucket(bucketAudit)
		seq, _ := ab.NextSequence()
		data, err := encode(roster.AuditRecord{Seq: seq, Who: "oud", NL: "Loon", EN: "Pay",
			Edit: roster.Edit{Members: []roster.MemberEdit{{Before: &h.Members[1], After: &m}}}})
		if err != nil {
			return err
		}
		if err := putAudit(tx, seq, data); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint32(nil, 3))
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(); err != nil {
		t.Fatal(err)
	}
	logBefore, _ := s.Log(0)
	path := s.Path()
	s.Close()
	if got := filesWith(t, path, wageText); len(got) != 2 {
		t.Fatalf("the set-up should hold the salary in clear in the file and its backup: %v", got)
	}

	s, err = Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	h2, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got := filesWith(t, path, wageText); len(got) != 0 {
		t.Errorf("the salary is still readable in clear in %v", got)
	}
	key, err := roster.UnlockPay(h2, "8642")
	if err != nil {
		t.Fatal(err)
	}
	if sal, _ := key.Salaries(h2); sal[m.ID].HourlyWage != wage {
		t.Errorf("sealed salary = %v", sal[m.ID])
	}
	list, err := ListBackups(path)
	if err != nil || len(list) < 2 {
		t.Fatalf("backups: %v %v", list, err)
	}
	for _, b := range list {
		if err := VerifyBackup(b.Path); err != nil {
			t.Errorf("scrubbed backup %s: %v", filepath.Base(b.Path), err)
			continue
		}
		db, err := bolt.Open(b.Path, 0o600, &bolt.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		var n int
		db.View(func(tx *bolt.Tx) error {
			if v, _ := schemaOf(tx); v != SchemaVersion {
				t.Errorf("backup %s has schema %d", filepath.Base(b.Path), v)
			}
			recs, err := readLog(tx, 0)
			if err != nil {
				t.Errorf("backup %s log: %v", filepath.Base(b.Path), err)
			}
			n = len(recs)
			return nil
		})
		db.Close()
		if n < len(logBefore) {
			t.Errorf("backup %s keeps %d log records, want at least %d", filepath.Base(b.Path), n, len(logBefore))
		}
	}
}

// TestWipeRewritesFile: after a PIN reset without the recovery code (the
// pay data wiped), closing the store rewrites the file, so the old PIN's
// and recovery code's copies of the data key are not left in its free
// pages: the old sealed pay data (the log keeps them sealed) can then be
// opened by no one, not even with the old PIN.
func TestWipeRewritesFile(t *testing.T) {
	s, _ := payStore(t)
	h, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	oldPIN := []byte(base64.StdEncoding.EncodeToString(h.Settings.Vault.PINKey))
	oldRecovery := []byte(base64.StdEncoding.EncodeToString(h.Settings.Vault.RecoveryKey))
	e, _, _, err := roster.ResetPIN(h, h.Members[0].Name, "", "7777", roster.PINOptions{Iterations: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(e, "tester"); err != nil {
		t.Fatal(err)
	}
	if !s.compactPending() {
		t.Fatal("a wipe did not mark the file for a rewrite")
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, oldPIN) || bytes.Contains(data, oldRecovery) {
		t.Error("the old key copies of the wiped pay data are still in the file")
	}
	s2, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.compactPending() {
		t.Error("the mark stayed after the rewrite")
	}
	h2, _ := s2.Load()
	if !roster.CheckPIN(h2, "7777") {
		t.Error("the new PIN does not open the rewritten file")
	}
}
