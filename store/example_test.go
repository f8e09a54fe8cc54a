package store_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/store"
)

// Open a roster, save one change and read it back from the audit log.
func Example() {
	dir, _ := os.MkdirTemp("", "huisrooster-example")
	defer os.RemoveAll(dir)

	s, err := store.Open(filepath.Join(dir, store.FileName), &store.Options{DailyBackup: true})
	if err != nil {
		fmt.Println(err) // store.ErrLocked, store.ErrDamaged, store.ErrNewerSchema
		return
	}
	defer s.Close()

	d := roster.NewDate(2026, 11, 23)
	e := roster.Edit{NL: "Anna ingeroosterd", EN: "Anna assigned", Cells: []roster.CellEdit{{
		Member: 1, Date: d, After: []roster.Assignment{{Member: 1, Date: d, Shift: "V"}},
	}}}
	if err := s.Apply(e, "Anna"); err != nil {
		fmt.Println(err)
		return
	}
	h, _ := s.Load()
	log, _ := s.Log(1)
	fmt.Println(len(h.Plan.Assignments), "dienst / assignment")
	fmt.Printf("#%d %s: %s / %s\n", log[0].Seq, log[0].Who, log[0].NL, log[0].EN)
	// Output:
	// 1 dienst / assignment
	// #1 Anna: Anna ingeroosterd / Anna assigned
}
