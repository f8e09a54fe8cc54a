package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// newDemoScreen returns a week screen on week 48 of the demo house "De
// Linde" (today is monday), with its store.
func newDemoScreen(t testing.TB) (*WeekScreen, *MemStore) {
	t.Helper()
	return newScreenOn(t, demo.House(monday), "Fatima")
}

// newScreenOn returns a week screen on week 48 of h, used by who.
func newScreenOn(t testing.TB, h *roster.House, who string) (*WeekScreen, *MemStore) {
	t.Helper()
	test.NewTempApp(t)
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
	st := NewMemStore(h)
	ed, err := NewEditor(st, monday)
	if err != nil {
		t.Fatal(err)
	}
	ed.SetWho(who)
	w := test.NewTempWindow(t, nil)
	ws := NewWeekScreen(w, ed, "nl")
	w.SetContent(ws.Content())
	w.Resize(fyne.NewSize(1366, 768))
	ws.AddShortcuts()
	return ws, st
}

// memberID returns the ID of the member whose name starts with name.
func memberID(t testing.TB, h *roster.House, name string) int {
	t.Helper()
	for _, m := range h.Members {
		if strings.HasPrefix(m.Name, name) {
			return m.ID
		}
	}
	t.Fatalf("no member %q", name)
	return 0
}

// firstGroupShift returns the first date of week 48 on which member works
// a group shift (planned).
func firstGroupShift(t testing.TB, h *roster.House, member int) (roster.Date, roster.Assignment) {
	t.Helper()
	for d := monday; d < monday+7; d++ {
		for _, a := range h.Plan.CellAssignments(member, d) {
			if st := h.ShiftType(a.Shift); st != nil && st.Kind == roster.KindGroup && a.State == roster.StatePlanned {
				return d, a
			}
		}
	}
	t.Fatalf("member %d has no group shift in week 48", member)
	return 0, roster.Assignment{}
}

// tapButton taps the button of the top overlay whose text starts with prefix
// (the first one when there are several).
func tapButton(t *testing.T, win fyne.Window, prefix string) {
	t.Helper()
	_, buttons := overlayTexts(t, win)
	for _, b := range buttons {
		if strings.HasPrefix(b.Text, prefix) {
			test.Tap(b)
			return
		}
	}
	var have []string
	for _, b := range buttons {
		have = append(have, b.Text)
	}
	t.Fatalf("no button %q in the open dialog; buttons %q", prefix, have)
}

// panelTexts returns the texts of win's top overlay, a RichText or Label
// whole on one line each (wrapped lines are not cut), and its buttons.
func panelTexts(t *testing.T, win fyne.Window) (string, []*widget.Button) {
	t.Helper()
	top := win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	var b strings.Builder
	var buttons []*widget.Button
	for _, o := range test.LaidOutObjects(top) {
		switch x := o.(type) {
		case *widget.RichText:
			b.WriteString(x.String() + "\n")
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.Button:
			buttons = append(buttons, x)
		}
	}
	return b.String(), buttons
}

// covAt returns the texts of the coverage findings that overlap [s, e).
func covAt(fs []rules.Finding, s, e time.Time) []string {
	var out []string
	for _, f := range fs {
		if (f.Rule == rules.RuleCovDay || f.Rule == rules.RuleCovNight) && f.Start.Before(e) && f.End.After(s) {
			out = append(out, f.NL)
		}
	}
	return out
}

// The 06:45 flow on the demo house: Fatima is reported sick from her cell's
// menu, the panel lists her vacancy with the engine's candidates and
// reasons, one tap on the top candidate covers it (a cover-in, the coverage
// gap goes), and Ctrl+Z undoes the cover and then the report.
func TestSickReportCoverFlow(t *testing.T) {
	ws, st := newDemoScreen(t)
	h := ws.ed.House()
	fatima := memberID(t, h, "Fatima")
	d, a := firstGroupShift(t, h, fatima)
	v0, err := team.NewVacancy(h, a)
	if err != nil {
		t.Fatal(err)
	}
	s, e := v0.Span()
	covBefore := covAt(ws.ed.Findings(), s, e)
	planned := len(h.Plan.Assignments)

	// Cell menu → "Ziek melden…" → the dialog, preset on Fatima and that day.
	ws.openCellMenu(widget.TableCellID{Row: rowOf(t, ws, fatima), Col: int(d - monday)})
	menuItem(t, ws, "Ziek melden").Action()
	text, _ := overlayTexts(t, ws.win)
	if !strings.Contains(text, "nooit waarom") {
		t.Errorf("the sick dialog does not say that no reason is recorded:\n%s", text)
	}
	tapButton(t, ws.win, "Ziek melden")

	h = ws.ed.House()
	if ab := h.Plan.AbsenceOn(fatima, d); ab == nil || ab.Kind != roster.AbsSick || ab.To != d {
		t.Fatalf("absence after the report: %+v", ab)
	}
	vs := team.Vacancies(h, fatima, d, d)
	if len(vs) != 1 || vs[0] != v0 {
		t.Fatalf("vacancies %v, want %v", vs, v0)
	}
	if len(covAt(ws.ed.Findings(), s, e)) == 0 {
		t.Fatalf("the report left no coverage gap during %s", v0.Label(roster.Dutch))
	}

	// The panel shows the vacancy, the candidates and every reason.
	res, err := team.FindCover(h, v0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Candidates) == 0 {
		t.Fatal("nobody can cover the demo vacancy")
	}
	text, buttons := panelTexts(t, ws.win)
	if !strings.Contains(text, "Fatima el Amrani is ziek: "+v0.Label(roster.Dutch)) || !strings.Contains(text, "Fatima el Amrani ziek: open") {
		t.Errorf("the panel does not show the vacancy:\n%s", text)
	}
	for _, c := range res.Candidates {
		if !strings.Contains(text, h.Member(c.Member).Name) {
			t.Errorf("candidate %s not shown", h.Member(c.Member).Name)
		}
	}
	if len(res.Excluded) < 2 {
		t.Fatalf("only %d excluded: the demo has a huishoudelijk ondersteuner and an intern", len(res.Excluded))
	}
	for _, x := range res.Excluded {
		for _, r := range x.Reasons {
			if !strings.Contains(text, capitalFirst(rules.PlainReason(h, r, x.Member, roster.Dutch))) {
				t.Errorf("reason of %s not shown: %q", h.Member(x.Member).Name, r.NL)
			}
		}
	}
	assign := 0
	for _, b := range buttons {
		if b.Text == "Invallen" {
			assign++
		}
	}
	if assign != len(res.Candidates) {
		t.Errorf("%d cover buttons for %d candidates", assign, len(res.Candidates))
	}

	// One tap on the top candidate.
	top := res.Candidates[0].Member
	tapButton(t, ws.win, "Invallen")
	h = ws.ed.House()
	var got *roster.Assignment
	for _, x := range h.Plan.CellAssignments(top, d) {
		if x.CoverFor == fatima && x.Shift == v0.Shift {
			got = &x
		}
	}
	if got == nil {
		t.Fatalf("%s has no cover-in on %s: %v", h.Member(top).Name, d, h.Plan.CellAssignments(top, d))
	}
	if after := covAt(ws.ed.Findings(), s, e); strings.Join(after, "|") != strings.Join(covBefore, "|") {
		t.Errorf("coverage findings during the vacancy after the cover-in:\n%q\nbefore the report:\n%q", after, covBefore)
	}
	if got := cellTexts(t, ws, fatima, int(d-monday)); len(got) < 2 || got[1] != v0.Shift+" door "+firstName(h.Member(top).Name) {
		t.Errorf("the grid cell of the covered vacancy shows %q", got)
	}
	text, _ = panelTexts(t, ws.win)
	if !strings.Contains(text, h.Member(top).Name+" valt in") {
		t.Errorf("the panel does not show who covers:\n%s", text)
	}
	log, _ := st.Log(0)
	if len(log) != 2 || !strings.Contains(log[0].NL, "valt in voor Fatima") || !strings.Contains(log[1].NL, "ziek gemeld") {
		t.Errorf("audit log: %v", log)
	}
	for _, r := range log {
		if strings.Contains(strings.ToLower(r.NL), "reden") {
			t.Errorf("audit record mentions a reason: %q", r.NL)
		}
	}

	// Ctrl+Z undoes the cover-in, then the report; the open panel follows.
	ws.grid.TypedShortcut(&fyne.ShortcutUndo{})
	h = ws.ed.House()
	for _, x := range h.Plan.CellAssignments(top, d) {
		if x.CoverFor != 0 {
			t.Errorf("undo left the cover-in %+v", x)
		}
	}
	if text, _ = panelTexts(t, ws.win); strings.Contains(text, h.Member(top).Name+" valt in") || !strings.Contains(text, "Fatima el Amrani ziek: open") {
		t.Errorf("the panel did not follow the undo:\n%s", text)
	}
	if got := cellTexts(t, ws, fatima, int(d-monday)); len(got) < 2 || !strings.HasSuffix(got[1], " open") {
		t.Errorf("after undoing the cover-in the grid cell shows %q", got)
	}
	ws.grid.TypedShortcut(&fyne.ShortcutUndo{})
	h = ws.ed.House()
	if h.Plan.AbsenceOn(fatima, d) != nil || len(team.Vacancies(h, fatima, d, d)) != 0 || len(h.Plan.Assignments) != planned {
		t.Errorf("undo left the report: absence %+v, vacancies %v", h.Plan.AbsenceOn(fatima, d), team.Vacancies(h, fatima, d, d))
	}
	if after := covAt(ws.ed.Findings(), s, e); strings.Join(after, "|") != strings.Join(covBefore, "|") {
		t.Errorf("coverage after undoing all: %q, want %q", after, covBefore)
	}
}

// A sick report "until further notice" ends with "Hersteld" from the cell
// menu: the absence ends the day before, the shifts from then on are worked
// again, and the days before stay sick.
func TestSickRecover(t *testing.T) {
	ws, st := newDemoScreen(t)
	h := ws.ed.House()
	fatima := memberID(t, h, "Fatima")
	d, _ := firstGroupShift(t, h, fatima)
	p := ws.sick.Report(fatima, d, SickOpen, 0)
	if p == nil {
		t.Fatal("the report failed")
	}
	h = ws.ed.House()
	if ab := h.Plan.AbsenceOn(fatima, d+20); ab == nil || ab.To != team.OpenEnd {
		t.Fatalf("open-ended absence: %+v", ab)
	}
	if n := len(p.Vacancies()); n < 2 {
		t.Fatalf("an open-ended report lists %d vacancies", n)
	}
	// Covering the first one moves the panel on to the next open one.
	if p.sel != 0 || len(p.candBtns) == 0 {
		t.Fatalf("panel on vacancy %d with %d candidates", p.sel, len(p.candBtns))
	}
	test.Tap(p.candBtns[0])
	if p.sel != 1 || p.Result() == nil || p.Result().Vacancy != p.Vacancies()[1] {
		t.Errorf("after covering the first vacancy the panel shows %d", p.sel)
	}
	ws.Undo()
	p.Hide()

	back := d + 2
	ws.openCellMenu(widget.TableCellID{Row: rowOf(t, ws, fatima), Col: int(back - monday)})
	if it := menuItem(t, ws, "Hersteld per"); it != nil {
		it.Action()
	}
	h = ws.ed.House()
	if h.Plan.AbsenceOn(fatima, back) != nil || h.Plan.AbsenceOn(fatima, back+10) != nil {
		t.Error("the absence goes on after recovery")
	}
	if ab := h.Plan.AbsenceOn(fatima, d); ab == nil || ab.To != back-1 {
		t.Errorf("absence before the recovery: %+v", ab)
	}
	if vs := team.Vacancies(h, fatima, back, team.OpenEnd); len(vs) != 0 {
		t.Errorf("shifts still vacant after recovery: %v", vs)
	}
	log, _ := st.Log(1)
	if len(log) != 1 || !strings.Contains(log[0].NL, "hersteld") {
		t.Errorf("audit log: %v", log)
	}
	// A member who is not sick has no "Hersteld" item.
	ws.openCellMenu(widget.TableCellID{Row: rowOf(t, ws, fatima), Col: int(back - monday)})
	for _, it := range ws.popUp.menu.Items {
		if strings.HasPrefix(it.Label, "Hersteld") {
			t.Error("a recovered member still has the Hersteld item")
		}
	}
}

// A fixed week still takes a sick report and a cover-in, and their undo;
// other edits stay refused.
func TestSickInFixedWeek(t *testing.T) {
	ws, _ := newDemoScreen(t)
	if !ws.actions.FixWeek() {
		// The demo week has errors; fix it without the question.
		ed := ws.ed.FixWeekEdit()
		if err := ws.ed.Do(ed); err != nil {
			t.Fatal(err)
		}
	}
	h := ws.ed.House()
	fatima := memberID(t, h, "Fatima")
	d, _ := firstGroupShift(t, h, fatima)
	p := ws.sick.Report(fatima, d, SickDay, 0)
	if p == nil || len(p.Vacancies()) != 1 {
		t.Fatal("a fixed week refused the sick report")
	}
	if p.Result() == nil || len(p.Result().Candidates) == 0 {
		t.Fatal("no candidates")
	}
	top := p.Result().Candidates[0].Member
	test.Tap(p.candBtns[0])
	if len(team.CoverIns(ws.ed.House(), &roster.Assignment{Member: fatima, Date: d, Shift: p.Vacancies()[0].Shift})) != 1 {
		t.Fatalf("a fixed week refused the cover-in of %d", top)
	}
	for range 2 {
		if ok, err := ws.ed.Undo(); !ok || err != nil {
			t.Fatalf("undo in a fixed week: %v %v", ok, err)
		}
	}
	if ws.ed.House().Plan.AbsenceOn(fatima, d) != nil {
		t.Error("the report is still there")
	}
	ed := ws.ed.ClearEdit(fatima, d)
	if err := ws.ed.Do(ed); err == nil {
		t.Error("a fixed week took a cleared cell")
	}
}

// When nobody can take the whole shift, the panel proposes splits; one tap
// gives both parts as cover-ins, in one undo step.
func TestCoverSplit(t *testing.T) {
	h := rostertest.SmallHouse()
	const idDewi = 5
	h.Members = append(h.Members, roster.Member{ID: idDewi, Name: "Dewi", Role: roster.RoleOpvoeder,
		Contract: []roster.Contract{{HoursPerWeek: 24}}})
	h.ShiftTypes = append(h.ShiftTypes, roster.ShiftType{Code: "O", Name: "Overleg", Start: roster.NewClock(11, 0),
		End: roster.NewClock(13, 0), Kind: roster.KindOffGroup})
	h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: idDewi, Date: monday, Shift: "O"})
	ws, st := newScreenOn(t, h, "Anna")
	p := ws.sick.Report(idAnna, monday, SickDay, 0)
	if p == nil || p.Result() == nil {
		t.Fatal("no cover result")
	}
	res := p.Result()
	if len(res.Candidates) != 0 || len(res.Splits) == 0 || len(p.splitBtns) != len(res.Splits) || len(p.candBtns) != 0 {
		t.Fatalf("%d candidates, %d splits, %d split buttons", len(res.Candidates), len(res.Splits), len(p.splitBtns))
	}
	text, _ := panelTexts(t, ws.win)
	if !strings.Contains(text, "Niemand kan de hele dienst nemen") || !strings.Contains(text, "Dienst verdelen") {
		t.Errorf("the panel does not explain the split:\n%s", text)
	}
	sp := res.Splits[0]
	test.Tap(p.splitBtns[0])
	got := ws.ed.House()
	for _, part := range sp.Parts {
		ins := got.Plan.CellAssignments(part.Member, monday)
		found := false
		for _, a := range ins {
			if a.CoverFor == idAnna && a.Start != nil && *a.Start == part.Vacancy.Start && a.End != nil && *a.End == part.Vacancy.End {
				found = true
			}
		}
		if !found {
			t.Errorf("member %d has no cover-in %s–%s: %v", part.Member, part.Vacancy.Start, part.Vacancy.End, ins)
		}
	}
	log, _ := st.Log(1)
	if len(log) != 1 || !strings.Contains(log[0].NL, "delen") {
		t.Errorf("audit log: %v", log)
	}
	ws.Undo()
	for _, part := range sp.Parts {
		for _, a := range ws.ed.House().Plan.CellAssignments(part.Member, monday) {
			if a.CoverFor != 0 {
				t.Errorf("one undo left the cover-in %+v", a)
			}
		}
	}
}

func TestTeamEdit(t *testing.T) {
	d := monday
	v := roster.Assignment{Member: 1, Date: d, Shift: "V"}
	sick := v
	sick.State = roster.StateSick
	cut := roster.NewClock(10, 0)
	worked, rest := v, sick
	worked.End, rest.Start = &cut, &cut
	cover := roster.Assignment{Member: 2, Date: d, Shift: "V", CoverFor: 1}
	l := roster.Assignment{Member: 1, Date: d, Shift: "L"}
	sickAbs := &roster.Absence{Member: 1, From: d, To: d, Kind: roster.AbsSick}
	leave := &roster.Absence{Member: 1, From: d, To: d, Kind: roster.AbsLeave}
	cell := func(before roster.Assignment, after ...roster.Assignment) roster.CellEdit {
		return roster.CellEdit{Member: before.Member, Date: d, Before: []roster.Assignment{before}, After: after}
	}
	for _, tc := range []struct {
		name string
		ed   roster.Edit
		want bool
	}{
		{"sick report", roster.Edit{Cells: []roster.CellEdit{cell(v, sick)}, Absences: []roster.AbsenceEdit{{After: sickAbs}}}, true},
		{"went home sick", roster.Edit{Cells: []roster.CellEdit{cell(v, worked, rest)}}, true},
		{"recovered", roster.Edit{Cells: []roster.CellEdit{cell(sick, v)}, Absences: []roster.AbsenceEdit{{Before: sickAbs}}}, true},
		{"cover-in", roster.Edit{Cells: []roster.CellEdit{{Member: 2, Date: d, After: []roster.Assignment{cover}}}}, true},
		{"cover-in undone", roster.Edit{Cells: []roster.CellEdit{{Member: 2, Date: d, Before: []roster.Assignment{cover}}}}, true},
		{"leave", roster.Edit{Absences: []roster.AbsenceEdit{{After: leave}}}, false},
		{"other shift", roster.Edit{Cells: []roster.CellEdit{cell(v, l)}}, false},
		{"sick to another shift", roster.Edit{Cells: []roster.CellEdit{cell(sick, l)}}, false},
		{"cleared", roster.Edit{Cells: []roster.CellEdit{{Member: 1, Date: d, Before: []roster.Assignment{v}}}}, false},
		{"new shift", roster.Edit{Cells: []roster.CellEdit{{Member: 1, Date: d, After: []roster.Assignment{v}}}}, false},
		{"period", roster.Edit{Periods: []roster.PeriodEdit{{After: &roster.Period{From: d, To: d + 6, State: roster.PeriodFixed}}}}, false},
	} {
		if got := team.IsTeamEdit(tc.ed); got != tc.want {
			t.Errorf("%s: teamEdit = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// The "Ziekmelding" button asks who, from when and how long: a period
// reports every day of it, and nothing else.
func TestSickReportDialogPeriod(t *testing.T) {
	ws, _ := newDemoScreen(t)
	h := ws.ed.House()
	fatima := memberID(t, h, "Fatima")
	tapSickButton(t, ws)
	top := ws.win.Canvas().Overlays().Top()
	var entries []*widget.Entry
	for _, o := range test.LaidOutObjects(top) {
		switch x := o.(type) {
		case *widget.Select:
			x.SetSelected(h.Member(fatima).Name)
		case *widget.RadioGroup:
			x.SetSelected("Een periode")
		case *widget.Entry:
			entries = append(entries, x)
		case *DialogEntry:
			entries = append(entries, &x.Entry)
		}
	}
	if len(entries) != 2 {
		t.Fatalf("%d date fields, want from and until", len(entries))
	}
	entries[0].SetText(dateEntryText(monday + 1))
	entries[1].SetText(dateEntryText(monday + 3))
	tapButton(t, ws.win, "Ziek melden")
	h = ws.ed.House()
	ab := h.Plan.AbsenceOn(fatima, monday+2)
	if ab == nil || ab.Kind != roster.AbsSick || ab.From != monday+1 || ab.To != monday+3 {
		t.Fatalf("absence %+v, want sick from %s to %s", ab, monday+1, monday+3)
	}
	for _, a := range h.Plan.Assignments {
		if a.Member == fatima && a.State == roster.StateSick && (a.Date < monday+1 || a.Date > monday+3) {
			t.Errorf("a shift outside the period is vacated: %+v", a)
		}
	}
}

// tapSickButton taps the "Ziekmelding" button of the week screen.
func tapSickButton(t *testing.T, ws *WeekScreen) {
	t.Helper()
	for _, o := range test.LaidOutObjects(ws.Content()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Ziekmelding" {
			test.Tap(b)
			return
		}
	}
	t.Fatal("no Ziekmelding button")
}
