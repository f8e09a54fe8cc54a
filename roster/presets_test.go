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

func TestNewHouseIsValidAndMatchesDemo(t *testing.T) {
	for _, n := range []int{4, 5, 6} {
		h := NewHouse("Het Anker", n)
		if p := Validate(h); len(p) > 0 {
			t.Errorf("NewHouse(%d) invalid: %v", n, p)
		}
		want, _ := BudgetPreset(n)
		if !reflect.DeepEqual(h.Settings.Budget, want) {
			t.Errorf("NewHouse(%d) budget %v, want %v", n, h.Settings.Budget, want)
		}
	}
	demo := Demo(NewDate(2026, 11, 23))
	if !reflect.DeepEqual(DefaultShiftTypes(), demo.ShiftTypes) {
		t.Error("DefaultShiftTypes differs from the demo's")
	}
	if !reflect.DeepEqual(DefaultCoverage(), demo.Coverage) {
		t.Error("DefaultCoverage differs from the demo's")
	}
	if !reflect.DeepEqual(DefaultSettings(6), demo.Settings) {
		t.Error("DefaultSettings(6) differs from the demo's")
	}
	// A fresh slice every call: a wizard may change it without touching the defaults.
	a := DefaultShiftTypes()
	a[0].Code = "X"
	if DefaultShiftTypes()[0].Code == "X" {
		t.Error("DefaultShiftTypes shares its slice")
	}
}
