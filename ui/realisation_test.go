package ui

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/pay"
)

// texts returns every text shown under o (labels and canvas texts).
func texts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, x := range test.LaidOutObjects(o) {
		switch t := x.(type) {
		case *canvas.Text:
			b.WriteString(t.Text + "\n")
		case *widget.Label:
			b.WriteString(t.Text + "\n")
		}
	}
	return b.String()
}

// realisationFixture returns the demo house of week 48 with a PIN and a
// realisation view over it with a fake clock.
func realisationFixture(t *testing.T) (*RealisationView, *roster.House, *time.Time, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
	h := demo.House(monday)
	p, err := pay.NewPINHash("2580", nil, 1000)
	if err != nil {
		t.Fatal(err)
	}
	h.Settings.PIN = p
	// The PIN of an older version, converted as the store's migration does.
	if err := roster.SealLegacyPay(h, nil); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, roster.Amsterdam)
	who := h.Members[0].Name // the teamleider
	v := NewRealisationView(h, RealisationOptions{Today: monday, Lang: "nl", Now: func() time.Time { return now },
		Do: h.Apply, PINIterations: 1000, Who: func() string { return who }})
	w := test.NewTempWindow(t, v.Content())
	w.Resize(fyne.NewSize(1340, 720))
	return v, h, &now, w
}

func TestRealisationPINGate(t *testing.T) {
	v, h, now, _ := realisationFixture(t)
	name := h.Members[0].Name // the teamleider
	if v.Unlocked() {
		t.Fatal("unlocked from the start")
	}
	if got := texts(v.members); strings.Contains(got, name) || !strings.Contains(got, "pincode") {
		t.Fatalf("locked member tab shows:\n%s", got)
	}
	// The teamleider is the only one in the role: no sickness in the
	// overview's role row while locked.
	if !strings.Contains(texts(v.overview), "—") {
		t.Error("locked overview shows sickness of one-person roles")
	}
	var buf bytes.Buffer
	if err := v.WriteCSV(&buf); err != nil || strings.Contains(buf.String(), name) {
		t.Errorf("locked CSV holds member names (err %v)", err)
	}
	// Wrong PINs: two free, then a wait that refuses even the right PIN.
	for i := range 3 {
		ok, wait := v.TryPIN("0000")
		if ok || (i < 2) != (wait == 0) {
			t.Fatalf("wrong try %d: ok %v wait %v", i+1, ok, wait)
		}
	}
	if ok, wait := v.TryPIN("2580"); ok || wait <= 0 {
		t.Fatalf("right PIN during the wait: ok %v wait %v", ok, wait)
	}
	if !strings.Contains(v.status.Text, "seconden") {
		t.Errorf("status %q does not say how long to wait", v.status.Text)
	}
	*now = now.Add(time.Minute)
	if ok, _ := v.TryPIN("2580"); !ok || !v.Unlocked() {
		t.Fatal("right PIN after the wait refused")
	}
	if got := texts(v.members); !strings.Contains(got, name) {
		t.Errorf("unlocked member tab lacks %s:\n%s", name, got)
	}
	if strings.Contains(texts(v.overview), "—") {
		t.Error("unlocked overview still hides sickness")
	}
	buf.Reset()
	if err := v.WriteCSV(&buf); err != nil || !strings.Contains(buf.String(), name) {
		t.Errorf("unlocked CSV lacks member names (err %v)", err)
	}
	v.Lock()
	if strings.Contains(texts(v.members), name) {
		t.Error("Lock leaves member figures on screen")
	}
}

// TestRealisationSetPIN: only the teamleider sets the first PIN, which
// comes with a recovery code shown once; a reset with that code keeps the
// pay data, one without wipes them; the teamleider sees either at the next
// unlock.
func TestRealisationSetPIN(t *testing.T) {
	v, h, _, _ := realisationFixture(t)
	if _, err := v.SetPIN("1111"); err == nil {
		t.Error("a new PIN was set without the current one")
	}
	h.Settings.Vault = nil // no PIN
	if ok, _ := v.TryPIN("2580"); ok {
		t.Error("unlocked without a PIN set")
	}
	teamleider := v.opt.Who
	v.opt.Who = func() string { return h.Members[2].Name } // an opvoeder
	if _, err := v.SetPIN("13579"); err == nil || !strings.Contains(err.Error(), "teamleider") {
		t.Errorf("an opvoeder set the PIN: %v", err)
	}
	v.opt.Who = teamleider
	if _, err := v.SetPIN("12"); err == nil {
		t.Error("too short a PIN accepted")
	}
	code, err := v.SetPIN("13579")
	if err != nil {
		t.Fatal(err)
	}
	if !v.Unlocked() || !roster.CheckPIN(h, "13579") || len(code) != 23 {
		t.Fatalf("PIN not set, screen not unlocked or no recovery code (%q)", code)
	}
	// Pay data in, then forget the PIN: the recovery code keeps them.
	f := v.newPayForm(roster.OpenedOrLocked(h, v.key))
	f.own[2].SetText("44,44")
	e, err := f.edit(h, v.key, roster.Dutch, v.pinOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := v.opt.Do(e); err != nil {
		t.Fatal(err)
	}
	v.Lock()
	if _, err := v.ResetPIN("ABCDE-FGHJK-MNPQR-STUVW", "24680"); err == nil {
		t.Error("a wrong recovery code reset the PIN")
	}
	if _, err := v.ResetPIN(code, "24680"); err != nil {
		t.Fatal(err)
	}
	if w := v.Realisation().Member(h.Members[2].ID).Wage; w != 44.44 {
		t.Errorf("wage after a reset with the code: %v", w)
	}
	v.Lock()
	if ok, _ := v.TryPIN("24680"); !ok || !strings.Contains(v.notice, "met de herstelcode") {
		t.Errorf("no notice of the reset at the next unlock: %q", v.notice)
	}
	if h.Settings.Vault.Notice != nil {
		t.Error("the notice stays after it was shown")
	}
	// Without the code: the pay data are wiped, and the teamleider hears so.
	v.Lock()
	if _, err := v.ResetPIN("", "97531"); err != nil {
		t.Fatal(err)
	}
	v.Lock()
	if ok, _ := v.TryPIN("97531"); !ok || !strings.Contains(v.notice, "gewist") {
		t.Errorf("wipe notice: %q", v.notice)
	}
	if w := v.Realisation().Member(h.Members[2].ID).Wage; w == 44.44 {
		t.Error("pay data survived a reset without the recovery code")
	}
}

func TestRealisationPeriods(t *testing.T) {
	v, _, _, _ := realisationFixture(t)
	four := pay.PeriodOf(pay.PeriodFour, monday)
	if v.Realisation().Window != four {
		t.Fatalf("first window %s, want %s", v.Realisation().Window, four)
	}
	v.periodSel.SetSelectedIndex(4) // year
	if w := v.Realisation().Window; w.From != roster.NewDate(2026, 1, 1) || w.To != roster.NewDate(2026, 12, 31) {
		t.Fatalf("year: %s", w)
	}
	if len(v.Realisation().SickSeries) != 53 {
		t.Errorf("year series: %d weeks", len(v.Realisation().SickSeries))
	}
	v.SetPeriod(pay.PeriodWeek, roster.Week(monday))
	if v.periodSel.SelectedIndex() != 0 || !strings.Contains(v.label.Text, "23 nov 2026") || !strings.Contains(v.label.Text, "· week 48") {
		t.Errorf("week: selector %d, label %q", v.periodSel.SelectedIndex(), v.label.Text)
	}
	// Custom: bad input is refused, good input shows.
	v.SetPeriod(pay.PeriodCustom, roster.Week(monday))
	v.fromEntry.SetText("2026-12-01")
	v.toEntry.SetText("2026-11-01")
	v.applyCustom()
	if v.status.Text == "" || v.Realisation().Window != roster.Week(monday) {
		t.Error("custom window with to before from accepted")
	}
	v.toEntry.SetText("2026-12-20")
	v.applyCustom()
	if w := v.Realisation().Window; w.From != roster.NewDate(2026, 12, 1) || w.To != roster.NewDate(2026, 12, 20) {
		t.Errorf("custom: %s", w)
	}
	// The overview shows the opvoeders with a decimal comma.
	v.SetPeriod(pay.PeriodFour, pay.PeriodOf(pay.PeriodFour, monday+7))
	if got := texts(v.overview); !strings.Contains(got, "8,90") || !strings.Contains(got, "opvoeder") {
		t.Errorf("overview:\n%s", got)
	}
}

// BenchmarkRealisationView builds the screen over the demo house and
// switches it to a year.
func BenchmarkRealisationView(b *testing.B) {
	test.NewTempApp(b)
	h := demo.House(monday)
	for b.Loop() {
		v := NewRealisationView(h, RealisationOptions{Today: monday})
		v.SetPeriod(pay.PeriodYear, pay.PeriodOf(pay.PeriodYear, monday))
	}
}

// TestRealisationFromApp opens the screen from the main menu and goes back.
func TestRealisationFromApp(t *testing.T) {
	fa := test.NewTempApp(t)
	a, err := NewApp(fa, NewMemStore(demo.House(monday)), Options{Lang: "nl", Today: monday, Who: "Marieke van Leeuwen"})
	if err != nil {
		t.Fatal(err)
	}
	mm := a.Window().MainMenu()
	var open *fyne.MenuItem
	for _, m := range mm.Items {
		for _, it := range m.Items {
			if it.Label == "Realisatie (teamleider)…" {
				open = it
			}
		}
	}
	if open == nil {
		t.Fatal("no realisation item in the main menu")
	}
	open.Action()
	if !strings.Contains(a.Window().Title(), "Realisatie") || !strings.Contains(texts(a.Window().Content()), "Functies en begroting") {
		t.Fatalf("title %q", a.Window().Title())
	}
	var back *widget.Button
	for _, o := range test.LaidOutObjects(a.Window().Content()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Rooster" {
			back = b
		}
	}
	if back == nil {
		t.Fatal("no back button")
	}
	test.Tap(back)
	if a.Week() == nil || strings.Contains(a.Window().Title(), "Realisatie") {
		t.Error("back does not return to the week")
	}
}

func TestRealisationPayForm(t *testing.T) {
	v, h, _, _ := realisationFixture(t)
	if ok, _ := v.TryPIN("2580"); !ok {
		t.Fatal("unlock")
	}
	f := v.newPayForm(roster.OpenedOrLocked(h, v.key))
	if f.wage.Text != "21,72" || f.capWage.Text != "18,90" {
		t.Fatalf("form starts with %q and %q", f.wage.Text, f.capWage.Text)
	}
	f.wage.SetText("22,50")
	f.own[0].SetText("30")
	f.scale[0].SetText("12")
	e, err := f.edit(h, v.key, roster.Dutch, v.pinOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := v.opt.Do(e); err != nil {
		t.Fatal(err)
	}
	v.Refresh()
	r := v.Realisation()
	if r.Members[0].Wage != 30 || r.Members[2].Wage != 22.5 || r.Members[0].ORTAmount != 0 {
		t.Errorf("wages %v, %v; ORT of scale 12: %v", r.Members[0].Wage, r.Members[2].Wage, r.Members[0].ORTAmount)
	}
	for _, bad := range []struct{ entry *widget.Entry }{{f.wage}, {f.step[1]}} {
		old := bad.entry.Text
		bad.entry.SetText("veel")
		if _, err := f.edit(h, v.key, roster.Dutch, v.pinOptions()); err == nil {
			t.Error("a word accepted as a number")
		}
		bad.entry.SetText(old)
	}
	f.scale[1].SetText("99")
	if _, err := f.edit(h, v.key, roster.Dutch, v.pinOptions()); err == nil || !strings.Contains(err.Error(), "salary.scale") {
		t.Errorf("scale 99: %v", err)
	}
}

func TestRealisationTablesForm(t *testing.T) {
	v, h, _, _ := realisationFixture(t)
	if ok, _ := v.TryPIN("2580"); !ok {
		t.Fatal("unlock")
	}
	before := v.Realisation().Team.ORTWeighted
	f := v.newTableForm(h)
	if len(f.rows) != len(h.Settings.ORT) || f.budget[0].Text != "447200,00" {
		t.Fatalf("form: %d rows, gross %q", len(f.rows), f.budget[0].Text)
	}
	f.rows[1].pct.SetText("35") // Mon–Fri 19:00–22:00
	f.budget[2].SetText("6")
	e, err := f.edit(h, roster.Dutch)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.opt.Do(e); err != nil {
		t.Fatal(err)
	}
	v.Refresh()
	if h.Settings.ORT[1].Percent != 35 || h.Settings.Pay.BudgetFor(6).SickPct != 6 {
		t.Fatalf("saved: %+v, budget %+v", h.Settings.ORT[1], h.Settings.Pay.BudgetFor(6))
	}
	if v.Realisation().Team.ORTWeighted <= before {
		t.Errorf("a higher evening percentage did not raise ORT: %v → %v", before, v.Realisation().Team.ORTWeighted)
	}
	f = v.newTableForm(h)
	f.rows[0].end.SetText("25:00")
	if _, err := f.edit(h, roster.Dutch); err == nil {
		t.Error("25:00 accepted")
	}
	f.rows[0].end.SetText("05:00") // before its start 06:00
	if _, err := f.edit(h, roster.Dutch); err == nil || !strings.Contains(err.Error(), "settings.ort[0]") {
		t.Errorf("end before start: %v", err)
	}
}

// FuzzParseNumber: whatever the teamleider types, parseNumber either refuses
// it or returns a number of 0 or more that reads back the same, written with
// a decimal comma.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"21,72", "21.72", "€ 18,90", "", " 7 ", "-1", "1,2,3", "NaN", "1e3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := parseNumber(s)
		if err != nil {
			return
		}
		if !(x >= 0) {
			t.Fatalf("%q gave %v", s, x)
		}
		back, err := parseNumber(strings.Replace(strconv.FormatFloat(x, 'f', -1, 64), ".", ",", 1))
		if err != nil || back != x {
			t.Fatalf("%q: %v reads back as %v (%v)", s, x, back, err)
		}
	})
}
