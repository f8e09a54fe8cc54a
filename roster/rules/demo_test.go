package rules

import (
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

func TestDemoFindings(t *testing.T) {
	h := demo.House(demoStart)
	mon := demoStart.Monday()
	w := roster.Window{From: mon, To: mon + 27}
	fs := Check(h, w)
	by := map[string][]Finding{}
	for _, f := range fs {
		by[f.Rule+" "+f.Severity.String()] = append(by[f.Rule+" "+f.Severity.String()], f)
	}

	t.Run("coverage gaps, mostly holding", func(t *testing.T) {
		gaps := by[RuleCovDay+" error"]
		if len(gaps) == 0 || len(gaps) > w.Days() {
			t.Fatalf("%d COV-DAY errors; want some, at most one a day on average", len(gaps))
		}
		spans, _ := newChecker(h, w).coverageSpans()
		for _, sp := range spans {
			if !sp.over && sp.lo < 1 {
				t.Errorf("nobody present on %v (band %d)", sp.day, sp.band)
			}
		}
	})
	t.Run("one uncovered night after a sick report", func(t *testing.T) {
		nights := by[RuleCovNight+" error"]
		if len(nights) != 1 || !strings.Contains(nights[0].NL, "niet gedekt 23:00–07:00") || nights[0].Dates[0] != mon+20 {
			t.Fatalf("COV-NIGHT errors %v; want the Sunday night of week 3 uncovered", covMessages(nights, roster.Dutch))
		}
		if len(by[RuleCovNight+" warning"]) != 0 {
			t.Errorf("double night cover: %v", covMessages(by[RuleCovNight+" warning"], roster.Dutch))
		}
	})
	t.Run("rest-time violation", func(t *testing.T) {
		rest := by[RuleATWRest+" error"]
		if len(rest) == 0 {
			t.Fatal("no ATW-REST error")
		}
		for _, f := range rest {
			if len(f.Members) != 1 || f.Members[0] != demo.Daan {
				t.Errorf("ATW-REST error for %v, want only Daan (%d): %s", f.Members, demo.Daan, f.NL)
			}
		}
	})
	t.Run("no booking errors", func(t *testing.T) {
		for _, rule := range []string{RuleDouble, RuleAbsent, RuleRole, RuleInactive, RuleWish, RuleFTEBudget} {
			for _, sev := range []string{"error", "warning"} {
				if got := by[rule+" "+sev]; len(got) > 0 {
					t.Errorf("%s %s: %v", rule, sev, covMessages(got, roster.Dutch))
				}
			}
		}
	})
}

// demoStart is a Wednesday: the demo starts on the Monday of its week.
var demoStart = roster.NewDate(2026, 11, 25)
