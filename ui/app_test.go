package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster/rostertest"
)

func TestWhoAreYouAndSwitchUser(t *testing.T) {
	fa := test.NewTempApp(t)
	st := NewMemStore(rostertest.SmallHouse())
	a, err := NewApp(fa, st, Options{Lang: "nl", Today: monday})
	if err != nil {
		t.Fatal(err)
	}
	if a.Week() != nil || !strings.Contains(a.Window().Title(), "Wie ben jij?") {
		t.Fatalf("start: week %v, title %q", a.Week(), a.Window().Title())
	}
	// Opvoeders first, then the teamleider.
	var names []string
	for _, b := range a.who.buttons {
		names = append(names, b.Text)
	}
	if strings.Join(names, ",") != "Anna,Bram,Cas,Tess" {
		t.Errorf("who buttons = %v", names)
	}
	test.Tap(a.who.buttons[1]) // Bram
	if a.Week() == nil || a.Editor().Who() != "Bram" {
		t.Fatalf("after tapping Bram: who %q", a.Editor().Who())
	}
	if got := a.Window().Title(); got != "Huisrooster — Het Testhuis — Bram" {
		t.Errorf("title = %q", got)
	}
	if a.Window().MainMenu() == nil || len(a.Window().MainMenu().Items) != 4 { // Roster, Week, Settings, Help
		t.Error("no main menu")
	}
	a.Week().grid.moveTo(a.Week().grid.cursor)
	test.Type(a.Week().grid, "L") // Anna's Monday: V becomes L
	log, _ := st.Log(1)
	if len(log) != 1 || log[0].Who != "Bram" {
		t.Fatalf("audit log = %+v", log)
	}
	// Switching user is one click on the toolbar button.
	test.Tap(a.Week().userBtn)
	if a.Week().userBtn.Text != "Bram" || a.who == nil {
		t.Fatal("no who screen after the user button")
	}
	test.Tap(a.who.buttons[0]) // Anna
	if a.Editor().Who() != "Anna" || !strings.HasSuffix(a.Window().Title(), "Anna") {
		t.Errorf("after switching: %q, title %q", a.Editor().Who(), a.Window().Title())
	}
	// The history of the session stays undoable by the next user.
	if !a.Editor().CanUndo() {
		t.Error("switching user lost the undo history")
	}
	// Language switch keeps the week and the history; the choice is saved.
	a.SetLanguage("en")
	if a.Week().fixBtn.Text != "Fix week" || fa.Preferences().String(PrefLanguage) != "en" || !a.Editor().CanUndo() {
		t.Errorf("after English: button %q, pref %q", a.Week().fixBtn.Text, fa.Preferences().String(PrefLanguage))
	}
	a.SetLanguage("nl")
	if a.Week().fixBtn.Text != "Week vastzetten" {
		t.Errorf("after Dutch: button %q", a.Week().fixBtn.Text)
	}
}

func TestSomeoneElse(t *testing.T) {
	fa := test.NewTempApp(t)
	a, err := NewApp(fa, NewMemStore(rostertest.SmallHouse()), Options{Lang: "en", Today: monday})
	if err != nil {
		t.Fatal(err)
	}
	test.Type(a.who.other, "  Invaller  ")
	a.who.other.OnSubmitted(a.who.other.Text)
	if a.Editor().Who() != "Invaller" {
		t.Errorf("who = %q", a.Editor().Who())
	}
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
}

func TestStartAsWho(t *testing.T) {
	fa := test.NewTempApp(t)
	a, err := NewApp(fa, NewMemStore(rostertest.SmallHouse()), Options{Lang: "nl", Today: monday, Who: "Cas"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Week() == nil || a.Editor().Who() != "Cas" || a.Editor().Week() != monday {
		t.Errorf("started as %q on %v", a.Editor().Who(), a.Editor().Week())
	}
}
