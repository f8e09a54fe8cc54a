package team

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// TestFilterProposal: a proposal never lands on a cell that has a shift or
// an absence or lies in a fixed week, and a night gets one cover only.
func TestFilterProposal(t *testing.T) {
	h := rnHouse()
	h.Plan.Assignments = []roster.Assignment{
		{Member: rnAnna, Date: rnWed, Shift: "V"},
		{Member: rnCor, Date: rnMon, Shift: "S"},                              // Monday night covered
		{Member: rnCor, Date: rnMon + 1, Shift: "S", State: roster.StateSick}, // Tuesday night vacated
	}
	h.Plan.Periods = []roster.Period{{From: rnMon + 7, To: rnMon + 13, State: roster.PeriodFixed}}
	as := []roster.Assignment{
		{Member: rnAnna, Date: rnWed, Shift: "L"},     // cell has a shift
		{Member: rnDirk, Date: rnWed, Shift: "L"},     // open
		{Member: rnAnna, Date: rnMon, Shift: "W"},     // night already covered
		{Member: rnAnna, Date: rnMon + 1, Shift: "W"}, // vacated night: open
		{Member: rnDirk, Date: rnMon + 1, Shift: "S"}, // second cover of that night
		{Member: rnDirk, Date: rnMon + 8, Shift: "V"}, // fixed week
	}
	got := FilterProposal(h, as)
	if len(got) != 2 || got[0] != as[1] || got[1] != as[3] {
		t.Fatalf("FilterProposal = %+v, want Dirk's late shift and Anna's Tuesday night", got)
	}
	if len(h.Plan.Assignments) != 3 {
		t.Error("FilterProposal changed the house")
	}
	with := WithProposal(h, got)
	if len(with.Plan.Assignments) != 5 || len(h.Plan.Assignments) != 3 {
		t.Errorf("WithProposal: %d assignments in the copy, %d in the house", len(with.Plan.Assignments), len(h.Plan.Assignments))
	}
	// Dirk does no nights: proposing him one on a covered night adds errors.
	if e0, e1, _, _ := ProposalPreview(h, []roster.Assignment{{Member: rnDirk, Date: rnMon, Shift: "W"}}, roster.Week(rnMon)); e1 <= e0 {
		t.Errorf("ProposalPreview: errors from %d to %d, want more with Dirk on a night", e0, e1)
	}
}
