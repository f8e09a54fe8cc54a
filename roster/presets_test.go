package roster

import (
	"reflect"
	"testing"
)

func TestBudgetPreset(t *testing.T) {
	tests := []struct {
		children     int
		want         map[Role]float64
		interpolated bool
	}{
		{6, map[Role]float64{RoleTeamleider: 0.8, RoleSysteemtherapeut: 0.7, RoleOpvoeder: 8.9, RoleHuishoudelijk: 0.6}, false},
		{4, map[Role]float64{RoleTeamleider: 0.6, RoleSysteemtherapeut: 0.5, RoleOpvoeder: 7.5, RoleHuishoudelijk: 0.6}, false},
		{5, map[Role]float64{RoleTeamleider: 0.7, RoleSysteemtherapeut: 0.6, RoleOpvoeder: 8.2, RoleHuishoudelijk: 0.6}, true},
		{3, map[Role]float64{RoleTeamleider: 0.6, RoleSysteemtherapeut: 0.5, RoleOpvoeder: 7.5, RoleHuishoudelijk: 0.6}, false},
	}
	for _, tt := range tests {
		got, interp := BudgetPreset(tt.children)
		if !reflect.DeepEqual(got, tt.want) || interp != tt.interpolated {
			t.Errorf("BudgetPreset(%d) = %v, %v; want %v, %v", tt.children, got, interp, tt.want, tt.interpolated)
		}
	}
}
