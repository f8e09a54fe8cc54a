package store

import (
	"io"

	"github.com/huisrooster/huisrooster/roster"
)

// Export writes the whole house as the versioned JSON house file.
func (s *Store) Export(w io.Writer) error {
	h, err := s.Load()
	if err != nil {
		return err
	}
	return roster.EncodeHouseFile(w, h)
}

// Import reads a JSON house file and replaces the stored house with it.
// It validates everything first and returns an *InvalidError (matching
// ErrInvalid) listing every problem found, saving nothing; otherwise it
// makes a backup and saves the house in one transaction with an audit
// record, or saves nothing at all.
func (s *Store) Import(r io.Reader, who string) error {
	h, err := roster.DecodeHouseFile(r)
	if err != nil {
		return &InvalidError{Problems: []Problem{{NL: err.Error(), EN: err.Error()}}}
	}
	if probs := append(checkWho(who), ValidateHouse(h)...); len(probs) > 0 {
		return &InvalidError{Problems: probs}
	}
	if _, err := s.backup("voor-import"); err != nil {
		return err
	}
	return s.replace(h, who, "Huisbestand geïmporteerd", "House file imported")
}

// ValidateHouse lists every problem that keeps h from being imported: what
// the store cannot save (duplicate IDs and codes, dates without a sortable
// key, free text on sick reports) and references that do not resolve.
func ValidateHouse(h *roster.House) []Problem {
	if h == nil {
		return []Problem{problemf("het bestand bevat geen huis", "the file holds no house")}
	}
	probs := checkHouse(h)
	for _, m := range h.Members {
		if m.ID <= 0 {
			probs = append(probs, problemf("teamlid %q heeft id %d; een id is groter dan 0",
				"member %q has ID %d; an ID must be greater than 0", m.Name, m.ID))
		}
	}
	for _, a := range h.Plan.Assignments {
		if h.Member(a.Member) == nil {
			probs = append(probs, problemf("dienst op %s: onbekend teamlid %d", "assignment on %s: unknown member %d", a.Date, a.Member))
		}
		if h.ShiftType(a.Shift) == nil {
			probs = append(probs, problemf("dienst op %s: onbekende dienst %q", "assignment on %s: unknown shift %q", a.Date, a.Shift))
		}
	}
	for _, a := range h.Plan.Absences {
		if h.Member(a.Member) == nil {
			probs = append(probs, problemf("afwezigheid vanaf %s: onbekend teamlid %d", "absence from %s: unknown member %d", a.From, a.Member))
		}
		if a.To < a.From {
			probs = append(probs, problemf("afwezigheid van %d: einde %s voor begin %s", "absence of %d: end %s before start %s", a.Member, a.To, a.From))
		}
	}
	for _, w := range h.Plan.Wishes {
		if h.Member(w.Member) == nil {
			probs = append(probs, problemf("wens op %s: onbekend teamlid %d", "wish on %s: unknown member %d", w.Date, w.Member))
		}
	}
	for _, p := range h.Plan.Periods {
		if p.To < p.From {
			probs = append(probs, problemf("periode: einde %s voor begin %s", "period: end %s before start %s", p.To, p.From))
		}
	}
	return probs
}
