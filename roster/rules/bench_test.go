package rules

import (
	"fmt"
	"slices"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// benchDemo returns the demo house and its four weeks.
func benchDemo() (*roster.House, roster.Window) {
	mon := roster.NewDate(2026, 11, 23)
	return demo.House(mon), roster.Window{From: mon, To: mon + 27}
}

// BenchmarkCheckDemo4Weeks checks the demo house's four weeks with every
// rule: what the app does on every edit.
func BenchmarkCheckDemo4Weeks(b *testing.B) {
	h, w := benchDemo()
	b.ReportAllocs()
	for b.Loop() {
		Check(h, w)
	}
}

// BenchmarkCoverageDemo4Weeks measures the coverage rules alone (COV-DAY,
// COV-OVER, COV-NIGHT) on the demo's four weeks, without the checker's
// shared setup (BenchmarkNewChecker).
func BenchmarkCoverageDemo4Weeks(b *testing.B) {
	h, w := benchDemo()
	benchCoverage(b, newChecker(h, w))
}

// benchCoverage runs the coverage rules of c in a loop.
func benchCoverage(b *testing.B, c *checker) {
	b.ReportAllocs()
	for b.Loop() {
		c.out = c.out[:0]
		c.checkCoverage()
		c.checkNights()
	}
}

// benchSynthetic returns a deterministic house of members team members with a
// plan of weeks weeks from mon: early, late and sleep shifts in a rotation,
// some leave and sick reports.
func benchSynthetic(members, weeks int, mon roster.Date) *roster.House {
	h := demo.House(mon)
	h.Plan = roster.Plan{}
	h.Members = h.Members[:0:0]
	for i := range members {
		role := roster.RoleOpvoeder
		switch i % 10 {
		case 8:
			role = roster.RoleTeamleider
		case 9:
			role = roster.RoleHuishoudelijk
		}
		h.Members = append(h.Members, roster.Member{ID: i + 1, Name: fmt.Sprintf("Lid %d", i+1), Role: role,
			Contract: []roster.Contract{{From: mon - 400, HoursPerWeek: 28.8}}, Nights: true})
	}
	pattern := []string{"V", "V", "L", "L", "", "", "S"}
	for d := range 7 * weeks {
		day := mon + roster.Date(d)
		for i := range members {
			code := pattern[(i*3+d)%7]
			if code == "" || code == "S" && i%7 != 0 {
				continue
			}
			a := roster.Assignment{Member: i + 1, Date: day, Shift: code}
			if (i+d)%37 == 0 {
				a.State = roster.StateSick
			}
			h.Plan.Assignments = append(h.Plan.Assignments, a)
		}
	}
	for i := 0; i < members; i += 6 {
		from := mon + roster.Date((i*5)%(7*weeks-7))
		h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: i + 1, From: from, To: from + 4, Kind: roster.AbsLeave})
	}
	return h
}

// BenchmarkCheckSynthetic50x13 checks a 50-member team over 13 weeks with
// every rule.
func BenchmarkCheckSynthetic50x13(b *testing.B) {
	mon := roster.NewDate(2026, 9, 28)
	h := benchSynthetic(50, 13, mon)
	w := roster.Window{From: mon, To: mon + 13*7 - 1}
	b.ReportAllocs()
	for b.Loop() {
		Check(h, w)
	}
}

// BenchmarkCoverageSynthetic50x13 measures the coverage rules alone on the
// synthetic plan, without the checker's shared setup.
func BenchmarkCoverageSynthetic50x13(b *testing.B) {
	mon := roster.NewDate(2026, 9, 28)
	h := benchSynthetic(50, 13, mon)
	benchCoverage(b, newChecker(h, roster.Window{From: mon, To: mon + 13*7 - 1}))
}

// BenchmarkNewChecker is the shared setup every check pays (resolving the
// shifts, holidays), for comparison with the rule benchmarks.
func BenchmarkNewChecker(b *testing.B) {
	h, w := benchDemo()
	b.ReportAllocs()
	for b.Loop() {
		newChecker(h, w)
	}
}

// benchDemoPhase measures one group of rules on the demo's four weeks, on a
// checker built once: the parts BenchmarkCheckDemo4Weeks adds up.
func benchDemoPhase(b *testing.B, rule func(c *checker)) {
	h, w := benchDemo()
	c := newChecker(h, w)
	c.today = w.From
	b.ReportAllocs()
	for b.Loop() {
		c.out = c.out[:0]
		rule(c)
	}
}

func BenchmarkATWDemo4Weeks(b *testing.B)     { benchDemoPhase(b, (*checker).checkATW) }
func BenchmarkHoursDemo4Weeks(b *testing.B)   { benchDemoPhase(b, (*checker).checkHours) }
func BenchmarkMembersDemo4Weeks(b *testing.B) { benchDemoPhase(b, (*checker).checkMembers) }

// BenchmarkSortFindingsDemo4Weeks measures ordering the demo's findings.
func BenchmarkSortFindingsDemo4Weeks(b *testing.B) {
	h, w := benchDemo()
	fs := CheckAt(h, w, w.From)
	buf := make([]Finding, len(fs))
	b.ReportAllocs()
	for b.Loop() {
		copy(buf, fs)
		slices.Reverse(buf)
		sortFindings(buf)
	}
}
