package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Temp files are named ".~huisrooster-*.part": hidden on Unix, and skipped
// by sync clients that skip ".~*" or "*.part" files.
const (
	tempPrefix = ".~huisrooster-"
	tempSuffix = ".part"
)

// WriteFile writes data to dir/name atomically: a temp file in dir is
// written, synced, given mode 0644 and renamed over name, then dir is
// synced. A reader sees the old file or the new one, never a part; a crash
// leaves at most a hidden temp file, which CleanTemp removes.
func WriteFile(dir, name string, data []byte) (err error) {
	if name == "" || name != filepath.Base(name) || strings.HasPrefix(name, ".") {
		return fmt.Errorf("ongeldige bestandsnaam %q / invalid file name %q", name, name)
	}
	tmp, err := os.CreateTemp(dir, tempPrefix+"*"+tempSuffix)
	if err != nil {
		return fmt.Errorf("%s schrijven / write %s: %w", name, name, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("%s schrijven / write %s: %w", name, name, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("%s schrijven / write %s: %w", name, name, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("%s schrijven / write %s: %w", name, name, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("%s schrijven / write %s: %w", name, name, err)
	}
	if err = os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("%s schrijven / write %s: %w", name, name, err)
	}
	syncDir(dir)
	return nil
}

// CleanTemp removes the temp files an interrupted WriteFile left in dir.
func CleanTemp(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("map %s lezen / read folder %s: %w", dir, dir, err)
	}
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, tempPrefix) && strings.HasSuffix(n, tempSuffix) && e.Type().IsRegular() {
			if err := os.Remove(filepath.Join(dir, n)); err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("tijdelijk bestand %s opruimen / remove temp file %s: %w", n, n, err)
			}
		}
	}
	return nil
}

// IsTemp reports whether name is a temp file of WriteFile.
func IsTemp(name string) bool {
	return strings.HasPrefix(name, tempPrefix) && strings.HasSuffix(name, tempSuffix)
}

// syncDir fsyncs a directory so a rename in it is durable; best effort
// (Windows cannot sync directories).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
