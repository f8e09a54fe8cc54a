package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/ical"
)

// icalDefaultDays is the range exported when --to is not given.
const icalDefaultDays = 8 * 7

// runICal implements "huisrooster ical": a member's own shifts as an
// iCalendar file for their personal calendar.
func runICal(args []string, stdout, stderr io.Writer) int {
	return errCommand(icalCommand)(args, stdout, stderr)
}

// icalCommand is runICal returning an error (errCommand decides the exit status).
func icalCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ical", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := addSourceFlags(fs)
	member := fs.String("member", "", "teamlid: voornaam of volledige naam / team member: first name or full name")
	wf := addWindowFlags(fs, "eerste datum JJJJ-MM-DD (standaard vandaag) / first date YYYY-MM-DD (default today)",
		"laatste datum JJJJ-MM-DD (standaard 8 weken later) / last date YYYY-MM-DD (default 8 weeks on)", false)
	out := fs.String("o", "", "ICS-bestand om te schrijven (standaard VOORNAAM.ics), - voor stdout / ICS file to write (default FIRSTNAME.ics), - for stdout")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return inputErrorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0))
	}
	if strings.TrimSpace(*member) == "" {
		return inputErrorf("geef --member NAAM / give --member NAME")
	}
	w, err := wf.window(icalWindow(roster.Today()))
	if err != nil {
		return inputError(err)
	}
	h, code, err := src.loadExport(w.From, w)
	if err != nil {
		return &exitError{err: err, fallback: code}
	}
	m, err := findMember(h, *member)
	if err != nil {
		return inputError(err)
	}
	var b bytes.Buffer
	if err := ical.Export(&b, h, m.ID, w, time.Now()); err != nil {
		return err
	}
	path := *out
	if path == "" {
		path = strings.Fields(m.Name)[0] + ".ics"
	}
	if err := writeOutput(path, b.Bytes(), stdout); err != nil {
		return err
	}
	if path != "-" {
		n := bytes.Count(b.Bytes(), []byte("BEGIN:VEVENT"))
		fmt.Fprintf(stdout, "%d diensten van %s (%s) geschreven naar %s / %d shifts of %s (%s) written to %s\n",
			n, m.Name, w, path, n, m.Name, w, path)
	}
	return nil
}

// icalWindow is the window of ical: from today and eight weeks on by
// default, at most a year.
func icalWindow(today roster.Date) windowRule {
	return windowRule{
		none:       func() roster.Window { return roster.Window{From: today, To: today + icalDefaultDays - 1} },
		toAfter:    func(from roster.Date) roster.Date { return from + icalDefaultDays - 1 },
		fromBefore: func(roster.Date) roster.Date { return today },
		maxDays:    366,
	}
}

// findMember returns the member called name: the full name or the first
// name, in any case; accents may be left out ("Zoe" finds Zoë) when that
// is not ambiguous. An unknown name and a first name that several members
// share are errors that list the choices.
func findMember(h *roster.House, name string) (*roster.Member, error) {
	for _, fold := range []func(string) string{strings.ToLower, foldName} {
		ms, err := matchMembers(h, name, fold)
		if err != nil {
			return nil, err
		}
		if len(ms) == 1 {
			return ms[0], nil
		}
	}
	names := make([]string, 0, len(h.Members))
	for _, m := range h.Members {
		names = append(names, m.Name)
	}
	list := strings.Join(names, ", ")
	return nil, fmt.Errorf("onbekend teamlid %q (team: %s) / unknown team member %q (team: %s)", name, list, name, list)
}

// matchMembers returns the member whose full name equals name after fold,
// else the members whose first name does; several of those is an error.
func matchMembers(h *roster.House, name string, fold func(string) string) ([]*roster.Member, error) {
	want := fold(strings.Join(strings.Fields(name), " "))
	var byFirst []*roster.Member
	for i := range h.Members {
		m := &h.Members[i]
		full := fold(strings.Join(strings.Fields(m.Name), " "))
		if full == want {
			return []*roster.Member{m}, nil
		}
		if f := strings.Fields(full); len(f) > 0 && f[0] == want {
			byFirst = append(byFirst, m)
		}
	}
	if len(byFirst) <= 1 {
		return byFirst, nil
	}
	names := make([]string, 0, len(byFirst))
	for _, m := range byFirst {
		names = append(names, m.Name)
	}
	list := strings.Join(names, ", ")
	return nil, fmt.Errorf("%q is niet eenduidig, bedoel je %s? geef de volledige naam / %q is ambiguous, do you mean %s? give the full name",
		name, list, name, list)
}

// foldName lowers s and drops its accents: "Zoë" becomes "zoe".
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
