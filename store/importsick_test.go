package store

import (
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// TestImportKeepsSickReports: a house file exported without the PIN holds
// no sick reports; importing it keeps the roster's sick absences, sick
// shifts and whom a cover-in covers for, for the members the file still
// has, drops those of a removed member, and says so in counts. A file that
// has sick reports of its own (exported with the PIN) is taken as it is.
func TestImportKeepsSickReports(t *testing.T) {
	s, _ := payStore(t)
	h, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	// validHouse: member 1 sick for three days. Make member 2's first shift a
	// sick shift covered by member 3, and give member 3 a sick day too.
	var sick roster.Assignment
	e := roster.Edit{}
	for _, a := range h.Plan.Assignments {
		if a.Member == 2 {
			sick = a
			break
		}
	}
	after := sick
	after.State = roster.StateSick
	cover := roster.Assignment{Member: 3, Date: sick.Date, Shift: sick.Shift, CoverFor: 2}
	e.Cells = []roster.CellEdit{{Member: 2, Date: sick.Date, Before: h.Plan.CellAssignments(2, sick.Date), After: []roster.Assignment{after}},
		{Member: 3, Date: sick.Date, Before: h.Plan.CellAssignments(3, sick.Date), After: append(h.Plan.CellAssignments(3, sick.Date), cover)}}
	e.Absences = []roster.AbsenceEdit{{After: &roster.Absence{Member: 3, From: sick.Date + 10, To: roster.AbsenceOpenEnd, Kind: roster.AbsSick}}}
	if err := s.Apply(e, "tester"); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Load()
	countSick := func(h *roster.House) (abs, shifts, covers int) {
		for _, a := range h.Plan.Absences {
			if a.Kind == roster.AbsSick {
				abs++
			}
		}
		for _, a := range h.Plan.Assignments {
			if a.State == roster.StateSick {
				shifts++
			}
			if a.CoverFor != 0 {
				covers++
			}
		}
		return
	}
	a0, s0, c0 := countSick(before)
	if a0 != 2 || s0 != 1 || c0 != 1 {
		t.Fatalf("setup: %d sick absences, %d sick shifts, %d cover-ins", a0, s0, c0)
	}

	file := plainFile(t, s, func(h *roster.House) {})
	carry, err := s.ImportPay(file, "tester", nil)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Load()
	if a, sh, c := countSick(got); a != a0 || sh != s0 || c != c0 {
		t.Errorf("after a plain import: %d sick absences, %d sick shifts, %d cover-ins; want %d, %d, %d", a, sh, c, a0, s0, c0)
	}
	if nl, en := carry.Text(roster.Dutch), carry.Text(roster.English); !strings.Contains(nl, "3 van het rooster zijn bewaard") || !strings.Contains(en, "3 of the roster's were kept") {
		t.Errorf("report: %q / %q", nl, en)
	}

	// Member 3 left the team in the file: their sick day goes, the rest stays.
	file = plainFile(t, s, func(h *roster.House) {
		h.Members = h.Members[:2]
		var as []roster.Assignment
		for _, a := range h.Plan.Assignments {
			if a.Member != 3 {
				as = append(as, a)
			}
		}
		h.Plan.Assignments = as
	})
	carry, err = s.ImportPay(file, "tester", nil)
	if err != nil {
		t.Fatal(err)
	}
	got, _ = s.Load()
	if a, sh, _ := countSick(got); a != 1 || sh != 1 {
		t.Errorf("after removing member 3: %d sick absences, %d sick shifts; want 1, 1", a, sh)
	}
	if carry.Sick == nil || carry.Sick.Dropped != 1 || carry.Sick.Carried != 2 {
		t.Errorf("report: %+v", carry.Sick)
	}
	if p := roster.Validate(got); len(p) > 0 {
		t.Errorf("imported house invalid: %v", p)
	}
}
