package main

import (
	"path/filepath"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/store"
)

// storeHouse writes h as a new roster database in a fresh temp folder and
// returns its path (the store closed), for commands run with --db.
func storeHouse(t *testing.T, h *roster.House) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rooster.db")
	s, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Replace(h, "test"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}
