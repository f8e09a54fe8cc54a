package roster

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestPeriodRounds walks a period through a whole round and checks every
// edit is undoable.
func TestPeriodRounds(t *testing.T) {
	h := rnHouse()
	p := PlanningPeriod(h, rnWed)
	if p != (Window{NewDate(2026, 11, 2), NewDate(2026, 11, 29)}) {
		t.Fatalf("PlanningPeriod: %s (want 2026-W45–W48)", p)
	}
	deadline := p.From - 14
	steps := []struct {
		name string
		edit func() (Edit, error)
		want PeriodState
	}{
		{"open wishes", func() (Edit, error) { return OpenWishes(h, p, deadline) }, PeriodWishes},
		{"start filling", func() (Edit, error) { return StartFilling(h, p) }, PeriodFilling},
		{"reopen wishes", func() (Edit, error) { return OpenWishes(h, p, 0) }, PeriodWishes},
		{"start filling again", func() (Edit, error) { return StartFilling(h, p) }, PeriodFilling},
		{"fix", func() (Edit, error) { e, _, err := FixPeriod(h, p); return e, err }, PeriodFixed},
		{"unlock", func() (Edit, error) { return UnlockPeriod(h, p) }, PeriodFilling},
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
		for _, d := range []Date{p.From, rnWed, p.To} {
			if got := h.Plan.StateOn(d); got != st.want {
				t.Fatalf("%s: state on %s = %s, want %s", st.name, d, got, st.want)
			}
		}
		if got := h.Plan.StateOn(p.To + 1); got != PeriodDraft {
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
	fix := func(h *House) (Edit, error) { e, _, err := FixPeriod(h, p); return e, err }
	open := func(h *House) (Edit, error) { return OpenWishes(h, p, 0) }
	fill := func(h *House) (Edit, error) { return StartFilling(h, p) }
	unlock := func(h *House) (Edit, error) { return UnlockPeriod(h, p) }
	type op = func(*House) (Edit, error)
	cases := []struct {
		state PeriodState
		op    op
		name  string
		want  string // a word of the Dutch message
	}{
		{PeriodDraft, fix, "fix a draft", "invullen"},
		{PeriodDraft, unlock, "unlock a draft", "niet vastgesteld"},
		{PeriodWishes, fix, "fix an open round", "invullen"},
		{PeriodWishes, open, "reopen an open round with the same deadline", "al"},
		{PeriodWishes, unlock, "unlock a wish round", "niet vastgesteld"},
		{PeriodFilling, fill, "fill twice", "al"},
		{PeriodFilling, unlock, "unlock a filling period", "niet vastgesteld"},
		{PeriodFixed, fix, "fix twice", "al"},
		{PeriodFixed, open, "open wishes on a fixed period", "ontgrendel"},
		{PeriodFixed, fill, "fill a fixed period", "ontgrendel"},
	}
	for _, tc := range cases {
		h := rnHouse()
		if tc.state != PeriodDraft {
			h.Plan.Periods = []Period{{From: p.From, To: p.To, State: tc.state}}
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
	h.Plan.Periods = []Period{{From: rnMon, To: rnMon + 6, State: PeriodFixed}}
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
	h.Plan.Periods = []Period{{From: p.From, To: p.To, State: PeriodFilling}}
	_, errs, err := FixPeriod(h, p)
	if err != nil {
		t.Fatal(err)
	}
	rules := rnRules(errs)
	if !slices.Contains(rules, RuleCovDay) || !slices.Contains(rules, RuleCovNight) {
		t.Errorf("errors %v: want COV-DAY and COV-NIGHT", rules)
	}
	for _, f := range errs {
		if f.Severity != SevError {
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
	sick[0].State = StateSick
	moved := slices.Clone(anna)
	moved[0].Member = rnDirk
	late := NewClock(8, 0)
	later := slices.Clone(anna)
	later[0].Start = &late
	cell := func(m int, before, after []Assignment) CellEdit {
		return CellEdit{Member: m, Date: rnWed, Before: before, After: after}
	}
	cases := []struct {
		name  string
		e     Edit
		fixed bool // refused on a fixed date
	}{
		{"mark sick", Edit{Cells: []CellEdit{cell(rnAnna, anna, sick)}}, false},
		{"cover-in", Edit{Cells: []CellEdit{cell(rnAnna, anna, sick),
			cell(rnDirk, nil, []Assignment{{Member: rnDirk, Date: rnWed, Shift: "V", CoverFor: rnAnna}})}}, false},
		{"give away", Edit{Cells: []CellEdit{cell(rnAnna, anna, nil), cell(rnDirk, nil, moved)}}, false},
		{"add a shift", Edit{Cells: []CellEdit{cell(rnDirk, nil, []Assignment{{Member: rnDirk, Date: rnWed, Shift: "L"}})}}, false},
		{"period edit", SetPeriodState(&h.Plan, Week(rnWed), PeriodDraft), false},
		{"absence", Edit{Absences: []AbsenceEdit{{After: &Absence{Member: rnAnna, From: rnWed, To: rnWed, Kind: AbsSick}}}}, false},
		{"repeating wish", Edit{Wishes: []WishEdit{{After: &Wish{Member: rnAnna, Date: rnWed, Until: rnWed + 28, Kind: WishPrefer}}}}, false},
		{"remove a shift", Edit{Cells: []CellEdit{cell(rnCor, cor, nil)}}, true},
		{"change times", Edit{Cells: []CellEdit{cell(rnAnna, anna, later)}}, true},
		{"swap for another shift", Edit{Cells: []CellEdit{cell(rnAnna, anna, []Assignment{{Member: rnAnna, Date: rnWed, Shift: "D"}})}}, true},
		{"wish", Edit{Wishes: []WishEdit{{After: &Wish{Member: rnAnna, Date: rnWed, Kind: WishCannot}}}}, true},
	}
	for _, tc := range cases {
		if err := EditAllowed(h, tc.e); err != nil {
			t.Errorf("%s on a draft date: %v", tc.name, err)
		}
		fx := rnHouse()
		fx.Plan.Periods = []Period{{From: rnMon, To: rnMon + 27, State: PeriodFixed}}
		err := EditAllowed(fx, tc.e)
		if tc.fixed != (err != nil) {
			t.Errorf("%s on a fixed date: err %v, want refused %v", tc.name, err, tc.fixed)
		}
		if err != nil && (!errors.Is(err, ErrFixedPeriod) || !strings.Contains(err.Error(), "wo 04-11")) {
			t.Errorf("%s: error %q should wrap ErrFixedPeriod and name the date", tc.name, err)
		}
	}
}
