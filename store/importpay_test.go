package store

import (
	"bytes"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// payStore returns a store whose house has a teamleider PIN and sealed
// wages for members 1 and 2, and the PIN's key.
func payStore(t *testing.T) (*Store, *roster.PayKey) {
	t.Helper()
	s := mustOpen(t)
	h := validHouse(3, 1)
	h.Members[0].Role = roster.RoleTeamleider
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	o := roster.PINOptions{Iterations: 1000}
	e, _, key, err := roster.SetFirstPIN(h, h.Members[0].Name, "4321", o)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(e, "tester"); err != nil {
		t.Fatal(err)
	}
	h.Apply(e)
	pe, err := roster.SealPay(h, key, h.Settings.PayOrDefault(), map[int]*roster.Salary{1: {Scale: 9, HourlyWage: 31.5}, 2: {Scale: 7, HourlyWage: 24.75}}, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(pe, "tester"); err != nil {
		t.Fatal(err)
	}
	return s, key
}

// plainFile returns the house file of s written without the PIN, after
// change.
func plainFile(t *testing.T, s *Store, change func(h *roster.House)) *bytes.Buffer {
	t.Helper()
	h, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	p := roster.PlainHouse(h)
	change(p)
	var b bytes.Buffer
	if err := roster.EncodeHouseFile(&b, p); err != nil {
		t.Fatal(err)
	}
	return &b
}

// TestImportPayCarry is the store path of importing a house file without
// pay data: matched members keep theirs, a new member gets none, a removed
// member's go (at once with the key, sealed-pending without), the PIN
// stays, and a wrong key imports nothing.
func TestImportPayCarry(t *testing.T) {
	s, key := payStore(t)
	change := func(h *roster.House) {
		h.Members = h.Members[:2] // member 3 leaves (and so do his plan entries)
		var as []roster.Assignment
		for _, a := range h.Plan.Assignments {
			if a.Member != 3 {
				as = append(as, a)
			}
		}
		h.Plan.Assignments = as
		h.Members = append(h.Members, roster.Member{ID: 4, Name: "Nieuw", Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: roster.NewDate(2026, 1, 1), HoursPerWeek: 24}}})
	}
	wages := func() map[int]roster.Salary {
		t.Helper()
		h, err := s.Load()
		if err != nil {
			t.Fatal(err)
		}
		k, err := roster.UnlockPay(h, "4321")
		if err != nil {
			t.Fatalf("the PIN no longer opens the roster: %v", err)
		}
		sal, err := k.Salaries(h)
		if err != nil {
			t.Fatal(err)
		}
		return sal
	}

	// Without the key: carried sealed; members 1 and 2 keep their wages.
	carry, err := s.ImportPay(plainFile(t, s, change), "tester", nil)
	if err != nil {
		t.Fatal(err)
	}
	if carry == nil || !carry.Pending || len(carry.Dropped) != 1 || carry.Text(roster.Dutch) == "" {
		t.Fatalf("carry = %+v", carry)
	}
	if w := wages(); w[1].HourlyWage != 31.5 || w[2].HourlyWage != 24.75 || w[4] != (roster.Salary{}) {
		t.Errorf("wages after a plain import = %v", w)
	}

	// A key of another vault: refused before anything is written.
	other, _ := payStore(t)
	oh, _ := other.Load()
	wrong, err := roster.UnlockPay(oh, "4321")
	if err != nil {
		t.Fatal(err)
	}
	before, _ := s.Log(0)
	if _, err := s.ImportPay(plainFile(t, s, func(*roster.House) {}), "tester", wrong); err == nil {
		t.Error("a key that does not open the pay data was accepted")
	}
	if after, _ := s.Log(0); len(after) != len(before) {
		t.Error("a refused import changed the log")
	}

	// With the key: a member removed now loses his wage at once.
	carry, err = s.ImportPay(plainFile(t, s, func(h *roster.House) { h.Members = h.Members[1:]; dropPlanOf(h, 1) }), "tester", key)
	if err != nil {
		t.Fatal(err)
	}
	if carry.Pending || len(carry.Carried) != 1 || len(carry.Dropped) != 1 {
		t.Errorf("carry with the key = %+v", carry)
	}
	if w := wages(); len(w) != 1 || w[2].HourlyWage != 24.75 {
		t.Errorf("wages after an import with the key = %v, want member 2's only", w)
	}
}

// dropPlanOf removes the plan entries of member id from h.
func dropPlanOf(h *roster.House, id int) {
	var as []roster.Assignment
	for _, a := range h.Plan.Assignments {
		if a.Member != id {
			as = append(as, a)
		}
	}
	h.Plan.Assignments = as
	var abs []roster.Absence
	for _, a := range h.Plan.Absences {
		if a.Member != id {
			abs = append(abs, a)
		}
	}
	h.Plan.Absences = abs
	var ws []roster.Wish
	for _, w := range h.Plan.Wishes {
		if w.Member != id {
			ws = append(ws, w)
		}
	}
	h.Plan.Wishes = ws
}
