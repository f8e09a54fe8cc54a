package roster

import (
	"fmt"
	"strings"
)

// What opening does with a stored house whose bytes are sound but which
// breaks a rule of Validate (docs/housefile.md, "Opening a roster"):
//
//   - names an older version let through: repaired (RepairNames);
//   - plan entries that name a team member or shift type the house no
//     longer has (assignments, absences, wishes, base roster cells): the
//     engine cannot place, count or show them, so they are removed
//     (RepairRefs). The backup made first and the logged change's "before"
//     keep every removed entry;
//   - every other problem (a budget, ORT band, coverage band, contract,
//     shift time, period, …) is reported with its path and where to fix it
//     (ProblemPlace), and the roster opens as it is: nothing is changed or
//     logged, because any repair would have to guess what the team meant.
//
// Integrity (records that do not decode, checksums, digests) is not a rule
// of Validate and stays damage.

// RepairOnOpen returns h with the repairs opening makes (RepairNames, then
// RepairRefs) and one Problem per repair. h is not changed; with nothing
// to repair it returns h itself and no problems.
func RepairOnOpen(h *House) (*House, []Problem) {
	fixed, out := RepairNames(h)
	fixed, refs := RepairRefs(fixed)
	return fixed, append(out, refs...)
}

// RepairRefs returns a copy of h without the plan entries that refer to a
// team member or shift type h does not have, and one Problem per removed
// entry (Field as in Validate, NL and EN say what was removed). h is not
// changed; with nothing to remove it returns h itself and no problems.
func RepairRefs(h *House) (*House, []Problem) {
	if h == nil {
		return nil, nil
	}
	var out []Problem
	who := func(id int) string {
		if m := h.Member(id); m != nil {
			return m.Name
		}
		return fmt.Sprintf("#%d", id)
	}
	// missing says, in both languages, what entry i refers to that h does
	// not have ("" when nothing).
	missing := func(member int, shift string) (string, string) {
		var nl, en []string
		if h.Member(member) == nil {
			nl, en = append(nl, fmt.Sprintf("teamlid %d bestaat niet meer", member)), append(en, fmt.Sprintf("team member %d no longer exists", member))
		}
		if shift != "" && h.ShiftType(shift) == nil {
			nl, en = append(nl, fmt.Sprintf("dienst %q bestaat niet meer", shift)), append(en, fmt.Sprintf("shift %q no longer exists", shift))
		}
		return strings.Join(nl, ", "), strings.Join(en, ", ")
	}
	drop := func(field, whatNL, whatEN, nl, en string) {
		out = append(out, Problem{Field: field,
			NL: fmt.Sprintf("%s weggehaald: %s", whatNL, nl),
			EN: fmt.Sprintf("%s removed: %s", whatEN, en)})
	}
	p := h.Plan
	var as []Assignment
	for i, a := range p.Assignments {
		shift := a.Shift
		if shift == "" {
			shift = "\x00" // an assignment without a code names no shift at all
		}
		if nl, en := missing(a.Member, shift); nl != "" {
			drop(fmt.Sprintf("plan.assignments[%d]", i),
				fmt.Sprintf("dienst %s van %s op %s", a.Shift, who(a.Member), a.Date),
				fmt.Sprintf("shift %s of %s on %s", a.Shift, who(a.Member), a.Date), nl, en)
			continue
		}
		as = append(as, a)
	}
	var abs []Absence
	for i, a := range p.Absences {
		if nl, en := missing(a.Member, ""); nl != "" {
			drop(fmt.Sprintf("plan.absences[%d]", i),
				fmt.Sprintf("afwezigheid %s–%s", a.From, a.To), fmt.Sprintf("absence %s–%s", a.From, a.To), nl, en)
			continue
		}
		abs = append(abs, a)
	}
	var ws []Wish
	for i, w := range p.Wishes {
		if nl, en := missing(w.Member, w.Shift); nl != "" {
			drop(fmt.Sprintf("plan.wishes[%d]", i),
				fmt.Sprintf("wens van %s op %s", who(w.Member), w.Date),
				fmt.Sprintf("wish of %s on %s", who(w.Member), w.Date), nl, en)
			continue
		}
		ws = append(ws, w)
	}
	var br *BaseRoster
	if b := h.Settings.BaseRoster; b != nil {
		var cells []BaseCell
		for i, c := range b.Cells {
			shift := c.Shift
			if shift == "" {
				shift = "\x00"
			}
			if nl, en := missing(c.Member, shift); nl != "" {
				drop(fmt.Sprintf("settings.baseRoster.cells[%d]", i),
					fmt.Sprintf("basisroostervak %s van %s", c.Shift, who(c.Member)),
					fmt.Sprintf("base roster cell %s of %s", c.Shift, who(c.Member)), nl, en)
				continue
			}
			cells = append(cells, c)
		}
		if len(cells) != len(b.Cells) {
			nb := *b
			nb.Cells = cells
			br = &nb
		}
	}
	if len(out) == 0 {
		return h, nil
	}
	c := *h
	c.Plan.Assignments, c.Plan.Absences, c.Plan.Wishes = as, abs, ws
	if br != nil {
		c.Settings.BaseRoster = br
	}
	return &c, out
}

// ProblemPlace says where in the app the field of a Validate problem is
// fixed, in language l: the settings tab, the period bar, the year plan.
func ProblemPlace(field string, l Lang) string {
	type place struct{ prefix, nl, en string }
	places := []place{
		{"members", "Instellingen > Team", "Settings > Team"},
		{"shiftTypes", "Instellingen > Diensten", "Settings > Shift types"},
		{"coverage", "Instellingen > Bezettingsprofiel", "Settings > Coverage profile"},
		{"settings.baseRoster", "Basisrooster", "Base roster"},
		{"settings.vault", "Instellingen > Realisatie (pincode)", "Settings > Realisation (PIN)"},
		{"settings.pin", "Instellingen > Realisatie (pincode)", "Settings > Realisation (PIN)"},
		{"settings.budgetFte", "Instellingen > Realisatie", "Settings > Realisation"},
		{"settings.pay", "Instellingen > Realisatie", "Settings > Realisation"},
		{"settings", "Instellingen > Huis en regels", "Settings > House and rules"},
		{"plan.periods", "Periodes (werkbalk van het weekrooster)", "Periods (week roster toolbar)"},
		{"plan.wishes", "Wensen", "Wishes"},
		{"plan.absences", "Afwezigheid (weekrooster)", "Absence (week roster)"},
		{"plan", "Weekrooster", "Week roster"},
		{"year", "Jaarplan", "Year plan"},
		{"children", "Instellingen > Huis en regels", "Settings > House and rules"},
		{"name", "Instellingen > Huis en regels", "Settings > House and rules"},
	}
	for _, p := range places {
		if field == p.prefix || strings.HasPrefix(field, p.prefix+".") || strings.HasPrefix(field, p.prefix+"[") {
			if l == English {
				return p.en
			}
			return p.nl
		}
	}
	if l == English {
		return "the house file (huisrooster export, fix, huisrooster import)"
	}
	return "het huisbestand (huisrooster export, aanpassen, huisrooster import)"
}

// ProblemLine is one problem for the user in language l: its path, what is
// wrong and where to fix it.
func ProblemLine(p Problem, l Lang) string {
	if l == English {
		return fmt.Sprintf("%s: %s (fix in %s)", p.Field, p.EN, ProblemPlace(p.Field, l))
	}
	return fmt.Sprintf("%s: %s (aanpassen in %s)", p.Field, p.NL, ProblemPlace(p.Field, l))
}
