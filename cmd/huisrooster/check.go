package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// runCheck implements "huisrooster check".
func runCheck(args []string, stdout, stderr io.Writer) int {
	return errCommand(checkCommand)(args, stdout, stderr)
}

// checkWindow is check's window: --week or --from/--to, by default the ISO
// week of today.
func checkWindow(today roster.Date) windowRule {
	return windowRule{none: func() roster.Window { return roster.Week(today) }, maxDays: 367}
}

// checkCommand is "huisrooster check": errFindings when the roster has
// errors.
func checkCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := addSourceFlags(fs)
	wf := addWindowFlags(fs, "", "", true)
	asJSON := fs.Bool("json", false, "uitvoer als JSON / output as JSON")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	h, err := src.loadAll()
	if err != nil {
		return inputError(err)
	}
	w, err := wf.window(checkWindow(roster.Today()))
	if err != nil {
		return inputError(err)
	}
	fs2 := rules.Check(h, w)
	if *asJSON {
		if err := writeFindingsJSON(stdout, h, fs2); err != nil {
			return inputError(err)
		}
	} else {
		writeFindingsTable(stdout, h, w, fs2)
	}
	if rules.HasErrors(fs2) {
		return errFindings
	}
	return nil
}

// loadHouse reads a house file, or builds the demo house.
func loadHouse(file string, useDemo bool) (*roster.House, error) {
	switch {
	case useDemo && file != "":
		return nil, fmt.Errorf("kies --file of --demo, niet allebei / choose --file or --demo, not both")
	case useDemo:
		return demo.House(roster.Today()), nil
	case file == "":
		return nil, fmt.Errorf("geef --db PAD, --file HUIS.json of --demo / give --db PATH, --file HOUSE.json or --demo")
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, openError(file, err)
	}
	defer f.Close()
	return roster.DecodeHouseFile(f)
}

// findingJSON is the JSON form of a finding for scripts.
type findingJSON struct {
	Rule     string   `json:"rule"`
	Severity string   `json:"severity"`
	Start    string   `json:"start"`
	End      string   `json:"end"`
	Members  []string `json:"members"`
	Message  string   `json:"message"`
	English  string   `json:"message_en"`
}

func writeFindingsJSON(w io.Writer, h *roster.House, fs []rules.Finding) error {
	out := make([]findingJSON, 0, len(fs))
	for _, f := range fs {
		names := []string{}
		for _, id := range f.Members {
			if m := h.Member(id); m != nil {
				names = append(names, m.Name)
			}
		}
		out = append(out, findingJSON{Rule: f.Rule, Severity: f.Severity.String(),
			Start:   f.Start.In(roster.Amsterdam).Format("2006-01-02T15:04:05-07:00"),
			End:     f.End.In(roster.Amsterdam).Format("2006-01-02T15:04:05-07:00"),
			Members: names, Message: f.NL, English: f.EN})
	}
	return writeJSON(w, out)
}

var severityNL = map[rules.Severity]string{rules.SevError: "FOUT", rules.SevWarning: "let op", rules.SevInfo: "info"}

func writeFindingsTable(w io.Writer, h *roster.House, win roster.Window, fs []rules.Finding) {
	fmt.Fprintf(w, "%s — %s (%s)\n", h.Name, win, win.From.WeekLabel())
	if len(fs) == 0 {
		fmt.Fprintln(w, "Geen bevindingen: het rooster klopt. / No findings: the roster holds.")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ERNST\tREGEL\tWIE\tBEVINDING")
	counts := map[rules.Severity]int{}
	for _, f := range fs {
		counts[f.Severity]++
		var names []string
		for _, id := range f.Members {
			if m := h.Member(id); m != nil {
				names = append(names, m.Name)
			}
		}
		// In words, as the app says it: "week 50 (7 – 13 dec)", not "2026-W50".
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", severityNL[f.Severity], f.Rule, strings.Join(names, ", "), rules.PlainMessage(f, roster.Dutch))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d fouten, %d waarschuwingen, %d info / %d errors, %d warnings, %d info\n",
		counts[rules.SevError], counts[rules.SevWarning], counts[rules.SevInfo],
		counts[rules.SevError], counts[rules.SevWarning], counts[rules.SevInfo])
}
