package ui

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// menuItem returns the item of the open cell menu whose label starts with prefix.
func menuItem(t *testing.T, ws *WeekScreen, prefix string) *fyne.MenuItem {
	t.Helper()
	if ws.popUp.menu == nil || ws.popUp.pop == nil || !ws.popUp.pop.Visible() {
		t.Fatal("no cell menu open")
	}
	for _, it := range ws.popUp.menu.Items {
		if strings.HasPrefix(it.Label, prefix) {
			return it
		}
	}
	t.Fatalf("cell menu has no item %q", prefix)
	return nil
}

// tapCell taps the grid cell of member on weekday col.
func tapCell(t *testing.T, ws *WeekScreen, member, col int) {
	t.Helper()
	g := ws.geom
	row := rowOf(t, ws, member)
	th := ws.grid.Theme()
	_ = th
	pos := fyne.NewPos(g.dayX(col)+g.day/2, headerHeight+g.pad+float32(row)*(g.row+g.pad)+g.row/2)
	test.TapAt(ws.grid, pos)
}

func TestAssignByTap(t *testing.T) {
	ws, st := newTestScreen(t)
	tapCell(t, ws, idBram, 1) // Tuesday
	menuItem(t, ws, "L ").Action()
	h := ws.ed.House()
	if got := codes(h, idBram, monday+1); got != "L" {
		t.Fatalf("Bram on Tuesday = %q, want L", got)
	}
	if got := cellTexts(t, ws, idBram, 1); !reflect.DeepEqual(got, []string{"L 15:00–23:00"}) {
		t.Errorf("cell shows %q", got)
	}
	stored, _ := st.Load()
	if got := codes(stored, idBram, monday+1); got != "L" {
		t.Errorf("store holds %q, want L", got)
	}
	log, _ := st.Log(1)
	if len(log) != 1 || log[0].Who != "Anna" || !strings.Contains(log[0].NL, "Bram") {
		t.Errorf("audit log = %+v", log)
	}
	// A second tap on the same cell opens the menu again; "add a shift" adds.
	tapCell(t, ws, idBram, 1)
	add := menuItem(t, ws, "Dienst toevoegen")
	for _, it := range add.ChildMenu.Items {
		if strings.HasPrefix(it.Label, "S ") {
			it.Action()
		}
	}
	if got := codes(ws.ed.House(), idBram, monday+1); got != "L+S" {
		t.Errorf("after adding a sleep shift: %q, want L+S", got)
	}
	if got := cellTexts(t, ws, idBram, 1); !reflect.DeepEqual(got, []string{"L 15:00–23:00", "S 23:00–07:00"}) {
		t.Errorf("cell shows %q", got)
	}
	// Clear from the menu.
	tapCell(t, ws, idBram, 1)
	menuItem(t, ws, "Leegmaken").Action()
	if got := codes(ws.ed.House(), idBram, monday+1); got != "" {
		t.Errorf("after clear: %q", got)
	}
}

func TestAssignByKeyboard(t *testing.T) {
	ws, st := newTestScreen(t)
	ws.win.Canvas().Focus(ws.grid)
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 0})
	ws.grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	ws.grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	test.Type(ws.grid, "l") // lower case works too
	if got := codes(ws.ed.House(), idAnna, monday+2); got != "L" {
		t.Fatalf("Anna on Wednesday = %q, want L", got)
	}
	if got := cellTexts(t, ws, idAnna, 2); !reflect.DeepEqual(got, []string{"L 15:00–23:00"}) {
		t.Errorf("cell shows %q", got)
	}
	ws.grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) // Bram
	test.Type(ws.grid, "V")
	test.Type(ws.grid, "x") // no such shift: nothing happens
	if got := codes(ws.ed.House(), idBram, monday+2); got != "V" {
		t.Fatalf("Bram on Wednesday = %q, want V", got)
	}
	ws.grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if got := codes(ws.ed.House(), idBram, monday+2); got != "" {
		t.Errorf("after Delete: %q", got)
	}
	if got := cellTexts(t, ws, idBram, 2); len(got) != 0 {
		t.Errorf("cleared cell shows %q", got)
	}
	stored, _ := st.Load()
	if !reflect.DeepEqual(stored.Plan.Assignments, ws.ed.House().Plan.Assignments) {
		t.Error("store and screen disagree")
	}
	// Return opens the menu of the cursor cell.
	ws.grid.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	menuItem(t, ws, "V ")
}

func TestUndoRedoUnlimited(t *testing.T) {
	ws, st := newTestScreen(t)
	start := append([]roster.Assignment(nil), ws.ed.House().Plan.Assignments...)
	ws.win.Canvas().Focus(ws.grid)
	// 40 edits: every cell of Anna and Bram, twice over.
	var states [][]roster.Assignment
	for round, code := range []string{"V", "L", "S", "V", "L"} {
		for _, m := range []int{idAnna, idBram, idCas, idTess} {
			ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, m), Col: (round + m) % 7})
			ws.grid.assignAtCursor(code)
			states = append(states, append([]roster.Assignment(nil), ws.ed.House().Plan.Assignments...))
		}
	}
	end := states[len(states)-1]
	for i := len(states) - 1; i >= 0; i-- {
		ws.grid.TypedShortcut(&fyne.ShortcutUndo{})
	}
	if got := ws.ed.House().Plan.Assignments; !sameSet(got, start) {
		t.Fatalf("after undoing everything:\n%v\nwant\n%v", got, start)
	}
	if ws.ed.CanUndo() || !ws.ed.CanRedo() || ws.undoBtn.Disabled() == false {
		t.Error("undo state wrong after undoing everything")
	}
	ws.grid.TypedShortcut(&fyne.ShortcutUndo{}) // nothing left: harmless
	for range states {
		ws.grid.TypedShortcut(&fyne.ShortcutRedo{})
	}
	if got := ws.ed.House().Plan.Assignments; !sameSet(got, end) {
		t.Fatalf("after redoing everything: %v, want %v", got, end)
	}
	stored, _ := st.Load()
	if !sameSet(stored.Plan.Assignments, end) {
		t.Error("the store did not follow undo and redo")
	}
	// A new edit after an undo drops the redo stack.
	ws.Undo()
	ws.grid.assignAtCursor("V")
	if ws.ed.CanRedo() {
		t.Error("redo still possible after a new edit")
	}
}

// sameSet compares assignments regardless of order.
func sameSet(a, b []roster.Assignment) bool {
	key := func(x roster.Assignment) string {
		return x.Date.String() + string(rune('0'+x.Member)) + x.Shift + string(x.State)
	}
	ka, kb := make([]string, 0, len(a)), make([]string, 0, len(b))
	for _, x := range a {
		ka = append(ka, key(x))
	}
	for _, x := range b {
		kb = append(kb, key(x))
	}
	slices.Sort(ka)
	slices.Sort(kb)
	return slices.Equal(ka, kb)
}

func TestCopyPasteCell(t *testing.T) {
	ws, _ := newTestScreen(t)
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idCas), Col: 0}) // L + S
	ws.grid.TypedShortcut(&fyne.ShortcutCopy{})
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 3})
	ws.grid.TypedShortcut(&fyne.ShortcutPaste{})
	if got := codes(ws.ed.House(), idAnna, monday+3); got != "L+S" {
		t.Errorf("pasted %q, want L+S", got)
	}
	if got := cellTexts(t, ws, idAnna, 3); len(got) != 2 || got[0] != "L 15:00–23:00" {
		t.Errorf("cell shows %q", got)
	}
}

func TestCopyPreviousWeek(t *testing.T) {
	ws, _ := newTestScreen(t)
	ws.NextWeek() // week 49 is empty
	if !ws.actions.CopyPrevWeek(false) {
		t.Fatal("nothing copied")
	}
	h := ws.ed.House()
	for _, m := range []int{idAnna, idBram, idCas, idTess} {
		for k := range 7 {
			if a, b := codes(h, m, monday+roster.Date(k)), codes(h, m, monday+7+roster.Date(k)); a != b {
				t.Errorf("member %d day %d: week 48 %q, week 49 %q", m, k, a, b)
			}
		}
	}
	if got := cellTexts(t, ws, idCas, 0); len(got) != 2 {
		t.Errorf("Cas on Monday of week 49 shows %q", got)
	}
	// A filled cell is kept unless asked.
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 0})
	ws.grid.assignAtCursor("L")
	if ws.actions.CopyPrevWeek(false) {
		t.Error("copied again over filled cells")
	}
	if got := codes(h, idAnna, monday+7); got != "L" {
		t.Errorf("kept cell = %q", got)
	}
	ws.actions.CopyPrevWeek(true)
	if got := codes(ws.ed.House(), idAnna, monday+7); got != "V" {
		t.Errorf("overwritten cell = %q", got)
	}
	ws.Undo()
	if got := codes(ws.ed.House(), idAnna, monday+7); got != "L" {
		t.Errorf("after undoing the copy: %q", got)
	}
}

func TestNavigation(t *testing.T) {
	ws, _ := newTestScreen(t)
	if !strings.HasPrefix(ws.title.Text, "Week 48") {
		t.Errorf("title %q", ws.title.Text)
	}
	ws.NextWeek()
	if ws.ed.Week() != monday+7 || !strings.HasPrefix(ws.title.Text, "Week 49") {
		t.Errorf("next: week %v, title %q", ws.ed.Week(), ws.title.Text)
	}
	if got := cellTexts(t, ws, idAnna, 0); len(got) != 0 {
		t.Errorf("week 49 Monday shows %q", got)
	}
	ws.PrevWeek()
	ws.PrevWeek()
	if ws.ed.Week() != monday-7 {
		t.Errorf("prev twice: %v", ws.ed.Week())
	}
	if got := cellTexts(t, ws, idAnna, 0); !reflect.DeepEqual(got, []string{"L 15:00–23:00"}) {
		t.Errorf("week 47 Monday shows %q", got)
	}
	ws.ThisWeek()
	if ws.ed.Week() != monday {
		t.Errorf("this week: %v", ws.ed.Week())
	}
	// Shortcuts on the canvas navigate too.
	ws.shortcut(&fyne.ShortcutCopy{}) // harmless
	d, err := parseGoto("25-12-2026")
	if err != nil {
		t.Fatal(err)
	}
	ws.SetWeek(d)
	hdr := newCellView(true)
	ws.grid.updateHeader(widget.TableCellID{Row: -1, Col: 4}, hdr)
	if got := hdr.texts(); !reflect.DeepEqual(got, []string{"vr 25 dec", "Eerste Kerstdag"}) {
		t.Errorf("Christmas header = %q", got)
	}
	ws.grid.updateHeader(widget.TableCellID{Row: -1, Col: 0}, hdr)
	if got := hdr.texts(); !reflect.DeepEqual(got, []string{"ma 21 dec", "wk 52"}) {
		t.Errorf("Monday header = %q", got)
	}
	for _, tt := range []struct {
		in   string
		want roster.Date
	}{{"2026-W48", monday}, {"2026-11-25", monday + 2}, {"23-11-2026", monday}} {
		if got, err := parseGoto(tt.in); err != nil || got.Monday() != tt.want.Monday() {
			t.Errorf("parseGoto(%q) = %v, %v", tt.in, got, err)
		}
	}
	if _, err := parseGoto("gisteren"); err == nil {
		t.Error("parseGoto accepted nonsense")
	}
}

func TestFixWeek(t *testing.T) {
	ws, st := newTestScreen(t)
	if !ws.actions.FixWeek() {
		t.Fatal("fixing failed")
	}
	if ws.ed.WeekState() != roster.PeriodFixed || ws.state.Text != "vastgezet" || ws.fixBtn.Text != "Ontgrendelen" {
		t.Errorf("state %q, label %q, button %q", ws.ed.WeekState(), ws.state.Text, ws.fixBtn.Text)
	}
	// Edits are refused with a clear message; the model and store stay.
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 1})
	test.Type(ws.grid, "V")
	if got := codes(ws.ed.House(), idAnna, monday+1); got != "" {
		t.Errorf("a fixed week took an edit: %q", got)
	}
	if !strings.Contains(ws.status.Text, "vastgezet") || !strings.Contains(ws.status.Text, "ontgrendel") {
		t.Errorf("status = %q", ws.status.Text)
	}
	if ws.do(ws.ed.AbsentEdit(idAnna, monday+1, roster.AbsLeave)) || ws.ed.House().Plan.AbsenceOn(idAnna, monday+1) != nil {
		t.Error("a fixed week took leave on an empty cell")
	}
	ed, _ := ws.ed.AssignEdit(idAnna, monday+1, "V", false)
	if err := ws.ed.Do(ed); !errors.Is(err, ErrFixed) {
		t.Errorf("Do into a fixed week: %v", err)
	}
	// The next week is not fixed.
	ws.NextWeek()
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 1})
	test.Type(ws.grid, "V")
	if got := codes(ws.ed.House(), idAnna, monday+8); got != "V" {
		t.Errorf("week 49 refused an edit: %q", got)
	}
	ws.PrevWeek()
	if !ws.actions.UnlockWeek() || ws.ed.WeekState() != roster.PeriodDraft {
		t.Fatal("unlock failed")
	}
	test.Type(ws.grid, "L")
	if got := codes(ws.ed.House(), idAnna, monday+1); got != "L" {
		t.Errorf("after unlock: %q", got)
	}
	log, _ := st.Log(0)
	var saw []string
	for _, r := range log {
		if len(r.Edit.Periods) > 0 {
			saw = append(saw, r.NL)
		}
	}
	if len(saw) != 2 || !strings.Contains(saw[0], "ontgrendeld") || !strings.Contains(saw[1], "vastgezet") {
		t.Errorf("period edits in the log: %q", saw)
	}
}

func TestFixWeekWithErrorsAsks(t *testing.T) {
	ws, _ := newTestScreen(t)
	// Empty Tuesday: coverage errors.
	if !rules.HasErrors(ws.ed.Findings()) {
		t.Fatal("the test week has no errors: this test needs a week with coverage errors")
	}
	ws.actions.toggleFixed()
	if ws.ed.WeekState() == roster.PeriodFixed {
		t.Fatal("a week with errors was fixed without asking")
	}
	if ws.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no confirmation shown")
	}
	md := test.RenderObjectToMarkup(ws.win.Canvas().Overlays().Top())
	if !strings.Contains(md, "nog fouten") {
		t.Errorf("the confirmation does not list the errors:\n%s", md[:min(len(md), 2000)])
	}
}

func TestSickReportShowsVacancy(t *testing.T) {
	ws, _ := newTestScreen(t)
	tapCell(t, ws, idAnna, 0)
	abs := menuItem(t, ws, "Afwezig")
	for _, it := range abs.ChildMenu.Items {
		if it.Label == "ziek" {
			it.Action()
		}
	}
	got := cellTexts(t, ws, idAnna, 0)
	if len(got) != 2 || got[0] != "ziek" || !strings.Contains(got[1], "open") {
		t.Errorf("sick cell shows %q", got)
	}
	c := ws.ed.View().Cover[0]
	short := false
	for _, s := range c.Segments {
		if s.Status == weekview.CoverShortOne && s.Start.Hour() == 7 {
			short = true
		}
	}
	if !short {
		t.Errorf("the strip does not show the morning one short: %+v", c.Segments)
	}
}

func TestFindingSelectsCells(t *testing.T) {
	ws, _ := newTestScreen(t)
	f := rules.Finding{Rule: rules.RuleATWRest, Members: []int{idBram}, Dates: []roster.Date{monday + 2, monday + 3},
		Start: monday.Start(), End: monday.Start().Add(time.Hour)}
	ws.grid.selectFindingCells([]*rules.Finding{&f})
	if !ws.grid.isSelected(idBram, monday+2) || !ws.grid.isSelected(idBram, monday+3) || ws.grid.isSelected(idAnna, monday+2) {
		t.Errorf("selection = %v", ws.grid.selection)
	}
	if m, d, _ := ws.grid.cursorCell(); m != idBram || d != monday+2 {
		t.Errorf("cursor on %d %v", m, d)
	}
	c := newCellView(false)
	ws.grid.updateCell(widget.TableCellID{Row: rowOf(t, ws, idBram), Col: 2}, c)
	if c.frame.StrokeColor != colSelected {
		t.Error("selected cell has no frame")
	}
	items := groupFindings([]rules.Finding{
		{Rule: "ATW-REST", Severity: rules.SevWarning}, {Rule: "COV-DAY", Severity: rules.SevError},
		{Rule: "ATW-REST", Severity: rules.SevError},
	})
	var got []string
	for _, it := range items {
		s := it.rule
		if it.finding == nil {
			s = "#" + s
		}
		got = append(got, s)
	}
	if want := []string{"#ATW-REST", "ATW-REST", "ATW-REST", "#COV-DAY", "COV-DAY"}; !reflect.DeepEqual(got, want) {
		t.Errorf("grouped = %v, want %v", got, want)
	}
}

func TestHoursColumn(t *testing.T) {
	ws, _ := newTestScreen(t)
	got := cellTexts(t, ws, idAnna, colHours)
	// Anna: V (8 h) this week of 36; balance weeks 45–48: 0.9 × 144 − 8 − 8 (L in week 47).
	if want := []string{"8 / 36 u", "ruimte 113,6 u"}; !reflect.DeepEqual(got, want) {
		t.Errorf("hours = %q, want %q", got, want)
	}
}

func TestBaseRoster(t *testing.T) {
	ws, st := newTestScreen(t)
	if ws.actions.ApplyBase(2, false) {
		t.Fatal("applied a base roster that does not exist")
	}
	ed, err := ws.ed.SetBaseRosterEdit(1) // week 48 is the pattern
	if err != nil {
		t.Fatal(err)
	}
	if want := "vanaf week 48 (23 nov – 29 nov)"; !strings.HasSuffix(ed.NL, want) {
		t.Errorf("log line %q does not end in %q", ed.NL, want)
	}
	if !ws.do(ed) {
		t.Fatal("setting the base roster failed")
	}
	stored, _ := st.Load()
	if stored.Settings.BaseRoster == nil || stored.Settings.BaseRoster.Weeks != 1 {
		t.Fatalf("the store has no base roster: %+v", stored.Settings.BaseRoster)
	}
	ws.SetWeek(monday + 14) // week 50
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 0})
	ws.grid.assignAtCursor("L") // Anna's Monday in week 50 is already filled
	if !ws.actions.ApplyBase(2, false) {
		t.Fatal("nothing applied")
	}
	h := ws.ed.House()
	for _, tt := range []struct {
		m    int
		d    roster.Date
		want string
	}{
		{idAnna, monday + 14, "L"}, {idBram, monday + 14, "V"}, {idCas, monday + 14, "L+S"},
		{idCas, monday + 21, "L+S"}, {idTess, monday + 21, "L"}, {idAnna, monday + 15, ""},
	} {
		if got := codes(h, tt.m, tt.d); got != tt.want {
			t.Errorf("member %d on %v: %q, want %q", tt.m, tt.d, got, tt.want)
		}
	}
	ws.Undo()
	if got := codes(ws.ed.House(), idBram, monday+14); got != "" {
		t.Errorf("after undo: %q", got)
	}
}

func TestStripFollowsEdits(t *testing.T) {
	ws, _ := newTestScreen(t)
	v := ws.ed.View()
	if got := ws.strip.nightText(&v.Cover[0], true); got != "nacht: Cas" {
		t.Errorf("Monday night = %q", got)
	}
	if got := ws.strip.nightText(&v.Cover[1], true); got != "nacht: niemand" {
		t.Errorf("Tuesday night = %q", got)
	}
	// Bram takes Tuesday's sleep shift: the strip follows at once.
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idBram), Col: 1})
	test.Type(ws.grid, "S")
	v = ws.ed.View()
	if got := ws.strip.nightText(&v.Cover[1], true); got != "nacht: Bram" {
		t.Errorf("Tuesday night after the edit = %q", got)
	}
	lines := ws.strip.coverSummary(&v.Cover[0])
	if len(lines) < 3 || !strings.Contains(lines[1], "07:00–23:00") || !strings.Contains(lines[1], "2 van 2") {
		t.Errorf("Monday summary = %q", lines)
	}
}

func TestUndoShowsTheWeekOfTheEdit(t *testing.T) {
	ws, _ := newTestScreen(t)
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idBram), Col: 4})
	test.Type(ws.grid, "L")
	ws.NextWeek()
	ws.NextWeek()
	ws.Undo()
	if ws.ed.Week() != monday {
		t.Errorf("after undo the screen shows %v, want the edited week %v", ws.ed.Week(), monday)
	}
	if got := codes(ws.ed.House(), idBram, monday+4); got != "" {
		t.Errorf("undo left %q", got)
	}
}

func TestStripTapShowsDay(t *testing.T) {
	ws, _ := newTestScreen(t)
	g := ws.geom
	test.TapAt(ws.strip, fyne.NewPos(g.dayX(0)+10, 10))
	top := ws.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("tapping the strip shows nothing")
	}
	md := test.RenderObjectToMarkup(top)
	if !strings.Contains(md, "ma 23 nov") || !strings.Contains(md, "nacht: Cas") {
		t.Errorf("day details:\n%s", md[:min(len(md), 1500)])
	}
}

func TestCopyPasteBlock(t *testing.T) {
	ws, _ := newTestScreen(t)
	g := ws.grid
	ws.win.Canvas().Focus(g)
	// Select Cas and Tess on Monday and Tuesday with Shift+arrows.
	g.moveTo(widget.TableCellID{Row: rowOf(t, ws, idCas), Col: 0})
	g.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	g.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if len(ws.grid.selection) != 4 || !ws.grid.isSelected(idTess, monday+1) || !ws.grid.isSelected(idCas, monday) {
		t.Fatalf("block = %v", ws.grid.selection)
	}
	g.TypedShortcut(&fyne.ShortcutCopy{})
	if got := fyne.CurrentApp().Clipboard().Content(); got != "L+S\t\nL\t" {
		t.Errorf("clipboard text = %q", got)
	}
	// Paste on Thursday of the same rows: one edit.
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp}) // drops the block
	if len(ws.grid.selection) != 0 {
		t.Errorf("block kept after a plain arrow: %v", ws.grid.selection)
	}
	g.moveTo(widget.TableCellID{Row: rowOf(t, ws, idCas), Col: 3})
	g.TypedShortcut(&fyne.ShortcutPaste{})
	h := ws.ed.House()
	if codes(h, idCas, monday+3) != "L+S" || codes(h, idTess, monday+3) != "L" || codes(h, idCas, monday+4) != "" {
		t.Errorf("after paste: Cas %q, Tess %q", codes(h, idCas, monday+3), codes(h, idTess, monday+3))
	}
	ws.Undo()
	if codes(ws.ed.House(), idCas, monday+3) != "" || codes(ws.ed.House(), idTess, monday+3) != "" {
		t.Error("one undo did not take back the whole paste")
	}
	// Pasting at the last row leaves out what falls off the grid.
	last := len(ws.ed.View().Rows) - 1
	g.moveTo(widget.TableCellID{Row: last, Col: 6})
	g.TypedShortcut(&fyne.ShortcutPaste{})
	if got := codes(ws.ed.House(), ws.ed.View().Rows[last].Member, monday+6); got != "L+S" {
		t.Errorf("corner paste = %q", got)
	}
}

func TestCellMenuExtra(t *testing.T) {
	ws, _ := newTestScreen(t)
	var got []string
	ws.CellMenuExtra = func(member int, d roster.Date) []*fyne.MenuItem {
		return []*fyne.MenuItem{fyne.NewMenuItem("Ziek melden", func() {
			got = append(got, fmt.Sprint(member, d))
		})}
	}
	tapCell(t, ws, idAnna, 0)
	menuItem(t, ws, "Ziek melden").Action()
	if len(got) != 1 || got[0] != fmt.Sprint(idAnna, monday) {
		t.Errorf("extra item called with %v", got)
	}
}

func TestAuditLog(t *testing.T) {
	ws, _ := newTestScreen(t)
	ws.grid.moveTo(widget.TableCellID{Row: rowOf(t, ws, idBram), Col: 2})
	test.Type(ws.grid, "L")
	ws.actions.FixWeek()
	lines, err := ws.auditLog.lines()
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 || !strings.Contains(lines[0], "Anna · Week 48 (23 nov – 29 nov) vastgezet") ||
		!strings.Contains(lines[1], "Anna · Bram wo 25 nov: L") {
		t.Errorf("log lines = %q", lines)
	}
	ws.auditLog.show()
	if ws.win.Canvas().Overlays().Top() == nil {
		t.Error("no log dialog")
	}
}

func TestHoursDetail(t *testing.T) {
	ws, _ := newTestScreen(t)
	lines := ws.hours.lines(idAnna)
	// Weeks 45–48: L in week 47, V in week 48; 4 × 36 = 144, 90% = 129,6.
	want := []string{"wk 45:  0 / 36 u", "wk 46:  0 / 36 u", "wk 47:  8 / 36 u", "wk 48:  8 / 36 u",
		"Totaal:  16 / 144 u", "Plan hooguit 129,6 u (10% speling blijft vrij)", "Nog in te plannen:  113,6 u"}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("hours lines =\n%q\nwant\n%q", lines, want)
	}
	tapCell(t, ws, idAnna, colHours)
	if ws.win.Canvas().Overlays().Top() == nil {
		t.Error("tapping the hours shows nothing")
	}
}

func TestBlockAssignAndClear(t *testing.T) {
	ws, _ := newTestScreen(t)
	g := ws.grid
	g.moveTo(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 3})
	g.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftRight})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	g.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftRight})
	test.Type(g, "V")
	h := ws.ed.House()
	for k := 3; k <= 5; k++ {
		if got := codes(h, idAnna, monday+roster.Date(k)); got != "V" {
			t.Errorf("day %d: %q", k, got)
		}
	}
	g.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	for k := 3; k <= 5; k++ {
		if got := codes(ws.ed.House(), idAnna, monday+roster.Date(k)); got != "" {
			t.Errorf("after Delete, day %d: %q", k, got)
		}
	}
	ws.Undo()
	if got := codes(ws.ed.House(), idAnna, monday+4); got != "V" {
		t.Errorf("one undo did not bring back the block: %q", got)
	}
}

func TestShiftTapSelectsBlock(t *testing.T) {
	ws, _ := newTestScreen(t)
	g := ws.grid
	g.moveTo(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 1})
	g.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	tapCell(t, ws, idBram, 2)
	g.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if ws.popUp.pop != nil && ws.popUp.pop.Visible() {
		t.Error("Shift+tap opened the menu")
	}
	if len(ws.grid.selection) != 4 || !ws.grid.isSelected(idAnna, monday+1) || !ws.grid.isSelected(idBram, monday+2) {
		t.Errorf("block = %v", ws.grid.selection)
	}
}
