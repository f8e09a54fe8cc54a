package main

import (
	"fmt"
	"io"
)

// runGUI starts the desktop app.
func runGUI(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "de app volgt / the app is being built")
	return 1
}
