package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/huisrooster/huisrooster/store"
)

// storeError is err for the roster at path, with the way out for the known
// cases (damaged: the newest good backup; locked: close the other window)
// on the lines after it; its exit status is exitFor's (exitFailure for no
// known kind). It is storeFailure for commands that return an error.
func storeError(path string, err error) error {
	advice := ""
	switch {
	case errors.Is(err, store.ErrDamaged):
		if b, berr := store.NewestGoodBackup(path); berr == nil {
			advice = fmt.Sprintf("Zet de nieuwste goede reservekopie terug / restore the newest good backup (%s):\n  huisrooster restore --db %s",
				filepath.Base(b), path)
		} else {
			advice = "Er is geen goede reservekopie / there is no good backup."
		}
	case errors.Is(err, store.ErrLocked):
		advice = "Sluit Huisrooster in het andere venster en probeer opnieuw / close Huisrooster in the other window and try again."
	}
	if advice != "" {
		err = &adviceError{err: err, advice: advice}
	}
	return &exitError{err: err, fallback: exitFailure}
}

// adviceError is err followed by advice on the next line(s).
type adviceError struct {
	err    error
	advice string
}

func (e *adviceError) Error() string { return e.err.Error() + "\n" + e.advice }
func (e *adviceError) Unwrap() error { return e.err }
