package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the version of the file layout this build reads and
// writes. Files of an older version are migrated on open; files of a newer
// version are refused with ErrNewerSchema.
const SchemaVersion = 6

// DefaultTimeout is how long Open waits for another process to release the
// roster before it returns ErrLocked.
const DefaultTimeout = time.Second

// Options tune Open. The zero value is fine.
type Options struct {
	// Timeout is how long to wait for the file lock (DefaultTimeout when 0).
	Timeout time.Duration
	// DailyBackup makes Open call EnsureDailyBackup: the app sets it, so
	// there is a backup at least once a day when the app opens.
	DailyBackup bool
	// Now returns the current time (time.Now when nil); tests set it.
	Now func() time.Time
	// ReadOnly opens an existing file for reading only (a file or folder
	// without write permission, a read-only medium): nothing is created,
	// upgraded, backed up or cleaned, and changes fail with ErrReadOnly.
	// Other readers may have the file open at the same time.
	ReadOnly bool
}

// Store keeps one house in a bbolt file. It implements roster.Store and is
// safe for use by several goroutines.
type Store struct {
	db       *bolt.DB
	path     string
	now      func() time.Time
	readOnly bool
	repairs  []roster.Problem // what opening repaired (repair.go)
	problems []roster.Problem // what the house breaks that opening reports (repair.go)
}

var _ roster.Store = (*Store)(nil)

// Open opens the roster at path, creating it (and its directory, mode 0700)
// when it does not exist. It returns ErrLocked when another process has it
// open, ErrDamaged when the file fails the integrity check, ErrNewerSchema
// for a file of a newer version. A file of an older schema is migrated in
// one transaction.
func Open(path string, opt *Options) (*Store, error) {
	var o Options
	if opt != nil {
		o = *opt
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if path == "" {
		p, err := DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	if o.ReadOnly {
		return openReadOnly(path, o)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("kan map voor het rooster niet maken / cannot create the roster's directory: %w", err)
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := create(path); err != nil {
			return nil, err
		}
	}
	if err := verifyLocked(path, false, o.Timeout); err != nil {
		return nil, err
	}
	db, err := openBolt(path, &bolt.Options{Timeout: o.Timeout})
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, now: o.Now}
	if err := s.prepare(migrations()); err != nil {
		db.Close()
		return nil, err
	}
	cleanTemp(path, time.Now())
	if o.DailyBackup {
		if _, err := s.EnsureDailyBackup(); err != nil {
			db.Close()
			return nil, err
		}
	}
	return s, nil
}

// Path returns the file of the store.
func (s *Store) Path() string { return s.path }

// Close releases the store and its file lock. A file a wipe of the pay
// data marked is rewritten first (see scrub.go).
func (s *Store) Close() error {
	if !s.readOnly && s.compactPending() {
		if err := s.compact(); err != nil {
			s.db.Close()
			return err
		}
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("rooster sluiten / close roster: %w", err)
	}
	return nil
}

// create makes a new, initialised roster file at path atomically: a temp
// file in the same directory is initialised and renamed, so a crash never
// leaves a half-made file behind.
func create(path string) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".huisrooster-new-*.db")
	if err != nil {
		return fmt.Errorf("kan rooster niet aanmaken in %s / cannot create roster in %s: %w", dir, dir, err)
	}
	name := tmp.Name()
	tmp.Close()
	defer os.Remove(name)
	if err := os.Chmod(name, 0o600); err != nil {
		return fmt.Errorf("rooster aanmaken / create roster: %w", err)
	}
	db, err := bolt.Open(name, 0o600, &bolt.Options{Timeout: DefaultTimeout})
	if err != nil {
		return fmt.Errorf("rooster aanmaken / create roster: %w", err)
	}
	err = db.Update(func(tx *bolt.Tx) error { return initBuckets(tx, time.Now()) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("rooster aanmaken / create roster: %w", err)
	}
	if _, err := os.Stat(path); err == nil {
		return nil // someone else created it meanwhile: use theirs
	}
	if err := os.Rename(name, path); err != nil {
		return fmt.Errorf("rooster aanmaken / create roster: %w", err)
	}
	syncDir(dir)
	return nil
}

// initBuckets creates every bucket and the meta records of a new file.
func initBuckets(tx *bolt.Tx, now time.Time) error {
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	m := tx.Bucket(bucketMeta)
	if err := m.Put(keySchema, binary.BigEndian.AppendUint32(nil, SchemaVersion)); err != nil {
		return err
	}
	for _, name := range append([][]byte{bucketAudit}, dataBuckets...) {
		if err := writeDigest(tx, name, digest{}); err != nil {
			return err
		}
	}
	return m.Put(keyCreated, seal(keyCreated, []byte(now.UTC().Format(time.RFC3339))))
}

// verifyLocked takes the file lock (shared when readOnly), checks the
// file's structure while no other process can write it, and releases the
// lock again for bbolt.
func verifyLocked(path string, readOnly bool, timeout time.Duration) error {
	mode := os.O_RDWR
	if readOnly {
		mode = os.O_RDONLY
	}
	f, err := os.OpenFile(path, mode, 0)
	if err != nil {
		if !readOnly && isReadOnlyErr(err) {
			return fmt.Errorf("%w: %s: %w", ErrReadOnly, path, err)
		}
		return fmt.Errorf("kan %s niet openen / cannot open %s: %w", path, path, err)
	}
	defer f.Close()
	if err := lockFile(f, readOnly, timeout); err != nil {
		if errors.Is(err, ErrLocked) {
			return ErrLocked
		}
		return fmt.Errorf("kan %s niet vergrendelen / cannot lock %s: %w", path, path, err)
	}
	defer unlockFile(f)
	return verifyFile(path, false)
}

// openBolt opens path with bbolt, turning its errors into ErrLocked and
// ErrDamaged. As a last resort it recovers a panic or memory fault inside
// bbolt (verifyFile should have caught the damage first).
func openBolt(path string, o *bolt.Options) (db *bolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, damaged(path, fmt.Errorf("%v", r))
		}
	}()
	db, err = bolt.Open(path, 0o600, o)
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, ErrLocked
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum),
		errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrInvalidMapping):
		return nil, damaged(path, err)
	}
	return nil, fmt.Errorf("kan %s niet openen / cannot open %s: %w", path, path, err)
}

// syncDir fsyncs a directory so a rename in it is durable; best effort
// (Windows cannot sync directories).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
