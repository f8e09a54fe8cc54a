package store

// This file carries the audit log across a restore: the log of the file
// being replaced (read whole when it is sound, salvaged record by record
// when it is damaged) is carried into the restored file, numbers continue
// after the highest ever used, and the restore itself is logged.

import (
	"encoding/binary"
	"fmt"
	"maps"
	"os"
	"slices"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// carried is the log of the file a restore replaces: every sound record by
// number (its JSON), and the house it held (nil when it was damaged).
type carried struct {
	records map[uint64][]byte
	house   *roster.House
}

// readCarried reads every sound audit record of an open store, and its
// house. A record with a bad checksum is left out (the gap is filled and
// logged by carryLog).
func readCarried(s *Store) (*carried, error) {
	c := &carried{records: map[uint64][]byte{}}
	err := s.guard(func(tx *bolt.Tx) error {
		h, err := loadTx(tx, nil)
		if err != nil {
			return err
		}
		c.house = h
		return tx.Bucket(bucketAudit).ForEach(func(k, v []byte) error {
			if rec, ok := soundAudit(k, v); ok {
				c.records[binary.BigEndian.Uint64(k)] = rec
			}
			return nil
		})
	})
	return c, err
}

// soundAudit returns the JSON of an audit record stored as v under k when
// it is sound: sealed with a matching checksum (or, in a file of schema 1,
// plain JSON) and holding the number of its key.
func soundAudit(k, v []byte) ([]byte, bool) {
	if len(k) != 8 || v == nil {
		return nil, false
	}
	data, err := unseal(bucketAudit, k, v)
	if err != nil {
		data = v // schema 1: no checksum
	}
	var r roster.AuditRecord
	if decodeStrict(data, &r, false) != nil || string(u64(r.Seq)) != string(k) || r.When.IsZero() {
		return nil, false
	}
	return append([]byte(nil), data...), true
}

// salvageLog reads the audit records that can still be found in a damaged
// roster file: it looks at every page of the file as a leaf page and keeps
// each element that is a sound audit record (soundAudit). Audit records
// never change once written, so a copy found on an old page is the record.
func salvageLog(path string) map[uint64][]byte {
	out := map[uint64][]byte{}
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return out
	}
	withFileBytes(f, st.Size(), func(data []byte) (err error) {
		defer func() { recover() }()
		ps := 4096
		if m, err := readMeta(data, 0); err == nil {
			ps = int(m.pageSize)
		}
		for off := 0; off+pageHeaderSize <= len(data); off += ps {
			salvagePage(data, off, ps, out)
		}
		return nil
	})
	return out
}

// salvagePage adds the sound audit records of the leaf page at off.
func salvagePage(data []byte, off, ps int, out map[uint64][]byte) {
	p := data[off:]
	if le.Uint16(p[8:]) != flagLeaf {
		return
	}
	n := len(p)
	if over := int(le.Uint32(p[12:])); over >= 0 && (over+1)*ps < n {
		n = (over + 1) * ps
	}
	p = p[:n]
	count := int(le.Uint16(p[10:]))
	for i := 0; i < count; i++ {
		eoff := pageHeaderSize + i*elementSize
		if eoff+elementSize > len(p) {
			return
		}
		e := p[eoff:]
		if le.Uint32(e[0:])&leafBucketFlag != 0 {
			continue
		}
		pos, ksize, vsize := uint64(le.Uint32(e[4:])), uint64(le.Uint32(e[8:])), uint64(le.Uint32(e[12:]))
		start := uint64(eoff) + pos
		if ksize != 8 || start+ksize+vsize > uint64(len(p)) {
			continue
		}
		k, v := p[start:start+ksize], p[start+ksize:start+ksize+vsize]
		if rec, ok := soundAudit(k, v); ok {
			out[binary.BigEndian.Uint64(k)] = rec
		}
	}
}

// carryLog writes into the freshly restored store s every carried record
// newer than its own log, fills numbers no copy was found of with a record
// saying so, and appends the restore record: who restored which backup,
// with the difference between the house replaced and the house restored.
func carryLog(s *Store, c *carried, backup BackupInfo, who string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAudit)
		var last uint64
		if k, _ := b.Cursor().Last(); len(k) == 8 {
			last = binary.BigEndian.Uint64(k)
		}
		seqs := slices.Sorted(maps.Keys(c.records))
		top := last
		if len(seqs) > 0 && seqs[len(seqs)-1] > top {
			top = seqs[len(seqs)-1]
		}
		lost := 0
		for seq := last + 1; seq <= top; seq++ {
			data, ok := c.records[seq]
			if !ok {
				lost++
				var err error
				data, err = encode(roster.AuditRecord{Seq: seq, When: s.now().UTC().Truncate(time.Millisecond), Who: who,
					NL: fmt.Sprintf("auditregel %d was onleesbaar in het beschadigde bestand", seq),
					EN: fmt.Sprintf("audit record %d was unreadable in the damaged file", seq)})
				if err != nil {
					return err
				}
			}
			if err := putAudit(tx, seq, data); err != nil {
				return err
			}
		}
		if err := b.SetSequence(top); err != nil {
			return err
		}
		h, err := loadTx(tx, nil)
		if err != nil {
			return err
		}
		var e roster.Edit
		if c.house != nil {
			e = Diff(c.house, h)
		}
		when := backup.Time.In(roster.Amsterdam).Format("2006-01-02 15:04")
		e.NL = fmt.Sprintf("terugzetten: reservekopie van %s teruggezet (%d wijzigingen)", when, changes(e))
		e.EN = fmt.Sprintf("restore: backup of %s restored (%d changes)", when, changes(e))
		if c.house == nil {
			e.NL += "; het vervangen bestand was beschadigd"
			e.EN += "; the replaced file was damaged"
		}
		if lost > 0 {
			e.NL += fmt.Sprintf("; %d auditregels niet terug te vinden", lost)
			e.EN += fmt.Sprintf("; %d audit records not recoverable", lost)
		}
		return appendAudit(tx, s.now, who, e)
	})
}
