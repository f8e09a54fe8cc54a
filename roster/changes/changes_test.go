package changes

import (
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/roster/team"
)

// Members of the test house.
const (
	anna  = 1
	bram  = 2
	carla = 3
	daan  = 4
)

// testHouse is a small house with a plan around Monday 23 November 2026.
func testHouse() *roster.House {
	d := roster.NewDate
	h := &roster.House{Name: "De Linde", Children: 5, Settings: roster.Settings{PublishDays: 28}}
	for i, n := range []string{"Anna de Vries", "Bram Jansen", "Carla Smit", "Daan Bos"} {
		h.Members = append(h.Members, roster.Member{ID: i + 1, Name: n, Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: d(2026, 1, 1), HoursPerWeek: 32}}})
	}
	h.ShiftTypes = []roster.ShiftType{
		{Code: "V", Name: "Vroege dienst", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), Kind: roster.KindGroup},
		{Code: "L", Name: "Late dienst", Start: roster.NewClock(14, 0), End: roster.NewClock(22, 0), Kind: roster.KindGroup},
	}
	as := func(m int, date roster.Date, code string) roster.Assignment {
		return roster.Assignment{Member: m, Date: date, Shift: code}
	}
	h.Plan.Assignments = []roster.Assignment{
		as(anna, d(2026, 11, 20), "V"),
		as(anna, d(2026, 11, 24), "V"), as(anna, d(2026, 11, 25), "V"),
		as(bram, d(2026, 11, 24), "L"), as(bram, d(2026, 11, 26), "V"),
		as(carla, d(2026, 11, 27), "V"),
		as(daan, d(2026, 12, 14), "V"),
		as(anna, d(2026, 12, 28), "V"),
	}
	return h
}

// script applies edits to a house and keeps their audit records.
type script struct {
	t    *testing.T
	h    *roster.House
	recs []roster.AuditRecord
	now  time.Time
}

func (s *script) do(e roster.Edit, who string) roster.Edit {
	s.t.Helper()
	if err := s.h.Apply(e); err != nil {
		s.t.Fatalf("apply %q: %v", e.NL, err)
	}
	s.now = s.now.Add(time.Minute)
	s.recs = append(s.recs, roster.AuditRecord{Seq: uint64(len(s.recs) + 1), When: s.now, Who: who, NL: e.NL, EN: e.EN, Edit: e})
	return e
}

// cell is the edit of one cell to after.
func (s *script) cell(m int, d roster.Date, after ...roster.Assignment) roster.CellEdit {
	return roster.CellEdit{Member: m, Date: d, Before: s.h.Plan.CellAssignments(m, d), After: after}
}

func shift(m int, d roster.Date, code string) roster.Assignment {
	return roster.Assignment{Member: m, Date: d, Shift: code}
}

// TestSummarizeScript runs a scripted sequence of edits (an add and its
// undo, a swap, a sick report, a cover, a move, a change far ahead and one
// in the past, two edits of one cell) and checks what Anna is told, and
// what the whole team would be.
func TestSummarizeScript(t *testing.T) {
	d := roster.NewDate
	today := d(2026, 11, 23)
	s := &script{t: t, h: testHouse(), now: time.Date(2026, 11, 23, 9, 0, 0, 0, roster.Amsterdam)}

	added := s.do(roster.Edit{NL: "dienst", Cells: []roster.CellEdit{s.cell(anna, d(2026, 11, 28), shift(anna, d(2026, 11, 28), "L"))}}, "Carla")
	s.do(added.Inverse(), "Carla") // undo: nothing to tell
	// Anna's Wednesday V and Bram's Thursday V swapped.
	s.do(roster.Edit{NL: "ruil", Cells: []roster.CellEdit{
		s.cell(anna, d(2026, 11, 25)), s.cell(bram, d(2026, 11, 25), shift(bram, d(2026, 11, 25), "V")),
		s.cell(bram, d(2026, 11, 26)), s.cell(anna, d(2026, 11, 26), shift(anna, d(2026, 11, 26), "V")),
	}}, "Bram")
	sick, err := team.ReportSick(s.h, carla, d(2026, 11, 27), d(2026, 11, 27), s.now)
	if err != nil {
		t.Fatal(err)
	}
	s.do(sick, "Eva")
	vs := team.Vacancies(s.h, carla, d(2026, 11, 27), d(2026, 11, 27))
	if len(vs) != 1 {
		t.Fatalf("vacancies: %+v", vs)
	}
	cover, err := team.AssignCover(s.h, vs[0], anna)
	if err != nil {
		t.Fatal(err)
	}
	s.do(cover, "Eva")
	// Bram's Tuesday late shift moves to Saturday in one edit.
	s.do(roster.Edit{NL: "verplaatst", Cells: []roster.CellEdit{
		s.cell(bram, d(2026, 11, 24)), s.cell(bram, d(2026, 11, 28), shift(bram, d(2026, 11, 28), "L")),
	}}, "Bram")
	s.do(roster.Edit{NL: "weg", Cells: []roster.CellEdit{s.cell(daan, d(2026, 12, 14))}}, "Eva")
	start, end := roster.NewClock(8, 0), roster.NewClock(16, 0)
	later := shift(anna, d(2026, 12, 28), "V")
	later.Start, later.End = &start, &end
	s.do(roster.Edit{NL: "tijden", Cells: []roster.CellEdit{s.cell(anna, d(2026, 12, 28), later)}}, "Anna")
	s.do(roster.Edit{NL: "andere dienst", Cells: []roster.CellEdit{s.cell(anna, d(2026, 11, 24), shift(anna, d(2026, 11, 24), "L"))}}, "Carla")
	s.do(roster.Edit{NL: "verleden", Cells: []roster.CellEdit{s.cell(anna, d(2026, 11, 20))}}, "Eva")
	s.do(roster.Edit{NL: "erbij", Cells: []roster.CellEdit{s.cell(carla, d(2026, 11, 29), shift(carla, d(2026, 11, 29), "V"))}}, "Eva")
	s.do(roster.Edit{NL: "anders", Cells: []roster.CellEdit{s.cell(carla, d(2026, 11, 29), shift(carla, d(2026, 11, 29), "L"))}}, "Bram")

	got := Summarize(s.recs, s.h, anna, today)
	type want struct {
		kind      Kind
		member    int
		date      roster.Date
		code      string
		toMember  int
		toDate    roster.Date
		coverFor  int
		who       string
		own, soon bool
	}
	wants := []want{
		{Replaced, anna, d(2026, 11, 24), "V", 0, 0, 0, "Carla", true, true},
		{Moved, bram, d(2026, 11, 24), "L", bram, d(2026, 11, 28), 0, "Bram", false, true},
		{Swapped, anna, d(2026, 11, 25), "V", bram, d(2026, 11, 26), 0, "Bram", true, true},
		{Covered, anna, d(2026, 11, 27), "V", 0, 0, carla, "Eva", true, true},
		{Sick, carla, d(2026, 11, 27), "V", 0, 0, 0, "Eva", false, true},
		{Added, carla, d(2026, 11, 29), "L", 0, 0, 0, "Bram", false, true},
		{Times, anna, d(2026, 12, 28), "V", 0, 0, 0, "Anna", true, false},
	}
	if len(got) != len(wants) {
		for _, c := range got {
			t.Logf("got %s (%s)", c.Text(s.h, roster.Dutch), c.By(roster.Dutch))
		}
		t.Fatalf("%d changes, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		c := got[i]
		g := want{c.Kind, c.Member, c.Date, c.Code, c.ToMember, c.ToDate, c.CoverFor, c.Who, c.Own, c.Soon}
		if g != w {
			t.Errorf("change %d: got %+v, want %+v (%s)", i, g, w, c.Text(s.h, roster.Dutch))
		}
	}
	if c := got[6]; c.Start != start || c.End != end {
		t.Errorf("new times %s–%s, want 08:00–16:00", c.Start, c.End)
	}

	for i, w := range []struct{ nl, en string }{
		{"Anna: V op di 24 nov werd L", "Anna: V on Tue 24 Nov became L"},
		{"Bram: L verplaatst van di 24 nov naar za 28 nov", "Bram: L moved from Tue 24 Nov to Sat 28 Nov"},
		{"Anna en Bram geruild: V op wo 25 nov tegen V op do 26 nov", "Anna and Bram swapped: V on Wed 25 Nov for V on Thu 26 Nov"},
		{"Anna valt in: V op vr 27 nov", "Anna covers: V on Fri 27 Nov"},
		{"Carla: V op vr 27 nov vrijgekomen", "Carla: V on Fri 27 Nov vacated"},
	} {
		if g := got[i].Text(s.h, roster.Dutch); g != w.nl {
			t.Errorf("text %d: %q, want %q", i, g, w.nl)
		}
		if g := got[i].Text(s.h, roster.English); g != w.en {
			t.Errorf("English text %d: %q, want %q", i, g, w.en)
		}
	}
	if by := got[4].By(roster.Dutch); !strings.HasPrefix(by, "door Eva, ") {
		t.Errorf("by: %q", by)
	}

	// The whole team: Daan's removed shift is there too; the undone add and
	// the past change are still not.
	team := Summarize(s.recs, s.h, 0, today)
	if len(team) != len(wants)+1 {
		t.Fatalf("team: %d changes, want %d", len(team), len(wants)+1)
	}
	found := false
	for _, c := range team {
		found = found || c.Kind == Removed && c.Member == daan && c.Date == d(2026, 12, 14)
		if c.Own {
			t.Errorf("member 0: %s marked own", c.Text(s.h, roster.Dutch))
		}
	}
	if !found {
		t.Error("team summary misses Daan's removed shift")
	}
	// Bram is told the swap as his own change, and not Daan's.
	for _, c := range Summarize(s.recs, s.h, bram, today) {
		if c.Kind == Swapped && !c.Own {
			t.Error("swap not Bram's own")
		}
		if c.Member == daan {
			t.Error("Bram is told about Daan's week")
		}
	}
}

// TestSummarizeUndoRedo: an edit, its undo and its redo read as the edit;
// undoing everything leaves nothing.
func TestSummarizeUndoRedo(t *testing.T) {
	d := roster.NewDate
	s := &script{t: t, h: testHouse(), now: time.Date(2026, 11, 23, 9, 0, 0, 0, roster.Amsterdam)}
	e := s.do(roster.Edit{Cells: []roster.CellEdit{s.cell(anna, d(2026, 11, 24))}}, "Bram")
	s.do(e.Inverse(), "Bram")
	if got := Summarize(s.recs, s.h, anna, d(2026, 11, 23)); len(got) != 0 {
		t.Fatalf("edit + undo: %+v", got)
	}
	s.do(e, "Carla")
	got := Summarize(s.recs, s.h, anna, d(2026, 11, 23))
	if len(got) != 1 || got[0].Kind != Removed || got[0].Who != "Carla" {
		t.Fatalf("edit + undo + redo: %+v", got)
	}
}

// TestUnseen: records after the last look, not her own; nothing on a
// first look.
func TestUnseen(t *testing.T) {
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	log := []roster.AuditRecord{
		{Seq: 4, When: now, Who: "Bram"},
		{Seq: 3, When: now.Add(-time.Hour), Who: "anna  de vries"},
		{Seq: 2, When: now.Add(-6 * 24 * time.Hour), Who: "Carla"},
		{Seq: 1, When: now.Add(-8 * 24 * time.Hour), Who: "Carla"},
	}
	got := Unseen(log, Seen{Seq: 1}, true, "Anna de Vries")
	if len(got) != 2 || got[0].Seq != 4 || got[1].Seq != 2 {
		t.Errorf("after seq 1, without Anna's own: %+v", got)
	}
	if got := Unseen(log, Seen{}, false, "Anna de Vries"); len(got) != 0 {
		t.Errorf("first look: %d records, want none", len(got))
	}
	if Newest(log) != 4 || Newest(nil) != 0 {
		t.Error("Newest")
	}
}

// TestSeen: what a member has seen is kept per name, whatever the case or
// spacing of the name.
func TestSeen(t *testing.T) {
	ls := rostertest.MemLocal{}
	if _, ok, err := LastSeen(ls, "Anna"); ok || err != nil {
		t.Fatalf("never looked: %v %v", ok, err)
	}
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	if err := MarkSeen(ls, "Anna  de Vries", 7, now); err != nil {
		t.Fatal(err)
	}
	s, ok, err := LastSeen(ls, "anna de vries")
	if !ok || err != nil || s.Seq != 7 || !s.When.Equal(now) {
		t.Fatalf("after MarkSeen: %+v %v %v", s, ok, err)
	}
	if _, ok, _ := LastSeen(ls, "Bram"); ok {
		t.Error("Bram saw what Anna saw")
	}
}
