package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/pay"
)

// runExportPayroll implements "huisrooster export payroll": the payroll CSV
// per member per day (hours per ORT band, sleep shifts, sick, leave) for the
// salary administration. It holds sick hours per member, so it needs the
// teamleider's PIN (pay.PayrollAllowed), like fte --members.
func runExportPayroll(args []string, stdout, stderr io.Writer) int {
	return errCommand(payrollCommand)(args, stdout, stderr)
}

// payrollCommand is runExportPayroll returning an error (errCommand decides the exit status).
func payrollCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export payroll", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := addSourceFlags(fs)
	wf := addWindowFlags(fs, "", "", false)
	period := fs.String("period", "", "week, 4weken, maand, kwartaal of jaar rond vandaag / week, 4weken, maand, kwartaal or jaar around today")
	out := fs.String("o", "", "CSV-bestand om te schrijven (- voor standaarduitvoer) / CSV file to write (- for standard output)")
	pin := pinFlag(fs)
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *out == "" || fs.NArg() > 0 {
		return inputErrorf("gebruik / usage: huisrooster export payroll --db PAD --from JJJJ-MM-DD --to JJJJ-MM-DD -o LOON.csv")
	}
	w, err := realisationWindow(*period, wf, roster.Today())
	if err != nil {
		return inputError(err)
	}
	h, err := src.loadAll()
	if err != nil {
		return inputError(err)
	}
	_, unlocked, err := unlockHouse(h, *pin, os.Stdin)
	if err == nil && !pay.PayrollAllowed(unlocked) {
		err = needPIN(h, "uren en ziekte per teamlid", "hours and sickness per member")
	}
	if err != nil {
		return inputError(err)
	}
	if *out == "-" {
		if err := pay.WritePayrollCSV(stdout, h, w); err != nil {
			return err
		}
		return nil
	}
	if err := writeFileWith(*out, func(f io.Writer) error { return pay.WritePayrollCSV(f, h, w) }); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "loonexport %s geschreven naar %s / payroll export %s written to %s\n", w, *out, w, *out)
	return nil
}
