package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// overlayTexts returns the texts and the buttons of win's top overlay (an
// open dialog); nil when there is none.
func overlayTexts(t *testing.T, win fyne.Window) (string, []*widget.Button) {
	t.Helper()
	top := win.Canvas().Overlays().Top()
	if top == nil {
		return "", nil
	}
	var b strings.Builder
	var buttons []*widget.Button
	for _, o := range test.LaidOutObjects(top) {
		switch x := o.(type) {
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.Button:
			buttons = append(buttons, x)
		}
	}
	return b.String(), buttons
}

func TestShowAbout(t *testing.T) {
	// A Windows path with spaces, as %APPDATA% often has.
	const db = `C:\Users\Team Lid\AppData\Roaming\huisrooster\huisrooster.db`
	const backups = `C:\Users\Team Lid\AppData\Roaming\huisrooster\backups`
	for _, tc := range []struct {
		lang, title, version, licence, copyBtn string
	}{
		{"nl", "Over Huisrooster", "Versie 1.2.3+abc1234", "MIT-licentie", "Kopieer gegevenslocatie"},
		{"en", "About Huisrooster", "Version 1.2.3+abc1234", "MIT licence", "Copy data location"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			test.NewTempApp(t)
			if err := SetLanguage(tc.lang); err != nil {
				t.Fatal(err)
			}
			win := test.NewTempWindow(t, widget.NewLabel("rooster"))
			win.Resize(fyne.NewSize(1000, 700))
			d := ShowAbout(win, AboutInfo{Version: "1.2.3+abc1234", DataPath: db, BackupDir: backups})
			got, buttons := overlayTexts(t, win)
			for _, want := range []string{tc.title, tc.version, tc.licence, db, backups} {
				if !strings.Contains(got, want) {
					t.Errorf("about dialog lacks %q; it shows:\n%s", want, got)
				}
			}
			var copyBtn *widget.Button
			for _, b := range buttons {
				if b.Text == tc.copyBtn {
					copyBtn = b
				}
			}
			if copyBtn == nil {
				t.Fatalf("no %q button", tc.copyBtn)
			}
			test.Tap(copyBtn)
			if c := fyne.CurrentApp().Clipboard().Content(); c != db {
				t.Errorf("clipboard = %q, want the data path", c)
			}
			d.Hide()
			if win.Canvas().Overlays().Top() != nil {
				t.Error("the dialog is still shown after Hide")
			}
		})
	}
}

func TestShowAboutDemo(t *testing.T) {
	test.NewTempApp(t)
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
	win := test.NewTempWindow(t, widget.NewLabel("rooster"))
	win.Resize(fyne.NewSize(1000, 700))
	ShowAbout(win, AboutInfo{Version: "0.1.0"})
	got, buttons := overlayTexts(t, win)
	if !strings.Contains(got, "er wordt niets opgeslagen") || !strings.Contains(got, "Versie 0.1.0") {
		t.Errorf("demo about dialog shows:\n%s", got)
	}
	for _, b := range buttons {
		if b.Text == "Kopieer gegevenslocatie" {
			t.Error("a demo in memory has no data location to copy")
		}
	}
}

func TestAboutInHelpMenu(t *testing.T) {
	fa := test.NewTempApp(t)
	st := NewMemStore(rostertest.SmallHouse())
	var asked roster.Store
	about := func(s roster.Store) AboutInfo {
		asked = s
		return AboutInfo{Version: "9.9.9", DataPath: "/data/huisrooster.db"}
	}
	a, err := NewApp(fa, st, Options{Lang: "en", Today: monday, Who: "Anna", About: about})
	if err != nil {
		t.Fatal(err)
	}
	a.Window().Resize(fyne.NewSize(1340, 720))
	mm := a.Window().MainMenu()
	if mm == nil {
		t.Fatal("no main menu")
	}
	help := mm.Items[len(mm.Items)-1]
	if help.Label != "Help" || len(help.Items) != 1 || help.Items[0].Label != "About Huisrooster" {
		t.Fatalf("last menu = %q %+v, want Help → About Huisrooster", help.Label, help.Items)
	}
	help.Items[0].Action()
	if asked != st {
		t.Errorf("About asked about store %v, want the app's store", asked)
	}
	if got, _ := overlayTexts(t, a.Window()); !strings.Contains(got, "Version 9.9.9") || !strings.Contains(got, "/data/huisrooster.db") {
		t.Errorf("Help → About shows:\n%s", got)
	}
}
