package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// roundsItem returns the item of the Ronde menu whose label starts with prefix.
func roundsItem(t *testing.T, ws *WeekScreen, prefix string) *fyne.MenuItem {
	t.Helper()
	for _, it := range ws.withRounds(fyne.NewMenu("")).Items {
		if strings.HasPrefix(it.Label, prefix) {
			return it
		}
	}
	t.Fatalf("week menu has no item %q", prefix)
	return nil
}

// overlayText returns the text of every label and button in the top
// overlay ("" without one).
func overlayText(ws *WeekScreen) string {
	top := ws.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	walk(top, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.Button:
			b.WriteString("[" + w.Text + "]\n")
		}
	})
	return b.String()
}

// walk visits o and everything inside it, widgets' renderers included.
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, x := range c.Objects {
			walk(x, fn)
		}
	case fyne.Widget:
		if _, ok := o.(*widget.Table); ok {
			return
		}
		for _, x := range test.WidgetRenderer(c).Objects() {
			walk(x, fn)
		}
	}
}

// buttons returns the buttons with text in the top overlay.
func overlayButtons(ws *WeekScreen, text string) []*widget.Button {
	var out []*widget.Button
	if top := ws.win.Canvas().Overlays().Top(); top != nil {
		walk(top, func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && b.Text == text {
				out = append(out, b)
			}
		})
	}
	return out
}

// closeOverlays hides every overlay.
func closeOverlays(ws *WeekScreen) {
	for ws.win.Canvas().Overlays().Top() != nil {
		ws.win.Canvas().Overlays().Remove(ws.win.Canvas().Overlays().Top())
	}
}

// shownPeriod returns the toolbar's period lines as one line.
func shownPeriod(ws *WeekScreen) string {
	return ws.periods.top.Text + " · " + ws.periods.bottom.Text
}

func periodState(ws *WeekScreen) roster.PeriodState {
	st, _ := ws.periods.state()
	return st
}

func TestPeriodTransitionsViaUI(t *testing.T) {
	ws, st := newTestScreen(t)
	if got := shownPeriod(ws); got != "Periode wk 45–48 · concept" {
		t.Fatalf("period label = %q", got)
	}
	p := ws.periods.Period()
	if p.From != monday-21 || p.To != monday+6 {
		t.Fatalf("period = %s", p)
	}

	// Opening the wish round: the label shows the deadline.
	if !ws.periods.OpenWishes(monday - 28) {
		t.Fatal("open wishes failed")
	}
	if got := shownPeriod(ws); got != "Periode wk 45–48 · wensen open tot 26 okt" {
		t.Errorf("label after opening = %q", got)
	}
	// A deadline inside the period is refused with the engine's message.
	if ws.periods.OpenWishes(monday) {
		t.Error("deadline inside the period accepted")
	}
	if !strings.Contains(ws.status.Text, "wensen moeten binnen zijn") {
		t.Errorf("status = %q", ws.status.Text)
	}
	closeOverlays(ws)

	roundsItem(t, ws, "Invullen starten").Action()
	if periodState(ws) != roster.PeriodFilling || !strings.HasSuffix(shownPeriod(ws), "· invullen") {
		t.Fatalf("after start filling: %s, %q", periodState(ws), shownPeriod(ws))
	}

	// Fixing with errors (the test week has empty days) asks first.
	if !rules.HasErrors(rules.Check(ws.ed.House(), p)) {
		t.Fatal("the test period has no errors")
	}
	roundsItem(t, ws, "Periode vastzetten").Action()
	if periodState(ws) == roster.PeriodFixed {
		t.Fatal("fixed without asking")
	}
	if txt := overlayText(ws); !strings.Contains(txt, "fouten. Toch vastzetten?") || !strings.Contains(txt, "•") {
		t.Errorf("confirmation shows %q", txt)
	}
	closeOverlays(ws)
	if ok, errs := ws.periods.FixPeriod(true); !ok || len(errs) == 0 {
		t.Fatalf("fix anyway: %v, %d errors", ok, len(errs))
	}
	if ws.ed.WeekState() != roster.PeriodFixed || !strings.HasSuffix(shownPeriod(ws), "· vastgezet") {
		t.Errorf("after fixing: %s, %q", ws.ed.WeekState(), shownPeriod(ws))
	}
	// A refused transition: the wish round cannot open on a fixed period.
	roundsItem(t, ws, "Wensronde openen").Action()
	if txt := overlayText(ws); !strings.Contains(txt, "Tot wanneer?") || !strings.Contains(txt, "[Openen]") {
		t.Errorf("open wish round dialog shows %q", txt)
	}
	closeOverlays(ws)
	if ws.periods.OpenWishes(0) || periodState(ws) != roster.PeriodFixed {
		t.Error("a fixed period reopened its wish round")
	}
	if !strings.Contains(ws.status.Text, "ontgrendel de periode eerst") {
		t.Errorf("refusal status = %q", ws.status.Text)
	}
	closeOverlays(ws)

	if !ws.periods.UnlockPeriod() || periodState(ws) != roster.PeriodFilling {
		t.Fatalf("unlock: %s", periodState(ws))
	}
	// Undo walks back: fixed, filling, wishes, draft.
	for _, want := range []roster.PeriodState{roster.PeriodFixed, roster.PeriodFilling, roster.PeriodWishes, roster.PeriodDraft} {
		ws.Undo()
		if got := periodState(ws); got != want {
			t.Fatalf("after undo: %s, want %s", got, want)
		}
	}
	if got := shownPeriod(ws); got != "Periode wk 45–48 · concept" {
		t.Errorf("label after undoing everything = %q", got)
	}
	// Every transition is in the audit log.
	log, _ := st.Log(0)
	n := 0
	for _, r := range log {
		if len(r.Edit.Periods) > 0 {
			n++
		}
	}
	if n != 8 {
		t.Errorf("%d period edits in the log, want 8 (4 done, 4 undone)", n)
	}
}

func TestPeriodUnlockRefusedWhenNotFixed(t *testing.T) {
	ws, _ := newTestScreen(t)
	if ws.periods.UnlockPeriod() {
		t.Fatal("unlocked a draft period")
	}
	if !strings.Contains(ws.status.Text, "niets te ontgrendelen") {
		t.Errorf("status = %q", ws.status.Text)
	}
}

func TestPeriodAvoidsStoredNeighbours(t *testing.T) {
	ws, _ := newTestScreen(t)
	// Week 46 on its own is fixed: week 48's default period W45–W48 then
	// starts in week 47.
	ws.SetWeek(monday - 14)
	if !ws.actions.FixWeek() {
		t.Fatal("fix week 46")
	}
	ws.SetWeek(monday)
	if p := ws.periods.Period(); p.From != monday-7 || p.To != monday+6 {
		t.Fatalf("period = %s, want W47–W48", p)
	}
	if !ws.periods.StartFilling() || periodState(ws) != roster.PeriodFilling || shownPeriod(ws) != "Periode wk 47–48 · invullen" {
		t.Errorf("start filling next to a fixed week: %s, %q", periodState(ws), shownPeriod(ws))
	}
	ws.SetWeek(monday - 14)
	if shownPeriod(ws) != "Periode wk 46 · vastgezet" {
		t.Errorf("week 46 shows %q", shownPeriod(ws))
	}
}
