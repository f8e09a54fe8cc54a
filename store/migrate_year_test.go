package store

import (
	"encoding/binary"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// TestMigrateSchema1 opens a file of schema 1 (no year bucket) the way the
// previous release wrote it: it is backed up, migrated to the current schema
// with an empty year plan, its house unchanged, and year edits are then
// saved, logged and read back. The backup from before the migration still
// passes the backup check at its own version.
func TestMigrateSchema1(t *testing.T) {
	s := mustOpen(t)
	h := validHouse(3, 2)
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketYear); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint32(nil, 1))
	})
	if err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()

	s2, err := Open(path, nil)
	if err != nil {
		t.Fatalf("open schema 1: %v", err)
	}
	defer s2.Close()
	s2.db.View(func(tx *bolt.Tx) error {
		if v, _ := schemaOf(tx); v != SchemaVersion {
			t.Errorf("schema after open = %d, want %d", v, SchemaVersion)
		}
		if tx.Bucket(bucketYear) == nil || tx.Bucket(bucketYear).Get(keyYear) == nil {
			t.Error("no year record after the migration")
		}
		return nil
	})
	got, err := s2.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !sameHouse(got, h) {
		t.Errorf("migration changed the house: %s", firstDiff(got, h))
	}
	list, _ := ListBackups(path)
	if len(list) == 0 || list[0].Reason != "voor-migratie" {
		t.Fatalf("no backup before the migration: %+v", list)
	}
	if err := VerifyBackup(list[0].Path); err != nil {
		t.Errorf("the schema-1 backup does not verify: %v", err)
	}

	at := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	req := roster.LeaveRequest{ID: 1, Member: h.Members[0].ID, From: roster.NewDate(2027, 7, 19), To: roster.NewDate(2027, 7, 25),
		Kind: roster.AbsLeave, Asked: at, Status: roster.LeaveAsked}
	after := got.Year.Clone()
	after.Requests = append(after.Requests, req)
	if err := s2.Apply(roster.Edit{NL: "verlof gevraagd", EN: "leave asked", Year: &roster.YearEdit{Before: got.Year, After: after}}, "tester"); err != nil {
		t.Fatal(err)
	}
	back, err := s2.Load()
	if err != nil {
		t.Fatal(err)
	}
	if r := back.Year.Request(1); r == nil || r.From != req.From || !r.Asked.Equal(at) {
		t.Fatalf("request not read back: %+v", back.Year)
	}
	log, _ := s2.Log(1)
	if len(log) != 1 || log[0].Edit.Year == nil || len(log[0].Edit.Year.After.Requests) != 1 {
		t.Errorf("year edit not in the audit log: %+v", log)
	}
}

// TestYearReplaceAndUndo: a whole house with a year plan is saved and read
// back; the import's audit record holds the year's change, and its inverse
// undoes it.
func TestYearReplaceAndUndo(t *testing.T) {
	s := mustOpen(t)
	h := validHouse(3, 1)
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	h2 := clone(h)
	h2.Settings.Region = roster.RegionMidden
	h2.Year = roster.YearPlan{
		Requests: []roster.LeaveRequest{{ID: 4, Member: h.Members[1].ID, From: roster.NewDate(2027, 7, 19), To: roster.NewDate(2027, 7, 25),
			Kind: roster.AbsLeave, Asked: at, Status: roster.LeaveAgreed, Agreed: []roster.LeaveMark{{By: h.Members[0].ID, At: at}}}},
		Summers: []roster.SummerRound{{Year: 2027, From: roster.NewDate(2027, 7, 19), To: roster.NewDate(2027, 8, 29), MaxWeeks: 2, State: roster.SummerOpen}},
		Starts:  []roster.YearStart{{Member: h.Members[2].ID, Year: 2027, LeaveHours: 12, PlusMin: -4}},
	}
	if err := s.Replace(h2, "tester"); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !same(got.Year, h2.Year) || got.Settings.Region != roster.RegionMidden {
		t.Fatalf("year after Replace: %+v", got.Year)
	}
	log, _ := s.Log(1)
	if len(log) != 1 || log[0].Edit.Year == nil {
		t.Fatalf("the import's audit record has no year change: %+v", log)
	}
	if err := s.Apply(log[0].Edit.Inverse(), "tester"); err != nil {
		t.Fatal(err)
	}
	back, _ := s.Load()
	if len(back.Year.Requests) != 0 || len(back.Year.Summers) != 0 || back.Settings.Region != "" {
		t.Errorf("undo left %+v", back.Year)
	}
}
