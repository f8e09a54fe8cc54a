package curtois

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteSolution writes r as CSV: a header "employee,day,shift" and one line
// per worked day, employees in instance order, days ascending.
func WriteSolution(w io.Writer, in *Instance, r Roster) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "employee,day,shift")
	for e, row := range r {
		for d, s := range row {
			if s != Off {
				fmt.Fprintf(bw, "%s,%d,%s\n", in.Staff[e].ID, d, in.Shifts[s].ID)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("oplossing schrijven mislukt / writing solution failed: %w", err)
	}
	return nil
}

// ReadSolution reads a solution CSV written by WriteSolution (or by hand)
// for instance in. Two shifts for one employee on one day is an error.
func ReadSolution(rd io.Reader, in *Instance) (Roster, error) {
	cr := csv.NewReader(rd)
	cr.FieldsPerRecord = 3
	cr.TrimLeadingSpace = true
	r := NewRoster(in)
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("oplossing regel %d / solution line %d: %w", line, line, err)
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		if line == 1 && rec[0] == "employee" {
			continue
		}
		e, ok := in.staffIndex[rec[0]]
		if !ok {
			return nil, fmt.Errorf("oplossing regel %d: onbekende medewerker %q / solution line %d: unknown employee %q", line, rec[0], line, rec[0])
		}
		d, err := strconv.Atoi(rec[1])
		if err != nil || d < 0 || d >= in.Horizon {
			return nil, fmt.Errorf("oplossing regel %d: ongeldige dag %q / solution line %d: invalid day %q", line, rec[1], line, rec[1])
		}
		s, ok := in.shiftIndex[rec[2]]
		if !ok {
			return nil, fmt.Errorf("oplossing regel %d: onbekende dienst %q / solution line %d: unknown shift %q", line, rec[2], line, rec[2])
		}
		if r[e][d] != Off {
			return nil, fmt.Errorf("oplossing regel %d: %s heeft al een dienst op dag %d / solution line %d: %s already has a shift on day %d", line, rec[0], d, line, rec[0], d)
		}
		r[e][d] = s
	}
	return r, nil
}
