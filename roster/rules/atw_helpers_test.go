package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// atwMon is a Monday: 2026-11-23 (ISO week 2026-W48).
var atwMon = roster.NewDate(2026, 11, 23)

// atwBuilder builds tiny houses for the Working Hours Act tests.
type atwBuilder struct {
	t testing.TB
	h *roster.House
}

// newATW returns a builder of a house with members 1 (Anna) and 2 (Bart),
// both opvoeder with 36 contract hours, and these shift types:
// V 07–15, L 15–23 ("Late dienst"), N 23–07 awake night, all with a 30 min
// break; S 23–07 sleep shift, I 23–07 live-in night; O 10–12 meeting; X a
// group shift with a 30 min break for custom times, X0 the same without a
// break.
func newATW(t testing.TB) *atwBuilder {
	t.Helper()
	c := func(s string) roster.Clock {
		v, err := roster.ParseClock(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	return &atwBuilder{t: t, h: &roster.House{
		Name:     "ATW",
		Children: 6,
		Settings: roster.Settings{SleepRegime: roster.RegimeRegular, NightMode: roster.NightSleep, HoursPerFTE: 36},
		Members: []roster.Member{
			{ID: 1, Name: "Anna", Role: roster.RoleOpvoeder, Nights: true,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 36}}},
			{ID: 2, Name: "Bart", Role: roster.RoleOpvoeder, Nights: true,
				Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 36}}},
		},
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Name: "Vroege dienst", Start: c("07:00"), End: c("15:00"), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "L", Name: "Late dienst", Start: c("15:00"), End: c("23:00"), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "N", Name: "Wakende nacht", Start: c("23:00"), End: c("07:00"), BreakMin: 30, Kind: roster.KindAwakeNight},
			{Code: "S", Name: "Slaapdienst", Start: c("23:00"), End: c("07:00"), Kind: roster.KindSleep},
			{Code: "I", Name: "Inwonend", Start: c("23:00"), End: c("07:00"), Kind: roster.KindLiveIn},
			{Code: "O", Name: "Overleg", Start: c("10:00"), End: c("12:00"), Kind: roster.KindOffGroup},
			{Code: "X", Name: "Dienst", Start: c("09:00"), End: c("17:00"), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "X0", Name: "Dienst", Start: c("09:00"), End: c("17:00"), Kind: roster.KindGroup},
		},
	}}
}

// on assigns member 1 to each code on successive dates from d ("" skips a
// date).
func (b *atwBuilder) on(d roster.Date, codes ...string) *atwBuilder {
	return b.onFor(1, d, codes...)
}

// onFor assigns member to each code on successive dates from d.
func (b *atwBuilder) onFor(member int, d roster.Date, codes ...string) *atwBuilder {
	for i, code := range codes {
		for _, c := range strings.Split(code, "+") { // "L+S": two shifts on one date
			if c != "" {
				b.h.Plan.Assignments = append(b.h.Plan.Assignments, roster.Assignment{Member: member, Date: d + roster.Date(i), Shift: c})
			}
		}
	}
	return b
}

// custom assigns member 1 to shift type code on d with custom times.
func (b *atwBuilder) custom(d roster.Date, code, start, end string) *atwBuilder {
	b.t.Helper()
	s, err1 := roster.ParseClock(start)
	e, err2 := roster.ParseClock(end)
	if err1 != nil || err2 != nil {
		b.t.Fatalf("bad times %q %q", start, end)
	}
	b.h.Plan.Assignments = append(b.h.Plan.Assignments, roster.Assignment{Member: 1, Date: d, Shift: code, Start: &s, End: &e})
	return b
}

// x assigns member 1 a custom X shift (30 min break).
func (b *atwBuilder) x(d roster.Date, start, end string) *atwBuilder {
	return b.custom(d, "X", start, end)
}

// sick marks the last assignment as vacated by a sick report.
func (b *atwBuilder) sick() *atwBuilder {
	b.h.Plan.Assignments[len(b.h.Plan.Assignments)-1].State = roster.StateSick
	return b
}

// absent adds an absence of member 1.
func (b *atwBuilder) absent(from, to roster.Date, kind roster.AbsenceKind, hoursPerDay float64) *atwBuilder {
	b.h.Plan.Absences = append(b.h.Plan.Absences, roster.Absence{Member: 1, From: from, To: to, Kind: kind, HoursPerDay: hoursPerDay})
	return b
}

// run returns the ATW findings of rule (all ATW rules when rule is "") for
// window w, checking the ATW rules only.
func (b *atwBuilder) run(w roster.Window, rule string) []Finding {
	c := newChecker(b.h, w)
	c.checkATW()
	sortFindings(c.out)
	if rule == "" {
		return c.out
	}
	var out []Finding
	for _, f := range c.out {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// atwSummary formats findings as "error: message" lines for test output.
func atwSummary(fs []Finding) string {
	var sb strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&sb, "\n  %s %s: %s", f.Rule, f.Severity, f.NL)
	}
	return sb.String()
}

// atwWant checks that fs has exactly the severities want, in order.
func atwWant(t *testing.T, fs []Finding, want ...Severity) {
	t.Helper()
	if len(fs) != len(want) {
		t.Fatalf("got %d findings, want %d:%s", len(fs), len(want), atwSummary(fs))
	}
	for i := range want {
		if fs[i].Severity != want[i] {
			t.Errorf("finding %d: severity %v, want %v:%s", i, fs[i].Severity, want[i], atwSummary(fs))
		}
		if len(fs[i].Members) != 1 || fs[i].NL == "" || fs[i].EN == "" || fs[i].NL == fs[i].EN {
			t.Errorf("finding %d: members %v, nl %q, en %q", i, fs[i].Members, fs[i].NL, fs[i].EN)
		}
	}
}

// atwRepeat returns n copies of code.
func atwRepeat(code string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = code
	}
	return out
}
