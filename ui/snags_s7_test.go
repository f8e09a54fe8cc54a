package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster/demo"
)

// lowLabels returns the texts of the labels under o drawn with
// LowImportance, which Fyne draws in the disabled colour: on the dark theme
// that is dark grey on black, unreadable.
func lowLabels(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range test.LaidOutObjects(o) {
		if l, ok := x.(*widget.Label); ok && l.Importance == widget.LowImportance {
			out = append(out, l.Text)
		}
	}
	return out
}

// The house name on the "who are you" screen, the realisation's notes and
// the cover panel's hints are text to read, not disabled controls.
func TestSnagNoGreyedOutText(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1366, 768))
	who := newWhoScreen(demo.House(monday), monday, func(string) {})
	w.SetContent(who.content)
	if got := lowLabels(who.content); len(got) > 0 {
		t.Errorf("the who screen draws %q greyed out", got)
	}
	for name, o := range map[string]fyne.CanvasObject{
		"realisation note": note("Alleen de teamleider ziet loon."),
		"cover hint":       (&CoverPanel{}).hint("Niemand kan invallen."),
	} {
		if got := lowLabels(o); len(got) > 0 {
			t.Errorf("%s %q is drawn greyed out", name, got)
		}
	}
}
