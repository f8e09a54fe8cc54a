package main

import (
	"flag"
	"fmt"
	"strconv"

	"github.com/huisrooster/huisrooster/roster"
)

// enFlag is the --en option of the text-writing commands: a boolean flag
// that sets a roster.Lang to English.
type enFlag struct{ l *roster.Lang }

// IsBoolFlag lets --en stand without a value.
func (f enFlag) IsBoolFlag() bool { return true }

// String returns "true" for English, "false" otherwise.
func (f enFlag) String() string {
	return strconv.FormatBool(f.l != nil && *f.l == roster.English)
}

// Set reads --en, --en=true or --en=false.
func (f enFlag) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("--en %q: true of false / true or false", s)
	}
	*f.l = roster.Dutch
	if b {
		*f.l = roster.English
	}
	return nil
}

// addEnFlag defines --en on fs: text in English instead of Dutch.
func addEnFlag(fs *flag.FlagSet) *roster.Lang {
	l := new(roster.Lang)
	fs.Var(enFlag{l}, "en", "tekst in het Engels / text in English")
	return l
}
