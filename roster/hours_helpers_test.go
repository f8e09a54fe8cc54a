package roster

// Test member IDs of testHouse.
const (
	tAnna = 1 // opvoeder 36 h, nights
	tBart = 2 // opvoeder 27 h (0.75 fte)
	tHuub = 3 // huishoudelijk 21.6 h
	tSam  = 4 // stagiair 32 h
)

// tMon is a Monday: 2026-11-23 (ISO week 2026-W48, balance period W45–W48).
var tMon = NewDate(2026, 11, 23)

// testHouse returns a small valid house with four members, the usual shift
// types and an empty plan.
func testHouse() *House {
	return &House{
		Name:     "Test",
		Children: 6,
		Settings: Settings{
			SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36, LeavePct: 7.7, SickPct: 5,
			NightStart: NewClock(23, 0), NightEnd: NewClock(7, 0),
			NightMode: NightSleep, SleepRegime: RegimeRegular, PublishDays: 28,
			Budget: map[Role]float64{RoleOpvoeder: 8.9, RoleHuishoudelijk: 0.6},
			ORT: []ORTBand{
				{Days: []DayType{DayWeekday}, Start: NewClock(19, 0), End: NewClock(22, 0), Percent: 25},
				{Days: []DayType{DaySunday}, Start: 0, End: 1440, Percent: 45},
			},
		},
		Coverage: []Band{
			{Day: DayWeekday, Start: NewClock(7, 0), End: NewClock(23, 0), Min: 3},
			{Day: DaySaturday, Start: NewClock(7, 0), End: NewClock(23, 0), Min: 3},
			{Day: DaySunday, Start: NewClock(7, 0), End: NewClock(23, 0), Min: 3, Max: 5},
		},
		Members: []Member{
			{ID: tAnna, Name: "Anna", Initials: "AB", Colour: "#aa3366", Role: RoleOpvoeder,
				Contract: []Contract{{From: NewDate(2020, 1, 1), HoursPerWeek: 36}}, Nights: true},
			{ID: tBart, Name: "Bart", Role: RoleOpvoeder,
				Contract: []Contract{{From: NewDate(2020, 1, 1), HoursPerWeek: 27}}},
			{ID: tHuub, Name: "Huub", Role: RoleHuishoudelijk,
				Contract: []Contract{{From: NewDate(2020, 1, 1), HoursPerWeek: 21.6}}},
			{ID: tSam, Name: "Sam", Role: RoleStagiair,
				Contract: []Contract{{From: NewDate(2020, 1, 1), HoursPerWeek: 32}}},
		},
		ShiftTypes: []ShiftType{
			{Code: "V", Name: "Vroeg", Start: NewClock(7, 0), End: NewClock(15, 0), BreakMin: 30, Kind: KindGroup},
			{Code: "L", Name: "Laat", Start: NewClock(15, 0), End: NewClock(23, 0), BreakMin: 30, Kind: KindGroup},
			{Code: "D", Name: "Dag", Start: NewClock(9, 0), End: NewClock(18, 0), Kind: KindGroup},
			{Code: "S", Name: "Slaapdienst", Start: NewClock(23, 0), End: NewClock(7, 0), Kind: KindSleep},
			{Code: "W", Name: "Wakende nacht", Start: NewClock(23, 0), End: NewClock(7, 0), Kind: KindAwakeNight},
			{Code: "I", Name: "Inwonend", Start: NewClock(23, 0), End: NewClock(7, 0), Kind: KindLiveIn},
			{Code: "O", Name: "Overleg", Start: NewClock(9, 0), End: NewClock(12, 0), Kind: KindOffGroup},
		},
	}
}

// assign adds an assignment of member on d to shift code.
func assign(h *House, member int, d Date, code string) *Assignment {
	h.Plan.Assignments = append(h.Plan.Assignments, Assignment{Member: member, Date: d, Shift: code})
	return &h.Plan.Assignments[len(h.Plan.Assignments)-1]
}
