package store

import (
	"errors"
	"fmt"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
)

// ErrLocked is returned by Open when another process (another window of the
// app) holds the roster open. The app should tell the user and exit cleanly.
var ErrLocked = errors.New("het rooster is al geopend (in een ander venster); sluit dat eerst / " +
	"the roster is already open (in another window); close it first")

// ErrNewerSchema is returned by Open for a file written by a newer version of
// Huisrooster. The file is left untouched.
var ErrNewerSchema = errors.New("dit roosterbestand komt uit een nieuwere versie van Huisrooster; werk de app bij / " +
	"this roster file was written by a newer version of Huisrooster; update the app")

// ErrDamaged is returned by Open, Restore and the backup functions for a file
// that is not a roster database or fails the integrity check: truncated,
// overwritten or otherwise damaged. Offer the newest good backup
// (NewestGoodBackup).
var ErrDamaged = errors.New("het roosterbestand is beschadigd / the roster file is damaged")

// ErrInvalid is wrapped by an *InvalidError: an import or an edit was refused
// because the data breaks a rule; nothing was saved.
var ErrInvalid = errors.New("ongeldige gegevens, niets opgeslagen / invalid data, nothing saved")

// ErrNoBackup is returned when there is no good backup to restore.
var ErrNoBackup = errors.New("geen bruikbare reservekopie gevonden / no usable backup found")

// problemf builds a problem of field; the format and args serve both
// languages.
func problemf(field, nl, en string, args ...any) roster.Problem {
	return roster.Problem{Field: field, NL: fmt.Sprintf(nl, args...), EN: fmt.Sprintf(en, args...)}
}

// InvalidError lists every problem found in refused data. It matches
// ErrInvalid with errors.Is.
type InvalidError struct {
	Problems []roster.Problem
}

// Error lists the problems, one a line.
func (e *InvalidError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d probleem/problemen gevonden, niets opgeslagen / %d problem(s) found, nothing saved:",
		len(e.Problems), len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  - ")
		if p.Field != "" {
			b.WriteString(p.Field + ": ")
		}
		b.WriteString(p.NL)
		if p.EN != p.NL {
			b.WriteString(" / " + p.EN)
		}
	}
	return b.String()
}

// Is makes errors.Is(err, ErrInvalid) true.
func (e *InvalidError) Is(target error) bool { return target == ErrInvalid }

// damaged wraps a cause into an error that matches ErrDamaged.
func damaged(path string, cause error) error {
	return &damagedError{path: path, cause: cause}
}

type damagedError struct {
	path  string
	cause error
}

func (e *damagedError) Error() string {
	return fmt.Sprintf("%v: %s: %v", ErrDamaged, e.path, e.cause)
}

func (e *damagedError) Is(target error) bool { return target == ErrDamaged }
func (e *damagedError) Unwrap() error        { return e.cause }
