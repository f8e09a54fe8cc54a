package pay

import (
	"encoding/csv"
	"regexp"
)

// This file keeps spreadsheet formulas out of the CSV files Huisrooster
// writes. Excel and LibreOffice evaluate a cell that starts with = + - or @
// (and, in some versions, a tab or carriage return) as a formula, so a
// member named =HYPERLINK("http://…") would become a live link in the
// salary administration's spreadsheet (CSV injection). Such a text cell is
// written with a leading apostrophe, which spreadsheets show as plain text.
// Numbers Huisrooster writes itself ("-3,5") stay numbers.

// plainNumber matches a number as csvNum writes it.
var plainNumber = regexp.MustCompile(`^-?[0-9]+([.,][0-9]+)?$`)

// SafeCSVCell returns s escaped for a spreadsheet: a leading apostrophe
// when s starts with a character that makes it a formula and is not a plain
// number.
func SafeCSVCell(s string) string {
	if s == "" || plainNumber.MatchString(s) {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// safeCSV is a csv.Writer that escapes every cell with SafeCSVCell.
type safeCSV struct{ *csv.Writer }

// Write escapes and writes one record.
func (w safeCSV) Write(rec []string) error {
	out := make([]string, len(rec))
	for i, s := range rec {
		out[i] = SafeCSVCell(s)
	}
	return w.Writer.Write(out)
}
