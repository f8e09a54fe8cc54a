package team

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// This file builds small houses for the cover finder's tests: a 14-member
// team with a plausible four-week plan made by a greedy rotation that keeps
// the rest rules, and helpers to clone houses and diff findings naively.

// cvStart is the Monday the test plans start on.
var cvStart = roster.NewDate(2026, time.November, 2)

// cvToday is the engine's "today" in the cover tests: long before the plan,
// so ATW-PUBLISH does not depend on the day the tests run.
var cvToday = roster.NewDate(2026, time.January, 1)

// cvTeam returns the 14 members of the test house: a teamleider, a
// systeemtherapeut, ten opvoeders (two live in, one without sleep shifts, one
// pregnant), a huishoudelijk ondersteuner and an intern.
func cvTeam() []roster.Member {
	mk := func(id int, name string, role roster.Role, hours float64) roster.Member {
		return roster.Member{ID: id, Name: name, Role: role, Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: hours}}}
	}
	ms := []roster.Member{
		mk(1, "Tamara", roster.RoleTeamleider, 28.8),
		mk(2, "Sven", roster.RoleSysteemtherapeut, 25.2),
		mk(3, "Anna", roster.RoleOpvoeder, 32),
		mk(4, "Bram", roster.RoleOpvoeder, 36),
		mk(5, "Chris", roster.RoleOpvoeder, 28),
		mk(6, "Dewi", roster.RoleOpvoeder, 32),
		mk(7, "Eva", roster.RoleOpvoeder, 36),
		mk(8, "Fleur", roster.RoleOpvoeder, 24),
		mk(9, "Gijs", roster.RoleOpvoeder, 32),
		mk(10, "Hana", roster.RoleOpvoeder, 28),
		mk(11, "Iris", roster.RoleOpvoeder, 36),
		mk(12, "Joost", roster.RoleOpvoeder, 32),
		mk(13, "Karin", roster.RoleHuishoudelijk, 21.6),
		mk(14, "Luuk", roster.RoleStagiair, 16),
	}
	for i := range ms {
		ms[i].Nights = ms[i].Role == roster.RoleOpvoeder
	}
	ms[3].LiveIn, ms[6].LiveIn = true, true // Bram and Eva live in
	ms[7].NoSleepShifts = true              // Fleur
	ms[9].Pregnant = true                   // Hana
	ms[9].Nights = false
	return ms
}

// cvHouse returns the test house with a four-week plan from cvStart.
func cvHouse() *roster.House {
	h := &roster.House{
		Name: "Test", Children: 6,
		Settings: roster.Settings{SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36, NightMode: roster.NightSleep,
			SleepRegime: roster.RegimeRegular, NightStart: roster.NewClock(23, 0), NightEnd: roster.NewClock(7, 0)},
		Members: cvTeam(),
		ShiftTypes: []roster.ShiftType{
			{Code: "V", Name: "Vroeg", Start: roster.NewClock(7, 0), End: roster.NewClock(15, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "D", Name: "Dag", Start: roster.NewClock(9, 0), End: roster.NewClock(17, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "L", Name: "Laat", Start: roster.NewClock(15, 0), End: roster.NewClock(23, 0), BreakMin: 30, Kind: roster.KindGroup},
			{Code: "S", Name: "Slaapdienst", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindSleep},
			{Code: "W", Name: "Wakende nacht", Start: roster.NewClock(23, 0), End: roster.NewClock(7, 0), Kind: roster.KindAwakeNight},
			{Code: "O", Name: "Overleg", Start: roster.NewClock(10, 0), End: roster.NewClock(12, 0), Kind: roster.KindOffGroup},
		},
	}
	for _, dt := range roster.DayTypes {
		h.Coverage = append(h.Coverage, roster.Band{Day: dt, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 2, Max: 4})
	}
	cvFill(h, cvStart, 28)
	return h
}

// cvFill plans days from `from`: per day two V, two L and one S, each given
// to the eligible opvoeder with the lowest share of their contract planned
// that week (ties by ID). Eligible: no shift that day, no L or S the day
// before a V, no S the day before anything, at most 85% of the contract.
func cvFill(h *roster.House, from roster.Date, days int) {
	type key struct {
		m int
		d roster.Date
	}
	on := map[key]string{}
	week := map[key]float64{} // member, Monday → hours
	slots := []string{"V", "V", "L", "L", "S"}
	for d := from; d < from+roster.Date(days); d++ {
		for _, code := range slots {
			best, bestShare := 0, 2.0
			for mi := range h.Members {
				m := &h.Members[mi]
				if m.Role != roster.RoleOpvoeder || on[key{m.ID, d}] != "" {
					continue
				}
				prev := on[key{m.ID, d - 1}]
				if prev == "S" || (code == "V" && prev == "L") || (code == "S" && m.NoSleepShifts) {
					continue
				}
				hrs := week[key{m.ID, d.Monday()}] + 7.5
				share := hrs / m.HoursOn(d)
				if share > 0.85 || share >= bestShare {
					continue
				}
				best, bestShare = m.ID, share
			}
			if best == 0 {
				continue
			}
			on[key{best, d}] = code
			hrs := 7.5
			if code == "S" {
				hrs = 4
			}
			week[key{best, d.Monday()}] += hrs
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: best, Date: d, Shift: code})
		}
	}
}

// cvClone returns a deep copy of h.
func cvClone(t testing.TB, h *roster.House) *roster.House {
	t.Helper()
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var out roster.House
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

// cvFind returns the index of member's assignment of code on d, or fails.
func cvFind(t testing.TB, h *roster.House, member int, d roster.Date, code string) int {
	t.Helper()
	for i, a := range h.Plan.Assignments {
		if a.Member == member && a.Date == d && a.Shift == code {
			return i
		}
	}
	t.Fatalf("no %s for member %d on %s", code, member, d)
	return -1
}

// cvKey identifies a finding for the naive diff.
func cvKey(f rules.Finding) string {
	return fmt.Sprintf("%s|%s|%d|%d|%v|%v|%s", f.Rule, f.Severity, f.Start.Unix(), f.End.Unix(), f.Members, f.Dates, f.NL)
}

// cvNaiveNew returns the errors and warnings of after that are not in
// before, where a coverage gap inside a gap of before on the same day counts
// as known.
func cvNaiveNew(before, after []rules.Finding) []rules.Finding {
	seen := map[string]bool{}
	for _, f := range before {
		seen[cvKey(f)] = true
	}
	var out []rules.Finding
outer:
	for _, f := range after {
		if f.Severity == rules.SevInfo || seen[cvKey(f)] {
			continue
		}
		if f.Rule == rules.RuleCovDay {
			for _, b := range before {
				if b.Rule == rules.RuleCovDay && !f.Start.Before(b.Start) && !f.End.After(b.End) && slices.Equal(b.Dates, f.Dates) {
					continue outer
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// cvKeys returns the sorted keys of fs.
func cvKeys(fs []rules.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = cvKey(f)
	}
	slices.Sort(out)
	return out
}

// cvRules returns the sorted distinct rules of fs.
func cvRules(fs []rules.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	slices.Sort(out)
	return strings.Join(slices.Compact(out), ",")
}

// cvSickVacancy marks the assignment at index i sick in h and returns its vacancy.
func cvSickVacancy(t testing.TB, h *roster.House, i int) Vacancy {
	t.Helper()
	h.Plan.Assignments[i].State = roster.StateSick
	v, err := NewVacancy(h, h.Plan.Assignments[i])
	if err != nil {
		t.Fatal(err)
	}
	return v
}
