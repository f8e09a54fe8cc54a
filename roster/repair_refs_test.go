package roster

import (
	"strings"
	"testing"
)

// TestRepairRefs: each kind of plan entry that names a member or shift the
// house no longer has is removed, reported at its path, and nothing else
// changes; the input house is untouched and the result validates.
func TestRepairRefs(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(h *House)
		field string
	}{
		{"assignment of a removed shift", func(h *House) { assign(h, tAnna, tMon+1, "X") }, "plan.assignments[1]"},
		{"assignment of a removed member", func(h *House) { assign(h, 99, tMon+1, "V") }, "plan.assignments[1]"},
		{"assignment without a code", func(h *House) { assign(h, tAnna, tMon+1, "") }, "plan.assignments[1]"},
		{"absence of a removed member", func(h *House) {
			h.Plan.Absences = append(h.Plan.Absences, Absence{Member: 99, From: tMon, To: tMon, Kind: AbsLeave})
		}, "plan.absences[1]"},
		{"wish for a removed shift", func(h *House) {
			h.Plan.Wishes = append(h.Plan.Wishes, Wish{Member: tAnna, Date: tMon + 2, Shift: "X", Kind: WishPrefer})
		}, "plan.wishes[1]"},
		{"base roster cell of a removed shift", func(h *House) {
			h.Settings.BaseRoster = &BaseRoster{Start: tMon, Weeks: 1, Cells: []BaseCell{{Member: tAnna, Shift: "V"}, {Member: tAnna, Day: 1, Shift: "X"}}}
		}, "settings.baseRoster.cells[1]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := testHouse()
			assign(h, tAnna, tMon, "V")
			h.Plan.Absences = []Absence{{Member: tBart, From: tMon, To: tMon + 2, Kind: AbsLeave}}
			h.Plan.Wishes = []Wish{{Member: tAnna, Date: tMon, Shift: "L", Kind: WishRatherNot}}
			if ps := Validate(h); ps != nil {
				t.Fatalf("base house invalid: %v", ps)
			}
			fixed, _ := RepairRefs(h)
			if fixed != h {
				t.Fatal("a valid house was copied")
			}
			c.edit(h)
			nA, nAbs, nW := len(h.Plan.Assignments), len(h.Plan.Absences), len(h.Plan.Wishes)
			fixed, probs := RepairRefs(h)
			if len(probs) != 1 || probs[0].Field != c.field || !strings.Contains(probs[0].NL, "weggehaald") || !strings.Contains(probs[0].EN, "removed") {
				t.Fatalf("problems = %v, want one removal at %s", probs, c.field)
			}
			if ps := Validate(fixed); ps != nil {
				t.Errorf("repaired house invalid: %v", ps)
			}
			if len(h.Plan.Assignments) != nA || len(h.Plan.Absences) != nAbs || len(h.Plan.Wishes) != nW {
				t.Error("RepairRefs changed its input")
			}
			removed := nA + nAbs + nW - len(fixed.Plan.Assignments) - len(fixed.Plan.Absences) - len(fixed.Plan.Wishes)
			if h.Settings.BaseRoster != nil {
				removed += len(h.Settings.BaseRoster.Cells) - len(fixed.Settings.BaseRoster.Cells)
			}
			if removed != 1 {
				t.Errorf("%d entries removed, want 1", removed)
			}
		})
	}
}

// TestProblemPlace: every top-level field of the house file has a place to
// fix it in both languages; the fallback is the house file.
func TestProblemPlace(t *testing.T) {
	cases := []struct{ field, nl, en string }{
		{"children", "Huis en regels", "House and rules"},
		{"members[3].contract[0].hoursPerWeek", "Instellingen > Team", "Settings > Team"},
		{"shiftTypes[0].breakMin", "Diensten", "Shift types"},
		{"coverage[1].max", "Bezettingsprofiel", "Coverage profile"},
		{"settings.ort[0].end", "Huis en regels", "House and rules"},
		{"settings.budgetFte[\"kok\"]", "Realisatie", "Realisation"},
		{"settings.baseRoster.weeks", "Basisrooster", "Base roster"},
		{"plan.periods[2]", "Periodes", "Periods"},
		{"year.requests[0].to", "Jaarplan", "Year plan"},
		{"file", "huisbestand", "house file"},
	}
	for _, c := range cases {
		if nl := ProblemPlace(c.field, Dutch); !strings.Contains(nl, c.nl) {
			t.Errorf("%s: nl %q, want %q", c.field, nl, c.nl)
		}
		if en := ProblemPlace(c.field, English); !strings.Contains(en, c.en) {
			t.Errorf("%s: en %q, want %q", c.field, en, c.en)
		}
	}
}
