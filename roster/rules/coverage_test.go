package rules

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// covSick returns a with state sick.
func covSick(a roster.Assignment) roster.Assignment { a.State = roster.StateSick; return a }

// covFindings returns the findings of Check over w with one of the rules.
func covFindings(h *roster.House, w roster.Window, rules ...string) []Finding {
	var out []Finding
	for _, f := range Check(h, w) {
		if slices.Contains(rules, f.Rule) {
			out = append(out, f)
		}
	}
	return out
}

func TestCoverageDay(t *testing.T) {
	tue := roster.NewDate(2026, time.November, 24)
	full := func(d roster.Date) []roster.Assignment { // 3 × V and 3 × L
		return []roster.Assignment{rostertest.CoverageAt(1, d, "V"), rostertest.CoverageAt(2, d, "V"), rostertest.CoverageAt(3, d, "V"), rostertest.CoverageAt(4, d, "L"), rostertest.CoverageAt(6, d, "L"), rostertest.CoverageAt(1, d, "L", "15:00-23:00")}
	}
	yes := true
	tests := []struct {
		name    string
		bands   []roster.Band // nil: the house's default
		members func(ms []roster.Member)
		as      []roster.Assignment
		abs     []roster.Absence
		want    []string // nl messages of COV-DAY and COV-OVER
		wantEN  []string // en messages (optional)
		present []int    // members of the first finding (optional)
	}{
		{name: "fully covered", as: full(tue)},
		{
			name: "gap with members present",
			as: []roster.Assignment{rostertest.CoverageAt(1, tue, "V"), rostertest.CoverageAt(2, tue, "V"), rostertest.CoverageAt(3, tue, "V"), rostertest.CoverageAt(4, tue, "L"), rostertest.CoverageAt(6, tue, "L"),
				rostertest.CoverageAt(1, tue, "L", "15:30-23:00")},
			want:    []string{"di 24 nov 15:00–15:30: 2 van 3 opvoeders aanwezig"},
			wantEN:  []string{"Tue 24 Nov 15:00–15:30: 2 of 3 care workers present"},
			present: []int{4, 6},
		},
		{
			name: "varying counts in one gap, band edges",
			as:   []roster.Assignment{rostertest.CoverageAt(1, tue, "V", "08:00-15:00"), rostertest.CoverageAt(2, tue, "V", "07:00-14:00"), rostertest.CoverageAt(3, tue, "V"), rostertest.CoverageAt(4, tue, "L"), rostertest.CoverageAt(6, tue, "L"), rostertest.CoverageAt(2, tue, "L")},
			want: []string{"di 24 nov 07:00–08:00: 2 van 3 opvoeders aanwezig", "di 24 nov 14:00–15:00: 2 van 3 opvoeders aanwezig"},
		},
		{
			name: "lowest and highest count",
			as:   []roster.Assignment{rostertest.CoverageAt(1, tue, "V", "08:00-23:00"), rostertest.CoverageAt(2, tue, "V", "07:00-23:00"), rostertest.CoverageAt(3, tue, "V", "09:00-23:00")},
			want: []string{"di 24 nov 07:00–09:00: 1–2 van 3 opvoeders aanwezig"},
		},
		{
			name:  "shift ending exactly at band start does not count",
			bands: []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(9, 0), Min: 1}},
			as:    []roster.Assignment{rostertest.CoverageAt(1, tue-1, "W"), rostertest.CoverageAt(2, tue, "V", "08:00-15:00")},
			want:  []string{"di 24 nov 07:00–08:00: 0 van 1 opvoeders aanwezig"},
		},
		{
			name:  "awake night counts as presence across midnight",
			bands: []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(22, 0), End: roster.NewClock(2, 0), Min: 1}},
			as:    []roster.Assignment{rostertest.CoverageAt(1, tue-1, "W", "22:00-02:00"), rostertest.CoverageAt(1, tue, "W", "21:00-01:00")},
			want:  []string{"wo 25 nov 01:00–02:00: 0 van 1 opvoeders aanwezig"},
		},
		{
			name:  "overnight band of the day before the window counts inside the window",
			bands: []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(22, 0), End: roster.NewClock(2, 0), Min: 1}},
			as:    []roster.Assignment{rostertest.CoverageAt(1, tue, "W", "22:00-02:00"), rostertest.CoverageAt(1, tue-1, "W", "22:00-23:30")},
			want:  []string{"di 24 nov 00:00–02:00: 0 van 1 opvoeders aanwezig"},
		},
		{
			name:  "overnight band at the end of the window is reported whole",
			bands: []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(22, 0), End: roster.NewClock(2, 0), Min: 1}},
			as:    []roster.Assignment{rostertest.CoverageAt(1, tue-1, "W", "22:00-02:00")},
			want:  []string{"di 24 nov 22:00–wo 02:00: 0 van 1 opvoeders aanwezig"},
		},
		{
			name: "a member booked twice at once counts once",
			as:   []roster.Assignment{rostertest.CoverageAt(1, tue, "V"), rostertest.CoverageAt(1, tue, "D"), rostertest.CoverageAt(2, tue, "V"), rostertest.CoverageAt(4, tue, "L"), rostertest.CoverageAt(6, tue, "L"), rostertest.CoverageAt(2, tue, "L")},
			want: []string{"di 24 nov 07:00–15:00: 2 van 3 opvoeders aanwezig"}, // not 3 from 09:00
		},
		{
			name: "sick-vacated shift does not count",
			as:   []roster.Assignment{rostertest.CoverageAt(1, tue, "V"), rostertest.CoverageAt(2, tue, "V"), covSick(rostertest.CoverageAt(3, tue, "V")), rostertest.CoverageAt(4, tue, "L"), rostertest.CoverageAt(6, tue, "L"), rostertest.CoverageAt(2, tue, "L")},
			want: []string{"di 24 nov 07:00–15:00: 2 van 3 opvoeders aanwezig"},
		},
		{
			name: "huishoudelijk and stagiair never count, off-group and sleep shifts do not count",
			as: []roster.Assignment{rostertest.CoverageAt(1, tue, "V"), rostertest.CoverageAt(2, tue, "V"), rostertest.CoverageAt(5, tue, "V"), rostertest.CoverageAt(4, tue, "L"), rostertest.CoverageAt(6, tue, "L"), rostertest.CoverageAt(2, tue, "L"),
				rostertest.CoverageAt(7, tue, "V"), rostertest.CoverageAt(3, tue, "O"), rostertest.CoverageAt(3, tue, "S", "14:00-15:00")},
			want: []string{"di 24 nov 07:00–15:00: 2 van 3 opvoeders aanwezig"},
		},
		{
			name:    "counts override excludes, and cannot include a huishoudelijk",
			members: func(ms []roster.Member) { no := false; ms[2].Counts = &no; ms[4].Counts = &yes },
			as:      []roster.Assignment{rostertest.CoverageAt(1, tue, "V"), rostertest.CoverageAt(2, tue, "V"), rostertest.CoverageAt(3, tue, "V"), rostertest.CoverageAt(5, tue, "V"), rostertest.CoverageAt(4, tue, "L"), rostertest.CoverageAt(6, tue, "L"), rostertest.CoverageAt(2, tue, "L")},
			want:    []string{"di 24 nov 07:00–15:00: 2 van 3 opvoeders aanwezig"},
		},
		{
			name: "absent member does not count",
			as:   full(tue),
			abs:  []roster.Absence{{Member: 4, From: tue, To: tue, Kind: roster.AbsLeave}},
			want: []string{"di 24 nov 15:00–23:00: 2 van 3 opvoeders aanwezig"},
		},
		{
			name:    "inactive member does not count",
			members: func(ms []roster.Member) { d := tue - 1; ms[3].ActiveTo = &d },
			as:      full(tue),
			want:    []string{"di 24 nov 15:00–23:00: 2 van 3 opvoeders aanwezig"},
		},
		{
			name:   "over the maximum is information",
			bands:  []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), Min: 1}},
			as:     []roster.Assignment{rostertest.CoverageAt(1, tue, "V"), rostertest.CoverageAt(2, tue, "V", "09:00-15:00"), rostertest.CoverageAt(3, tue, "V", "10:00-12:00")},
			want:   []string{"di 24 nov 10:00–12:00: 3 opvoeders aanwezig (max 2)"},
			wantEN: []string{"Tue 24 Nov 10:00–12:00: 3 care workers present (max 2)"},
		},
		{
			name:  "overs with varying counts merge",
			bands: []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), Min: 1}},
			as:    []roster.Assignment{rostertest.CoverageAt(1, tue, "V"), rostertest.CoverageAt(2, tue, "V", "09:00-15:00"), rostertest.CoverageAt(3, tue, "V", "10:00-12:00"), rostertest.CoverageAt(4, tue, "V", "11:00-13:00")},
			want:  []string{"di 24 nov 10:00–13:00: 3–4 opvoeders aanwezig (max 2)"},
		},
		{
			name:  "band until 24:00",
			bands: []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(15, 0), End: roster.NewClock(24, 0), Min: 1}},
			as:    []roster.Assignment{rostertest.CoverageAt(1, tue, "L")},
			want:  []string{"di 24 nov 23:00–24:00: 0 van 1 opvoeders aanwezig"},
		},
		{
			name:  "explicit maximum",
			bands: []roster.Band{{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), Min: 1, Max: 3}},
			as:    []roster.Assignment{rostertest.CoverageAt(1, tue, "V"), rostertest.CoverageAt(2, tue, "V", "09:00-15:00"), rostertest.CoverageAt(3, tue, "V", "10:00-12:00")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.CoverageHouse()
			if tt.bands != nil {
				h.Coverage = tt.bands
			}
			if tt.members != nil {
				tt.members(h.Members)
			}
			h.Plan.Assignments = tt.as
			h.Plan.Absences = tt.abs
			fs := covFindings(h, roster.Window{From: tue, To: tue}, RuleCovDay, RuleCovOver)
			if got := covMessages(fs, roster.Dutch); !slices.Equal(got, tt.want) {
				t.Fatalf("nl:\n got %q\nwant %q", got, tt.want)
			}
			if tt.wantEN != nil {
				if got := covMessages(fs, roster.English); !slices.Equal(got, tt.wantEN) {
					t.Errorf("en:\n got %q\nwant %q", got, tt.wantEN)
				}
			}
			if tt.present != nil && len(fs) > 0 && !slices.Equal(fs[0].Members, tt.present) {
				t.Errorf("members = %v, want %v", fs[0].Members, tt.present)
			}
			for _, f := range fs {
				want := SevError
				if f.Rule == RuleCovOver {
					want = SevInfo
				}
				if f.Severity != want || len(f.Dates) != 1 || !f.End.After(f.Start) {
					t.Errorf("finding %+v: want severity %v, one date, start before end", f, want)
				}
			}
		})
	}
}

func TestCoverageHolidayUsesSundayBands(t *testing.T) {
	xmas := roster.NewDate(2026, time.December, 25) // a Friday
	h := rostertest.CoverageHouse()
	h.Coverage = []roster.Band{
		{Day: roster.DayWeekday, Start: roster.NewClock(7, 0), End: roster.NewClock(9, 0), Min: 1},
		{Day: roster.DaySunday, Start: roster.NewClock(10, 0), End: roster.NewClock(11, 0), Min: 1},
	}
	fs := covFindings(h, roster.Window{From: xmas - 1, To: xmas}, RuleCovDay)
	want := []string{"do 24 dec 07:00–09:00: 0 van 1 opvoeders aanwezig", "vr 25 dec 10:00–11:00: 0 van 1 opvoeders aanwezig"}
	if got := covMessages(fs, roster.Dutch); !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestCoverageDayDST(t *testing.T) {
	// A band over the spring-forward night is an hour shorter in real time.
	sat := roster.NewDate(2026, time.March, 28)
	h := rostertest.CoverageHouse()
	h.Coverage = []roster.Band{{Day: roster.DaySaturday, Start: roster.NewClock(22, 0), End: roster.NewClock(6, 0), Min: 1}}
	fs := covFindings(h, roster.Window{From: sat, To: sat}, RuleCovDay)
	if len(fs) != 1 || fs[0].End.Sub(fs[0].Start) != 7*time.Hour {
		t.Fatalf("want one 7 h gap, got %+v", fs)
	}
	sat = roster.NewDate(2026, time.October, 24)
	fs = covFindings(h, roster.Window{From: sat, To: sat}, RuleCovDay)
	if len(fs) != 1 || fs[0].End.Sub(fs[0].Start) != 9*time.Hour {
		t.Fatalf("want one 9 h gap, got %+v", fs)
	}
}

func TestCoverageNight(t *testing.T) {
	tue := roster.NewDate(2026, time.November, 24)
	spring := roster.NewDate(2026, time.March, 28)
	autumn := roster.NewDate(2026, time.October, 24)
	tests := []struct {
		name     string
		day      roster.Date
		as       []roster.Assignment
		abs      []roster.Absence
		want     []string
		wantSev  []Severity
		wantDur  []time.Duration
		wantMems []int // members of the first finding
	}{
		{name: "sleep shift covers", day: tue, as: []roster.Assignment{rostertest.CoverageAt(1, tue, "S")}},
		{name: "live-in night covers", day: tue, as: []roster.Assignment{rostertest.CoverageAt(1, tue, "I")}},
		{name: "awake night covers", day: tue, as: []roster.Assignment{rostertest.CoverageAt(1, tue, "W")}},
		{
			name: "uncovered", day: tue,
			want:    []string{"nacht di 24 nov op wo 25 nov: niet gedekt 23:00–07:00 (8 u)"},
			wantSev: []Severity{SevError}, wantDur: []time.Duration{8 * time.Hour},
		},
		{
			name: "spring night is 7 h", day: spring,
			want:    []string{"nacht za 28 mrt op zo 29 mrt: niet gedekt 23:00–07:00 (7 u)"},
			wantSev: []Severity{SevError}, wantDur: []time.Duration{7 * time.Hour},
		},
		{
			name: "autumn night is 9 h", day: autumn,
			want:    []string{"nacht za 24 okt op zo 25 okt: niet gedekt 23:00–07:00 (9 u)"},
			wantSev: []Severity{SevError}, wantDur: []time.Duration{9 * time.Hour},
		},
		{name: "DST night covered by a sleep shift", day: spring, as: []roster.Assignment{rostertest.CoverageAt(2, spring, "S")}},
		{
			name: "partly covered", day: tue, as: []roster.Assignment{rostertest.CoverageAt(1, tue, "S", "23:00-05:30")},
			want:    []string{"nacht di 24 nov op wo 25 nov: niet gedekt 05:30–07:00 (1,5 u)"},
			wantSev: []Severity{SevError}, wantDur: []time.Duration{90 * time.Minute},
		},
		{
			name: "sick-vacated sleep shift leaves the night open", day: tue, as: []roster.Assignment{covSick(rostertest.CoverageAt(1, tue, "S"))},
			want: []string{"nacht di 24 nov op wo 25 nov: niet gedekt 23:00–07:00 (8 u)"}, wantSev: []Severity{SevError},
		},
		{
			name: "absent member does not cover", day: tue, as: []roster.Assignment{rostertest.CoverageAt(1, tue, "S")},
			abs:  []roster.Absence{{Member: 1, From: tue, To: tue, Kind: roster.AbsSick}},
			want: []string{"nacht di 24 nov op wo 25 nov: niet gedekt 23:00–07:00 (8 u)"}, wantSev: []Severity{SevError},
		},
		{
			name: "group shift at night is no night cover", day: tue, as: []roster.Assignment{rostertest.CoverageAt(1, tue, "L", "23:00-07:00")},
			want: []string{"nacht di 24 nov op wo 25 nov: niet gedekt 23:00–07:00 (8 u)"}, wantSev: []Severity{SevError},
		},
		{
			name: "two covers at once", day: tue, as: []roster.Assignment{rostertest.CoverageAt(1, tue, "I"), rostertest.CoverageAt(3, tue+1, "S", "01:00-07:00")},
			want:     []string{"nacht di 24 nov op wo 25 nov: 2 nachtdiensten tegelijk 01:00–07:00 (één gewenst)"},
			wantSev:  []Severity{SevWarning},
			wantMems: []int{1, 3},
		},
		{
			name: "gap and double in one night", day: tue, as: []roster.Assignment{rostertest.CoverageAt(1, tue, "S", "23:00-02:00"), rostertest.CoverageAt(2, tue+1, "S", "01:00-06:00")},
			want: []string{"nacht di 24 nov op wo 25 nov: 2 nachtdiensten tegelijk 01:00–02:00 (één gewenst)",
				"nacht di 24 nov op wo 25 nov: niet gedekt 06:00–07:00 (1 u)"},
			wantSev:  []Severity{SevWarning, SevError},
			wantMems: []int{1, 2},
		},
		{
			name: "a night belongs to the date it starts on", day: tue, as: []roster.Assignment{rostertest.CoverageAt(1, tue-1, "S"), rostertest.CoverageAt(1, tue+1, "S")},
			want: []string{"nacht di 24 nov op wo 25 nov: niet gedekt 23:00–07:00 (8 u)"}, wantSev: []Severity{SevError},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.CoverageHouse()
			h.Coverage = nil
			h.Plan.Assignments = tt.as
			h.Plan.Absences = tt.abs
			fs := covFindings(h, roster.Window{From: tt.day, To: tt.day}, RuleCovNight)
			if got := covMessages(fs, roster.Dutch); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q\nwant %q", got, tt.want)
			}
			for i, f := range fs {
				if f.Severity != tt.wantSev[i] {
					t.Errorf("%d: severity %v, want %v", i, f.Severity, tt.wantSev[i])
				}
				if i < len(tt.wantDur) && f.End.Sub(f.Start) != tt.wantDur[i] {
					t.Errorf("%d: duration %v, want %v", i, f.End.Sub(f.Start), tt.wantDur[i])
				}
				if !slices.Equal(f.Dates, []roster.Date{tt.day}) {
					t.Errorf("%d: dates %v, want [%v]", i, f.Dates, tt.day)
				}
			}
			if tt.wantMems != nil && !slices.Equal(fs[0].Members, tt.wantMems) {
				t.Errorf("members %v, want %v", fs[0].Members, tt.wantMems)
			}
		})
	}
}

func TestCoverageNightEnglishAndSettings(t *testing.T) {
	tue := roster.NewDate(2026, time.November, 24)
	h := rostertest.CoverageHouse()
	h.Settings.NightStart, h.Settings.NightEnd = roster.NewClock(22, 30), roster.NewClock(7, 30)
	h.Plan.Assignments = []roster.Assignment{rostertest.CoverageAt(1, tue, "S")}
	fs := covFindings(h, roster.Window{From: tue, To: tue}, RuleCovNight)
	want := []string{"night Tue 24 Nov to Wed 25 Nov: not covered 22:30–23:00 (0.5 h)", "night Tue 24 Nov to Wed 25 Nov: not covered 07:00–07:30 (0.5 h)"}
	if got := covMessages(fs, roster.English); !slices.Equal(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

// TestCoverageLabelsMatchFormat holds the allocation-free labels of the
// coverage messages equal to the shared ones in format.go.
func TestCoverageLabelsMatchFormat(t *testing.T) {
	base := roster.NewDate(2026, time.March, 27).Start().Unix()
	for i := range 1500 {
		s := base + int64(i*i%(400*24*60))*60 // minutes over about 400 days, DST switches included
		for _, dur := range []int64{0, 30, 90, 60 * 8, 60 * 9, 60 * 16, 60 * 24, 60 * 31} {
			e := s + dur*60
			for _, en := range []roster.Lang{roster.Dutch, roster.English} {
				want := roster.SpanLabel(time.Unix(s, 0), time.Unix(e, 0), en)
				if got := string(appendSpanLabel(nil, time.Unix(s, 0).In(roster.Amsterdam), time.Unix(e, 0).In(roster.Amsterdam), en)); got != want {
					t.Fatalf("span %d–%d en=%v: %q, want %q", s, e, en, got, want)
				}
			}
		}
		d := roster.Date(20000 + i)
		for _, en := range []roster.Lang{roster.Dutch, roster.English} {
			if got, want := string(appendDayLabel(nil, d, en)), roster.DayLabel(d, en); got != want {
				t.Fatalf("day %v: %q, want %q", d, got, want)
			}
			h := float64(i%200) / 4
			if got, want := string(appendHours(nil, h, en)), roster.HoursLabel(h, en); got != want {
				t.Fatalf("hours %v en=%v: %q, want %q", h, en, got, want)
			}
		}
	}
	// The checker's label parts (from its midnights) equal partsOf, DST
	// switch days (the zone's answer) and the edges of its range included.
	w := roster.Window{From: roster.NewDate(2026, time.March, 20), To: roster.NewDate(2026, time.November, 1)}
	c := newChecker(rostertest.House(), w)
	for s := c.days.At(c.ext.From-2, 0); s < c.days.At(c.ext.To+4, 0); s += 37 * 60 {
		for _, dur := range []int64{0, 90, 60 * 9, 60 * 31} {
			e := s + dur*60
			if got, want := c.parts(s, e), partsOf(time.Unix(s, 0).In(roster.Amsterdam), time.Unix(e, 0).In(roster.Amsterdam)); got != want {
				t.Fatalf("parts %d–%d: %+v, want %+v", s, e, got, want)
			}
		}
	}
	// civil is YMD: every day of 1600–2400 and far out, before 1970 included.
	for d := roster.NewDate(1600, 1, 1); d <= roster.NewDate(2400, 12, 31); d++ {
		y0, m0, d0 := d.YMD()
		if y, m, dd := civil(d); y != y0 || m != m0 || dd != d0 {
			t.Fatalf("civil(%v) = %d-%d-%d", d, y, m, dd)
		}
	}
	for _, d := range []roster.Date{-1 << 30, -719469, -719468, -146097, -1, 0, 1 << 30} {
		y0, m0, d0 := d.YMD()
		if y, m, dd := civil(d); y != y0 || m != m0 || dd != d0 {
			t.Errorf("civil(%d) = %d-%d-%d, want %d-%d-%d", d, y, m, dd, y0, m0, d0)
		}
	}
	// Midnight ends: "24:00" on the next day.
	d := roster.NewDate(2026, time.November, 24)
	if got := string(appendSpanLabel(nil, d.Time(roster.NewClock(20, 0)), (d + 1).Start(), roster.Dutch)); got != "di 24 nov 20:00–24:00" {
		t.Errorf("midnight end: %q", got)
	}
}

// TestAppendPresentMatchesNaive compares presenceIndex.appendPresent with
// reading every interval, on random groups: merged intervals of real
// members (the binary search on ends) and placeholder groups whose
// intervals overlap, nest or are empty (the scan from s − maxLen).
func TestAppendPresentMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for it := range 500 {
		var iv []presence
		for id := -1; id <= 6; id++ {
			if r.IntN(4) == 0 {
				continue
			}
			var grp []presence
			at := int64(r.IntN(20))
			for range r.IntN(8) {
				s := at + int64(r.IntN(30))
				e := s + int64(r.IntN(40))
				if id > 0 { // merged: disjoint and ascending
					e = max(e, s+1)
					at = e + int64(r.IntN(5))
				} else {
					at = s
				}
				grp = append(grp, presence{s, e, id})
			}
			iv = append(iv, grp...)
		}
		ix := newPresenceIndex(iv)
		for range 20 {
			s := int64(r.IntN(250)) - 10
			e := s + int64(r.IntN(60))
			var want []int
			for _, p := range iv {
				if p.s < e && p.e > s && p.e > p.s && (len(want) == 0 || want[len(want)-1] != p.member) {
					want = append(want, p.member)
				}
			}
			if got := ix.appendPresent(nil, s, e); !slices.Equal(got, want) {
				t.Fatalf("iteration %d, [%d, %d): %v, want %v (intervals %v)", it, s, e, got, want, iv)
			}
		}
	}
}

func covMessages(fs []Finding, lang roster.Lang) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Message(lang)
	}
	return out
}
