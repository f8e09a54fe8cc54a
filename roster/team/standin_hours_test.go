package team

import (
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// TestCoverHoursMatchSlack holds the cover finder's hours to the SLACK rule:
// with 100% slack every member with planned hours gets a SLACK warning that
// states the planned and contract hours of the balance period, and those must
// be the cover finder's baseline figures — with leave, a sick report and a
// contract change in the period.
func TestCoverHoursMatchSlack(t *testing.T) {
	h := rostertest.StandInHouse()
	h.Settings.SlackPct = 100
	d := cvStart + 9
	h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: 4, From: d - 2, To: d + 10, Kind: roster.AbsLeave})
	e, err := ReportSick(h, 5, d, d+3, d.Start())
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	h.Members[5].Contract = append(h.Members[5].Contract, roster.Contract{From: d + 1, HoursPerWeek: 20})
	hours := baselineHours(h, Vacancy{Date: d, Shift: "V"})
	p := roster.BalancePeriod(d, h.Settings.BalanceWeeksOrDefault())
	slack := map[int]string{}
	for _, f := range rules.CheckAt(h, p, cvToday) {
		if f.Rule == rules.RuleSlack && len(f.Members) == 1 {
			slack[f.Members[0]] = f.NL
		}
	}
	checked := 0
	for _, m := range h.Members {
		mh := hours[m.ID]
		if mh.period != p {
			t.Fatalf("period %v, want %v", mh.period, p)
		}
		if mh.pPln == 0 {
			continue
		}
		want := roster.HoursLabel(mh.pPln, roster.Dutch) + " u gepland van " + roster.HoursLabel(mh.pContract, roster.Dutch) + " u"
		if !strings.Contains(slack[m.ID], want) {
			t.Errorf("%s: SLACK says %q, the cover finder %q", m.Name, slack[m.ID], want)
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d members compared", checked)
	}
}
