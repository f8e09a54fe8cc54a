package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/store"
	"github.com/huisrooster/huisrooster/ui"
)

// DemoFileName is the demo house's roster file, next to the own house's.
const DemoFileName = "demo.db"

// houseFiles returns the app's two roster files: the own house at db
// (default store.DefaultPath()) and the demo house De Linde in demo.db in
// the same folder, so real data is never mixed with it.
func houseFiles(db string) (ui.Houses, error) {
	if db == "" {
		p, err := store.DefaultPath()
		if err != nil {
			return ui.Houses{}, err
		}
		db = p
	}
	demoPath := filepath.Join(filepath.Dir(db), DemoFileName)
	exists := func(p string) func() bool {
		return func() bool { fi, err := os.Stat(p); return err == nil && fi.Size() > 0 }
	}
	return ui.Houses{
		HasOwn:  exists(db),
		HasDemo: exists(demoPath),
		OpenOwn: func() (roster.Store, error) {
			st, err := store.Open(db, &store.Options{DailyBackup: true})
			if err != nil {
				return nil, err
			}
			if empty, err := st.IsEmpty(); err != nil || empty {
				st.Close()
				if err == nil {
					err = ui.ErrNoHouse
				}
				return nil, err
			}
			return st, nil
		},
		CreateOwn: func(h *roster.House) (roster.Store, error) {
			st, err := store.Open(db, &store.Options{DailyBackup: true})
			if err != nil {
				return nil, err
			}
			if err := st.Replace(h, "huisrooster"); err != nil {
				st.Close()
				return nil, fmt.Errorf("huis opslaan / save house: %w", err)
			}
			return st, nil
		},
		Damaged: func(err error) (ui.Damage, bool) { return damageOf(db, err) },
		OpenDemo: func() (roster.Store, error) {
			st, err := store.Open(demoPath, nil)
			if err != nil {
				return nil, err
			}
			empty, err := st.IsEmpty()
			if err == nil && empty {
				err = st.Replace(demo.House(roster.Today()), "huisrooster")
			}
			if err != nil {
				st.Close()
				return nil, fmt.Errorf("demohuis openen / open demo house: %w", err)
			}
			return st, nil
		},
	}, nil
}

// runHouses starts the app over the roster files: the house used last, or
// the welcome screen when there is none yet.
func runHouses(fa fyne.App, db string, opt ui.Options, code string, stdout, stderr io.Writer) error {
	if db == "" {
		if p, err := store.DefaultPath(); err == nil {
			db = p
		}
	}
	var l *ui.Launcher
	// One window per roster: a second start brings this one to the front
	// (secondstart.go), whichever way it opened its house.
	if db != "" { // else houseFiles reports why there is no default path
		claim, done := claimWindow(db, raiser(&l), stdout, stderr)
		if done {
			return nil
		}
		if claim != nil {
			defer claim.Close()
		}
	}
	houses, err := houseFiles(db)
	if err == nil {
		if l, err = ui.Launch(fa, houses, opt); err == nil {
			defer l.Close()
			l.Window().ShowAndRun()
			return nil
		}
	}
	fmt.Fprintln(stderr, err)
	showFatal(fa, err, code)
	return reportedError(err)
}

// damageOf reports whether err means the roster at db is damaged, and the
// way out: the newest good backup and its restore (which keeps the damaged
// file aside and carries the log forward).
func damageOf(db string, err error) (ui.Damage, bool) {
	if !errors.Is(err, store.ErrDamaged) {
		return ui.Damage{}, false
	}
	b, berr := store.NewestGoodBackup(db)
	if berr != nil {
		return ui.Damage{}, true
	}
	d := ui.Damage{Restore: func() error {
		_, err := store.Restore(db, b, "huisrooster (app)")
		return err
	}}
	if list, err := store.ListBackups(db); err == nil {
		for _, x := range list {
			if x.Path == b {
				d.BackupTime = x.Time
			}
		}
	}
	return d, true
}
