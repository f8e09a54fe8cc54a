package demo

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

func TestDemoTeam(t *testing.T) {
	h := House(demoStart)
	if h.Name != "De Linde" || h.Children != 6 {
		t.Fatalf("house %q with %d children, want De Linde with 6", h.Name, h.Children)
	}
	hpf := h.Settings.HoursPerFTE
	fte := map[roster.Role]float64{}
	count := map[roster.Role]int{}
	liveIn := 0
	colours, initials := map[string]bool{}, map[string]bool{}
	for _, m := range h.Members {
		fte[m.Role] += m.HoursOn(demoStart) / hpf
		count[m.Role]++
		if m.LiveIn {
			liveIn++
			if m.Role != roster.RoleOpvoeder || !m.Nights {
				t.Errorf("%s lives in but is no opvoeder doing nights", m.Name)
			}
		}
		if colours[m.Colour] || initials[m.Initials] || m.Colour == "" || m.Initials == "" {
			t.Errorf("%s: colour %q and initials %q must be set and distinct", m.Name, m.Colour, m.Initials)
		}
		colours[m.Colour], initials[m.Initials] = true, true
	}
	for role, budget := range h.Settings.Budget {
		if math.Abs(fte[role]-budget) > 1e-9 {
			t.Errorf("%s: team has %.4f fte, budget %.4f", role, fte[role], budget)
		}
	}
	want := map[roster.Role]float64{roster.RoleTeamleider: 0.8, roster.RoleSysteemtherapeut: 0.7, roster.RoleOpvoeder: 8.9, roster.RoleHuishoudelijk: 0.6}
	if !reflect.DeepEqual(h.Settings.Budget, want) {
		t.Errorf("budget %v, want %v", h.Settings.Budget, want)
	}
	if count[roster.RoleOpvoeder] < 10 || count[roster.RoleOpvoeder] > 12 || liveIn != 2 {
		t.Errorf("%d opvoeders of whom %d live in; want about 11 of whom 2", count[roster.RoleOpvoeder], liveIn)
	}
	if count[roster.RoleStagiair] != 1 || count[roster.RoleTeamleider] != 1 || count[roster.RoleSysteemtherapeut] != 1 || count[roster.RoleHuishoudelijk] != 1 {
		t.Errorf("roles %v: want one teamleider, systeemtherapeut, huishoudelijk and stagiair", count)
	}
	for _, m := range h.Members {
		if m.Role == roster.RoleStagiair && (m.CountsAsOpvoeder() || m.HoursOn(demoStart) == 0) {
			t.Errorf("stagiair %s: has contract hours but must never count", m.Name)
		}
	}
	names := ""
	for _, m := range h.Members {
		names += m.Name + " "
	}
	for _, n := range []string{"Zoë", "Sébastien"} {
		if !strings.Contains(names, n) {
			t.Errorf("team %q lacks %s", names, n)
		}
	}
	s := h.Settings
	if s.SlackPct != 10 || s.BalanceWeeks != 4 || s.HoursPerFTE != 36 || s.SickPct != 5 || s.PublishDays != 28 ||
		s.NightStart != roster.NewClock(23, 0) || s.NightEnd != roster.NewClock(7, 0) || s.NightMode != roster.NightMixed ||
		s.SleepRegime != roster.RegimeRegular || len(s.ORT) == 0 {
		t.Errorf("settings %+v differ from the concept", s)
	}
	for _, dt := range roster.DayTypes {
		ok := false
		for _, b := range h.Coverage {
			ok = ok || b.Day == dt && b.Start == roster.NewClock(7, 0) && b.End == roster.NewClock(23, 0) && b.Min == 3
		}
		if !ok {
			t.Errorf("no band 07:00–23:00 min 3 for %s", dt)
		}
	}
}

// TestDemoValidEveryWeek validates the demo house for starts around DST
// switches, Christmas and the turn of the year.
func TestDemoValidEveryWeek(t *testing.T) {
	for _, start := range []roster.Date{roster.NewDate(2026, 3, 25), roster.NewDate(2026, 10, 21), roster.NewDate(2026, 12, 21),
		roster.NewDate(2026, 12, 30), roster.NewDate(2027, 4, 26), demoStart} {
		h := House(start)
		if ps := roster.Validate(h); ps != nil {
			t.Errorf("Demo(%v) invalid: %v", start, roster.ValidationError(ps))
		}
		mon := start.Monday()
		for _, f := range rules.Check(h, roster.Window{From: mon, To: mon + 27}) {
			switch f.Rule {
			case rules.RuleDouble, rules.RuleAbsent, rules.RuleRole, rules.RuleInactive, rules.RuleFTEBudget:
				t.Errorf("Demo(%v): %s %s", start, f.Rule, f.NL)
			}
		}
	}
}

func TestDemoDeterministic(t *testing.T) {
	a, b := House(demoStart), House(demoStart.Monday())
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Demo differs between two days of the same week")
	}
	c := House(demoStart + 7)
	if c.Plan.Assignments[0].Date != a.Plan.Assignments[0].Date+7 {
		t.Errorf("a week later the plan starts on %v, want %v", c.Plan.Assignments[0].Date, a.Plan.Assignments[0].Date+7)
	}
}

// TestDemoPlanIsWellFormed checks what validation would: known shift codes
// and members, dates in the four weeks, one assignment per member and day,
// absences and wishes of known members.
func TestDemoPlanIsWellFormed(t *testing.T) {
	h := House(demoStart)
	mon := demoStart.Monday()
	w := roster.Window{From: mon, To: mon + 27}
	seen := map[[2]int]bool{}
	for _, a := range h.Plan.Assignments {
		if h.ShiftType(a.Shift) == nil || h.Member(a.Member) == nil || !w.Contains(a.Date) {
			t.Errorf("bad assignment %+v", a)
		}
		k := [2]int{a.Member, int(a.Date)}
		if seen[k] {
			t.Errorf("member %d twice on %v", a.Member, a.Date)
		}
		seen[k] = true
	}
	for _, a := range h.Plan.Absences {
		if h.Member(a.Member) == nil || a.To < a.From || !w.Contains(a.From) {
			t.Errorf("bad absence %+v", a)
		}
	}
	for _, x := range h.Plan.Wishes {
		if h.Member(x.Member) == nil || (x.Shift != "" && h.ShiftType(x.Shift) == nil) {
			t.Errorf("bad wish %+v", x)
		}
	}
	if len(h.Plan.Absences) < 3 || len(h.Plan.Wishes) < 2 {
		t.Errorf("want some leave and wishes, got %d absences and %d wishes", len(h.Plan.Absences), len(h.Plan.Wishes))
	}
	codes := map[string]bool{}
	for _, st := range h.ShiftTypes {
		if codes[st.Code] || st.Colour == "" || st.Name == "" || !st.Kind.Valid() {
			t.Errorf("shift type %+v: code must be unique, name, colour and kind set", st)
		}
		codes[st.Code] = true
	}
}

// TestDemoHours checks the slack principle: every member's planned contract
// hours (absences included) over the four weeks stay within 90% of the
// contract.
func TestDemoHours(t *testing.T) {
	h := House(demoStart)
	mon := demoStart.Monday()
	w := roster.Window{From: mon, To: mon + 27}
	shifts := h.Shifts(w)
	for mi := range h.Members {
		m := &h.Members[mi]
		planned := 0.0
		for i := range shifts {
			if shifts[i].Member == m.ID {
				planned += shifts[i].ContractHours()
			}
		}
		for d := w.From; d <= w.To; d++ {
			if a := h.Plan.AbsenceOn(m.ID, d); a != nil {
				planned += roster.AbsenceHours(a, m, d)
			}
		}
		contract := m.HoursOn(mon) * 4
		if planned > 0.9*contract+hoursEps || planned < 0.5*contract {
			t.Errorf("%s: %.1f h planned of %.1f h contract; want 50–90%%", m.Name, planned, contract)
		}
	}
}

// TestDemoHouseFileRoundTrip writes the demo as a house file and reads it
// back unchanged, with the same findings.
func TestDemoHouseFileRoundTrip(t *testing.T) {
	h := House(demoStart)
	var buf bytes.Buffer
	if err := roster.EncodeHouseFile(&buf, h); err != nil {
		t.Fatal(err)
	}
	back, err := roster.DecodeHouseFile(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, h) {
		t.Fatal("demo house changed in a house-file round trip")
	}
	mon := demoStart.Monday()
	w := roster.Window{From: mon, To: mon + 27}
	if a, b := rules.CheckAt(h, w, mon), rules.CheckAt(back, w, mon); !reflect.DeepEqual(covMessages(a, roster.Dutch), covMessages(b, roster.Dutch)) {
		t.Errorf("findings differ after the round trip")
	}
}

// TestHouseFileYearRoundTrip: a house with a region, leave hours per fte and
// a year plan (requests with their log, a summer round, start records)
// writes and reads back the same; a version-1 file without them still reads.
func TestHouseFileYearRoundTrip(t *testing.T) {
	h := House(roster.NewDate(2027, time.March, 1))
	h.Settings.Region = roster.RegionZuid
	h.Settings.LeaveHoursPerFTE = 150
	at := time.Date(2027, 3, 1, 9, 30, 0, 0, time.UTC)
	id := h.Members[0].ID
	h.Year = roster.YearPlan{
		Requests: []roster.LeaveRequest{{ID: 1, Member: id, From: roster.NewDate(2027, 7, 19), To: roster.NewDate(2027, 7, 25), Kind: roster.AbsLeave,
			Note: "zomer", Asked: at, Status: roster.LeaveAgreed, Agreed: []roster.LeaveMark{{By: h.Members[1].ID, At: at}},
			Override: &roster.LeaveMark{By: h.Members[1].ID, At: at, Text: "akkoord: ok"}, Summer: 2027}},
		Summers: []roster.SummerRound{{Year: 2027, From: roster.NewDate(2027, 7, 5), To: roster.NewDate(2027, 8, 29), MaxWeeks: 3, State: roster.SummerOpen,
			Wishes: []roster.SummerWish{{Member: id, Weeks: []roster.Date{roster.NewDate(2027, 7, 19)}}}}},
		Starts: []roster.YearStart{{Member: id, Year: 2027, LeaveHours: 12.5, PlusMin: -3}},
	}
	var buf bytes.Buffer
	if err := roster.EncodeHouseFile(&buf, h); err != nil {
		t.Fatal(err)
	}
	back, err := roster.DecodeHouseFile(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Year, h.Year) || back.Settings.Region != roster.RegionZuid || back.Settings.LeaveHoursPerFTE != 150 {
		t.Errorf("year plan did not round-trip:\n got %+v\nwant %+v", back.Year, h.Year)
	}
	old := `{"format":"huisrooster","version":1,"house":{"name":"Oud","children":5,"settings":{"slackPct":10,"balanceWeeks":4,"hoursPerFte":36,"leavePct":0,"sickPct":0,"nightStart":"23:00","nightEnd":"07:00","nightMode":"slaapdienst","sleepRegime":"regulier","publishDays":28,"budgetFte":null,"ort":null},"coverage":[],"members":[],"shiftTypes":[],"plan":{"assignments":[]}}}`
	v1, err := roster.DecodeHouseFile(strings.NewReader(old))
	if err != nil {
		t.Fatalf("version-1 file: %v", err)
	}
	if len(v1.Year.Requests) != 0 || v1.Settings.LeaveHoursPerFTEOrDefault() != 144 {
		t.Errorf("version-1 house: %+v", v1.Year)
	}
	bad := strings.Replace(old, `"sleepRegime"`, `"region":"oost","sleepRegime"`, 1)
	if _, err := roster.DecodeHouseFile(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "onbekende regio") {
		t.Errorf("unknown region: %v", err)
	}
}

func TestNewHouseIsValidAndMatchesDemo(t *testing.T) {
	for _, n := range []int{4, 5, 6} {
		h := roster.NewHouse("Het Anker", n)
		if p := roster.Validate(h); len(p) > 0 {
			t.Errorf("NewHouse(%d) invalid: %v", n, p)
		}
		want, _ := roster.BudgetPreset(n)
		if !reflect.DeepEqual(h.Settings.Budget, want) {
			t.Errorf("NewHouse(%d) budget %v, want %v", n, h.Settings.Budget, want)
		}
	}
	demo := House(roster.NewDate(2026, 11, 23))
	if !reflect.DeepEqual(roster.DefaultShiftTypes(), demo.ShiftTypes) {
		t.Error("DefaultShiftTypes differs from the demo's")
	}
	if !reflect.DeepEqual(roster.DefaultCoverage(), demo.Coverage) {
		t.Error("DefaultCoverage differs from the demo's")
	}
	// The demo has a school region (its year view shows holidays); a new
	// house picks its own in the wizard, else it starts from the same settings.
	if demo.Settings.Region == "" {
		t.Error("the demo house has no school region: its year view says 'geen regio ingesteld'")
	}
	want := roster.DefaultSettings(6)
	want.Region = demo.Settings.Region
	if !reflect.DeepEqual(want, demo.Settings) {
		t.Error("DefaultSettings(6) differs from the demo's")
	}
	// A fresh slice every call: a wizard may change it without touching the defaults.
	a := roster.DefaultShiftTypes()
	a[0].Code = "X"
	if roster.DefaultShiftTypes()[0].Code == "X" {
		t.Error("DefaultShiftTypes shares its slice")
	}
}

func covMessages(fs []rules.Finding, lang roster.Lang) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Message(lang)
	}
	return out
}

// demoStart is a Wednesday: the demo starts on the Monday of its week.
var demoStart = roster.NewDate(2026, 11, 25)
