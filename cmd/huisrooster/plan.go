package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/plan/house"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// planMaxDays is the longest window "huisrooster plan" fills at once.
const planMaxDays = 91

// planJSON is the --json output of "huisrooster plan".
type planJSON struct {
	Proposals        []planProposalJSON `json:"proposals"`
	OpenMinutes      int                `json:"openMinutes"`
	UncoveredMinutes int                `json:"uncoveredMinutes"`
	BoundMinutes     int                `json:"boundMinutes"`
	NewFindings      []findingJSON      `json:"newFindings"`
	Gaps             []findingJSON      `json:"gaps"`
	// NobodyPresent are the times under a band of the coverage profile
	// with no opvoeder at all once the proposal is accepted
	// (house.EmptySpans), NobodyMinutes their total.
	NobodyPresent []spanJSON `json:"nobodyPresent"`
	NobodyMinutes int        `json:"nobodyMinutes"`
	Seconds       float64    `json:"seconds"`
}

// spanJSON is a time span in the --json output of "huisrooster plan".
type spanJSON struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

type planProposalJSON struct {
	Member   string      `json:"member"`
	MemberID int         `json:"memberId"`
	Date     roster.Date `json:"date"`
	Shift    string      `json:"shift"`
}

// runPlan implements "huisrooster plan (--file HOUSE.json | --db DB) --from
// DATE --to DATE [--seconds N] [--seed S] [--json] [-o OUT.json] [--apply]":
// "vul aan" headless. It proposes shifts for the open cells of the window
// (none of which adds an error or warning of the engine, apart from the soft
// ones it lists as new findings), prints them with the uncovered time and the
// proven bound, writes the house file with the proposal applied (-o, with
// --file) or stores it in the database as one audited, undoable edit
// (--apply, with --db). Exit status 2 on bad input.
func runPlan(args []string, stdout, stderr io.Writer) int {
	return errCommand(planCommand)(args, stdout, stderr)
}

// planCommand is runPlan returning an error (errCommand decides the exit status).
func planCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("plan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("file", "", "huisbestand (JSON) / house file (JSON)")
	db := fs.String("db", "", "roosterbestand (bbolt) / roster database (bbolt)")
	wf := addWindowFlags(fs, "", "", false)
	seconds := fs.Float64("seconds", 10, "rekentijd in seconden / time limit in seconds")
	seed := fs.Uint64("seed", 1, "startwaarde van de zoektocht / search seed")
	asJSON := fs.Bool("json", false, "uitvoer als JSON / output as JSON")
	out := fs.String("o", "", "schrijf het huisbestand met het voorstel (met --file) / write the house file with the proposal (with --file)")
	apply := fs.Bool("apply", false, "sla het voorstel op in het rooster (met --db) / store the proposal in the roster (with --db)")
	who := fs.String("who", defaultWho(), "wie het voorstel overneemt (voor het logboek) / who accepts the proposal (for the log)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Gebruik / usage: huisrooster plan (--file HUIS.json | --db PAD) --from DATUM --to DATUM [--seconds N] [--seed S] [--json] [-o UIT.json] [--apply]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	w, err := planArgs(fs, *file, *db, wf, *seconds, *out, *apply)
	if err != nil {
		return inputError(err)
	}
	var h *roster.House
	if *file != "" {
		h, err = loadHouse(*file, false)
	} else {
		h, err = loadHouseFrom(*db, "", false, stderr)
	}
	if err != nil {
		return inputError(err)
	}
	opts := plan.Options{Seed: *seed, TimeLimit: time.Duration(*seconds * float64(time.Second))}
	res, err := house.Propose(context.Background(), h, w, opts, nil)
	if err != nil {
		return inputError(err)
	}
	if *asJSON {
		if err := writePlanJSON(stdout, h, w, res); err != nil {
			return exitWith(err, exitFailure)
		}
	} else {
		writePlanText(stdout, h, w, res)
	}
	switch {
	case *out != "":
		return planWriteFile(h, res, *out, stdout, stderr, *asJSON)
	case *apply:
		return planApply(*db, h, res, *who, stdout, stderr, *asJSON)
	}
	return nil
}

// planArgs checks the flags of plan and returns the window.
func planArgs(fs *flag.FlagSet, file, db string, wf windowFlags, seconds float64, out string, apply bool) (roster.Window, error) {
	switch {
	case fs.NArg() > 0:
		return roster.Window{}, fmt.Errorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0))
	case (file == "") == (db == ""):
		return roster.Window{}, errors.New("geef --file HUIS.json of --db PAD (één van beide) / give --file HOUSE.json or --db PATH (one of them)")
	case seconds <= 0 || seconds > 3600:
		return roster.Window{}, errors.New("--seconds moet tussen 0 en 3600 liggen / --seconds must lie between 0 and 3600")
	case out != "" && file == "":
		return roster.Window{}, errors.New("-o schrijft een huisbestand en hoort bij --file; gebruik --apply met --db / -o writes a house file and goes with --file; use --apply with --db")
	case apply && db == "":
		return roster.Window{}, errors.New("--apply slaat op in een rooster en hoort bij --db; gebruik -o met --file / --apply stores into a roster and goes with --db; use -o with --file")
	}
	w, err := wf.window(windowRule{maxDays: 367})
	if err != nil {
		return roster.Window{}, err
	}
	if w.Days() > planMaxDays {
		return roster.Window{}, fmt.Errorf("vul aan plant hoogstens %d dagen tegelijk / fill in plans at most %d days at once", planMaxDays, planMaxDays)
	}
	return w, nil
}

// writePlanText prints the proposal as a table and the figures under it.
func writePlanText(w io.Writer, h *roster.House, win roster.Window, res house.Result) {
	fmt.Fprintf(w, "%s — vul aan / fill in %s\n", h.Name, win)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATUM/DATE\tWIE/WHO\tDIENST/SHIFT")
	for _, a := range res.Proposals {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", a.Date, coverName(h, a.Member), a.Shift)
	}
	tw.Flush()
	hrs := func(m int) string { return fmt.Sprintf("%.1f", float64(m)/60) }
	fmt.Fprintf(w, "%d diensten voorgesteld / %d shifts proposed\n", len(res.Proposals), len(res.Proposals))
	fmt.Fprintf(w, "open uren / open hours: %s → %s\n", hrs(res.OpenMinutes), hrs(res.UncoveredMinutes))
	if res.BoundMinutes > 0 {
		x, y := hrs(res.OpenMinutes-res.BoundMinutes), hrs(res.OpenMinutes)
		fmt.Fprintf(w, "geen rooster binnen de regels dekt meer dan %s van de %s open uren / no roster within the rules covers more than %s of the %s open hours\n", x, y, x, y)
	}
	for _, g := range res.Gaps {
		fmt.Fprintf(w, "  open: %s / %s\n", g.NL, g.EN)
	}
	for _, sp := range house.EmptySpans(planWith(h, res), win) {
		fmt.Fprintf(w, "  niemand aanwezig / nobody present: %s / %s\n", sp.Text(roster.Dutch), sp.Text(roster.English))
	}
	for _, f := range res.Soft {
		fmt.Fprintf(w, "  bewust / on purpose: %s / %s\n", f.NL, f.EN)
	}
	fmt.Fprintf(w, "%.1f s\n", res.Seconds)
}

// planWith returns a shallow copy of h with the whole proposal accepted.
func planWith(h *roster.House, res house.Result) *roster.House {
	with := *h
	with.Plan.Assignments = append(append([]roster.Assignment(nil), h.Plan.Assignments...), res.Proposals...)
	return &with
}

// writePlanJSON prints the proposal as JSON.
func writePlanJSON(w io.Writer, h *roster.House, win roster.Window, res house.Result) error {
	out := planJSON{Proposals: []planProposalJSON{}, OpenMinutes: res.OpenMinutes, UncoveredMinutes: res.UncoveredMinutes,
		BoundMinutes: res.BoundMinutes, NewFindings: planFindings(h, res.Soft), Gaps: planFindings(h, res.Gaps),
		NobodyPresent: []spanJSON{}, Seconds: res.Seconds}
	for _, sp := range house.EmptySpans(planWith(h, res), win) {
		out.NobodyPresent = append(out.NobodyPresent, spanJSON{Start: sp.Start.In(roster.Amsterdam).Format("2006-01-02T15:04:05-07:00"),
			End: sp.End.In(roster.Amsterdam).Format("2006-01-02T15:04:05-07:00")})
		out.NobodyMinutes += sp.Minutes()
	}
	for _, a := range res.Proposals {
		out.Proposals = append(out.Proposals, planProposalJSON{Member: coverName(h, a.Member), MemberID: a.Member, Date: a.Date, Shift: a.Shift})
	}
	return writeJSON(w, out)
}

// planFindings converts findings to their JSON form.
func planFindings(h *roster.House, fs []rules.Finding) []findingJSON {
	out := make([]findingJSON, 0, len(fs))
	for _, f := range fs {
		names := []string{}
		for _, id := range f.Members {
			names = append(names, coverName(h, id))
		}
		out = append(out, findingJSON{Rule: f.Rule, Severity: f.Severity.String(),
			Start:   f.Start.In(roster.Amsterdam).Format("2006-01-02T15:04:05-07:00"),
			End:     f.End.In(roster.Amsterdam).Format("2006-01-02T15:04:05-07:00"),
			Members: names, Message: f.NL, English: f.EN})
	}
	return out
}

// planWriteFile writes h with the proposal applied to path, via a
// temporary file so that a failure leaves no half-written file.
func planWriteFile(h *roster.House, res house.Result, path string, stdout, stderr io.Writer, quiet bool) error {
	e, n := house.AcceptEdit(h, res.Proposals)
	if err := h.Apply(e); err != nil {
		return exitWith(fmt.Errorf("voorstel toepassen / applying the proposal: %v", err), exitFailure)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".huisrooster-plan-*.json")
	if err != nil {
		return exitWith(fmt.Errorf("kan %s niet schrijven / cannot write %s: %v", path, path, err), exitFailure)
	}
	defer os.Remove(tmp.Name())
	if err := roster.EncodeHouseFile(tmp, h); err != nil {
		tmp.Close()
		return exitWith(fmt.Errorf("kan %s niet schrijven / cannot write %s: %v", path, path, err), exitFailure)
	}
	if err := tmp.Close(); err != nil {
		return exitWith(fmt.Errorf("kan %s niet schrijven / cannot write %s: %v", path, path, err), exitFailure)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return exitWith(fmt.Errorf("kan %s niet schrijven / cannot write %s: %v", path, path, err), exitFailure)
	}
	if !quiet {
		fmt.Fprintf(stdout, "%d diensten geschreven naar %s / %d shifts written to %s\n", n, path, n, path)
	}
	return nil
}

// planApply stores the proposal in the roster at db as one audited,
// undoable edit.
func planApply(db string, h *roster.House, res house.Result, who string, stdout, stderr io.Writer, quiet bool) error {
	s, path, err := openExisting(db, stderr)
	if err != nil {
		return storeError(path, err)
	}
	defer s.Close()
	// The roster may have changed while the planner searched: accept only
	// onto cells that are still empty now.
	now, err := s.Load()
	if err != nil {
		return storeError(path, err)
	}
	e, n := house.AcceptEdit(now, res.Proposals)
	if n == 0 {
		if !quiet {
			fmt.Fprintln(stdout, "niets op te slaan / nothing to store")
		}
		return nil
	}
	if err := s.Apply(e, who); err != nil {
		return storeError(path, err)
	}
	if !quiet {
		fmt.Fprintf(stdout, "%d diensten opgeslagen in %s (ongedaan te maken) / %d shifts stored in %s (undoable)\n", n, path, n, path)
	}
	return nil
}
