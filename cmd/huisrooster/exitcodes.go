package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/store"
)

// The exit statuses of every command: one table, in the README (nl and en)
// and tested over every command (exitcodes_test.go).
const (
	exitOK       = 0 // done; also -h / --help
	exitFindings = 1 // the answer is no: check found errors, cover found nobody
	exitUsage    = 2 // bad input: options, arguments, an invalid file or value
	exitNotFound = 3 // the roster file, a backup or an input file does not exist
	exitDamaged  = 4 // the roster file is damaged (restore the newest good backup)
	exitLocked   = 5 // the roster is open in another window or process
	exitNewer    = 6 // the roster file is of a newer Huisrooster
	exitReadOnly = 7 // the roster file cannot be written
	exitPIN      = 8 // the teamleider's PIN is needed, or wrong
	exitFailure  = 9 // anything else went wrong (disk full, cannot write output)
)

// exitCodes lists the table for the usage text and the README test: code,
// Dutch, English.
var exitCodes = []struct {
	code   int
	nl, en string
}{
	{exitOK, "gelukt (ook -h)", "done (also -h)"},
	{exitFindings, "bevindingen: check vond fouten, cover vond niemand", "findings: check found errors, cover found nobody"},
	{exitUsage, "foute invoer: opties, argumenten, ongeldig bestand", "bad input: options, arguments, invalid file"},
	{exitNotFound, "niet gevonden: roosterbestand, reservekopie of invoerbestand", "not found: roster file, backup or input file"},
	{exitDamaged, "roosterbestand beschadigd", "roster file damaged"},
	{exitLocked, "rooster al geopend (ander venster)", "roster already open (another window)"},
	{exitNewer, "roosterbestand van een nieuwere versie", "roster file of a newer version"},
	{exitReadOnly, "roosterbestand alleen-lezen", "roster file read-only"},
	{exitPIN, "pincode van de teamleider nodig of onjuist", "teamleider's PIN needed or wrong"},
	{exitFailure, "andere fout (schijf vol, kan niet schrijven)", "other failure (disk full, cannot write)"},
}

// errNotFound marks a roster file, backup or input file that does not
// exist.
var errNotFound = errors.New("niet gevonden / not found")

// notFoundError is a message that matches errNotFound.
type notFoundError struct{ msg string }

func (e *notFoundError) Error() string        { return e.msg }
func (e *notFoundError) Is(target error) bool { return target == errNotFound }

// notFoundf formats a message (Dutch / English) that matches errNotFound.
func notFoundf(format string, args ...any) error {
	return &notFoundError{msg: fmt.Sprintf(format, args...)}
}

// openError words a file that cannot be opened: one that does not exist
// (matching errNotFound) or may not be read, without Go's own message.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return notFoundf("bestand %s bestaat niet / file %s does not exist", path, path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("geen toestemming om %s te lezen / no permission to read %s", path, path)
	}
	return fmt.Errorf("kan %s niet openen / cannot open %s: %w", path, path, err)
}

// errPIN marks a refusal for want of the right PIN.
var errPIN = errors.New("pincode nodig of onjuist / PIN needed or wrong")

// pinError is a message that matches errPIN.
type pinError struct{ msg string }

func (e *pinError) Error() string        { return e.msg }
func (e *pinError) Is(target error) bool { return target == errPIN }

// pinErrorf formats a message (Dutch / English) that matches errPIN.
func pinErrorf(format string, args ...any) error {
	return &pinError{msg: fmt.Sprintf(format, args...)}
}

// exitFor returns the exit status for err; errors of no known kind get
// fallback (exitUsage where the input was at fault, exitFailure otherwise).
func exitFor(err error, fallback int) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, store.ErrDamaged):
		return exitDamaged
	case errors.Is(err, store.ErrLocked):
		return exitLocked
	case errors.Is(err, store.ErrNewerSchema):
		return exitNewer
	case errors.Is(err, store.ErrReadOnly):
		return exitReadOnly
	case errors.Is(err, errPIN), errors.Is(err, roster.ErrWrongPIN), errors.Is(err, roster.ErrWrongRecovery),
		errors.Is(err, roster.ErrNoPIN), errors.Is(err, roster.ErrNotTeamleider), errors.Is(err, roster.ErrPINSet):
		return exitPIN
	case errors.Is(err, errNotFound), errors.Is(err, fs.ErrNotExist), errors.Is(err, store.ErrNoBackup):
		return exitNotFound
	case errors.Is(err, store.ErrInvalid):
		return exitUsage
	}
	return fallback
}

// parseExit is the exit status of a failed flag parse: 0 for -h / --help
// (the options were shown as asked), 2 for bad options.
func parseExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}
