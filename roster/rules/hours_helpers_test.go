package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// tMon is a Monday: 2026-11-23 (ISO week 2026-W48, balance period W45–W48).
var tMon = roster.NewDate(2026, 11, 23)

// ofRule returns the findings of rule, in order.
func ofRule(fs []Finding, rule string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// ofRuleSev returns the findings of rule with severity sev.
func ofRuleSev(fs []Finding, rule string, sev Severity) []Finding {
	var out []Finding
	for _, f := range ofRule(fs, rule) {
		if f.Severity == sev {
			out = append(out, f)
		}
	}
	return out
}

// checkWeek runs CheckAt on the ISO week of d with today far in the past so
// that ATW-PUBLISH stays quiet.
func checkWeek(h *roster.House, d roster.Date) []Finding {
	return CheckAt(h, roster.Week(d), d-1000)
}

// wantMessages asserts that fs holds exactly len(want) findings whose Dutch
// messages contain the wanted fragments, in order.
func wantMessages(t *testing.T, fs []Finding, want ...string) {
	t.Helper()
	if len(fs) != len(want) {
		for _, f := range fs {
			t.Logf("got %s %s: %s", f.Rule, f.Severity, f.NL)
		}
		t.Fatalf("got %d findings, want %d %q", len(fs), len(want), want)
	}
	for i, w := range want {
		if !strings.Contains(fs[i].NL, w) {
			t.Errorf("finding %d: %q does not contain %q", i, fs[i].NL, w)
		}
		if fs[i].EN == "" || fs[i].EN == fs[i].NL {
			t.Errorf("finding %d: no English message (%q)", i, fs[i].EN)
		}
	}
}

// bigHouse returns the test house with n extra opvoeders and a plan of
// weeks weeks from tMon in which everyone works about four shifts a week,
// with some leave and wishes: for benchmarks.
func bigHouse(n, weeks int) (*roster.House, roster.Window) {
	h := rostertest.House()
	codes := []string{"V", "L", "D", "", "S", "", "V"}
	for i := range n {
		id := 100 + i
		h.Members = append(h.Members, roster.Member{ID: id, Name: fmt.Sprintf("Lid %d", id), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 32}}, Nights: true})
		for d := range weeks * 7 {
			if code := codes[(i+d)%len(codes)]; code != "" {
				rostertest.Assign(h, id, tMon+roster.Date(d), code)
			}
		}
		if i%5 == 0 {
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: id, From: tMon + roster.Date(i%30), To: tMon + roster.Date(i%30+4), Kind: roster.AbsLeave})
			h.Plan.Wishes = append(h.Plan.Wishes, roster.Wish{Member: id, Date: tMon + roster.Date(i), Kind: roster.WishRatherNot})
		}
	}
	return h, roster.Window{From: tMon, To: tMon + roster.Date(7*weeks-1)}
}
