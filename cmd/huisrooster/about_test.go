package main

import (
	"path/filepath"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/store"
	"github.com/huisrooster/huisrooster/ui"
)

func TestAboutInfo(t *testing.T) {
	// A folder with spaces, as "C:\Users\Team Lid\AppData\Roaming" has.
	dir := filepath.Join(t.TempDir(), "Team Lid", "huisrooster")
	db := filepath.Join(dir, store.FileName)
	st, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := aboutInfo(st)
	st.Close()
	want := ui.AboutInfo{Version: version, DataPath: db, BackupDir: filepath.Join(dir, store.BackupDirName)}
	if got != want {
		t.Errorf("aboutInfo(file) = %+v, want %+v", got, want)
	}

	// A relative --db is shown absolute.
	t.Chdir(dir)
	rel, err := store.Open(store.FileName, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rel.Close()
	if got := aboutInfo(rel); got.DataPath != db {
		t.Errorf("relative --db: DataPath = %q, want %q", got.DataPath, db)
	}

	demo := aboutInfo(ui.NewMemStore(demo.House(roster.Today())))
	if demo.DataPath != "" || demo.BackupDir != "" || demo.Version != version {
		t.Errorf("aboutInfo(demo) = %+v, want only the version", demo)
	}
}
