package store

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/pay"
	bolt "go.etcd.io/bbolt"
)

// TestMigrateSealPay: a file of schema version 3 with salaries and a PIN
// hash in clear, in the data and in the audit log, opens as version 2 with
// the pay data sealed under the same PIN and a log without hash or salary;
// the rest of the log is kept.
func TestMigrateSealPay(t *testing.T) {
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
	m.Salary = &roster.Salary{Scale: 8, Step: 3, HourlyWage: 47.13}
	// Write what version 3 wrote, bypassing today's checks.
	err = s.db.Update(func(tx *bolt.Tx) error {
		hs := roster.SettingsOf(h)
		before := hs
		hs.Settings.PIN = pin
		if err := put(tx.Bucket(bucketHouse), keySettings, settingsRecord(hs)); err != nil {
			return err
		}
		mb := tx.Bucket(bucketMembers)
		rec, err := decode[memberRecord](bucketMembers, memberKey(m.ID), mb.Get(memberKey(m.ID)))
		if err != nil {
			return err
		}
		rec.Member = m
		if err := put(mb, memberKey(m.ID), rec); err != nil {
			return err
		}
		ab := tx.Bucket(bucketAudit)
		for _, e := range []roster.Edit{
			{NL: "Pincode teamleider ingesteld", Settings: &roster.SettingsEdit{Before: before, After: hs}},
			{NL: "Loongegevens bijgewerkt", Members: []roster.MemberEdit{{Before: &h.Members[1], After: &m}}},
		} {
			seq, _ := ab.NextSequence()
			data, err := encode(roster.AuditRecord{Seq: seq, Who: "oud", NL: e.NL, EN: e.NL, Edit: e})
			if err != nil {
				return err
			}
			if err := putAudit(tx, seq, data); err != nil { // counted in the log's digest
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint32(nil, 3))
	})
	if err != nil {
		t.Fatal(err)
	}
	logBefore, _ := s.Log(0)
	path := s.Path()
	s.Close()

	s2, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	s2.db.View(func(tx *bolt.Tx) error {
		if v, _ := schemaOf(tx); v != SchemaVersion {
			t.Errorf("schema %d after open", v)
		}
		// No stored value holds the wage or the hash any more.
		hash := base64.StdEncoding.EncodeToString(pin.Hash)
		for _, b := range allBuckets {
			tx.Bucket(b).ForEach(func(k, v []byte) error {
				if bytes.Contains(v, []byte("47.13")) || bytes.Contains(v, []byte(hash)) {
					t.Errorf("bucket %s key %x still holds the wage or the hash", b, k)
				}
				return nil
			})
		}
		return nil
	})
	got, err := s2.Load()
	if err != nil {
		t.Fatal(err)
	}
	if got.Settings.PIN != nil || got.Member(m.ID).Salary != nil {
		t.Fatal("hash or salary in clear after migration")
	}
	key, err := roster.UnlockPay(got, "8642")
	if err != nil {
		t.Fatalf("the old PIN does not open the migrated data: %v", err)
	}
	sal, err := key.Salaries(got)
	if err != nil || sal[m.ID].HourlyWage != 47.13 {
		t.Fatalf("salaries after migration: %v %v", sal, err)
	}
	logAfter, _ := s2.Log(0)
	if len(logAfter) != len(logBefore) {
		t.Fatalf("log had %d records, now %d", len(logBefore), len(logAfter))
	}
	for i := range logAfter {
		if logAfter[i].Seq != logBefore[i].Seq || logAfter[i].NL != logBefore[i].NL || !logAfter[i].When.Equal(logBefore[i].When) {
			t.Errorf("record %d changed beyond the scrub", logAfter[i].Seq)
		}
	}
	// From now on the store refuses pay data or a PIN hash in clear.
	c := *got.Member(m.ID)
	c.Salary = &roster.Salary{HourlyWage: 50}
	err = s2.Apply(roster.Edit{Members: []roster.MemberEdit{{Before: got.Member(m.ID), After: &c}}}, "tester")
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "onversleuteld") {
		t.Errorf("salary in clear: %v", err)
	}
}
