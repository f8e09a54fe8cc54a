package rules

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// atwSynthetic returns a house with members members and a plan of weeks
// weeks from atwMon: every member works a rotating pattern of early, late,
// late + sleep, awake nights and free days, with a week of leave now and
// then and some shifts vacated by sick reports.
func atwSynthetic(tb testing.TB, members, weeks int) (*roster.House, roster.Window) {
	b := newATW(tb)
	b.h.Members = b.h.Members[:0]
	for id := 1; id <= members; id++ {
		b.h.Members = append(b.h.Members, roster.Member{ID: id, Name: "M" + itoa(id), Role: roster.RoleOpvoeder, Nights: true,
			Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 32}}})
	}
	pattern := []string{"V", "V", "L", "L+S", "", "", "N", "N", "", "", "V", "L", "", ""}
	days := weeks * 7
	for id := 1; id <= members; id++ {
		for d := range days {
			code := pattern[(d+id*3)%len(pattern)]
			if code != "" {
				b.onFor(id, atwMon+roster.Date(d), code)
			}
			if (d+id)%37 == 0 {
				b.h.Plan.Assignments[len(b.h.Plan.Assignments)-1].State = roster.StateSick
			}
		}
		if id%5 == 0 {
			from := atwMon + roster.Date((id*11)%days)
			b.h.Plan.Absences = append(b.h.Plan.Absences, roster.Absence{Member: id, From: from, To: from + 6, Kind: roster.AbsLeave})
		}
	}
	return b.h, roster.Window{From: atwMon, To: atwMon + roster.Date(days) - 1}
}

func BenchmarkCheckATW50x13(b *testing.B) {
	h, w := atwSynthetic(b, 50, 13)
	c := newChecker(h, w)
	b.ReportAllocs()
	for b.Loop() {
		c.out = c.out[:0]
		c.checkATW()
	}
	b.ReportMetric(float64(len(c.out)), "findings")
}

func BenchmarkCheckATW11x4(b *testing.B) {
	h, w := atwSynthetic(b, 11, 4)
	c := newChecker(h, w)
	b.ReportAllocs()
	for b.Loop() {
		c.out = c.out[:0]
		c.checkATW()
	}
	b.ReportMetric(float64(len(c.out)), "findings")
}
