package store

// bbolt does not wipe a page it frees: after the upgrade that sealed the
// pay data (schema 3 → 4), the salaries and PIN hash of the older version
// could still be read from free pages of the file, and every backup made
// before (or copied page by page since) held them too. Schema 6 closes
// that: the upgrade to it rewrites the file into a fresh one (bbolt's
// Compact: only the live records, no free pages) that atomically replaces
// it, and upgrades and rewrites every backup the same way (their audit
// logs kept, scrubbed of PIN hashes and salaries by the 3 → 4 step). A
// wipe of the pay data (a PIN reset without the recovery code) marks the
// file for the same rewrite, done when the store is closed or, after a
// crash, opened again.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// keyCompact marks a file whose free pages may hold pay data a wipe
// removed: it is rewritten (compact) at close or at the next open.
var keyCompact = []byte("compact")

// migrateScrub (schema 5 → 6) changes no record: prepare rewrites the file
// and the backups after the upgrade (compact, scrubBackups).
func migrateScrub(*bolt.Tx) error { return nil }

// compactTo writes the live records of src into a new file dst (mode
// 0600) and returns it open, so the caller holds its lock.
func compactTo(src *bolt.DB, dst string) (*bolt.DB, error) {
	db, err := bolt.Open(dst, 0o600, &bolt.Options{Timeout: DefaultTimeout})
	if err != nil {
		return nil, err
	}
	if err := bolt.Compact(db, src, 64<<20); err != nil {
		db.Close()
		return nil, err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if m := tx.Bucket(bucketMeta); m != nil {
			return m.Delete(keyCompact)
		}
		return nil
	})
	if err == nil {
		err = db.Sync()
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// tempName returns a new temp file name in dir (removed by cleanTemp when
// a crash leaves it).
func tempName(dir string) (string, error) {
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return "", err
	}
	name := f.Name()
	f.Close()
	return name, os.Chmod(name, 0o600)
}

// compact rewrites the store's file without free pages: the live records
// go into a new file that replaces the old one atomically (rename), so a
// crash leaves either. The store keeps the new file open (and locked).
func (s *Store) compact() error {
	dir := filepath.Dir(s.path)
	name, err := tempName(dir)
	if err != nil {
		return fmt.Errorf("rooster herschrijven / rewrite roster: %w", err)
	}
	defer os.Remove(name) // a no-op after the rename
	db, err := compactTo(s.db, name)
	if err != nil {
		return fmt.Errorf("rooster herschrijven / rewrite roster: %w", err)
	}
	// Renaming over the open file keeps the new one locked throughout;
	// where the system refuses that (Windows), both are closed first.
	if err := os.Rename(name, s.path); err != nil {
		db.Close()
		if cerr := s.db.Close(); cerr != nil {
			return fmt.Errorf("rooster herschrijven / rewrite roster: %w", cerr)
		}
		if err := os.Rename(name, s.path); err != nil {
			return fmt.Errorf("rooster herschrijven / rewrite roster: %w", errors.Join(err, s.reopen()))
		}
		syncDir(dir)
		return s.reopen()
	}
	syncDir(dir)
	old := s.db
	s.db = db
	return old.Close()
}

// reopen opens s.path again after compact had to close it.
func (s *Store) reopen() error {
	db, err := openBolt(s.path, &bolt.Options{Timeout: DefaultTimeout})
	if err != nil {
		return err
	}
	s.db = db
	return nil
}

// compactPending reports whether a wipe marked the file for a rewrite.
func (s *Store) compactPending() bool {
	pending := false
	s.db.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket(bucketMeta); m != nil {
			pending = m.Get(keyCompact) != nil
		}
		return nil
	})
	return pending
}

// wipesPay reports whether e replaces sealed pay data because the PIN was
// reset without the recovery code (roster.ResetPIN): the old sealed data
// and key copies must not stay readable in free pages.
func wipesPay(e roster.Edit) bool {
	s := e.Settings
	if s == nil || s.Before.Settings.Vault == nil || s.After.Settings.Vault == nil {
		return false
	}
	n := s.After.Settings.Vault.Notice
	return len(s.Before.Settings.Vault.Data) > 0 && n != nil && n.Wiped &&
		(s.Before.Settings.Vault.Notice == nil || !s.Before.Settings.Vault.Notice.When.Equal(n.When))
}

// scrubBackups upgrades and rewrites every backup of the store (see
// scrubBackup). A backup that cannot be read is left as it is.
func (s *Store) scrubBackups() {
	list, err := ListBackups(s.path)
	if err != nil {
		return
	}
	for _, b := range list {
		scrubBackup(b.Path)
	}
}

// scrubBackup upgrades the backup at path to the current schema (its log
// kept, scrubbed of PIN hashes and salaries) and rewrites it without free
// pages. It works on a copy that replaces the backup atomically, under the
// backup's own name, so its date stays.
func scrubBackup(path string) error {
	dir := filepath.Dir(path)
	work, err := tempName(dir)
	if err != nil {
		return err
	}
	defer os.Remove(work)
	if err := copyFile(path, work); err != nil {
		return err
	}
	if err := verifyFile(work, true); err != nil {
		return err
	}
	db, err := openBolt(work, &bolt.Options{Timeout: DefaultTimeout})
	if err != nil {
		return err
	}
	defer db.Close()
	b := &Store{db: db, path: work, now: time.Now}
	var version int
	if err := db.View(func(tx *bolt.Tx) error { v, err := schemaOf(tx); version = v; return err }); err != nil {
		return err
	}
	steps := migrations()
	if version <= 0 || version > len(steps)+1 {
		return fmt.Errorf("schema %d", version)
	}
	if err := b.checkVersion(version); err != nil {
		return err
	}
	if err := db.Update(func(tx *bolt.Tx) error { return migrateTx(tx, version, steps) }); err != nil {
		return err
	}
	out, err := tempName(dir)
	if err != nil {
		return err
	}
	defer os.Remove(out)
	cdb, err := compactTo(db, out)
	if err != nil {
		return err
	}
	if err := cdb.Close(); err != nil {
		return err
	}
	if err := os.Rename(out, path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// migrateTx runs the upgrade steps from version to the newest in tx and
// records the new version.
func migrateTx(tx *bolt.Tx, version int, steps []migration) error {
	current := len(steps) + 1
	for v := version; v < current; v++ {
		if err := steps[v-1](tx); err != nil {
			return fmt.Errorf("migratie %d→%d / migration %d→%d: %w", v, v+1, v, v+1, err)
		}
	}
	return tx.Bucket(bucketMeta).Put(keySchema, binary.BigEndian.AppendUint32(nil, uint32(current)))
}

// copyFile copies src to the existing file dst and syncs it.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
