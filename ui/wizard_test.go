package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster"
)

// newTestWizard returns a wizard in a 1366 × 768 test window and a pointer
// to the house it hands over at the end.
func newTestWizard(t *testing.T) (*Wizard, **roster.House) {
	t.Helper()
	test.NewTempApp(t)
	if err := SetLanguage("nl"); err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	var got *roster.House
	wiz := NewWizard(w, monday, "nl", func(h *roster.House) error { got = cloneHouse(h); return nil }, func() {})
	w.SetContent(wiz.Content())
	w.Resize(fyne.NewSize(1366, 768))
	return wiz, &got
}

// addMember adds a member through the member form; it returns the form's error.
func addMember(wiz *Wizard, name string, role roster.Role, hours string, liveIn bool) error {
	f := wiz.team.newMemberForm(nil)
	f.name.SetText(name)
	f.role.SetSelectedIndex(indexOfRole(role))
	f.hours.SetText(hours)
	f.liveIn.SetChecked(liveIn)
	f.nights.SetChecked(liveIn)
	return wiz.team.saveMember(f)
}

// indexOfRole returns the position of r in roster.Roles.
func indexOfRole(r roster.Role) int {
	for i, x := range roster.Roles {
		if x == r {
			return i
		}
	}
	return -1
}

// next calls Next and fails the test on an error.
func next(t *testing.T, wiz *Wizard) {
	t.Helper()
	if err := wiz.Next(); err != nil {
		t.Fatalf("step %d: %v", wiz.Step(), err)
	}
}

// wizardAt returns a wizard on step n with a named house and one opvoeder.
func wizardAt(t *testing.T, n int) *Wizard {
	t.Helper()
	wiz, _ := newTestWizard(t)
	wiz.rules.name.SetText("Het Anker")
	for wiz.Step() < n {
		if wiz.Step() == 1 && len(wiz.Draft().Members) == 0 {
			if err := addMember(wiz, "Anna de Vries", roster.RoleOpvoeder, "36", true); err != nil {
				t.Fatal(err)
			}
		}
		next(t, wiz)
	}
	return wiz
}

func TestWizardHappyPath(t *testing.T) {
	wiz, got := newTestWizard(t)
	if wiz.Step() != 0 || wiz.rules.children.Selected != "6" || wiz.rules.budget[roster.RoleOpvoeder].Text != "8,9" {
		t.Fatalf("start: step %d, children %q, budget %q", wiz.Step(), wiz.rules.children.Selected, wiz.rules.budget[roster.RoleOpvoeder].Text)
	}
	// Step 1: the house, 5 children: the interpolated budget, and the note says so.
	wiz.rules.name.SetText("  Het Anker ")
	wiz.rules.children.SetSelected("5")
	if b := wiz.rules.budget[roster.RoleOpvoeder].Text; b != "8,2" {
		t.Errorf("budget for 5 children = %q, want 8,2", b)
	}
	if !strings.Contains(wiz.rules.budgetNote.Text, "geïnterpoleerd") {
		t.Errorf("budget note %q does not say it is interpolated", wiz.rules.budgetNote.Text)
	}
	next(t, wiz)
	if d := wiz.Draft(); d.Name != "Het Anker" || d.Children != 5 || d.Settings.Budget[roster.RoleTeamleider] != 0.7 {
		t.Errorf("draft after step 1: %q, %d children, budget %v", d.Name, d.Children, d.Settings.Budget)
	}
	// Step 2: the team.
	for _, m := range []struct {
		name  string
		role  roster.Role
		hours string
		live  bool
	}{{"Anna de Vries", roster.RoleOpvoeder, "36", true}, {"Bram", roster.RoleOpvoeder, "32,4", false}, {"Tess Jansen", roster.RoleTeamleider, "21,6", false}} {
		if err := addMember(wiz, m.name, m.role, m.hours, m.live); err != nil {
			t.Fatalf("add %s: %v", m.name, err)
		}
	}
	ms := wiz.Draft().Members
	if len(ms) != 3 || ms[0].ID != 1 || ms[2].ID != 3 || ms[0].Initials != "AV" || !ms[0].LiveIn || ms[1].HoursOn(monday) != 32.4 ||
		ms[0].Contract[0].From != monday.Monday() || ms[0].Colour == ms[1].Colour {
		t.Fatalf("team: %+v", ms)
	}
	next(t, wiz)
	// Step 3: shift types; the early shift ends half an hour later.
	f := wiz.shifts.newShiftForm(wiz.Draft().ShiftType("V"))
	f.end.SetText("15:30")
	if err := wiz.shifts.saveShift(f); err != nil {
		t.Fatal(err)
	}
	next(t, wiz)
	// Step 4: the coverage profile: two on weekdays; the preview follows the entries.
	if !strings.Contains(wiz.coverage.preview.Text, "336 u") || !strings.Contains(wiz.coverage.budget.Text, "Tekort:") {
		t.Errorf("preview %q, budget %q", wiz.coverage.preview.Text, wiz.coverage.budget.Text)
	}
	wiz.coverage.rows[0].min.SetText("2")
	if !strings.Contains(wiz.coverage.preview.Text, "256 u") {
		t.Errorf("preview after min 2 on weekdays: %q, want 256 u (2×16×5 + 3×16×2)", wiz.coverage.preview.Text)
	}
	// Back keeps what was entered.
	wiz.Back()
	if wiz.Step() != 2 {
		t.Fatalf("Back: step %d", wiz.Step())
	}
	next(t, wiz)
	if wiz.coverage.rows[0].min.Text != "2" {
		t.Errorf("after Back and Next the weekday minimum is %q", wiz.coverage.rows[0].min.Text)
	}
	next(t, wiz)
	// Step 5: nights and rules.
	wiz.rules.slack.SetText("12")
	wiz.rules.nightMode.SetSelectedIndex(0) // live-in
	next(t, wiz)
	if wiz.Step() != 5 || !strings.Contains(wiz.summary.Text, "Het Anker, 5 kinderen") || !strings.Contains(wiz.summary.Text, "2 opvoeders meetellen") {
		t.Fatalf("summary step %d: %q", wiz.Step(), wiz.summary.Text)
	}
	if err := wiz.Next(); err != nil || *got == nil {
		t.Fatalf("create: %v, house %v", err, *got)
	}
	h := *got
	if p := roster.Validate(h); len(p) > 0 {
		t.Errorf("created house is invalid: %v", p)
	}
	if h.Name != "Het Anker" || len(h.Members) != 3 || h.Settings.SlackPct != 12 || h.Settings.NightMode != roster.NightLiveIn ||
		h.ShiftType("V").End != roster.NewClock(15, 30) || h.Coverage[0].Min != 2 || len(h.Coverage) != 3 {
		t.Errorf("created house: %q, %d members, slack %v, night %q, V ends %v, coverage %+v",
			h.Name, len(h.Members), h.Settings.SlackPct, h.Settings.NightMode, h.ShiftType("V").End, h.Coverage)
	}
}

// TestWizardValidation checks every message a step can give: the step stays
// and says what is wrong, in the field's words.
func TestWizardValidation(t *testing.T) {
	tests := []struct {
		name string
		step int
		do   func(w *Wizard) error // nil error: the step's Next is called
		want string
	}{
		{"no name", 0, func(w *Wizard) error { w.rules.name.SetText(" "); return nil }, "Naam van het huis: naam van het huis ontbreekt"},
		{"no children", 0, func(w *Wizard) error { w.rules.children.SetSelected(""); return nil }, "Kinderen: aantal kinderen 0 ligt niet tussen 4 en 6"},
		{"bad budget", 0, func(w *Wizard) error { w.rules.budget[roster.RoleOpvoeder].SetText("veel"); return nil }, `Budget opvoeder (fte): "veel" is geen getal van 0 of meer`},
		{"no team", 1, func(w *Wizard) error { return nil }, "Voeg minstens één opvoeder toe"},
		{"no opvoeder", 1, func(w *Wizard) error {
			return addMember(w, "Tess", roster.RoleTeamleider, "28", false)
		}, "Voeg minstens één opvoeder toe"},
		{"member without name", 1, func(w *Wizard) error { return addMember(w, " ", roster.RoleOpvoeder, "28", false) }, "Naam: naam ontbreekt"},
		{"hours not a number", 1, func(w *Wizard) error { return addMember(w, "Bram", roster.RoleOpvoeder, "veel", false) }, `Uren per week: "veel" is geen getal`},
		{"hours above 1.2 fte", 1, func(w *Wizard) error { return addMember(w, "Bram", roster.RoleOpvoeder, "50", false) }, "Uren per week: 50 u per week is 1,39 fte: fte buiten 0–1,2"},
		{"long initials", 1, func(w *Wizard) error {
			f := w.team.newMemberForm(nil)
			f.name.SetText("Bram")
			f.initials.SetText("BRAMK")
			f.hours.SetText("20")
			return w.team.saveMember(f)
		}, `Initialen: initialen "BRAMK": hoogstens 4 tekens`},
		{"no group shift", 2, func(w *Wizard) error {
			for _, st := range append([]roster.ShiftType(nil), w.Draft().ShiftTypes...) {
				if st.Kind == roster.KindGroup {
					w.shifts.remove(st.Code)
				}
			}
			return nil
		}, "Houd minstens één groepsdienst"},
		{"bad start time", 2, shiftCase("X", "25:00", "07:00", "0", roster.KindGroup), `Begin: "25:00" is geen tijd (UU:MM)`},
		{"same start and end", 2, shiftCase("X", "07:00", "07:00", "0", roster.KindGroup), "07:00–07:00: begin en einde zijn dezelfde tijd"},
		{"longer than 12 h", 2, shiftCase("X", "07:00", "23:30", "0", roster.KindGroup), "07:00–23:30 duurt 16,5 u: langer dan 12 u"},
		{"break too long", 2, shiftCase("X", "07:00", "15:00", "480", roster.KindGroup), "Pauze (min): pauze 480 min moet 0 of meer zijn en korter dan de dienst (480 min)"},
		{"sleep shift 10 h", 2, shiftCase("X", "22:00", "08:00", "0", roster.KindSleep), "Einde: slaapdienst 22:00–08:00 duurt 10 u: moet 6–8 u aaneengesloten zijn"},
		{"code twice", 2, shiftCase("V", "07:00", "15:00", "0", roster.KindGroup), `Code: "V" is al in gebruik`},
		{"code too long", 2, shiftCase("ABCD", "07:00", "15:00", "0", roster.KindGroup), `Code: code "ABCD": hoogstens 3 tekens`},
		{"no code", 2, shiftCase("", "07:00", "15:00", "0", roster.KindGroup), "Code: code ontbreekt"},
		{"shift without name", 2, func(w *Wizard) error {
			f := w.shifts.newShiftForm(nil)
			f.code.SetText("X")
			return w.shifts.saveShift(f)
		}, "Naam: de dienst heeft een naam nodig"},
		{"band time", 3, func(w *Wizard) error { w.coverage.rows[0].start.SetText("7"); return nil }, `Begin: "7" is geen tijd (UU:MM)`},
		{"no bands", 3, func(w *Wizard) error { w.coverage.load(nil); return nil }, "Voeg minstens één band toe"},
		{"bands overlap", 3, func(w *Wizard) error {
			w.coverage.addRow(roster.Band{Day: roster.DayWeekday, Start: roster.NewClock(22, 0), End: roster.NewClock(23, 30), Min: 1})
			return nil
		}, "banden overlappen: ma-vr 07:00–23:00 en 22:00–23:30"},
		{"max below min", 3, func(w *Wizard) error { w.coverage.rows[1].max.SetText("1"); return nil }, "Maximum: maximum 1 is kleiner dan minimum 3"},
		{"slack too high", 4, func(w *Wizard) error { w.rules.slack.SetText("60"); return nil }, "Speling %: speling 60 ligt niet tussen 0 en 50"},
		{"balance too long", 4, func(w *Wizard) error { w.rules.balance.SetText("20"); return nil }, "Balansperiode (weken): balansperiode (weken) 20 ligt niet tussen 1 en 13"},
		{"leave not a number", 4, func(w *Wizard) error { w.rules.leave.SetText("x"); return nil }, `Verlof %: "x" is geen getal`},
		{"night start is end", 4, func(w *Wizard) error { w.rules.nightEnd.SetText("23:00"); return nil }, "Einde: nacht 23:00–23:00: begin en einde moeten verschillen"},
		{"night time", 4, func(w *Wizard) error { w.rules.nightStart.SetText("elf uur"); return nil }, `Nacht vanaf: "elf uur" is geen tijd`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wiz := wizardAt(t, tt.step)
			if tt.step == 1 {
				// wizardAt added Anna to get past step 2; the team cases start empty.
				wiz.team.remove(1)
			}
			err := tt.do(wiz)
			if err == nil {
				err = wiz.Next()
				if wiz.Step() != tt.step {
					t.Fatalf("moved on to step %d", wiz.Step())
				}
				if got := wiz.ErrorText(); err != nil && got != err.Error() {
					t.Errorf("shown %q, returned %q", got, err)
				}
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// shiftCase returns a case that adds a shift type through the form.
func shiftCase(code, start, end, brk string, kind roster.ShiftKind) func(w *Wizard) error {
	return func(w *Wizard) error {
		f := w.shifts.newShiftForm(nil)
		f.code.SetText(code)
		f.name.SetText("Extra")
		f.start.SetText(start)
		f.end.SetText(end)
		f.brk.SetText(brk)
		for i, k := range roster.ShiftKinds {
			if k == kind {
				f.kind.SetSelectedIndex(i)
			}
		}
		return w.shifts.saveShift(f)
	}
}
