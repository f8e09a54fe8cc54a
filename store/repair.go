package store

// Opening runs the stored house through the validator (roster.Validate and
// what the store itself needs), so a house that breaks the rules is never
// silently used. A file of an older version may hold names that today's
// name rule refuses (spaces around them, control or direction characters,
// more than 100 characters): those are repaired (roster.RepairNames) in one
// logged change, "Reparatie bij openen / Repaired on open", after a backup,
// and Repairs tells the caller so it can tell the user. Only what cannot be
// repaired is damage (ErrDamaged), with the newest good backup offered as
// for any other damage.

import (
	"errors"
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

// houseProblems runs h through the validator after the repairs the name
// rule allows. It returns the repaired house and the repairs, or an error
// listing what cannot be repaired.
func houseProblems(h *roster.House) (*roster.House, []roster.Problem, error) {
	if emptyHouse(h) {
		return h, nil, nil
	}
	fixed, repairs := roster.RepairNames(h)
	if probs := ValidateHouse(fixed); len(probs) > 0 {
		var lines []string
		for i, p := range probs {
			if i == 5 {
				lines = append(lines, fmt.Sprintf("… (%d)", len(probs)))
				break
			}
			lines = append(lines, p.String())
		}
		return nil, nil, errors.New("het opgeslagen huis voldoet niet aan de regels / the stored house breaks the rules: " + strings.Join(lines, "; "))
	}
	return fixed, repairs, nil
}

// validateOnOpen is the last step of opening: h (the house the integrity
// check read) is validated; repairable problems are repaired in one logged
// change (in memory only when read-only), the rest is damage.
func (s *Store) validateOnOpen(h *roster.House) error {
	fixed, repairs, err := houseProblems(h)
	if err != nil {
		return damaged(s.path, err)
	}
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
	fixed, _ := roster.RepairNames(h)
	return fixed
}
