package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// wishesJSON is the output of "huisrooster wishes --json".
type wishesJSON struct {
	Member    wishMemberJSON    `json:"member"`
	Window    roster.Window     `json:"window"`
	Periods   []wishPeriodJSON  `json:"periods"`
	Wishes    []wishJSON        `json:"wishes"`
	Honoured  wishCountJSON     `json:"honoured"`
	Conflicts []wishFindingJSON `json:"conflicts"` // WISH findings of the engine for the member
}

// wishFindingJSON is a WISH finding: a wish the roster does not honour yet.
type wishFindingJSON struct {
	Rule     string        `json:"rule"`
	Severity string        `json:"severity"`
	Dates    []roster.Date `json:"dates"`
	NL       string        `json:"nl"`
	EN       string        `json:"en"`
}

type wishMemberJSON struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// wishPeriodJSON is one planning period that touches the window, with its
// state and the member's wishes honoured in it.
type wishPeriodJSON struct {
	Period roster.Window `json:"period"`
	// State is the period's state, or "gemengd" (mixed) when its dates
	// differ (the week editor can fix single weeks); States lists them in
	// date order.
	State    string               `json:"state"`
	States   []roster.PeriodState `json:"states"`
	Deadline *roster.Date         `json:"deadline,omitempty"`
	Honoured wishCountJSON        `json:"honoured"`
}

type wishCountJSON struct {
	Wishes   int     `json:"wishes"`
	Honoured int     `json:"honoured"`
	Pct      float64 `json:"pct"`
}

// wishJSON is one stored wish of the member that applies in the window.
type wishJSON struct {
	Date    roster.Date     `json:"date"`
	Until   *roster.Date    `json:"until,omitempty"` // repeating: every week until
	Weekday string          `json:"weekday"`
	Shift   string          `json:"shift,omitempty"`
	Kind    roster.WishKind `json:"kind"`
	Note    string          `json:"note,omitempty"`
	Dates   []roster.Date   `json:"dates"` // the dates in the window it applies on
}

func wishCount(c team.WishCount) wishCountJSON {
	return wishCountJSON{Wishes: c.Wishes, Honoured: c.Honoured, Pct: c.Pct()}
}

// runWishes implements "huisrooster wishes": a member's wishes, the
// planning periods with their state, how many wishes the plan honours and
// the wishes the roster does not honour yet.
func runWishes(args []string, stdout, stderr io.Writer) int {
	return errCommand(wishesCommand)(args, stdout, stderr)
}

// wishesCommand is "huisrooster wishes" (see runWishes).
func wishesCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("wishes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := addSourceFlags(fs)
	member := fs.String("member", "", "teamlid: voornaam of volledige naam / team member: first name or full name")
	wf := addWindowFlags(fs, "eerste datum JJJJ-MM-DD (standaard begin van de huidige periode) / first date YYYY-MM-DD (default start of the current period)",
		"laatste datum JJJJ-MM-DD (standaard eind van de volgende periode) / last date YYYY-MM-DD (default end of the next period)", false)
	asJSON := fs.Bool("json", false, "uitvoer als JSON / output as JSON")
	lng := addEnFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return inputErrorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0))
	}
	if strings.TrimSpace(*member) == "" {
		return inputErrorf("geef --member NAAM / give --member NAME")
	}
	if src.empty() {
		return inputErrorf("geef --db PAD, --file HUIS.json of --demo / give --db PATH, --file HOUSE.json or --demo")
	}
	h, err := src.loadAll()
	if err != nil {
		return inputError(err)
	}
	today := roster.Today()
	w, err := wf.window(wishesWindow(h, today))
	if err != nil {
		return inputError(err)
	}
	m, err := findMember(h, *member)
	if err != nil {
		return inputError(err)
	}
	out := wishesReport(h, m, w, today)
	if *asJSON {
		return writeJSON(stdout, out)
	}
	writeWishesText(stdout, out, *lng)
	return nil
}

// wishesWindow is the window of wishes: by default the planning period
// that holds today and the one after it; --from alone runs to the end of
// its period; at most a year.
func wishesWindow(h *roster.House, today roster.Date) windowRule {
	cur := team.PlanningPeriod(h, today)
	return windowRule{
		none:       func() roster.Window { return roster.Window{From: cur.From, To: team.PlanningPeriod(h, cur.To+1).To} },
		toAfter:    func(from roster.Date) roster.Date { return team.PlanningPeriod(h, from).To },
		fromBefore: func(roster.Date) roster.Date { return cur.From },
		maxDays:    366,
	}
}

// wishesReport collects the member's wishes over w.
func wishesReport(h *roster.House, m *roster.Member, w roster.Window, today roster.Date) wishesJSON {
	out := wishesJSON{
		Member:    wishMemberJSON{ID: m.ID, Name: m.Name},
		Window:    w,
		Periods:   []wishPeriodJSON{},
		Wishes:    []wishJSON{},
		Honoured:  wishCount(team.WishesHonoured(h, m.ID, w)),
		Conflicts: []wishFindingJSON{},
	}
	for d := w.From; d <= w.To; {
		p := team.PlanningPeriod(h, d)
		pj := wishPeriodJSON{Period: p, Honoured: wishCount(team.WishesHonoured(h, m.ID, p))}
		for x := p.From; x <= p.To; x++ {
			if s := h.Plan.StateOn(x); !slices.Contains(pj.States, s) {
				pj.States = append(pj.States, s)
			}
		}
		pj.State = string(pj.States[0])
		if len(pj.States) > 1 {
			pj.State = "gemengd"
		}
		if sp, ok := team.PeriodOn(h, p.From); ok && sp.Deadline != 0 {
			dl := sp.Deadline
			pj.Deadline = &dl
		}
		out.Periods = append(out.Periods, pj)
		d = p.To + 1
	}
	for _, wi := range h.Plan.Wishes {
		if wi.Member != m.ID {
			continue
		}
		var dates []roster.Date
		for d := w.From; d <= w.To; d++ {
			if wi.On(d) {
				dates = append(dates, d)
			}
		}
		if len(dates) == 0 {
			continue
		}
		wj := wishJSON{Date: wi.Date, Weekday: roster.DayNameNL(wi.Date), Shift: wi.Shift, Kind: wi.Kind, Note: wi.Note, Dates: dates}
		if wi.Repeats() {
			u := wi.Until
			wj.Until = &u
		}
		out.Wishes = append(out.Wishes, wj)
	}
	slices.SortStableFunc(out.Wishes, func(a, b wishJSON) int { return int(a.Dates[0]) - int(b.Dates[0]) })
	for _, f := range rules.CheckAt(h, w, today) {
		if f.Rule == rules.RuleWish && slices.Contains(f.Members, m.ID) {
			out.Conflicts = append(out.Conflicts, wishFindingJSON{Rule: f.Rule, Severity: f.Severity.String(), Dates: f.Dates, NL: f.NL, EN: f.EN})
		}
	}
	return out
}

// writeWishesText prints the report as a small table.
func writeWishesText(w io.Writer, r wishesJSON, lng roster.Lang) {
	pick := lng.Pick
	pct := func(c wishCountJSON) string {
		if c.Wishes == 0 {
			return "–"
		}
		return fmt.Sprintf("%d/%d (%s%%)", c.Honoured, c.Wishes, strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", c.Pct), "0"), "."))
	}
	fmt.Fprintf(w, "%s %s, %s\n\n", pick("Wensen van", "Wishes of"), r.Member.Name, r.Window)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, pick("periode\tstatus\tdeadline\tgehonoreerd", "period\tstate\tdeadline\thonoured"))
	for _, p := range r.Periods {
		dl := "–"
		if p.Deadline != nil {
			dl = p.Deadline.String()
		}
		state := p.State
		if len(p.States) > 1 {
			parts := make([]string, len(p.States))
			for i, s := range p.States {
				parts[i] = string(s)
			}
			state = strings.Join(parts, "+")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", p.Period, state, dl, pct(p.Honoured))
	}
	tw.Flush()
	fmt.Fprintln(w)
	if len(r.Wishes) == 0 {
		fmt.Fprintln(w, pick("Geen wensen in deze periode.", "No wishes in this period."))
	} else {
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, pick("datum\therhaling\tdienst\twens\tnotitie", "date\trepeats\tshift\twish\tnote"))
		for _, x := range r.Wishes {
			rep, shift := "–", pick("hele dag", "whole day")
			if x.Until != nil {
				rep = pick("elke ", "every ") + x.Weekday + pick(" t/m ", " until ") + x.Until.String()
			}
			if x.Shift != "" {
				shift = x.Shift
			}
			fmt.Fprintf(tw, "%s %s\t%s\t%s\t%s\t%s\n", x.Weekday, x.Date, rep, shift, x.Kind, x.Note)
		}
		tw.Flush()
	}
	fmt.Fprintf(w, "\n%s: %s\n", pick("Gehonoreerd", "Honoured"), pct(r.Honoured))
	for _, c := range r.Conflicts {
		msg := c.NL
		if lng == roster.English {
			msg = c.EN
		}
		fmt.Fprintf(w, "  %s  %s\n", c.Severity, msg)
	}
}
