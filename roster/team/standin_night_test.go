package team

import (
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// A live-in member's night falls vacant: colleagues who do not live in
// cannot do a live-in night, but they can cover it with a slaapdienst. The
// cover finder lists them with that shift, and assigning one covers the night
// without a new error.
func TestCoverLiveInNightWithSleepShift(t *testing.T) {
	start := roster.NewDate(2026, time.November, 16)
	h := demo.House(start)
	var live *roster.Assignment
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if st := h.ShiftType(a.Shift); st != nil && st.Kind == roster.KindLiveIn && a.State == roster.StatePlanned && a.Date >= start+7 {
			live = a
			break
		}
	}
	if live == nil {
		t.Fatal("the demo has no live-in night after its first week")
	}
	sick, err := ReportSick(h, live.Member, live.Date, live.Date, start.Time(0))
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Apply(sick); err != nil {
		t.Fatal(err)
	}
	vs := Vacancies(h, live.Member, live.Date, live.Date)
	if len(vs) != 1 {
		t.Fatalf("vacancies = %+v, want the live-in night", vs)
	}
	v := vs[0]
	res, err := findCoverAt(h, v, start)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Candidates) == 0 {
		t.Fatalf("nobody can cover a live-in night; excluded: %+v", res.Excluded)
	}
	sleep := ""
	for _, st := range h.ShiftTypes {
		if st.Kind == roster.KindSleep {
			sleep = st.Code
			break
		}
	}
	for _, c := range res.Candidates {
		m := h.Member(c.Member)
		if !m.LiveIn && c.Shift != sleep {
			t.Errorf("%s does not live in but would cover with %q, want the slaapdienst %q", m.Name, c.Shift, sleep)
		}
	}
	best := res.Candidates[0]
	before := rules.CheckAt(h, res.Window, start)
	e, err := AssignCover(h, v, best.Member)
	if err != nil {
		t.Fatal(err)
	}
	want := v.Shift
	if best.Shift != "" {
		want = best.Shift
	}
	if got := e.Cells[0].After[len(e.Cells[0].After)-1].Shift; got != want {
		t.Errorf("assigned shift %q, the candidate was listed with %q", got, want)
	}
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	old := map[string]bool{}
	for _, f := range before {
		old[f.Rule+f.NL] = true
	}
	for _, f := range rules.CheckAt(h, res.Window, start) {
		if f.Severity == rules.SevError && !old[f.Rule+f.NL] && f.Rule != rules.RuleCovDay {
			t.Errorf("new error after the cover: %s", f.NL)
		}
		if f.Rule == rules.RuleCovNight && f.Severity == rules.SevError && f.Dates != nil && f.Dates[0] == v.Date {
			t.Errorf("the night stays uncovered: %s", f.NL)
		}
	}
}

func TestCoverVacancyForKeepsWhatTheMemberMayDo(t *testing.T) {
	h := demo.House(roster.NewDate(2026, time.November, 16))
	var liveIn, other *roster.Member
	for i := range h.Members {
		m := &h.Members[i]
		if m.LiveIn && liveIn == nil {
			liveIn = m
		}
		if !m.LiveIn && m.Role == roster.RoleOpvoeder && other == nil {
			other = m
		}
	}
	code := func(k roster.ShiftKind) string {
		for _, st := range h.ShiftTypes {
			if st.Kind == k {
				return st.Code
			}
		}
		t.Fatalf("no shift type of kind %s", k)
		return ""
	}
	v := Vacancy{Member: liveIn.ID, Date: roster.NewDate(2026, time.November, 25), Shift: code(roster.KindLiveIn), Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0)}
	if got := CoverVacancyFor(h, v, liveIn).Shift; got != v.Shift {
		t.Errorf("a live-in member keeps the live-in night, got %q", got)
	}
	if got := CoverVacancyFor(h, v, other).Shift; got != code(roster.KindSleep) {
		t.Errorf("a colleague who does not live in gets %q, want the slaapdienst", got)
	}
	noSleep := *other
	noSleep.NoSleepShifts, noSleep.Nights = true, true
	if got := CoverVacancyFor(h, v, &noSleep).Shift; got != code(roster.KindAwakeNight) {
		t.Errorf("no sleep shifts but nights allowed gets %q, want the awake night", got)
	}
	day := Vacancy{Member: liveIn.ID, Date: v.Date, Shift: code(roster.KindGroup), Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0)}
	if got := CoverVacancyFor(h, day, other); got != day {
		t.Errorf("a day shift changed: %+v", got)
	}
}
