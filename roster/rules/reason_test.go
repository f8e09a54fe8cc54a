package rules

import (
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

func TestPlainReason(t *testing.T) {
	h := &roster.House{Members: []roster.Member{{ID: 1, Name: "Rik van Dijk"}, {ID: 2, Name: "Mila Peters"}}}
	sun := roster.NewDate(2026, time.December, 6)
	at := sun.Time(roster.NewClock(15, 0))
	tests := []struct {
		name   string
		f      Finding
		member int
		nl, en string
	}{
		{"contract: no name, the week in words",
			Finding{Rule: RuleContract, Start: at,
				NL: "Rik van Dijk, 2026-W49: 30 u gepland bij 25,2 u contract; meer dan 1/9 erboven (> 28 u) vraagt instemming (cao art. 6.3c)",
				EN: "Rik van Dijk, 2026-W49: 30 h planned with a 25.2 h contract"},
			1, "week van ma 30 nov: 30 u gepland bij 25,2 u contract; meer dan 1/9 erboven (> 28 u) vraagt instemming (cao art. 6.3c)",
			"week of Mon 30 Nov: 30 h planned with a 25.2 h contract"},
		{"double on the same shift",
			Finding{Rule: RuleDouble, Start: at,
				NL: "Rik van Dijk staat twee keer op L (zo 06-12 15:00–23:00)",
				EN: "Rik van Dijk is on L twice (Sun 06-12 15:00–23:00)"},
			1, "staat die dag al op L (zo 6 dec 15:00–23:00)", "is already on L (Sun 6 Dec 15:00–23:00)"},
		{"rest: dates in words, across the year end",
			Finding{Rule: RuleATWRest, Start: roster.NewDate(2026, time.December, 31).Time(roster.NewClock(23, 0)),
				NL: "rust te kort: 8 u na late dienst (do 31-12 23:00–vr 01-01 07:00)",
				EN: "rest too short: 8 h after late dienst (Thu 31-12 23:00–Fri 01-01 07:00)"},
			1, "rust te kort: 8 u na late dienst (do 31 dec 23:00–vr 1 jan 07:00)",
			"rest too short: 8 h after late dienst (Thu 31 Dec 23:00–Fri 1 Jan 07:00)"},
		{"role: the role first",
			Finding{Rule: RuleRole, Start: at,
				NL: "Mila Peters (stagiair) staat 2026-W49 1× op een dienst die meetelt (L): mag meewerken, maar telt nooit mee als opvoeder",
				EN: "Mila Peters (stagiair) is in 2026-W49 once on a shift that counts (L)"},
			2, "stagiair: staat in de week van ma 30 nov 1× op een dienst die meetelt (L): mag meewerken, maar telt nooit mee als opvoeder",
			"stagiair: is in the week of Mon 30 Nov once on a shift that counts (L)"},
		{"another member's name stays",
			Finding{Rule: RuleCovDay, Start: at, NL: "Rik van Dijk en Mila Peters", EN: "Rik van Dijk and Mila Peters"},
			2, "Rik van Dijk en Mila Peters", "Rik van Dijk and Mila Peters"},
		{"a weekday that does not fit stays as it is",
			Finding{Rule: RuleCovDay, Start: at, NL: "ma 06-12", EN: "Mon 06-12"}, 1, "ma 06-12", "Mon 06-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PlainReason(h, tt.f, tt.member, roster.Dutch); got != tt.nl {
				t.Errorf("nl = %q\nwant %q", got, tt.nl)
			}
			if got := PlainReason(h, tt.f, tt.member, roster.English); got != tt.en {
				t.Errorf("en = %q\nwant %q", got, tt.en)
			}
		})
	}
}

func TestNamedMessage(t *testing.T) {
	h := &roster.House{Members: []roster.Member{{ID: 1, Name: "Anna"}, {ID: 2, Name: "Bram"}}}
	tests := []struct {
		f      Finding
		nl, en string
	}{
		{Finding{Members: []int{1}, NL: "rust te kort: 8 u", EN: "rest too short: 8 h"}, "Anna: rust te kort: 8 u", "Anna: rest too short: 8 h"},
		{Finding{Members: []int{2}, NL: "Bram staat dubbel", EN: "Bram is booked twice"}, "Bram staat dubbel", "Bram is booked twice"},
		{Finding{Members: []int{1, 2}, NL: "samen te lang", EN: "together too long"}, "Anna, Bram: samen te lang", "Anna, Bram: together too long"},
		{Finding{NL: "gat in de bezetting", EN: "coverage gap"}, "gat in de bezetting", "coverage gap"},
	}
	for _, tt := range tests {
		if got := NamedMessage(h, tt.f, roster.Dutch); got != tt.nl {
			t.Errorf("nl %q, want %q", got, tt.nl)
		}
		if got := NamedMessage(h, tt.f, roster.English); got != tt.en {
			t.Errorf("en %q, want %q", got, tt.en)
		}
	}
}
