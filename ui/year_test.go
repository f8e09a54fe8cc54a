package ui

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// yearCol returns the grid column of the ISO week of d.
func yearCol(v *YearView, d roster.Date) int {
	for i, m := range v.mondays {
		if m == d.Monday() {
			return i + 1
		}
	}
	return -1
}

// yearRow returns the grid row of member id.
func yearRow(t *testing.T, v *YearView, id int) int {
	t.Helper()
	for i, m := range v.members {
		if m.ID == id {
			return yearFixedRows + i
		}
	}
	t.Fatalf("member %d has no row", id)
	return -1
}

func TestYearViewGrid(t *testing.T) {
	ws, st := newTestScreen(t)
	e := roster.Edit{Absences: []roster.AbsenceEdit{
		{After: &roster.Absence{Member: idBram, From: monday + 7, To: monday + 11, Kind: roster.AbsLeave}},
		{After: &roster.Absence{Member: idCas, From: monday + 14, To: monday + 15, Kind: roster.AbsSick}},
	}}
	if !ws.do(e) {
		t.Fatal("absences not saved")
	}
	v := ws.ShowYear()
	v.region.SetSelected("Regio noord") // the options say what they are
	if h, _ := st.Load(); h.Settings.Region != roster.RegionNoord {
		t.Fatalf("region not saved: %q", h.Settings.Region)
	}
	if v.year != 2026 || len(v.mondays) != 53 {
		t.Fatalf("year %d with %d weeks, want 2026 with 53", v.year, len(v.mondays))
	}
	if rows, cols := v.size(); rows != yearFixedRows+4 || cols != 54 {
		t.Errorf("grid %d × %d", rows, cols)
	}
	if txt, _ := v.Cell(yearRowWeek, yearCol(v, monday)); txt != "48" {
		t.Errorf("week header %q", txt)
	}
	if txt, _ := v.Cell(yearRow(t, v, idBram), yearCol(v, monday+7)); txt != "V" {
		t.Errorf("Bram's leave week shows %q, want V", txt)
	}
	// The year view holds no PIN: sickness per member is personal, so Cas's
	// sick days show as away ("A"), reason withheld, and "2 dagen afwezig".
	if txt, _ := v.Cell(yearRow(t, v, idCas), yearCol(v, monday+14)); txt != "A" {
		t.Errorf("Cas's sick days show %q, want A (away, reason withheld)", txt)
	}
	for r := yearFixedRows; r < yearFixedRows+4; r++ {
		for c := 1; c <= 53; c++ {
			if txt, _ := v.Cell(r, c); txt == "Z" {
				t.Fatalf("row %d week %d shows sickness (Z) without the PIN", r, c)
			}
		}
	}
	// Kerstvakantie noord from 19 December 2026; Eerste Kerstdag is a public holiday (F).
	txt, bg := v.Cell(yearRowHoliday, yearCol(v, roster.NewDate(2026, 12, 21)))
	if txt != "F" || bg != colSchool {
		t.Errorf("Christmas week: %q %v", txt, bg)
	}
	// The line: 2 present by day and no night profile against 3 opvoeders: past niet
	// or krap, never empty; a red cell carries the hours short.
	for c := 1; c <= 53; c++ {
		txt, bg := v.Cell(yearRowLine, c)
		if bg != colCoverOK && bg != colCoverShortOne && (bg != colCoverShortMore || txt == "") {
			t.Fatalf("week %d line cell %q %v", c, txt, bg)
		}
	}
	if !strings.Contains(v.title.Text, "2026") || !strings.Contains(v.title.Text, "noord") {
		t.Errorf("title %q", v.title.Text)
	}
	// Clicking Bram's leave week shows it below the grid.
	v.Select(widget.TableCellID{Row: yearRow(t, v, idBram), Col: yearCol(v, monday+7)})
	if !strings.Contains(v.detail.Text, "Bram: 5 dagen verlof") || !strings.Contains(v.detail.Text, "week 49") {
		t.Errorf("detail %q", v.detail.Text)
	}
	v.SetYear(2027)
	if len(v.mondays) != 52 || !strings.HasPrefix(v.title.Text, "2027") {
		t.Errorf("2027: %d weeks, title %q", len(v.mondays), v.title.Text)
	}
}

// TestYearViewAskAgree asks leave for Bram from the form (with its preview),
// agrees it as Anna and adds a note: the request is logged and becomes an
// absence; Bram cannot agree his own.
func TestYearViewAskAgree(t *testing.T) {
	ws, st := newTestScreen(t)
	v := ws.ShowYear()
	v.Select(widget.TableCellID{Row: yearRow(t, v, idBram), Col: yearCol(v, monday+14)})
	f := v.NewAskForm()
	if f.Member.Selected != "Bram" || f.From.Text != (monday+14).String() || f.To.Text != (monday+20).String() {
		t.Fatalf("form defaults %q %q %q", f.Member.Selected, f.From.Text, f.To.Text)
	}
	if !strings.Contains(f.Preview.Text, "Telt 32,0 u") || !strings.Contains(f.Preview.Text, "week 50") {
		t.Errorf("preview %q", f.Preview.Text)
	}
	test.Type(f.To, "x")
	if !strings.Contains(f.Preview.Text, "ongeldige datum") {
		t.Errorf("bad date preview %q", f.Preview.Text)
	}
	f.To.SetText((monday + 20).String())
	if !f.Submit() {
		t.Fatal("request not saved")
	}
	r := ws.ed.House().Year.Request(1)
	if r == nil || r.Member != idBram || r.Status != roster.LeaveAsked {
		t.Fatalf("request %+v", r)
	}
	if txt, _ := v.Cell(yearRow(t, v, idBram), yearCol(v, monday+14)); txt != "?" {
		t.Errorf("asked week shows %q", txt)
	}
	if v.requests.Selected == "" || v.agreeBtn.Disabled() {
		t.Fatalf("request not offered: %q, agree disabled %v", v.requests.Selected, v.agreeBtn.Disabled())
	}
	if !v.AgreeSelected() {
		t.Fatal("Anna could not agree")
	}
	h, _ := st.Load()
	r = h.Year.Request(1)
	if r.Status != roster.LeaveAgreed || len(r.Agreed) != 1 || r.Agreed[0].By != idAnna || h.Plan.AbsenceOn(idBram, monday+16) == nil {
		t.Fatalf("after agree: %+v", r)
	}
	if txt, _ := v.Cell(yearRow(t, v, idBram), yearCol(v, monday+14)); txt != "V" {
		t.Errorf("agreed week shows %q", txt)
	}
	if !v.AddNote(1, "ik neem zaterdag over") || !strings.Contains(v.requests.Selected, "ik neem zaterdag over") {
		t.Errorf("note not shown: %q", v.requests.Selected)
	}
	// Bram agreeing his own request is refused with a Dutch message.
	ws.ed.SetWho("Bram")
	f = v.NewAskForm()
	f.From.SetText((monday + 28).String())
	f.To.SetText((monday + 28).String())
	if !f.Submit() {
		t.Fatal("second request not saved")
	}
	v.Select(widget.TableCellID{Row: yearRow(t, v, idBram), Col: yearCol(v, monday+28)})
	if v.AgreeSelected() {
		t.Error("Bram agreed his own request")
	}
	if b := v.balanceCells(); len(b) != 5 || b[0][1] != "Recht" {
		t.Errorf("balances %v", b)
	}
}

// TestYearViewKeyboard: the grid takes the arrow keys and space, like the
// week grid: a selection by keyboard shows the week below.
func TestYearViewKeyboard(t *testing.T) {
	ws, _ := newTestScreen(t)
	v := ws.ShowYear()
	c := ws.win.Canvas()
	c.Focus(v.table)
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyDown, fyne.KeyRight, fyne.KeyRight, fyne.KeySpace} {
		v.table.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if v.sel.Row != 3 || v.sel.Col != 2 || !strings.Contains(v.detail.Text, "week 2") {
		t.Errorf("selected %+v, detail %q", v.sel, v.detail.Text)
	}
}

// TestYearViewProvisional: without a base roster the view says so; with one
// it gives the selected member's PDF and calendar.
func TestYearViewProvisional(t *testing.T) {
	ws, _ := newTestScreen(t)
	v := ws.ShowYear()
	v.Select(widget.TableCellID{Row: yearRow(t, v, idBram), Col: 3})
	if _, _, err := v.ProvisionalFile(true); err == nil || !strings.Contains(err.Error(), "basisrooster") {
		t.Fatalf("without a base roster: %v", err)
	}
	b, err := roster.BaseRosterFrom(ws.ed.House(), monday, 1)
	if err != nil {
		t.Fatal(err)
	}
	ws.ed.House().Settings.BaseRoster = b
	pdf, name, err := v.ProvisionalFile(true)
	if err != nil || !strings.HasPrefix(string(pdf), "%PDF") || name != "voorlopig-jaarrooster-2026-Bram.pdf" {
		t.Fatalf("pdf %q %v", name, err)
	}
	ics, name, err := v.ProvisionalFile(false)
	if err != nil || !strings.Contains(string(ics), "STATUS:TENTATIVE") || name != "voorlopig-jaarrooster-2026-Bram.ics" {
		t.Fatalf("ics %q %v", name, err)
	}
}

// TestRealisationBalances: the realisation shows the leave and hours
// balances of its year and writes them as CSV.
func TestRealisationBalances(t *testing.T) {
	v, h, _, _ := realisationFixture(t)
	got := texts(container.NewVBox(v.balanceObjects()...))
	if !strings.Contains(got, "saldi van 2026") || !strings.Contains(got, h.Members[1].Name) || !strings.Contains(got, "Recht") {
		t.Errorf("balances tab:\n%s", got)
	}
	var b bytes.Buffer
	if err := v.WriteBalancesCSV(&b); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(b.String()), "\r\n"); len(lines) != len(h.Members)+1 || !strings.Contains(lines[0], "verlofrecht") {
		t.Errorf("csv: %d lines\n%s", len(lines), b.String())
	}
}

// TestYearViewSummer runs a summer round from the tab: open, wish as Anna
// and Bram, close, the proposal with reasons, a change by the team, accept.
func TestYearViewSummer(t *testing.T) {
	ws, st := newTestScreen(t)
	// One present on weekdays (80 h a week): one member away still fits
	// at the limit, two do not.
	ws.ed.House().Coverage = []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 1}}
	v := ws.ShowYear()
	v.SetYear(2027)
	if !strings.Contains(v.summer.state.Text, "nog geen zomerronde") || v.summer.openBtn.Disabled() {
		t.Fatalf("state %q", v.summer.state.Text)
	}
	if !v.OpenSummerRound("2027-07-19", "2027-08-08", "", "1") {
		t.Fatal("round not opened")
	}
	if !strings.Contains(v.summer.state.Text, "weken 29–31") || v.summer.wishBtn.Disabled() {
		t.Fatalf("state %q", v.summer.state.Text)
	}
	if !v.SaveSummerWish("30, 29") {
		t.Fatal("Anna's wish not saved")
	}
	ws.ed.SetWho("Bram")
	if !v.SaveSummerWish("30") || v.SaveSummerWish("dertig") {
		t.Fatal("Bram's wish")
	}
	if !strings.Contains(v.summer.wishes.Text, "Anna: 30, 29") {
		t.Errorf("wishes %q", v.summer.wishes.Text)
	}
	if !v.CloseSummerRound() || v.summer.accept.Disabled() {
		t.Fatal("round not closed")
	}
	// 2027 puts Bram first among equals: he gets 30, Anna's 30 would be short, she gets 29.
	if !strings.Contains(v.summer.proposal.Text, "Bram: beurt 1") || v.summer.awards.Text != "Anna: 29\nBram: 30\n" {
		t.Errorf("proposal %q / %q", v.summer.proposal.Text, v.summer.awards.Text)
	}
	if v.AcceptSummerRound("Niemand: 30") {
		t.Error("a distribution with an unknown name was accepted")
	}
	if !v.AcceptSummerRound("Anna: 29\nBram: 30") {
		t.Fatal("not accepted")
	}
	h, _ := st.Load()
	r := h.Year.Summer(2027)
	if r.State != roster.SummerAccepted || len(r.Awards) != 2 || len(h.Year.Requests) != 2 || h.Plan.AbsenceOn(idAnna, roster.NewDate(2027, 7, 21)) == nil {
		t.Errorf("after accept: %+v, %d requests", r, len(h.Year.Requests))
	}
	if !strings.Contains(v.summer.state.Text, "vastgesteld") {
		t.Errorf("state %q", v.summer.state.Text)
	}
}
