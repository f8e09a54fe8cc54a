package ui

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// renameEdit returns the settings edit that renames the house.
func renameEdit(h *roster.House, name string) roster.Edit {
	before := roster.SettingsOf(h)
	after := before
	after.Name = name
	return roster.Edit{NL: "Naam gewijzigd", EN: "Name changed", Settings: &roster.SettingsEdit{Before: before, After: after}}
}

// TestEditorUndoNeverReversesPIN: PIN changes and pay data are saved but
// not undoable; undo and redo of the edits around them still work and
// never bring an old PIN or wiped pay data back, in memory or in the store.
func TestEditorUndoNeverReversesPIN(t *testing.T) {
	ed, st := newTestEditor(t)
	o := roster.PINOptions{Iterations: 1000}
	if err := ed.Do(renameEdit(ed.House(), "Huis Oost")); err != nil {
		t.Fatal(err)
	}
	e, _, key, err := roster.SetFirstPIN(ed.House(), "Tess", "1234", o)
	if err != nil {
		t.Fatal(err)
	}
	if err := ed.Do(e); err != nil {
		t.Fatal(err)
	}
	pay, err := roster.SealPay(ed.House(), key, ed.House().Settings.Pay,
		map[int]*roster.Salary{idAnna: {Scale: 7, Step: 3, HourlyWage: 23.45}}, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := ed.Do(pay); err != nil {
		t.Fatal(err)
	}
	if got := ed.UndoLabel(roster.English); got != "Name changed" {
		t.Fatalf("undo label after PIN and pay = %q, want the rename (PIN and pay not undoable)", got)
	}
	if err := ed.Do(roster.Edit{}); err != nil {
		t.Fatal(err)
	}
	wipe, _, _, err := roster.ResetPIN(ed.House(), "Tess", "", "5678", o)
	if err != nil {
		t.Fatal(err)
	}
	if err := ed.Do(wipe); err != nil {
		t.Fatal(err)
	}
	check := func(step, name string) {
		t.Helper()
		for _, src := range []string{"editor", "store"} {
			h := ed.House()
			if src == "store" {
				if h, err = st.Load(); err != nil {
					t.Fatal(err)
				}
			}
			if h.Name != name {
				t.Errorf("%s: %s house name = %q, want %q", step, src, h.Name, name)
			}
			if roster.CheckPIN(h, "1234") || !roster.CheckPIN(h, "5678") {
				t.Errorf("%s: %s: the old PIN is back", step, src)
			}
			k, err := roster.UnlockPay(h, "5678")
			if err != nil {
				t.Fatalf("%s: %s: unlock: %v", step, src, err)
			}
			if sal, _ := k.Salaries(h); len(sal) != 0 {
				t.Errorf("%s: %s: wiped pay data are back: %v", step, src, sal)
			}
		}
	}
	check("after the reset", "Huis Oost")
	if ok, err := ed.Undo(); !ok || err != nil {
		t.Fatalf("undo of the rename around the PIN changes: %v %v", ok, err)
	}
	check("after undo", rostertest.SmallHouse().Name)
	if ok, _ := ed.Undo(); ok {
		t.Error("a PIN or pay edit was on the undo stack")
	}
	if ok, err := ed.Redo(); !ok || err != nil {
		t.Fatalf("redo: %v %v", ok, err)
	}
	check("after redo", "Huis Oost")
}

// TestEditorVaultEditKeepsRedo: a PIN change between an undo and a redo
// leaves the redo history alone.
func TestEditorVaultEditKeepsRedo(t *testing.T) {
	ed, _ := newTestEditor(t)
	if err := ed.Do(renameEdit(ed.House(), "Huis West")); err != nil {
		t.Fatal(err)
	}
	if _, err := ed.Undo(); err != nil {
		t.Fatal(err)
	}
	e, _, _, err := roster.SetFirstPIN(ed.House(), "Tess", "2468", roster.PINOptions{Iterations: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if err := ed.Do(e); err != nil {
		t.Fatal(err)
	}
	if !ed.CanRedo() || ed.CanUndo() {
		t.Fatalf("redo %v undo %v, want the rename still redoable and no PIN undo", ed.CanRedo(), ed.CanUndo())
	}
	if _, err := ed.Redo(); err != nil {
		t.Fatal(err)
	}
	if h := ed.House(); h.Name != "Huis West" || !roster.CheckPIN(h, "2468") {
		t.Errorf("after redo: name %q, PIN kept %v", h.Name, roster.CheckPIN(h, "2468"))
	}
}
