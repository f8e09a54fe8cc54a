package main

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/store"
	"github.com/huisrooster/huisrooster/ui"
)

// TestHouseFiles checks the two roster files: the demo house in demo.db next
// to the own house, which is only there after the set-up.
func TestHouseFiles(t *testing.T) {
	dir := t.TempDir()
	own := filepath.Join(dir, "huisrooster.db")
	h, err := houseFiles(own)
	if err != nil {
		t.Fatal(err)
	}
	if h.HasOwn() || h.HasDemo() {
		t.Fatal("a fresh folder has houses")
	}
	demo, err := h.OpenDemo()
	if err != nil {
		t.Fatal(err)
	}
	dh, err := demo.Load()
	if err != nil || dh.Name != "De Linde" || len(dh.Members) == 0 {
		t.Fatalf("demo house %v, %v", dh, err)
	}
	demo.Close()
	if !h.HasDemo() || h.HasOwn() {
		t.Fatalf("after the demo: has demo %v, has own %v", h.HasDemo(), h.HasOwn())
	}
	// An own file without a house (a set-up that did not finish) is no house.
	empty, err := store.Open(own, nil)
	if err != nil {
		t.Fatal(err)
	}
	empty.Close()
	if _, err := h.OpenOwn(); !errors.Is(err, ui.ErrNoHouse) {
		t.Fatalf("empty own file: %v", err)
	}
	house := roster.NewHouse("Het Anker", 4)
	house.Members = []roster.Member{{ID: 1, Name: "Anna", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{From: roster.NewDate(2026, 11, 23), HoursPerWeek: 36}}}}
	st, err := h.CreateOwn(house)
	if err != nil {
		t.Fatal(err)
	}
	// A contract change from the settings screen goes into the real file.
	e, err := ui.ContractEdit(house, 1, roster.NewDate(2027, 1, 4), 28.8)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Apply(e, "Anna"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, err = h.OpenOwn()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, err := st.Load()
	if err != nil || got.Name != "Het Anker" || len(got.Member(1).Contract) != 2 || got.Settings.Budget[roster.RoleOpvoeder] != 7.5 {
		t.Fatalf("own house %+v, %v", got, err)
	}
	if dh2, _ := store.Open(filepath.Join(dir, DemoFileName), nil); dh2 != nil {
		d, _ := dh2.Load()
		if d.Name != "De Linde" {
			t.Error("the demo file changed")
		}
		dh2.Close()
	}
}
