package team

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// TestPeriodRounds walks a period through a whole round and checks every
// edit is undoable.
func TestPeriodRounds(t *testing.T) {
	h := rnHouse()
	p := PlanningPeriod(h, rnWed)
	if p != (roster.Window{From: roster.NewDate(2026, 11, 2), To: roster.NewDate(2026, 11, 29)}) {
		t.Fatalf("PlanningPeriod: %s (want 2026-W45–W48)", p)
	}
	deadline := p.From - 14
	steps := []struct {
		name string
		edit func() (roster.Edit, error)
		want roster.PeriodState
	}{
		{"open wishes", func() (roster.Edit, error) { return OpenWishes(h, p, deadline) }, roster.PeriodWishes},
		{"start filling", func() (roster.Edit, error) { return StartFilling(h, p) }, roster.PeriodFilling},
		{"reopen wishes", func() (roster.Edit, error) { return OpenWishes(h, p, 0) }, roster.PeriodWishes},
		{"start filling again", func() (roster.Edit, error) { return StartFilling(h, p) }, roster.PeriodFilling},
		{"fix", func() (roster.Edit, error) { e, _, err := FixPeriod(h, p); return e, err }, roster.PeriodFixed},
		{"unlock", func() (roster.Edit, error) { return UnlockPeriod(h, p) }, roster.PeriodFilling},
	}
	for _, st := range steps {
		before := slices.Clone(h.Plan.Periods)
		e, err := st.edit()
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if e.NL == "" || e.EN == "" {
			t.Errorf("%s: edit without description", st.name)
		}
		rnApply(t, h, e)
		for _, d := range []roster.Date{p.From, rnWed, p.To} {
			if got := h.Plan.StateOn(d); got != st.want {
				t.Fatalf("%s: state on %s = %s, want %s", st.name, d, got, st.want)
			}
		}
		if got := h.Plan.StateOn(p.To + 1); got != roster.PeriodDraft {
			t.Errorf("%s: the day after the period is %s", st.name, got)
		}
		// Undo and redo.
		rnApply(t, h, e.Inverse())
		if !slices.Equal(h.Plan.Periods, before) {
			t.Fatalf("%s: undo left %+v, want %+v", st.name, h.Plan.Periods, before)
		}
		rnApply(t, h, e)
	}
	if pr, ok := PeriodOn(h, rnWed); !ok || pr.Deadline != 0 {
		t.Errorf("PeriodOn: %+v %v (deadline cleared by filling)", pr, ok)
	}
}

// TestPeriodIllegalTransitions: every transition outside the state machine
// is refused with a Dutch and English message.
func TestPeriodIllegalTransitions(t *testing.T) {
	p := PlanningPeriod(rnHouse(), rnWed)
	fix := func(h *roster.House) (roster.Edit, error) { e, _, err := FixPeriod(h, p); return e, err }
	open := func(h *roster.House) (roster.Edit, error) { return OpenWishes(h, p, 0) }
	fill := func(h *roster.House) (roster.Edit, error) { return StartFilling(h, p) }
	unlock := func(h *roster.House) (roster.Edit, error) { return UnlockPeriod(h, p) }
	type op = func(*roster.House) (roster.Edit, error)
	cases := []struct {
		state roster.PeriodState
		op    op
		name  string
		want  string // a word of the Dutch message
	}{
		{roster.PeriodDraft, fix, "fix a draft", "invullen"},
		{roster.PeriodDraft, unlock, "unlock a draft", "niet vastgesteld"},
		{roster.PeriodWishes, fix, "fix an open round", "invullen"},
		{roster.PeriodWishes, open, "reopen an open round with the same deadline", "al"},
		{roster.PeriodWishes, unlock, "unlock a wish round", "niet vastgesteld"},
		{roster.PeriodFilling, fill, "fill twice", "al"},
		{roster.PeriodFilling, unlock, "unlock a filling period", "niet vastgesteld"},
		{roster.PeriodFixed, fix, "fix twice", "al"},
		{roster.PeriodFixed, open, "open wishes on a fixed period", "ontgrendel"},
		{roster.PeriodFixed, fill, "fill a fixed period", "ontgrendel"},
	}
	for _, tc := range cases {
		h := rnHouse()
		if tc.state != roster.PeriodDraft {
			h.Plan.Periods = []roster.Period{{From: p.From, To: p.To, State: tc.state}}
		}
		_, err := tc.op(h)
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, " / ") || !strings.Contains(msg, tc.want) {
			t.Errorf("%s: message %q (want nl/en with %q)", tc.name, msg, tc.want)
		}
	}
	// A window that overlaps a stored period with other dates is refused.
	h := rnHouse()
	h.Plan.Periods = []roster.Period{{From: rnMon, To: rnMon + 6, State: roster.PeriodFixed}}
	if _, err := OpenWishes(h, p, 0); err == nil || !strings.Contains(err.Error(), "overlapt") {
		t.Errorf("overlapping period: %v", err)
	}
	// The wish deadline must lie before the period.
	if _, err := OpenWishes(rnHouse(), p, p.From); err == nil {
		t.Error("deadline on the first day accepted")
	}
}

// TestFixPeriodReturnsErrors: fixing reports the period's error findings.
func TestFixPeriodReturnsErrors(t *testing.T) {
	h := rnHouse()
	p := PlanningPeriod(h, rnWed)
	h.Plan.Periods = []roster.Period{{From: p.From, To: p.To, State: roster.PeriodFilling}}
	_, errs, err := FixPeriod(h, p)
	if err != nil {
		t.Fatal(err)
	}
	got := rnRules(errs)
	if !slices.Contains(got, rules.RuleCovDay) || !slices.Contains(got, rules.RuleCovNight) {
		t.Errorf("errors %v: want COV-DAY and COV-NIGHT", got)
	}
	for _, f := range errs {
		if f.Severity != rules.SevError {
			t.Errorf("non-error returned: %s %s", f.Rule, f.Severity)
		}
	}
}

// TestEditAllowed: on a fixed date only sick reports, cover-ins, swaps and
// added shifts pass; outside fixed periods everything does.
func TestEditAllowed(t *testing.T) {
	h := rnHouse()
	anna := h.Plan.CellAssignments(rnAnna, rnWed)
	cor := h.Plan.CellAssignments(rnCor, rnWed)
	sick := slices.Clone(anna)
	sick[0].State = roster.StateSick
	moved := slices.Clone(anna)
	moved[0].Member = rnDirk
	late := roster.NewClock(8, 0)
	later := slices.Clone(anna)
	later[0].Start = &late
	cell := func(m int, before, after []roster.Assignment) roster.CellEdit {
		return roster.CellEdit{Member: m, Date: rnWed, Before: before, After: after}
	}
	cases := []struct {
		name  string
		e     roster.Edit
		fixed bool // refused on a fixed date
	}{
		{"mark sick", roster.Edit{Cells: []roster.CellEdit{cell(rnAnna, anna, sick)}}, false},
		{"cover-in", roster.Edit{Cells: []roster.CellEdit{cell(rnAnna, anna, sick),
			cell(rnDirk, nil, []roster.Assignment{{Member: rnDirk, Date: rnWed, Shift: "V", CoverFor: rnAnna}})}}, false},
		{"give away", roster.Edit{Cells: []roster.CellEdit{cell(rnAnna, anna, nil), cell(rnDirk, nil, moved)}}, false},
		{"add a shift", roster.Edit{Cells: []roster.CellEdit{cell(rnDirk, nil, []roster.Assignment{{Member: rnDirk, Date: rnWed, Shift: "L"}})}}, false},
		{"period edit", roster.SetPeriodState(&h.Plan, roster.Week(rnWed), roster.PeriodDraft), false},
		{"absence", roster.Edit{Absences: []roster.AbsenceEdit{{After: &roster.Absence{Member: rnAnna, From: rnWed, To: rnWed, Kind: roster.AbsSick}}}}, false},
		{"repeating wish", roster.Edit{Wishes: []roster.WishEdit{{After: &roster.Wish{Member: rnAnna, Date: rnWed, Until: rnWed + 28, Kind: roster.WishPrefer}}}}, false},
		{"remove a shift", roster.Edit{Cells: []roster.CellEdit{cell(rnCor, cor, nil)}}, true},
		{"change times", roster.Edit{Cells: []roster.CellEdit{cell(rnAnna, anna, later)}}, true},
		{"swap for another shift", roster.Edit{Cells: []roster.CellEdit{cell(rnAnna, anna, []roster.Assignment{{Member: rnAnna, Date: rnWed, Shift: "D"}})}}, true},
		{"wish", roster.Edit{Wishes: []roster.WishEdit{{After: &roster.Wish{Member: rnAnna, Date: rnWed, Kind: roster.WishCannot}}}}, true},
	}
	for _, tc := range cases {
		if err := EditAllowed(h, tc.e); err != nil {
			t.Errorf("%s on a draft date: %v", tc.name, err)
		}
		fx := rnHouse()
		fx.Plan.Periods = []roster.Period{{From: rnMon, To: rnMon + 27, State: roster.PeriodFixed}}
		err := EditAllowed(fx, tc.e)
		if tc.fixed != (err != nil) {
			t.Errorf("%s on a fixed date: err %v, want refused %v", tc.name, err, tc.fixed)
		}
		if err != nil && (!errors.Is(err, ErrFixedPeriod) || !strings.Contains(err.Error(), "wo 4 nov")) {
			t.Errorf("%s: error %q should wrap ErrFixedPeriod and name the date", tc.name, err)
		}
	}
}
