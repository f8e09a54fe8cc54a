package main

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// checkRange refuses a window that ends before it starts or that is longer
// than maxDays days; the messages name the flags.
func checkRange(w roster.Window, maxDays int) error {
	if w.To < w.From {
		return fmt.Errorf("--to ligt voor --from / --to is before --from")
	}
	if w.Days() > maxDays {
		if maxDays > 400 {
			return fmt.Errorf("periode langer dan twee jaar / period longer than two years")
		}
		return fmt.Errorf("periode langer dan een jaar / period longer than a year")
	}
	return nil
}
