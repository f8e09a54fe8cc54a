package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/fridge"
	"github.com/huisrooster/huisrooster/store"
)

// runFridge implements "huisrooster fridge": the week for the fridge as an
// A4 PDF.
func runFridge(args []string, stdout, stderr io.Writer) int {
	return errCommand(fridgeCommand)(args, stdout, stderr)
}

// fridgeCommand is runFridge returning an error (errCommand decides the exit status).
func fridgeCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("fridge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := addSourceFlags(fs)
	week := fs.String("week", "", "ISO-week, bv. 2026-W48 (standaard deze week) / ISO week, e.g. 2026-W48 (default this week)")
	out := fs.String("o", "", "PDF-bestand om te schrijven, - voor stdout / PDF file to write, - for stdout")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return inputErrorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0))
	}
	monday := roster.Today().Monday()
	if *week != "" {
		var err error
		if monday, err = roster.ParseISOWeek(*week); err != nil {
			return exitWith(err, exitUsage)
		}
	}
	if *out == "" {
		return inputErrorf("geef -o WEEK.pdf / give -o WEEK.pdf")
	}
	// A night of the Sunday before reaches into Monday; Sunday's night into the next week.
	h, code, err := src.loadExport(monday, roster.Window{From: monday - 1, To: monday + 7})
	if err != nil {
		return exitWith(err, code)
	}
	wk := fridge.BuildWeek(h, monday)
	var st *store.Store
	if *src.db != "" {
		// From a roster database the print marks what changed since the
		// week was last printed, and becomes the last print itself.
		if st, err = store.Open(*src.db, nil); err != nil {
			return err
		}
		defer st.Close()
		prev, err := fridge.LastPrinted(st, monday)
		if err != nil {
			return err
		}
		wk.MarkChanges(prev)
	}
	var b bytes.Buffer
	if err := fridge.RenderWeek(&b, wk); err != nil {
		return exitWith(err, exitFailure)
	}
	if err := writeOutput(*out, b.Bytes(), stdout); err != nil {
		return exitWith(err, exitFailure)
	}
	if st != nil {
		if err := fridge.SavePrinted(st, wk, time.Now()); err != nil {
			return exitWith(err, exitFailure)
		}
	}
	if *out != "-" {
		fmt.Fprintf(stdout, "week %s geschreven naar %s / week %s written to %s\n",
			monday.WeekLabel(), *out, monday.WeekLabel(), *out)
	}
	return nil
}

// loadExport returns the house and, on error, the exit status: 2 for bad input
// (no or several sources, a file that does not exist or does not read),
// 1 when the roster cannot be opened (in use, damaged, too new). An export
// never creates a roster database, and the demo house's plan starts in the
// week of anchor. From a database only the part of the plan that touches w
// is read.
func (s houseSource) loadExport(anchor roster.Date, w roster.Window) (*roster.House, int, error) {
	n := 0
	for _, set := range []bool{*s.db != "", *s.file != "", *s.demo} {
		if set {
			n++
		}
	}
	switch {
	case n == 0:
		return nil, 2, errors.New("geef --db PAD, --file HUIS.json of --demo / give --db PATH, --file HOUSE.json or --demo")
	case n > 1:
		return nil, 2, errors.New("kies één van --db, --file en --demo / choose one of --db, --file and --demo")
	case *s.demo:
		return demo.House(anchor), 0, nil
	case *s.file != "":
		h, err := loadHouse(*s.file, false)
		if err != nil {
			return nil, exitFor(err, exitUsage), err
		}
		return h, 0, nil
	}
	db := *s.db
	st, _, err := openExisting(db, s.fs.Output())
	if err != nil {
		return nil, exitFor(err, exitFailure), err
	}
	defer st.Close()
	if empty, err := st.IsEmpty(); err == nil && empty {
		return nil, exitUsage, fmt.Errorf("rooster %s is leeg / roster %s is empty", db, db)
	}
	h, err := st.LoadWindow(w)
	if err != nil {
		return nil, exitFor(err, exitFailure), fmt.Errorf("rooster %s lezen / read roster %s: %w", db, db, err)
	}
	return h, 0, nil
}

// writeOutput writes b to path, or to stdout for "-". A file is replaced
// atomically: a temp file next to it, fsync, rename.
func writeOutput(path string, b []byte, stdout io.Writer) error {
	if path == "-" {
		if _, err := stdout.Write(b); err != nil {
			return fmt.Errorf("schrijven mislukt / write failed: %w", err)
		}
		return nil
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".huisrooster-*")
	if err != nil {
		return fmt.Errorf("kan niet schrijven in %s / cannot write in %s: %w", dir, dir, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("schrijven mislukt / write failed: %w", err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("schrijven mislukt / write failed: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("schrijven mislukt / write failed: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("schrijven mislukt / write failed: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("kan %s niet schrijven / cannot write %s: %w", path, path, err)
	}
	return nil
}
