package roster

// This file holds the demo house "De Linde": the concept's team (DOMAIN.md
// §1), sensible shift types, the house settings and the ORT table. The four
// weeks of roster are planned in demo_plan.go.

// demoWeeks is how many weeks of roster the demo house holds.
const demoWeeks = 4

// Member IDs of the demo team, so the plan can name them.
const (
	demoMarieke   = iota + 1 // teamleider
	demoRuud                 // systeemtherapeut
	demoZoe                  // live-in opvoeder
	demoSebastien            // live-in opvoeder
	demoFatima
	demoDaan
	demoInge
	demoThijs
	demoNoor
	demoRik
	demoAnouk
	demoJoelle
	demoBram
	demoAns  // huishoudelijk
	demoMila // stagiair
)

// Demo returns the demo house "De Linde" (6 children) with four weeks of
// roster starting on the Monday of start's ISO week. The roster mostly holds
// — two opvoeders are there nearly always, every night but one is covered
// and everyone keeps 10% of the contract free — but it shows the problems a
// real team meets: coverage gaps, because the concept's norm of 3 opvoeders
// 07:00–23:00 does not fit its own 8.9 fte (DOMAIN.md §2), so most days are
// one opvoeder short for part of the day; a rest-time violation (Daan, week
// 2); an uncovered night after a sick report (Sunday of week 3); a sick
// report on a Saturday evening; leave, a training day and wishes. The result
// depends only on the week of start.
func Demo(start Date) *House {
	mon := start.Monday()
	h := &House{
		Name:       "De Linde",
		Children:   6,
		Settings:   DefaultSettings(6),
		Coverage:   DefaultCoverage(),
		Members:    demoMembers(mon - 2*364),
		ShiftTypes: DefaultShiftTypes(),
	}
	h.Plan = demoPlan(h, mon)
	return h
}

// demoSettings returns the concept's house settings.
func demoSettings() Settings {
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
// art. 8.1 (DOMAIN.md §6). Bands with 0% are left out.
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

// demoCoverage returns the concept's norm: 3 opvoeders present 07:00–23:00
// on every day type.
func demoCoverage() []Band {
	out := make([]Band, 0, len(DayTypes))
	for _, dt := range DayTypes {
		out = append(out, Band{Day: dt, Start: NewClock(7, 0), End: NewClock(23, 0), Min: 3})
	}
	return out
}

// demoShiftTypes returns the shift types of De Linde.
func demoShiftTypes() []ShiftType {
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

// demoMembers returns the team of De Linde, with contracts from contractFrom.
// The opvoeders add up to exactly 8.9 fte (320.4 h a week at 36 h per fte).
func demoMembers(contractFrom Date) []Member {
	type spec struct {
		name, initials, colour string
		role                   Role
		hours                  float64
		liveIn, nights, noS    bool
	}
	specs := []spec{
		demoMarieke - 1:   {"Marieke van Leeuwen", "ML", "#E57373", RoleTeamleider, 28.8, false, false, false},
		demoRuud - 1:      {"Ruud Hoekstra", "RH", "#FFB74D", RoleSysteemtherapeut, 25.2, false, false, false},
		demoZoe - 1:       {"Zoë Jansen", "ZJ", "#BA68C8", RoleOpvoeder, 36, true, true, false},
		demoSebastien - 1: {"Sébastien Visser", "SV", "#4FC3F7", RoleOpvoeder, 36, true, true, false},
		demoFatima - 1:    {"Fatima el Amrani", "FA", "#81C784", RoleOpvoeder, 32.4, false, true, false},
		demoDaan - 1:      {"Daan de Boer", "DB", "#7986CB", RoleOpvoeder, 28.8, false, true, false},
		demoInge - 1:      {"Inge Mulder", "IM", "#F06292", RoleOpvoeder, 28.8, false, true, true},
		demoThijs - 1:     {"Thijs Smit", "TS", "#4DB6AC", RoleOpvoeder, 28.8, false, true, false},
		demoNoor - 1:      {"Noor Hendriks", "NH", "#FFD54F", RoleOpvoeder, 28.8, false, true, false},
		demoRik - 1:       {"Rik van Dijk", "RD", "#A1887F", RoleOpvoeder, 25.2, false, true, false},
		demoAnouk - 1:     {"Anouk Meijer", "AM", "#AED581", RoleOpvoeder, 25.2, false, true, false},
		demoJoelle - 1:    {"Joëlle Bos", "JB", "#9575CD", RoleOpvoeder, 25.2, false, true, false},
		demoBram - 1:      {"Bram Kok", "BK", "#64B5F6", RoleOpvoeder, 25.2, false, false, false},
		demoAns - 1:       {"Ans Verbeek", "AV", "#90A4AE", RoleHuishoudelijk, 21.6, false, false, false},
		demoMila - 1:      {"Mila Peters", "MP", "#FF8A65", RoleStagiair, 24, false, false, false},
	}
	out := make([]Member, len(specs))
	for i, s := range specs {
		out[i] = Member{
			ID: i + 1, Name: s.name, Initials: s.initials, Colour: s.colour, Role: s.role,
			Contract: []Contract{{From: contractFrom, HoursPerWeek: s.hours}},
			LiveIn:   s.liveIn, Nights: s.nights, NoSleepShifts: s.noS,
		}
	}
	return out
}
