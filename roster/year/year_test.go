package year

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

func d(y int, m time.Month, day int) roster.Date { return roster.NewDate(y, m, day) }

// handHouse is a house whose week line is computed by hand: weekdays and
// Saturday 2 present 07:00–23:00, Sunday (and holidays) 3, awake nights
// 23:00–07:00; opvoeders of 36 h and a teamleider who never goes on the
// group (Counts false: not counted, not even at the limit); slack 10%.
//
//	day presence: 2×16×5 + 2×16 + 3×16 = 240 h; nights 7×8 = 56 h (awake: full)
//	need 296 h; 8 opvoeders: contract 288, within slack 259.2, limit 320
func handHouse(opvoeders int) *roster.House {
	h := &roster.House{Name: "Hand", Children: 6}
	h.Settings = roster.Settings{SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36,
		NightStart: roster.NewClock(23, 0), NightEnd: roster.NewClock(7, 0), NightMode: roster.NightAwake, Region: roster.RegionMidden}
	c := roster.NewClock
	h.Coverage = []roster.Band{
		{Day: roster.DayWeekday, Start: c(7, 0), End: c(23, 0), Min: 2},
		{Day: roster.DaySaturday, Start: c(7, 0), End: c(23, 0), Min: 2},
		{Day: roster.DaySunday, Start: c(7, 0), End: c(23, 0), Min: 3},
	}
	for i := 1; i <= opvoeders; i++ {
		h.Members = append(h.Members, roster.Member{ID: i, Name: string(rune('A' - 1 + i)), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: d(2025, 1, 1), HoursPerWeek: 36}}})
	}
	no := false
	h.Members = append(h.Members, roster.Member{ID: 99, Name: "Teamleider", Role: roster.RoleTeamleider, Counts: &no,
		Contract: []roster.Contract{{From: d(2025, 1, 1), HoursPerWeek: 36}}})
	return h
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func TestLineHandComputed(t *testing.T) {
	leaveKoningsweek := roster.Absence{Member: 1, From: d(2027, 4, 26), To: d(2027, 4, 30), Kind: roster.AbsLeave}
	tests := []struct {
		name              string
		opvoeders         int
		week              roster.Date
		absences          []roster.Absence
		need, normal, lim float64
		status            LineStatus
		short             float64
		holiday           bool
	}{
		{"ordinary week, 8 opvoeders: only at the limit", 8, d(2027, 3, 8), nil, 296, 259.2, 320, Tight, 0, false},
		{"ordinary week, 10 opvoeders: fits within slack", 10, d(2027, 3, 8), nil, 296, 324, 400, Fits, 0, false},
		// Koningsdag (Tuesday 27 April 2027) asks the Sunday bands: +16 h.
		{"Koningsdag week", 8, d(2027, 4, 26), nil, 312, 259.2, 320, Tight, 0, true},
		// One member a week on leave: 7 × 36 = 252 h; limit 280; 312 − 280 = 32 short.
		{"Koningsdag week with a week of leave", 8, d(2027, 4, 26), []roster.Absence{leaveKoningsweek}, 312, 226.8, 280, Short, 32, true},
		// Two days' leave: 36 − 14.4 = 21.6 left; limit 7×40 + 21.6×10/9 = 304.
		{"two days of leave", 8, d(2027, 3, 8), []roster.Absence{{Member: 2, From: d(2027, 3, 8), To: d(2027, 3, 9), Kind: roster.AbsLeave}}, 296, (7*36 + 21.6) * 0.9, 304, Tight, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := handHouse(tc.opvoeders)
			h.Plan.Absences = tc.absences
			cal := NewCalendar(h, roster.Window{From: tc.week, To: tc.week + 6})
			l := Line(h, tc.week, cal)
			if !near(l.Need, tc.need) || !near(l.Normal, tc.normal) || !near(l.Limit, tc.lim) || l.Status != tc.status || !near(l.ShortHours, tc.short) {
				t.Errorf("line = need %v normal %v limit %v %q short %v; want %v %v %v %q %v",
					l.Need, l.Normal, l.Limit, l.Status, l.ShortHours, tc.need, tc.normal, tc.lim, tc.status, tc.short)
			}
			if (len(l.Holidays) > 0) != tc.holiday {
				t.Errorf("holidays = %v", l.Holidays)
			}
			if l.Counted != tc.opvoeders {
				t.Errorf("counted %d, want %d (the teamleider never counts)", l.Counted, tc.opvoeders)
			}
		})
	}
}

// TestLineTeamleiderAtTheLimit: a teamleider who may count on a group shift
// is not part of what fits within slack, but is part of the limit: 36 h of
// her contract + 1/9 = 40 h more.
func TestLineTeamleiderAtTheLimit(t *testing.T) {
	h := handHouse(7) // 7 × 36 = 252: within slack 226.8, limit 280 < 296: short by 16
	cal := NewCalendar(h, roster.Window{From: d(2027, 3, 8), To: d(2027, 3, 14)})
	if l := Line(h, d(2027, 3, 8), cal); l.Status != Short || !near(l.ShortHours, 16) {
		t.Fatalf("without the teamleider: %+v", l)
	}
	h.Member(99).Counts = nil
	l := Line(h, d(2027, 3, 8), cal)
	if l.Status != Tight || !near(l.Limit, 320) || !near(l.Others, 40) || !near(l.Normal, 226.8) || l.Counted != 7 {
		t.Errorf("with the teamleider at the limit: %+v", l)
	}
}

func TestLinesCoverTheISOYear(t *testing.T) {
	h := handHouse(8)
	for y, n := range map[int]int{2026: 53, 2027: 52} {
		ls := Lines(h, y)
		if len(ls) != n || ls[0].ISOWeek != 1 || ls[n-1].ISOWeek != n {
			t.Errorf("%d: %d lines, first week %d, last %d; want %d", y, len(ls), ls[0].ISOWeek, ls[len(ls)-1].ISOWeek, n)
		}
	}
	// The summer of 2027 in regio midden is marked; noord has no 2027 summer embedded.
	if l := Lines(h, 2027)[29]; l.School != "Zomervakantie" { // week 30
		t.Errorf("week 30 of 2027 in midden: school %q", l.School)
	}
}

func TestSchoolHolidaysTable(t *testing.T) {
	for _, r := range schoolHolidayRows {
		for i, dd := range r.dates {
			if dd[0] == "" {
				continue
			}
			from, err1 := roster.ParseDate(dd[0])
			to, err2 := roster.ParseDate(dd[1])
			if err1 != nil || err2 != nil || to < from || to-from > 50 {
				t.Errorf("%s %s region %d: bad dates %v", r.name, r.schoolYear, i, dd)
			}
			if from.Weekday() != time.Saturday || to.Weekday() != time.Sunday {
				t.Errorf("%s %s region %d: %s–%s is not Saturday to Sunday", r.name, r.schoolYear, i, dd[0], dd[1])
			}
		}
	}
	sh, ok := SummerHoliday(roster.RegionZuid, 2028)
	if !ok || sh.From != d(2028, 7, 22) || sh.To != d(2028, 9, 3) || sh.Status != Definitief {
		t.Errorf("zomer 2028 zuid = %+v %v", sh, ok)
	}
	if _, ok := SummerHoliday("", 2028); ok {
		t.Error("a house without a region has no school holidays")
	}
}

func TestRequestFlow(t *testing.T) {
	h := handHouse(8)
	now := time.Date(2027, 3, 1, 10, 0, 0, 0, time.UTC)
	apply := func(e roster.Edit, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if err := h.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	e, r, err := AskLeave(h, Ask{Member: 1, From: d(2027, 4, 26), To: d(2027, 4, 30)}, now)
	apply(e, err)
	if r.ID != 1 || r.Status != roster.LeaveAsked || len(h.Plan.Absences) != 0 {
		t.Fatalf("asked: %+v, absences %v", r, h.Plan.Absences)
	}
	// A second request of member 2 overlapping; the impact lists it.
	e, r2, err := AskLeave(h, Ask{Member: 2, From: d(2027, 4, 28), To: d(2027, 4, 28), HoursPerDay: 4}, now)
	apply(e, err)
	imp := ImpactOf(h, h.Year.Request(1))
	if imp.Hours != 36 || len(imp.Weeks) != 1 || imp.Weeks[0].Before.Status != Tight || imp.Weeks[0].After.Status != Short ||
		!near(imp.Weeks[0].After.ShortHours, 32) || len(imp.Overlaps) != 1 || imp.Overlaps[0].ID != r2.ID {
		t.Fatalf("impact = %+v", imp)
	}
	if _, _, err := AskLeave(h, Ask{Member: 1, From: d(2027, 4, 30), To: d(2027, 5, 3)}, now); err == nil {
		t.Error("an overlapping own request was accepted")
	}
	if _, err := AgreeLeave(h, 1, 1, now); err == nil || !strings.Contains(err.Error(), "collega") {
		t.Errorf("self-agree: %v", err)
	}
	apply(AgreeLeave(h, 1, 3, now.Add(time.Hour)))
	got := h.Year.Request(1)
	if got.Status != roster.LeaveAgreed || len(got.Agreed) != 1 || got.Agreed[0].By != 3 || len(h.Plan.Absences) != 1 || h.Plan.Absences[0].Member != 1 {
		t.Fatalf("agreed: %+v, absences %v", got, h.Plan.Absences)
	}
	if l := Line(h, d(2027, 4, 26), NewCalendar(h, roster.Window{From: d(2027, 4, 26), To: d(2027, 5, 2)})); l.Status != Short {
		t.Errorf("after agreeing, the week is %q", l.Status)
	}
	if _, err := OverrideLeave(h, 1, 3, false, "te krap", now); err == nil {
		t.Error("an opvoeder overrode the team")
	}
	apply(OverrideLeave(h, 1, 99, false, "Koningsweek te krap", now))
	got = h.Year.Request(1)
	if got.Status != roster.LeaveRefused || got.Override == nil || got.Override.By != 99 || len(h.Plan.Absences) != 0 {
		t.Fatalf("override: %+v, absences %v", got, h.Plan.Absences)
	}
	apply(NoteLeave(h, 2, 5, "ik kan ruilen", now))
	apply(WithdrawLeave(h, 2, 2, now))
	if r := h.Year.Request(2); r.Status != roster.LeaveWithdrawn || len(r.Notes) != 2 {
		t.Errorf("withdrawn: %+v", r)
	}
	if _, err := AgreeLeave(h, 1, 3, now); err == nil {
		t.Error("a refused request was agreed by a colleague")
	}
}

func TestUndoAgree(t *testing.T) {
	h := handHouse(3)
	now := time.Date(2027, 3, 1, 10, 0, 0, 0, time.UTC)
	e, _, _ := AskLeave(h, Ask{Member: 1, From: d(2027, 5, 3), To: d(2027, 5, 7)}, now)
	h.Apply(e)
	before := h.Year.Clone()
	agree, err := AgreeLeave(h, 1, 2, now)
	if err != nil {
		t.Fatal(err)
	}
	h.Apply(agree)
	if err := h.Apply(agree.Inverse()); err != nil {
		t.Fatal(err)
	}
	if len(h.Plan.Absences) != 0 || h.Year.Request(1).Status != roster.LeaveAsked || len(h.Year.Requests) != len(before.Requests) {
		t.Errorf("undo left %v, %+v", h.Plan.Absences, h.Year.Request(1))
	}
}

// TestBalances: a member of 36 h going to 18 h on 1 July 2027, leave in
// both years; 2026's rest carries into 2027.
func TestBalances(t *testing.T) {
	h := handHouse(2)
	m := h.Member(1)
	m.Contract = []roster.Contract{{From: d(2026, 1, 1), HoursPerWeek: 36}, {From: d(2027, 7, 1), HoursPerWeek: 18}}
	h.Plan.Absences = []roster.Absence{
		{Member: 1, From: d(2026, 6, 1), To: d(2026, 6, 7), Kind: roster.AbsLeave},   // 36 h (weekdays)
		{Member: 1, From: d(2027, 2, 1), To: d(2027, 2, 5), Kind: roster.AbsLeave},   // 36 h, taken
		{Member: 1, From: d(2027, 8, 2), To: d(2027, 8, 6), Kind: roster.AbsLeave},   // 5 × 18/5 = 18 h, agreed
		{Member: 1, From: d(2027, 9, 6), To: d(2027, 9, 6), Kind: roster.AbsSick},    // no leave
		{Member: 1, From: d(2027, 9, 7), To: d(2027, 9, 7), Kind: roster.AbsSpecial}, // special leave: not from the entitlement
	}
	h.Year.Requests = []roster.LeaveRequest{{ID: 1, Member: 1, From: d(2027, 10, 4), To: d(2027, 10, 10), Kind: roster.AbsLeave, Status: roster.LeaveAsked}}
	today := d(2027, 3, 1)
	b := MemberBalance(h, 1, 2027, today)
	// 144 × 181/365 + 72 × 184/365 = 107.70
	if b.Entitlement != 107.7 || b.Carried != 108 || b.Taken != 36 || b.Agreed != 18 || b.Planned != 18 || b.Left != 161.7 {
		t.Errorf("balance 2027 = %+v", b)
	}
	prev := MemberBalance(h, 1, 2026, today)
	if prev.Entitlement != 144 || prev.Taken != 36 || prev.Left != 108 {
		t.Errorf("balance 2026 = %+v", prev)
	}
	// Hours balance: no shifts, so every closed period is contract short by
	// contract − leave; 2026's end balance is carried in.
	if b.PlusMinCarried != prev.PlusMin || len(b.Periods) != 13 {
		t.Fatalf("carried %v, want %v; %d periods", b.PlusMinCarried, prev.PlusMin, len(b.Periods))
	}
	p1, p2, p3 := b.Periods[0], b.Periods[1], b.Periods[2]
	if !p1.Closed || !p2.Closed || p3.Closed || p1.Diff != -144 || p2.Diff != -108 || b.PlusMin != round2(prev.PlusMin-252) {
		t.Errorf("periods %+v %+v %+v, plusmin %v", p1, p2, p3, b.PlusMin)
	}
	// An explicit start record wins over the computed carry-over.
	h.Year.Starts = []roster.YearStart{{Member: 1, Year: 2027, LeaveHours: 20, PlusMin: 5}}
	b = MemberBalance(h, 1, 2027, today)
	if b.Carried != 20 || b.PlusMinCarried != 5 || b.Left != 73.7 {
		t.Errorf("with a start record: %+v", b)
	}
}

// TestMemberWeeks: leave, sickness, a request asked, a contract change and
// the end of the membership land in the right ISO weeks.
func TestMemberWeeks(t *testing.T) {
	h := handHouse(2)
	m := h.Member(1)
	m.Contract = append(m.Contract, roster.Contract{From: d(2027, 3, 10), HoursPerWeek: 24})
	end := d(2027, 6, 30)
	h.Member(2).ActiveTo = &end
	h.Plan.Absences = []roster.Absence{
		{Member: 1, From: d(2027, 1, 11), To: d(2027, 1, 13), Kind: roster.AbsLeave},
		{Member: 1, From: d(2027, 1, 14), To: d(2027, 1, 20), Kind: roster.AbsSick},
	}
	h.Year.Requests = []roster.LeaveRequest{{ID: 1, Member: 1, From: d(2027, 2, 1), To: d(2027, 2, 2), Kind: roster.AbsLeave, Status: roster.LeaveAsked}}
	ws := Weeks(2027)
	g := MemberWeeks(h, ws)
	w2, w3 := g[0][1], g[0][2]
	if w2.Leave != 3 || w2.Sick != 4 || w2.Main() != roster.AbsSick || w3.Sick != 3 || w3.Main() != roster.AbsSick {
		t.Errorf("weeks 2–3: %+v %+v", w2, w3)
	}
	// Locked, sickness is withheld: the sick days count as away, the week
	// is marked Withheld, leave stays leave; unlocked nothing changes.
	if l := w2.Disclosed(false); l.Sick != 0 || l.Absent != 4 || l.Leave != 3 || l.Main() != Withheld {
		t.Errorf("week 2 locked: %+v", l)
	}
	if u := w2.Disclosed(true); u != w2 {
		t.Errorf("week 2 unlocked changed: %+v", u)
	}
	if g[0][4].Asked != 2 || !g[0][9].Contract || g[0][9].ContractHours != 24 {
		t.Errorf("asked %+v, contract %+v", g[0][4], g[0][9])
	}
	if !g[1][25].Ends || !g[1][26].Away || g[1][25].Away {
		t.Errorf("end of membership: %+v %+v", g[1][25], g[1][26])
	}
	e, err := SetYearSettings(h, roster.RegionZuid, 150)
	if err != nil || h.Apply(e) != nil || h.Settings.Region != roster.RegionZuid || h.Settings.LeaveHoursPerFTE != 150 {
		t.Errorf("settings: %v %+v", err, h.Settings)
	}
	if _, err := SetYearSettings(h, "oost", 0); err == nil {
		t.Error("an unknown region was accepted")
	}
}

func TestBalancesCSV(t *testing.T) {
	bs := []Balance{{Member: 3, Name: "=Anna", Year: 2027, Entitlement: 107.7, Carried: 8, Left: 115.7, PlusMin: -2.5}}
	var b strings.Builder
	if err := WriteBalancesCSV(&b, bs, roster.Dutch); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimPrefix(b.String(), "\uFEFF"), "\r\n")
	if !strings.HasPrefix(lines[0], "jaar;personeelsnummer;naam;verlofrecht") ||
		lines[1] != "2027;3;'=Anna;107,70;8,00;0,00;0,00;0,00;115,70;0,00;-2,50" {
		t.Errorf("csv:\n%s", b.String())
	}
}
