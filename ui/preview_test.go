package ui

import (
	"fmt"
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster/demo"
)

// TestPreview renders the demo week with the software renderer into the PNG
// file named by HUISROOSTER_PREVIEW (skipped when unset), to look at the
// layout without a display. HUISROOSTER_SIZE=1920x1050 and
// HUISROOSTER_LANG=en change the window size and language,
// HUISROOSTER_THEME=light|dark the theme, HUISROOSTER_SCREEN=who the screen.
func TestPreview(t *testing.T) {
	out := os.Getenv("HUISROOSTER_PREVIEW")
	if out == "" {
		t.Skip("set HUISROOSTER_PREVIEW=file.png to render the demo week")
	}
	fa := test.NewTempApp(t)
	switch os.Getenv("HUISROOSTER_THEME") {
	case "light":
		fa.Settings().SetTheme(theme.LightTheme())
	case "dark":
		fa.Settings().SetTheme(theme.DarkTheme())
	}
	code := os.Getenv("HUISROOSTER_LANG")
	if code == "" {
		code = "nl"
	}
	if err := SetLanguage(code); err != nil {
		t.Fatal(err)
	}
	ed, err := NewEditor(NewMemStore(demo.House(monday)), monday)
	if err != nil {
		t.Fatal(err)
	}
	ed.SetWho("Fatima")
	w := test.NewTempWindow(t, nil)
	ws := NewWeekScreen(w, ed, code)
	w.SetContent(ws.Content())
	if os.Getenv("HUISROOSTER_SCREEN") == "who" {
		w.SetContent(newWhoScreen(ed.House(), monday, func(string) {}).content)
	}
	width, height := float32(1366), float32(740)
	if _, err := fmt.Sscanf(os.Getenv("HUISROOSTER_SIZE"), "%fx%f", &width, &height); err != nil {
		width, height = 1366, 740
	}
	w.Resize(fyne.NewSize(width, height))
	switch os.Getenv("HUISROOSTER_SCREEN") {
	case "menu":
		ws.openCellMenu(widget.TableCellID{Row: 2, Col: 2})
	case "fix":
		ed.house.Plan.Periods = nil
		ws.SetWeek(monday)
		ws.actions.toggleFixed()
	}
	img := w.Canvas().Capture()
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
