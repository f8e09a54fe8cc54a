package main

import (
	"path/filepath"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/store"
)

// testPIN is the teamleider PIN of pinnedHouse.
const testPIN = "8642"

// pinnedHouse returns the demo house of exportWeek with a teamleider PIN
// set by its teamleider and a sealed wage of 47,13 for its first opvoeder,
// and that opvoeder's ID.
func pinnedHouse(t *testing.T) (*roster.House, int) {
	t.Helper()
	h := demo.House(exportWeek)
	tl, opv := "", 0
	for _, m := range h.Members {
		if m.Role == roster.RoleTeamleider && tl == "" {
			tl = m.Name
		}
		if m.Role == roster.RoleOpvoeder && opv == 0 {
			opv = m.ID
		}
	}
	o := roster.PINOptions{Iterations: 1000}
	e, _, key, err := roster.SetFirstPIN(h, tl, testPIN, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	pe, err := roster.SealPay(h, key, h.Settings.PayOrDefault(), map[int]*roster.Salary{opv: {Scale: 8, Step: 4, HourlyWage: 47.13}}, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Apply(pe); err != nil {
		t.Fatal(err)
	}
	return h, opv
}

// pinnedFiles writes pinnedHouse as a house file and as a database.
func pinnedFiles(t *testing.T) (file, db string) {
	t.Helper()
	h, _ := pinnedHouse(t)
	dir := t.TempDir()
	file = filepath.Join(dir, "huis.json")
	if err := writeHouseFile(file, h); err != nil {
		t.Fatal(err)
	}
	db = filepath.Join(dir, "rooster.db")
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Replace(h, "test"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return file, db
}

// teamleiderOf returns the name of the first teamleider of h.
func teamleiderOf(h *roster.House) string {
	for _, m := range h.Members {
		if m.Role == roster.RoleTeamleider {
			return m.Name
		}
	}
	return ""
}
