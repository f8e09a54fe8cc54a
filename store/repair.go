package store

// Opening runs the stored house through the validator (roster.Validate and
// what the store itself needs), so a house that breaks the rules is never
// silently used. What an older version may have let through and what the
// engine cannot use is repaired (roster.RepairOnOpen: names, plan entries
// naming a team member or shift type that no longer exists) in one logged
// change, "Reparatie bij openen / Repaired on open", after a backup, and
// Repairs tells the caller so it can tell the user. Every other rule a
// stored house breaks is reported (Problems) with its path and where to fix
// it; the roster opens as it is and nothing is changed or logged. Only
// integrity failures (records that do not decode, checksums, digests) are
// damage (ErrDamaged). See docs/housefile.md, "Opening a roster".

import (
	"fmt"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
)

// RepairWho is the name the repair on open is logged under.
const RepairWho = "Huisrooster"

// Repairs returns what opening repaired in the stored house (nil when
// nothing). A store opened read-only repairs in memory only: Load returns
// the repaired house, the file is left as it is.
func (s *Store) Repairs() []roster.Problem { return s.repairs }

// RepairSummary returns one line about the repairs in lang ("nl" or "en"),
// or "" when nothing was repaired.
func RepairSummary(repairs []roster.Problem, lang string) string {
	if len(repairs) == 0 {
		return ""
	}
	var parts []string
	for _, r := range repairs {
		if lang == "en" {
			parts = append(parts, r.EN)
		} else {
			parts = append(parts, r.NL)
		}
	}
	if lang == "en" {
		return "Repaired on open (written by an older version): " + strings.Join(parts, "; ")
	}
	return "Reparatie bij openen (geschreven door een oudere versie): " + strings.Join(parts, "; ")
}

// emptyHouse reports whether h is the zero house of a new file.
func emptyHouse(h *roster.House) bool {
	return h == nil || h.Name == "" && len(h.Members) == 0 && len(h.ShiftTypes) == 0
}

// houseProblems runs h through the validator after the repairs opening
// makes. It returns the repaired house, the repairs and the problems left,
// which opening reports and does not repair.
func houseProblems(h *roster.House) (*roster.House, []roster.Problem, []roster.Problem) {
	if emptyHouse(h) {
		return h, nil, nil
	}
	fixed, repairs := roster.RepairOnOpen(h)
	return fixed, repairs, ValidateHouse(fixed)
}

// Problems returns the rules the stored house breaks that opening did not
// repair (nil when none): the roster is opened as it is, and the caller
// tells the user what is wrong and where to fix it (roster.ProblemLine).
func (s *Store) Problems() []roster.Problem { return s.problems }

// ProblemSummary returns one line about problems in language l, or "" when
// there are none; at most five are named.
func ProblemSummary(problems []roster.Problem, l roster.Lang) string {
	if len(problems) == 0 {
		return ""
	}
	var parts []string
	for i, p := range problems {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("… (%d)", len(problems)))
			break
		}
		parts = append(parts, roster.ProblemLine(p, l))
	}
	if l == roster.English {
		return "The roster opened, but it breaks these rules (nothing was changed): " + strings.Join(parts, "; ")
	}
	return "Het rooster is geopend, maar houdt zich niet aan deze regels (er is niets veranderd): " + strings.Join(parts, "; ")
}

// validateOnOpen is the last step of opening: h (the house the integrity
// check read) is validated; repairable problems are repaired in one logged
// change (in memory only when read-only); the rest is kept for Problems and
// reported, never taken for damage (damage is what the checksums find).
func (s *Store) validateOnOpen(h *roster.House) error {
	fixed, repairs, problems := houseProblems(h)
	s.problems = problems
	if len(repairs) == 0 {
		return nil
	}
	s.repairs = repairs
	if s.readOnly {
		return nil
	}
	if _, err := s.backup("voor-reparatie"); err != nil {
		return err
	}
	e := Diff(h, fixed)
	e.NL = RepairSummary(repairs, "nl")
	e.EN = RepairSummary(repairs, "en")
	if err := s.Apply(e, RepairWho); err != nil {
		return fmt.Errorf("reparatie bij openen / repair on open: %w", err)
	}
	return nil
}

// repairedView returns h as a read-only store shows it: with the repairs
// of opening made in memory.
func (s *Store) repairedView(h *roster.House) *roster.House {
	if !s.readOnly || len(s.repairs) == 0 {
		return h
	}
	fixed, _ := roster.RepairOnOpen(h)
	return fixed
}
