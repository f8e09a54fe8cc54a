package store

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	bolt "go.etcd.io/bbolt"
)

// Backup rotation: the newest backup of each of the KeepDaily newest days
// and of each of the KeepWeekly newest ISO weeks is kept, and every backup
// younger than a day; older ones are deleted.
const (
	KeepDaily  = 14
	KeepWeekly = 8
)

// BackupDirName is the folder next to the database that holds the backups.
const BackupDirName = "backups"

const (
	backupPrefix = "huisrooster-"
	backupExt    = ".db"
	damagedExt   = ".beschadigd" // raw copies of damaged files; never offered
	backupLayout = "2006-01-02-150405.000"
)

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path   string
	Time   time.Time // when it was made (from its name)
	Reason string    // dagelijks, handmatig, voor-import, voor-terugzetten, voor-migratie
}

// BackupDir returns the backup folder of the database at dbPath.
func BackupDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), BackupDirName) }

// Backup writes a consistent hot copy of the store into the backup folder
// (temp file, fsync, rename), rotates the folder and returns the new file.
func (s *Store) Backup() (string, error) { return s.backup("handmatig") }

// EnsureDailyBackup makes a backup unless one was made today (Amsterdam
// time) already; it returns the new file or "".
func (s *Store) EnsureDailyBackup() (string, error) {
	list, err := ListBackups(s.path)
	if err != nil {
		return "", err
	}
	today := roster.DateOf(s.now().In(roster.Amsterdam))
	for _, b := range list {
		if roster.DateOf(b.Time) == today {
			return "", nil
		}
	}
	return s.backup("dagelijks")
}

// backup writes the hot copy with reason in its name.
func (s *Store) backup(reason string) (string, error) { return s.backupKeeping(reason, "") }

// backupKeeping is backup; its rotation never deletes the file keep (the
// backup a restore is about to copy).
func (s *Store) backupKeeping(reason, keep string) (string, error) {
	dir := BackupDir(s.path)
	now := s.now().In(roster.Amsterdam)
	target := ""
	for i := 0; ; i++ {
		t := now.Add(time.Duration(i) * time.Millisecond)
		target = filepath.Join(dir, backupPrefix+t.Format(backupLayout)+"-"+reason+backupExt)
		if _, err := os.Stat(target); errors.Is(err, os.ErrNotExist) {
			break
		}
	}
	err := writeAtomic(target, func(w io.Writer) error {
		return s.db.View(func(tx *bolt.Tx) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err != nil {
		return "", fmt.Errorf("reservekopie maken / make backup: %w", err)
	}
	if err := rotate(dir, now, keep); err != nil {
		return target, err
	}
	return target, nil
}

// writeAtomic writes a file via a temp file in the same folder (mode 0600,
// folder 0700), fsync and rename, so target is either complete or absent.
func writeAtomic(target string, write func(io.Writer) error) error {
	dir := filepath.Dir(target)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		tmp.Close()
		return err
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// ListBackups returns the backups of the database at dbPath, newest first.
func ListBackups(dbPath string) ([]BackupInfo, error) { return listBackupsIn(BackupDir(dbPath)) }

// listBackupsIn returns the backups in the folder dir, newest first.
func listBackupsIn(dir string) ([]BackupInfo, error) {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reservekopieën lezen / read backups: %w", err)
	}
	var out []BackupInfo
	for _, e := range ents {
		if b, ok := parseBackupName(e.Name()); ok && e.Type().IsRegular() {
			b.Path = filepath.Join(dir, e.Name())
			out = append(out, b)
		}
	}
	slices.SortFunc(out, func(a, b BackupInfo) int { return cmp.Or(b.Time.Compare(a.Time), cmp.Compare(b.Path, a.Path)) })
	return out, nil
}

// parseBackupName reads time and reason from a backup's file name.
func parseBackupName(name string) (BackupInfo, bool) {
	rest, ok := strings.CutPrefix(name, backupPrefix)
	if !ok || !strings.HasSuffix(rest, backupExt) || len(rest) < len(backupLayout)+1 {
		return BackupInfo{}, false
	}
	t, err := time.ParseInLocation(backupLayout, rest[:len(backupLayout)], roster.Amsterdam)
	if err != nil {
		return BackupInfo{}, false
	}
	reason := strings.TrimSuffix(strings.TrimPrefix(rest[len(backupLayout):], "-"), backupExt)
	return BackupInfo{Time: t, Reason: reason}, true
}

// keepOf returns which backups (newest first) rotation keeps at now.
func keepOf(list []BackupInfo, now time.Time) map[string]bool {
	kept := map[string]bool{}
	days, weeks := map[roster.Date]bool{}, map[string]bool{}
	for _, b := range list {
		if now.Sub(b.Time) < 24*time.Hour {
			kept[b.Path] = true
		}
		d := roster.DateOf(b.Time.In(roster.Amsterdam))
		if !days[d] && len(days) < KeepDaily {
			days[d] = true
			kept[b.Path] = true
		}
		if w := d.WeekLabel(); !weeks[w] && len(weeks) < KeepWeekly {
			weeks[w] = true
			kept[b.Path] = true
		}
	}
	return kept
}

// rotate deletes the backups rotation does not keep (never the file
// keep), and temp files left by an interrupted backup.
func rotate(dir string, now time.Time, keep string) error {
	list, err := listBackupsIn(dir)
	if err != nil {
		return err
	}
	kept := keepOf(list, now)
	keepFi, _ := os.Stat(keep)
	for _, b := range list {
		if keepFi != nil {
			if fi, err := os.Stat(b.Path); err == nil && os.SameFile(fi, keepFi) {
				continue
			}
		}
		if !kept[b.Path] {
			if err := os.Remove(b.Path); err != nil && !errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("oude reservekopie opruimen / remove old backup: %w", err)
			}
		}
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".tmp-") {
			if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) > time.Hour {
				os.Remove(filepath.Join(dir, e.Name()))
			}
		}
	}
	return nil
}

// VerifyBackup checks that the file at path is a good roster: sound
// structure, not of a newer schema, every record readable. It never changes
// the file.
func VerifyBackup(path string) error {
	if err := verifyFile(path, true); err != nil {
		return err
	}
	db, err := openBolt(path, &bolt.Options{ReadOnly: true, Timeout: DefaultTimeout})
	if err != nil {
		return err
	}
	defer db.Close()
	s := &Store{db: db, path: path, now: time.Now}
	var version int
	err = db.View(func(tx *bolt.Tx) error {
		v, err := schemaOf(tx)
		version = v
		return err
	})
	switch {
	case err != nil || version == 0:
		return damaged(path, errors.New("geen schemaversie / no schema version"))
	case version > SchemaVersion:
		return fmt.Errorf("%w (%s)", ErrNewerSchema, path)
	}
	if err := s.checkVersion(version); err != nil {
		return err
	}
	if version < SchemaVersion {
		return nil
	}
	// A backup is only offered when its house decodes and its whole log is
	// sound too. A house that breaks a rule of Validate is no reason to
	// refuse it: opening repairs or reports that (repair.go).
	return s.guard(func(tx *bolt.Tx) error {
		if _, err := loadTx(tx, nil); err != nil {
			return err
		}
		_, err := readLog(tx, 0)
		return err
	})
}

// NewestGoodBackup returns the newest backup of the database at dbPath
// that passes VerifyBackup, or ErrNoBackup.
func NewestGoodBackup(dbPath string) (string, error) {
	list, err := ListBackups(dbPath)
	if err != nil {
		return "", err
	}
	for _, b := range list {
		if VerifyBackup(b.Path) == nil {
			return b.Path, nil
		}
	}
	return "", ErrNoBackup
}

// Restore replaces the database at dbPath with the backup at backupPath
// (the newest good backup when "") on behalf of who. The store must be
// closed. It verifies the backup first, then saves the current file (a hot
// backup, or a raw copy named *.beschadigd when it is damaged), then puts a
// copy of the backup in place atomically. The audit log is not rolled back:
// every record of the replaced file newer than the backup's log is carried
// into the restored file (salvaged record by record from a damaged file),
// and a "terugzetten / restore" record is appended, so numbers go on after
// the highest ever used and nothing logged is lost. It returns the backup
// it restored.
func Restore(dbPath, backupPath, who string) (string, error) {
	if backupPath == "" {
		p, err := NewestGoodBackup(dbPath)
		if err != nil {
			return "", err
		}
		backupPath = p
	}
	if err := VerifyBackup(backupPath); err != nil {
		return "", fmt.Errorf("reservekopie %s is niet bruikbaar / backup %s is not usable: %w", backupPath, backupPath, err)
	}
	info, ok := parseBackupName(filepath.Base(backupPath))
	if !ok {
		fi, err := os.Stat(backupPath)
		if err != nil {
			return "", fmt.Errorf("reservekopie openen / open backup: %w", err)
		}
		info.Time = fi.ModTime()
	}
	info.Path = backupPath
	if strings.TrimSpace(who) == "" {
		who = "huisrooster"
	}
	c := &carried{records: map[uint64][]byte{}}
	if _, err := os.Stat(dbPath); err == nil {
		s, err := Open(dbPath, nil)
		switch {
		case err == nil:
			if c, err = readCarried(s); err == nil {
				_, err = s.backupKeeping("voor-terugzetten", backupPath)
			}
			if cerr := s.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return "", err
			}
		case errors.Is(err, ErrDamaged), errors.Is(err, ErrNewerSchema):
			if err := saveRaw(dbPath); err != nil {
				return "", err
			}
			c.records = salvageLog(dbPath)
		default:
			return "", err
		}
	}
	src, err := os.Open(backupPath)
	if err != nil {
		return "", fmt.Errorf("reservekopie openen / open backup: %w", err)
	}
	defer src.Close()
	err = writeAtomic(dbPath, func(w io.Writer) error {
		_, err := io.Copy(w, src)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("terugzetten mislukt, huidig bestand ongewijzigd / restore failed, current file unchanged: %w", err)
	}
	s, err := Open(dbPath, nil)
	if err != nil {
		return "", fmt.Errorf("teruggezet bestand openen / open restored file: %w", err)
	}
	err = carryLog(s, c, info, who)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("logboek meenemen bij terugzetten / carry the log across the restore: %w", err)
	}
	return backupPath, nil
}

// saveRaw copies a file that cannot be opened into the backup folder under
// a name that is never offered for restoring.
func saveRaw(dbPath string) error {
	src, err := os.Open(dbPath)
	if err != nil {
		return fmt.Errorf("beschadigd bestand bewaren / keep damaged file: %w", err)
	}
	defer src.Close()
	name := backupPrefix + time.Now().In(roster.Amsterdam).Format(backupLayout) + damagedExt
	return writeAtomic(filepath.Join(BackupDir(dbPath), name), func(w io.Writer) error {
		_, err := io.Copy(w, src)
		return err
	})
}
