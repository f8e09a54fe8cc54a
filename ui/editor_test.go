package ui

import (
	"errors"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

func newTestEditor(t *testing.T) (*Editor, *MemStore) {
	t.Helper()
	st := NewMemStore(rostertest.SmallHouse())
	ed, err := NewEditor(st, monday+2)
	if err != nil {
		t.Fatal(err)
	}
	ed.SetWho("Tess")
	return ed, st
}

func TestEditorCustomTimes(t *testing.T) {
	ed, _ := newTestEditor(t)
	if ed.Week() != monday {
		t.Fatalf("week = %v, want the Monday of today's week", ed.Week())
	}
	e, err := ed.CustomEdit(idAnna, monday+1, "V", roster.NewClock(8, 0), roster.NewClock(15, 0), false)
	if err != nil {
		t.Fatal(err)
	}
	if err := ed.Do(e); err != nil {
		t.Fatal(err)
	}
	as := ed.House().Plan.CellAssignments(idAnna, monday+1)
	if len(as) != 1 || as[0].Start == nil || *as[0].Start != roster.NewClock(8, 0) || as[0].End == nil || *as[0].End != roster.NewClock(15, 0) {
		t.Fatalf("custom assignment = %+v", as)
	}
	c := ed.View().Rows[0].Cells[1]
	if len(c.Shifts) != 1 || !c.Shifts[0].Custom || shiftText(c.Shifts[0]) != "V 08:00–15:00*" {
		t.Errorf("cell = %+v", c.Shifts)
	}
	if _, err := ed.CustomEdit(idAnna, monday+1, "Q", 0, 0, false); err == nil {
		t.Error("an unknown shift was accepted")
	}
}

func TestEditorStoreFailureChangesNothing(t *testing.T) {
	ed, st := newTestEditor(t)
	before := codes(ed.House(), idAnna, monday+1)
	st.Fail = errors.New("schijf vol / disk full")
	e, _ := ed.AssignEdit(idAnna, monday+1, "L", false)
	err := ed.Do(e)
	if err == nil || !errors.Is(err, st.Fail) {
		t.Fatalf("Do = %v, want the store's error", err)
	}
	if got := codes(ed.House(), idAnna, monday+1); got != before || ed.CanUndo() {
		t.Errorf("after a failed save: cell %q, can undo %v", got, ed.CanUndo())
	}
	st.Fail = nil
	if err := ed.Do(e); err != nil || !ed.CanUndo() {
		t.Errorf("retry: %v", err)
	}
}

func TestEditorAbsences(t *testing.T) {
	ed, st := newTestEditor(t)
	if err := ed.Do(ed.AbsentEdit(idAnna, monday, roster.AbsLeave)); err != nil {
		t.Fatal(err)
	}
	if got := codes(ed.House(), idAnna, monday); got != "" || ed.House().Plan.AbsenceOn(idAnna, monday) == nil {
		t.Errorf("leave: cell %q", got)
	}
	// Assigning a shift on a leave day ends that day's leave.
	e, _ := ed.AssignEdit(idAnna, monday, "V", false)
	if err := ed.Do(e); err != nil {
		t.Fatal(err)
	}
	if ed.House().Plan.AbsenceOn(idAnna, monday) != nil {
		t.Error("the leave stayed under a new shift")
	}
	// Undo twice brings back the very first state, in the store too.
	for range 2 {
		if ok, err := ed.Undo(); !ok || err != nil {
			t.Fatalf("undo: %v %v", ok, err)
		}
	}
	stored, _ := st.Load()
	if got := codes(stored, idAnna, monday); got != "V" || len(stored.Plan.Absences) != 0 {
		t.Errorf("after undo: store cell %q, absences %+v", got, stored.Plan.Absences)
	}
	log, _ := st.Log(0)
	if len(log) != 4 || log[0].Who != "Tess" {
		t.Errorf("log has %d records (want 4: two edits, two undos)", len(log))
	}
}

func TestPickLang(t *testing.T) {
	for _, tt := range []struct{ in, code, want string }{
		{"week is vastgezet / week is fixed", "nl", "week is vastgezet"},
		{"week is vastgezet / week is fixed", "en", "week is fixed"},
		{"a / b / c", "en", "a / b / c"},
		{"plain", "en", "plain"},
	} {
		if got := pickLang(tt.in, tt.code); got != tt.want {
			t.Errorf("pickLang(%q, %s) = %q, want %q", tt.in, tt.code, got, tt.want)
		}
	}
}

func TestEditorSameShiftIsNoEdit(t *testing.T) {
	ed, st := newTestEditor(t)
	e, err := ed.AssignEdit(idAnna, monday, "V", false) // Anna already works V
	if err != nil {
		t.Fatal(err)
	}
	if !e.Empty() {
		t.Fatalf("assigning the same shift is an edit: %+v", e)
	}
	if err := ed.Do(e); err != nil || ed.CanUndo() {
		t.Errorf("Do(empty) = %v, can undo %v", err, ed.CanUndo())
	}
	if log, _ := st.Log(0); len(log) != 0 {
		t.Errorf("an empty edit was logged: %+v", log)
	}
}
