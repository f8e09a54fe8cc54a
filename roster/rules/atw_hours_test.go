package rules

import (
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

func TestATWShift(t *testing.T) {
	mon := atwMon
	tests := []struct {
		name  string
		build func(b *atwBuilder)
		d     roster.Date
		want  []Severity
	}{
		{"12 h of work", func(b *atwBuilder) { b.x(mon, "07:00", "19:30") }, mon, nil},
		{"12 h 01", func(b *atwBuilder) { b.x(mon, "07:00", "19:31") }, mon, []Severity{SevError}},
		{"over midnight 12 h 01", func(b *atwBuilder) { b.x(mon, "19:00", "07:31") }, mon, []Severity{SevError}},
		{"pregnant 10 h", func(b *atwBuilder) { b.h.Members[0].Pregnant = true; b.x(mon, "07:00", "17:30") }, mon, nil},
		{"pregnant 10 h 01", func(b *atwBuilder) { b.h.Members[0].Pregnant = true; b.x(mon, "07:00", "17:31") }, mon, []Severity{SevError}},
		{"early and late touching: one duty of 15 h", func(b *atwBuilder) { b.on(mon, "V+L") }, mon, []Severity{SevError}},
		{"late and sleep touching: 7.5 h of work", func(b *atwBuilder) { b.on(mon, "L+S") }, mon, nil},
		{"late, sleep, early: work apart", func(b *atwBuilder) { b.on(mon, "L+S", "V") }, mon, nil},
		{"late, sleep, early, irregular: 15 h", func(b *atwBuilder) {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
			b.on(mon, "L+S", "V")
		}, mon, []Severity{SevError}},
		{"early, late, sleep: 15 h in one stretch", func(b *atwBuilder) { b.on(mon, "V+L+S") }, mon, []Severity{SevError}},
		{"vacated shift is not worked", func(b *atwBuilder) { b.on(mon, "V").sick().on(mon, "L") }, mon, nil},
		// 2026-10-25 has 25 hours: 20:00–08:00 is 13 h real, 12.5 h of work.
		{"DST autumn night", func(b *atwBuilder) { b.x(roster.NewDate(2026, 10, 24), "20:00", "08:00") }, roster.NewDate(2026, 10, 24), []Severity{SevError}},
		{"same night in November", func(b *atwBuilder) { b.x(mon, "20:00", "08:00") }, mon, nil},
		// 2026-03-29 has 23 hours: 20:00–09:00 is 12 h real, 11.5 h of work.
		{"DST spring night", func(b *atwBuilder) { b.x(roster.NewDate(2026, 3, 28), "20:00", "09:00") }, roster.NewDate(2026, 3, 28), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			tt.build(b)
			atwWant(t, b.run(roster.Week(tt.d), RuleATWShift), tt.want...)
		})
	}
}

func TestATWShiftMessage(t *testing.T) {
	fs := newATW(t).on(atwMon+1, "V+L").run(roster.Week(atwMon), RuleATWShift)
	atwWant(t, fs, SevError)
	if want := "dienst te lang: 15 u werk (di 24 nov 07:00–23:00), max 12 u"; fs[0].NL != want {
		t.Errorf("nl = %q, want %q", fs[0].NL, want)
	}
	if want := "shift too long: 15 h of work (Tue 24 Nov 07:00–23:00), max 12 h"; fs[0].EN != want {
		t.Errorf("en = %q, want %q", fs[0].EN, want)
	}
	if len(fs[0].Dates) != 1 || fs[0].Dates[0] != atwMon+1 {
		t.Errorf("dates %v", fs[0].Dates)
	}
}

func TestATWWeekMessage(t *testing.T) {
	b := newATW(t)
	for i := range 5 {
		b.x(atwMon+roster.Date(i), "07:00", "19:30")
	}
	b.on(atwMon+5, "V").sick()
	fs := b.run(roster.Week(atwMon), RuleATWWeek)
	atwWant(t, fs, SevError)
	if want := "te veel uren in week 2026-W48: 67,5 u (waarvan 7,5 u verlof/ziekte), max 60 u"; fs[0].NL != want {
		t.Errorf("nl = %q, want %q", fs[0].NL, want)
	}
	if want := "too many hours in week 2026-W48: 67.5 h (of which 7.5 h leave/sickness), max 60 h"; fs[0].EN != want {
		t.Errorf("en = %q, want %q", fs[0].EN, want)
	}
}

func TestATWBreak(t *testing.T) {
	mon := atwMon
	tests := []struct {
		name  string
		build func(b *atwBuilder)
		want  []Severity
	}{
		{"5.5 h without break", func(b *atwBuilder) { b.custom(mon, "X0", "07:00", "12:30") }, nil},
		{"5.5 h + 1 min without break", func(b *atwBuilder) { b.custom(mon, "X0", "07:00", "12:31") }, []Severity{SevWarning}},
		{"8 h with 30 min", func(b *atwBuilder) { b.on(mon, "V") }, nil},
		{"10 h work with 30 min", func(b *atwBuilder) { b.x(mon, "07:00", "17:30") }, nil},
		{"10 h 01 work with 30 min", func(b *atwBuilder) { b.x(mon, "07:00", "17:31") }, []Severity{SevWarning}},
		{"sleep shift needs no break", func(b *atwBuilder) { b.on(mon, "S") }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			tt.build(b)
			atwWant(t, b.run(roster.Week(mon), RuleATWBreak), tt.want...)
		})
	}
}

func TestATWWeek(t *testing.T) {
	mon := atwMon
	fiveTwelve := func(b *atwBuilder) { // 5 × 12 h of work = 60 h
		for i := range 5 {
			b.x(mon+roster.Date(i), "07:00", "19:30")
		}
	}
	tests := []struct {
		name  string
		build func(b *atwBuilder)
		want  []Severity
	}{
		{"60 h", fiveTwelve, nil},
		{"60 h + 1 min", func(b *atwBuilder) { fiveTwelve(b); b.custom(mon+5, "X0", "10:00", "10:01") }, []Severity{SevError}},
		{"vacated shift counts", func(b *atwBuilder) { fiveTwelve(b); b.on(mon+5, "V").sick() }, []Severity{SevError}},
		{"absence counts", func(b *atwBuilder) { fiveTwelve(b); b.absent(mon+5, mon+5, roster.AbsLeave, 1) }, []Severity{SevError}},
		{"default absence hours count (36/5)", func(b *atwBuilder) {
			for i := range 4 {
				b.x(mon+roster.Date(i), "07:00", "19:30")
			}
			b.absent(mon+4, mon+6, roster.AbsSick, 0) // 3 × 7.2 h = 21.6 h → 69.6 h
		}, []Severity{SevError}},
		{"absence capped at contract hours", func(b *atwBuilder) {
			b.x(mon, "07:00", "19:30")
			b.absent(mon+1, mon+6, roster.AbsLeave, 8) // 48 h of leave, counts as 36
		}, nil},
		{"vacated shift on an absence day counts once", func(b *atwBuilder) {
			fiveTwelve(b)
			b.h.Plan.Assignments[4].State = roster.StateSick
			b.absent(mon+4, mon+4, roster.AbsSick, 0)
		}, nil},
		{"sleep shift counts in full", func(b *atwBuilder) { fiveTwelve(b); b.on(mon+5, "S") }, []Severity{SevError}},
		{"night into the next week counts for its start", func(b *atwBuilder) {
			fiveTwelve(b)
			b.h.Plan.Assignments = b.h.Plan.Assignments[:4]
			b.x(mon+6, "19:00", "07:30") // Sunday night: 12 h in this week
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			tt.build(b)
			atwWant(t, b.run(roster.Week(mon), RuleATWWeek), tt.want...)
		})
	}
}

func TestATWWeekAverages(t *testing.T) {
	mon := atwMon
	// weeks puts member 1 on n weeks up to and including the week of mon,
	// on the first days of each week, on a shift from 07:00 to end with a
	// 30 min break.
	weeks := func(b *atwBuilder, n, days int, end string) {
		for m := mon - roster.Date(7*(n-1)); m <= mon; m += 7 {
			for d := range days {
				b.x(m+roster.Date(d), "07:00", end)
			}
		}
	}
	tests := []struct {
		name  string
		build func(b *atwBuilder)
		want  []string // message prefixes, in order
	}{
		{"4 × 56 h", func(b *atwBuilder) { weeks(b, 4, 7, "15:30") }, []string{"gemiddeld 56 u per week over 4 weken (2026-W45–2026-W48)"}},
		{"4 × 55 h", func(b *atwBuilder) { weeks(b, 4, 5, "18:30") }, nil},
		{"3 weeks of 56 h: the plan does not reach back", func(b *atwBuilder) { weeks(b, 3, 7, "15:30") }, nil},
		{"16 × 49 h", func(b *atwBuilder) { weeks(b, 16, 7, "14:30") }, []string{"gemiddeld 49 u per week over 16 weken (2026-W33–2026-W48)"}},
		{"16 × 48 h", func(b *atwBuilder) { weeks(b, 16, 6, "15:30") }, nil},
		{"15 × 49 h", func(b *atwBuilder) { weeks(b, 15, 7, "14:30") }, nil},
		{"15 × 54 h: the plan does not reach back 16 weeks", func(b *atwBuilder) { weeks(b, 15, 6, "16:30") }, nil},
		{"16 × 54 h", func(b *atwBuilder) { weeks(b, 16, 6, "16:30") }, []string{"gemiddeld 54 u per week over 16 weken"}},
		{"16 weeks with an absence at the start", func(b *atwBuilder) {
			weeks(b, 15, 7, "14:30")
			b.absent(mon-105, mon-99, roster.AbsLeave, 7) // 49 h of leave, counts as the contract's 36 h
		}, []string{"gemiddeld 48,19 u per week over 16 weken"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			tt.build(b)
			fs := b.run(roster.Week(mon), RuleATWWeek)
			if len(fs) != len(tt.want) {
				t.Fatalf("got %d findings, want %d:%s", len(fs), len(tt.want), atwSummary(fs))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(fs[i].NL, w) {
					t.Errorf("finding %d: %q, want prefix %q", i, fs[i].NL, w)
				}
			}
		})
	}
}
