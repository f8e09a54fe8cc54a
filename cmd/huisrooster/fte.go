package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"text/tabwriter"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/pay"
	"github.com/huisrooster/huisrooster/roster/team"
)

// Privacy of the headless fte command follows the app's rule
// (roster/privacy.go): role and team hours are always printed; per-member
// rows, the sickness of roles of fewer than roster.MinGroupSize members and every amount
// (they come from the sealed wages) only with the teamleider's PIN
// (--pin - or HUISROOSTER_PIN, see pinsource.go).

// runFTE implements "huisrooster fte".
func runFTE(args []string, stdout, stderr io.Writer) int {
	return runFTEWith(args, os.Stdin, stdout, stderr)
}

// runFTEWith is runFTE reading a PIN (--pin -) from in.
func runFTEWith(args []string, in io.Reader, stdout, stderr io.Writer) int {
	return errCommand(func(args []string, stdout, stderr io.Writer) error { return fteCommand(args, in, stdout, stderr) })(args, stdout, stderr)
}

// fteCommand is runFTEWith returning an error (errCommand decides the exit status).
func fteCommand(args []string, in io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("fte", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := addSourceFlags(fs)
	wf := addWindowFlags(fs, "", "", false)
	period := fs.String("period", "", "week, 4weken, maand, kwartaal of jaar rond vandaag / week, 4weken, maand, kwartaal or jaar around today")
	asJSON := fs.Bool("json", false, "uitvoer als JSON / output as JSON")
	members := fs.Bool("members", false, "ook per teamlid (vraagt de pincode) / also per member (asks the PIN)")
	pin := pinFlag(fs)
	csvOut := fs.String("csv", "", "schrijf de tabel ook als CSV / also write the table as CSV")
	lng := addEnFlag(fs)
	todayS := fs.String("today", "", "de datum van vandaag JJJJ-MM-DD: gerealiseerd telt alleen de dagen ervoor (standaard vandaag) / today's date YYYY-MM-DD: realised counts only the days before it (default today)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return inputErrorf("onverwacht argument %q / unexpected argument %q", fs.Arg(0), fs.Arg(0))
	}
	today, err := parseToday(*todayS)
	if err != nil {
		return inputError(err)
	}
	w, err := realisationWindow(*period, wf, today)
	if err != nil {
		return inputError(err)
	}
	h, err := src.loadAll()
	if err != nil {
		return inputError(err)
	}
	key, unlocked, err := unlockHouse(h, *pin, in)
	if err != nil {
		return inputError(err)
	}
	if *members && !unlocked {
		err := needPIN(h, "cijfers per teamlid", "figures per member")
		return err
	}
	r := pay.Disclose(pay.NewRealisationAsOf(roster.OpenedOrLocked(h, key), w, today), unlocked)
	if *csvOut != "" {
		if err := writeFileWith(*csvOut, func(f io.Writer) error { return pay.WriteRealisationCSV(f, r, unlocked, *lng) }); err != nil {
			return err
		}
	}
	if *asJSON {
		// The fairness table (roster/fairness.go) rides along: it is
		// derived from the roster every member sees, so it needs no PIN.
		out := struct {
			*pay.Realisation
			Fairness team.FairnessTable `json:"fairness"`
		}{r, team.Fairness(h, w)}
		if err := writeJSON(stdout, out); err != nil {
			return err
		}
		return nil
	}
	writeRealisationText(stdout, h, r, *lng)
	return nil
}

// realisationWindow returns the window of --period (around today) or
// --from/--to; without either, the 4-week period of today; at most two
// years.
func realisationWindow(period string, wf windowFlags, today roster.Date) (roster.Window, error) {
	if period != "" {
		if wf.given() {
			return roster.Window{}, errors.New("kies --period of --from/--to / choose --period or --from/--to")
		}
		for _, k := range pay.PeriodKinds {
			if string(k) == period && k != pay.PeriodCustom {
				return pay.PeriodOf(k, today), nil
			}
		}
		return roster.Window{}, fmt.Errorf("onbekende periode %q (week, 4weken, maand, kwartaal, jaar) / unknown period %q", period, period)
	}
	return wf.window(windowRule{none: func() roster.Window { return pay.PeriodOf(pay.PeriodFour, today) }, maxDays: 2*366 + 1})
}

// writeFileWith writes path with fn, for files that may hold personal data
// (payroll and realisation CSV): the file is created with mode 0600 (only
// its owner may read it; on Windows the folder's access rules apply) through
// a temp file in the same folder that is renamed into place, so a failed
// write leaves no half-written file and an existing file is replaced whole,
// with the new mode.
func writeFileWith(path string, fn func(io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".huisrooster-*")
	if err != nil {
		return fmt.Errorf("%s maken / create %s: %w", path, path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if err := tmp.Chmod(0o600); err != nil && runtime.GOOS != "windows" {
		tmp.Close()
		return fmt.Errorf("%s afschermen / protect %s: %w", path, path, err)
	}
	if err := fn(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("%s schrijven / write %s: %w", path, path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s schrijven / write %s: %w", path, path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s schrijven / write %s: %w", path, path, err)
	}
	return nil
}

// hrsText formats x with one decimal and a decimal comma in Dutch.
func hrsText(x float64, lng roster.Lang) string { return roster.FormatFixed(x, 1, lng) }

// writeRealisationText prints the realisation as tables.
// Without the PIN (r.Locked) it prints "—" for what Disclose withheld.
func writeRealisationText(out io.Writer, h *roster.House, r *pay.Realisation, lng roster.Lang) {
	t := lng.Pick
	fmt.Fprintf(out, "%s %s, %s (%s %s)\n\n", t("Realisatie", "Realisation"), h.Name, r.Window, hrsText(r.Weeks, lng), t("weken", "weeks"))
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, t("functie\tleden\tfte\tbudget fte\tcontract\tgepland\tgerealiseerd\tverlof\tziek\tziekte %\treserve\tmeerwerk\t",
		"role\tmembers\tfte\tbudget fte\tcontract\tplanned\trealised\tleave\tsick\tsickness %\treserve\toverwork\t"))
	row := func(name string, x *pay.RoleRealisation) {
		sick, pct := hrsText(x.Sick, lng), hrsText(x.SickPct(), lng)
		if !r.SicknessShown(x) {
			sick, pct = "—", "—"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", name, x.Members, fte2(x.FTE, lng), fte2(x.BudgetFTE, lng),
			hrsText(x.Contract, lng), hrsText(x.Planned, lng), hrsText(x.Realised, lng), hrsText(x.Leave, lng), sick,
			pct, hrsText(x.Reserve, lng), hrsText(x.Overwork, lng))
	}
	amount := func(x float64) string {
		if !r.AmountsShown() {
			return "—"
		}
		return roster.FormatEuro(x, lng)
	}
	for i := range r.Roles {
		row(string(r.Roles[i].Role), &r.Roles[i])
	}
	row(t("team", "team"), &r.Team)
	tw.Flush()
	if r.SicknessShown(&r.Team) {
		fmt.Fprintf(out, "\n%s %s%% (%s %s%%)\n", t("Ziekteverzuim team:", "Team sickness:"), hrsText(r.Team.SickPct(), lng), t("norm", "norm"), hrsText(r.SickNorm, lng))
	}

	fmt.Fprintf(out, "\n%s\n", t("ORT-uren per functie", "ORT hours per role"))
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := t("functie", "role")
	for _, p := range r.Percents {
		head += "\t" + roster.FormatUpTo(p, -1, lng) + "%"
	}
	fmt.Fprintln(tw, head+"\t"+t("slaapuren\tORT-bedrag\t", "sleep hours\tORT amount\t"))
	ortRow := func(name string, f *pay.Figures) {
		line := name
		for _, x := range f.ORT {
			line += "\t" + hrsText(x, lng)
		}
		fmt.Fprintln(tw, line+"\t"+hrsText(f.Sleep, lng)+"\t"+amount(f.ORTAmount)+"\t")
	}
	for i := range r.Roles {
		ortRow(string(r.Roles[i].Role), &r.Roles[i].Figures)
	}
	ortRow("team", &r.Team.Figures)
	tw.Flush()
	if r.Budget != nil && r.AmountsShown() {
		fmt.Fprintf(out, "%s %s%% %s (%s %s%%)\n", t("ORT is", "ORT is"), hrsText(r.ORTPctOfGross(), lng), t("van de brutosalarissen", "of gross salaries"),
			t("begroting", "budget"), hrsText(r.Budget.ORTPct, lng))
	}

	fmt.Fprintf(out, "\n%s\n", t("Personeelskosten (begroting naar rato van de periode)", "Personnel cost (budget pro rata for the period)"))
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, t("post\tbegroot\tgerealiseerd\tverschil\t", "line\tbudget\trealised\tdifference\t"))
	for _, c := range r.Costs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", t(c.NL, c.EN), roster.FormatEuro(c.Budget, lng), amount(c.Realised), amount(c.Realised-c.Budget))
	}
	tw.Flush()

	if r.Locked {
		fmt.Fprintf(out, "\n%s\n", fmt.Sprintf(t("Bedragen, ziekte van functies met minder dan %d leden en cijfers per teamlid: alleen met de pincode van de teamleider (--members --pin - of HUISROOSTER_PIN).",
			"Amounts, sickness of roles of fewer than %d members and figures per member: only with the teamleider's PIN (--members --pin - or HUISROOSTER_PIN)."), roster.MinGroupSize))
		return
	}
	fmt.Fprintf(out, "\n%s\n", t("Per teamlid", "Per member"))
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, t("naam\tfunctie\tfte\tcontract\tgepland\tgerealiseerd\tverlof\tziek\tziekte %\treserve\tmeerwerk\tnachten\tweekend\tfeestdag\tORT-bedrag\tuurloon\t",
		"name\trole\tfte\tcontract\tplanned\trealised\tleave\tsick\tsickness %\treserve\toverwork\tnights\tweekend\tholiday\tORT amount\thourly wage\t"))
	for i := range r.Members {
		m := &r.Members[i]
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%s\t%s\t\n", m.Name, m.Role, fte2(m.FTE, lng),
			hrsText(m.Contract, lng), hrsText(m.Planned, lng), hrsText(m.Realised, lng), hrsText(m.Leave, lng), hrsText(m.Sick, lng), hrsText(m.SickPct(), lng),
			hrsText(m.Reserve, lng), hrsText(m.Overwork, lng), m.Nights, m.Weekends, m.Holidays, roster.FormatEuro(m.ORTAmount, lng), money(m.Wage, lng))
	}
	tw.Flush()
}

// fte2 formats fte with two decimals.
func fte2(x float64, lng roster.Lang) string { return roster.FormatFixed(x, 2, lng) }

// money formats an amount with cents: "21,72".
func money(x float64, lng roster.Lang) string { return fte2(x, lng) }
