package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/year"
)

const summerUsage = `gebruik / usage:
  huisrooster summer open    --db PAD --year JAAR [--from JJJJ-MM-DD --to JJJJ-MM-DD] [--deadline JJJJ-MM-DD] [--max N]
  huisrooster summer wish    --db PAD --year JAAR --member NAAM --weeks 30,29,31   (weeknummers op volgorde van voorkeur)
  huisrooster summer close   --db PAD --year JAAR
  huisrooster summer propose (--db PAD|--file HUIS.json) --year JAAR [--json] [--en]
  huisrooster summer accept  --db PAD --year JAAR --by NAAM [--change "NAAM=30,31" …]`

// changes collects repeated --change flags.
type changes []string

func (c *changes) String() string     { return strings.Join(*c, "; ") }
func (c *changes) Set(s string) error { *c = append(*c, s); return nil }

// parseWeeks reads "30,29,31" as the Mondays of those ISO weeks of y.
func parseWeeks(y int, s string) ([]roster.Date, error) {
	var out []roster.Date
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		wk, err := strconv.Atoi(f)
		if err != nil || wk < 1 || wk > 53 {
			return nil, fmt.Errorf("week %q: geef weeknummers 1–53 / give week numbers 1–53", f)
		}
		mon := roster.ISOWeekStart(y, wk)
		if yy, _ := mon.ISOWeek(); yy != y {
			return nil, fmt.Errorf("%d heeft geen week %d / %d has no week %d", y, wk, y, wk)
		}
		out = append(out, mon)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("geen weken in %q / no weeks in %q", s, s)
	}
	return out, nil
}

// summerWindow is the window of "summer open": --from, and --to (by
// default --from's week); neither: the zero window, for the region's summer
// holiday (year.OpenSummer, which also bounds the round to 12 weeks).
func summerWindow() windowRule {
	return windowRule{none: func() roster.Window { return roster.Window{} },
		toAfter: func(from roster.Date) roster.Date { return from }, maxDays: 366}
}

// runSummer implements "huisrooster summer": the summer round.
func runSummer(args []string, stdout, stderr io.Writer) int {
	return errCommand(summerCommand)(args, stdout, stderr)
}

// summerCommand is runSummer returning an error (errCommand decides the exit status).
func summerCommand(args []string, stdout, stderr io.Writer) error {
	args = actionFirst(args, "open", "wish", "close", "propose", "accept")
	if len(args) == 0 {
		return inputError(errors.New(summerUsage))
	}
	action := args[0]
	switch action {
	case "open", "wish", "close", "propose", "accept":
	default:
		return inputErrorf("onbekende actie %q / unknown action %q\n%s", action, action, summerUsage)
	}
	fs := flag.NewFlagSet("summer "+action, flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := addSourceFlags(fs)
	ys := fs.String("year", "", "jaar van de ronde / year of the round")
	wf := addWindowFlags(fs, "eerste week (een dag ervan) / first week (a day of it)", "laatste week (een dag ervan) / last week (a day of it)", false)
	deadline := fs.String("deadline", "", "laatste dag voor wensen / last day for wishes")
	maxW := fs.Int("max", year.DefaultSummerWeeks, "hoogstens zoveel weken per teamlid / at most this many weeks a member")
	member := fs.String("member", "", "teamlid (naam) / team member (name)")
	weeks := fs.String("weeks", "", "weeknummers op volgorde van voorkeur / week numbers in order of preference")
	by := fs.String("by", "", "wie stelt vast (naam) / who accepts (name)")
	var change changes
	fs.Var(&change, "change", `wijzig de verdeling: "NAAM=30,31" (leeg na = geen weken) / change the distribution: "NAME=30,31" (empty after = no weeks)`)
	todayS := fs.String("today", "", "de datum van vandaag / today's date")
	asJSON := fs.Bool("json", false, "uitvoer als JSON / output as JSON")
	lng := addEnFlag(fs)
	if err := fs.Parse(args[1:]); err != nil {
		return flagError(err)
	}
	bad := inputError
	if fs.NArg() > 0 {
		return bad(fmt.Errorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0)))
	}
	y, err := parseYear(*ys)
	if err != nil {
		return bad(err)
	}
	today, err := parseToday(*todayS)
	if err != nil {
		return bad(err)
	}
	if action == "propose" {
		if src.empty() {
			return bad(fmt.Errorf("geef --db PAD, --file HUIS.json of --demo / give --db PATH, --file HOUSE.json or --demo"))
		}
		h, err := src.loadAll()
		if err != nil {
			return inputError(err)
		}
		p, err := year.ProposeSummer(h, y)
		if err != nil {
			return bad(err)
		}
		writeProposal(stdout, p, *asJSON, *lng)
		return nil
	}
	if *src.file != "" || *src.demo {
		return bad(fmt.Errorf("deze actie verandert het rooster: geef --db PAD / this action changes the roster: give --db PATH"))
	}
	s, path, err := openExisting(*src.db, stderr)
	if err != nil {
		return storeError(path, err)
	}
	defer s.Close()
	h, err := s.Load()
	if err != nil {
		return storeError(path, err)
	}
	who := "huisrooster summer " + action
	var e roster.Edit
	switch action {
	case "open":
		w, werr := wf.window(summerWindow())
		if werr != nil {
			return bad(werr)
		}
		var dl roster.Date
		if *deadline != "" {
			if dl, err = roster.ParseDate(*deadline); err != nil {
				return bad(fmt.Errorf("--deadline: %w", err))
			}
		}
		e, err = year.OpenSummer(h, y, w.From, w.To, dl, *maxW)
	case "wish":
		m, merr := findMember(h, *member)
		if merr != nil {
			return bad(merr)
		}
		ws, werr := parseWeeks(y, *weeks)
		if werr != nil {
			return bad(werr)
		}
		who = m.Name
		e, err = year.WishSummer(h, y, m.ID, ws, today)
	case "close":
		e, err = year.CloseSummer(h, y)
	case "accept":
		m, merr := findMember(h, *by)
		if merr != nil {
			return bad(merr)
		}
		who = m.Name
		p, perr := year.ProposeSummer(h, y)
		if perr != nil {
			return bad(perr)
		}
		awards, cerr := applyChanges(h, y, p.Awards, change)
		if cerr != nil {
			return bad(cerr)
		}
		e, err = year.AcceptSummer(h, y, awards, m.ID, time.Now())
	}
	if err != nil {
		return bad(err)
	}
	if err := s.Apply(e, who); err != nil {
		return storeError(path, err)
	}
	fmt.Fprintln(stdout, lng.Pick(e.NL, e.EN))
	return nil
}

// applyChanges replaces the awards of the members named in --change.
func applyChanges(h *roster.House, y int, awards []roster.SummerAward, cs changes) ([]roster.SummerAward, error) {
	out := make([]roster.SummerAward, 0, len(awards))
	out = append(out, awards...)
	for _, c := range cs {
		name, list, ok := strings.Cut(c, "=")
		if !ok {
			return nil, fmt.Errorf("--change %q: verwacht NAAM=30,31 / expected NAME=30,31", c)
		}
		m, err := findMember(h, name)
		if err != nil {
			return nil, err
		}
		var ws []roster.Date
		if strings.TrimSpace(list) != "" {
			if ws, err = parseWeeks(y, list); err != nil {
				return nil, err
			}
		}
		kept := out[:0]
		for _, a := range out {
			if a.Member != m.ID {
				kept = append(kept, a)
			}
		}
		out = kept
		if len(ws) > 0 {
			out = append(out, roster.SummerAward{Member: m.ID, Weeks: ws})
		}
	}
	return out, nil
}

// writeProposal prints the proposal: the rule, per member why, the weeks.
func writeProposal(w io.Writer, p year.SummerProposal, asJSON bool, lng roster.Lang) {
	if asJSON {
		// The text form has no error path either; a failed write shows as
		// a short output, as for the text lines below.
		_ = writeJSON(w, p)
		return
	}
	fmt.Fprintf(w, "%s %d\n%s\n\n", lng.Pick("Zomerronde", "Summer round"), p.Year, lng.Pick(p.RuleNL, p.RuleEN))
	for _, m := range p.Members {
		fmt.Fprintln(w, m.Explain(lng))
	}
	fmt.Fprintln(w)
	for _, l := range p.Weeks {
		fmt.Fprintln(w, l.Text(lng))
	}
}
