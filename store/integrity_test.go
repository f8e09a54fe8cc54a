package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// toSchema4 turns the closed store at path into a file as schema 4 (the
// version before the checksums) wrote it: every record plain JSON, no
// digests.
func toSchema4(t *testing.T, path string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range append(append([][]byte(nil), dataBuckets...), bucketAudit) {
			b := tx.Bucket(name)
			type kv struct{ k, v []byte }
			var all []kv
			b.ForEach(func(k, v []byte) error {
				data, err := unseal(name, k, v)
				if err != nil {
					return err
				}
				all = append(all, kv{bytes.Clone(k), bytes.Clone(data)})
				return nil
			})
			for _, r := range all {
				if err := b.Put(r.k, r.v); err != nil {
					return err
				}
			}
			if err := tx.Bucket(bucketMeta).Delete(digestKey(name)); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint32(nil, 4))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestMigrateToSums: a file of schema 4 (plain JSON records) verifies as a
// backup, opens, is backed up and upgraded to schema 5 in one step: the
// house and the whole log read back unchanged, every record now carries its
// checksum, and a flipped byte in a record is then found.
func TestMigrateToSums(t *testing.T) {
	s, _, _ := editsStore(t, 41, 5)
	path := s.Path()
	want, err := decodedState(s)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	toSchema4(t, path)
	if err := VerifyBackup(path); err != nil {
		t.Fatalf("a schema 4 file does not verify: %v", err)
	}
	s2, err := Open(path, nil)
	if err != nil {
		t.Fatalf("open schema 4: %v", err)
	}
	got, err := decodedState(s2)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("the upgrade changed the house or the log")
	}
	s2.db.View(func(tx *bolt.Tx) error {
		if v, _ := schemaOf(tx); v != SchemaVersion {
			t.Errorf("schema %d after the upgrade, want %d", v, SchemaVersion)
		}
		return tx.Bucket(bucketCells).ForEach(func(k, v []byte) error {
			if _, err := unseal(bucketCells, k, v); err != nil {
				t.Errorf("cell %x without checksum after the upgrade", k)
			}
			return nil
		})
	})
	list, _ := ListBackups(path)
	if len(list) == 0 || list[0].Reason != "voor-migratie" {
		t.Fatalf("no backup before the upgrade: %+v", list)
	}
	if err := VerifyBackup(list[0].Path); err != nil {
		t.Errorf("the schema 4 backup does not verify: %v", err)
	}
	s2.Close()
	// A record changed behind the store's back (its checksum left as it
	// was) is now refused.
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCells)
		k, v := b.Cursor().First()
		v = bytes.Clone(v)
		v[bytes.Index(v, []byte(`"shift":"`))+9] ^= 0x01
		return b.Put(bytes.Clone(k), v)
	})
	db.Close()
	if _, err := Open(path, nil); !errors.Is(err, ErrDamaged) {
		t.Errorf("open after changing a record: %v, want ErrDamaged", err)
	}
}

// TestDigestFindsLostRecord: a record that disappears without a trace in
// the pages (its checksum goes with it) is found by the bucket's count.
func TestDigestFindsLostRecord(t *testing.T) {
	s, _, _ := editsStore(t, 42, 2)
	path := s.Path()
	s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(bucketCells).Cursor().First()
		return tx.Bucket(bucketCells).Delete(k)
	})
	db.Close()
	if _, err := Open(path, nil); !errors.Is(err, ErrDamaged) {
		t.Errorf("open after losing a cell: %v, want ErrDamaged", err)
	}
}
