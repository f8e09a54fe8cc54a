package roster

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestValidateTestHouseIsValid(t *testing.T) {
	h := testHouse()
	assign(h, tAnna, tMon, "V")
	h.Plan.Absences = []Absence{{Member: tBart, From: tMon, To: tMon + 2, Kind: AbsLeave}}
	h.Plan.Wishes = []Wish{{Member: tAnna, Date: tMon, Shift: "L", Kind: WishRatherNot}}
	h.Plan.Periods = []Period{{From: tMon, To: tMon + 6, State: PeriodFixed}, {From: tMon + 7, To: tMon + 13, State: PeriodDraft}}
	if ps := Validate(h); ps != nil {
		t.Fatalf("Validate(testHouse) = %v", ps)
	}
}

// vcase is one validation case: a change to the valid test house and the
// one problem it must cause (field and a fragment of the Dutch message), or
// no problem when field is "".
type vcase struct {
	name  string
	edit  func(h *House)
	field string
	nl    string
}

func runValidateCases(t *testing.T, cases []vcase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			h := testHouse()
			tt.edit(h)
			ps := Validate(h)
			if tt.field == "" {
				if len(ps) != 0 {
					t.Fatalf("want no problems, got %v", ps)
				}
				return
			}
			if len(ps) != 1 {
				t.Fatalf("want 1 problem at %s, got %d: %v", tt.field, len(ps), ps)
			}
			p := ps[0]
			if p.Field != tt.field || !strings.Contains(p.NL, tt.nl) {
				t.Errorf("got %s, want %s: …%s…", p, tt.field, tt.nl)
			}
			if p.EN == "" || p.EN == p.NL {
				t.Errorf("problem %s has no English message", p)
			}
		})
	}
}

func TestValidateHouseAndSettings(t *testing.T) {
	nan := math.NaN()
	runValidateCases(t, []vcase{
		{"no name", func(h *House) { h.Name = "" }, "name", "naam van het huis ontbreekt"},
		{"blank name", func(h *House) { h.Name = "  " }, "name", "naam van het huis ontbreekt"},
		{"3 children", func(h *House) { h.Children = 3 }, "children", "aantal kinderen 3 ligt niet tussen 4 en 6"},
		{"7 children", func(h *House) { h.Children = 7 }, "children", "aantal kinderen 7"},
		{"4 children", func(h *House) { h.Children = 4 }, "", ""},
		{"slack -1", func(h *House) { h.Settings.SlackPct = -1 }, "settings.slackPct", "speling -1 ligt niet tussen 0 en 50"},
		{"slack 50,5", func(h *House) { h.Settings.SlackPct = 50.5 }, "settings.slackPct", "speling 50,5 ligt niet"},
		{"slack NaN", func(h *House) { h.Settings.SlackPct = nan }, "settings.slackPct", "speling NaN"},
		{"slack 0 and 50", func(h *House) { h.Settings.SlackPct = 50 }, "", ""},
		{"balance 14 weeks", func(h *House) { h.Settings.BalanceWeeks = 14 }, "settings.balanceWeeks", "balansperiode (weken) 14 ligt niet tussen 1 en 13"},
		{"balance -1 weeks", func(h *House) { h.Settings.BalanceWeeks = -1 }, "settings.balanceWeeks", "-1"},
		{"balance 13 weeks", func(h *House) { h.Settings.BalanceWeeks = 13 }, "", ""},
		{"balance 0 is the default", func(h *House) { h.Settings.BalanceWeeks = 0 }, "", ""},
		{"49 hours per fte", func(h *House) { h.Settings.HoursPerFTE = 49 }, "settings.hoursPerFte", "uren per fte 49 ligt niet tussen 1 en 48"},
		{"0,5 hours per fte", func(h *House) { h.Settings.HoursPerFTE = 0.5 }, "settings.hoursPerFte", "0,5"},
		{"48 hours per fte", func(h *House) { h.Settings.HoursPerFTE = 48 }, "", ""},
		{"leave 101%", func(h *House) { h.Settings.LeavePct = 101 }, "settings.leavePct", "verlofpercentage 101"},
		{"sickness -1%", func(h *House) { h.Settings.SickPct = -1 }, "settings.sickPct", "ziektepercentage -1"},
		{"publish 400 days", func(h *House) { h.Settings.PublishDays = 400 }, "settings.publishDays", "publicatietermijn (dagen) 400"},
		{"empty night", func(h *House) { h.Settings.NightEnd = h.Settings.NightStart }, "settings.nightEnd", "nacht 23:00–23:00: begin en einde moeten verschillen"},
		{"night clock out of range", func(h *House) { h.Settings.NightStart = 1440 }, "settings.nightStart", "ongeldige tijd"},
		{"unknown night mode", func(h *House) { h.Settings.NightMode = "soms" }, "settings.nightMode", `onbekende nachtvorm "soms"`},
		{"empty night mode", func(h *House) { h.Settings.NightMode = "" }, "", ""},
		{"unknown sleep regime", func(h *House) { h.Settings.SleepRegime = "x" }, "settings.sleepRegime", "onbekend slaapdienstregime"},
		{"budget for an unknown role", func(h *House) { h.Settings.Budget["kok"] = 1 }, `settings.budgetFte["kok"]`, `onbekende functie "kok"`},
		{"negative budget", func(h *House) { h.Settings.Budget[RoleOpvoeder] = -0.1 }, `settings.budgetFte["opvoeder"]`, "budget -0,1 fte moet 0 of meer zijn"},
		{"zero budget", func(h *House) { h.Settings.Budget[RoleStagiair] = 0 }, "", ""},
		{"ORT 101%", func(h *House) { h.Settings.ORT[0].Percent = 101 }, "settings.ort[0].percent", "ORT-percentage 101"},
		{"ORT band over midnight", func(h *House) { h.Settings.ORT[0].Start, h.Settings.ORT[0].End = NewClock(22, 0), NewClock(6, 0) },
			"settings.ort[0].end", "ORT-band 22:00–06:00: einde voor begin"},
		{"ORT band without days", func(h *House) { h.Settings.ORT[1].Days = nil }, "settings.ort[1].days", "ORT-band zonder dagen"},
		{"ORT band with an unknown day", func(h *House) { h.Settings.ORT[1].Days = []DayType{"feest"} }, "settings.ort[1].days[0]", `onbekend dagtype "feest"`},
		{"ORT band to 24:00", func(h *House) { h.Settings.ORT[0].End = 1440 }, "", ""},
	})
}

func TestValidateCoverage(t *testing.T) {
	band := func(d DayType, s, e Clock, min int) Band { return Band{Day: d, Start: s, End: e, Min: min} }
	h7, h15, h22, h23 := NewClock(7, 0), NewClock(15, 0), NewClock(22, 0), NewClock(23, 0)
	runValidateCases(t, []vcase{
		{"unknown day type", func(h *House) { h.Coverage[0].Day = "feest" }, "coverage[0].day", `onbekend dagtype "feest"`},
		{"negative minimum", func(h *House) { h.Coverage[0].Min = -1 }, "coverage[0].min", "minimum -1 is negatief"},
		{"maximum below minimum", func(h *House) { h.Coverage[2].Max = 2 }, "coverage[2].max", "maximum 2 is kleiner dan minimum 3"},
		{"maximum equal to minimum", func(h *House) { h.Coverage[2].Max = 3 }, "", ""},
		{"negative maximum", func(h *House) { h.Coverage[0].Max = -1 }, "coverage[0].max", "maximum -1"},
		{"bad clock", func(h *House) { h.Coverage[0].End = 1441 }, "coverage[0].end", "ongeldige tijd (1441 minuten)"},
		{"overlapping bands", func(h *House) { h.Coverage = append(h.Coverage, band(DayWeekday, h22, 1440, 1)) },
			"coverage[3]", "banden overlappen: ma-vr 07:00–23:00 en 22:00–24:00"},
		{"a night band runs into the next morning's band", func(h *House) {
			h.Coverage = append(h.Coverage, band(DayWeekday, h23, NewClock(7, 30), 1))
		}, "coverage[3]", "banden overlappen: ma-vr 07:00–23:00 en 23:00–07:30"},
		{"Sunday night runs into a holiday Monday", func(h *House) {
			h.Coverage = append(h.Coverage, band(DaySunday, h23, NewClock(7, 30), 1))
		}, "coverage[3]", "banden overlappen: zo 07:00–23:00 en 23:00–07:30"},
		{"Saturday night runs into Sunday, another day type", func(h *House) {
			h.Coverage = append(h.Coverage, band(DaySaturday, h23, NewClock(7, 30), 1))
		}, "", ""},
		{"back to back bands", func(h *House) {
			h.Coverage = []Band{band(DayWeekday, h7, h15, 3), band(DayWeekday, h15, h23, 2), band(DayWeekday, h23, h7, 1)}
		}, "", ""},
		{"same hours on other day types", func(h *House) {
			h.Coverage = []Band{band(DayWeekday, h7, h23, 3), band(DaySaturday, h7, h23, 3)}
		}, "", ""},
	})
}

func TestValidateMembers(t *testing.T) {
	d := func(n int) *Date { x := tMon + Date(n); return &x }
	runValidateCases(t, []vcase{
		{"id 0", func(h *House) { h.Members[0].ID = 0 }, "members[0].id", "id 0 moet groter dan 0 zijn"},
		{"duplicate id", func(h *House) { h.Members[2].ID = tAnna }, "members[2].id", "id 1 komt dubbel voor (ook members[0])"},
		{"no name", func(h *House) { h.Members[1].Name = " " }, "members[1].name", "naam ontbreekt"},
		{"unknown role", func(h *House) { h.Members[1].Role = "kok" }, "members[1].role", `onbekende functie "kok"`},
		{"long initials", func(h *House) { h.Members[0].Initials = "ABCDE" }, "members[0].initials", "hoogstens 4 tekens"},
		{"colour without #", func(h *House) { h.Members[0].Colour = "aa3366" }, "members[0].colour", `kleur "aa3366" is geen #rrggbb`},
		{"colour not hex", func(h *House) { h.Members[0].Colour = "#gg3366" }, "members[0].colour", "geen #rrggbb"},
		{"colour too short", func(h *House) { h.Members[0].Colour = "#abc" }, "members[0].colour", "geen #rrggbb"},
		{"upper-case colour", func(h *House) { h.Members[0].Colour = "#AA33FF" }, "", ""},
		{"photo too large", func(h *House) { h.Members[0].Photo = make([]byte, 2<<20) }, "members[0].photo", "foto te groot (2048 kB"},
		{"contracts out of order", func(h *House) {
			h.Members[0].Contract = []Contract{{From: tMon, HoursPerWeek: 36}, {From: tMon - 1, HoursPerWeek: 32}}
		}, "members[0].contract[1].from", "contract vanaf 2026-11-22 staat na dat van 2026-11-23: sorteer op datum"},
		{"contract date twice", func(h *House) {
			h.Members[0].Contract = []Contract{{From: tMon, HoursPerWeek: 36}, {From: tMon, HoursPerWeek: 32}}
		}, "members[0].contract[1].from", "contract vanaf 2026-11-23 staat er dubbel in"},
		{"fte above 1,2", func(h *House) { h.Members[0].Contract[0].HoursPerWeek = 44 }, "members[0].contract[0].hoursPerWeek", "44 u per week is 1,22 fte: fte buiten 0–1,2"},
		{"fte exactly 1,2", func(h *House) { h.Members[0].Contract[0].HoursPerWeek = 43.2 }, "", ""},
		{"negative hours", func(h *House) { h.Members[0].Contract[0].HoursPerWeek = -1 }, "members[0].contract[0].hoursPerWeek", "fte buiten 0–1,2"},
		{"fte uses hours per fte", func(h *House) { h.Settings.HoursPerFTE = 29 }, "members[0].contract[0].hoursPerWeek", "36 u per week is 1,24 fte"},
		{"no contract", func(h *House) { h.Members[3].Contract = nil }, "", ""},
		{"active to before from", func(h *House) { h.Members[0].ActiveFrom, h.Members[0].ActiveTo = d(1), d(0) },
			"members[0].activeTo", "einde voor begin: actief tot 2026-11-23 ligt voor 2026-11-24"},
		{"contract in year 1", func(h *House) { h.Members[0].Contract[0].From = NewDate(1, 1, 1) }, "members[0].contract[0].from", "datum 0001-01-01 ligt buiten"},
		{"active one day", func(h *House) { h.Members[0].ActiveFrom, h.Members[0].ActiveTo = d(0), d(0) }, "", ""},
	})
}

func TestValidateShiftTypes(t *testing.T) {
	runValidateCases(t, []vcase{
		{"no code", func(h *House) { h.ShiftTypes[6].Code = "" }, "shiftTypes[6].code", "code ontbreekt"},
		{"code of 4", func(h *House) { h.ShiftTypes[6].Code = "OVER" }, "shiftTypes[6].code", `code "OVER": hoogstens 3 tekens`},
		{"code of 3 runes", func(h *House) { h.ShiftTypes[6].Code = "Ové" }, "", ""},
		{"code with a space", func(h *House) { h.ShiftTypes[6].Code = " O" }, "shiftTypes[6].code", "spatie"},
		{"duplicate code", func(h *House) { h.ShiftTypes[6].Code = "V" }, "shiftTypes[6].code", `code "V" komt dubbel voor (ook shiftTypes[0])`},
		{"unknown kind", func(h *House) { h.ShiftTypes[0].Kind = "x" }, "shiftTypes[0].kind", `onbekende soort dienst "x"`},
		{"negative break", func(h *House) { h.ShiftTypes[0].BreakMin = -1 }, "shiftTypes[0].breakMin", "pauze -1 min"},
		{"break as long as the shift", func(h *House) { h.ShiftTypes[0].BreakMin = 480 }, "shiftTypes[0].breakMin", "korter dan de dienst (480 min)"},
		{"break a minute shorter", func(h *House) { h.ShiftTypes[0].BreakMin = 479 }, "", ""},
		{"bad colour", func(h *House) { h.ShiftTypes[0].Colour = "blue" }, "shiftTypes[0].colour", "geen #rrggbb"},
		{"bad clock", func(h *House) { h.ShiftTypes[0].Start = -5 }, "shiftTypes[0].start", "ongeldige tijd"},
		{"sleep shift of 9 h", func(h *House) { h.ShiftTypes[3].Start = NewClock(22, 0) }, "shiftTypes[3].end",
			"slaapdienst 22:00–07:00 duurt 9 u: moet 6–8 u aaneengesloten zijn (cao art. 6.4.3)"},
		{"sleep shift of 5,5 h", func(h *House) { h.ShiftTypes[3].Start = NewClock(1, 30) }, "shiftTypes[3].end", "duurt 5,5 u"},
		{"sleep shift of 6 h", func(h *House) { h.ShiftTypes[3].Start = NewClock(1, 0) }, "", ""},
		{"awake night of 9 h is no sleep shift", func(h *House) { h.ShiftTypes[4].Start = NewClock(22, 0) }, "", ""},
	})
}

func TestValidatePlan(t *testing.T) {
	c := func(x Clock) *Clock { return &x }
	runValidateCases(t, []vcase{
		{"assignment of an unknown member", func(h *House) { assign(h, 99, tMon, "V") }, "plan.assignments[0].member", "onbekend teamlid 99"},
		{"unknown shift", func(h *House) { assign(h, tAnna, tMon, "X") }, "plan.assignments[0].shift", `onbekende dienst "X"`},
		{"custom start only", func(h *House) { assign(h, tAnna, tMon, "V").Start = c(NewClock(8, 0)) }, "plan.assignments[0]", "eigen tijden: geef begin én einde"},
		{"custom times", func(h *House) {
			a := assign(h, tAnna, tMon, "V")
			a.Start, a.End = c(NewClock(8, 0)), c(NewClock(12, 0))
		}, "", ""},
		{"custom end out of range", func(h *House) {
			a := assign(h, tAnna, tMon, "V")
			a.Start, a.End = c(NewClock(8, 0)), c(2000)
		}, "plan.assignments[0].end", "ongeldige tijd"},
		{"unknown state", func(h *House) { assign(h, tAnna, tMon, "V").State = "weg" }, "plan.assignments[0].state", `onbekende status "weg"`},
		{"sick state", func(h *House) { assign(h, tAnna, tMon, "V").State = StateSick }, "", ""},
		{"year 1899", func(h *House) { assign(h, tAnna, NewDate(1899, 12, 31), "V") }, "plan.assignments[0].date", "datum 1899-12-31 ligt buiten 1900–2199"},
		{"year 2200", func(h *House) {
			h.Plan.Absences = []Absence{{Member: tAnna, From: tMon, To: NewDate(2200, 1, 1), Kind: AbsLeave}}
		}, "plan.absences[0].to", "datum 2200-01-01 ligt buiten"},
		{"year 2199", func(h *House) { h.Plan.Wishes = []Wish{{Member: tAnna, Date: NewDate(2199, 12, 31), Kind: WishPrefer}} }, "", ""},
		{"absence of an unknown member", func(h *House) {
			h.Plan.Absences = []Absence{{Member: 7, From: tMon, To: tMon, Kind: AbsSick}}
		}, "plan.absences[0].member", "onbekend teamlid 7"},
		{"absence ends before it starts", func(h *House) {
			h.Plan.Absences = []Absence{{Member: tAnna, From: tMon, To: tMon - 1, Kind: AbsLeave}}
		}, "plan.absences[0].to", "einde voor begin: 2026-11-22 ligt voor 2026-11-23"},
		{"unknown absence kind", func(h *House) {
			h.Plan.Absences = []Absence{{Member: tAnna, From: tMon, To: tMon, Kind: "vakantie"}}
		}, "plan.absences[0].kind", `onbekende soort afwezigheid "vakantie"`},
		{"negative absence hours", func(h *House) {
			h.Plan.Absences = []Absence{{Member: tAnna, From: tMon, To: tMon, Kind: AbsLeave, HoursPerDay: -1}}
		}, "plan.absences[0].hoursPerDay", "-1 u per dag ligt niet tussen 0 en 24"},
		{"wish of an unknown member", func(h *House) { h.Plan.Wishes = []Wish{{Member: 9, Date: tMon, Kind: WishCannot}} },
			"plan.wishes[0].member", "onbekend teamlid 9"},
		{"wish for an unknown shift", func(h *House) { h.Plan.Wishes = []Wish{{Member: tAnna, Date: tMon, Shift: "Q", Kind: WishCannot}} },
			"plan.wishes[0].shift", `onbekende dienst "Q"`},
		{"unknown wish kind", func(h *House) { h.Plan.Wishes = []Wish{{Member: tAnna, Date: tMon, Kind: "misschien"}} },
			"plan.wishes[0].kind", `onbekende soort wens "misschien"`},
		{"period ends before it starts", func(h *House) { h.Plan.Periods = []Period{{From: tMon, To: tMon - 1, State: PeriodFixed}} },
			"plan.periods[0].to", "einde voor begin"},
		{"unknown period state", func(h *House) { h.Plan.Periods = []Period{{From: tMon, To: tMon, State: "klaar"}} },
			"plan.periods[0].state", `onbekende periodestatus "klaar"`},
		{"overlapping periods", func(h *House) {
			h.Plan.Periods = []Period{{From: tMon + 7, To: tMon + 13, State: PeriodDraft}, {From: tMon, To: tMon + 7, State: PeriodFixed}}
		}, "plan.periods[0]", "periode 2026-11-30 – 2026-12-06 overlapt met periode 2026-11-23 – 2026-11-30"},
		{"a period inside a long one", func(h *House) {
			h.Plan.Periods = []Period{{From: tMon, To: tMon + 27, State: PeriodDraft}, {From: tMon + 7, To: tMon + 13, State: PeriodFixed}}
		}, "plan.periods[1]", "overlapt"},
		{"adjacent periods", func(h *House) {
			h.Plan.Periods = []Period{{From: tMon + 7, To: tMon + 13, State: PeriodDraft}, {From: tMon, To: tMon + 6, State: PeriodFixed}}
		}, "", ""},
	})
}

func TestValidateReportsEveryProblem(t *testing.T) {
	h := testHouse()
	h.Name = ""
	h.Children = 9
	h.Members[0].ID = -1
	assign(h, 42, tMon, "ZZ")
	ps := Validate(h)
	want := []string{"name", "children", "members[0].id", "plan.assignments[0].member", "plan.assignments[0].shift"}
	if len(ps) != len(want) {
		t.Fatalf("got %d problems %v, want fields %v", len(ps), ps, want)
	}
	for i, f := range want {
		if ps[i].Field != f {
			t.Errorf("problem %d at %s, want %s", i, ps[i].Field, f)
		}
	}
	err := error(ValidationError(ps))
	msg := err.Error()
	if !strings.HasPrefix(msg, "huis ongeldig, 5 problemen / invalid house, 5 problems\n  name: naam van het huis ontbreekt / house name is missing\n") {
		t.Errorf("Error() = %q", msg)
	}
	var ve ValidationError
	if !errors.As(err, &ve) || len(ve) != 5 {
		t.Errorf("errors.As: %v", ve)
	}
	if ps := Validate(nil); len(ps) != 1 || ps[0].Field != "house" {
		t.Errorf("Validate(nil) = %v", ps)
	}
}

func TestValidateBaseRoster(t *testing.T) {
	base := func(weeks int, cells ...BaseCell) func(h *House) {
		return func(h *House) { h.Settings.BaseRoster = &BaseRoster{Start: tMon, Weeks: weeks, Cells: cells} }
	}
	runValidateCases(t, []vcase{
		{"valid", base(2, BaseCell{Member: tAnna, Week: 1, Day: 6, Shift: "V"}), "", ""},
		{"not a Monday", func(h *House) { h.Settings.BaseRoster = &BaseRoster{Start: tMon + 1, Weeks: 1} },
			"settings.baseRoster.start", "begin 2026-11-24 is geen maandag"},
		{"0 weeks", base(0), "settings.baseRoster.weeks", "basisrooster van 0 weken: kies 1 tot 12"},
		{"week outside", base(2, BaseCell{Member: tAnna, Week: 2, Day: 0, Shift: "V"}), "settings.baseRoster.cells[0].week", "week 2 ligt buiten het basisrooster (0–1)"},
		{"day 7", base(1, BaseCell{Member: tAnna, Day: 7, Shift: "V"}), "settings.baseRoster.cells[0].day", "dag 7"},
		{"unknown member", base(1, BaseCell{Member: 50, Shift: "V"}), "settings.baseRoster.cells[0].member", "onbekend teamlid 50"},
		{"unknown shift", base(1, BaseCell{Member: tAnna, Shift: "Z"}), "settings.baseRoster.cells[0].shift", `onbekende dienst "Z"`},
		{"custom end only", func(h *House) {
			e := NewClock(12, 0)
			base(1, BaseCell{Member: tAnna, Shift: "V", End: &e})(h)
		}, "settings.baseRoster.cells[0]", "eigen tijden: geef begin én einde"},
	})
}
