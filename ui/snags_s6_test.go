package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// overlayLabel returns the label of the top overlay whose text contains
// part.
func overlayLabel(t *testing.T, ws *WeekScreen, part string) *widget.Label {
	t.Helper()
	var found *widget.Label
	if top := ws.win.Canvas().Overlays().Top(); top != nil {
		walk(top, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, part) && found == nil {
				found = l
			}
		})
	}
	if found == nil {
		t.Fatalf("no label with %q in the open dialog:\n%s", part, overlayText(ws))
	}
	return found
}

// Issue 19, left open: the sick report's explanation ("only that someone
// is sick is recorded…") is text to read, not a disabled control: it must
// not be drawn in the disabled colour.
func TestSnagSickInfoReadsAsText(t *testing.T) {
	ws, _ := newTestScreen(t)
	ws.sick.ShowReport(idAnna, monday)
	l := overlayLabel(t, ws, "nooit waarom")
	if l.Importance == widget.LowImportance {
		t.Error("the sick dialog's explanation is drawn greyed out (LowImportance = the disabled colour)")
	}
}

// Issue 19, left open: the settings have a field for the school holiday
// region the year view uses; choosing one saves it, logged and undoable,
// and the field follows an undo.
func TestSnagSettingsSchoolRegion(t *testing.T) {
	v, ed, st := newTestSettings(t)
	f := v.holidays.region
	if f == nil {
		t.Fatal("the holidays tab has no school region field")
	}
	if stored(t, st).Settings.Region != "" || f.sel.Selected != "" {
		t.Fatalf("test house starts with region %q, field %q", stored(t, st).Settings.Region, f.sel.Selected)
	}
	if got := strings.Join(f.sel.Options, ","); got != "Noord,Midden,Zuid" {
		t.Errorf("region options %q", got)
	}
	f.sel.SetSelected("Zuid")
	if got := stored(t, st).Settings.Region; got != roster.RegionZuid {
		t.Fatalf("saved region %q, want zuid", got)
	}
	if got := lastLog(t, st); !strings.Contains(got, "Schoolregio zuid") || !strings.Contains(got, "(Tess)") {
		t.Errorf("audit %q, want the region change by Tess", got)
	}
	if ok, err := ed.Undo(); !ok || err != nil || stored(t, st).Settings.Region != "" {
		t.Fatalf("undo: %v %v, region %q", ok, err, stored(t, st).Settings.Region)
	}
	for _, fn := range v.sink.changed {
		fn()
	}
	if f.sel.Selected != "" {
		t.Errorf("after undo the field still shows %q", f.sel.Selected)
	}
}
