package store

import (
	"encoding/binary"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestLocalRecords: a local record reads back after reopening, is deleted
// with nil, survives an import (Replace) and is not in the audit log.
func TestLocalRecords(t *testing.T) {
	s := mustOpen(t)
	type seen struct{ Seq uint64 }
	var got seen
	if ok, err := s.GetLocal("seen/Anna", &got); err != nil || ok {
		t.Fatalf("empty store: found %v, err %v", ok, err)
	}
	if err := s.PutLocal("seen/Anna", seen{42}); err != nil {
		t.Fatal(err)
	}
	if err := s.Replace(validHouse(2, 1), "tester"); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()
	s2, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if ok, err := s2.GetLocal("seen/Anna", &got); err != nil || !ok || got.Seq != 42 {
		t.Fatalf("after reopen and import: %+v found %v err %v", got, ok, err)
	}
	log, _ := s2.Log(0)
	if len(log) != 1 {
		t.Errorf("local record went into the audit log: %d records", len(log))
	}
	if err := s2.PutLocal("seen/Anna", nil); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s2.GetLocal("seen/Anna", &got); ok {
		t.Error("deleted record still there")
	}
	if err := s2.PutLocal("", 1); err == nil {
		t.Error("empty key accepted")
	}
}

// TestMigrateToLocal: a file of schema version 2 (no local bucket) opens,
// is backed up, gets the local bucket and schema version 3, house intact.
func TestMigrateToLocal(t *testing.T) {
	s := mustOpen(t)
	h := validHouse(3, 2)
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketLocal); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint32(nil, 2))
	})
	if err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()
	if err := VerifyBackup(path); err != nil {
		t.Fatalf("a version 2 file does not verify: %v", err)
	}
	s2, err := Open(path, nil)
	if err != nil {
		t.Fatalf("open version 2: %v", err)
	}
	defer s2.Close()
	s2.db.View(func(tx *bolt.Tx) error {
		if v, _ := schemaOf(tx); v != SchemaVersion || tx.Bucket(bucketLocal) == nil {
			t.Errorf("after migration: schema %d, local bucket %v", v, tx.Bucket(bucketLocal) != nil)
		}
		return nil
	})
	if err := s2.PutLocal("k", "v"); err != nil {
		t.Fatal(err)
	}
	got, _ := s2.Load()
	if !sameHouse(got, h) {
		t.Errorf("migration changed the house: %s", firstDiff(got, h))
	}
	list, _ := ListBackups(path)
	if len(list) == 0 || list[0].Reason != "voor-migratie" {
		t.Errorf("no backup before migration: %+v", list)
	}
}
