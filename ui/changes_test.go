package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/changes"
	"github.com/huisrooster/huisrooster/roster/publish"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/roster/team"
)

// appMenuItem returns the item of win's main menu whose label starts with
// prefix.
func appMenuItem(t *testing.T, win fyne.Window, prefix string) *fyne.MenuItem {
	t.Helper()
	mm := win.MainMenu()
	if mm == nil {
		t.Fatal("no main menu")
	}
	for _, m := range mm.Items {
		for _, it := range m.Items {
			if strings.HasPrefix(it.Label, prefix) {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", prefix)
	return nil
}

// TestWhatChanged: Anna and Bram have looked before; Bram moves Anna's
// Monday shift and reports Cas sick; when Anna picks her name she sees both
// (hers first, with who did it, marked as within the publication period),
// one tap dismisses it, picking her name again shows nothing, and the menu
// still shows "nothing changed". Bram is not told his own changes, and a
// first look shows nothing.
func TestWhatChanged(t *testing.T) {
	fa := test.NewTempApp(t)
	st := NewMemStore(rostertest.SmallHouse())
	a, err := NewApp(fa, st, Options{Lang: "nl", Today: monday, Who: "Anna"})
	if err != nil {
		t.Fatal(err)
	}
	a.ChooseUser("Bram")
	if top := a.Window().Canvas().Overlays().Top(); top != nil {
		t.Fatal("a dialog on a first look")
	}
	ed := a.Editor()
	h := ed.House()
	move := roster.Edit{NL: "verplaatst", EN: "moved", Cells: []roster.CellEdit{
		{Member: idAnna, Date: monday, Before: h.Plan.CellAssignments(idAnna, monday)},
		{Member: idAnna, Date: monday + 2, After: []roster.Assignment{{Member: idAnna, Date: monday + 2, Shift: "V"}}},
	}}
	if err := ed.Do(move); err != nil {
		t.Fatal(err)
	}
	sick, err := team.ReportSick(ed.House(), idCas, monday, monday, monday.Start())
	if err != nil {
		t.Fatal(err)
	}
	if err := ed.Do(sick); err != nil {
		t.Fatal(err)
	}

	a.ShowWho()
	test.Tap(a.who.buttons[0]) // Anna
	text, buttons := overlayTexts(t, a.Window())
	if text == "" {
		t.Fatal("no 'what changed' dialog for Anna")
	}
	for _, want := range []string{"Wat is er veranderd, Anna?", "Jouw diensten", "Anna: V verplaatst van ma 23 nov naar wo 25 nov",
		"door Bram", "In de weken dat jij werkt", "Cas: L op ma 23 nov vrijgekomen", "binnen de komende 28 dagen"} {
		if !strings.Contains(text, want) {
			t.Errorf("dialog lacks %q:\n%s", want, text)
		}
	}
	if strings.Index(text, "Jouw diensten") > strings.Index(text, "In de weken") {
		t.Error("her own shifts do not come first")
	}
	for _, bad := range []string{"Changed", "What changed", "ziek"} {
		if strings.Contains(text, bad) {
			t.Errorf("English %q in the Dutch dialog", bad)
		}
	}
	if len(buttons) != 1 || buttons[0].Text != "Gezien" {
		t.Fatalf("buttons %v, want one 'Gezien'", buttons)
	}
	test.Tap(buttons[0])
	if a.Window().Canvas().Overlays().Top() != nil {
		t.Fatal("one tap did not dismiss the dialog")
	}
	if s, ok, _ := changes.LastSeen(st, "Anna"); !ok || s.Seq == 0 {
		t.Errorf("dismissing did not remember what Anna saw: %+v", s)
	}
	a.ShowWho()
	test.Tap(a.who.buttons[0])
	if a.Window().Canvas().Overlays().Top() != nil {
		t.Fatal("the dialog came back without new changes")
	}
	appMenuItem(t, a.Window(), "Wat is er veranderd?").Action()
	if text, _ := overlayTexts(t, a.Window()); !strings.Contains(text, "Er is niets veranderd") {
		t.Errorf("menu without changes:\n%s", text)
	}
	tapButton(t, a.Window(), "Gezien")
	// Bram made the changes himself: nothing to tell him. Cas looks for
	// the first time: nothing either, from now on he will see.
	a.ChooseUser("Bram")
	if a.Window().Canvas().Overlays().Top() != nil {
		t.Error("Bram is told his own changes")
	}
	a.ChooseUser("Cas")
	if a.Window().Canvas().Overlays().Top() != nil {
		t.Error("a dialog on Cas's first look")
	}
	appMenuItem(t, a.Window(), "Wat is er veranderd?").Action()
	if text, _ := overlayTexts(t, a.Window()); !strings.Contains(text, "Sinds je vorige keer") || !strings.Contains(text, "Er is niets veranderd") {
		t.Errorf("menu after a first look:\n%s", text)
	}
}

// TestWhatChangedEnglish: the dialog speaks English in English.
func TestWhatChangedEnglish(t *testing.T) {
	fa := test.NewTempApp(t)
	st := NewMemStore(rostertest.SmallHouse())
	a, err := NewApp(fa, st, Options{Lang: "en", Today: monday, Who: "Anna"})
	if err != nil {
		t.Fatal(err)
	}
	a.ChooseUser("Bram")
	h := a.Editor().House()
	e := roster.Edit{Cells: []roster.CellEdit{{Member: idAnna, Date: monday, Before: h.Plan.CellAssignments(idAnna, monday)}}}
	if err := a.Editor().Do(e); err != nil {
		t.Fatal(err)
	}
	a.ChooseUser("Anna")
	text, _ := overlayTexts(t, a.Window())
	for _, want := range []string{"What changed, Anna?", "Anna: V on Mon 23 Nov removed", "by Bram"} {
		if !strings.Contains(text, want) {
			t.Errorf("dialog lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "door ") || strings.Contains(text, "Jouw") {
		t.Errorf("Dutch in the English dialog:\n%s", text)
	}
}

// TestPublishSettings: "Publiceer naar map…" is off by default; turning it
// on with a folder publishes at once; a saved change publishes again (the
// debounce flushed); a folder that does not exist is refused with a Dutch
// message and the setting is kept.
func TestPublishSettings(t *testing.T) {
	fa := test.NewTempApp(t)
	st := NewMemStore(rostertest.SmallHouse())
	a, err := NewApp(fa, st, Options{Lang: "nl", Today: monday, Who: "Anna"})
	if err != nil {
		t.Fatal(err)
	}
	appMenuItem(t, a.Window(), "Publiceer naar map…").Action()
	d := a.showPublishSettings()
	if d.on.Checked || d.dir.Text != "" {
		t.Fatalf("not off by default: on %v, dir %q", d.on.Checked, d.dir.Text)
	}
	dir := t.TempDir()
	d.on.SetChecked(true)
	d.dir.SetText(dir)
	test.Tap(d.save)
	if !strings.Contains(d.status.Text, "Gepubliceerd") {
		t.Fatalf("status after saving: %q", d.status.Text)
	}
	for _, f := range []string{"Anna.ics", "Bram.ics", "index.html", "koelkast-deze-week.pdf"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s not published: %v", f, err)
		}
	}
	before, _ := os.ReadFile(filepath.Join(dir, "Anna.ics"))
	ed := a.Editor()
	e, err := ed.AssignEdit(idAnna, monday+3, "L", false)
	if err != nil {
		t.Fatal(err)
	}
	if err := ed.Do(e); err != nil {
		t.Fatal(err)
	}
	a.pub.deb.Flush()
	after, _ := os.ReadFile(filepath.Join(dir, "Anna.ics"))
	if string(after) == string(before) {
		t.Error("a saved change was not published")
	}
	// A change pending when the window closes is published at once.
	e, err = ed.AssignEdit(idBram, monday+4, "L", false)
	if err != nil {
		t.Fatal(err)
	}
	if err := ed.Do(e); err != nil {
		t.Fatal(err)
	}
	bram, _ := os.ReadFile(filepath.Join(dir, "Bram.ics"))
	a.Window().Close()
	if now, _ := os.ReadFile(filepath.Join(dir, "Bram.ics")); string(now) == string(bram) {
		t.Error("a pending change was not published on closing")
	}
	d.dir.SetText(filepath.Join(dir, "bestaat-niet"))
	test.Tap(d.save)
	if !strings.Contains(d.status.Text, "bestaat niet") || strings.Contains(d.status.Text, "does not exist") {
		t.Errorf("status for a missing folder: %q", d.status.Text)
	}
	if cfg, _ := publish.LoadConfig(st); cfg.Dir != dir || !cfg.On {
		t.Errorf("a refused folder changed the setting: %+v", cfg)
	}
	d.on.SetChecked(false)
	test.Tap(d.save)
	if cfg, _ := publish.LoadConfig(st); cfg.On {
		t.Error("turning it off was not saved")
	}
}

// TestPrintMarksChanges: after a print, a change in the week shows as a
// mark on the next print of that week.
func TestPrintMarksChanges(t *testing.T) {
	ws, _ := newTestScreen(t)
	p, err := newPrintPreview(ws.deps(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.week.Changes() != 0 || !p.week.PrintedAt.IsZero() {
		t.Fatal("marks before the first print")
	}
	p.printed()
	e, err := ws.ed.AssignEdit(idBram, monday+1, "V", false)
	if err != nil {
		t.Fatal(err)
	}
	if err := ws.ed.Do(e); err != nil {
		t.Fatal(err)
	}
	p2, err := newPrintPreview(ws.deps(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if p2.week.PrintedAt.IsZero() || p2.week.Changes() == 0 {
		t.Fatalf("no marks after a change: %d", p2.week.Changes())
	}
	for _, q := range p2.week.Days[1].Slots[0] {
		if q.Member == idBram && !q.Changed {
			t.Error("Bram's new Tuesday shift is not marked")
		}
	}
}
