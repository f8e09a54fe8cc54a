package pay

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// TestCSVFormulaEscape: a cell that a spreadsheet would run as a formula is
// written as text; numbers stay numbers.
func TestCSVFormulaEscape(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://x","y")`: `'=HYPERLINK("http://x","y")`,
		"+31 6 1234":                 "'+31 6 1234",
		"-cmd":                       "'-cmd",
		"@SUM(A1)":                   "'@SUM(A1)",
		"\tx":                        "'\tx",
		"\rx":                        "'\rx",
		"-3,50":                      "-3,50",
		"12":                         "12",
		"Anna":                       "Anna",
		"":                           "",
	} {
		if got := SafeCSVCell(in); got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
	h := rostertest.RealisationHouse(roster.Member{Name: `=HYPERLINK("http://evil","klik")`}, roster.Member{Name: "Bo"})
	tue := roster.NewDate(2026, 11, 24)
	rostertest.AssignState(h, 1, tue, "L", roster.StatePlanned)
	var b bytes.Buffer
	if err := WritePayrollCSV(&b, h, roster.Week(tue)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `;"'=HYPERLINK(""http://evil"",""klik"")";`) {
		t.Errorf("payroll CSV carries the formula:\n%s", b.String())
	}
	b.Reset()
	if err := WriteRealisationCSV(&b, NewRealisation(h, roster.Week(tue)), true, roster.Dutch); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), ";\"=HYPERLINK") || !strings.Contains(b.String(), "'=HYPERLINK") {
		t.Errorf("realisation CSV carries the formula:\n%s", b.String())
	}
}

func TestWritePayrollCSV(t *testing.T) {
	h := rostertest.RealisationHouse(roster.Member{Name: "Anna"}, roster.Member{Name: "Bo"})
	tue := roster.NewDate(2026, 11, 24)
	rostertest.AssignState(h, 1, tue, "L", roster.StatePlanned)
	rostertest.AssignState(h, 1, tue+1, "S", roster.StatePlanned)
	rostertest.AssignState(h, 2, tue, "V", roster.StateSick)
	h.Plan.Absences = []roster.Absence{{Member: 2, From: tue + 2, To: tue + 2, Kind: roster.AbsLeave, HoursPerDay: 6}}
	var b bytes.Buffer
	if err := WritePayrollCSV(&b, h, roster.Week(tue)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Error("no byte order mark")
	}
	want := []string{
		"datum;personeelsnummer;naam;functie;uren gewerkt;uren ORT 0%;uren ORT 25%;uren ORT 30%;uren ORT 45%;uren slaapdienst;uren ziek;uren verlof",
		"2026-11-24;1;Anna;opvoeder;7,50;3,50;3,00;0,00;1,00;0,00;0,00;0,00",
		"2026-11-25;1;Anna;opvoeder;0,00;0,00;0,00;0,00;0,00;8,00;0,00;0,00",
		"2026-11-24;2;Bo;opvoeder;0,00;0,00;0,00;0,00;0,00;0,00;7,50;0,00",
		"2026-11-26;2;Bo;opvoeder;0,00;0,00;0,00;0,00;0,00;0,00;0,00;6,00",
	}
	got := strings.Split(strings.TrimSuffix(strings.TrimPrefix(out, "\uFEFF"), "\r\n"), "\r\n")
	if len(got) != len(want) {
		t.Fatalf("got %d lines:\n%s", len(got), out)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}

// TestPayrollMatchesRealisation: on the demo house the payroll days add up
// to the realisation's ORT hours, sleep hours, sickness and leave.
func TestPayrollMatchesRealisation(t *testing.T) {
	h := demo.House(roster.NewDate(2026, 11, 23))
	w := roster.Window{From: roster.NewDate(2026, 11, 23), To: roster.NewDate(2026, 12, 20)}
	percents, days := Payroll(h, w)
	r := NewRealisation(h, w)
	ort := make([]float64, len(percents))
	var sleep, sick, leave float64
	for _, d := range days {
		for i, x := range d.ORT {
			ort[i] += x
		}
		sleep += d.Sleep
		sick += d.Sick
		leave += d.Leave
	}
	for i := range ort {
		near(t, "ORT "+pctLabel(percents[i]), ort[i], r.Team.ORT[i])
	}
	near(t, "sleep", sleep, r.Team.Sleep)
	near(t, "sick", sick, r.Team.Sick)
	near(t, "leave", leave, r.Team.Leave)
	if r.Team.Sleep == 0 || r.Team.Leave == 0 || r.Team.ORT[len(ort)-1] == 0 {
		t.Errorf("the demo should have sleep, leave and 45%% hours: %+v", r.Team.Figures)
	}
}

func TestWriteRealisationCSV(t *testing.T) {
	h := demo.House(roster.NewDate(2026, 11, 23))
	r := NewRealisation(h, roster.Week(roster.NewDate(2026, 11, 23)))
	for _, members := range []bool{false, true} {
		var b bytes.Buffer
		if err := WriteRealisationCSV(&b, r, members, roster.Dutch); err != nil {
			t.Fatal(err)
		}
		cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\uFEFF")))
		cr.Comma = ';'
		recs, err := cr.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := 2 + len(r.Roles)
		if members {
			want += len(r.Members)
		}
		if len(recs) != want {
			t.Errorf("members %v: %d lines, want %d", members, len(recs), want)
		}
		names := b.String()
		if strings.Contains(names, "Marieke") != members {
			t.Errorf("members %v: member names present = %v", members, !members)
		}
		if !strings.Contains(recs[1][3], ",") && recs[1][3] != "0" {
			t.Errorf("fte %q without decimal comma", recs[1][3])
		}
	}
}
