package roster

import "fmt"

// A house file exported without the PIN (PlainHouse) leaves out the sick
// reports: sick absences, assignments in the sick state and whom a cover-in
// covers for. Importing it over the roster must not delete them silently:
// CarrySick takes them over for the members the file still has, as
// CarryPay does for the pay data.

// SickCarry says what CarrySick did, for the user (counts only: who was
// sick is personal).
type SickCarry struct {
	// Carried is the number of sick reports (absences and sick shifts)
	// taken over; Dropped those of members (or shift types) the file no
	// longer has.
	Carried, Dropped int
}

// Text returns the report in language l ("" when nothing was carried or
// dropped).
func (c *SickCarry) Text(l Lang) string {
	if c == nil || c.Carried == 0 && c.Dropped == 0 {
		return ""
	}
	if l == English {
		return fmt.Sprintf("The house file holds no sick reports (exported without the PIN): %d of the roster's were kept; %d of removed members or shift types were removed.",
			c.Carried, c.Dropped)
	}
	return fmt.Sprintf("Het huisbestand heeft geen ziekmeldingen (geëxporteerd zonder pincode): %d van het rooster zijn bewaard; %d van verwijderde teamleden of diensten zijn gewist.",
		c.Carried, c.Dropped)
}

// CarrySick gives imported (a house read from a file) the sick reports of
// old (the roster it replaces) when the file was written without the PIN:
// it has no PIN and no vault while old has one, and holds no sick report
// of its own. Sick absences and sick shifts of members the file still has
// (by ID; a sick shift also needs its shift type) are added, unless the
// file already has that shift in the cell; a cover-in the file still has
// gets back whom it covers for. It returns nil when there is nothing to
// carry; imported is changed in place.
func CarrySick(old, imported *House) *SickCarry {
	if old == nil || imported == nil || imported.Settings.Vault != nil || imported.Settings.PIN != nil ||
		old.Settings.Vault == nil && old.Settings.PIN == nil || hasSick(imported) {
		return nil
	}
	c := &SickCarry{}
	for _, a := range old.Plan.Absences {
		if a.Kind != AbsSick {
			continue
		}
		if imported.Member(a.Member) == nil {
			c.Dropped++
			continue
		}
		imported.Plan.Absences = append(imported.Plan.Absences, a)
		c.Carried++
	}
	for _, a := range old.Plan.Assignments {
		switch {
		case a.State == StateSick:
			if imported.Member(a.Member) == nil || imported.ShiftType(a.Shift) == nil {
				c.Dropped++
				continue
			}
			if i := findAssignment(imported, a); i >= 0 {
				continue // the file plans that shift again: its choice stands
			}
			imported.Plan.Assignments = append(imported.Plan.Assignments, a)
			c.Carried++
		case a.CoverFor != 0 && imported.Member(a.CoverFor) != nil:
			if i := findAssignment(imported, a); i >= 0 && imported.Plan.Assignments[i].CoverFor == 0 {
				imported.Plan.Assignments[i].CoverFor = a.CoverFor
			}
		}
	}
	if c.Carried == 0 && c.Dropped == 0 {
		return nil
	}
	return c
}

// hasSick reports whether h holds any sick report.
func hasSick(h *House) bool {
	for _, a := range h.Plan.Absences {
		if a.Kind == AbsSick {
			return true
		}
	}
	for _, a := range h.Plan.Assignments {
		if a.State == StateSick {
			return true
		}
	}
	return false
}

// findAssignment returns the index in h of the assignment of a's member on
// a's date with a's shift, or -1.
func findAssignment(h *House, a Assignment) int {
	for i, b := range h.Plan.Assignments {
		if b.Member == a.Member && b.Date == a.Date && b.Shift == a.Shift {
			return i
		}
	}
	return -1
}
