package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// runCover implements "huisrooster cover": who can take a member's shift on a
// date. Without --shift every shift of the member that day is a vacancy;
// without --member, --shift names an open shift to fill. Exit status: 0 when
// every vacancy has a candidate or a split, 1 when one has neither, 2 on bad
// input.
func runCover(args []string, stdout, stderr io.Writer) int {
	return errCommand(coverCommand)(args, stdout, stderr)
}

// coverCommand is runCover returning an error (errCommand decides the exit status).
func coverCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cover", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := addSourceFlags(fs)
	member := fs.String("member", "", "wie is uitgevallen (naam, voorletters of begin van de naam) / who dropped out (name, initials or start of the name)")
	date := fs.String("date", "", "datum JJJJ-MM-DD, vandaag of morgen / date YYYY-MM-DD, today or tomorrow")
	shift := fs.String("shift", "", "dienstcode (bv. V) / shift code (e.g. V)")
	asJSON := fs.Bool("json", false, "uitvoer als JSON / output as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Gebruik / usage: huisrooster cover (--db PAD | --file HUIS.json | --demo) --member NAAM --date DATUM [--shift CODE] [--json]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return inputErrorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0))
	}
	h, err := src.loadAll()
	if err != nil {
		return inputError(err)
	}
	vs, err := coverVacancies(h, *member, *date, *shift, roster.Today())
	if err != nil {
		return inputError(err)
	}
	results := make([]team.CoverResult, 0, len(vs))
	for _, v := range vs {
		res, err := team.FindCover(h, v)
		if err != nil {
			return inputError(err)
		}
		results = append(results, res)
	}
	if *asJSON {
		if err := writeCoverJSON(stdout, h, results); err != nil {
			return exitWith(err, exitFailure)
		}
	} else {
		writeCoverText(stdout, h, results)
	}
	for _, r := range results {
		if len(r.Candidates) == 0 && len(r.Splits) == 0 {
			return errFindings
		}
	}
	return nil
}

// coverDate parses a date, "vandaag"/"today" or "morgen"/"tomorrow".
func coverDate(s string, today roster.Date) (roster.Date, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return 0, errors.New("geef --date JJJJ-MM-DD / give --date YYYY-MM-DD")
	case "vandaag", "today":
		return today, nil
	case "morgen", "tomorrow":
		return today + 1, nil
	}
	return roster.ParseDate(s)
}

// coverMember returns the member named s: an exact name or initials (any
// case), else the only member whose name starts with s.
func coverMember(h *roster.House, s string) (*roster.Member, error) {
	want := strings.ToLower(strings.TrimSpace(s))
	var prefix []*roster.Member
	for i := range h.Members {
		m := &h.Members[i]
		name := strings.ToLower(m.Name)
		if name == want || (m.Initials != "" && strings.ToLower(m.Initials) == want) {
			return m, nil
		}
		if want != "" && strings.HasPrefix(name, want) {
			prefix = append(prefix, m)
		}
	}
	if len(prefix) == 1 {
		return prefix[0], nil
	}
	names := make([]string, 0, len(h.Members))
	for _, m := range h.Members {
		names = append(names, m.Name)
	}
	if len(prefix) > 1 {
		var amb []string
		for _, m := range prefix {
			amb = append(amb, m.Name)
		}
		return nil, fmt.Errorf("%q is niet eenduidig: %s / %q is ambiguous: %s", s, strings.Join(amb, ", "), s, strings.Join(amb, ", "))
	}
	list := strings.Join(names, ", ")
	return nil, fmt.Errorf("onbekend teamlid %q (team: %s) / unknown member %q (team: %s)", s, list, s, list)
}

// coverVacancies turns the flags into vacancies: the member's shifts on the
// date (only those of code when given), or an open shift of code.
func coverVacancies(h *roster.House, member, date, code string, today roster.Date) ([]team.Vacancy, error) {
	d, err := coverDate(date, today)
	if err != nil {
		return nil, err
	}
	if code != "" && h.ShiftType(code) == nil {
		codes := make([]string, 0, len(h.ShiftTypes))
		for _, st := range h.ShiftTypes {
			codes = append(codes, st.Code)
		}
		list := strings.Join(codes, ", ")
		return nil, fmt.Errorf("onbekende dienst %q (diensten: %s) / unknown shift %q (shifts: %s)", code, list, code, list)
	}
	if member == "" {
		if code == "" {
			return nil, errors.New("geef --member NAAM (of --shift CODE voor een open dienst) / give --member NAME (or --shift CODE for an open shift)")
		}
		v, err := team.NewVacancy(h, roster.Assignment{Date: d, Shift: code})
		if err != nil {
			return nil, err
		}
		return []team.Vacancy{v}, nil
	}
	m, err := coverMember(h, member)
	if err != nil {
		return nil, err
	}
	var out []team.Vacancy
	for _, a := range h.Plan.CellAssignments(m.ID, d) {
		if code != "" && a.Shift != code {
			continue
		}
		v, err := team.NewVacancy(h, a)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if len(out) == 0 {
		what := "geen dienst"
		whatEN := "no shift"
		if code != "" {
			what, whatEN = "geen dienst "+code, "no shift "+code
		}
		return nil, fmt.Errorf("%s heeft %s op %s / %s has %s on %s", m.Name, what, d, m.Name, whatEN, d)
	}
	return out, nil
}

// coverName returns the member's name, or "#id".
func coverName(h *roster.House, id int) string {
	if m := h.Member(id); m != nil {
		return m.Name
	}
	return fmt.Sprintf("#%d", id)
}

// coverHours formats hours with a decimal comma: "7,5", "-3", "12".
func coverHours(x float64) string { return roster.HoursLabel(x, roster.Dutch) }

// coverMessages joins the Dutch texts of findings.
func coverMessages(fs []rules.Finding) string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.NL
	}
	return strings.Join(out, "; ")
}

// coverTitle describes a vacancy: "wo 25 nov V 07:00–15:00 van Anna".
func coverTitle(h *roster.House, v team.Vacancy) string {
	if v.Member == 0 {
		return v.Label(roster.Dutch) + " (open dienst / open shift)"
	}
	return v.Label(roster.Dutch) + " van / of " + coverName(h, v.Member)
}

func writeCoverText(w io.Writer, h *roster.House, results []team.CoverResult) {
	fmt.Fprintf(w, "%s — wie kan invallen? / who can cover?\n", h.Name)
	for _, r := range results {
		fmt.Fprintf(w, "\nVacature / vacancy: %s\n", coverTitle(h, r.Vacancy))
		if len(r.Candidates) == 0 {
			fmt.Fprintln(w, "Niemand kan de hele dienst nemen. / Nobody can take the whole shift.")
		} else {
			fmt.Fprintln(w, "Kandidaten / candidates:")
			tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "  #\tWIE\tSPELING OVER\tUREN PERIODE\tUREN WEEK\tINVALBEURTEN\tWENS\tLET OP")
			for _, c := range r.Candidates {
				name := coverName(h, c.Member)
				if c.Shift != "" {
					name += " (als / as " + c.Shift + ")"
				}
				fmt.Fprintf(tw, "  %d\t%s\t%s u\t%s / %s u\t%s / %s u\t%d\t%s\t%s\n", c.Rank, name,
					coverHours(c.SlackLeft), coverHours(c.PeriodPlanned), coverHours(c.PeriodContract), coverHours(c.WeekHours), coverHours(c.WeekContract),
					c.CoverIns, c.Wish, coverMessages(c.Strains))
			}
			tw.Flush()
		}
		for i, sp := range r.Splits {
			if i == 0 {
				fmt.Fprintln(w, "Splitsen / split:")
			}
			a, b := sp.Parts[0], sp.Parts[1]
			fmt.Fprintf(w, "  %d  %s %s–%s + %s %s–%s\n", i+1, coverName(h, a.Member), a.Vacancy.Start, a.Vacancy.End,
				coverName(h, b.Member), b.Vacancy.Start, b.Vacancy.End)
		}
		if len(r.Excluded) > 0 {
			fmt.Fprintln(w, "Kan niet / excluded:")
			for _, e := range r.Excluded {
				if e.Consent {
					fmt.Fprintf(w, "  %s (kan met instemming / could with consent)\n", coverName(h, e.Member))
				} else {
					fmt.Fprintf(w, "  %s\n", coverName(h, e.Member))
				}
				for _, f := range e.Reasons {
					fmt.Fprintf(w, "      %s: %s\n", f.Rule, f.NL)
				}
			}
		}
	}
}

// coverFindingJSON is a reason or strain for scripts.
type coverFindingJSON struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	English  string `json:"message_en"`
}

// coverFiguresJSON are a member's figures for scripts.
type coverFiguresJSON struct {
	Member         string             `json:"member"`
	SlackLeft      float64            `json:"slack_left"`
	HoursLeft      float64            `json:"hours_left"`
	PeriodFrom     roster.Date        `json:"period_from"`
	PeriodTo       roster.Date        `json:"period_to"`
	PeriodPlanned  float64            `json:"period_planned"`
	PeriodContract float64            `json:"period_contract"`
	WeekHours      float64            `json:"week_hours"`
	WeekContract   float64            `json:"week_contract"`
	CoverIns       int                `json:"cover_ins"`
	Wish           string             `json:"wish,omitempty"`
	Strains        []coverFindingJSON `json:"strains"`
}

type coverCandidateJSON struct {
	Rank int `json:"rank"`
	// Shift is the shift type the candidate covers with, when it differs
	// from the vacancy's (a slaapdienst for a live-in night).
	Shift string `json:"shift,omitempty"`
	coverFiguresJSON
}

type coverExcludedJSON struct {
	coverFiguresJSON
	Consent bool               `json:"consent"`
	Reasons []coverFindingJSON `json:"reasons"`
}

type coverPartJSON struct {
	Start roster.Clock `json:"start"`
	End   roster.Clock `json:"end"`
	coverFiguresJSON
}

type coverVacancyJSON struct {
	Member string       `json:"member,omitempty"`
	Date   roster.Date  `json:"date"`
	Shift  string       `json:"shift"`
	Start  roster.Clock `json:"start"`
	End    roster.Clock `json:"end"`
}

type coverResultJSON struct {
	Vacancy    coverVacancyJSON     `json:"vacancy"`
	Candidates []coverCandidateJSON `json:"candidates"`
	Excluded   []coverExcludedJSON  `json:"excluded"`
	Splits     [][2]coverPartJSON   `json:"splits"`
}

func coverFindings(fs []rules.Finding) []coverFindingJSON {
	out := make([]coverFindingJSON, 0, len(fs))
	for _, f := range fs {
		out = append(out, coverFindingJSON{Rule: f.Rule, Severity: f.Severity.String(), Message: f.NL, English: f.EN})
	}
	return out
}

func coverFigures(h *roster.House, id int, f team.CoverFigures, strains []rules.Finding) coverFiguresJSON {
	return coverFiguresJSON{Member: coverName(h, id), SlackLeft: f.SlackLeft, HoursLeft: f.HoursLeft,
		PeriodFrom: f.Period.From, PeriodTo: f.Period.To, PeriodPlanned: f.PeriodPlanned, PeriodContract: f.PeriodContract,
		WeekHours: f.WeekHours, WeekContract: f.WeekContract, CoverIns: f.CoverIns, Wish: string(f.Wish),
		Strains: coverFindings(strains)}
}

func writeCoverJSON(w io.Writer, h *roster.House, results []team.CoverResult) error {
	out := make([]coverResultJSON, 0, len(results))
	for _, r := range results {
		v := r.Vacancy
		j := coverResultJSON{
			Vacancy:    coverVacancyJSON{Date: v.Date, Shift: v.Shift, Start: v.Start, End: v.End},
			Candidates: []coverCandidateJSON{}, Excluded: []coverExcludedJSON{}, Splits: [][2]coverPartJSON{},
		}
		if v.Member != 0 {
			j.Vacancy.Member = coverName(h, v.Member)
		}
		for _, c := range r.Candidates {
			j.Candidates = append(j.Candidates, coverCandidateJSON{Rank: c.Rank, Shift: c.Shift, coverFiguresJSON: coverFigures(h, c.Member, c.CoverFigures, c.Strains)})
		}
		for _, e := range r.Excluded {
			j.Excluded = append(j.Excluded, coverExcludedJSON{coverFiguresJSON: coverFigures(h, e.Member, e.CoverFigures, e.Strains),
				Consent: e.Consent, Reasons: coverFindings(e.Reasons)})
		}
		for _, sp := range r.Splits {
			var parts [2]coverPartJSON
			for i, p := range sp.Parts {
				parts[i] = coverPartJSON{Start: p.Vacancy.Start, End: p.Vacancy.End,
					coverFiguresJSON: coverFigures(h, p.Member, p.CoverFigures, p.Strains)}
			}
			j.Splits = append(j.Splits, parts)
		}
		out = append(out, j)
	}
	return writeJSON(w, out)
}
