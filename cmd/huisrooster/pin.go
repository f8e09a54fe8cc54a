package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
)

// runPIN implements "huisrooster pin reset|set --db PATH": whoever can read
// the roster file can clear the teamleider's PIN (reset) or set a new one
// (set, read from standard input), saved through the store with an audit
// record.
func runPIN(args []string, stdout, stderr io.Writer) int {
	return runPINWith(args, os.Stdin, stdout, stderr)
}

// runPINWith is runPIN reading a new PIN from in.
func runPINWith(args []string, in io.Reader, stdout, stderr io.Writer) int {
	usage := "gebruik / usage: huisrooster pin reset --db PAD | huisrooster pin set --db PAD < PIN"
	if len(args) == 0 || (args[0] != "reset" && args[0] != "set") {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	action := args[0]
	fs := flag.NewFlagSet("pin "+action, flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := storeFlag(fs)
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	var hash *roster.PINHash
	if action == "set" {
		line, err := bufio.NewReader(in).ReadString('\n')
		if err != nil && line == "" {
			fmt.Fprintf(stderr, "pincode lezen van standaardinvoer / read PIN from standard input: %v\n", err)
			return 2
		}
		hash, err = roster.NewPINHash(strings.TrimSpace(line), nil, 0)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
	}
	s, path, err := openExisting(*db)
	if err != nil {
		return storeFailure(stderr, path, err)
	}
	defer s.Close()
	h, err := s.Load()
	if err != nil {
		return storeFailure(stderr, path, err)
	}
	if err := s.Apply(roster.SetPIN(h, hash), "huisrooster pin "+action); err != nil {
		return storeFailure(stderr, path, err)
	}
	if hash == nil {
		fmt.Fprintf(stdout, "pincode van de teamleider gewist in %s / teamleider PIN reset in %s\n", path, path)
	} else {
		fmt.Fprintf(stdout, "pincode van de teamleider ingesteld in %s / teamleider PIN set in %s\n", path, path)
	}
	return 0
}
