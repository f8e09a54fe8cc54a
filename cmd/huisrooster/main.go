// Command huisrooster is the house team's roster app. Without a subcommand
// it starts the desktop app; the subcommands run the same packages headless,
// so every capability can be scripted and tested end to end.
package main

import (
	"fmt"
	"io"
	"os"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// command is one headless subcommand: it gets its arguments and returns the
// exit status (0 fine, 1 findings or failure, 2 bad input).
type command struct {
	run     func(args []string, stdout, stderr io.Writer) int
	summary string
}

// commands returns the subcommands by name.
func commands() map[string]command {
	return map[string]command{
		"bench":   {runBench, "plan een benchmarkinstantie (curtois) of gegenereerde huizen (house) / solve a benchmark instance (curtois) or generated houses (house)"},
		"check":   {runCheck, "controleer het rooster / check the roster"},
		"cover":   {runCover, "wie kan invallen? / who can cover?"},
		"demo":    {runDemo, "schrijf het demohuis / write the demo house"},
		"export":  {runExport, "schrijf het huis als JSON-huisbestand, of 'export payroll' de loon-CSV / write the house as a JSON house file, or 'export payroll' the payroll CSV"},
		"fte":     {runFTE, "fte-realisatie, ziekte, ORT en begroting / fte realisation, sickness, ORT and budget"},
		"plan":    {runPlan, "vul aan: stel diensten voor binnen de regels / fill in: propose shifts within the rules"},
		"pin":     {runPIN, "pincode van de teamleider wissen of instellen / reset or set the teamleider's PIN"},
		"import":  {runImport, "lees een JSON-huisbestand in / read a JSON house file"},
		"backup":  {runBackup, "maak een reservekopie / make a backup"},
		"restore": {runRestore, "zet een reservekopie terug / restore a backup"},
		"log":     {runLog, "toon het logboek: wie veranderde wat / show the log: who changed what"},
		"fridge":  {runFridge, "koelkastweek als PDF / the week for the fridge as PDF"},
		"ical":    {runICal, "eigen diensten als agenda (.ics) / own shifts as a calendar (.ics)"},
		"publish": {runPublish, "agenda's, koelkastweken en index.html naar een (gedeelde) map / calendars, fridge weeks and index.html to a (shared) folder"},
		"year":    {runYear, "het jaar: per week past / krap / past niet, vakanties en saldi / the year: per week fits / tight / short, holidays and balances"},
		"summer":  {runSummer, "zomerronde: openen, wensen, voorstel, vaststellen / summer round: open, wish, propose, accept"},
		"leave":   {runLeave, "verlof vragen, afspreken en tonen / ask, agree and list leave"},
		"wishes":  {runWishes, "wensen van een teamlid, periodes en gehonoreerd % / a member's wishes, periods and honoured %"},
	}
}

// run dispatches args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version" || args[0] == "version") {
		fmt.Fprintf(stdout, "huisrooster %s\n", version)
		return 0
	}
	if len(args) > 0 && (args[0] == "help" || args[0] == "-h" || args[0] == "--help") {
		usage(stdout)
		return 0
	}
	if len(args) == 0 || args[0][0] == '-' {
		return runGUI(args, stdout, stderr)
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "onbekend commando %q / unknown command %q\n\n", args[0], args[0])
		usage(stderr)
		return 2
	}
	return cmd.run(args[1:], stdout, stderr)
}
