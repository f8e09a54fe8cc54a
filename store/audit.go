package store

import (
	"encoding/binary"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// appendAudit adds the audit record of e to tx: the next sequence number,
// when, who, what and the edit itself (before and after).
func appendAudit(tx *bolt.Tx, now func() time.Time, who string, e roster.Edit) error {
	nl, en := e.NL, e.EN
	if nl == "" {
		nl = "wijziging"
	}
	if en == "" {
		en = "change"
	}
	return addAudit(tx, roster.AuditRecord{When: now().UTC().Truncate(time.Millisecond), Who: who, NL: nl, EN: en, Edit: roster.AuditSafe(e)})
}

// addAudit stores rec under the next number of the log and counts it in the
// log's digest. The number follows the newest record even when the bucket's
// sequence says otherwise, so a number is never used twice.
func addAudit(tx *bolt.Tx, rec roster.AuditRecord) error {
	b := tx.Bucket(bucketAudit)
	seq := b.Sequence() + 1
	if k, _ := b.Cursor().Last(); len(k) == 8 && binary.BigEndian.Uint64(k) >= seq {
		seq = binary.BigEndian.Uint64(k) + 1
	}
	if err := b.SetSequence(seq); err != nil {
		return err
	}
	rec.Seq = seq
	data, err := encode(rec)
	if err != nil {
		return fmt.Errorf("auditregel / audit record: %w", err)
	}
	return putAudit(tx, seq, data)
}

// putAudit stores the encoded audit record data under seq and counts it in
// the log's digest.
func putAudit(tx *bolt.Tx, seq uint64, data []byte) error {
	k := u64(seq)
	sealed := seal(k, data)
	d, err := readDigest(tx, bucketAudit)
	if err != nil {
		return err
	}
	d.add(storedSum(sealed))
	if err := tx.Bucket(bucketAudit).Put(k, sealed); err != nil {
		return fmt.Errorf("auditregel / audit record: %w", err)
	}
	return writeDigest(tx, bucketAudit, d)
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

// checkAuditTail is the part of the integrity check that opening runs on
// the log, in a time that does not grow with the log: the log's digest is
// readable, it counts as many records as the newest record's number, the
// bucket's sequence agrees, and the newest record is sound. Log checks the
// rest of the log as it reads it.
func checkAuditTail(tx *bolt.Tx) error {
	d, err := readDigest(tx, bucketAudit)
	if err != nil {
		return err
	}
	b := tx.Bucket(bucketAudit)
	k, v := b.Cursor().Last()
	var last uint64
	if k != nil {
		if len(k) != 8 || v == nil {
			return fmt.Errorf("ongeldige auditsleutel %x / invalid audit key %x", k, k)
		}
		last = binary.BigEndian.Uint64(k)
		if _, err := decodeAudit(k, v); err != nil {
			return err
		}
	}
	if d.Count != last || b.Sequence() != last {
		return fmt.Errorf("logboek telt %d regels, nieuwste is %d, volgnummer %d / log counts %d records, newest is %d, sequence %d",
			d.Count, last, b.Sequence(), d.Count, last, b.Sequence())
	}
	return nil
}

// Log returns audit records newest first, at most limit (0: all). The log
// is append-only: nothing in this package deletes or changes a record, and
// Restore carries it forward, so it is kept far beyond the 52 weeks the
// Working Hours Act asks for. Log checks what it reads: every record's
// checksum, numbers without gaps down from the count of the log and, when
// it reads the whole log, the log's digest; a failure matches ErrDamaged.
func (s *Store) Log(limit int) ([]roster.AuditRecord, error) {
	var out []roster.AuditRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		out, err = readLog(tx, limit)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("logboek lezen / read log: %w", damaged(s.path, err))
	}
	return out, nil
}

// readLog reads and checks the newest limit records of the log (0: all).
func readLog(tx *bolt.Tx, limit int) (out []roster.AuditRecord, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("%v", r)
		}
	}()
	b, err := bucket(tx, bucketAudit)
	if err != nil {
		return nil, err
	}
	want, err := readDigest(tx, bucketAudit)
	if err != nil {
		return nil, err
	}
	var got digest
	next := want.Count
	c := b.Cursor()
	for k, v := c.Last(); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Prev() {
		if len(k) != 8 || binary.BigEndian.Uint64(k) != next {
			return nil, fmt.Errorf("auditregel %d ontbreekt of staat op de verkeerde plaats / audit record %d missing or out of place", next, next)
		}
		r, err := decodeAudit(k, v)
		if err != nil {
			return nil, err
		}
		got.add(storedSum(v))
		out = append(out, r)
		next--
	}
	if limit <= 0 || len(out) < limit { // read down to the first record
		if next != 0 || got != want {
			return nil, fmt.Errorf("logboek telt %d regels (controlesom %x), verwacht %d (%x) / log counts %d records (checksum %x), expected %d (%x)",
				got.Count, got.Sum, want.Count, want.Sum, got.Count, got.Sum, want.Count, want.Sum)
		}
	}
	return out, nil
}
