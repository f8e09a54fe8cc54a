package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/publish"
)

// runPublish implements "huisrooster publish": write the calendars, the
// fridge weeks and index.html to a (synced) folder once, as the app does
// after every change; for a scheduled task.
func runPublish(args []string, stdout, stderr io.Writer) int {
	return errCommand(publishCommand)(args, stdout, stderr)
}

// publishCommand is runPublish returning an error (errCommand decides the exit status).
func publishCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("publish", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := storeFlag(fs)
	to := fs.String("to", "", "map om naar te publiceren (standaard de map uit de instellingen) / folder to publish to (default the folder of the settings)")
	lng := fs.String("lang", "", "taal van index.html: nl of en (standaard die uit de instellingen, anders nl) / language of index.html: nl or en (default the settings', else nl)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return inputErrorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0))
	}
	l, err := roster.ParseLang(*lng)
	if err != nil {
		return exitWith(err, exitUsage)
	}
	s, path, err := openExisting(*db, stderr)
	if err != nil {
		return storeError(path, err)
	}
	defer s.Close()
	cfg, err := publish.LoadConfig(s)
	if err != nil {
		return storeError(path, err)
	}
	dir := strings.TrimSpace(*to)
	if dir == "" {
		if !cfg.On || cfg.Dir == "" {
			return inputErrorf("geef --to MAP, of zet in de app Instellingen → Publiceer naar map aan / give --to FOLDER, or turn on Settings → Publish to folder in the app")
		}
		dir = cfg.Dir
	}
	if *lng == "" {
		l = roster.LangOf(cfg.Lang)
	}
	h, err := s.Load()
	if err != nil {
		return storeError(path, err)
	}
	res, err := publish.Publish(dir, h, s, roster.Today(), time.Now(), l)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "gepubliceerd naar %s: %d geschreven, %d ongewijzigd, %d verwijderd / published to %s: %d written, %d unchanged, %d removed\n",
		dir, len(res.Written), len(res.Unchanged), len(res.Removed), dir, len(res.Written), len(res.Unchanged), len(res.Removed))
	return nil
}
