package pay

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// demoYear returns the demo house with its four weeks of roster repeated
// over 52 weeks from the ISO week of start.
func demoYear(start roster.Date) *roster.House {
	h := demo.House(start)
	for k := 1; k < 13; k++ {
		more := demo.House(start + roster.Date(28*k))
		h.Plan.Assignments = append(h.Plan.Assignments, more.Plan.Assignments...)
		h.Plan.Absences = append(h.Plan.Absences, more.Plan.Absences...)
	}
	return h
}

func TestDemoYear(t *testing.T) {
	h := demoYear(roster.NewDate(2026, 1, 5))
	r := NewRealisation(h, PeriodOf(PeriodYear, roster.NewDate(2026, 6, 1)))
	if r.Team.Realised < 40*300 || r.Team.Holidays == 0 {
		t.Errorf("a year of the demo: realised %v h, %d holiday shifts", r.Team.Realised, r.Team.Holidays)
	}
	if len(r.SickSeries) != 53 {
		t.Errorf("%d weeks in the series", len(r.SickSeries))
	}
}

// BenchmarkRealisationYear computes the realisation of a year of the demo
// house (about 52 weeks of 15 members).
func BenchmarkRealisationYear(b *testing.B) {
	h := demoYear(roster.NewDate(2026, 1, 5))
	w := PeriodOf(PeriodYear, roster.NewDate(2026, 6, 1))
	b.ReportAllocs()
	for b.Loop() {
		NewRealisation(h, w)
	}
}

// BenchmarkPayrollYear computes the payroll days of a year of the demo house.
func BenchmarkPayrollYear(b *testing.B) {
	h := demoYear(roster.NewDate(2026, 1, 5))
	w := PeriodOf(PeriodYear, roster.NewDate(2026, 6, 1))
	b.ReportAllocs()
	for b.Loop() {
		Payroll(h, w)
	}
}
