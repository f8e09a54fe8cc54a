package ui

import (
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// wishOf returns member's single whole-day wish kind on d ("" for none).
func wishOf(h *roster.House, member int, d roster.Date) roster.WishKind {
	w, _ := dayWish(h, member, d)
	return w.Kind
}

// cellHas reports whether the cell of member on weekday col shows a line
// containing s.
func cellHas(t *testing.T, ws *WeekScreen, member, col int, s string) bool {
	t.Helper()
	for _, l := range cellTexts(t, ws, member, col) {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

func TestWishByTaps(t *testing.T) {
	ws, st := newTestScreen(t) // Anna uses the app
	ws.wishes.SetMode(true)
	if !ws.wishes.Mode() || !strings.Contains(ws.status.Text, "eigen rij") {
		t.Fatalf("wish mode: %v, status %q", ws.wishes.Mode(), ws.status.Text)
	}
	tue := monday + 1
	for i, want := range []roster.WishKind{roster.WishCannot, roster.WishRatherNot, roster.WishPrefer, ""} {
		tapCell(t, ws, idAnna, 1)
		if got := wishOf(ws.ed.House(), idAnna, tue); got != want {
			t.Fatalf("tap %d: wish %q, want %q", i+1, got, want)
		}
		if ws.popUp.pop != nil && ws.popUp.pop.Visible() {
			t.Fatal("a tap in wish mode opened the cell menu")
		}
		shown := "wens: " + string(want)
		if want == "" {
			if cellHas(t, ws, idAnna, 1, "wens") {
				t.Errorf("tap %d: the cell still shows a wish: %v", i+1, cellTexts(t, ws, idAnna, 1))
			}
		} else if !cellHas(t, ws, idAnna, 1, shown) {
			t.Errorf("tap %d: cell shows %v, want %q", i+1, cellTexts(t, ws, idAnna, 1), shown)
		}
	}
	// Each tap is one saved, undoable step.
	ws.Undo()
	if got := wishOf(ws.ed.House(), idAnna, tue); got != roster.WishPrefer {
		t.Errorf("after undo: %q", got)
	}
	if log, _ := st.Log(0); len(log) != 5 {
		t.Errorf("%d log records, want 5 (4 taps, 1 undo)", len(log))
	}
	// Another member's row opens the cell menu as usual.
	tapCell(t, ws, idBram, 2)
	if ws.popUp.pop == nil || !ws.popUp.pop.Visible() || wishOf(ws.ed.House(), idBram, monday+2) != "" {
		t.Error("a tap on Bram's row in Anna's wish mode did not open the menu")
	}
	ws.popUp.pop.Hide()
	// Off again: a tap on the own row opens the menu.
	ws.wishes.SetMode(false)
	tapCell(t, ws, idAnna, 3)
	if ws.popUp.pop == nil || !ws.popUp.pop.Visible() || wishOf(ws.ed.House(), idAnna, monday+3) != "" {
		t.Error("wish mode off: the own row did not open the menu")
	}
	menuItem(t, ws, "Wens…")
	for _, it := range ws.popUp.menu.Items {
		if strings.HasPrefix(it.Label, "Ruilen") || strings.HasPrefix(it.Label, "Weggeven") {
			t.Errorf("an empty cell offers %q", it.Label)
		}
	}
	ws.popUp.pop.Hide()
	tapCell(t, ws, idAnna, 0) // Monday: V
	menuItem(t, ws, "Ruilen met…")
	menuItem(t, ws, "Weggeven aan…")
}

func TestWishRepeatingShowsEveryWeek(t *testing.T) {
	ws, _ := newTestScreen(t)
	wed := monday + 2
	f := WishForm{Kind: roster.WishCannot, Shift: "L", Note: "ouderavond", Repeat: true, Until: monday + 30}
	if !ws.wishes.SetFrom(idAnna, wed, f) {
		t.Fatal("repeating wish refused")
	}
	for week := 0; week < 6; week++ {
		want := week < 5 // every Wednesday 25-11 … 23-12
		if got := cellHas(t, ws, idAnna, 2, "wens: kan niet L"); got != want {
			t.Errorf("week %s: shows the wish %v, want %v", ws.ed.Week().WeekLabel(), got, want)
		}
		if cellHas(t, ws, idAnna, 3, "wens") {
			t.Errorf("week %s: Thursday shows a wish", ws.ed.Week().WeekLabel())
		}
		ws.NextWeek()
	}
	if n := len(ws.ed.House().Plan.Wishes); n != 1 {
		t.Errorf("%d stored wishes, want one repeating wish", n)
	}
	// "geen wens" for that shift clears the whole repetition (one edit).
	ws.SetWeek(monday + 14)
	if !ws.wishes.SetFrom(idAnna, monday+16, WishForm{Shift: "L"}) || len(ws.ed.House().Plan.Wishes) != 0 {
		t.Fatalf("clearing left %v", ws.ed.House().Plan.Wishes)
	}
	ws.Undo()
	if len(ws.ed.House().Plan.Wishes) != 1 {
		t.Error("undo did not bring the repeating wish back")
	}
}

func TestWishDialogAndFixedPeriod(t *testing.T) {
	ws, _ := newTestScreen(t)
	ws.wishes.showDialog(idAnna, monday+4)
	if txt := overlayText(ws); !strings.Contains(txt, "Wens · Anna · vr 27 nov") {
		t.Errorf("dialog shows %q", txt)
	}
	closeOverlays(ws)
	// In a fixed period the engine refuses wishes; the model stays.
	if !ws.actions.FixWeek() {
		t.Fatal("fix week")
	}
	ws.wishes.SetMode(true)
	tapCell(t, ws, idAnna, 4)
	if got := wishOf(ws.ed.House(), idAnna, monday+4); got != "" {
		t.Errorf("a fixed week took wish %q", got)
	}
	if !strings.Contains(ws.status.Text, "vastgestelde periode") {
		t.Errorf("status = %q", ws.status.Text)
	}
}

func TestWishWhoByFirstName(t *testing.T) {
	ws, _ := newTestScreen(t)
	h := ws.ed.House()
	h.Members[1].Name = "Anna de Vries" // idAnna
	for _, c := range []struct {
		who string
		id  int
		ok  bool
	}{{"Anna de Vries", idAnna, true}, {"anna", idAnna, true}, {"Bram", idBram, true}, {"Vries", 0, false}, {"", 0, false}} {
		ws.ed.SetWho(c.who)
		if id, ok := ws.ed.whoID(); id != c.id || ok != c.ok {
			t.Errorf("who %q: %d %v, want %d %v", c.who, id, ok, c.id, c.ok)
		}
	}
}
