package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// runDemo implements "huisrooster demo --file HOUSE.json" and
// "huisrooster demo --db PATH [--force]".
func runDemo(args []string, stdout, stderr io.Writer) int {
	return errCommand(demoCommand)(args, stdout, stderr)
}

// demoCommand is runDemo returning an error (errCommand decides the exit status).
func demoCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("file", "", "schrijf het demohuis naar dit JSON-bestand / write the demo house to this JSON file")
	db := fs.String("db", "", "sla het demohuis op in dit roosterbestand / save the demo house in this roster file")
	force := fs.Bool("force", false, "vervang een bestaand rooster (--db) / replace an existing roster (--db)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if (*file == "") == (*db == "") {
		return inputErrorf("geef --file HUIS.json of --db PAD / give --file HOUSE.json or --db PATH")
	}
	if *db != "" {
		return demoDB(*db, *force, stdout)
	}
	if err := writeHouseFile(*file, demo.House(roster.Today())); err != nil {
		return exitWith(err, exitFailure)
	}
	fmt.Fprintf(stdout, "demohuis geschreven naar %s / demo house written to %s\n", *file, *file)
	return nil
}

// writeHouseFile writes h atomically: a temp file next to path, fsync, rename.
func writeHouseFile(path string, h *roster.House) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".huisrooster-*.json")
	if err != nil {
		return fmt.Errorf("kan niet schrijven in %s / cannot write in %s: %w", dir, dir, err)
	}
	defer os.Remove(tmp.Name())
	if err := roster.EncodeHouseFile(tmp, h); err != nil {
		tmp.Close()
		return err
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
