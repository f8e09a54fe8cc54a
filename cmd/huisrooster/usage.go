package main

import (
	"fmt"
	"io"
	"sort"
)

// usage prints the subcommands.
func usage(w io.Writer) {
	fmt.Fprintln(w, "Gebruik / usage: huisrooster [--db PAD] | huisrooster COMMANDO [opties]")
	fmt.Fprintln(w)
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\n  huisrooster COMMANDO -h  toont de opties / shows the options")
}
