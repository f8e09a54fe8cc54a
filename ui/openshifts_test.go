package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// openOn returns the open shifts of the visible week on d.
func openOn(ws *WeekScreen, d roster.Date) []team.OpenShift {
	var out []team.OpenShift
	for _, o := range ws.openShifts.List() {
		if o.Date == d {
			out = append(out, o)
		}
	}
	return out
}

// hasShift reports whether member works code on d in the model.
func hasShift(h *roster.House, member int, d roster.Date, code string) bool {
	for _, a := range h.Plan.CellAssignments(member, d) {
		if a.Shift == code && a.State != roster.StateSick {
			return true
		}
	}
	return false
}

func TestOpenShiftTakeClosesTheGap(t *testing.T) {
	ws, st := newTestScreen(t) // Anna
	tue := monday + 1
	before := openOn(ws, tue)
	if len(before) == 0 {
		t.Fatal("an empty Tuesday has no open shifts")
	}
	ws.openShifts.Show()
	txt := overlayText(ws)
	if !strings.Contains(txt, "Open diensten") || !strings.Contains(txt, "voor Anna:") {
		t.Errorf("panel shows %q", txt)
	}
	first := ws.openShifts.List()[0]
	if !strings.Contains(txt, ws.openShifts.text(first)) {
		t.Errorf("panel lacks %q: %q", ws.openShifts.text(first), txt)
	}
	btns := overlayButtons(ws, "Ik neem hem")
	if len(btns) != len(ws.openShifts.List()) {
		t.Fatalf("%d buttons for %d open shifts", len(btns), len(ws.openShifts.List()))
	}
	total := len(ws.openShifts.List())
	test.Tap(btns[0]) // the first open shift of the week, for Anna
	if !hasShift(ws.ed.House(), idAnna, first.Date, first.Shift) {
		// Warnings ask first: confirm.
		if b := overlayButtons(ws, "Toch doen"); len(b) == 1 {
			test.Tap(b[0])
		}
	}
	if !hasShift(ws.ed.House(), idAnna, first.Date, first.Shift) {
		t.Fatalf("Anna did not get %s: %q", first.Label(roster.Dutch), overlayText(ws))
	}
	if n := len(ws.openShifts.List()); n != total-1 {
		t.Errorf("%d open shifts after taking one, want %d", n, total-1)
	}
	if saved, _ := st.Load(); !hasShift(saved, idAnna, first.Date, first.Shift) {
		t.Error("the store does not have the shift")
	}
	ws.Undo()
	if hasShift(ws.ed.House(), idAnna, first.Date, first.Shift) || len(ws.openShifts.List()) != total {
		t.Error("undo did not give the shift back to the open list")
	}
}

func TestOpenShiftRefusedShowsReasons(t *testing.T) {
	ws, _ := newTestScreen(t) // Anna
	tue := monday + 1
	// Anna cannot on Tuesday: the engine refuses and says why.
	if !ws.wishes.SetFrom(idAnna, tue, WishForm{Kind: roster.WishCannot}) {
		t.Fatal("wish")
	}
	os := openOn(ws, tue)[0]
	if ws.openShifts.Take(os, true, nil) {
		t.Fatal("took an open shift on a 'kan niet' day")
	}
	if hasShift(ws.ed.House(), idAnna, tue, os.Shift) {
		t.Error("the model took the refused shift")
	}
	txt := overlayText(ws)
	if !strings.Contains(txt, "Anna kan open dienst") || !strings.Contains(txt, "•") {
		t.Errorf("refusal shows %q", txt)
	}
}
