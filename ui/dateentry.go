package ui

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/huisrooster/huisrooster/roster"
)

// newDateEntry returns the app's one date field: it shows d as
// "08-03-2027", reads what roster.ParseDateEntry reads (a day and month
// alone in year) and marks text that is not a date.
func newDateEntry(d roster.Date, year int) *DialogEntry {
	e := newEntry()
	e.SetPlaceHolder(lang.X("date.placeholder", "dd-mm-yyyy"))
	if d != 0 {
		e.SetText(dateEntryText(d))
	}
	e.Validator = func(s string) error {
		_, err := parseDateText(s, year)
		return err
	}
	return e
}

// dateEntryText formats d for a date field: "23-11-2026".
func dateEntryText(d roster.Date) string { return roster.FormatDateEntry(d) }

// parseDateText reads a date field; a day and month alone are in year (0:
// the year must be typed). The error is in the UI language.
func parseDateText(s string, year int) (roster.Date, error) {
	d, err := roster.ParseDateEntry(s, year)
	if err != nil {
		return 0, errors.New(fmt.Sprintf(lang.X("date.bad", "%q is not a date (dd-mm-yyyy, e.g. 07-12-2026)"), s))
	}
	return d, nil
}

// parseDateField reads a date field named what ("Tot en met").
func parseDateField(s, what string) (roster.Date, error) {
	d, err := roster.ParseDateEntry(s, 0)
	if err != nil {
		return 0, fmt.Errorf(lang.X("set.baddate", "%s: %q is not a date (23-11-2026)"), what, s)
	}
	return d, nil
}
