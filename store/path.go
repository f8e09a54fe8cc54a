package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// FileName is the name of the roster database in its directory.
const FileName = "huisrooster.db"

// DefaultPath returns where the roster lives when no --db is given: on
// Linux $XDG_DATA_HOME/huisrooster/huisrooster.db (default
// ~/.local/share/huisrooster/huisrooster.db), on Windows
// %APPDATA%\huisrooster\huisrooster.db, on macOS
// ~/Library/Application Support/huisrooster/huisrooster.db. It creates
// nothing.
func DefaultPath() (string, error) {
	dir, err := dataDir(runtime.GOOS, os.Getenv, os.UserHomeDir)
	if err != nil {
		return "", fmt.Errorf("geen gegevensmap gevonden, geef --db / no data directory found, give --db: %w", err)
	}
	return filepath.Join(dir, "huisrooster", FileName), nil
}

// dataDir returns the user's data directory for goos.
func dataDir(goos string, getenv func(string) string, home func() (string, error)) (string, error) {
	switch goos {
	case "windows":
		if d := getenv("APPDATA"); d != "" {
			return d, nil
		}
		return "", fmt.Errorf("%%APPDATA%% is leeg / %%APPDATA%% is empty")
	case "darwin", "ios":
		h, err := home()
		if err != nil {
			return "", err
		}
		return filepath.Join(h, "Library", "Application Support"), nil
	default:
		if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
			return d, nil
		}
		h, err := home()
		if err != nil {
			return "", err
		}
		return filepath.Join(h, ".local", "share"), nil
	}
}
