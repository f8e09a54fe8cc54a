package ui

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// newTestSettings returns the settings screen over rostertest.SmallHouse, with its
// editor and store.
func newTestSettings(t *testing.T) (*SettingsView, *Editor, *MemStore) {
	t.Helper()
	test.NewTempApp(t)
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
	st := NewMemStore(rostertest.SmallHouse())
	ed, err := NewEditor(st, monday)
	if err != nil {
		t.Fatal(err)
	}
	ed.SetWho("Tess")
	w := test.NewTempWindow(t, nil)
	v := NewSettingsView(w, ed.House, ed.Do, monday, "nl", func() {})
	w.SetContent(v.Content())
	w.Resize(fyne.NewSize(1366, 768))
	return v, ed, st
}

// stored returns the store's house.
func stored(t *testing.T, st *MemStore) *roster.House {
	t.Helper()
	h, err := st.Load()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// lastLog returns the newest audit record's Dutch text.
func lastLog(t *testing.T, st *MemStore) string {
	t.Helper()
	log, _ := st.Log(1)
	if len(log) == 0 {
		return ""
	}
	return log[0].NL + " (" + log[0].Who + ")"
}

func TestSettingsContractHistory(t *testing.T) {
	v, ed, st := newTestSettings(t)
	jan := roster.NewDate(2027, time.January, 4)
	e, err := ContractEdit(ed.House(), idAnna, jan, 28)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.sink.apply(e, "members[1]."); err != nil {
		t.Fatal(err)
	}
	want := []roster.Contract{{HoursPerWeek: 36}, {From: jan, HoursPerWeek: 28}}
	for _, h := range []*roster.House{ed.House(), stored(t, st)} {
		a := h.Member(idAnna)
		if !reflect.DeepEqual(a.Contract, want) || a.HoursOn(jan-1) != 36 || a.HoursOn(jan) != 28 {
			t.Errorf("contracts %+v, want %+v", a.Contract, want)
		}
	}
	if got := lastLog(t, st); got != "Contract Anna: 28 u per week vanaf 04-01-2027 (Tess)" {
		t.Errorf("audit %q", got)
	}
	// The same date again replaces that step; an earlier date is sorted in.
	for _, c := range []roster.Contract{{From: jan, HoursPerWeek: 30}, {From: monday, HoursPerWeek: 32}} {
		e, _ := ContractEdit(ed.House(), idAnna, c.From, c.HoursPerWeek)
		if err := v.sink.apply(e, "members[1]."); err != nil {
			t.Fatal(err)
		}
	}
	want = []roster.Contract{{HoursPerWeek: 36}, {From: monday, HoursPerWeek: 32}, {From: jan, HoursPerWeek: 30}}
	if got := ed.House().Member(idAnna).Contract; !reflect.DeepEqual(got, want) {
		t.Errorf("contracts %+v, want %+v", got, want)
	}
	// Too many hours are refused and nothing is saved.
	before := lastLog(t, st)
	e, _ = ContractEdit(ed.House(), idAnna, jan+7, 48)
	if err := v.sink.apply(e, "members[1]."); err == nil || !strings.Contains(err.Error(), "Uren per week: 48 u per week is 1,33 fte") {
		t.Errorf("48 h: %v", err)
	}
	if lastLog(t, st) != before {
		t.Error("a refused contract was saved")
	}
	// Undo takes the steps back one by one.
	for range 3 {
		if ok, err := ed.Undo(); !ok || err != nil {
			t.Fatal(ok, err)
		}
	}
	if got := stored(t, st).Member(idAnna).Contract; len(got) != 1 || got[0].HoursPerWeek != 36 {
		t.Errorf("after undo: %+v", got)
	}
}

func TestSettingsAddAndEndMember(t *testing.T) {
	v, ed, st := newTestSettings(t)
	f := v.team.newMemberForm(nil)
	f.name.SetText("Noor Hendriks")
	f.hours.SetText("25,2")
	f.from.SetText("01-12-2026")
	f.nights.SetChecked(true)
	if err := v.team.saveMember(f); err != nil {
		t.Fatal(err)
	}
	n := ed.House().Member(5)
	if n == nil || n.Name != "Noor Hendriks" || n.Initials != "NH" || n.Role != roster.RoleOpvoeder || !n.Nights ||
		!reflect.DeepEqual(n.Contract, []roster.Contract{{From: roster.NewDate(2026, time.December, 1), HoursPerWeek: 25.2}}) {
		t.Fatalf("new member %+v", n)
	}
	if got := lastLog(t, st); got != "Teamlid toegevoegd: Noor Hendriks (Tess)" {
		t.Errorf("audit %q", got)
	}
	if f := v.team.newMemberForm(nil); f.from.Text != "23-11-2026" {
		t.Errorf("default from %q, want this week's Monday", f.from.Text)
	}
	bad := v.team.newMemberForm(nil)
	bad.name.SetText("X")
	bad.hours.SetText("20")
	bad.from.SetText("gisteren")
	if err := v.team.saveMember(bad); err == nil || !strings.Contains(err.Error(), `Vanaf: "gisteren" is geen datum`) {
		t.Errorf("bad date: %v", err)
	}
	// Bram leaves the team after 31 December; his history and roster stay.
	dec31 := roster.NewDate(2026, time.December, 31)
	shifts := len(ed.House().Plan.Assignments)
	e, err := EndMembershipEdit(ed.House(), idBram, dec31)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.sink.apply(e, "members[2]."); err != nil {
		t.Fatal(err)
	}
	b := stored(t, st).Member(idBram)
	if b == nil || b.ActiveTo == nil || *b.ActiveTo != dec31 || !b.Active(dec31) || b.Active(dec31+1) || len(b.Contract) != 1 {
		t.Fatalf("Bram after leaving: %+v", b)
	}
	if len(ed.House().Plan.Assignments) != shifts {
		t.Error("ending a membership removed roster entries")
	}
	if !strings.Contains(v.team.memberLine(ed.House().Member(idBram)), "lid tot en met 31-12-2026") {
		t.Errorf("team line %q", v.team.memberLine(ed.House().Member(idBram)))
	}
	// An end before the start is refused.
	from := roster.NewDate(2027, time.January, 10)
	ed.House().Member(idCas).ActiveFrom = &from // only in memory: the check sees it
	e, _ = EndMembershipEdit(ed.House(), idCas, dec31)
	if err := v.sink.apply(e, "members[3]."); err == nil || !strings.Contains(err.Error(), "einde voor begin") {
		t.Errorf("end before start: %v", err)
	}
	// Empty makes Bram active again.
	e, _ = EndMembershipEdit(ed.House(), idBram, 0)
	if err := v.sink.apply(e, "members[2]."); err != nil || stored(t, st).Member(idBram).ActiveTo != nil {
		t.Errorf("active again: %v", err)
	}
}

func TestSettingsShiftColourAndTimes(t *testing.T) {
	v, ed, st := newTestSettings(t)
	f := v.shifts.newShiftForm(ed.House().ShiftType("V"))
	if !f.code.Disabled() {
		t.Error("the code of a shift in use can be changed")
	}
	if got := hexColour(color.NRGBA{R: 0x12, G: 0x34, B: 0x56, A: 0xff}); got != "#123456" {
		t.Errorf("hexColour = %q", got)
	}
	f.colour.set("#123456") // what the colour picker calls
	f.end.SetText("15:30")
	if err := v.shifts.saveShift(f); err != nil {
		t.Fatal(err)
	}
	if s := stored(t, st).ShiftType("V"); s.Colour != "#123456" || s.End != roster.NewClock(15, 30) {
		t.Errorf("V after saving: %+v", s)
	}
	f = v.shifts.newShiftForm(ed.House().ShiftType("S"))
	f.end.SetText("09:00") // 10 h sleep shift
	if err := v.shifts.saveShift(f); err == nil || !strings.Contains(err.Error(), "moet 6–8 u aaneengesloten zijn") {
		t.Errorf("10 h sleep shift: %v", err)
	}
	if ed.House().ShiftType("S").End != roster.NewClock(7, 0) {
		t.Error("a refused shift change was applied")
	}
	// A used shift cannot be removed, an unused one can.
	if !shiftUsed(ed.House(), "V") || shiftUsed(ed.House(), "X") {
		t.Error("shiftUsed")
	}
}

func TestSettingsCoverageAndFeasibility(t *testing.T) {
	v, ed, st := newTestSettings(t)
	c := v.coverage
	// rostertest.SmallHouse: 2 present 07:00–23:00 every day = 2 × 16 × 7 = 224 h.
	if !strings.Contains(c.preview.Text, "224 u aanwezigheid per week") {
		t.Errorf("preview %q", c.preview.Text)
	}
	// Team: Anna 36 + Bram 32 + Cas 24 = 92 h (no leave, sickness or night
	// hours set): needed 224 h, short 132 h = 3,7 fte.
	if !strings.Contains(c.team.Text, "Team: Tekort: 132 u per week (3,7 fte)") || !strings.Contains(c.teamWhy.Text, "van 3 opvoeders") || c.team.Importance != widget.DangerImportance {
		t.Errorf("team line %q", c.team.Text)
	}
	c.rows[0].min.SetText("3") // weekdays 3: + 80 h
	if !strings.Contains(c.preview.Text, "304 u") || !strings.Contains(c.team.Text, "Tekort: 212 u per week (5,9 fte)") {
		t.Errorf("live preview: %q / %q", c.preview.Text, c.team.Text)
	}
	c.addRow(roster.Band{Day: roster.DaySaturday, Start: roster.NewClock(23, 0), End: roster.NewClock(1, 0), Min: 1})
	if err := c.save(); err != nil {
		t.Fatal(err)
	}
	got := stored(t, st).Coverage
	if len(got) != 4 || got[0].Min != 3 || got[2].Day != roster.DaySaturday || got[2].End != roster.NewClock(1, 0) {
		t.Errorf("saved coverage %+v", got)
	}
	if lastLog(t, st) != "Bezettingsprofiel gewijzigd (Tess)" {
		t.Errorf("audit %q", lastLog(t, st))
	}
	c.rows[2].start.SetText("22:00") // the rows follow the saved profile: Saturday 22:00–01:00 overlaps 07:00–23:00
	if err := c.save(); err == nil || !strings.Contains(err.Error(), "banden overlappen") {
		t.Errorf("overlap: %v", err)
	}
	if ok, err := ed.Undo(); !ok || err != nil || len(stored(t, st).Coverage) != 3 {
		t.Errorf("undo coverage: %v %v", ok, err)
	}
}

func TestSettingsRulesAndHolidays(t *testing.T) {
	v, ed, st := newTestSettings(t)
	r := v.rules
	if r.name.Text != "Het Testhuis" || r.children.Selected != "6" || r.slack.Text != "10" {
		t.Fatalf("loaded %q %q %q", r.name.Text, r.children.Selected, r.slack.Text)
	}
	r.slack.SetText("12,5")
	r.nightStart.SetText("22:30")
	r.nightEnd.SetText("07:00")
	r.leave.SetText("7,7")
	r.sick.SetText("5")
	r.regime.SetSelectedIndex(1)
	if err := r.save(); err != nil {
		t.Fatal(err)
	}
	s := stored(t, st).Settings
	if s.SlackPct != 12.5 || s.NightStart != roster.NewClock(22, 30) || s.LeavePct != 7.7 || s.SleepRegime != roster.RegimeIrregular {
		t.Errorf("saved settings %+v", s)
	}
	if lastLog(t, st) != "Huis en regels gewijzigd (Tess)" {
		t.Errorf("audit %q", lastLog(t, st))
	}
	r.publish.SetText("400")
	if err := r.save(); err == nil || !strings.Contains(err.Error(), "Publiceren vooruit (dagen): publicatietermijn (dagen) 400 ligt niet tussen 1 en 365") {
		t.Errorf("publish 400: %v", err)
	}
	if ok, err := ed.Undo(); !ok || err != nil || stored(t, st).Settings.SlackPct != 10 {
		t.Errorf("undo: %v %v", ok, err)
	}
	// Holidays of 2026: eight cao days, 5 May included, no Good Friday.
	hp := v.holidays
	if hp.title.Text != "2026" || len(hp.list.Objects) != 8 {
		t.Fatalf("holidays %s: %d rows", hp.title.Text, len(hp.list.Objects))
	}
	hp.year++
	hp.refresh()
	if hp.title.Text != "2027" || len(hp.list.Objects) != 8 {
		t.Errorf("holidays %s: %d rows", hp.title.Text, len(hp.list.Objects))
	}
}

func TestSettingsMenu(t *testing.T) {
	test.NewTempApp(t)
	a, err := NewApp(test.NewTempApp(t), NewMemStore(rostertest.SmallHouse()), Options{Lang: "nl", Today: monday, Who: "Anna"})
	if err != nil {
		t.Fatal(err)
	}
	menu := a.Window().MainMenu()
	var house *fyne.MenuItem
	for _, m := range menu.Items {
		for _, it := range m.Items {
			if it.Label == "Huis en team…" && m.Label == "Instellingen" {
				house = it
			}
		}
	}
	if house == nil {
		var labels []string
		for _, m := range menu.Items {
			for _, it := range m.Items {
				labels = append(labels, it.Label)
			}
		}
		t.Fatalf("no Huis en team… in the settings menu: %q", labels)
	}
	house.Action()
	if !strings.HasSuffix(a.Window().Title(), "Huis en team") {
		t.Errorf("title %q", a.Window().Title())
	}
}

func TestScalePhoto(t *testing.T) {
	encode := func(w, h int, format string) []byte {
		img := image.NewNRGBA(image.Rect(0, 0, w, h))
		for i := range img.Pix {
			img.Pix[i] = byte(i * 7)
		}
		var b bytes.Buffer
		var err error
		switch format {
		case "png":
			err = png.Encode(&b, img)
		case "jpeg":
			err = jpeg.Encode(&b, img, nil)
		case "gif":
			err = gif.Encode(&b, img, nil)
		}
		if err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	tests := []struct {
		name       string
		data       []byte
		w, h       int
		wantErrSub string
	}{
		{"wide png", encode(1000, 500, "png"), 256, 128, ""},
		{"tall jpeg", encode(300, 1200, "jpeg"), 64, 256, ""},
		{"small png keeps its size", encode(100, 50, "png"), 100, 50, ""},
		{"gif", encode(10, 10, "gif"), 0, 0, "geen PNG- of JPEG-foto / not a PNG or JPEG photo"},
		{"garbage", []byte("dit is geen foto"), 0, 0, "geen PNG- of JPEG-foto"},
		{"truncated png", encode(400, 400, "png")[:200], 0, 0, "foto is beschadigd / photo is damaged"},
	}
	for _, tt := range tests {
		out, err := ScalePhoto(tt.data)
		if tt.wantErrSub != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErrSub) {
				t.Errorf("%s: error %v, want %q", tt.name, err, tt.wantErrSub)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		cfg, format, err := image.DecodeConfig(bytes.NewReader(out))
		if err != nil || format != "jpeg" || cfg.Width != tt.w || cfg.Height != tt.h || len(out) > 1<<20 {
			t.Errorf("%s: %s %d×%d (%d bytes), %v; want jpeg %d×%d", tt.name, format, cfg.Width, cfg.Height, len(out), err, tt.w, tt.h)
		}
		// The photo fits in a member and the house stays valid.
		h := rostertest.SmallHouse()
		h.Members[0].Photo = out
		if p := filterProblems(roster.Validate(h), "members"); len(p) > 0 {
			t.Errorf("%s: %v", tt.name, p)
		}
	}
}

func TestSettingsExtraHoliday(t *testing.T) {
	v, ed, st := newTestSettings(t)
	hp := v.holidays
	if err := hp.addExtra("15-06-2027"); err != nil {
		t.Fatal(err)
	}
	d := roster.NewDate(2027, time.June, 15)
	if got := stored(t, st).Settings.ExtraHolidays; len(got) != 1 || got[0] != d {
		t.Fatalf("extra holidays %v", got)
	}
	if hp.title.Text != "2027" || len(hp.list.Objects) != 9 || lastLog(t, st) != "Extra feestdag 15-06-2027 (Tess)" {
		t.Errorf("%s: %d rows, audit %q", hp.title.Text, len(hp.list.Objects), lastLog(t, st))
	}
	if err := hp.addExtra("morgen"); err == nil || !strings.Contains(err.Error(), `"morgen" is geen datum`) {
		t.Errorf("bad date: %v", err)
	}
	if err := hp.removeExtra(d); err != nil || len(ed.House().Settings.ExtraHolidays) != 0 || len(hp.list.Objects) != 8 {
		t.Errorf("remove: %v, %v, %d rows", err, ed.House().Settings.ExtraHolidays, len(hp.list.Objects))
	}
}

func BenchmarkScalePhoto(b *testing.B) {
	img := image.NewNRGBA(image.Rect(0, 0, 1600, 1200))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 13)
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	for b.Loop() {
		if _, err := ScalePhoto(data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSettingsTypedBandsSurviveTeamChange: a team change elsewhere updates
// the feasibility line but keeps the bands being typed.
func TestSettingsTypedBandsSurviveTeamChange(t *testing.T) {
	v, ed, _ := newTestSettings(t)
	v.coverage.rows[0].min.SetText("3")
	e, _ := ContractEdit(ed.House(), idAnna, monday, 18)
	if err := v.sink.apply(e, "members[1]."); err != nil {
		t.Fatal(err)
	}
	if v.coverage.rows[0].min.Text != "3" {
		t.Errorf("typed minimum lost: %q", v.coverage.rows[0].min.Text)
	}
	// 304 h needed; 18 + 32 + 24 = 74 h available: short 230 h.
	if !strings.Contains(v.coverage.team.Text, "Tekort: 230 u per week") {
		t.Errorf("team line %q", v.coverage.team.Text)
	}
}
