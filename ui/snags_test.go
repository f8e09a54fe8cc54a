package ui

import (
	"errors"
	"image/color"
	"net/url"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/image/font/sfnt"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/pay"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// overlayEntries returns the entries of the top overlay, in layout order.
func overlayEntries(ws *WeekScreen) []*widget.Entry {
	var out []*widget.Entry
	if top := ws.win.Canvas().Overlays().Top(); top != nil {
		walk(top, func(o fyne.CanvasObject) {
			if e, ok := o.(*widget.Entry); ok {
				out = append(out, e)
			}
			if e, ok := o.(*DialogEntry); ok {
				out = append(out, &e.Entry)
			}
		})
	}
	return out
}

// overlayCheck returns the check of the top overlay whose text starts with
// prefix.
func overlayCheck(t *testing.T, ws *WeekScreen, prefix string) *widget.Check {
	t.Helper()
	var found *widget.Check
	if top := ws.win.Canvas().Overlays().Top(); top != nil {
		walk(top, func(o fyne.CanvasObject) {
			if c, ok := o.(*widget.Check); ok && strings.HasPrefix(c.Text, prefix) && found == nil {
				found = c
			}
		})
	}
	if found == nil {
		t.Fatalf("no check %q in the open dialog:\n%s", prefix, overlayText(ws))
	}
	return found
}

// Issue 19, bug 1: a repeating wish saves with the default "until" date, and
// a bad date keeps the typed note.
func TestSnagRepeatingWishDefaultDate(t *testing.T) {
	ws, _ := newTestScreen(t)
	d := monday + 7*16 // Monday 15 March 2027: the default until is 7 June
	ws.SetWeek(d)
	ws.wishes.showDialog(idAnna, d)
	es := overlayEntries(ws)
	if len(es) != 2 {
		t.Fatalf("%d entries in the wish dialog, want note and until", len(es))
	}
	note, until := es[0], es[1]
	test.Type(note, "zwemles")
	test.Tap(overlayCheck(t, ws, "Elke ma"))
	if !strings.HasPrefix(until.Text, "07-06-2027") && until.Text != "7-6-2027" {
		t.Logf("default until %q", until.Text)
	}
	tapButton(t, ws.win, "Opslaan")
	ws2 := ws.ed.House().Plan.Wishes
	if len(ws2) != 1 {
		t.Fatalf("wishes %v, status %q, overlay %q", ws2, ws.status.Text, overlayText(ws))
	}
	r, ok := team.RepeatOf(ws2[0])
	if !ok || r.To != d+7*12 || ws2[0].Note != "zwemles" {
		t.Errorf("wish %+v (repeat %v %+v), want every Monday until %s with the note", ws2[0], ok, r, d+7*12)
	}

	// A date that does not exist: the dialog stays with what was typed.
	closeOverlays(ws)
	ws.wishes.showDialog(idBram, d+1)
	es = overlayEntries(ws)
	test.Type(es[0], "tandarts")
	test.Tap(overlayCheck(t, ws, "Elke di"))
	es[1].SetText("31-02-2027")
	tapButton(t, ws.win, "Opslaan")
	if n := len(ws.ed.House().Plan.Wishes); n != 1 {
		t.Fatalf("a bad date stored a wish (%d wishes)", n)
	}
	found := false
	for _, o := range ws.win.Canvas().Overlays().List() {
		walk(o, func(o fyne.CanvasObject) {
			if e, ok := o.(*widget.Entry); ok && e.Text == "tandarts" {
				found = true
			}
			if e, ok := o.(*DialogEntry); ok && e.Text == "tandarts" {
				found = true
			}
		})
	}
	if !found {
		t.Errorf("the typed note is lost after a bad date; overlays: %q", overlayText(ws))
	}
}

// Issue 19, bug 2: a fixed week's cell menu says so before anything is
// chosen and offers only what a fixed week still takes; a stale "fixed"
// status goes away on moving to another week.
func TestSnagFixedWeekCellMenu(t *testing.T) {
	ws, _ := newTestScreen(t)
	if !ws.actions.FixWeek() {
		t.Fatal("fix week")
	}
	parts := ws.cellMenuParts(idAnna, monday)
	if len(parts.shifts) != 0 {
		t.Errorf("a fixed week offers %d shift types to pick", len(parts.shifts))
	}
	var labels []string
	for _, it := range parts.all() {
		labels = append(labels, it.Label)
	}
	all := strings.Join(labels, " | ")
	for _, want := range []string{"Ziek melden", "Ruilen met"} {
		if !strings.Contains(all, want) {
			t.Errorf("fixed week menu %q lacks %q", all, want)
		}
	}
	for _, not := range []string{"Dienst toevoegen", "Eigen tijden", "Afwezig", "Leegmaken", "Plakken", "Wens…"} {
		if strings.Contains(all, not) {
			t.Errorf("fixed week menu %q offers %q", all, not)
		}
	}
	ws.openCellMenu(widget.TableCellID{Row: rowOf(t, ws, idAnna), Col: 0})
	if txt := overlayText(ws); !strings.Contains(txt, "vastgezet") {
		t.Errorf("the cell menu of a fixed week does not say so:\n%s", txt)
	}
	ws.popUp.close()

	// Typing a shift still says it is fixed, but not in the next week.
	ws.cells.assign(idAnna, monday, "L", false)
	closeOverlays(ws)
	if !strings.Contains(ws.status.Text, "vastgezet") {
		t.Fatalf("status %q", ws.status.Text)
	}
	ws.NextWeek()
	if strings.Contains(ws.status.Text, "vastgezet") {
		t.Errorf("status %q stays in week %s", ws.status.Text, ws.ed.Week().WeekLabel())
	}
	if len(ws.cellMenuParts(idAnna, monday+7).shifts) == 0 {
		t.Error("the next, open week offers no shift types")
	}
}

// Issue 19, bug 6: clean cover candidates come first; reasons do not repeat
// the member's name, say dates in words instead of "2026-W49", and someone
// already on the shift reads "staat die dag al op".
func TestSnagCoverRankingAndWording(t *testing.T) {
	ws, _ := newDemoScreen(t)
	h := ws.ed.House()
	weekLabel := regexp.MustCompile(`\d{4}-W\d{2}`)
	checked := 0
	for _, name := range []string{"Fatima", "Daan", "Zoë", "Noor"} {
		id := memberID(t, h, name)
		for d := monday; d < monday+7; d++ {
			for _, a := range h.Plan.CellAssignments(id, d) {
				if st := h.ShiftType(a.Shift); st == nil || st.Kind != roster.KindGroup || a.State != roster.StatePlanned {
					continue
				}
				v, err := team.NewVacancy(h, a)
				if err != nil {
					t.Fatal(err)
				}
				res, err := team.FindCover(h, v)
				if err != nil {
					t.Fatal(err)
				}
				p := &CoverPanel{ws: ws, reasons: map[int][]string{}}
				seenStrain := false
				for _, c := range res.Candidates {
					if len(c.Strains) > 0 {
						seenStrain = true
					} else if seenStrain {
						t.Errorf("%s %s: clean candidate %s ranked below one with a warning", name, d, h.Member(c.Member).Name)
					}
				}
				for _, e := range res.Excluded {
					own := h.Member(e.Member).Name
					for i, r := range p.messages(e.Member, e.Reasons) {
						checked++
						if strings.Contains(r, own) || weekLabel.MatchString(r) {
							t.Errorf("reason for %s: %q", own, r)
						}
						if e.Reasons[i].Rule == rules.RuleDouble && strings.Contains(r, a.Shift+" (") && !strings.Contains(r, "staat die dag al op") &&
							strings.Count(r, a.Shift+" (") == 2 {
							t.Errorf("reason for %s on the same shift: %q", own, r)
						}
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no reasons checked")
	}
}

// Issue 19, bug 3: the open shifts list says per shift whether you can take
// it and why not; only those you can take have an active "Ik neem hem", and
// a shift only the contract stands in the way of offers "Met instemming".
func TestSnagOpenShiftsSayWhyNot(t *testing.T) {
	ws, _ := newTestScreen(t) // Anna
	tue, wed := monday+1, monday+2
	if !ws.wishes.SetFrom(idAnna, tue, WishForm{Kind: roster.WishCannot}) {
		t.Fatal("wish")
	}
	ws.openShifts.Show()
	txt := overlayText(ws)
	if !strings.Contains(txt, "kan niet") {
		t.Errorf("the list does not say why Anna cannot take Tuesday's shifts:\n%s", txt)
	}
	list := ws.openShifts.List()
	checks := team.CheckOpenShifts(ws.ed.House(), list, idAnna)
	active := 0
	for _, b := range overlayButtons(ws, "Ik neem hem") {
		if !b.Disabled() {
			active++
		}
	}
	can := 0
	for i, c := range checks {
		if c.Can {
			can++
		}
		if list[i].Date == tue && c.Can {
			t.Errorf("Anna can take %s despite 'kan niet'", list[i].Label(roster.Dutch))
		}
		if list[i].Date == wed && list[i].Shift == "V" && !c.Can {
			t.Errorf("Anna cannot take %s: %v", list[i].Label(roster.Dutch), c.Reasons)
		}
	}
	if active != can || can == 0 {
		t.Errorf("%d active buttons, %d shifts Anna can take", active, can)
	}
	closeOverlays(ws)

	// A small contract: only the contract limit stands in the way.
	h := ws.ed.House()
	for i := range h.Members {
		if h.Members[i].ID == idAnna {
			h.Members[i].Contract = []roster.Contract{{HoursPerWeek: 4}}
		}
	}
	ws.openShifts.Show()
	consent := overlayButtons(ws, "Met instemming")
	if len(consent) == 0 {
		t.Fatalf("no 'Met instemming' for a contract-only refusal:\n%s", overlayText(ws))
	}
	n := len(h.Plan.Assignments)
	test.Tap(consent[0])
	tapButton(t, ws.win, "Ja")
	if b := overlayButtons(ws, "Toch doen"); len(b) == 1 {
		test.Tap(b[0])
	}
	if len(ws.ed.House().Plan.Assignments) != n+1 {
		t.Errorf("taking with consent added %d assignments:\n%s", len(ws.ed.House().Plan.Assignments)-n, overlayText(ws))
	}
}

// shownHours returns what the grid's rendered cells show in the hours
// column, as the user sees them (not recomputed), by the "x / y u" line.
func shownHours(ws *WeekScreen) map[string]bool {
	out := map[string]bool{}
	var cells []*cellView
	var rec func(o fyne.CanvasObject)
	rec = func(o fyne.CanvasObject) {
		switch c := o.(type) {
		case *cellView:
			cells = append(cells, c)
		case *fyne.Container:
			for _, x := range c.Objects {
				rec(x)
			}
		case fyne.Widget:
			for _, x := range test.WidgetRenderer(c).Objects() {
				rec(x)
			}
		}
	}
	rec(ws.grid)
	for _, c := range cells {
		{
			if txt := c.texts(); len(txt) >= 2 && strings.Contains(txt[0], " / ") && strings.HasPrefix(txt[1], "ruimte") {
				out[strings.Join(txt[:2], " · ")] = true
			}
		}
	}
	return out
}

// wantHours returns what the hours column should show, recomputed.
func wantHours(ws *WeekScreen) map[string]bool {
	out := map[string]bool{}
	for r := range ws.ed.View().Rows {
		c := newCellView(false)
		ws.grid.updateCell(widget.TableCellID{Row: r, Col: colHours}, c)
		if txt := c.texts(); len(txt) >= 2 {
			out[strings.Join(txt[:2], " · ")] = true
		}
	}
	return out
}

// Issue 19, bug 4: after accepting a fill (one edit over several weeks)
// and pressing Ctrl+Z, the hours column shows the right hours at once, also
// for members whose shifts changed only in another week of the balance
// period.
func TestSnagHoursColumnAfterUndo(t *testing.T) {
	ws, _ := newTestScreen(t)
	check := func(when string) {
		t.Helper()
		shown, want := shownHours(ws), wantHours(ws)
		if len(shown) == 0 {
			t.Fatal("no hours cells rendered")
		}
		for k := range shown {
			if !want[k] {
				t.Errorf("%s the column shows %q; want one of %v", when, k, want)
			}
		}
	}
	a, err := ws.ed.AssignEdit(idAnna, monday+1, "L", false)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ws.ed.AssignEdit(idBram, monday-5, "L", false) // week 47: Bram's balance period
	if err != nil {
		t.Fatal(err)
	}
	c, err := ws.ed.AssignEdit(idCas, monday-4, "V", false)
	if err != nil {
		t.Fatal(err)
	}
	if !ws.do(Merge("Vul aan: 3 diensten overgenomen", "Fill in: 3 shifts accepted", a, b, c)) {
		t.Fatal("do")
	}
	check("after the fill")
	ws.grid.TypedShortcut(&fyne.ShortcutUndo{})
	check("after Ctrl+Z")
	ws.Redo()
	check("after redo")
}

// Issue 19, bug 5: an undone change reads "Ongedaan gemaakt: …" in the log,
// not as the same change twice (also when the log hides a sick report's
// details), and a house the app made itself has a readable origin.
func TestSnagLogUndo(t *testing.T) {
	for _, tc := range []struct {
		name string
		do   func(t *testing.T, ws *WeekScreen)
		what string // the change as the log shows it
	}{
		{"a shift", func(t *testing.T, ws *WeekScreen) { ws.cells.assign(idBram, monday+2, "L", false) }, "Bram wo 25 nov: L"},
		{"a sick report", func(t *testing.T, ws *WeekScreen) {
			if ws.sick.Report(idBram, monday, SickDay, 0) == nil {
				t.Fatal("sick report")
			}
			closeOverlays(ws)
		}, "ziekmelding of loongegevens"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws, st := newTestScreen(t)
			if err := st.Replace(ws.ed.House(), AppWho); err != nil {
				t.Fatal(err)
			}
			tc.do(t, ws)
			ws.Undo()
			ws.Redo()
			lines, err := ws.auditLog.lines()
			if err != nil {
				t.Fatal(err)
			}
			if len(lines) != 4 {
				t.Fatalf("log %q", lines)
			}
			if !strings.Contains(lines[2], "Anna · "+tc.what) || !strings.Contains(lines[1], "Anna · Ongedaan gemaakt: "+tc.what) ||
				!strings.Contains(lines[0], "Anna · Opnieuw gedaan: "+tc.what) {
				t.Errorf("undo and redo in the log:\n%s", strings.Join(lines, "\n"))
			}
			if strings.Contains(lines[3], "· huisrooster ·") || !strings.Contains(lines[3], "Huisrooster zelf") {
				t.Errorf("origin %q", lines[3])
			}
		})
	}
}

// Issue 19, bug 7: the member flags each say what the member does
// ("wakende of inwonende nachten", "slaapdiensten": unticked blocks sleep
// shifts), and the feasibility line adds up as written and says what closes
// the gap.
func TestSnagWizardFlagsAndFeasibility(t *testing.T) {
	wiz := wizardAt(t, 1)
	f := wiz.team.newMemberForm(nil)
	if f.nights.Text != "wakende of inwonende nachten" || f.sleep.Text != "slaapdiensten" || !f.sleep.Checked {
		t.Errorf("flags %q %q (checked %v)", f.nights.Text, f.sleep.Text, f.sleep.Checked)
	}
	f.name.SetText("Bas")
	f.hours.SetText("32")
	f.sleep.SetChecked(false)
	if err := wiz.team.saveMember(f); err != nil {
		t.Fatal(err)
	}
	h := wiz.Draft()
	bas := h.Members[len(h.Members)-1]
	if !bas.NoSleepShifts || bas.Nights {
		t.Errorf("Bas: no sleep shifts %v, nights %v", bas.NoSleepShifts, bas.Nights)
	}
	for wiz.Step() < 5 {
		next(t, wiz)
	}
	sum := wiz.summary.Text
	if !strings.Contains(sum, "u overdag + ") || !strings.Contains(sum, "u voor de nachten (7 × 8 u slaapdienst, telt half) = ") {
		t.Errorf("the sum does not read plainly:\n%s", sum)
	}
	if !strings.Contains(sum, "Om het tekort te dichten: ") || !strings.Contains(sum, "fte erbij") {
		t.Errorf("no hint what closes the gap:\n%s", sum)
	}
}

// Issue 19, bug 8 (the broken arrow): every text the UI shows from the
// translations, and the engine's advice, uses only characters the UI font
// has; a missing glyph shows as "�".
func TestSnagTextsFitTheFont(t *testing.T) {
	f, err := sfnt.Parse(theme.DefaultTextFont().Content())
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	missing := func(s string) string {
		for _, r := range s {
			if r < ' ' {
				continue
			}
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				return string(r)
			}
		}
		return ""
	}
	for _, code := range Languages {
		for k, v := range loadLang(t, code) {
			texts := []string{}
			switch x := v.(type) {
			case string:
				texts = append(texts, x)
			case map[string]any:
				for _, y := range x {
					if s, ok := y.(string); ok {
						texts = append(texts, s)
					}
				}
			}
			for _, s := range texts {
				if r := missing(s); r != "" {
					t.Errorf("%s.json %s: %q has no glyph in the UI font: %q", code, k, r, s)
				}
			}
		}
	}
	h := demo.House(monday)
	for _, fe := range []team.Feasibility{team.BudgetFeasibility(h), team.TeamFeasibility(h, monday)} {
		for _, en := range []roster.Lang{roster.Dutch, roster.English} {
			if r := missing(fe.Explain(en) + fe.Line(en)); r != "" {
				t.Errorf("feasibility text: %q has no glyph", r)
			}
		}
	}
}

// Issue 19, bug 8: no raw text, no English in the Dutch UI: a PIN that is
// too short reads in Dutch only; a PDF without a viewer offers "Opslaan
// als…" instead of the system's message; the English UI says "care worker".
func TestSnagNoLeaks(t *testing.T) {
	v, _, _, w := realisationFixture(t)
	v.opt.Window = w
	_, err := pay.NewPINHash("12", nil, 1000)
	if err == nil {
		t.Fatal("a PIN of 2 characters accepted")
	}
	v.showError(err)
	txt, _ := overlayTexts(t, w)
	if !strings.Contains(txt, "Pincode moet 4 tot 32 tekens hebben") || strings.Contains(txt, "PIN must") || strings.Contains(txt, " / ") {
		t.Errorf("PIN message on screen: %q", txt)
	}

	ws, _ := newTestScreen(t)
	p := ws.print.showWith(nil)
	if p == nil {
		t.Fatal("no print preview")
	}
	p.openURL = func(*url.URL) error { return errors.New(`exec: "xdg-open": executable file not found in $PATH`) }
	p.open()
	txt = overlayText(ws)
	if strings.Contains(txt, "xdg-open") || strings.Contains(txt, "exec:") || !strings.Contains(txt, "[Opslaan als…]") {
		t.Errorf("no viewer shows %q", txt)
	}

	if err := SetLanguage("en"); err != nil {
		t.Fatal(err)
	}
	if got := roleLabel(roster.RoleOpvoeder); got != "care worker" {
		t.Errorf("English role %q", got)
	}
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
}

// Issue 19, bug 9: the keyboard cursor is a clear frame; the swap dialog's
// "Met" list is sorted by name; a warning in a list says whose it is.
func TestSnagKeyboardAndLists(t *testing.T) {
	ws, _ := newTestScreen(t)
	id := widget.TableCellID{Row: rowOf(t, ws, idBram), Col: 3}
	ws.grid.moveTo(id)
	c := newCellView(false)
	ws.grid.updateCell(id, c)
	if c.frame.StrokeColor == color.Transparent || c.frame.StrokeWidth < 3 {
		t.Errorf("cursor cell frame %v width %v: not visible", c.frame.StrokeColor, c.frame.StrokeWidth)
	}
	other := newCellView(false)
	ws.grid.updateCell(widget.TableCellID{Row: id.Row, Col: 4}, other)
	if other.frame.StrokeWidth >= 3 {
		t.Error("a cell without the cursor has the cursor frame")
	}

	var names []string
	for _, m := range colleagues(ws.ed.House(), idAnna, monday) {
		names = append(names, m.Name)
	}
	if !slices.IsSorted(names) {
		t.Errorf("swap list %v not sorted", names)
	}

	f := rules.Finding{Rule: rules.RuleATWRest, Members: []int{idBram}, NL: "rust te kort: 8 u", EN: "rest too short: 8 h"}
	if got := ws.swap.findingLines([]rules.Finding{f}); got != "• Bram: rust te kort: 8 u" {
		t.Errorf("warning line %q does not say whose", got)
	}
}

// Lighter and faster (issue 19): navigating 500 weeks and editing on the
// way does not make the heap grow: what a week shows is dropped when the
// next one shows (no cache that is never trimmed, no goroutine per week).
// Memory is compared, never time.
func TestSnagNoGrowthOverWeeks(t *testing.T) {
	if testing.Short() {
		t.Skip("500 weeks of navigation: not in -short")
	}
	ws, _ := newDemoScreen(t)
	ws.SetWeek(gapWeek)
	step := func(n int) {
		for i := 0; i < n; i++ {
			if i%2 == 0 {
				ws.NextWeek()
			} else {
				ws.PrevWeek()
				ws.NextWeek()
			}
			if i%25 == 0 { // an edit and its undo now and then
				ws.cells.assign(memberID(t, ws.ed.House(), "Fatima"), ws.ed.Week()+2, "L", false)
				ws.Undo()
			}
		}
		ws.SetWeek(gapWeek)
	}
	heap := func() (uint64, int) {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc, runtime.NumGoroutine()
	}
	step(50) // warm the caches the first weeks fill
	h0, g0 := heap()
	step(500)
	h1, g1 := heap()
	t.Logf("heap %d → %d KB, goroutines %d → %d", h0>>10, h1>>10, g0, g1)
	// Fyne's own text-metric and renderer caches are trimmed by the desktop
	// driver every minute, not by the test driver: they account for up to
	// about 8 MB here. A leak per week would be far more.
	if h1 > h0+h0/2+4<<20 {
		t.Errorf("heap grew from %d KB to %d KB over 500 weeks", h0>>10, h1>>10)
	}
	if n, m := len(ws.findings.heights), len(ws.findings.items); n > m {
		t.Errorf("the findings list keeps %d heights for %d items", n, m)
	}
	if g1 > g0+2 {
		t.Errorf("goroutines grew from %d to %d over 500 weeks", g0, g1)
	}
}
