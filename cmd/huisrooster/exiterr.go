package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// A command may return an error instead of an exit status (errCommand);
// the status is then decided here, once, by exitFor's table: a known kind
// of error (damaged, locked, PIN, not found, …) gets its own status, and
// otherwise the error says whether the input was at fault (inputError:
// exitUsage) or not (exitFailure).

// exitError is a command's error with the status for errors of no known
// kind (fallback), and whether it was already reported (quiet).
type exitError struct {
	err      error
	fallback int
	quiet    bool
	fixed    bool // fallback is the status, whatever the kind of err
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// inputError marks err as bad input: options, arguments, a file or value
// (exitUsage unless it is of a known kind).
func inputError(err error) error { return &exitError{err: err, fallback: exitUsage} }

// inputErrorf formats a bad-input message (Dutch / English).
func inputErrorf(format string, args ...any) error { return inputError(fmt.Errorf(format, args...)) }

// exitWith gives err the status code whatever its kind, for the places
// whose status never went by exitFor's table (a failed write is exitFailure
// even when the folder does not exist).
func exitWith(err error, code int) error { return &exitError{err: err, fallback: code, fixed: true} }

// errFindings is the answer no: check found errors (exitFindings). It is
// not printed: the command's output says it.
var errFindings = &exitError{err: errors.New("bevindingen / findings"), fallback: exitFindings, quiet: true}

// reportedError is err already shown to the user (a window of the desktop
// app and stderr): its status is exitFor's, with exitFailure for errors of
// no known kind.
func reportedError(err error) error { return &exitError{err: err, fallback: exitFailure, quiet: true} }

// errUsageShown is bad input whose usage text the command has already
// printed (exitUsage).
var errUsageShown = &exitError{err: errors.New("gebruik / usage"), fallback: exitUsage, quiet: true}

// flagError is a failed flag parse: the flag package has already printed
// it, and -h / --help is no failure (parseExit).
func flagError(err error) error {
	return &exitError{err: err, fallback: parseExit(err), quiet: true}
}

// exitCode returns the exit status for a command's error.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	fallback := exitFailure
	var e *exitError
	if errors.As(err, &e) {
		if e.fixed {
			return e.fallback
		}
		fallback = e.fallback
	}
	return exitFor(err, fallback)
}

// errCommand runs a command that returns an error: it prints the error on
// stderr (unless already reported) and returns its exit status.
func errCommand(run func(args []string, stdout, stderr io.Writer) error) func(args []string, stdout, stderr io.Writer) int {
	return func(args []string, stdout, stderr io.Writer) int {
		err := run(args, stdout, stderr)
		var e *exitError
		if err != nil && !(errors.As(err, &e) && e.quiet) {
			fmt.Fprintln(stderr, err)
		}
		return exitCode(err)
	}
}
