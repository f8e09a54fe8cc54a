package store

import (
	"fmt"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// appendAudit adds the audit record of e to tx: the next sequence number,
// when, who, what and the edit itself (before and after).
func appendAudit(tx *bolt.Tx, now func() time.Time, who string, e roster.Edit) error {
	b := tx.Bucket(bucketAudit)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	nl, en := e.NL, e.EN
	if nl == "" {
		nl = "wijziging"
	}
	if en == "" {
		en = "change"
	}
	rec := roster.AuditRecord{Seq: seq, When: now().UTC().Truncate(time.Millisecond), Who: who, NL: nl, EN: en, Edit: roster.AuditSafe(e)}
	if err := put(b, u64(seq), rec); err != nil {
		return fmt.Errorf("auditregel / audit record: %w", err)
	}
	return nil
}

// decodeAudit decodes one audit record and checks its key.
func decodeAudit(k, v []byte) (roster.AuditRecord, error) {
	r, err := decode[roster.AuditRecord](bucketAudit, k, v)
	if err != nil {
		return r, err
	}
	if string(u64(r.Seq)) != string(k) {
		return r, fmt.Errorf("auditregel %d onder sleutel %x / audit record %d under key %x", r.Seq, k, r.Seq, k)
	}
	return r, nil
}

// Log returns audit records newest first, at most limit (0: all). The log
// is append-only: nothing in this package deletes or changes a record, so
// it is kept far beyond the 52 weeks the Working Hours Act asks for.
func (s *Store) Log(limit int) ([]roster.AuditRecord, error) {
	var out []roster.AuditRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		b, err := bucket(tx, bucketAudit)
		if err != nil {
			return err
		}
		c := b.Cursor()
		for k, v := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Prev() {
			r, err := decodeAudit(k, v)
			if err != nil {
				return err
			}
			out = append(out, r)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("logboek lezen / read log: %w", err)
	}
	return out, nil
}
