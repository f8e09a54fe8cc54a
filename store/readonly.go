package store

import (
	"errors"
	"fmt"
	"github.com/huisrooster/huisrooster/roster"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrReadOnly is returned by Open for a file that cannot be written (no
// write permission, a read-only medium) unless Options.ReadOnly is set, and
// by every change to a store opened read-only. Reading works: open it with
// Options.ReadOnly.
var ErrReadOnly = errors.New("het roosterbestand is alleen-lezen; bekijken en exporteren kan, wijzigen niet / " +
	"the roster file is read-only; viewing and exporting work, changing does not")

// isReadOnlyErr reports whether err means the file or its medium cannot be
// written.
func isReadOnlyErr(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// openReadOnly opens an existing roster for reading only: it checks the
// file under a shared lock and refuses a file that would need an upgrade
// (that needs writing).
func openReadOnly(path string, o Options) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("kan %s niet openen / cannot open %s: %w", path, path, err)
	}
	if err := verifyLocked(path, true, o.Timeout); err != nil {
		return nil, err
	}
	db, err := openBolt(path, &bolt.Options{ReadOnly: true, Timeout: o.Timeout})
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, now: o.Now, readOnly: true}
	var version int
	err = s.guard(func(tx *bolt.Tx) error {
		var err error
		version, err = schemaOf(tx)
		return err
	})
	switch {
	case err != nil || version == 0:
		err = damaged(path, errors.New("geen schemaversie / no schema version"))
	case version > SchemaVersion:
		err = fmt.Errorf("%w (%s: schema %d > %d)", ErrNewerSchema, path, version, SchemaVersion)
	case version < SchemaVersion:
		err = fmt.Errorf("%w: %s moet worden bijgewerkt (schema %d → %d); open het één keer met schrijfrechten / "+
			"%s needs an upgrade (schema %d → %d); open it once with write permission", ErrReadOnly, path, version, SchemaVersion, path, version, SchemaVersion)
	default:
		var h *roster.House
		if h, err = s.checkHouse(); err == nil {
			err = s.validateOnOpen(h)
		}
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// readOnlyErr turns bbolt's refusal to write a read-only store into
// ErrReadOnly.
func readOnlyErr(err error) error {
	if errors.Is(err, berrors.ErrDatabaseReadOnly) {
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	}
	return err
}

// tempAge is how old a temp file must be before opening removes it: older
// than any write in progress that left it could still be going.
const tempAge = 2 * time.Minute

// cleanTemp removes temp files that interrupted writes left next to the
// roster at path and in its backup folder: a new roster being created
// (.huisrooster-new-*), a backup or restore being written (.tmp-*). Files
// younger than tempAge may belong to a write in progress (of another roster
// in the same folder) and are left.
func cleanTemp(path string, now time.Time) {
	for _, dir := range []string{filepath.Dir(path), BackupDir(path)} {
		ents, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range ents {
			n := e.Name()
			if !strings.HasPrefix(n, ".tmp-") && !strings.HasPrefix(n, ".huisrooster-new-") {
				continue
			}
			if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() && now.Sub(fi.ModTime()) > tempAge {
				os.Remove(filepath.Join(dir, n))
			}
		}
	}
}
