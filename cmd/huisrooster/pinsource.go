package main

// How the command line gets the teamleider's PIN. A PIN typed as a program
// argument would show in the process list (ps) and the shell history, so
// there are two ways only:
//
//   - the environment variable HUISROOSTER_PIN (visible to the same user
//     only: /proc/PID/environ is readable by the owner), or
//   - --pin - : the PIN is read as the first line of standard input (a pipe,
//     a file, or typed; a typed PIN is echoed: prefer the variable or a
//     pipe on a shared screen).
//
// --pin with any other value is refused with that explanation.

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
)

// pinEnv is the environment variable that gives the PIN.
const pinEnv = "HUISROOSTER_PIN"

// pinFlag adds --pin to fs.
func pinFlag(fs *flag.FlagSet) *string {
	return fs.String("pin", "", "- leest de pincode van de teamleider van standaardinvoer (of zet "+pinEnv+") / - reads the teamleider PIN from standard input (or set "+pinEnv+")")
}

// errPINArg refuses a PIN given as a program argument.
var errPINArg = errors.New("geef de pincode niet als argument (zichtbaar voor anderen in ps): gebruik --pin - (standaardinvoer) of " + pinEnv +
	" / do not give the PIN as an argument (others see it in ps): use --pin - (standard input) or " + pinEnv)

// readLine reads the first line of in, trimmed.
func readLine(r *bufio.Reader, what string) (string, error) {
	line, err := r.ReadString('\n')
	if err != nil && line == "" {
		return "", fmt.Errorf("%s lezen van standaardinvoer / read %s from standard input: %w", what, what, err)
	}
	return strings.TrimSpace(line), nil
}

// givenPIN returns the PIN the user gave: --pin - reads it from in, else
// HUISROOSTER_PIN; given is false when neither was used.
func givenPIN(flagValue string, in io.Reader) (pin string, given bool, err error) {
	switch flagValue {
	case "":
		if p := strings.TrimSpace(os.Getenv(pinEnv)); p != "" {
			return p, true, nil
		}
		return "", false, nil
	case "-":
		p, err := readLine(bufio.NewReader(in), "pincode / PIN")
		return p, true, err
	}
	return "", false, errPINArg
}

// unlockHouse opens the pay data of h with the PIN the user gave. unlocked
// is false when no PIN was given; a given PIN that is wrong, or a house
// without a PIN, is an error.
func unlockHouse(h *roster.House, flagValue string, in io.Reader) (key *roster.PayKey, unlocked bool, err error) {
	pin, given, err := givenPIN(flagValue, in)
	if err != nil || !given {
		return nil, false, err
	}
	key, err = roster.UnlockPay(h, pin)
	if err != nil {
		return nil, false, err
	}
	return key, true, nil
}

// needPIN is the error of a command that needs the PIN and got none; nl
// and en say what needs it.
func needPIN(h *roster.House, nl, en string) error {
	if !roster.HasPIN(h) {
		return roster.ErrNoPIN
	}
	return pinErrorf("%s vragen de pincode van de teamleider (--pin - of %s) / %s need the teamleider's PIN (--pin - or %s)", nl, pinEnv, en, pinEnv)
}
