package rules

import (
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

func TestATWDutiesNightMinutes(t *testing.T) {
	tests := []struct {
		name          string
		regime        roster.SleepRegime
		d             roster.Date
		code          string
		start, end    string // custom times of code, or "" for its own
		total, night  int    // minutes of the duty: work+sleep, night work
		isNight, late bool
	}{
		{"awake night", roster.RegimeRegular, atwMon, "N", "", "", 480 - 30, 360, true, true},
		{"awake night, DST spring (7 h)", roster.RegimeRegular, roster.NewDate(2026, 3, 28), "N", "", "", 420 - 30, 300, true, true},
		{"awake night, DST autumn (9 h)", roster.RegimeRegular, roster.NewDate(2026, 10, 24), "N", "", "", 540 - 30, 420, true, true},
		{"regular sleep shift is no night", roster.RegimeRegular, atwMon, "S", "", "", 480, 0, false, true},
		{"irregular sleep shift is a night", roster.RegimeIrregular, atwMon, "S", "", "", 480, 360, true, true},
		{"one hour of night is no night", roster.RegimeRegular, atwMon, "X", "17:00", "01:00", 480 - 30, 60, false, false},
		{"61 minutes is a night", roster.RegimeRegular, atwMon, "X", "17:01", "01:01", 480 - 30, 61, true, false},
		{"ends at 02:00", roster.RegimeRegular, atwMon, "X", "18:00", "02:00", 480 - 30, 120, true, false},
		{"ends at 02:01", roster.RegimeRegular, atwMon, "X", "18:01", "02:01", 480 - 30, 121, true, true},
		{"early morning shift", roster.RegimeRegular, atwMon, "X", "04:00", "12:00", 480 - 30, 120, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			b.h.Settings.SleepRegime = tt.regime
			if tt.start != "" {
				b.custom(tt.d, tt.code, tt.start, tt.end)
			} else {
				b.on(tt.d, tt.code)
			}
			c := newChecker(b.h, roster.Week(tt.d))
			a := &atw{c: c, regular: tt.regime != roster.RegimeIrregular}
			a.days.fill(c.ext.From.Monday(), c.ext.To+9)
			a.ss = c.byMember[1]
			a.buildDuties()
			if len(a.duties) != 1 {
				t.Fatalf("%d duties", len(a.duties))
			}
			d := a.duties[0]
			if got := d.workMin + d.sleepMin; got != tt.total {
				t.Errorf("total = %d min, want %d", got, tt.total)
			}
			if d.nightMin != tt.night || d.isNight() != tt.isNight {
				t.Errorf("night = %d min (%v), want %d (%v)", d.nightMin, d.isNight(), tt.night, tt.isNight)
			}
			if endsLate(d.end) != tt.late {
				t.Errorf("endsLate = %v, want %v", endsLate(d.end), tt.late)
			}
		})
	}
}

func TestATWNight(t *testing.T) {
	mon := atwMon
	long := func(b *atwBuilder, days ...int) { // nights of 10.5 h of work
		for _, d := range days {
			b.x(mon+roster.Date(d), "21:00", "08:00")
		}
	}
	tests := []struct {
		name  string
		build func(b *atwBuilder)
		want  []Severity
	}{
		{"8 h awake night", func(b *atwBuilder) { b.on(mon, "N") }, nil},
		{"10 h night", func(b *atwBuilder) { b.x(mon, "21:30", "08:00") }, nil},
		{"12 h night once", func(b *atwBuilder) { b.x(mon, "19:30", "08:00") }, nil},
		{"12 h 01 night", func(b *atwBuilder) { b.x(mon, "19:29", "08:00") }, []Severity{SevError}},
		{"5 long nights in 14 days", func(b *atwBuilder) { long(b, 0, 2, 4, 6, 8) }, nil},
		{"6 long nights in 14 days", func(b *atwBuilder) { long(b, 0, 2, 4, 6, 8, 10) }, []Severity{SevError}},
		{"6 long nights in 15 days", func(b *atwBuilder) { long(b, -2, 0, 2, 4, 6, 12) }, nil},
		{"regular sleep chain is no night", func(b *atwBuilder) { b.on(mon, "L+S") }, nil},
		{"irregular sleep chain is a 15.5 h night", func(b *atwBuilder) {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
			b.on(mon, "L+S")
		}, []Severity{SevError}},
		// 2026-10-25 has 25 hours: 21:00–07:00 is 11 h real, no break: a long night.
		{"DST autumn makes a long night", func(b *atwBuilder) {
			b.custom(roster.NewDate(2026, 10, 24), "X0", "21:00", "07:00")
			for _, d := range []int{-12, -10, -8, -6, -4} {
				b.custom(roster.NewDate(2026, 10, 24)+roster.Date(d), "X0", "21:00", "07:30")
			}
		}, []Severity{SevError}},
		{"same nights in November", func(b *atwBuilder) {
			b.custom(mon+12, "X0", "21:00", "07:00")
			for _, d := range []int{0, 2, 4, 6, 8} {
				b.custom(mon+roster.Date(d), "X0", "21:00", "07:30")
			}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			tt.build(b)
			w := roster.Window{From: mon - 30, To: mon + 30}
			if strings.HasPrefix(tt.name, "DST") {
				w = roster.Week(roster.NewDate(2026, 10, 24))
			}
			atwWant(t, b.run(w, RuleATWNight), tt.want...)
		})
	}
}

func TestATWNightRest(t *testing.T) {
	mon := atwMon
	spring, autumn := roster.NewDate(2026, 3, 28), roster.NewDate(2026, 10, 24) // Saturdays before a DST change
	tests := []struct {
		name  string
		build func(b *atwBuilder)
		w     roster.Window // zero: two weeks from mon
		want  []Severity
	}{
		{"14 h after a night", func(b *atwBuilder) { b.on(mon, "N").x(mon+1, "21:00", "23:00") }, roster.Window{}, nil},
		{"13 h 59 after a night: first shortening", func(b *atwBuilder) { b.on(mon, "N").x(mon+1, "20:59", "23:00") }, roster.Window{}, []Severity{SevWarning}},
		{"8 h after a night: first shortening", func(b *atwBuilder) { b.on(mon, "N").x(mon+1, "15:00", "22:00") }, roster.Window{}, []Severity{SevWarning}},
		{"7 h 59 after a night", func(b *atwBuilder) { b.on(mon, "N").x(mon+1, "14:59", "22:00") }, roster.Window{}, []Severity{SevError}},
		{"second shortening within 7 days", func(b *atwBuilder) {
			b.on(mon, "N").x(mon+1, "15:00", "22:00").on(mon+3, "N").x(mon+4, "15:00", "22:00")
		}, roster.Window{}, []Severity{SevWarning, SevError}},
		{"second shortening 7 × 24 h later", func(b *atwBuilder) {
			b.on(mon, "N").x(mon+1, "15:00", "22:00").on(mon+7, "N").x(mon+8, "15:00", "22:00")
		}, roster.Window{}, []Severity{SevWarning, SevWarning}},
		{"second shortening 1 minute short of 7 × 24 h", func(b *atwBuilder) {
			b.on(mon, "N").x(mon+1, "15:00", "22:00").x(mon+7, "22:59", "06:59").x(mon+8, "14:59", "22:00")
		}, roster.Window{}, []Severity{SevWarning, SevError}},
		{"shortening before the window counts", func(b *atwBuilder) {
			b.on(mon-3, "N").x(mon-2, "15:00", "22:00").on(mon, "N").x(mon+1, "15:00", "22:00")
		}, roster.Window{From: mon, To: mon + 6}, []Severity{SevError}},
		{"night ending 02:00", func(b *atwBuilder) { b.x(mon, "18:00", "02:00").x(mon+1, "14:00", "18:00") }, roster.Window{}, nil},
		{"night ending 02:01", func(b *atwBuilder) { b.x(mon, "18:01", "02:01").x(mon+1, "14:01", "18:00") }, roster.Window{}, []Severity{SevWarning}},
		{"vacated night needs no rest", func(b *atwBuilder) { b.on(mon, "N").sick().on(mon+1, "L") }, roster.Window{}, nil},
		{"3 nights then 46 h", func(b *atwBuilder) { b.on(mon, "N", "N", "N").x(mon+5, "05:00", "05:30") }, roster.Window{}, nil},
		{"3 nights then 45 h 59", func(b *atwBuilder) { b.on(mon, "N", "N", "N").x(mon+5, "04:59", "05:30") }, roster.Window{}, []Severity{SevError}},
		{"3 nights then 8 h: no shortening after a series", func(b *atwBuilder) { b.on(mon, "N", "N", "N").x(mon+3, "15:00", "22:00") }, roster.Window{}, []Severity{SevError}},
		{"2 nights then 24 h", func(b *atwBuilder) { b.on(mon, "N", "N", "", "V") }, roster.Window{}, nil},
		{"4 nights with a day between", func(b *atwBuilder) { b.on(mon, "N", "N", "", "N", "N", "", "V") }, roster.Window{}, []Severity{SevError}},
		{"regular sleep shift: no night rest", func(b *atwBuilder) { b.on(mon, "S").x(mon+1, "18:00", "22:00") }, roster.Window{}, nil},
		{"irregular sleep shift: 11 h is a shortening", func(b *atwBuilder) {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
			b.on(mon, "S").x(mon+1, "18:00", "22:00")
		}, roster.Window{}, []Severity{SevWarning}},
		{"irregular sleep shift: 7 h", func(b *atwBuilder) {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
			b.on(mon, "S").x(mon+1, "14:00", "22:00")
		}, roster.Window{}, []Severity{SevError}},
		// Real instants: the rest over a DST change is an hour shorter or
		// longer than the clock says.
		{"DST spring: 14 h on the clock is 13 h", func(b *atwBuilder) {
			b.x(spring, "04:00", "14:00").x(spring+1, "04:00", "12:00")
		}, roster.Week(spring), []Severity{SevWarning}},
		{"DST autumn: 13 h 30 on the clock is 14 h 30", func(b *atwBuilder) {
			b.x(autumn, "04:00", "14:00").x(autumn+1, "03:30", "12:00")
		}, roster.Week(autumn), nil},
		{"DST autumn: 9 h night, then 8 h", func(b *atwBuilder) { b.on(autumn, "N").x(autumn+1, "15:00", "22:00") }, roster.Week(autumn), []Severity{SevWarning}},
		{"DST autumn: 9 h night, then 7 h 59", func(b *atwBuilder) { b.on(autumn, "N").x(autumn+1, "14:59", "22:00") }, roster.Week(autumn), []Severity{SevError}},
		{"DST spring: 7 h night, then 8 h", func(b *atwBuilder) { b.on(spring, "N").x(spring+1, "15:00", "22:00") }, roster.Week(spring), []Severity{SevWarning}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			tt.build(b)
			w := tt.w
			if w == (roster.Window{}) {
				w = roster.Window{From: mon, To: mon + 13}
			}
			atwWant(t, b.run(w, RuleATWNightRest), tt.want...)
		})
	}
}

func TestATWNightRestShortenedMessage(t *testing.T) {
	fs := newATW(t).on(atwMon, "N").x(atwMon+1, "15:00", "22:00").on(atwMon+3, "N").x(atwMon+4, "15:00", "22:00").
		run(roster.Week(atwMon), RuleATWNightRest)
	atwWant(t, fs, SevWarning, SevError)
	for i, want := range []string{
		"rust na nachtdienst te kort: 8 u (di 24 nov 07:00–15:00); ingekort; 14 u na een nachtdienst die na 02:00 eindigt, één keer per 7 dagen 8 u",
		"rust na nachtdienst te kort: 8 u (vr 27 nov 07:00–15:00); tweede ingekorte rust na een nachtdienst binnen 7 dagen; minimaal 14 u",
	} {
		if fs[i].NL != want {
			t.Errorf("nl %d = %q, want %q", i, fs[i].NL, want)
		}
	}
}

func TestATWNightRestMessage(t *testing.T) {
	fs := newATW(t).on(atwMon, "N", "N", "N", "", "V").run(roster.Week(atwMon), RuleATWNightRest)
	atwWant(t, fs, SevError)
	if want := "rust na 3 nachtdiensten op rij te kort: 24 u (do 26 nov 07:00–vr 07:00); minimaal 46 u"; fs[0].NL != want {
		t.Errorf("nl = %q, want %q", fs[0].NL, want)
	}
}

func TestATWNightSeries(t *testing.T) {
	mon := atwMon
	tests := []struct {
		name  string
		codes []string
		want  []Severity
	}{
		{"7 in a row with nights", []string{"V", "V", "V", "V", "N", "N", "N"}, nil},
		{"8 in a row with a night", []string{"V", "V", "V", "V", "V", "V", "V", "N"}, []Severity{SevError}},
		{"8 in a row without night", atwRepeat("V", 8), nil},
		{"8 with a free day between", []string{"V", "V", "V", "V", "", "V", "V", "V", "N"}, nil},
		{"touching shifts are one duty", []string{"V", "V", "V", "V", "V", "V", "L+N"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			b.on(mon, tt.codes...)
			atwWant(t, b.run(roster.Window{From: mon, To: mon + 13}, RuleATWNightSeries), tt.want...)
		})
	}
}

func TestATWSunday(t *testing.T) {
	last := atwMon + 6 // Sunday 2026-11-29
	tests := []struct {
		name   string
		worked int    // Sundays worked, counting back from last
		code   string // shift on each of them
		want   []Severity
	}{
		{"39 worked, 13 free", 39, "V", nil},
		{"40 worked, 12 free", 40, "V", []Severity{SevWarning}},
		{"40 Saturday nights into Sunday", 40, "N", []Severity{SevWarning}},
		{"40 Saturday late shifts", 40, "L", nil},
		{"39 Sundays and a Saturday late shift", 39, "V+L", nil},
		{"39 Sundays and a Saturday night", 39, "V+N", []Severity{SevWarning}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			first, extra, _ := strings.Cut(tt.code, "+")
			for i := range tt.worked {
				d := last - roster.Date(7*i)
				if first != "V" {
					d-- // Saturday
				}
				if extra != "" {
					d -= 7 // keep the window's weekend for the extra shift
				}
				b.on(d, first)
			}
			if extra != "" {
				b.on(last-1, extra) // on the window's Saturday
			}
			fs := b.run(roster.Week(atwMon), RuleATWSunday)
			atwWant(t, fs, tt.want...)
			if len(fs) == 1 && !strings.Contains(fs[0].NL, "12 van 52 vrij") {
				t.Errorf("nl = %q", fs[0].NL)
			}
		})
	}
}
