package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// Bucket names. See the package documentation for the keys and values.
var (
	bucketMeta     = []byte("meta")
	bucketHouse    = []byte("house")
	bucketMembers  = []byte("members")
	bucketShifts   = []byte("shifts")
	bucketCells    = []byte("cells")
	bucketAbsences = []byte("absences")
	bucketWishes   = []byte("wishes")
	bucketPeriods  = []byte("periods")
	bucketAudit    = []byte("audit")
	bucketYear     = []byte("year") // schema 2: the year plan under keyYear

	// dataBuckets hold the house; Replace empties them.
	dataBuckets = [][]byte{bucketHouse, bucketMembers, bucketShifts, bucketCells, bucketAbsences, bucketWishes, bucketPeriods, bucketYear}
	// allBuckets is every bucket of the current schema version.
	allBuckets = append([][]byte{bucketMeta, bucketAudit, bucketLocal}, dataBuckets...)

	keySchema   = []byte("schema")   // meta: uint32 big-endian schema version
	keyCreated  = []byte("created")  // meta: RFC 3339 time the file was created
	keySettings = []byte("settings") // house: the HouseSettings record
	keyYear     = []byte("plan")     // year: the roster.YearPlan record
)

// dateKeyLen is the length of a date key, "2026-04-27".
const dateKeyLen = 10

// dateKey returns the sortable key of d, "2026-04-27". Dates outside the
// years 1000–9999 have no sortable key and are refused.
func dateKey(d roster.Date) ([]byte, error) {
	s := d.String()
	if len(s) != dateKeyLen || s[0] < '1' || s[0] > '9' {
		return nil, fmt.Errorf("datum buiten bereik (jaar 1000–9999) / date out of range (year 1000–9999): %s", s)
	}
	return []byte(s), nil
}

// parseDateKey is the inverse of dateKey.
func parseDateKey(k []byte) (roster.Date, error) {
	if len(k) < dateKeyLen {
		return 0, fmt.Errorf("sleutel te kort / key too short: %q", k)
	}
	return roster.ParseDate(string(k[:dateKeyLen]))
}

// u64 returns v as 8 big-endian bytes, so keys sort by number.
func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

// memberKey returns the key part of a member ID: 8 big-endian bytes.
func memberKey(id int) []byte { return u64(uint64(int64(id))) }

// cellKey is date + member: the key of one cell's assignments.
func cellKey(d roster.Date, member int) ([]byte, error) {
	k, err := dateKey(d)
	if err != nil {
		return nil, err
	}
	return append(k, memberKey(member)...), nil
}

// cat concatenates key parts.
func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// memberRecord is the value in the members bucket: the member and its
// position in the team's display order.
type memberRecord struct {
	Pos    uint64        `json:"pos"`
	Member roster.Member `json:"member"`
}

// shiftRecord is the value in the shifts bucket.
type shiftRecord struct {
	Pos   uint64           `json:"pos"`
	Shift roster.ShiftType `json:"shift"`
}

// settingsRecord is the house settings record.
type settingsRecord struct {
	Name     string          `json:"name"`
	Children int             `json:"children"`
	Settings roster.Settings `json:"settings"`
	Coverage []roster.Band   `json:"coverage"`
}

// encode marshals v to JSON and checks that it decodes again, so nothing is
// ever stored that would make the file unreadable.
func encode[T any](v T) ([]byte, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("kan niet opslaan / cannot store: %w", err)
	}
	var back T
	if err := json.Unmarshal(data, &back); err != nil {
		return nil, fmt.Errorf("kan niet opslaan, waarde niet terug te lezen / cannot store, value does not read back: %w", err)
	}
	return data, nil
}

// put encodes v and stores it under k in b, sealed with its checksum.
// Every record of the file is written through put (or seal), so that every
// record can be checked.
func put[T any](b *bolt.Bucket, k []byte, v T) error {
	data, err := encode(v)
	if err != nil {
		return err
	}
	return b.Put(k, seal(k, data))
}

// decode checks the checksum of a stored value and unmarshals it strictly:
// exactly one JSON value, and in the data buckets no field the type does
// not know. Audit records may hold fields of older versions of the types,
// so there unknown fields are allowed. A failure means the file is damaged.
func decode[T any](bucket, k, v []byte) (T, error) {
	var out T
	data, err := unseal(bucket, k, v)
	if err != nil {
		return out, err
	}
	if err := decodeStrict(data, &out, !bytes.Equal(bucket, bucketAudit)); err != nil {
		return out, fmt.Errorf("record %s/%x onleesbaar / record %s/%x unreadable: %w", bucket, k, bucket, k, err)
	}
	return out, nil
}

// bucket returns the named bucket of tx or an error for a file without it.
func bucket(tx *bolt.Tx, name []byte) (*bolt.Bucket, error) {
	b := tx.Bucket(name)
	if b == nil {
		return nil, fmt.Errorf("bucket %q ontbreekt / bucket %q missing", name, name)
	}
	return b, nil
}
