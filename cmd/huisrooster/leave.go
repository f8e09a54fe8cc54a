package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/year"
)

const leaveUsage = `gebruik / usage:
  huisrooster leave request  --db PAD --member NAAM --from JJJJ-MM-DD --to JJJJ-MM-DD [--hours U] [--kind verlof|bijzonder|opleiding] [--note TEKST]
  huisrooster leave agree    --db PAD --id N --by NAAM
  huisrooster leave note     --db PAD --id N --by NAAM --text TEKST
  huisrooster leave override --db PAD --id N --by TEAMLEIDER (--agree|--refuse) --reason TEKST
  huisrooster leave withdraw --db PAD --id N --by NAAM
  huisrooster leave list     (--db PAD|--file HUIS.json|--demo) [--year JAAR] [--json] [--en]`

// runLeave implements "huisrooster leave": leave requests agreed in the team.
func runLeave(args []string, stdout, stderr io.Writer) int {
	return errCommand(leaveCommand)(args, stdout, stderr)
}

// leaveCommand is runLeave returning an error (errCommand decides the exit status).
func leaveCommand(args []string, stdout, stderr io.Writer) error {
	args = actionFirst(args, "list", "request", "agree", "note", "override", "withdraw")
	if len(args) == 0 {
		return inputError(errors.New(leaveUsage))
	}
	switch args[0] {
	case "list":
		return leaveList(args[1:], stdout, stderr)
	case "request", "agree", "note", "override", "withdraw":
		return leaveChange(args[0], args[1:], stdout, stderr)
	}
	return inputErrorf("onbekende actie %q / unknown action %q\n%s", args[0], args[0], leaveUsage)
}

// leaveWindow is the window of a leave request: --from, and --to (by
// default --from); at most a year.
func leaveWindow() windowRule {
	return windowRule{toAfter: func(from roster.Date) roster.Date { return from }, maxDays: 366}
}

// runLeaveChange asks, agrees, notes, overrides or withdraws a request in a
// roster database; the change is saved with an audit record naming who.
func leaveChange(action string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("leave "+action, flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := storeFlag(fs)
	member := fs.String("member", "", "wie vraagt verlof (naam) / who asks for leave (name)")
	by := fs.String("by", "", "wie doet dit (naam) / who does this (name)")
	id := fs.Int("id", 0, "nummer van de aanvraag / number of the request")
	wf := addWindowFlags(fs, "eerste dag JJJJ-MM-DD / first day YYYY-MM-DD", "laatste dag JJJJ-MM-DD (standaard --from) / last day YYYY-MM-DD (default --from)", false)
	hrs := fs.Float64("hours", 0, "uren per dag (standaard hele dagen) / hours a day (default whole days)")
	kind := fs.String("kind", "verlof", "verlof, bijzonder of opleiding / verlof, bijzonder or opleiding")
	note := fs.String("note", "", "toelichting / note")
	text := fs.String("text", "", "notitie / note text")
	agree := fs.Bool("agree", false, "teamleider: toch akkoord / teamleider: agree after all")
	refuse := fs.Bool("refuse", false, "teamleider: afwijzen / teamleider: refuse")
	reason := fs.String("reason", "", "reden van het overrulen / reason of the override")
	lng := addEnFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return inputErrorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0))
	}
	if action != "request" && *id <= 0 {
		return inputErrorf("geef --id N / give --id N")
	}
	if action == "override" && *agree == *refuse {
		return inputErrorf("geef --agree of --refuse / give --agree or --refuse")
	}
	who := *by
	if action == "request" {
		who = *member
	}
	if strings.TrimSpace(who) == "" {
		if action == "request" {
			return inputErrorf("geef --member NAAM / give --member NAME")
		}
		return inputErrorf("geef --by NAAM / give --by NAME")
	}
	var ask year.Ask
	if action == "request" {
		w, err := wf.window(leaveWindow())
		if err != nil {
			return inputError(err)
		}
		ask = year.Ask{From: w.From, To: w.To, HoursPerDay: *hrs, Kind: roster.AbsenceKind(*kind), Note: *note}
	}
	s, path, err := openExisting(*db, stderr)
	if err != nil {
		return storeError(path, err)
	}
	defer s.Close()
	h, err := s.Load()
	if err != nil {
		return storeError(path, err)
	}
	m, err := findMember(h, who)
	if err != nil {
		return inputError(err)
	}
	now := time.Now()
	var e roster.Edit
	var req roster.LeaveRequest
	switch action {
	case "request":
		ask.Member = m.ID
		e, req, err = year.AskLeave(h, ask, now)
	case "agree":
		e, err = year.AgreeLeave(h, *id, m.ID, now)
	case "note":
		e, err = year.NoteLeave(h, *id, m.ID, *text, now)
	case "override":
		e, err = year.OverrideLeave(h, *id, m.ID, *agree, *reason, now)
	case "withdraw":
		e, err = year.WithdrawLeave(h, *id, m.ID, now)
	}
	if err != nil {
		return inputError(err)
	}
	if err := s.Apply(e, m.Name); err != nil {
		return storeError(path, err)
	}
	fmt.Fprintln(stdout, lng.Pick(e.NL, e.EN))
	if action == "request" {
		if err := h.Apply(e); err == nil {
			fmt.Fprintf(stdout, "%s %d\n", lng.Pick("aanvraag", "request"), req.ID)
			writeImpact(stdout, h, year.ImpactOf(h, h.Year.Request(req.ID)), *lng)
		}
	}
	return nil
}

// writeImpact prints what a request does to its weeks and which requests
// of colleagues overlap.
func writeImpact(w io.Writer, h *roster.House, imp year.Impact, lng roster.Lang) {
	fmt.Fprintf(w, "%s: %s %s\n", lng.Pick("telt", "counts"), num(imp.Hours, lng), lng.Pick("u", "h"))
	for _, we := range imp.Weeks {
		fmt.Fprintf(w, "  %s → %s\n", we.Before.Text(lng), we.After.Status.Label(lng))
		if we.After.Status == year.Short {
			fmt.Fprintf(w, "    %s\n", we.After.Text(lng))
		}
	}
	for _, o := range imp.Overlaps {
		name := fmt.Sprintf("#%d", o.Member)
		if m := h.Member(o.Member); m != nil {
			name = m.Name
		}
		fmt.Fprintf(w, "  %s %d: %s %s–%s (%s)\n", lng.Pick("overlapt met aanvraag", "overlaps request"), o.ID, name, o.From, o.To, year.StatusLabel(o.Status, lng))
	}
}

// leaveListJSON is one request of "huisrooster leave list --json".
type leaveListJSON struct {
	roster.LeaveRequest
	Name   string      `json:"name"`
	Hours  float64     `json:"hours"`
	Impact year.Impact `json:"impact"`
}

// runLeaveList lists the leave requests of a year with their state, who
// agreed and what each does to its weeks.
func leaveList(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("leave list", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := addSourceFlags(fs)
	ys := fs.String("year", "", "alleen dit jaar / only this year")
	asJSON := fs.Bool("json", false, "uitvoer als JSON / output as JSON")
	lng := addEnFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return inputErrorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0))
	}
	if src.empty() {
		return inputErrorf("geef --db PAD, --file HUIS.json of --demo / give --db PATH, --file HOUSE.json or --demo")
	}
	var w roster.Window
	if *ys != "" {
		y, err := parseYear(*ys)
		if err != nil {
			return inputError(err)
		}
		w = roster.Window{From: roster.NewDate(y, 1, 1), To: roster.NewDate(y, 12, 31)}
	}
	h, err := src.loadAll()
	if err != nil {
		return inputError(err)
	}
	list := []leaveListJSON{}
	for _, r := range year.Requests(h, w) {
		name := ""
		if m := h.Member(r.Member); m != nil {
			name = m.Name
		}
		list = append(list, leaveListJSON{LeaveRequest: r, Name: name, Hours: year.RequestHours(h, &r), Impact: year.ImpactOf(h, &r)})
	}
	if *asJSON {
		if err := writeJSON(stdout, list); err != nil {
			return exitWith(err, exitFailure)
		}
		return nil
	}
	if len(list) == 0 {
		fmt.Fprintln(stdout, lng.Pick("geen verlofaanvragen", "no leave requests"))
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, lng.Pick("nr\tteamlid\tvan\ttot en met\turen\tsoort\tstatus\tafgesproken door\tweken", "no\tmember\tfrom\tto\thours\tkind\tstatus\tagreed by\tweeks"))
	for _, r := range list {
		var agreed []string
		for _, a := range r.Agreed {
			if m := h.Member(a.By); m != nil {
				agreed = append(agreed, m.Name)
			}
		}
		if r.Override != nil {
			agreed = append(agreed, lng.Pick("teamleider: ", "teamleider: ")+r.Override.Text)
		}
		var weeks []string
		for _, we := range r.Impact.Weeks {
			weeks = append(weeks, strconv.Itoa(we.After.ISOWeek)+" "+we.After.Status.Label(*lng))
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name, r.From, r.To, num(r.Hours, *lng), r.Kind,
			year.StatusLabel(r.Status, *lng), strings.Join(agreed, ", "), strings.Join(weeks, "; "))
	}
	tw.Flush()
	return nil
}
