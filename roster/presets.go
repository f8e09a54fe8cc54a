package roster

// This file holds the starting points of a new house: the concept's budget
// per number of children (DOMAIN.md §1) and the shift types, settings and
// coverage profile a new team starts from. They are the demo house's own
// (demo.go), so the demo and a new house never drift apart.

// BudgetPreset returns the concept's fte budget per role for a house of
// children children: 6 children 0.8 / 0.7 / 8.9 / 0.6 fte (teamleider,
// systeemtherapeut, opvoeders, huishoudelijk), 4 children 0.6 / 0.5 / 7.5 /
// 0.6. The concept gives no budget for 5 children: it is interpolated
// halfway and interpolated reports true. Fewer than 4 children take the
// budget of 4, more than 6 that of 6.
func BudgetPreset(children int) (budget map[Role]float64, interpolated bool) {
	four := map[Role]float64{RoleTeamleider: 0.6, RoleSysteemtherapeut: 0.5, RoleOpvoeder: 7.5, RoleHuishoudelijk: 0.6}
	six := map[Role]float64{RoleTeamleider: 0.8, RoleSysteemtherapeut: 0.7, RoleOpvoeder: 8.9, RoleHuishoudelijk: 0.6}
	switch {
	case children <= 4:
		return four, false
	case children >= 6:
		return six, false
	}
	out := make(map[Role]float64, len(six))
	for r, x := range six {
		out[r] = roundTenth((x + four[r]) / 2)
	}
	return out, true
}

// roundTenth rounds x to one decimal.
func roundTenth(x float64) float64 {
	if x < 0 {
		return -roundTenth(-x)
	}
	return float64(int(x*10+0.5)) / 10
}

// DefaultSettings returns the rule parameters a new house of children
// children starts with: 10% slack, a balance period of 4 weeks, 36 h per
// fte, 7.7% leave and 5% sickness, nights 23:00–07:00 (mixed), the regular
// sleep-shift regime, publishing 28 days ahead, the concept's budget
// (BudgetPreset), the cao's ORT table and default pay data.
func DefaultSettings(children int) Settings {
	s := demoSettings()
	s.Budget, _ = BudgetPreset(children)
	return s
}

// DefaultCoverage returns the concept's coverage norm: 3 opvoeders present
// 07:00–23:00 on every day type. The night cover (COV-NIGHT) comes from the
// settings' night hours, not from a band.
func DefaultCoverage() []Band { return demoCoverage() }

// DefaultShiftTypes returns the shift types a new team starts from: early,
// day and late shifts, sleep-in, live-in and awake nights, team meeting,
// office, family work, housekeeping and an intern's shift.
func DefaultShiftTypes() []ShiftType { return demoShiftTypes() }

// NewHouse returns an empty house named name for children children with the
// default settings, coverage profile and shift types, and no team yet.
func NewHouse(name string, children int) *House {
	return &House{
		Name:       name,
		Children:   children,
		Settings:   DefaultSettings(children),
		Coverage:   DefaultCoverage(),
		ShiftTypes: DefaultShiftTypes(),
	}
}
