package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

func TestSwapGiveRefusedAndDone(t *testing.T) {
	ws, st := newTestScreen(t)
	tue := monday + 1
	for _, ed := range []func() (roster.Edit, error){
		func() (roster.Edit, error) { return ws.ed.AssignEdit(idAnna, tue, "V", false) },
		func() (roster.Edit, error) {
			return team.SetWish(ws.ed.House(), roster.Wish{Member: idBram, Date: tue, Kind: roster.WishCannot})
		},
	} {
		e, err := ed()
		if err != nil || !ws.do(e) {
			t.Fatalf("set-up: %v", err)
		}
	}
	anna := team.AssignmentRef{Member: idAnna, Date: tue, Shift: "V"}
	// Refused: Bram cannot on Tuesday. The dialog lists the finding.
	if ws.swap.Give(anna, idBram, true) {
		t.Fatal("gave a shift to a member who cannot")
	}
	if !hasShift(ws.ed.House(), idAnna, tue, "V") || hasShift(ws.ed.House(), idBram, tue, "V") {
		t.Fatal("a refused give changed the model")
	}
	if txt := overlayText(ws); !strings.Contains(txt, "gaat niet") || !strings.Contains(txt, "•") {
		t.Errorf("refusal shows %q", txt)
	}
	closeOverlays(ws)
	// Done: Cas can. One undoable edit, logged.
	n := len(mustLog(t, st))
	if !ws.swap.Give(anna, idCas, true) {
		t.Fatalf("give to Cas refused: %q", ws.status.Text)
	}
	if hasShift(ws.ed.House(), idAnna, tue, "V") || !hasShift(ws.ed.House(), idCas, tue, "V") {
		t.Fatal("give did not move the shift")
	}
	if !cellHas(t, ws, idCas, 1, "V 07:00–15:00") || cellHas(t, ws, idAnna, 1, "V 07:00") {
		t.Errorf("cells: Cas %v, Anna %v", cellTexts(t, ws, idCas, 1), cellTexts(t, ws, idAnna, 1))
	}
	log := mustLog(t, st)
	if len(log) != n+1 || !strings.Contains(log[0].NL, "geeft") {
		t.Errorf("log after give: %d records, newest %q", len(log), log[0].NL)
	}
	ws.Undo()
	if !hasShift(ws.ed.House(), idAnna, tue, "V") || hasShift(ws.ed.House(), idCas, tue, "V") {
		t.Error("undo of the give")
	}
}

func mustLog(t *testing.T, st *MemStore) []roster.AuditRecord {
	t.Helper()
	log, err := st.Log(0)
	if err != nil {
		t.Fatal(err)
	}
	return log
}

func TestSwapTwoShifts(t *testing.T) {
	ws, st := newTestScreen(t)
	wed, thu := monday+2, monday+3
	for _, x := range []struct {
		m    int
		d    roster.Date
		code string
	}{{idBram, wed, "L"}, {idAnna, thu, "V"}} {
		e, _ := ws.ed.AssignEdit(x.m, x.d, x.code, false)
		if !ws.do(e) {
			t.Fatal("set-up")
		}
	}
	bram := team.AssignmentRef{Member: idBram, Date: wed, Shift: "L"}
	// Refused: Cas's Monday L would give Bram V and L on Monday, 16 hours.
	cas := team.AssignmentRef{Member: idCas, Date: monday, Shift: "L"}
	n := len(mustLog(t, st))
	if ws.swap.Swap(cas, bram, true) {
		t.Fatal("a swap that gives Bram 16 hours was done")
	}
	if txt := overlayText(ws); !strings.Contains(txt, "16 u") || !strings.Contains(txt, "gaat niet") {
		t.Errorf("refusal shows %q", txt)
	}
	if !hasShift(ws.ed.House(), idCas, monday, "L") || len(mustLog(t, st)) != n {
		t.Error("a refused swap changed something")
	}
	closeOverlays(ws)
	// Done: Anna's Thursday V against Bram's Wednesday L.
	anna := team.AssignmentRef{Member: idAnna, Date: thu, Shift: "V"}
	if !ws.swap.Swap(anna, bram, true) {
		t.Fatalf("swap refused: %q / %q", ws.status.Text, overlayText(ws))
	}
	h := ws.ed.House()
	if !hasShift(h, idAnna, wed, "L") || !hasShift(h, idBram, thu, "V") || hasShift(h, idAnna, thu, "V") || hasShift(h, idBram, wed, "L") {
		t.Fatal("swap did not exchange the shifts")
	}
	if !cellHas(t, ws, idAnna, 2, "L 15:00–23:00") || !cellHas(t, ws, idBram, 3, "V 07:00–15:00") {
		t.Error("the cells do not show the swap")
	}
	if log := mustLog(t, st); len(log) != n+1 || !strings.HasPrefix(log[0].NL, "Ruil: Anna") {
		t.Errorf("log: %d records, newest %q", len(log), log[0].NL)
	}
	ws.Undo()
	h = ws.ed.House()
	if !hasShift(h, idAnna, thu, "V") || !hasShift(h, idBram, wed, "L") || hasShift(h, idAnna, wed, "L") {
		t.Error("one undo did not take back the whole swap")
	}
}

func TestSwapDialogFromCellMenu(t *testing.T) {
	ws, _ := newTestScreen(t)
	tapCell(t, ws, idAnna, 0)
	menuItem(t, ws, "Weggeven aan…").Action()
	txt := overlayText(ws)
	if !strings.Contains(txt, "Dienst weggeven · Anna") || !strings.Contains(txt, "[Controleren en doen]") {
		t.Errorf("give dialog shows %q", txt)
	}
	closeOverlays(ws)
	tapCell(t, ws, idAnna, 0)
	menuItem(t, ws, "Ruilen met…").Action()
	if txt := overlayText(ws); !strings.Contains(txt, "Diensten ruilen · Anna") {
		t.Errorf("swap dialog shows %q", txt)
	}
	// Cancel leaves the model alone.
	if b := overlayButtons(ws, "Annuleren"); len(b) == 1 {
		test.Tap(b[0])
	}
	if !hasShift(ws.ed.House(), idAnna, monday, "V") {
		t.Error("cancel changed the model")
	}
}

func TestSwapWarningsAskFirst(t *testing.T) {
	ws, _ := newTestScreen(t)
	ed, _ := ws.ed.AssignEdit(idBram, monday+4, "L", false)
	warn := []rules.Finding{{Severity: rules.SevWarning, NL: "let op: weinig rust", EN: "mind: little rest"}}
	if ws.swap.applyChecked(ed, warn, nil, false, nil) {
		t.Fatal("done without asking")
	}
	if hasShift(ws.ed.House(), idBram, monday+4, "L") {
		t.Fatal("the model changed before the confirmation")
	}
	if txt := overlayText(ws); !strings.Contains(txt, "Let op: weinig rust") {
		t.Errorf("confirmation shows %q", txt)
	}
	b := overlayButtons(ws, "Toch doen")
	if len(b) != 1 {
		t.Fatal("no Toch doen button")
	}
	test.Tap(b[0])
	if !hasShift(ws.ed.House(), idBram, monday+4, "L") {
		t.Error("confirming did not do the edit")
	}
}

func TestSwapGiveInFixedWeek(t *testing.T) {
	ws, _ := newTestScreen(t)
	tue := monday + 1
	e, _ := ws.ed.AssignEdit(idAnna, tue, "V", false)
	if !ws.do(e) || !ws.actions.FixWeek() {
		t.Fatal("set-up")
	}
	// A published shift may change hands: give is allowed, and its undo.
	if !ws.swap.Give(team.AssignmentRef{Member: idAnna, Date: tue, Shift: "V"}, idBram, true) {
		t.Fatalf("give in a fixed week refused: %q", ws.status.Text)
	}
	if !hasShift(ws.ed.House(), idBram, tue, "V") || hasShift(ws.ed.House(), idAnna, tue, "V") {
		t.Fatal("give did not move the shift")
	}
	ws.Undo()
	if !hasShift(ws.ed.House(), idAnna, tue, "V") || hasShift(ws.ed.House(), idBram, tue, "V") {
		t.Error("undo of a give in a fixed week")
	}
	// Clearing the shift is no move: still refused.
	if ws.do(ws.ed.ClearEdit(idAnna, tue)) {
		t.Error("a fixed week let a shift disappear")
	}
}

func TestSwapShiftsMove(t *testing.T) {
	a := func(m int, d roster.Date, code string) roster.Assignment {
		return roster.Assignment{Member: m, Date: d, Shift: code}
	}
	move := roster.Edit{Cells: []roster.CellEdit{
		{Member: 1, Date: monday, Before: []roster.Assignment{a(1, monday, "V")}},
		{Member: 2, Date: monday, After: []roster.Assignment{a(2, monday, "V")}},
	}}
	swap := roster.Edit{Cells: []roster.CellEdit{
		{Member: 1, Date: monday, Before: []roster.Assignment{a(1, monday, "V")}, After: []roster.Assignment{a(1, monday, "L")}},
		{Member: 2, Date: monday, Before: []roster.Assignment{a(2, monday, "L")}, After: []roster.Assignment{a(2, monday, "V")}},
	}}
	changed := roster.Edit{Cells: []roster.CellEdit{
		{Member: 1, Date: monday, Before: []roster.Assignment{a(1, monday, "V")}, After: []roster.Assignment{a(1, monday, "L")}},
	}}
	added := roster.Edit{Cells: []roster.CellEdit{{Member: 1, Date: monday, After: []roster.Assignment{a(1, monday, "V")}}}}
	otherDay := roster.Edit{Cells: []roster.CellEdit{
		{Member: 1, Date: monday, Before: []roster.Assignment{a(1, monday, "V")}},
		{Member: 2, Date: monday + 1, After: []roster.Assignment{a(2, monday+1, "V")}},
	}}
	withWish := move
	withWish.Wishes = []roster.WishEdit{{After: &roster.Wish{Member: 1, Date: monday, Kind: roster.WishCannot}}}
	for name, c := range map[string]struct {
		ed   roster.Edit
		want bool
	}{
		"give": {move, true}, "swap": {swap, true}, "undo of a give": {move.Inverse(), true},
		"changed": {changed, false}, "added": {added, false}, "other day": {otherDay, false},
		"with a wish": {withWish, false}, "empty": {roster.Edit{}, false},
	} {
		if got := team.IsShiftMove(c.ed); got != c.want {
			t.Errorf("%s: %v, want %v", name, got, c.want)
		}
	}
}

// Pressing "Controleren en doen" with an incomplete choice used to close the
// dialog without a word; now the user is told what is missing and nothing
// changes.
func TestSwapDialogIncompleteChoiceSaysWhy(t *testing.T) {
	ws, st := newTestScreen(t)
	n := len(mustLog(t, st))
	tapCell(t, ws, idAnna, 0)
	menuItem(t, ws, "Ruilen met…").Action()
	b := overlayButtons(ws, "Controleren en doen")
	if len(b) != 1 {
		t.Fatalf("no confirm button in %q", overlayText(ws))
	}
	test.Tap(b[0])
	if txt := overlayText(ws); !strings.Contains(txt, "kies eerst een collega") {
		t.Errorf("after an empty choice the screen shows %q", txt)
	}
	if !hasShift(ws.ed.House(), idAnna, monday, "V") || len(mustLog(t, st)) != n {
		t.Error("an empty choice changed something")
	}
	for _, tt := range []struct {
		name         string
		swap         bool
		colleague    string
		shifts, pick int
		want         string
	}{
		{"give without colleague", false, "", 0, -1, "kies eerst een collega"},
		{"give to a colleague", false, "Bram", 0, -1, ""},
		{"swap with nobody in reach", true, "Bram", 0, -1, "Bram heeft geen dienst binnen een week"},
		{"swap without picking her shift", true, "Bram", 2, -1, "kies welke dienst van Bram"},
		{"swap complete", true, "Bram", 2, 1, ""},
	} {
		got := ws.swap.missingChoice(tt.swap, tt.colleague, tt.shifts, tt.pick)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
