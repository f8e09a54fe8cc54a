package roster

// This file holds the starting points of a new house: the concept's budget
// per number of children (docs/rules.md, "The concept's numbers") and the shift types, settings and
// coverage profile a new team starts from. The demo house (roster/demo) is
// built from them, so the demo and a new house never drift apart.

// conceptSettings returns the concept's house settings.
func conceptSettings() Settings {
	return Settings{
		SlackPct:     10,
		BalanceWeeks: 4,
		HoursPerFTE:  36,
		LeavePct:     7.7, // 144 h leave of 1,872 h a year
		SickPct:      5,
		NightStart:   NewClock(23, 0),
		NightEnd:     NewClock(7, 0),
		NightMode:    NightMixed,
		SleepRegime:  RegimeRegular,
		PublishDays:  28,
		Budget: map[Role]float64{
			RoleTeamleider:       0.8,
			RoleSysteemtherapeut: 0.7,
			RoleOpvoeder:         8.9,
			RoleHuishoudelijk:    0.6,
		},
		ORT: DefaultORT(),
		Pay: DefaultPay(),
	}
}

// DefaultORT returns the irregular hours allowance table of cao Jeugdzorg
// art. 8.1 (docs/realisation.md, ORT). Bands with 0% are left out.
func DefaultORT() []ORTBand {
	week := []DayType{DayWeekday}
	return []ORTBand{
		{Days: week, Start: NewClock(6, 0), End: NewClock(7, 0), Percent: 25},
		{Days: week, Start: NewClock(19, 0), End: NewClock(22, 0), Percent: 25},
		{Days: []DayType{DayWeekday, DaySaturday}, Start: NewClock(0, 0), End: NewClock(6, 0), Percent: 45},
		{Days: []DayType{DayWeekday, DaySaturday}, Start: NewClock(22, 0), End: NewClock(24, 0), Percent: 45},
		{Days: []DayType{DaySaturday}, Start: NewClock(6, 0), End: NewClock(22, 0), Percent: 30},
		{Days: []DayType{DaySunday}, Start: NewClock(0, 0), End: NewClock(24, 0), Percent: 45},
	}
}

// conceptCoverage returns the concept's norm: 3 opvoeders present 07:00–23:00
// on every day type.
func conceptCoverage() []Band {
	out := make([]Band, 0, len(DayTypes))
	for _, dt := range DayTypes {
		out = append(out, Band{Day: dt, Start: NewClock(7, 0), End: NewClock(23, 0), Min: 3})
	}
	return out
}

// conceptShiftTypes returns the shift types of De Linde.
func conceptShiftTypes() []ShiftType {
	c := NewClock
	return []ShiftType{
		{Code: "V", Name: "Vroege dienst", Start: c(7, 0), End: c(15, 0), BreakMin: 30, Kind: KindGroup, Colour: "#F6C85F"},
		{Code: "D", Name: "Dagdienst", Start: c(9, 0), End: c(17, 30), BreakMin: 30, Kind: KindGroup, Colour: "#9DD866"},
		{Code: "L", Name: "Late dienst", Start: c(15, 0), End: c(23, 0), BreakMin: 30, Kind: KindGroup, Colour: "#6F9FD8"},
		{Code: "S", Name: "Slaapdienst", Start: c(23, 0), End: c(7, 0), Kind: KindSleep, Colour: "#8E7CC3"},
		{Code: "I", Name: "Inwonend nacht", Start: c(23, 0), End: c(7, 0), Kind: KindLiveIn, Colour: "#B39DDB"},
		{Code: "W", Name: "Wakende nacht", Start: c(23, 0), End: c(7, 0), BreakMin: 30, Kind: KindAwakeNight, Colour: "#5C6BC0"},
		{Code: "O", Name: "Teamoverleg", Start: c(13, 0), End: c(15, 0), Kind: KindOffGroup, Colour: "#CA472F"},
		{Code: "T", Name: "Teamleider kantoor", Start: c(9, 0), End: c(16, 0), BreakMin: 30, Kind: KindOffGroup, Colour: "#A0B1BA"},
		{Code: "G", Name: "Gezinswerk", Start: c(9, 0), End: c(16, 0), BreakMin: 30, Kind: KindOffGroup, Colour: "#FFA056"},
		{Code: "H", Name: "Huishouden", Start: c(9, 0), End: c(13, 30), Kind: KindOffGroup, Colour: "#8DDDD0"},
		{Code: "M", Name: "Meeloopdienst stagiair", Start: c(14, 0), End: c(22, 0), BreakMin: 30, Kind: KindOffGroup, Colour: "#F2A7C3"},
	}
}

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
	s := conceptSettings()
	s.Budget, _ = BudgetPreset(children)
	return s
}

// DefaultCoverage returns the concept's coverage norm: 3 opvoeders present
// 07:00–23:00 on every day type. The night cover (COV-NIGHT) comes from the
// settings' night hours, not from a band.
func DefaultCoverage() []Band { return conceptCoverage() }

// DefaultShiftTypes returns the shift types a new team starts from: early,
// day and late shifts, sleep-in, live-in and awake nights, team meeting,
// office, family work, housekeeping and an intern's shift.
func DefaultShiftTypes() []ShiftType { return conceptShiftTypes() }

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
