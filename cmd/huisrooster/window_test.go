package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/store"
)

// TestWindowFlags: one parser for --from/--to/--week, completed by each
// command's rule, with one bilingual message per kind of bad input.
func TestWindowFlags(t *testing.T) {
	today := roster.NewDate(2026, 11, 25) // a Wednesday
	d := func(m, day int) roster.Date {
		return roster.NewDate(2026, 11, 1) + roster.Date(day-1) + roster.Date(30*(m-11))
	}
	check := checkWindow(today)
	ical := icalWindow(today)
	leave := leaveWindow()
	for _, c := range []struct {
		name    string
		rule    windowRule
		week    bool
		args    []string
		want    roster.Window
		wantErr string
	}{
		{"check default", check, true, nil, roster.Week(today), ""},
		{"check week", check, true, []string{"--week", "2026-W49"}, roster.Window{From: d(11, 30), To: d(11, 30) + 6}, ""},
		{"check dates", check, true, []string{"--from", "2026-11-02", "--to", "2026-11-29"}, roster.Window{From: d(11, 2), To: d(11, 29)}, ""},
		{"week and dates", check, true, []string{"--week", "2026-W49", "--from", "2026-11-02"}, roster.Window{}, "kies --week of --from/--to / choose --week or --from/--to"},
		{"bad week", check, true, []string{"--week", "2026-W60"}, roster.Window{}, "--week: "},
		{"from alone", check, true, []string{"--from", "2026-11-02"}, roster.Window{}, "geef --from én --to / give both --from and --to"},
		{"bad from", check, true, []string{"--from", "2-11-2026", "--to", "2026-11-29"}, roster.Window{}, `--from: ongeldige datum "2-11-2026"`},
		{"bad to", check, true, []string{"--from", "2026-11-02", "--to", "morgen"}, roster.Window{}, `--to: ongeldige datum "morgen"`},
		{"reversed", check, true, []string{"--from", "2026-11-29", "--to", "2026-11-02"}, roster.Window{}, "--to ligt voor --from / --to is before --from"},
		{"too long", check, true, []string{"--from", "2026-01-01", "--to", "2027-06-01"}, roster.Window{}, "periode langer dan een jaar / period longer than a year"},
		{"ical default", ical, false, nil, roster.Window{From: today, To: today + 55}, ""},
		{"ical from", ical, false, []string{"--from", "2026-11-02"}, roster.Window{From: d(11, 2), To: d(11, 2) + 55}, ""},
		{"ical to", ical, false, []string{"--to", "2026-12-31"}, roster.Window{From: today, To: roster.NewDate(2026, 12, 31)}, ""},
		{"leave one day", leave, false, []string{"--from", "2026-11-02"}, roster.Window{From: d(11, 2), To: d(11, 2)}, ""},
		{"leave no from", leave, false, []string{"--to", "2026-11-02"}, roster.Window{}, "geef --from / give --from"},
		{"leave nothing", leave, false, nil, roster.Window{}, "geef --from / give --from"},
		{"plan nothing", windowRule{maxDays: 367}, false, nil, roster.Window{}, "geef --from én --to"},
	} {
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		wf := addWindowFlags(fs, "", "", c.week)
		if err := fs.Parse(c.args); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got, err := wf.window(c.rule)
		switch {
		case c.wantErr == "" && (err != nil || got != c.want):
			t.Errorf("%s: %v, %v; want %v", c.name, got, err, c.want)
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("%s: %v, %v; want the error %q", c.name, got, err, c.wantErr)
		}
	}
}

// TestExitCode: a command's error gets its status in one place: a known
// kind first, then what the command said (bad input or not).
func TestExitCode(t *testing.T) {
	for _, c := range []struct {
		err  error
		want int
	}{
		{nil, exitOK},
		{flagError(flag.ErrHelp), exitOK},
		{flagError(errors.New("flag provided but not defined: -x")), exitUsage},
		{errFindings, exitFindings},
		{inputErrorf("geef --member / give --member"), exitUsage},
		{errors.New("schijf vol / disk full"), exitFailure},
		{inputError(fmt.Errorf("open: %w", store.ErrLocked)), exitLocked},
		{fmt.Errorf("open: %w", store.ErrDamaged), exitDamaged},
		{inputError(notFoundf("weg.json niet gevonden / not found")), exitNotFound},
		{inputError(errPIN), exitPIN},
	} {
		if got := exitCode(c.err); got != c.want {
			t.Errorf("exitCode(%v) = %d, want %d", c.err, got, c.want)
		}
	}
	var out strings.Builder
	if code := errCommand(func([]string, io.Writer, io.Writer) error { return errFindings })(nil, io.Discard, &out); code != exitFindings || out.Len() != 0 {
		t.Errorf("findings: exit %d, printed %q", code, out.String())
	}
	if code := errCommand(func([]string, io.Writer, io.Writer) error { return inputErrorf("fout / wrong") })(nil, io.Discard, &out); code != exitUsage || out.String() != "fout / wrong\n" {
		t.Errorf("bad input: exit %d, printed %q", code, out.String())
	}
}
