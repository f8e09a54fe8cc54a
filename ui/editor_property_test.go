package ui

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/team"
)

// TestEditorOperationsKeepHouseValid is a property test: random sequences
// of the edits the screens make (a shift, custom times, clear, absence,
// paste, copy last week, base roster, fix and unlock a week, sick reports
// and recovery, undo, redo, moving between weeks) never make a valid house
// break a rule of roster.Validate, and none of them is refused by the
// whole-house check on save (roster.EditRefused): the check is a safety
// net, not something the screens run into.
func TestEditorOperationsKeepHouseValid(t *testing.T) {
	const steps = 250
	for seed := uint64(1); seed <= 6; seed++ {
		st := NewMemStore(demo.House(monday))
		ed, err := NewEditor(st, monday+2)
		if err != nil {
			t.Fatal(err)
		}
		ed.SetWho("Tess")
		if p := roster.Validate(ed.House()); len(p) > 0 {
			t.Fatalf("the demo house is invalid: %v", p)
		}
		r := rand.New(rand.NewPCG(seed, 7))
		now := time.Date(2026, 3, 4, 9, 0, 0, 0, roster.Amsterdam)
		for i := 0; i < steps; i++ {
			h := ed.House()
			m := h.Members[r.IntN(len(h.Members))].ID
			d := ed.Week() + roster.Date(r.IntN(7))
			code := h.ShiftTypes[r.IntN(len(h.ShiftTypes))].Code
			var e roster.Edit
			var berr error
			op := r.IntN(14)
			switch op {
			case 0, 1:
				e, berr = ed.AssignEdit(m, d, code, r.IntN(3) == 0)
			case 2:
				s := roster.Clock(r.IntN(96) * 15)
				end := roster.Clock((r.IntN(96) + 1) * 15)
				e, berr = ed.CustomEdit(m, d, code, s, end, false)
			case 3:
				e = ed.ClearEdit(m, d)
			case 4:
				e = ed.AbsentEdit(m, d, roster.AbsenceKinds[r.IntN(len(roster.AbsenceKinds))])
			case 5:
				e = ed.PasteEdit(m, d, h.Plan.CellAssignments(h.Members[r.IntN(len(h.Members))].ID, d-roster.Date(r.IntN(7))))
			case 6:
				e = ed.CopyPrevWeekEdit(r.IntN(2) == 0)
			case 7:
				e, berr = ed.SetBaseRosterEdit(1 + r.IntN(4))
			case 8:
				e, berr = ed.ApplyBaseRosterEdit(1+r.IntN(4), r.IntN(2) == 0)
			case 9:
				if r.IntN(2) == 0 {
					e = ed.FixWeekEdit()
				} else {
					e = ed.UnlockWeekEdit()
				}
			case 10:
				if r.IntN(2) == 0 {
					e, berr = team.ReportSickFromNow(h, m, now)
				} else {
					e, berr = team.ReportSick(h, m, d, d+roster.Date(r.IntN(5)), now)
				}
			case 11:
				e, berr = team.Recover(h, m, d)
			case 12:
				if r.IntN(2) == 0 {
					_, err = ed.Undo()
				} else {
					_, err = ed.Redo()
				}
			case 13:
				ed.SetWeek(monday + roster.Date(7*(r.IntN(5)-1)))
			}
			if op < 12 && berr == nil {
				err = ed.Do(e)
			}
			var refused *roster.EditRefused
			if errors.As(err, &refused) {
				t.Fatalf("seed %d step %d op %d: a screen's edit was refused: %v", seed, i, op, err)
			}
			if err != nil && !errors.Is(err, ErrFixed) {
				t.Fatalf("seed %d step %d op %d: %v", seed, i, op, err)
			}
			if p := roster.Validate(ed.House()); len(p) > 0 {
				t.Fatalf("seed %d step %d op %d (%s): the house breaks a rule: %v", seed, i, op, e.EN, p)
			}
		}
	}
}

// TestEditorRefusesEditThatBreaksRules: an edit that would make the house
// break a rule (removing a shift type the plan still uses, as a settings
// section that checks only itself would let through) is refused with a
// message in each language naming the path; nothing is saved or logged.
func TestEditorRefusesEditThatBreaksRules(t *testing.T) {
	ed, st := newTestEditor(t)
	a, err := ed.AssignEdit(idAnna, monday+1, "V", false)
	if err != nil {
		t.Fatal(err)
	}
	if err := ed.Do(a); err != nil {
		t.Fatal(err)
	}
	logBefore, _ := st.Log(0)
	e := roster.Edit{Shifts: []roster.ShiftTypeEdit{{Before: ed.House().ShiftType("V")}}}
	err = ed.Do(e)
	var refused *roster.EditRefused
	if !errors.As(err, &refused) {
		t.Fatalf("Do = %v, want EditRefused", err)
	}
	if nl := pickLang(err.Error(), "nl"); !strings.Contains(nl, "Niet opgeslagen") || !strings.Contains(nl, ".shift: onbekende dienst \"V\"") || strings.Contains(nl, "Not saved") {
		t.Errorf("Dutch message %q", nl)
	}
	if en := pickLang(err.Error(), "en"); !strings.Contains(en, "Not saved") || !strings.Contains(en, "unknown shift \"V\"") {
		t.Errorf("English message %q", en)
	}
	stored, _ := st.Load()
	if stored.ShiftType("V") == nil || ed.House().ShiftType("V") == nil {
		t.Error("the refused edit was saved")
	}
	if logAfter, _ := st.Log(0); len(logAfter) != len(logBefore) {
		t.Error("the refused edit was logged")
	}
}
