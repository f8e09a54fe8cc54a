package pay

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// TestDiscloseSuppression: locked, no small role's sickness can be read,
// not even by subtracting the roles shown from the team total.
func TestDiscloseSuppression(t *testing.T) {
	for _, c := range []struct {
		name      string
		roles     []roster.Role
		teamShown bool
	}{
		{"one hidden person", []roster.Role{roster.RoleOpvoeder, roster.RoleOpvoeder, roster.RoleOpvoeder, roster.RoleTeamleider}, false},
		{"two hidden people", []roster.Role{roster.RoleOpvoeder, roster.RoleOpvoeder, roster.RoleOpvoeder, roster.RoleTeamleider, roster.RoleHuishoudelijk}, false},
		{"three hidden people", []roster.Role{roster.RoleOpvoeder, roster.RoleOpvoeder, roster.RoleOpvoeder, roster.RoleTeamleider, roster.RoleHuishoudelijk, roster.RoleStagiair}, true},
		{"nothing hidden", []roster.Role{roster.RoleOpvoeder, roster.RoleOpvoeder, roster.RoleOpvoeder}, true},
		{"small team", []roster.Role{roster.RoleOpvoeder, roster.RoleOpvoeder}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var ms []roster.Member
			for _, r := range c.roles {
				ms = append(ms, roster.Member{Name: string(r), Role: r})
			}
			h := rostertest.RealisationHouse(ms...)
			tue := roster.NewDate(2026, 11, 24)
			for i := range ms {
				h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: i + 1, From: tue, To: tue, Kind: roster.AbsSick, HoursPerDay: float64(i + 1)})
			}
			full := NewRealisation(h, roster.Week(tue))
			r := Disclose(full, false)
			if !r.Locked || len(r.Members) != 0 || r.Team.Salary != 0 || r.Team.SickCost != 0 {
				t.Fatal("locked realisation keeps members or amounts")
			}
			shown := 0.0
			for _, x := range r.Roles {
				if roster.SmallGroup(x.Members) != x.Personal || (x.Personal && x.Sick != 0) {
					t.Errorf("role %s (%d members): personal %v, sick %v", x.Role, x.Members, x.Personal, x.Sick)
				}
				shown += x.Sick
			}
			if r.SicknessShown(&r.Team) != c.teamShown {
				t.Fatalf("team sickness shown %v, want %v", r.SicknessShown(&r.Team), c.teamShown)
			}
			if r.SicknessShown(&r.Team) {
				// What subtraction reveals is the sum of at least three people.
				hidden := 0
				for _, x := range r.Roles {
					if x.Personal {
						hidden += x.Members
					}
				}
				if diff := r.Team.Sick - shown; diff > 1e-9 && hidden < roster.MinGroupSize {
					t.Errorf("team − roles = %v h of %d people", diff, hidden)
				}
			} else if r.Team.Sick != 0 || len(r.SickSeries) != 0 {
				t.Error("hidden team sickness still in the figures")
			}
			if Disclose(full, true) != full {
				t.Error("unlocked realisation changed")
			}
		})
	}
}
