package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/plan/house"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// gapWeek is the Monday of the demo's first week that is not fixed (week
// 50); demoWithGaps empties its group shifts.
var gapWeek = monday + 14

// demoWithGaps is the demo house with the group shifts of week 50 taken
// out, so "vul aan" has cells to fill.
func demoWithGaps() *roster.House {
	h := demo.House(monday)
	kind := map[string]roster.ShiftKind{}
	for _, st := range h.ShiftTypes {
		kind[st.Code] = st.Kind
	}
	h.Plan.Assignments = slices.DeleteFunc(h.Plan.Assignments, func(a roster.Assignment) bool {
		return roster.Week(gapWeek).Contains(a.Date) && kind[a.Shift] == roster.KindGroup
	})
	return h
}

// newGapScreen returns a week screen on week 50 of demoWithGaps.
func newGapScreen(t *testing.T) *WeekScreen {
	t.Helper()
	ws, _ := newScreenOn(t, demoWithGaps(), "Fatima")
	ws.SetWeek(gapWeek)
	return ws
}

// waitFill waits until the run r has shown its result.
func waitFill(t *testing.T, r *fillRun) {
	t.Helper()
	if r == nil {
		t.Fatal("no fill run started")
	}
	select {
	case <-r.done:
	case <-time.After(60 * time.Second): // a hang guard, not a timing assertion
		t.Fatal("fill run did not end")
	}
}

// errorKeys returns the non-coverage error findings of the visible week
// by rule and members.
func errorKeys(ws *WeekScreen) map[string]bool {
	out := map[string]bool{}
	for _, f := range ws.ed.Findings() {
		if f.Severity != rules.SevError || f.Rule == rules.RuleCovDay || f.Rule == rules.RuleCovNight {
			continue
		}
		key := f.Rule
		for _, m := range f.Members {
			key += " " + ws.ed.memberName(m)
		}
		out[key] = true
	}
	return out
}

// countErrors counts the error findings of the visible week.
func countErrors(ws *WeekScreen) int {
	n := 0
	for _, f := range ws.ed.Findings() {
		if f.Severity == rules.SevError {
			n++
		}
	}
	return n
}

// countRule counts the findings of rule in the visible week (any severity).
func countRule(ws *WeekScreen, rule string) int {
	n := 0
	for _, f := range ws.ed.Findings() {
		if f.Rule == rule {
			n++
		}
	}
	return n
}

// renderedTexts returns what the grid shows on the cell of member on d.
func renderedTexts(ws *WeekScreen, member int, d roster.Date) []string {
	c := newCellView(false)
	for r, row := range ws.ed.View().Rows {
		if row.Member == member {
			ws.grid.updateCell(widget.TableCellID{Row: r, Col: int(d - ws.ed.Week())}, c)
		}
	}
	return c.texts()
}

func runFill(t *testing.T, ws *WeekScreen) {
	t.Helper()
	r := ws.fill.start(fillRequest{window: roster.Week(gapWeek), limit: time.Minute, maxIter: 200_000})
	waitFill(t, r)
	if len(ws.fill.proposal) == 0 {
		t.Fatal("vul aan proposed nothing on a week without group shifts")
	}
}

func TestFillAcceptAllUndo(t *testing.T) {
	ws, st := newScreenOn(t, demoWithGaps(), "Fatima")
	ws.SetWeek(gapWeek)
	errsBefore, keysBefore := countErrors(ws), errorKeys(ws)
	shortBefore := short(ws.ed.View())
	runFill(t, ws)
	if !ws.fill.bar.Visible() {
		t.Error("proposal bar hidden while a proposal is shown")
	}
	keys := ws.fill.keys()
	for _, k := range keys {
		if len(ws.ed.House().Plan.CellAssignments(k.member, k.date)) != 0 {
			t.Fatalf("proposal on a filled cell %v", k)
		}
	}
	k := keys[0]
	if txt := renderedTexts(ws, k.member, k.date); !slices.Contains(txt, "voorstel") || !strings.HasPrefix(txt[0], ws.fill.proposal[k]+" ") || strings.Contains(txt[0], "?") {
		t.Errorf("proposed cell shows %q, want the shift and \"voorstel\"", txt)
	}
	t.Logf("%d shifts proposed, errors before %d", len(keys), errsBefore)
	nightsBefore := countRule(ws, rules.RuleCovNight)
	proposed := map[cellKey]string{}
	for _, k := range keys {
		proposed[k] = ws.fill.proposal[k]
	}

	e0, e1, w0, w1 := ws.fill.counts()
	if e0 != errsBefore || !strings.Contains(ws.fill.barText.Text, fmt.Sprintf("fouten van %d naar %d", e0, e1)) {
		t.Errorf("bar %q, preview %d → %d, want errors from %d", ws.fill.barText.Text, e0, e1, errsBefore)
	}
	if w1 > w0+len(ws.fill.result.Soft) {
		t.Errorf("warnings %d → %d with the proposal, but it reports only %d soft findings", w0, w1, len(ws.fill.result.Soft))
	}
	res := ws.fill.result
	if want := "open uren: nu " + roster.HoursLabel(float64(res.OpenMinutes)/60, roster.Dutch) + ", met voorstel " + roster.HoursLabel(float64(res.UncoveredMinutes)/60, roster.Dutch); !strings.Contains(ws.fill.barText.Text, want) {
		t.Errorf("bar %q does not say %q", ws.fill.barText.Text, want)
	}
	// The coverage strip previews the week with the proposal.
	if p := ws.fill.preview; p == nil || p.Week != ws.ed.View().Week {
		t.Error("the coverage strip has no preview of the proposal")
	} else if short(p) >= short(ws.ed.View()) {
		t.Errorf("the preview is %.2f short, the week now %.2f: it does not show the proposal", short(p), short(ws.ed.View()))
	}
	if !ws.fill.acceptAll() {
		t.Fatal("accept all failed")
	}
	if len(ws.fill.proposal) != 0 || ws.fill.bar.Visible() {
		t.Error("proposal still shown after accepting all")
	}
	for k, code := range proposed {
		as := ws.ed.House().Plan.CellAssignments(k.member, k.date)
		if len(as) != 1 || as[0].Shift != code {
			t.Fatalf("cell %v holds %v, want %s", k, as, code)
		}
	}
	if txt := renderedTexts(ws, k.member, k.date); slices.Contains(txt, "voorstel") {
		t.Errorf("accepted cell still marked as proposal: %q", txt)
	}
	for key := range errorKeys(ws) {
		if !keysBefore[key] {
			t.Errorf("accepting the proposal added an error: %s", key)
		}
	}
	after := countErrors(ws)
	t.Logf("errors after accepting: %d", after)
	if after != e1 {
		t.Errorf("the bar predicted %d errors after accepting, there are %d", e1, after)
	}
	// The gaps that remain may be as many findings as the empty days were
	// (a day short in the morning and the evening is two findings where the
	// empty day was one), so what must fall is the missing presence.
	if s := short(ws.ed.View()); s >= shortBefore/2 {
		t.Errorf("missing presence %.0f → %.0f: the proposal filled less than half of what was open", shortBefore, s)
	}
	if n := countRule(ws, rules.RuleCovNight); n > nightsBefore {
		t.Errorf("night findings %d → %d: a proposal doubled a night cover", nightsBefore, n)
	}
	h, err := st.Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := len(h.Plan.CellAssignments(k.member, k.date)); got != 1 {
		t.Errorf("store has %d shifts on an accepted cell, want 1 (not saved)", got)
	}

	// One undo step takes the whole proposal out again.
	ws.Undo()
	for k := range proposed {
		if as := ws.ed.House().Plan.CellAssignments(k.member, k.date); len(as) != 0 {
			t.Fatalf("after undo cell %v still holds %v", k, as)
		}
	}
	if got := countErrors(ws); got != errsBefore {
		t.Errorf("after undo %d errors, want %d", got, errsBefore)
	}
}

func TestFillDeterministic(t *testing.T) {
	ws := newGapScreen(t)
	runFill(t, ws)
	first := maps2slice(ws.fill.proposal)
	ws.fill.discard()
	runFill(t, ws)
	if second := maps2slice(ws.fill.proposal); !slices.Equal(first, second) {
		t.Errorf("two runs with the same seed and budget differ:\n%v\n%v", first, second)
	}
}

func maps2slice(m map[cellKey]string) []string {
	var out []string
	for k, v := range m {
		out = append(out, fmt.Sprintf("%s %d %s", k.date, k.member, v))
	}
	slices.Sort(out)
	return out
}

func TestFillRejectAndPerCell(t *testing.T) {
	ws := newGapScreen(t)
	runFill(t, ws)
	keys := ws.fill.keys()
	if len(keys) < 3 {
		t.Fatalf("only %d proposals", len(keys))
	}
	// Per cell: the cell menu offers accept and reject first.
	a, r := keys[0], keys[1]
	items := ws.fill.menuItems(a.member, a.date)
	if len(items) < 2 || !strings.Contains(items[0].Label, "overnemen") || !strings.Contains(items[1].Label, "afwijzen") {
		t.Fatalf("cell menu of a proposed cell: %v", items)
	}
	code := ws.fill.proposal[a]
	// The cell menu the grid opens on a tap carries them.
	for row, rw := range ws.ed.View().Rows {
		if rw.Member == a.member {
			ws.openCellMenu(widget.TableCellID{Row: row, Col: int(a.date - ws.ed.Week())})
		}
	}
	if ws.popUp.menu == nil || !slices.ContainsFunc(ws.popUp.menu.Items, func(it *fyne.MenuItem) bool { return it.Label == items[0].Label }) {
		t.Errorf("the cell menu of a proposed cell lacks %q", items[0].Label)
	}
	if ws.popUp.pop != nil {
		ws.popUp.pop.Hide()
	}
	items[0].Action()
	if as := ws.ed.House().Plan.CellAssignments(a.member, a.date); len(as) != 1 || as[0].Shift != code {
		t.Errorf("accepted cell holds %v, want %s", as, code)
	}
	ws.fill.menuItems(r.member, r.date)[1].Action()
	if as := ws.ed.House().Plan.CellAssignments(r.member, r.date); len(as) != 0 {
		t.Errorf("rejected cell holds %v", as)
	}
	if _, ok := ws.fill.proposal[r]; ok || len(ws.fill.proposal) != len(keys)-2 {
		t.Errorf("after one accept and one reject %d proposals left, want %d", len(ws.fill.proposal), len(keys)-2)
	}
	if ws.fill.menuItems(r.member, r.date) != nil {
		t.Error("a rejected cell still offers the proposal")
	}

	// Discard: no marks, no bar, nothing in the roster.
	left := ws.fill.keys()
	ws.fill.discard()
	if ws.fill.bar.Visible() {
		t.Error("bar shown after discarding")
	}
	for _, k := range left {
		if slices.Contains(renderedTexts(ws, k.member, k.date), "voorstel") {
			t.Errorf("cell %v still marked after discarding", k)
		}
		if as := ws.ed.House().Plan.CellAssignments(k.member, k.date); len(as) != 0 {
			t.Errorf("discarded cell %v holds %v", k, as)
		}
	}
}

func TestFillFixedWeekUntouched(t *testing.T) {
	ws := newGapScreen(t)
	if !ws.Do(ws.ed.FixWeekEdit()) {
		t.Fatal("fixing the week failed")
	}
	if r := ws.fill.start(fillRequest{window: roster.Week(gapWeek), limit: time.Minute, maxIter: 50_000}); r != nil {
		waitFill(t, r)
		t.Error("vul aan started on a fixed week")
	}
	if len(ws.fill.proposal) != 0 {
		t.Errorf("vul aan proposed %d shifts in a fixed week", len(ws.fill.proposal))
	}
}

// TestFillFixedWeekOffersUnlock: on a fixed week "vul aan" does not just say
// no: it offers to unlock and fill in one step. Cancel leaves the week
// fixed; "Unlock and fill in" unlocks it as one undoable edit and proposes.
func TestFillFixedWeekOffersUnlock(t *testing.T) {
	ws := newGapScreen(t)
	if !ws.Do(ws.ed.FixWeekEdit()) {
		t.Fatal("fixing the week failed")
	}
	req := fillRequest{window: roster.Week(gapWeek), limit: time.Minute, maxIter: 50_000}
	if ws.fill.start(req) != nil {
		t.Fatal("vul aan started on a fixed week")
	}
	text, buttons := overlayTexts(t, ws.win)
	if !strings.Contains(text, lang.X("fill.unlockfill", "Unlock and fill in")) || !strings.Contains(text, "Week 50") {
		t.Fatalf("no dialog about the fixed week; overlay says %q", text)
	}
	var cancel, unlock *widget.Button
	for _, b := range buttons {
		switch b.Text {
		case lang.X("Cancel", "Cancel"):
			cancel = b
		case lang.X("fill.unlockfill", "Unlock and fill in"):
			unlock = b
		}
	}
	if cancel == nil || unlock == nil {
		t.Fatalf("the dialog lacks cancel or \"unlock and fill in\": %v", buttons)
	}
	test.Tap(cancel)
	if ws.ed.WeekState() != roster.PeriodFixed {
		t.Fatal("cancel unlocked the week")
	}
	// What the confirm button does (called here, not tapped: the run it
	// starts is only reachable through its return value without a race).
	r := ws.fill.unlockAndStart(req)
	if ws.ed.WeekState() == roster.PeriodFixed {
		t.Fatal("the week is still fixed after \"unlock and fill in\"")
	}
	// The log names the weeks in words, as the week screen does.
	if l := ws.ed.UndoLabel(roster.Dutch); !strings.Contains(l, "week 50 (") || strings.Contains(l, "-W") {
		t.Errorf("the unlock's log line %q does not name the week in words", l)
	}
	waitFill(t, r)
	if len(ws.fill.proposal) == 0 {
		t.Fatal("no proposal after unlocking")
	}
	ws.fill.discard()
	if ok, err := ws.ed.Undo(); !ok || err != nil {
		t.Fatalf("undo the unlock: %v %v", ok, err)
	}
	if ws.ed.WeekState() != roster.PeriodFixed {
		t.Error("undo did not fix the week again")
	}
}

func TestFillCancelReturnsBestSoFar(t *testing.T) {
	ws := newGapScreen(t)
	r := ws.fill.start(fillRequest{window: roster.Week(gapWeek), limit: 10 * time.Minute})
	if r == nil {
		t.Fatal("no run")
	}
	if again := ws.fill.start(fillRequest{window: roster.Week(gapWeek), limit: time.Second}); again != nil {
		t.Error("a second run started while one is under way")
	}
	for i := 0; ; i++ { // wait for a first feasible proposal
		if p, ok := r.snapshot(); ok && p.Feasible {
			break
		}
		if i > 6000 {
			t.Fatal("no feasible proposal within the guard")
		}
		time.Sleep(10 * time.Millisecond)
	}
	r.stop()
	waitFill(t, r)
	if len(ws.fill.proposal) == 0 {
		t.Error("cancel dropped the best proposal so far")
	}
	if !strings.Contains(ws.status.Text, "gestopt") {
		t.Errorf("status %q does not say the search was stopped", ws.status.Text)
	}
	if ws.fill.run != nil {
		t.Error("run still registered after it ended")
	}
}

func TestFillPeriod(t *testing.T) {
	ws := newGapScreen(t)
	h := ws.ed.House()
	p := fillPeriod(h, gapWeek)
	if p.From != gapWeek || p.To != gapWeek+13 {
		t.Fatalf("period of week 50 is %s, want the stored period %s – %s", p, gapWeek, gapWeek+13)
	}
	// The period before (weeks 48–49) is fixed: nothing may be proposed there.
	w := roster.Window{From: monday, To: p.To}
	r := ws.fill.start(fillRequest{window: w, limit: time.Minute, maxIter: 200_000})
	waitFill(t, r)
	if len(ws.fill.proposal) == 0 {
		t.Fatal("nothing proposed over weeks 48–51")
	}
	for k := range ws.fill.proposal {
		if !w.Contains(k.date) || h.Plan.StateOn(k.date) == roster.PeriodFixed {
			t.Errorf("proposal on %s, outside the window or in a fixed week", k.date)
		}
	}
}

// BenchmarkFillPreview measures the bar's preview: two checks of the
// proposal's week, run after every change of the proposal.
func BenchmarkFillPreview(b *testing.B) {
	ws, _ := newScreenOn(b, demoWithGaps(), "Fatima")
	ws.SetWeek(gapWeek)
	r := ws.fill.start(fillRequest{window: roster.Week(gapWeek), limit: time.Minute, maxIter: 200_000})
	<-r.done
	if len(ws.fill.proposal) == 0 {
		b.Fatal("no proposal")
	}
	for b.Loop() {
		ws.fill.counts()
	}
}

// short measures how short a week view's coverage is: the length of its
// stretches one short, twice that of those two or more short.
func short(v *weekview.WeekView) float64 {
	n := 0.0
	for _, dc := range v.Cover {
		for _, seg := range dc.Segments {
			switch seg.Status {
			case weekview.CoverShortOne:
				n += float64(seg.To - seg.From)
			case weekview.CoverShortMore:
				n += 2 * float64(seg.To-seg.From)
			}
		}
	}
	return n
}

// TestFillDialogNamesWeeksInWords: the fill dialog offers the week and its
// planning period in the words the week screen uses ("Week 50 (7 dec – 13
// dec)"), not as ISO codes ("2026-W50").
func TestFillDialogNamesWeeksInWords(t *testing.T) {
	ws := newGapScreen(t)
	ws.fill.show()
	var got []string
	for _, o := range test.LaidOutObjects(ws.win.Canvas().Overlays().Top()) {
		if rg, ok := o.(*widget.RadioGroup); ok {
			got = rg.Options
		}
	}
	period := fillPeriod(ws.ed.House(), gapWeek)
	want := []string{"Week 50 (7 dec – 13 dec)", "Planperiode " + roster.WeekWords(period, roster.Dutch)}
	if !slices.Equal(got, want) {
		t.Fatalf("fill dialog offers %q, want %q", got, want)
	}
	for _, o := range got {
		if strings.Contains(o, "-W") {
			t.Errorf("option %q names a week by its ISO code", o)
		}
	}
}

// TestFillDetailsNameTheGaps: the proposal's details name every coverage
// gap that stays with the whole proposal (by day and time, in words) and
// the proven bound, as issue 22 asks ("names the remaining gaps").
func TestFillDetailsNameTheGaps(t *testing.T) {
	ws := newGapScreen(t)
	runFill(t, ws)
	got := ws.fill.detailsText()
	if !strings.Contains(got, "geen rooster binnen de regels dekt meer dan") && ws.fill.result.BoundMinutes > 0 {
		t.Errorf("details lack the bound:\n%s", got)
	}
	if len(ws.fill.result.Gaps) == 0 {
		if !strings.Contains(got, "geen gat") {
			t.Errorf("no gaps remain, but the details do not say so:\n%s", got)
		}
		return
	}
	for _, g := range ws.fill.result.Gaps {
		if line := findingText(g, roster.Dutch); !strings.Contains(got, line) {
			t.Errorf("details lack the gap %q:\n%s", line, got)
		}
	}
	if strings.Contains(got, "-W") || strings.Contains(got, "Still open") {
		t.Errorf("details use ISO weeks or English in the Dutch UI:\n%s", got)
	}
	ws.fill.showDetails()
	if text, _ := overlayTexts(t, ws.win); !strings.Contains(text, "Wat het voorstel open laat") {
		t.Errorf("the details dialog did not open:\n%s", text)
	}
}

// TestFillProgressImproving: while the improvement phase runs, the progress
// dialog says how many hours are still open (its report's Best is the
// uncovered person-minutes), not an abstract score.
func TestFillProgressImproving(t *testing.T) {
	newGapScreen(t) // the Dutch UI
	r := &fillRun{lng: roster.Dutch, t0: time.Now(), elapsed: widget.NewLabel(""), best: widget.NewLabel(""), bar: widget.NewProgressBar()}
	r.progress(plan.Progress{Best: 750, Feasible: true, Stage: house.StageImprove, Fraction: 0.5})
	r.show()
	if want := "Voorstel verbeteren: nog 12,5 u open"; r.best.Text != want {
		t.Errorf("progress says %q, want %q", r.best.Text, want)
	}
	r.progress(plan.Progress{Best: 1633, Feasible: true, Stage: plan.StageAnneal})
	r.show()
	if strings.Contains(r.best.Text, "open") {
		t.Errorf("the construction's score %q is shown as open hours", r.best.Text)
	}
}
