package main

import (
	"flag"

	"github.com/huisrooster/huisrooster/roster"
)

// houseSource is where a headless command reads the house: a roster
// database (--db), a house file (--file) or the demo house (--demo).
type houseSource struct {
	db, file *string
	demo     *bool
	fs       *flag.FlagSet // its output is the command's stderr
}

// addSourceFlags defines --db, --file and --demo on fs.
func addSourceFlags(fs *flag.FlagSet) houseSource {
	return houseSource{
		db:   fs.String("db", "", "roosterbestand (bbolt) / roster database (bbolt)"),
		file: fs.String("file", "", "huisbestand (JSON) / house file (JSON)"),
		demo: fs.Bool("demo", false, "gebruik het demohuis / use the demo house"),
		fs:   fs,
	}
}

// empty reports whether none of the three was given.
func (s houseSource) empty() bool { return *s.db == "" && *s.file == "" && !*s.demo }

// loadAll reads the whole chosen house (see loadHouseFrom).
// What opening a database repaired is told on the command's stderr.
func (s houseSource) loadAll() (*roster.House, error) {
	return loadHouseFrom(*s.db, *s.file, *s.demo, s.fs.Output())
}
