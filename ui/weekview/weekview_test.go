package weekview_test

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// mon is Monday 23 November 2026 (ISO week 48).
var mon = roster.NewDate(2026, time.November, 23)

func TestBalanceWindow(t *testing.T) {
	h := rostertest.WeekViewHouse()
	// 2026 has 53 ISO weeks: week 53 joins weeks 49–52.
	tests := []struct {
		year, week          int
		wantFirst, wantLast int
	}{
		{2026, 1, 1, 4}, {2026, 4, 1, 4}, {2026, 5, 5, 8}, {2026, 48, 45, 48},
		{2026, 49, 49, 53}, {2026, 53, 49, 53}, {2027, 52, 49, 52}, {2027, 1, 1, 4},
	}
	for _, tt := range tests {
		d := roster.ISOWeekStart(tt.year, tt.week) + 3
		got := roster.BalanceWindow(h, d)
		want := roster.Window{From: roster.ISOWeekStart(tt.year, tt.wantFirst), To: roster.ISOWeekStart(tt.year, tt.wantLast) + 6}
		if got != want {
			t.Errorf("BalanceWindow(%d-W%02d) = %v, want %v", tt.year, tt.week, got, want)
		}
		if !got.Contains(d) {
			t.Errorf("BalanceWindow(%v) = %v does not contain the date", d, got)
		}
	}
}

func TestPlannedHours(t *testing.T) {
	h := rostertest.WeekViewHouse()
	rostertest.Assign(h, 1, mon, "V")   // 8
	rostertest.Assign(h, 1, mon+1, "S") // 8 sleep hours count 4
	rostertest.Assign(h, 1, mon+2, "L") // 8, but reported sick: not worked
	h.Plan.Assignments[2].State = roster.StateSick
	rostertest.Assign(h, 1, mon+3, "V") // on a leave day: counts as the absence only
	h.Plan.Absences = []roster.Absence{{Member: 1, From: mon + 3, To: mon + 6, Kind: roster.AbsLeave}}
	// leave Thu, Fri at 36/5 = 7.2 each; the weekend days of the leave do not count.
	want := 8 + 4 + 2*7.2
	if got := roster.PlannedHours(h, 1, roster.Week(mon)); math.Abs(got-want) > 1e-9 {
		t.Errorf("PlannedHours = %v, want %v", got, want)
	}
	v := weekview.NewWeekView(h, mon+2)
	if v.Rows[0].Member != 1 || math.Abs(v.Rows[0].Planned-want) > 1e-9 || v.Rows[0].Contract != 36 {
		t.Errorf("row 0 = %+v", v.Rows[0])
	}
	// Balance period weeks 45–48: 4 × 36 × 0.9 = 129.6 minus what is planned.
	if got := v.Rows[0].SlackLeft; math.Abs(got-(129.6-want)) > 1e-9 {
		t.Errorf("SlackLeft = %v, want %v", got, 129.6-want)
	}
}

func TestWeekViewRowsGroupedByRole(t *testing.T) {
	v := weekview.NewWeekView(rostertest.WeekViewHouse(), mon)
	var got []string
	for _, r := range v.Rows {
		got = append(got, r.Name)
	}
	want := []string{"Anna", "Bram", "Cas", "Tess", "Huub"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %v, want %v", got, want)
	}
	if v.NightStart != roster.NewClock(23, 0) || v.NightEnd != roster.NewClock(7, 0) || v.NightBefore != nil {
		t.Errorf("night %v–%v, before %v", v.NightStart, v.NightEnd, v.NightBefore)
	}
	if v.Days[0] != mon || v.Days[6] != mon+6 {
		t.Errorf("days = %v … %v", v.Days[0], v.Days[6])
	}
}

func TestWeekViewHolidays(t *testing.T) {
	v := weekview.NewWeekView(rostertest.WeekViewHouse(), roster.NewDate(2026, time.December, 24))
	if v.Holidays[4] == "" {
		t.Errorf("Friday 25 December: holiday %q", v.Holidays[4])
	}
	if v.Holidays[0] != "" {
		t.Errorf("Monday 21 December is no holiday, got %q", v.Holidays[0])
	}
}

func TestCellOf(t *testing.T) {
	h := rostertest.WeekViewHouse()
	rostertest.Assign(h, 2, mon, "V")
	custom := roster.NewClock(8, 0)
	h.Plan.Assignments[0].Start = &custom
	h.Plan.Wishes = []roster.Wish{{Member: 2, Date: mon, Kind: roster.WishRatherNot}}
	c := weekview.CellOf(h, 2, mon)
	if len(c.Shifts) != 1 || c.Shifts[0].Start != custom || !c.Shifts[0].Custom || c.Shifts[0].End != roster.NewClock(15, 0) ||
		c.Shifts[0].Colour != "#f5c242" || !c.Shifts[0].Known {
		t.Errorf("shifts = %+v", c.Shifts)
	}
	if len(c.Wishes) != 1 || c.Absence != "" || c.State != roster.PeriodDraft {
		t.Errorf("cell = %+v", c)
	}
}

func TestDayCover(t *testing.T) {
	h := rostertest.WeekViewHouse()
	rostertest.Assign(h, 1, mon, "V")
	rostertest.Assign(h, 2, mon, "V")
	rostertest.Assign(h, 3, mon, "L")
	rostertest.Assign(h, 4, mon, "L") // teamleider counts on a group shift
	rostertest.Assign(h, 5, mon, "L") // household help never counts
	rostertest.Assign(h, 2, mon, "S") // sleep shift: night cover, not presence
	dc := weekview.DayCoverOf(h, mon, roster.NewHolidaySet(roster.Week(mon), nil))
	type seg struct {
		from, to string
		n        int
		st       weekview.CoverStatus
	}
	var got []seg
	for _, s := range dc.Segments {
		got = append(got, seg{s.Start.Format("15:04"), s.End.Format("15:04"), s.Present, s.Status})
	}
	want := []seg{
		{"00:00", "07:00", 0, weekview.CoverNone},
		{"07:00", "23:00", 2, weekview.CoverOK},
		{"23:00", "00:00", 0, weekview.CoverNone},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("segments = %v, want %v", got, want)
	}
	if !reflect.DeepEqual(dc.Night, []int{2}) {
		t.Errorf("night = %v, want [2]", dc.Night)
	}
	if v := weekview.NewWeekView(h, mon+7); !reflect.DeepEqual(v.NightBefore, []int(nil)) {
		t.Errorf("night before week 49 = %v", v.NightBefore)
	}
	rostertest.Assign(h, 3, mon+6, "S")
	if v := weekview.NewWeekView(h, mon+7); !reflect.DeepEqual(v.NightBefore, []int{3}) {
		t.Errorf("night before week 49 = %v, want [3]", v.NightBefore)
	}
	// Anna off sick: the morning is one short.
	h.Plan.Absences = []roster.Absence{{Member: 1, From: mon, To: mon, Kind: roster.AbsSick}}
	dc = weekview.DayCoverOf(h, mon, roster.NewHolidaySet(roster.Week(mon), nil))
	if len(dc.Segments) != 4 || dc.Segments[1].Status != weekview.CoverShortOne || dc.Segments[2].Status != weekview.CoverOK {
		t.Errorf("with Anna sick: %+v", dc.Segments)
	}
}

func TestDayCoverDST(t *testing.T) {
	h := rostertest.WeekViewHouse()
	d := roster.NewDate(2026, time.March, 29) // summer time starts: a 23-hour day
	rostertest.Assign(h, 1, d, "V")
	dc := weekview.DayCoverOf(h, d, roster.NewHolidaySet(roster.Week(d), nil))
	if dc.Segments[0].To <= 6.0/24 || dc.Segments[0].To >= 7.0/24+0.01 || math.Abs(dc.Segments[0].To-6.0/23) > 1e-9 {
		t.Errorf("07:00 on a 23-hour day lies at %v of the day, want 6/23", dc.Segments[0].To)
	}
	if last := dc.Segments[len(dc.Segments)-1]; last.To != 1 {
		t.Errorf("the last segment ends at %v, want 1", last.To)
	}
	if dc.Segments[1].Status != weekview.CoverShortOne {
		t.Errorf("one of two present: status %v", dc.Segments[1].Status)
	}
	rostertest.Assign(h, 2, d, "V")
	rostertest.Assign(h, 3, d, "V")
	rostertest.Assign(h, 4, d, "V")
	dc = weekview.DayCoverOf(h, d, roster.NewHolidaySet(roster.Week(d), nil))
	if dc.Segments[1].Status != weekview.CoverOver || dc.Segments[1].Present != 4 {
		t.Errorf("four of max three: %+v", dc.Segments[1])
	}
}

func TestSetPeriodState(t *testing.T) {
	h := rostertest.WeekViewHouse()
	four := roster.Window{From: mon - 7, To: mon + 20}
	h.Plan.Periods = []roster.Period{{From: four.From, To: four.To, State: roster.PeriodWishes}}
	orig := append([]roster.Period(nil), h.Plan.Periods...)
	e := roster.SetPeriodState(&h.Plan, roster.Week(mon), roster.PeriodFixed)
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	for d := four.From; d <= four.To; d++ {
		want := roster.PeriodWishes
		if roster.Week(mon).Contains(d) {
			want = roster.PeriodFixed
		}
		if got := h.Plan.StateOn(d); got != want {
			t.Errorf("%v: state %q, want %q", d, got, want)
		}
	}
	if got := h.Plan.StateOn(four.To + 1); got != roster.PeriodDraft {
		t.Errorf("after the periods: %q", got)
	}
	// Unlock: back to draft, the neighbours keep their state.
	if err := h.Apply(roster.SetPeriodState(&h.Plan, roster.Week(mon), roster.PeriodDraft)); err != nil {
		t.Fatal(err)
	}
	if h.Plan.StateOn(mon) != roster.PeriodDraft || h.Plan.StateOn(mon-1) != roster.PeriodWishes {
		t.Errorf("after unlock: %+v", h.Plan.Periods)
	}
	// The inverse of the first edit after undoing the unlock restores the start.
	h2 := rostertest.WeekViewHouse()
	h2.Plan.Periods = append([]roster.Period(nil), orig...)
	e2 := roster.SetPeriodState(&h2.Plan, roster.Week(mon), roster.PeriodFixed)
	if err := h2.Apply(e2); err != nil {
		t.Fatal(err)
	}
	if err := h2.Apply(e2.Inverse()); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(h2.Plan.Periods, orig) {
		t.Errorf("undo: %+v, want %+v", h2.Plan.Periods, orig)
	}
}

func TestFixedDates(t *testing.T) {
	h := rostertest.WeekViewHouse()
	h.Plan.Periods = []roster.Period{{From: mon, To: mon + 6, State: roster.PeriodFixed}}
	e := roster.Edit{Cells: []roster.CellEdit{{Member: 1, Date: mon - 1}, {Member: 1, Date: mon + 2}, {Member: 2, Date: mon + 2}}}
	if got := roster.FixedDates(&h.Plan, e); !reflect.DeepEqual(got, []roster.Date{mon + 2}) {
		t.Errorf("FixedDates = %v", got)
	}
	// Leave on an empty cell of the fixed week is a change of that week.
	e = roster.Edit{Absences: roster.AbsenceDayEdit(&h.Plan, 1, mon+4, roster.AbsLeave)}
	if got := roster.FixedDates(&h.Plan, e); !reflect.DeepEqual(got, []roster.Date{mon + 4}) {
		t.Errorf("leave in a fixed week: FixedDates = %v", got)
	}
	// Splitting a leave that runs through the fixed week, on a day after
	// it, leaves the fixed days alone.
	h.Plan.Absences = []roster.Absence{{Member: 1, From: mon - 3, To: mon + 10, Kind: roster.AbsLeave}}
	e = roster.Edit{Absences: roster.AbsenceDayEdit(&h.Plan, 1, mon+9, roster.AbsSick)}
	if got := roster.FixedDates(&h.Plan, e); len(got) != 0 {
		t.Errorf("split outside the fixed week: FixedDates = %v", got)
	}
	e = roster.Edit{Absences: roster.AbsenceDayEdit(&h.Plan, 1, mon+1, "")}
	if got := roster.FixedDates(&h.Plan, e); !reflect.DeepEqual(got, []roster.Date{mon + 1}) {
		t.Errorf("clearing a fixed leave day: FixedDates = %v", got)
	}
	w := roster.Wish{Member: 2, Date: mon + 5, Kind: roster.WishCannot}
	if got := roster.FixedDates(&h.Plan, roster.Edit{Wishes: []roster.WishEdit{{After: &w}}}); !reflect.DeepEqual(got, []roster.Date{mon + 5}) {
		t.Errorf("wish: FixedDates = %v", got)
	}
}

func TestCopyWeekEdit(t *testing.T) {
	h := rostertest.WeekViewHouse()
	prev := mon - 7
	rostertest.Assign(h, 1, prev, "V")
	rostertest.Assign(h, 1, prev+1, "L")
	rostertest.Assign(h, 2, prev+1, "V")
	rostertest.Assign(h, 2, mon+1, "L") // already planned this week
	h.Plan.Assignments[0].State = roster.StateSick
	e := roster.CopyWeekEdit(h, prev, mon, false)
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	check := func(member int, d roster.Date, want ...string) {
		t.Helper()
		var got []string
		for _, a := range h.Plan.CellAssignments(member, d) {
			if a.State != roster.StatePlanned {
				t.Errorf("copied a sick state to %d %v", member, d)
			}
			got = append(got, a.Shift)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("member %d on %v: %v, want %v", member, d, got, want)
		}
	}
	check(1, mon, "V")
	check(1, mon+1, "L")
	check(2, mon+1, "L") // kept
	e = roster.CopyWeekEdit(h, prev, mon, true)
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	check(2, mon+1, "V") // overwritten
	if len(e.Cells) != 1 {
		t.Errorf("overwrite changed %d cells, want 1", len(e.Cells))
	}
}

func TestBaseRoster(t *testing.T) {
	h := rostertest.WeekViewHouse()
	// A two-week pattern: Anna early on Mondays of week A, late in week B.
	rostertest.Assign(h, 1, mon, "V")
	rostertest.Assign(h, 1, mon+7, "L")
	rostertest.Assign(h, 2, mon+9, "S")
	b, err := roster.BaseRosterFrom(h, mon+3, 2)
	if err != nil {
		t.Fatal(err)
	}
	if b.Start != mon || len(b.Cells) != 3 {
		t.Fatalf("pattern = %+v", b)
	}
	for _, tt := range []struct {
		d    roster.Date
		want int
	}{{mon, 0}, {mon + 6, 0}, {mon + 7, 1}, {mon + 14, 0}, {mon - 7, 1}, {mon - 14, 0}, {mon - 1, 1}} {
		if got := b.WeekOf(tt.d); got != tt.want {
			t.Errorf("WeekOf(%v) = %d, want %d", tt.d, got, tt.want)
		}
	}
	// Bram already has an early shift on Wednesday of week 50: kept unless asked.
	rostertest.Assign(h, 2, mon+16, "V")
	h.Plan.Periods = []roster.Period{{From: mon + 21, To: mon + 27, State: roster.PeriodFixed}}
	w := roster.Window{From: mon + 14, To: mon + 27}
	e := b.Edit(h, w, false)
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	cell := func(m int, d roster.Date) string {
		s := ""
		for _, a := range h.Plan.CellAssignments(m, d) {
			s += a.Shift
		}
		return s
	}
	if cell(1, mon+14) != "V" || cell(2, mon+16) != "V" || cell(1, mon+21) != "" {
		t.Errorf("after apply: Anna %q, Bram %q, Anna in fixed week %q", cell(1, mon+14), cell(2, mon+16), cell(1, mon+21))
	}
	rostertest.Assign(h, 2, mon+2, "V") // Bram Wednesday week A in the source week
	b, _ = roster.BaseRosterFrom(h, mon, 2)
	e = b.Edit(h, w, true)
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	if cell(2, mon+16) != "V" {
		t.Errorf("overwrite with the same shift: %q", cell(2, mon+16))
	}
	if _, err := roster.BaseRosterFrom(h, mon, 0); err == nil {
		t.Error("a pattern of 0 weeks was accepted")
	}
}

func TestMarkAbsentEdit(t *testing.T) {
	h := rostertest.WeekViewHouse()
	rostertest.Assign(h, 1, mon+2, "V")
	h.Plan.Assignments[len(h.Plan.Assignments)-1].Note = "ruilt met Bram"
	h.Plan.Absences = []roster.Absence{{Member: 1, From: mon, To: mon + 4, Kind: roster.AbsLeave}}
	e := roster.MarkAbsentEdit(h, 1, mon+2, roster.AbsSick)
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	kinds := ""
	for d := mon; d <= mon+5; d++ {
		if ab := h.Plan.AbsenceOn(1, d); ab != nil {
			kinds += string(ab.Kind[0])
		} else {
			kinds += "."
		}
	}
	if kinds != "vvzvv." {
		t.Errorf("absences by day = %q, want vvzvv.", kinds)
	}
	if as := h.Plan.CellAssignments(1, mon+2); len(as) != 1 || as[0].State != roster.StateSick {
		t.Errorf("sick day keeps the shift, marked sick: %+v", as)
	} else if as[0].Note != "" {
		t.Errorf("a sick shift keeps its note %q: a sick report stores no text", as[0].Note)
	}
	// Leave replaces the shift; clearing removes the absence of that day only.
	if err := h.Apply(roster.MarkAbsentEdit(h, 1, mon+2, roster.AbsLeave)); err != nil {
		t.Fatal(err)
	}
	if as := h.Plan.CellAssignments(1, mon+2); len(as) != 0 {
		t.Errorf("leave keeps shifts: %+v", as)
	}
	if err := h.Apply(roster.Edit{Absences: roster.AbsenceDayEdit(&h.Plan, 1, mon+1, "")}); err != nil {
		t.Fatal(err)
	}
	if h.Plan.AbsenceOn(1, mon+1) != nil || h.Plan.AbsenceOn(1, mon) == nil || h.Plan.AbsenceOn(1, mon+3) == nil {
		t.Errorf("clearing one day: %+v", h.Plan.Absences)
	}
	if got := roster.AbsenceDayEdit(&h.Plan, 1, mon+2, roster.AbsLeave); got != nil {
		t.Errorf("the same one-day absence again: %+v", got)
	}
}

// BenchmarkNewWeekView measures what the week screen gathers after every
// edit: rows, hours, slack and the coverage strip of the demo week.
func BenchmarkNewWeekView(b *testing.B) {
	h := demo.House(mon)
	for b.Loop() {
		weekview.NewWeekView(h, mon)
	}
}
