package roster

// Role is a member's function in the house (cao Jeugdzorg 2020 functions).
type Role string

// The roles of the concept's team.
const (
	RoleTeamleider       Role = "teamleider"       // teamleider / gedragswetenschapper (GW-B)
	RoleSysteemtherapeut Role = "systeemtherapeut" // systeemtherapeutisch werker (jeugdzorgwerker B)
	RoleOpvoeder         Role = "opvoeder"         // professioneel opvoeder (jeugdzorgwerker C)
	RoleHuishoudelijk    Role = "huishoudelijk"    // huishoudelijk ondersteuner (facilitair medewerker B)
	RoleStagiair         Role = "stagiair"         // intern
)

// Roles lists every role in display order (opvoeders first).
var Roles = []Role{RoleOpvoeder, RoleTeamleider, RoleSysteemtherapeut, RoleHuishoudelijk, RoleStagiair}

// CanCount reports whether a member of role r may ever count as an opvoeder
// present. Huishoudelijk ondersteuners and interns never count.
func (r Role) CanCount() bool {
	return r == RoleOpvoeder || r == RoleTeamleider || r == RoleSysteemtherapeut
}

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	for _, x := range Roles {
		if r == x {
			return true
		}
	}
	return false
}

// ShiftKind says what a shift is for.
type ShiftKind string

// The kinds of shift.
const (
	KindGroup      ShiftKind = "group"       // op de groep: counts for presence
	KindSleep      ShiftKind = "slaapdienst" // sleep-in night cover
	KindAwakeNight ShiftKind = "wakend"      // wakende nacht: awake night cover
	KindLiveIn     ShiftKind = "inwonend"    // live-in member's night duty
	KindOffGroup   ShiftKind = "offgroup"    // meeting, training, parent work, admin
)

// ShiftKinds lists every kind in display order.
var ShiftKinds = []ShiftKind{KindGroup, KindSleep, KindAwakeNight, KindLiveIn, KindOffGroup}

// Valid reports whether k is a known kind.
func (k ShiftKind) Valid() bool {
	for _, x := range ShiftKinds {
		if k == x {
			return true
		}
	}
	return false
}

// NightCover reports whether k covers the night (COV-NIGHT).
func (k ShiftKind) NightCover() bool {
	return k == KindSleep || k == KindAwakeNight || k == KindLiveIn
}

// Present reports whether a shift of kind k counts for presence in the
// coverage profile (COV-DAY). Sleep shifts and live-in night duty are night
// cover only; an awake night is presence like a group shift.
func (k ShiftKind) Present() bool { return k == KindGroup || k == KindAwakeNight }

// Sleeping reports whether the hours of k are sleep hours: half in the contract
// ledger, in full for the Working Hours Act, no ORT.
func (k ShiftKind) Sleeping() bool { return k == KindSleep || k == KindLiveIn }

// ShiftType is a named shift the team uses, such as "V" (vroeg) 07:00–15:00.
type ShiftType struct {
	Code     string    `json:"code"` // short code, unique, e.g. "V"
	Name     string    `json:"name"` // e.g. "Vroege dienst"
	Start    Clock     `json:"start"`
	End      Clock     `json:"end"` // at or before Start: ends the next day
	BreakMin int       `json:"breakMin,omitempty"`
	Kind     ShiftKind `json:"kind"`
	Colour   string    `json:"colour,omitempty"` // "#rrggbb"
}

// Contract is a member's contract hours per week from a date on.
type Contract struct {
	From         Date    `json:"from"`
	HoursPerWeek float64 `json:"hoursPerWeek"`
}

// Member is one person of the fixed team.
type Member struct {
	ID       int        `json:"id"` // stable, > 0
	Name     string     `json:"name"`
	Initials string     `json:"initials,omitempty"`
	Colour   string     `json:"colour,omitempty"` // "#rrggbb"
	Photo    []byte     `json:"photo,omitempty"`  // PNG or JPEG, small
	Role     Role       `json:"role"`
	Contract []Contract `json:"contract"` // sorted by From; the first one starts the membership's contract
	LiveIn   bool       `json:"liveIn,omitempty"`
	// Nights: may do night shifts (wakende nacht, live-in night).
	Nights bool `json:"nights,omitempty"`
	// NoSleepShifts: the member has not consented to sleep-in shifts
	// (near pension age, pregnant, breastfeeding).
	NoSleepShifts bool `json:"noSleepShifts,omitempty"`
	// Pregnant: up to 6 months after birth: at most 10 h a shift, no nights.
	Pregnant bool `json:"pregnant,omitempty"`
	// Counts overrides whether the member counts as an opvoeder present
	// when working a group shift; nil means the role decides.
	Counts     *bool   `json:"counts,omitempty"`
	ActiveFrom *Date   `json:"activeFrom,omitempty"`
	ActiveTo   *Date   `json:"activeTo,omitempty"`
	Salary     *Salary `json:"salary,omitempty"` // pay data for the realisation (pay.go); nil: the house default
}

// HoursOn returns the contract hours per week that apply on d (0 before the
// first contract).
func (m *Member) HoursOn(d Date) float64 {
	h := 0.0
	for _, c := range m.Contract {
		if c.From <= d {
			h = c.HoursPerWeek
		}
	}
	return h
}

// Active reports whether m is a team member on d.
func (m *Member) Active(d Date) bool {
	if m.ActiveFrom != nil && d < *m.ActiveFrom {
		return false
	}
	if m.ActiveTo != nil && d > *m.ActiveTo {
		return false
	}
	return true
}

// CountsAsOpvoeder reports whether m counts as an opvoeder present when on a
// shift that counts. Roles that can never count stay excluded whatever the
// override says; the engine reports such an override (ROLE).
func (m *Member) CountsAsOpvoeder() bool {
	if !m.Role.CanCount() {
		return false
	}
	if m.Counts != nil {
		return *m.Counts
	}
	return true
}

// AssignState is the state of an assignment.
type AssignState string

// Assignment states.
const (
	StatePlanned AssignState = ""     // planned and (to be) worked
	StateSick    AssignState = "sick" // the member reported sick: vacated, counts as sick hours
)

// Assignment puts a member on a shift on a date. Custom times, when set,
// replace the shift type's times.
type Assignment struct {
	Member int         `json:"member"`
	Date   Date        `json:"date"`
	Shift  string      `json:"shift"` // shift type code
	Start  *Clock      `json:"start,omitempty"`
	End    *Clock      `json:"end,omitempty"`
	State  AssignState `json:"state,omitempty"`
	Note   string      `json:"note,omitempty"`
	// CoverFor is the member whose vacated shift this assignment covers (a cover-in); 0 when it is no cover-in.
	CoverFor int `json:"coverFor,omitempty"`
}

// AbsenceKind says why a member is away.
type AbsenceKind string

// Absence kinds.
const (
	AbsLeave    AbsenceKind = "verlof"
	AbsSick     AbsenceKind = "ziek"
	AbsSpecial  AbsenceKind = "bijzonder" // special leave
	AbsTraining AbsenceKind = "opleiding"
)

// AbsenceKinds lists every absence kind.
var AbsenceKinds = []AbsenceKind{AbsLeave, AbsSick, AbsSpecial, AbsTraining}

// Absence is a member away over an inclusive range of dates. A sick absence
// records only that and when, never why.
type Absence struct {
	Member int         `json:"member"`
	From   Date        `json:"from"`
	To     Date        `json:"to"`
	Kind   AbsenceKind `json:"kind"`
	// HoursPerDay is what a day of the absence counts as (for the Working
	// Hours Act and realisation); 0 means contract hours / 5.
	HoursPerDay float64 `json:"hoursPerDay,omitempty"`
}

// WishKind is how strongly a member wants or does not want something.
type WishKind string

// Wish kinds.
const (
	WishCannot    WishKind = "kan niet"
	WishRatherNot WishKind = "liever niet"
	WishPrefer    WishKind = "graag"
)

// Wish is a member's wish for a date: a shift, or the whole day when Shift is "".
type Wish struct {
	Member int      `json:"member"`
	Date   Date     `json:"date"`
	Shift  string   `json:"shift,omitempty"`
	Kind   WishKind `json:"kind"`
	Note   string   `json:"note,omitempty"`
	// Until, when set, makes the wish repeat every week on Date's weekday
	// up to and including Until (a repeating wish, see wishes.go and roster/team/wishes.go).
	Until Date `json:"until,omitzero"`
}

// PeriodState is the state of a planning period.
type PeriodState string

// Period states.
const (
	PeriodDraft   PeriodState = "concept"  // draft
	PeriodWishes  PeriodState = "wensen"   // wishes open
	PeriodFilling PeriodState = "invullen" // filling
	PeriodFixed   PeriodState = "vast"     // fixed: published and locked
)

// Period is a range of dates with a state. Dates outside every period are drafts.
type Period struct {
	From  Date        `json:"from"`
	To    Date        `json:"to"`
	State PeriodState `json:"state"`
	// Deadline is the last day for wishes in a wish round (0: none; periods.go).
	Deadline Date `json:"deadline,omitzero"`
}

// Plan is what the team planned: assignments, absences, wishes and periods.
type Plan struct {
	Assignments []Assignment `json:"assignments"`
	Absences    []Absence    `json:"absences,omitempty"`
	Wishes      []Wish       `json:"wishes,omitempty"`
	Periods     []Period     `json:"periods,omitempty"`
}

// StateOn returns the period state of d (PeriodDraft outside every period).
func (p *Plan) StateOn(d Date) PeriodState {
	for _, pr := range p.Periods {
		if d >= pr.From && d <= pr.To {
			return pr.State
		}
	}
	return PeriodDraft
}

// DayType selects the days a coverage band applies to.
type DayType string

// Day types of the coverage profile. Public holidays use DaySunday.
const (
	DayWeekday  DayType = "ma-vr"
	DaySaturday DayType = "za"
	DaySunday   DayType = "zo"
)

// DayTypes lists the day types in order.
var DayTypes = []DayType{DayWeekday, DaySaturday, DaySunday}

// Band is one time band of the coverage profile: between Start and End on the
// days of Day, at least Min opvoeders must be present; more than Max is
// reported as information. Max 0 means Min+1.
type Band struct {
	Day   DayType `json:"day"`
	Start Clock   `json:"start"`
	End   Clock   `json:"end"` // at or before Start: runs into the next day
	Min   int     `json:"min"`
	Max   int     `json:"max,omitempty"`
}

// MaxOrDefault returns Max, or Min+1 when Max is 0.
func (b Band) MaxOrDefault() int {
	if b.Max == 0 {
		return b.Min + 1
	}
	return b.Max
}

// NightMode says how nights are covered.
type NightMode string

// Night modes.
const (
	NightLiveIn NightMode = "inwonend"    // live-in members hold night duty
	NightSleep  NightMode = "slaapdienst" // sleep shifts rotate over the team
	NightAwake  NightMode = "wakend"      // awake nights
	NightMixed  NightMode = "gemengd"
)

// SleepRegime says whether sleep shifts fall under the regime for regular
// aanwezigheidsdiensten (Arbeidstijdenbesluit 4.8:1) or count as night shifts.
type SleepRegime string

// Sleep-shift regimes.
const (
	RegimeRegular   SleepRegime = "regulier"    // ≤52 per 26 weeks, 11 h rest before and after
	RegimeIrregular SleepRegime = "incidenteel" // a 23:00–07:00 sleep shift is a night shift
)

// ORTBand is one band of the irregular hours allowance table: on the given
// days between Start and End the percentage applies.
type ORTBand struct {
	Days    []DayType `json:"days"` // DaySunday also means public holidays
	Start   Clock     `json:"start"`
	End     Clock     `json:"end"` // 24:00 is 1440
	Percent float64   `json:"percent"`
}

// Settings are the house's rule parameters.
type Settings struct {
	SlackPct      float64          `json:"slackPct"`     // deliberate slack, e.g. 10
	BalanceWeeks  int              `json:"balanceWeeks"` // balance period, e.g. 4
	HoursPerFTE   float64          `json:"hoursPerFte"`  // 36
	LeavePct      float64          `json:"leavePct"`     // share of contract hours lost to leave, e.g. 7.7
	SickPct       float64          `json:"sickPct"`      // budgeted sickness, 5
	NightStart    Clock            `json:"nightStart"`   // 23:00
	NightEnd      Clock            `json:"nightEnd"`     // 07:00
	NightMode     NightMode        `json:"nightMode"`    //
	SleepRegime   SleepRegime      `json:"sleepRegime"`  //
	PublishDays   int              `json:"publishDays"`  // 28
	Budget        map[Role]float64 `json:"budgetFte"`    // fte per role
	ORT           []ORTBand        `json:"ort"`          //
	ExtraHolidays []Date           `json:"extraHolidays,omitempty"`
	BaseRoster    *BaseRoster      `json:"baseRoster,omitempty"` // the team's repeating pattern, if defined
	Pay           *Pay             `json:"pay,omitempty"`        // wages, ORT cap, budget lines (pay.go)
	PIN           *PINHash         `json:"pin,omitempty"`        // an older version's PIN hash: SealLegacyPay moves it into Vault
	Vault         *PayVault        `json:"vault,omitempty"`      // the sealed pay data and the PIN (vault.go)
	// Region is the house's school holiday region (yearplan.go); "": none.
	Region SchoolRegion `json:"region,omitempty"`
	// LeaveHoursPerFTE is the leave entitlement per fte per year; 0: 144 (cao).
	LeaveHoursPerFTE float64 `json:"leaveHoursPerFte,omitempty"`
}

// House is one kleinschalige woonvoorziening: settings, team, shift types and plan.
type House struct {
	Name       string      `json:"name"`
	Children   int         `json:"children"` // 4–6
	Settings   Settings    `json:"settings"`
	Coverage   []Band      `json:"coverage"`
	Members    []Member    `json:"members"`
	ShiftTypes []ShiftType `json:"shiftTypes"`
	Plan       Plan        `json:"plan"`
	Year       YearPlan    `json:"year,omitzero"` // leave requests, summer rounds, balances (yearplan.go)
}

// Member returns the member with id, or nil.
func (h *House) Member(id int) *Member {
	for i := range h.Members {
		if h.Members[i].ID == id {
			return &h.Members[i]
		}
	}
	return nil
}

// ShiftType returns the shift type with code, or nil.
func (h *House) ShiftType(code string) *ShiftType {
	for i := range h.ShiftTypes {
		if h.ShiftTypes[i].Code == code {
			return &h.ShiftTypes[i]
		}
	}
	return nil
}
