package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// migration upgrades a file from one schema version to the next inside the
// caller's transaction.
type migration func(tx *bolt.Tx) error

// migrations returns the upgrade steps: step i upgrades version i+1 to i+2.
// SchemaVersion is len(migrations())+1.
func migrations() []migration {
	return []migration{
		migrateYear,    // 1→2: the year bucket
		migrateLocal,   // 2→3: the local bucket (local.go)
		migrateSealPay, // 3→4: pay data and PIN sealed, the log scrubbed (migrate_pay.go)
		migrateSums,    // 4→5: a checksum on every record, a digest per bucket (integrity.go)
		migrateScrub,   // 5→6: the file and its backups rewritten without free pages (scrub.go)
	}
}

// migrateYear (schema 1→2) adds the year bucket: leave requests, summer
// rounds and balances carried over (roster.YearPlan), empty at first.
func migrateYear(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketYear)
	if err != nil {
		return fmt.Errorf("bucket %q: %w", bucketYear, err)
	}
	return putPlain(b, keyYear, roster.YearPlan{})
}

// bucketsOf returns the buckets a file of schema version has: a backup made
// before a migration is still checked and read at its own version.
func bucketsOf(version int) [][]byte {
	var out [][]byte
	for _, b := range allBuckets {
		if version >= bucketSince(b) {
			out = append(out, b)
		}
	}
	return out
}

// schemaOf reads the schema version of the file; 0 for a file without a meta
// bucket.
func schemaOf(tx *bolt.Tx) (int, error) {
	m := tx.Bucket(bucketMeta)
	if m == nil {
		return 0, nil
	}
	v := m.Get(keySchema)
	if len(v) != 4 {
		return 0, errors.New("schemaversie ontbreekt / schema version missing")
	}
	return int(binary.BigEndian.Uint32(v)), nil
}

// prepare brings a freshly opened file up to date and checks it: an empty
// bbolt file is initialised, an older schema migrated (after a backup), a
// newer one refused; then the integrity check runs.
func (s *Store) prepare(steps []migration) error {
	current := len(steps) + 1
	var version int
	var empty bool
	err := s.db.View(func(tx *bolt.Tx) error {
		v, err := schemaOf(tx)
		version = v
		k, _ := tx.Cursor().First()
		empty = k == nil
		return err
	})
	if err != nil {
		return damaged(s.path, err)
	}
	switch {
	case version == 0 && empty:
		if err := s.db.Update(func(tx *bolt.Tx) error { return initBuckets(tx, s.now()) }); err != nil {
			return fmt.Errorf("rooster aanmaken / create roster: %w", err)
		}
		version = current
	case version == 0:
		return damaged(s.path, errors.New("metagegevens ontbreken / meta data missing"))
	case version > current:
		return fmt.Errorf("%w (%s: schema %d > %d)", ErrNewerSchema, s.path, version, current)
	}
	if version < current {
		if err := s.checkVersion(version); err != nil {
			return err
		}
		if _, err := s.backup("voor-migratie"); err != nil {
			return err
		}
		err := s.db.Update(func(tx *bolt.Tx) error { return migrateTx(tx, version, steps) })
		if err != nil {
			return fmt.Errorf("rooster bijwerken mislukt, bestand ongewijzigd / upgrading the roster failed, file unchanged: %w", err)
		}
		if version < scrubSchema && current >= scrubSchema {
			// Pay data of the older version may be in free pages and in
			// the backups: rewrite them all (scrub.go).
			if err := s.compact(); err != nil {
				return err
			}
			s.scrubBackups()
		}
	}
	if s.compactPending() {
		if err := s.compact(); err != nil {
			return err
		}
	}
	h, err := s.checkHouse()
	if err != nil {
		return err
	}
	return s.validateOnOpen(h)
}

// scrubSchema is the schema whose upgrade rewrites the file and its
// backups without free pages (scrub.go).
const scrubSchema = 6

// checkVersion is the full integrity check of a file of an older schema,
// before it is upgraded, or of a backup (every page of the log too).
func (s *Store) checkVersion(version int) error {
	if version >= 5 { // sealed records and digests (schema 5 on)
		return s.guard(func(tx *bolt.Tx) error {
			if err := checkPages(tx, true); err != nil {
				return err
			}
			_, err := checkRecords(tx)
			return err
		})
	}
	return s.guard(func(tx *bolt.Tx) error {
		if err := checkPages(tx, true); err != nil {
			return err
		}
		return checkPlain(tx, version)
	})
}

// check is the integrity check of opening: bbolt's page check (the log's
// older pages left to Log), then every bucket of the schema present, every
// record of the house readable with a sound checksum, the buckets' digests
// matching, and the newest part of the log sound.
func (s *Store) check() error {
	_, err := s.checkHouse()
	return err
}

// checkHouse is check, returning the house it read.
func (s *Store) checkHouse() (*roster.House, error) {
	var h *roster.House
	err := s.guard(func(tx *bolt.Tx) error {
		if err := checkPages(tx, false); err != nil {
			return err
		}
		var err error
		h, err = checkRecords(tx)
		return err
	})
	return h, err
}

// guard runs fn in a read transaction and reports any failure, and as a
// last resort a panic or memory fault inside bbolt, as damage.
func (s *Store) guard(fn func(tx *bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = damaged(s.path, fmt.Errorf("%v", r))
		}
	}()
	if err = s.db.View(fn); err != nil {
		return damaged(s.path, err)
	}
	return nil
}

// checkPages is bbolt's own page check. With full, every page reachable
// once or free; without it (opening), the tree of every bucket but the log
// (keys in order, no page used twice or both used and free), so the time it
// takes does not grow with the log. Log checks the records it reads.
func checkPages(tx *bolt.Tx, full bool) error {
	var err error
	first := func(ch <-chan error) {
		for cerr := range ch {
			if err == nil {
				err = cerr
			}
		}
	}
	if full {
		first(tx.Check())
		return err
	}
	cerr := tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		if string(name) == string(bucketAudit) || b.RootPage() == 0 {
			return nil // the log, or an inline bucket (checked with its parent's page)
		}
		first(tx.Check(bolt.WithPageId(uint64(b.RootPage()))))
		return err
	})
	if err == nil {
		err = cerr
	}
	return err
}

// bucketSince returns the schema version that added the bucket name: a file
// of an older version (about to be migrated, or a backup) lacks it.
func bucketSince(name []byte) int {
	switch string(name) {
	case string(bucketYear):
		return 2
	case string(bucketLocal):
		return 3
	}
	return 1
}

// checkRecords checks that every bucket exists, every record of the house
// decodes with a sound checksum, the digests match, and the log's newest
// record and count agree (checkAuditTail); it returns the house it read.
func checkRecords(tx *bolt.Tx) (*roster.House, error) {
	version, err := schemaOf(tx)
	if err != nil {
		return nil, err
	}
	for _, name := range bucketsOf(version) {
		if tx.Bucket(name) == nil {
			return nil, fmt.Errorf("bucket %q ontbreekt / bucket %q missing", name, name)
		}
	}
	h, err := loadTx(tx, nil)
	if err != nil {
		return nil, err
	}
	if err := checkDigests(tx); err != nil {
		return nil, err
	}
	return h, checkAuditTail(tx)
}
