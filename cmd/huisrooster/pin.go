package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/huisrooster/huisrooster/roster"
)

// runPIN implements "huisrooster pin set|reset --db PATH --who NAME". The
// rules are the app's (roster/vault.go): only a member with the teamleider
// role sets the PIN; the first PIN comes with a recovery code, printed once;
// a set PIN changes only with the current one; a reset needs the recovery
// code (--recovery) or wipes the sealed pay data (--wipe). Every change is
// in the log and a reset leaves a notice for the teamleider's next unlock.
// Secrets come from standard input, one a line, never from the arguments.
func runPIN(args []string, stdout, stderr io.Writer) int {
	return runPINWith(args, os.Stdin, stdout, stderr)
}

// runPINWith is runPIN reading the secrets from in.
func runPINWith(args []string, in io.Reader, stdout, stderr io.Writer) int {
	return errCommand(func(args []string, stdout, stderr io.Writer) error { return pinCommand(args, in, stdout, stderr) })(args, stdout, stderr)
}

// pinCommand is runPINWith returning an error (errCommand decides the exit status).
func pinCommand(args []string, in io.Reader, stdout, stderr io.Writer) error {
	usage := `gebruik / usage:
  huisrooster pin set   --db PAD --who NAAM    < (huidige pincode,) nieuwe pincode / (current PIN,) new PIN
  huisrooster pin reset --db PAD --who NAAM --recovery  < herstelcode, nieuwe pincode / recovery code, new PIN
  huisrooster pin reset --db PAD --who NAAM --wipe      < nieuwe pincode (wist de loongegevens / wipes the pay data)`
	if len(args) == 0 || (args[0] != "reset" && args[0] != "set") {
		return inputError(errors.New(usage))
	}
	action := args[0]
	fs := flag.NewFlagSet("pin "+action, flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := storeFlag(fs)
	who := fs.String("who", "", "naam van de teamleider (zoals in het team) / name of the teamleider (as in the team)")
	recovery := fs.Bool("recovery", false, "reset met de herstelcode (eerste regel van standaardinvoer) / reset with the recovery code (first line of standard input)")
	wipe := fs.Bool("wipe", false, "reset zonder herstelcode: de loongegevens worden gewist / reset without the recovery code: the pay data are wiped")
	if err := fs.Parse(args[1:]); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 || *who == "" || (action == "reset" && *recovery == *wipe) || (action == "set" && (*recovery || *wipe)) {
		return inputError(errors.New(usage))
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
	r := bufio.NewReader(in)
	var e roster.Edit
	var code string
	switch {
	case action == "set" && !roster.HasPIN(h):
		pin, err := readLine(r, "nieuwe pincode / new PIN")
		if err != nil {
			return exitWith(err, exitUsage)
		}
		e, code, _, err = roster.SetFirstPIN(h, *who, pin, roster.PINOptions{})
		if err != nil {
			return inputError(err)
		}
	case action == "set":
		cur, err := readLine(r, "huidige pincode / current PIN")
		if err != nil {
			return exitWith(err, exitUsage)
		}
		pin, err := readLine(r, "nieuwe pincode / new PIN")
		if err != nil {
			return exitWith(err, exitUsage)
		}
		key, err := roster.UnlockPay(h, cur)
		if err == nil {
			e, err = roster.ChangePIN(h, key, *who, pin, roster.PINOptions{})
		}
		if err != nil {
			return inputError(err)
		}
	default:
		secret := ""
		if *recovery {
			if secret, err = readLine(r, "herstelcode / recovery code"); err != nil {
				return exitWith(err, exitUsage)
			}
		}
		pin, err := readLine(r, "nieuwe pincode / new PIN")
		if err != nil {
			return exitWith(err, exitUsage)
		}
		e, code, _, err = roster.ResetPIN(h, *who, secret, pin, roster.PINOptions{})
		if err != nil {
			return inputError(err)
		}
	}
	if err := s.Apply(e, *who+" (opdrachtregel / command line)"); err != nil {
		return storeError(path, err)
	}
	fmt.Fprintf(stdout, "%s (%s) / %s (%s)\n", e.NL, path, e.EN, path)
	if code != "" {
		fmt.Fprintf(stdout, "Herstelcode (wordt maar één keer getoond; bewaar hem op papier, apart van de laptop) / recovery code (shown only once; keep it on paper, away from the laptop):\n\n    %s\n\n", code)
	}
	return nil
}
