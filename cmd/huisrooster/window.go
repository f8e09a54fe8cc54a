package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// windowFlags are a command's --from and --to options and, for the commands
// that take one, --week: one parser with one set of messages for the dates a
// command works on. Each command says how a window is completed and how
// long it may be (windowRule).
type windowFlags struct {
	from, to, week *string
}

// addWindowFlags defines --from and --to on fs, with what the command does
// without them in the help texts (fromDefault, toDefault: "" for nothing);
// withWeek adds --week.
func addWindowFlags(fs *flag.FlagSet, fromDefault, toDefault string, withWeek bool) windowFlags {
	help := func(nl, en, def string) string {
		if def == "" {
			return nl + " / " + en
		}
		return def
	}
	f := windowFlags{
		from: fs.String("from", "", help("eerste datum JJJJ-MM-DD", "first date YYYY-MM-DD", fromDefault)),
		to:   fs.String("to", "", help("laatste datum JJJJ-MM-DD", "last date YYYY-MM-DD", toDefault)),
	}
	if withWeek {
		f.week = fs.String("week", "", "ISO-week, bv. 2026-W48 / ISO week, e.g. 2026-W48")
	}
	return f
}

// windowRule is how a command completes and bounds the window of its flags.
type windowRule struct {
	// none is the window without --from, --to and --week; nil: --from and
	// --to are required.
	none func() roster.Window
	// toAfter is the last date with --from alone; nil: --to must come with
	// --from.
	toAfter func(from roster.Date) roster.Date
	// fromBefore is the first date with --to alone; nil: --from must come
	// with --to.
	fromBefore func(to roster.Date) roster.Date
	// maxDays is the longest window (checkRange).
	maxDays int
}

// Errors of the window flags: bilingual, and all bad input (exitUsage).
var (
	errWeekAndDates = errors.New("kies --week of --from/--to / choose --week or --from/--to")
	errBothDates    = errors.New("geef --from én --to / give both --from and --to")
	errFromDate     = errors.New("geef --from / give --from")
)

// given reports whether any of the flags was given.
func (f windowFlags) given() bool {
	return *f.from != "" || *f.to != "" || (f.week != nil && *f.week != "")
}

// window returns the window the flags give, completed by r: --week is that
// ISO week; --from and --to the dates (a missing one as r says); neither, r's
// default. A bad date, a window that ends before it starts or one longer
// than r allows is refused with a Dutch and English message naming the flag.
func (f windowFlags) window(r windowRule) (roster.Window, error) {
	if f.week != nil && *f.week != "" {
		if *f.from != "" || *f.to != "" {
			return roster.Window{}, errWeekAndDates
		}
		mon, err := roster.ParseISOWeek(*f.week)
		if err != nil {
			return roster.Window{}, fmt.Errorf("--week: %w", err)
		}
		return roster.Window{From: mon, To: mon + 6}, nil
	}
	var w roster.Window
	switch {
	case *f.from == "" && *f.to == "" && r.none != nil:
		return r.none(), nil
	case *f.from == "" && r.fromBefore == nil && r.toAfter != nil:
		return roster.Window{}, errFromDate
	case *f.from == "" && r.fromBefore == nil, *f.to == "" && r.toAfter == nil:
		return roster.Window{}, errBothDates
	}
	var err error
	if *f.from != "" {
		if w.From, err = roster.ParseDate(*f.from); err != nil {
			return roster.Window{}, fmt.Errorf("--from: %w", err)
		}
	}
	if *f.to != "" {
		if w.To, err = roster.ParseDate(*f.to); err != nil {
			return roster.Window{}, fmt.Errorf("--to: %w", err)
		}
	}
	if *f.from == "" {
		w.From = r.fromBefore(w.To)
	}
	if *f.to == "" {
		w.To = r.toAfter(w.From)
	}
	return w, checkRange(w, r.maxDays)
}
