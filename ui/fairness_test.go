package ui

import (
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/team"
)

func TestFairnessView(t *testing.T) {
	ws, _ := newTestScreen(t)
	v := ws.ShowFairness()
	if len(v.cells) != len(v.data.Rows)+2 {
		t.Fatalf("%d table rows for %d members", len(v.cells), len(v.data.Rows))
	}
	head := strings.Join(v.cells[0], "|")
	if head != "Teamlid|Contracturen|Nachten|Weekenddiensten|Feestdagen|Late diensten|Wensen gehonoreerd" {
		t.Errorf("header = %q", head)
	}
	if v.data.Window != ws.periods.Period() {
		t.Errorf("window %s, want the period %s", v.data.Window, ws.periods.Period())
	}
	row := func(name string) []string {
		for _, r := range v.cells {
			if r[0] == name {
				return r
			}
		}
		t.Fatalf("no row %q", name)
		return nil
	}
	// Cas has the only night: count 1, a share with a decimal comma.
	cas := row("Cas")
	if !strings.HasPrefix(cas[2], "1 (") || !strings.Contains(cas[2], ",") {
		t.Errorf("Cas nights = %q (count and a share with a decimal comma)", cas[2])
	}
	// Tess is teamleider: she counts for the group, so her late shift counts.
	if tess := row("Tess"); !strings.HasPrefix(tess[5], "1 (") {
		t.Errorf("Tess lates = %q", tess[5])
	}
	if team := row("Team"); !strings.HasPrefix(team[2], "1 (1,0)") {
		t.Errorf("team nights = %q", team[2])
	}
	// Wishes honoured: Anna prefers Tuesday (not planned: not honoured) and
	// cannot on Wednesday (not planned: honoured): 1 of 2.
	for _, w := range []roster.Wish{{Member: idAnna, Date: monday + 1, Kind: roster.WishPrefer}, {Member: idAnna, Date: monday + 2, Kind: roster.WishCannot}} {
		ed, err := team.SetWish(ws.ed.House(), w)
		if err != nil || !ws.do(ed) {
			t.Fatal(err)
		}
	}
	v.Show(false)
	if got := row("Anna")[6]; got != "50,0 % (1 van 2)" {
		t.Errorf("Anna wishes = %q", got)
	}
	if got := row("Bram")[6]; got != "–" {
		t.Errorf("Bram without wishes = %q", got)
	}
	// The year: 2026.
	v.choice.SetSelected("Jaar 2026")
	if v.data.Window.From != roster.NewDate(2026, 1, 1) || !strings.Contains(v.caption.Text, "1 jan") {
		t.Errorf("year window %s, caption %q", v.data.Window, v.caption.Text)
	}
}

func TestFairnessDecimalComma(t *testing.T) {
	for _, c := range []struct {
		x          float64
		code, want string
	}{{2.44, "nl", "2,4"}, {2.46, "en", "2.5"}, {0, "nl", "0,0"}, {-1.26, "nl", "-1,3"}, {12, "nl", "12,0"}} {
		if got := roster.FormatFixed(c.x, 1, roster.LangOf(c.code)); got != c.want {
			t.Errorf("FormatFixed(%v, 1, %s) = %q, want %q", c.x, c.code, got, c.want)
		}
	}
	if got := fairCountText(team.FairCount{Count: 3}, roster.Dutch); got != "3 (–)" {
		t.Errorf("not eligible: %q", got)
	}
}

// BenchmarkFairnessView measures what opening the fairness view computes on
// the demo house: the period and the year table and their texts.
func BenchmarkFairnessView(b *testing.B) {
	h := demo.House(monday)
	for b.Loop() {
		FairnessCells(team.FairnessPeriod(h, monday), roster.Dutch)
		FairnessCells(team.FairnessYear(h, 2026), roster.Dutch)
	}
}

// BenchmarkOpenShiftsWeek measures the open shifts panel's list for a week
// of the demo house.
func BenchmarkOpenShiftsWeek(b *testing.B) {
	h := demo.House(monday)
	for b.Loop() {
		team.OpenShifts(h, roster.Week(monday+7))
	}
}
