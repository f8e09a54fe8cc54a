package store

import (
	"encoding/json"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// bucketLocal holds small records of this installation that are not part of
// the house: when each member last looked at the changes, what was last
// published and printed. They are not exported, not audited and survive an
// import (Replace does not touch them). Added in schema version 2.
var bucketLocal = []byte("local")

// migrateLocal is the step from schema version 1 to 2: the local bucket.
func migrateLocal(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketLocal)
	return err
}

// maxLocalKey bounds the keys of local records.
const maxLocalKey = 200

// checkLocalKey refuses empty and overlong keys.
func checkLocalKey(key string) error {
	if strings.TrimSpace(key) == "" || len(key) > maxLocalKey {
		return fmt.Errorf("ongeldige sleutel %q / invalid key %q", key, key)
	}
	return nil
}

// GetLocal reads the local record key into v (JSON). It reports false, and
// leaves v alone, when there is no such record.
func (s *Store) GetLocal(key string, v any) (bool, error) {
	if err := checkLocalKey(key); err != nil {
		return false, err
	}
	found := false
	err := s.db.View(func(tx *bolt.Tx) error {
		b, err := bucket(tx, bucketLocal)
		if err != nil {
			return err
		}
		data := b.Get([]byte(key))
		if data == nil {
			return nil
		}
		found = true
		return json.Unmarshal(data, v)
	})
	if err != nil {
		return false, fmt.Errorf("lokale gegevens %q lezen / read local record %q: %w", key, key, err)
	}
	return found, nil
}

// PutLocal stores v (JSON) as the local record key, durably, or deletes the
// record when v is nil.
func (s *Store) PutLocal(key string, v any) error {
	if err := checkLocalKey(key); err != nil {
		return err
	}
	var data []byte
	if v != nil {
		var err error
		if data, err = json.Marshal(v); err != nil {
			return fmt.Errorf("lokale gegevens %q opslaan / save local record %q: %w", key, key, err)
		}
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		b, err := bucket(tx, bucketLocal)
		if err != nil {
			return err
		}
		if data == nil {
			return b.Delete([]byte(key))
		}
		return b.Put([]byte(key), data)
	})
	if err != nil {
		return fmt.Errorf("lokale gegevens %q opslaan / save local record %q: %w", key, key, err)
	}
	return nil
}
