package main

import (
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

// yearJSON is the output of "huisrooster year --json".
type yearJSON struct {
	House    string                `json:"house"`
	Year     int                   `json:"year"`
	Region   roster.SchoolRegion   `json:"region,omitempty"`
	Source   string                `json:"schoolHolidaySource"`
	Weeks    []year.WeekLine       `json:"weeks"`
	Holidays []year.SchoolHoliday  `json:"schoolHolidays"`
	Balances []year.Balance        `json:"balances"`
	Requests []roster.LeaveRequest `json:"requests"`
}

// parseYear reads a --year value: a calendar year 2000–2100.
func parseYear(s string) (int, error) {
	y, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || y < 2000 || y > 2100 {
		return 0, fmt.Errorf("--year %q: geef een jaar tussen 2000 en 2100 / give a year between 2000 and 2100", s)
	}
	return y, nil
}

// parseToday reads --today (for scripts and tests) or returns today.
func parseToday(s string) (roster.Date, error) {
	if s == "" {
		return roster.Today(), nil
	}
	d, err := roster.ParseDate(s)
	if err != nil {
		return 0, fmt.Errorf("--today: %w", err)
	}
	return d, nil
}

// runYear implements "huisrooster year": per ISO week what the profile needs
// against what the team can give (past / krap / past niet), the school and
// public holidays, and every member's leave and hours balance.
func runYear(args []string, stdout, stderr io.Writer) int {
	return errCommand(yearCommand)(args, stdout, stderr)
}

// yearCommand is runYear returning an error (errCommand decides the exit status).
func yearCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("year", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := addSourceFlags(fs)
	ys := fs.String("year", "", "jaar, bv. 2027 / year, e.g. 2027")
	todayS := fs.String("today", "", "de datum van vandaag JJJJ-MM-DD (standaard vandaag) / today's date YYYY-MM-DD (default today)")
	asJSON := fs.Bool("json", false, "uitvoer als JSON / output as JSON")
	lng := addEnFlag(fs)
	member := fs.String("member", "", "voorlopig jaarrooster van dit teamlid (met --pdf en/of --ics) / provisional year roster of this member (with --pdf and/or --ics)")
	pdfOut := fs.String("pdf", "", "schrijf het voorlopige jaarrooster als PDF (A4 per kwartaal) / write the provisional year roster as PDF (A4 per quarter)")
	csvOut := fs.String("csv", "", "schrijf de verlof- en urensaldi als CSV voor Excel / write the leave and hours balances as CSV for Excel")
	icsOut := fs.String("ics", "", "schrijf het voorlopige jaarrooster als agenda (.ics) / write the provisional year roster as a calendar (.ics)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return inputErrorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0))
	}
	if src.empty() {
		return inputErrorf("geef --db PAD, --file HUIS.json of --demo / give --db PATH, --file HOUSE.json or --demo")
	}
	if (*member != "") != (*pdfOut != "" || *icsOut != "") {
		return inputErrorf("--member hoort bij --pdf of --ics / --member goes with --pdf or --ics")
	}
	if *ys == "" {
		return inputErrorf("geef --year JAAR / give --year YEAR")
	}
	y, err := parseYear(*ys)
	if err != nil {
		return exitWith(err, exitUsage)
	}
	today, err := parseToday(*todayS)
	if err != nil {
		return exitWith(err, exitUsage)
	}
	h, err := src.loadAll()
	if err != nil {
		return inputError(err)
	}
	if *member != "" {
		return writeProvisional(h, *member, y, *pdfOut, *icsOut, stdout)
	}
	out := yearReport(h, y, today)
	if *csvOut != "" {
		if err := writeFileWith(*csvOut, func(w io.Writer) error { return year.WriteBalancesCSV(w, out.Balances, *lng) }); err != nil {
			return exitWith(err, exitFailure) // a write failure, whatever the kind (a missing folder is no missing input)
		}
		fmt.Fprintf(stdout, "saldi %d: %s / balances %d: %s\n", y, *csvOut, y, *csvOut)
		return nil
	}
	if *asJSON {
		if err := writeJSON(stdout, out); err != nil {
			return exitWith(err, exitFailure)
		}
		return nil
	}
	writeYearText(stdout, out, *lng)
	return nil
}

// yearReport collects the year of h.
func yearReport(h *roster.House, y int, today roster.Date) yearJSON {
	ls := year.Lines(h, y)
	w := roster.Window{From: ls[0].Monday, To: ls[len(ls)-1].Monday + 6}
	out := yearJSON{House: h.Name, Year: y, Region: h.Settings.Region, Source: year.SchoolHolidaySource, Weeks: ls,
		Holidays: year.SchoolHolidays(h.Settings.Region, w), Balances: year.Balances(h, y, today), Requests: year.Requests(h, w)}
	if out.Holidays == nil {
		out.Holidays = []year.SchoolHoliday{}
	}
	if out.Requests == nil {
		out.Requests = []roster.LeaveRequest{}
	}
	return out
}

// num formats x with at most one decimal (a decimal comma in Dutch).
func num(x float64, lng roster.Lang) string { return roster.FormatUpTo(x, 1, lng) }

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

// writeYearText prints the year as two tables.
func writeYearText(w io.Writer, r yearJSON, lng roster.Lang) {
	t := lng.Pick
	region := string(r.Region)
	if region == "" {
		region = t("geen regio ingesteld", "no region set")
	}
	fmt.Fprintf(w, "%s — %s %d (%s: %s)\n\n", r.House, t("jaar", "year"), r.Year, t("schoolvakanties", "school holidays"), region)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, t("week\tmaandag\tnodig\tbinnen speling\ttot de grens\tafwezig\tuitkomst\ttekort\tvakantie", "week\tMonday\tneeded\twithin slack\tat the limit\tabsent\toutcome\tshort\tholidays"))
	short := 0
	for _, l := range r.Weeks {
		var marks []string
		marks = append(marks, l.Holidays...)
		if l.School != "" {
			marks = append(marks, l.School)
		}
		sh := ""
		if l.Status == year.Short {
			short++
			sh = num(l.ShortHours, lng)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", l.ISOWeek, l.Monday, num(l.Need, lng), num(l.Normal, lng), num(l.Limit, lng),
			num(l.Absent, lng), l.Status.Label(lng), sh, strings.Join(marks, ", "))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%s\n", t(fmt.Sprintf("%d van de %d weken passen niet.", short, len(r.Weeks)), fmt.Sprintf("%d of the %d weeks are short.", short, len(r.Weeks))))
	if len(r.Holidays) > 0 {
		fmt.Fprintf(w, "%s: %s\n", t("Bron schoolvakanties", "School holidays from"), r.Source)
		for _, sh := range r.Holidays {
			name := sh.Name
			if lng == roster.English {
				name = sh.NameEN
			}
			fmt.Fprintf(w, "  %s %s – %s (%s)\n", name, sh.From, sh.To, sh.Status)
		}
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, t("teamlid\trecht\tmeegenomen\topgenomen\tafgesproken\tgevraagd\tover\tplus/min meegenomen\tplus/min", "member\tentitlement\tcarried over\ttaken\tagreed\tasked\tleft\tplus/minus carried\tplus/minus"))
	for _, b := range r.Balances {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", b.Name, num(b.Entitlement, lng), num(b.Carried, lng), num(b.Taken, lng),
			num(b.Agreed, lng), num(b.Planned, lng), num(b.Left, lng), num(b.PlusMinCarried, lng), num(b.PlusMin, lng))
	}
	tw.Flush()
}

// writeProvisional writes member's provisional year roster of y to the
// PDF and/or ICS files; nothing is written when it cannot be made.
func writeProvisional(h *roster.House, name string, y int, pdfPath, icsPath string, stdout io.Writer) error {
	m, err := findMember(h, name)
	if err != nil {
		return exitWith(err, exitUsage)
	}
	pr, err := year.Provisional(h, m.ID, y)
	if err != nil {
		return exitWith(err, exitUsage)
	}
	now := time.Now()
	for _, out := range []struct {
		path  string
		write func(io.Writer) error
	}{
		{pdfPath, func(w io.Writer) error { return pr.WritePDF(w, now) }},
		{icsPath, func(w io.Writer) error { return pr.WriteICS(w, now) }},
	} {
		if out.path == "" {
			continue
		}
		if err := writeFileWith(out.path, out.write); err != nil { // 0600, whole or not at all
			return exitWith(err, exitFailure)
		}
		fmt.Fprintf(stdout, "voorlopig jaarrooster %d van %s: %s / provisional year roster %d of %s: %s\n", y, m.Name, out.path, y, m.Name, out.path)
	}
	return nil
}
