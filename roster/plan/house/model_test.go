package house

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// TestSpreadCostsFollowFairness: a member who did the nights and weekends of
// the past weeks pays more for the next ones than a colleague who did none,
// and coverage stays far more important than that.
func TestSpreadCostsFollowFairness(t *testing.T) {
	h := roster.NewHouse("eerlijk", 4)
	h.Settings.NightMode = roster.NightSleep
	mon := roster.NewDate(2027, 3, 1)
	for i := 1; i <= 2; i++ {
		h.Members = append(h.Members, roster.Member{ID: i, Name: string(rune('A' + i - 1)), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: mon - 100, HoursPerWeek: 28.8}}, Nights: true})
	}
	for d := mon - 14; d < mon; d++ { // A did every night and weekend of the last two weeks
		h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: 1, Date: d, Shift: "S"})
	}
	chunk := roster.Window{From: mon, To: mon + 6}
	p, cm, err := chunkProblem(h, newIndex(h, chunk), chunk)
	if err != nil {
		t.Fatal(err)
	}
	s := -1
	for i, st := range cm.types {
		if st.Code == "S" {
			s = i
		}
	}
	sat := int(mon + 5 - cm.from) // a Saturday column
	a, b := p.Employees[0].Cost[sat][s+1], p.Employees[1].Cost[sat][s+1]
	if cm.members[0] != 1 || a <= b {
		t.Errorf("a Saturday night costs A %d and B %d: the one who did the nights should pay more", a, b)
	}
	if a-b > SpreadCap*2 || SpreadCap*2 >= UnderWeight {
		t.Errorf("spread cost %d against coverage %d: fairness must not outweigh a missing opvoeder", a-b, UnderWeight)
	}
}
