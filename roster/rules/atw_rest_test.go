package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

func TestATWRest(t *testing.T) {
	mon := atwMon
	wk := roster.Week(mon)
	tests := []struct {
		name  string
		build func(b *atwBuilder)
		w     roster.Window
		want  []Severity
	}{
		{"exactly 11 h", func(b *atwBuilder) { b.on(mon, "L").x(mon+1, "10:00", "18:00") }, wk, nil},
		{"10 h 59 is shortened", func(b *atwBuilder) { b.on(mon, "L").x(mon+1, "09:59", "18:00") }, wk, []Severity{SevWarning}},
		{"8 h once is the exception", func(b *atwBuilder) { b.on(mon, "L", "V") }, wk, []Severity{SevWarning}},
		{"8 h twice in 7 days", func(b *atwBuilder) { b.on(mon, "L", "V", "L", "V") }, wk, []Severity{SevWarning, SevError}},
		{"8 h again after exactly 7 days", func(b *atwBuilder) { b.on(mon, "L", "V", "", "", "", "", "", "L", "V") },
			roster.Window{From: mon, To: mon + 13}, []Severity{SevWarning, SevWarning}},
		{"8 h again 1 min before 7 days", func(b *atwBuilder) {
			b.on(mon, "L", "V").x(mon+7, "15:00", "22:59").x(mon+8, "06:59", "12:00")
		}, roster.Window{From: mon, To: mon + 13}, []Severity{SevWarning, SevError}},
		{"under 8 h", func(b *atwBuilder) { b.x(mon, "16:00", "23:00").x(mon+1, "06:59", "12:00") }, wk, []Severity{SevError}},
		{"split day, free night", func(b *atwBuilder) { b.on(mon, "O+L") }, wk, nil},
		{"split day then early", func(b *atwBuilder) { b.on(mon, "O+L", "V") }, wk, []Severity{SevWarning}},
		{"touching shifts are one duty", func(b *atwBuilder) { b.on(mon, "V+L", "", "V") }, wk, nil},
		{"vacated shift is no duty", func(b *atwBuilder) { b.on(mon, "L").sick().on(mon+1, "V") }, wk, nil},
		{"over midnight", func(b *atwBuilder) { b.x(mon, "18:00", "02:00").x(mon+1, "10:00", "14:00") }, wk, []Severity{SevWarning}},
		{"shortened rest before the window counts", func(b *atwBuilder) { b.on(mon-3, "L", "V", "", "L", "V") },
			roster.Window{From: mon, To: mon}, []Severity{SevError}},
		{"rest outside the window is not reported", func(b *atwBuilder) { b.on(mon-3, "L", "V") }, roster.Window{From: mon + 1, To: mon + 6}, nil},
		// 2026-03-29 is 23 hours long: L on Saturday then V on Sunday is 7 h.
		{"DST spring: 7 h", func(b *atwBuilder) { b.on(roster.NewDate(2026, 3, 28), "L", "V") }, roster.Week(roster.NewDate(2026, 3, 28)), []Severity{SevError}},
		// 2026-10-25 is 25 hours long: L then V is 9 h.
		{"DST autumn: 9 h", func(b *atwBuilder) { b.on(roster.NewDate(2026, 10, 24), "L", "V") }, roster.Week(roster.NewDate(2026, 10, 24)), []Severity{SevWarning}},
		{"next to a regular sleep shift: ATW-SLEEP instead", func(b *atwBuilder) { b.on(mon, "L+S", "L") }, wk, nil},
		{"irregular sleep shift: ATW-REST", func(b *atwBuilder) {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
			b.on(mon, "L+S", "L")
		}, wk, []Severity{SevWarning}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			tt.build(b)
			atwWant(t, b.run(tt.w, RuleATWRest), tt.want...)
		})
	}
}

func TestATWRestMessage(t *testing.T) {
	b := newATW(t).on(roster.NewDate(2026, 11, 24), "L", "V")
	fs := b.run(roster.Week(atwMon), RuleATWRest)
	atwWant(t, fs, SevWarning)
	f := fs[0]
	if want := "rust te kort: 8 u na late dienst (di 24 nov 23:00–wo 07:00)"; !strings.HasPrefix(f.NL, want) {
		t.Errorf("nl = %q, want prefix %q", f.NL, want)
	}
	if want := "rest too short: 8 h after late dienst (Tue 24 Nov 23:00–Wed 07:00)"; !strings.HasPrefix(f.EN, want) {
		t.Errorf("en = %q, want prefix %q", f.EN, want)
	}
	if f.Members[0] != 1 || len(f.Dates) != 2 || f.Dates[0] != atwMon+1 || f.Dates[1] != atwMon+2 {
		t.Errorf("members %v dates %v", f.Members, f.Dates)
	}
	if got := f.End.Sub(f.Start); got != 8*time.Hour {
		t.Errorf("interval %v", got)
	}
}

func TestATWWeekRest(t *testing.T) {
	mon := atwMon
	// A week with two rests of 32 h (Mon 15:00 → Tue 23:00, Wed 07:00 → Thu
	// 15:00) and short rests otherwise.
	week32 := func(b *atwBuilder, m roster.Date) {
		b.on(m, "V", "N", "", "L", "V", "V", "V")
	}
	tests := []struct {
		name  string
		build func(b *atwBuilder)
		want  []Severity // for the week of mon
	}{
		{"weekend off", func(b *atwBuilder) { b.on(mon-7, atwRepeat("V", 7)...).on(mon, "V", "V", "V", "V", "V") }, nil},
		{"every day", func(b *atwBuilder) { b.on(mon-7, atwRepeat("V", 21)...) }, []Severity{SevError}},
		{"exactly 36 h", func(b *atwBuilder) {
			b.on(mon-7, atwRepeat("V", 12)...) // V until Fri 15:00
			b.x(mon+6, "03:00", "08:00")       // Fri 15:00 → Sun 03:00 = 36 h
			b.on(mon+7, atwRepeat("V", 7)...)
		}, nil},
		{"35 h 59", func(b *atwBuilder) {
			b.on(mon-7, atwRepeat("V", 12)...)
			b.x(mon+6, "02:59", "08:00")
			b.on(mon+7, atwRepeat("V", 7)...)
		}, []Severity{SevError}},
		{"two blocks of 32 h, full weeks around", func(b *atwBuilder) {
			b.on(mon-7, atwRepeat("V", 7)...)
			week32(b, mon)
			b.on(mon+7, atwRepeat("V", 7)...)
		}, []Severity{SevError}},
		{"three blocks of 32 h in 14 days", func(b *atwBuilder) {
			b.on(mon-7, atwRepeat("V", 7)...)
			week32(b, mon)
			week32(b, mon+7)
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			tt.build(b)
			atwWant(t, b.run(roster.Week(mon), RuleATWWeekRest), tt.want...)
		})
	}
}

func TestATWSleep(t *testing.T) {
	mon := atwMon
	wk := roster.Week(mon)
	tests := []struct {
		name  string
		build func(b *atwBuilder)
		want  []Severity
	}{
		{"L+S then free", func(b *atwBuilder) { b.on(mon, "L+S") }, nil},
		{"L+S then late shift: 8 h after, shortened", func(b *atwBuilder) { b.on(mon, "L+S", "L") }, []Severity{SevWarning}},
		{"L+S then 7 h 59", func(b *atwBuilder) { b.on(mon, "L+S").x(mon+1, "14:59", "22:00") }, []Severity{SevError}},
		{"8 h twice in 7 days", func(b *atwBuilder) { b.on(mon, "L+S", "L", "", "L+S", "L") }, []Severity{SevWarning, SevError}},
		{"10 h and 8 h in 7 days", func(b *atwBuilder) {
			b.on(mon, "L+S").x(mon+1, "17:00", "22:00").on(mon+3, "L+S", "L")
		}, []Severity{SevWarning, SevWarning}},
		{"third shortening in 7 days", func(b *atwBuilder) {
			b.on(mon, "L+S").x(mon+1, "17:00", "22:00")
			b.on(mon+2, "L+S").x(mon+3, "17:30", "22:00")
			b.on(mon+4, "L+S").x(mon+5, "17:00", "22:00")
		}, []Severity{SevWarning, SevWarning, SevError}},
		{"late, sleep and early: 24 h", func(b *atwBuilder) { b.on(mon, "L+S", "V") }, nil},
		{"25 h with a sleep shift", func(b *atwBuilder) { b.x(mon, "14:00", "23:00").on(mon, "S").on(mon+1, "V") }, []Severity{SevError}},
		{"L+S then 11 h", func(b *atwBuilder) { b.on(mon, "L+S").x(mon+1, "18:00", "22:00") }, nil},
		{"early shift then S: 8 h before", func(b *atwBuilder) { b.on(mon, "V+S") }, []Severity{SevWarning}},
		{"live-in night counts as sleep", func(b *atwBuilder) { b.on(mon, "V+I").x(mon+1, "14:00", "20:00") }, []Severity{SevWarning, SevError}},
		{"irregular regime: no ATW-SLEEP", func(b *atwBuilder) {
			b.h.Settings.SleepRegime = roster.RegimeIrregular
			b.on(mon, "V+S", "L")
		}, nil},
		{"90 h rest: 6 × 12 h and a sleep shift", func(b *atwBuilder) {
			for i := range 6 {
				b.x(mon+roster.Date(i), "07:00", "19:30")
			}
			b.on(mon+6, "S")
		}, []Severity{SevError}},
		{"90 h rest: 5 × 12 h and a sleep shift", func(b *atwBuilder) {
			for i := range 5 {
				b.x(mon+roster.Date(i), "07:00", "19:30")
			}
			b.on(mon+6, "S")
		}, nil},
		{"6 × 12 h without a sleep shift", func(b *atwBuilder) {
			for i := range 6 {
				b.x(mon+roster.Date(i), "07:00", "19:30")
			}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newATW(t)
			tt.build(b)
			atwWant(t, b.run(wk, RuleATWSleep), tt.want...)
		})
	}
}

func TestATWSleepCount(t *testing.T) {
	for _, n := range []int{52, 53} {
		b := newATW(t)
		// n sleep shifts every third day, the last on Sunday of the window.
		last := atwMon + 6
		for i := range n {
			b.on(last-roster.Date(3*i), "S")
		}
		fs := b.run(roster.Week(atwMon), RuleATWSleep)
		if n == 52 {
			atwWant(t, fs)
			continue
		}
		atwWant(t, fs, SevError)
		if !strings.Contains(fs[0].NL, "53 in 26 weken") || fs[0].Dates[0] != last {
			t.Errorf("%q %v", fs[0].NL, fs[0].Dates)
		}
	}
}
