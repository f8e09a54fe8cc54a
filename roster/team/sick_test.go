package team

import (
	"slices"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// cvShiftsOf returns member's assignments from from to to, in plan order.
func cvShiftsOf(h *roster.House, member int, from, to roster.Date) []roster.Assignment {
	var out []roster.Assignment
	for _, a := range h.Plan.Assignments {
		if a.Member == member && a.Date >= from && a.Date <= to {
			out = append(out, a)
		}
	}
	return out
}

// cvApply applies e to a deep copy of h and returns it.
func cvApply(t *testing.T, h *roster.House, e roster.Edit) *roster.House {
	t.Helper()
	out := cvClone(t, h)
	if err := out.Apply(e); err != nil {
		t.Fatal(err)
	}
	return out
}

// cvSamePlan fails when a and b have different assignments or absences.
func cvSamePlan(t *testing.T, a, b *roster.House) {
	t.Helper()
	if !slices.EqualFunc(a.Plan.Assignments, b.Plan.Assignments, assignmentEqual) {
		t.Error("assignments differ")
	}
	if !slices.Equal(a.Plan.Absences, b.Plan.Absences) {
		t.Errorf("absences differ: %v vs %v", a.Plan.Absences, b.Plan.Absences)
	}
}

func TestReportSickRange(t *testing.T) {
	h := rostertest.StandInHouse()
	from, to := cvStart+7, cvStart+9
	now := (cvStart + 6).Time(roster.NewClock(20, 0)) // the evening before
	for i, a := range h.Plan.Assignments {
		if a.Member == 3 && a.Date >= from && a.Date <= to {
			h.Plan.Assignments[i].Note = "zwemles"
			break
		}
	}
	e, err := ReportSick(h, 3, from, to, now)
	if err != nil {
		t.Fatal(err)
	}
	after := cvApply(t, h, e)
	want := roster.Absence{Member: 3, From: from, To: to, Kind: roster.AbsSick}
	if !slices.Contains(after.Plan.Absences, want) {
		t.Errorf("absences %v, want %v among them", after.Plan.Absences, want)
	}
	planned := cvShiftsOf(h, 3, from, to)
	got := cvShiftsOf(after, 3, from, to)
	if len(planned) == 0 || len(got) != len(planned) {
		t.Fatalf("%d shifts before, %d after", len(planned), len(got))
	}
	for _, a := range got {
		if a.State != roster.StateSick {
			t.Errorf("%s %s not sick", a.Date, a.Shift)
		}
		if a.Note != "" {
			t.Errorf("%s %s: a sick shift keeps note %q (the store refuses it)", a.Date, a.Shift, a.Note)
		}
	}
	for _, a := range cvShiftsOf(after, 3, to+1, to+7) {
		if a.State != roster.StatePlanned {
			t.Errorf("%s %s outside the range is %q", a.Date, a.Shift, a.State)
		}
	}
	vs := Vacancies(after, 3, from, to)
	if len(vs) != len(planned) {
		t.Errorf("%d vacancies, want %d", len(vs), len(planned))
	}
	for i := 1; i < len(vs); i++ {
		a, _ := vs[i-1].Span()
		b, _ := vs[i].Span()
		if !a.Before(b) {
			t.Errorf("vacancies out of order: %v", vs)
		}
	}
	// The sick member's shifts are no work: the engine reports no ABSENT.
	for _, f := range rules.CheckAt(after, roster.Window{From: from, To: to}, cvToday) {
		if f.Rule == rules.RuleAbsent {
			t.Errorf("sick shifts reported as work during an absence: %s", f.NL)
		}
	}
	cvSamePlan(t, cvApply(t, after, e.Inverse()), h)
}

func TestReportSickInProgress(t *testing.T) {
	h := rostertest.StandInHouse()
	d := cvStart + 8
	member := 0
	for _, a := range h.Plan.Assignments {
		if a.Date == d && a.Shift == "V" {
			member = a.Member
		}
	}
	now := d.Time(roster.NewClock(11, 20)) // goes home sick during the early shift
	e, err := ReportSick(h, member, d, d, now)
	if err != nil {
		t.Fatal(err)
	}
	after := cvApply(t, h, e)
	cell := after.Plan.CellAssignments(member, d)
	if len(cell) != 2 {
		t.Fatalf("cell %+v, want the worked part and the sick part", cell)
	}
	worked, sick := cell[0], cell[1]
	if worked.State != roster.StatePlanned || worked.End == nil || *worked.End != roster.NewClock(11, 20) {
		t.Errorf("worked part %+v", worked)
	}
	if sick.State != roster.StateSick || sick.Start == nil || *sick.Start != roster.NewClock(11, 20) {
		t.Errorf("sick part %+v", sick)
	}
	if a := after.Plan.AbsenceOn(member, d); a != nil {
		t.Errorf("a one-day report after the shift began adds absence %+v: the worked part would be work during an absence", a)
	}
	vs := Vacancies(after, member, d, d)
	if len(vs) != 1 || vs[0].Start != roster.NewClock(11, 20) || vs[0].End != roster.NewClock(15, 0) {
		t.Errorf("vacancies %+v, want 11:20–15:00", vs)
	}
}

func TestReportSickOpenAndMerge(t *testing.T) {
	h := rostertest.StandInHouse()
	from := cvStart + 10
	h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: 4, From: from - 3, To: from - 1, Kind: roster.AbsSick})
	e, err := ReportSickFromNow(h, 4, from.Time(roster.NewClock(6, 45)))
	if err != nil {
		t.Fatal(err)
	}
	after := cvApply(t, h, e)
	var sick []roster.Absence
	for _, a := range after.Plan.Absences {
		if a.Member == 4 {
			sick = append(sick, a)
		}
	}
	if want := []roster.Absence{{Member: 4, From: from - 3, To: OpenEnd, Kind: roster.AbsSick}}; !slices.Equal(sick, want) {
		t.Errorf("absences %v, want the adjoining one widened to %v", sick, want)
	}
	for _, a := range cvShiftsOf(after, 4, from, from+60) {
		if a.State != roster.StateSick {
			t.Errorf("%s %s not sick in an open report", a.Date, a.Shift)
		}
	}
	if OpenEnd.String() != "9999-12-31" {
		t.Errorf("OpenEnd is %s", OpenEnd)
	}
	if e.NL == "" || e.EN == "" {
		t.Error("edit without description")
	}
}

func TestReportSickBadInput(t *testing.T) {
	h := rostertest.StandInHouse()
	if _, err := ReportSick(h, 99, cvStart, cvStart, time.Now()); err == nil {
		t.Error("unknown member accepted")
	}
	if _, err := ReportSick(h, 3, cvStart+1, cvStart, time.Now()); err == nil {
		t.Error("end before start accepted")
	}
	if _, err := Recover(h, 3, cvStart); err == nil {
		t.Error("recovering a member who is not sick accepted")
	}
}

func TestRecover(t *testing.T) {
	h := rostertest.StandInHouse()
	from, to := cvStart+7, cvStart+13
	e, err := ReportSick(h, 5, from, OpenEnd, from.Start())
	if err != nil {
		t.Fatal(err)
	}
	sick := cvApply(t, h, e)
	vs := Vacancies(sick, 5, from, to)
	if len(vs) < 3 {
		t.Fatalf("Chris has only %d shifts in the week", len(vs))
	}
	// A colleague covers the last vacancy of the week.
	covered := vs[len(vs)-1]
	ce, err := AssignCover(sick, covered, 12)
	if err != nil {
		t.Fatal(err)
	}
	sick = cvApply(t, sick, ce)
	on := covered.Date - 1
	if vs[0].Date >= on {
		t.Fatal("test needs a vacancy before the recovery day")
	}
	re, err := Recover(sick, 5, on)
	if err != nil {
		t.Fatal(err)
	}
	back := cvApply(t, sick, re)
	if a := back.Plan.AbsenceOn(5, on); a != nil {
		t.Errorf("still absent on %s: %+v", on, a)
	}
	if a := back.Plan.AbsenceOn(5, on-1); a == nil || a.To != on-1 {
		t.Errorf("absence before %s is %+v, want it to end the day before", on, a)
	}
	for _, a := range cvShiftsOf(back, 5, from, covered.Date+30) {
		v, _ := NewVacancy(back, a)
		switch {
		case a.Date < on && a.State != roster.StateSick:
			t.Errorf("%s %s before recovery is %q", a.Date, a.Shift, a.State)
		case v == covered && a.State != roster.StateSick:
			t.Errorf("the covered %s was restored: now two people work it", v.Label(roster.Dutch))
		case a.Date >= on && v != covered && a.State != roster.StatePlanned:
			t.Errorf("%s %s after recovery is %q", a.Date, a.Shift, a.State)
		}
	}
	// Recovering on the first sick day removes the absence.
	re, err = Recover(sick, 5, sick.Plan.AbsenceOn(5, from).From)
	if err != nil {
		t.Fatal(err)
	}
	well := cvApply(t, sick, re)
	if well.Plan.AbsenceOn(5, from) != nil {
		t.Error("recovering on the first day leaves the absence")
	}
	cvSamePlan(t, cvApply(t, well, re.Inverse()), sick)
}

func TestAssignCover(t *testing.T) {
	h := rostertest.StandInHouse()
	i := len(h.Plan.Assignments) / 2
	v := cvSickVacancy(t, h, i)
	e, err := AssignCover(h, v, 1)
	if err != nil {
		t.Fatal(err)
	}
	after := cvApply(t, h, e)
	ins := CoverIns(after, &after.Plan.Assignments[i])
	if len(ins) != 1 || ins[0].Member != 1 || ins[0].CoverFor != v.Member || ins[0].Note == "" {
		t.Errorf("cover-ins %+v", ins)
	}
	if ins[0].Start != nil || ins[0].End != nil {
		t.Error("a whole-shift cover-in carries custom times")
	}
	if _, err := AssignCover(h, v, 99); err == nil {
		t.Error("unknown member accepted")
	}
	cvSamePlan(t, cvApply(t, after, e.Inverse()), h)
}
