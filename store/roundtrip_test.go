package store

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// TestSame checks the equality the property tests rely on.
func TestSame(t *testing.T) {
	yes, yes2, no := true, true, false
	tests := []struct {
		name string
		a, b roster.Member
		want bool
	}{
		{"nil and empty slices", roster.Member{Photo: nil}, roster.Member{Photo: []byte{}}, true},
		{"photo byte", roster.Member{Photo: []byte{1}}, roster.Member{Photo: []byte{2}}, false},
		{"pointer targets equal", roster.Member{Counts: &yes}, roster.Member{Counts: &yes2}, true},
		{"pointer targets differ", roster.Member{Counts: &yes}, roster.Member{Counts: &no}, false},
		{"nil pointer", roster.Member{Counts: &yes}, roster.Member{}, false},
		{"contract hours", roster.Member{Contract: []roster.Contract{{HoursPerWeek: 1}}}, roster.Member{Contract: []roster.Contract{{HoursPerWeek: 2}}}, false},
	}
	for _, tt := range tests {
		if got := same(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: same = %v, want %v", tt.name, got, tt.want)
		}
	}
	m1 := roster.Settings{Budget: map[roster.Role]float64{roster.RoleOpvoeder: 8.9}}
	m2 := roster.Settings{Budget: map[roster.Role]float64{roster.RoleOpvoeder: 8.8}}
	if same(m1, m2) || !same(m1, m1) || !same(roster.Settings{}, roster.Settings{Budget: map[roster.Role]float64{}}) {
		t.Error("same on budget maps is wrong")
	}
}

// TestRoundTripReplace: random house → Replace → Load gives the same house,
// also after closing and reopening the file.
func TestRoundTripReplace(t *testing.T) {
	s := mustOpen(t)
	for seed := range uint64(200) {
		g := newGen(seed)
		h := g.house()
		if err := s.Replace(h, "tester"); err != nil {
			t.Fatalf("seed %d: Replace: %v", seed, err)
		}
		got, err := s.Load()
		if err != nil {
			t.Fatalf("seed %d: Load: %v", seed, err)
		}
		if !sameHouse(got, h) {
			t.Fatalf("seed %d: Load differs from the saved house in %s", seed, firstDiff(got, h))
		}
		if !same(got.Members, h.Members) || !same(got.ShiftTypes, h.ShiftTypes) {
			t.Fatalf("seed %d: team or shift order changed", seed)
		}
	}
	path := s.Path()
	want, _ := s.Load()
	s.Close()
	s2, err := Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.Load()
	if err != nil || !sameHouse(got, want) {
		t.Fatalf("after reopen: %v, differs in %s", err, firstDiff(got, want))
	}
}

// TestApplyMatchesModel: random edits applied to the store and to the
// in-memory house give the same house, and every edit is in the audit log.
func TestApplyMatchesModel(t *testing.T) {
	for seed := range uint64(8) {
		s := mustOpen(t)
		g := newGen(1000 + seed)
		model := g.house()
		if err := s.Replace(model, "tester"); err != nil {
			t.Fatal(err)
		}
		model = clone(model)
		for i := range 50 {
			e := g.edit(model)
			if err := model.Apply(e); err != nil {
				t.Fatalf("seed %d edit %d: model Apply: %v", seed, i, err)
			}
			if err := s.Apply(e, "Anna"); err != nil {
				t.Fatalf("seed %d edit %d: store Apply: %v", seed, i, err)
			}
			got, err := s.Load()
			if err != nil {
				t.Fatal(err)
			}
			if !sameHouse(got, model) {
				t.Fatalf("seed %d edit %d: store differs from model in %s", seed, i, firstDiff(got, model))
			}
			if !same(got.Members, model.Members) || !same(got.ShiftTypes, model.ShiftTypes) {
				t.Fatalf("seed %d edit %d: member or shift order differs", seed, i)
			}
		}
		log, err := s.Log(0)
		if err != nil || len(log) != 51 {
			t.Fatalf("log: %d records, %v; want 51", len(log), err)
		}
		for i, r := range log {
			if r.Seq != uint64(51-i) || r.Who == "" {
				t.Fatalf("log[%d] = seq %d who %q", i, r.Seq, r.Who)
			}
		}
		if log[0].Who != "Anna" || log[0].NL != "willekeurig" || log[50].Who != "tester" {
			t.Fatalf("log records: %+v / %+v", log[0], log[50])
		}
	}
}

// TestApplyAllOrNothing: an edit with one part that does not match leaves
// the store unchanged and adds no audit record.
func TestApplyAllOrNothing(t *testing.T) {
	s := mustOpen(t)
	g := newGen(7)
	h := g.house()
	if err := s.Replace(h, "tester"); err != nil {
		t.Fatal(err)
	}
	m := h.Members[0].ID
	d := roster.NewDate(2026, 3, 3)
	ghost := roster.Absence{Member: m, From: d, To: d, Kind: roster.AbsLeave}
	e := roster.Edit{
		Cells:    []roster.CellEdit{{Member: m, Date: d, After: []roster.Assignment{{Member: m, Date: d, Shift: "V"}}}},
		Absences: []roster.AbsenceEdit{{Before: &ghost}},
	}
	if err := s.Apply(e, "Anna"); err == nil {
		t.Fatal("Apply of a missing absence succeeded")
	}
	got, _ := s.Load()
	if !sameHouse(got, h) {
		t.Fatalf("store changed by a failed edit: %s", firstDiff(got, h))
	}
	if log, _ := s.Log(0); len(log) != 1 {
		t.Fatalf("failed edit left %d audit records, want 1", len(log))
	}
}

// TestRefusals: edits the store must refuse, nothing saved.
func TestRefusals(t *testing.T) {
	d := roster.NewDate(2026, 3, 3)
	tests := []struct {
		name string
		e    roster.Edit
		who  string
	}{
		{"no name", roster.Edit{Cells: []roster.CellEdit{{Member: 1, Date: d}}}, " "},
		{"assignment in the wrong cell", roster.Edit{Cells: []roster.CellEdit{{Member: 2, Date: d,
			After: []roster.Assignment{{Member: 1, Date: d, Shift: "V"}}}}}, "Anna"},
		{"date without a key", roster.Edit{Cells: []roster.CellEdit{{Member: 1, Date: roster.NewDate(12000, 1, 1),
			After: []roster.Assignment{{Member: 1, Date: roster.NewDate(12000, 1, 1), Shift: "V"}}}}}, "Anna"},
	}
	for _, tt := range tests {
		s := mustOpen(t)
		if err := s.Apply(tt.e, tt.who); err == nil {
			t.Errorf("%s: Apply succeeded", tt.name)
		}
		if log, _ := s.Log(0); len(log) != 0 {
			t.Errorf("%s: refused edit logged", tt.name)
		}
	}
	s := mustOpen(t)
	h := &roster.House{Members: []roster.Member{{ID: 1}, {ID: 1}}}
	if err := s.Replace(h, "Anna"); !errors.Is(err, ErrInvalid) {
		t.Errorf("Replace with a duplicate member: %v, want ErrInvalid", err)
	}
}

// TestSickNoteDropped: a sick report stores only that and when; the note
// of a sick assignment never reaches the file, the audit log included, and
// the caller's data is left alone.
func TestSickNoteDropped(t *testing.T) {
	s := mustOpen(t)
	d := roster.NewDate(2026, 3, 3)
	planned := roster.Assignment{Member: 1, Date: d, Shift: "V", Note: "ruil met Piet"}
	sick := planned
	sick.State, sick.Note = roster.StateSick, "griep"
	e := roster.Edit{Cells: []roster.CellEdit{{Member: 1, Date: d, Before: []roster.Assignment{planned}, After: []roster.Assignment{sick}}}}
	if err := s.Apply(e, "Anna"); err != nil {
		t.Fatal(err)
	}
	if e.Cells[0].After[0].Note != "griep" {
		t.Error("Apply changed the caller's edit")
	}
	h := &roster.House{Name: "x", Plan: roster.Plan{Assignments: []roster.Assignment{planned, sick}}}
	if err := s.Replace(h, "Anna"); err != nil {
		t.Fatal(err)
	}
	if h.Plan.Assignments[1].Note != "griep" {
		t.Error("Replace changed the caller's house")
	}
	got, _ := s.Load()
	if len(got.Plan.Assignments) != 2 || got.Plan.Assignments[0].Note != "ruil met Piet" || got.Plan.Assignments[1].Note != "" {
		t.Errorf("stored assignments %+v", got.Plan.Assignments)
	}
	s.Close()
	raw, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte("griep")) {
		t.Error("the sick note is in the file")
	}
	if !bytes.Contains(raw, []byte("ruil met Piet")) {
		t.Error("the planned note is not in the file (test cannot see the file's text)")
	}
}

// TestDiff: applying Diff(a, b) to a gives b, and its inverse gives a back.
func TestDiff(t *testing.T) {
	for seed := range uint64(300) {
		g := newGen(5000 + seed)
		a, b := g.house(), g.house()
		if seed%3 == 0 { // related houses: b is a after a few edits
			b = clone(a)
			for range 5 {
				if err := b.Apply(g.edit(b)); err != nil {
					t.Fatal(err)
				}
			}
		}
		e := Diff(a, b)
		got := clone(a)
		if err := got.Apply(e); err != nil {
			t.Fatalf("seed %d: Apply(Diff): %v", seed, err)
		}
		sortTeam(got)
		bs := clone(b)
		sortTeam(bs)
		if !sameHouse(got, bs) {
			t.Fatalf("seed %d: a+Diff(a,b) differs from b in %s", seed, firstDiff(got, bs))
		}
		if err := got.Apply(e.Inverse()); err != nil {
			t.Fatalf("seed %d: Apply(Inverse): %v", seed, err)
		}
		sortTeam(got)
		as := clone(a)
		sortTeam(as)
		if !sameHouse(got, as) {
			t.Fatalf("seed %d: inverse differs from a in %s", seed, firstDiff(got, as))
		}
		if !Diff(a, clone(a)).Empty() {
			t.Fatalf("seed %d: Diff(a, a) not empty", seed)
		}
	}
}

// sortTeam orders members by ID and shift types by code.
func sortTeam(h *roster.House) {
	slicesSortFunc(h.Members, func(a, b roster.Member) bool { return a.ID < b.ID })
	slicesSortFunc(h.ShiftTypes, func(a, b roster.ShiftType) bool { return a.Code < b.Code })
}

func slicesSortFunc[T any](s []T, less func(a, b T) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// TestLoadWindow: LoadWindow returns exactly the plan that touches the
// window.
func TestLoadWindow(t *testing.T) {
	s := mustOpen(t)
	for seed := range uint64(100) {
		g := newGen(9000 + seed)
		h := g.house()
		if err := s.Replace(h, "tester"); err != nil {
			t.Fatal(err)
		}
		from := g.date()
		if a := pick(g, h.Plan.Absences); a != nil && g.bool() {
			from = a.To // edges: an absence ending on the first day
		}
		w := roster.Window{From: from, To: from + roster.Date(g.r.IntN(30))}
		if a := pick(g, h.Plan.Assignments); a != nil && a.Date >= from && g.bool() {
			w.To = a.Date // an assignment on the last day
		}
		got, err := s.LoadWindow(w)
		if err != nil {
			t.Fatal(err)
		}
		want := clone(h)
		want.Plan = roster.Plan{}
		for _, a := range h.Plan.Assignments {
			if w.Contains(a.Date) {
				want.Plan.Assignments = append(want.Plan.Assignments, a)
			}
		}
		for _, a := range h.Plan.Absences {
			if a.From <= w.To && a.To >= w.From {
				want.Plan.Absences = append(want.Plan.Absences, a)
			}
		}
		for _, x := range h.Plan.Wishes {
			if w.Contains(x.Date) {
				want.Plan.Wishes = append(want.Plan.Wishes, x)
			}
		}
		for _, p := range h.Plan.Periods {
			if p.From <= w.To && p.To >= w.From {
				want.Plan.Periods = append(want.Plan.Periods, p)
			}
		}
		if !sameHouse(got, want) {
			t.Fatalf("seed %d: LoadWindow(%s) differs in %s", seed, w, firstDiff(got, want))
		}
	}
}
