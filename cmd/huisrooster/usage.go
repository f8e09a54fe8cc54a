package main

import (
	"fmt"
	"io"
	"sort"
)

// devCommand reports whether name is a developers' command: it runs, but
// the usage text does not list it. bench (the planner benchmarks) is
// documented in docs/planner.md.
func devCommand(name string) bool { return name == "bench" }

// usage prints the subcommands for users: the developers' commands are
// left out.
func usage(w io.Writer) {
	fmt.Fprintln(w, "Gebruik / usage: huisrooster [--db PAD] | huisrooster COMMANDO [opties]")
	fmt.Fprintln(w)
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		if !devCommand(n) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\n  huisrooster COMMANDO -h  toont de opties / shows the options")
}
