package roster

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// This file builds small houses for the cover finder's tests: a 14-member
// team with a plausible four-week plan made by a greedy rotation that keeps
// the rest rules, and helpers to clone houses and diff findings naively.

// cvStart is the Monday the test plans start on.
var cvStart = NewDate(2026, time.November, 2)

// cvToday is the engine's "today" in the cover tests: long before the plan,
// so ATW-PUBLISH does not depend on the day the tests run.
var cvToday = NewDate(2026, time.January, 1)

// cvTeam returns the 14 members of the test house: a teamleider, a
// systeemtherapeut, ten opvoeders (two live in, one without sleep shifts, one
// pregnant), a huishoudelijk ondersteuner and an intern.
func cvTeam() []Member {
	mk := func(id int, name string, role Role, hours float64) Member {
		return Member{ID: id, Name: name, Role: role, Contract: []Contract{{From: NewDate(2020, 1, 1), HoursPerWeek: hours}}}
	}
	ms := []Member{
		mk(1, "Tamara", RoleTeamleider, 28.8),
		mk(2, "Sven", RoleSysteemtherapeut, 25.2),
		mk(3, "Anna", RoleOpvoeder, 32),
		mk(4, "Bram", RoleOpvoeder, 36),
		mk(5, "Chris", RoleOpvoeder, 28),
		mk(6, "Dewi", RoleOpvoeder, 32),
		mk(7, "Eva", RoleOpvoeder, 36),
		mk(8, "Fleur", RoleOpvoeder, 24),
		mk(9, "Gijs", RoleOpvoeder, 32),
		mk(10, "Hana", RoleOpvoeder, 28),
		mk(11, "Iris", RoleOpvoeder, 36),
		mk(12, "Joost", RoleOpvoeder, 32),
		mk(13, "Karin", RoleHuishoudelijk, 21.6),
		mk(14, "Luuk", RoleStagiair, 16),
	}
	for i := range ms {
		ms[i].Nights = ms[i].Role == RoleOpvoeder
	}
	ms[3].LiveIn, ms[6].LiveIn = true, true // Bram and Eva live in
	ms[7].NoSleepShifts = true              // Fleur
	ms[9].Pregnant = true                   // Hana
	ms[9].Nights = false
	return ms
}

// cvHouse returns the test house with a four-week plan from cvStart.
func cvHouse() *House {
	h := &House{
		Name: "Test", Children: 6,
		Settings: Settings{SlackPct: 10, BalanceWeeks: 4, HoursPerFTE: 36, NightMode: NightSleep,
			SleepRegime: RegimeRegular, NightStart: NewClock(23, 0), NightEnd: NewClock(7, 0)},
		Members: cvTeam(),
		ShiftTypes: []ShiftType{
			{Code: "V", Name: "Vroeg", Start: NewClock(7, 0), End: NewClock(15, 0), BreakMin: 30, Kind: KindGroup},
			{Code: "D", Name: "Dag", Start: NewClock(9, 0), End: NewClock(17, 0), BreakMin: 30, Kind: KindGroup},
			{Code: "L", Name: "Laat", Start: NewClock(15, 0), End: NewClock(23, 0), BreakMin: 30, Kind: KindGroup},
			{Code: "S", Name: "Slaapdienst", Start: NewClock(23, 0), End: NewClock(7, 0), Kind: KindSleep},
			{Code: "W", Name: "Wakende nacht", Start: NewClock(23, 0), End: NewClock(7, 0), Kind: KindAwakeNight},
			{Code: "O", Name: "Overleg", Start: NewClock(10, 0), End: NewClock(12, 0), Kind: KindOffGroup},
		},
	}
	for _, dt := range DayTypes {
		h.Coverage = append(h.Coverage, Band{Day: dt, Start: NewClock(7, 0), End: NewClock(23, 0), Min: 2, Max: 4})
	}
	cvFill(h, cvStart, 28)
	return h
}

// cvFill plans days from `from`: per day two V, two L and one S, each given
// to the eligible opvoeder with the lowest share of their contract planned
// that week (ties by ID). Eligible: no shift that day, no L or S the day
// before a V, no S the day before anything, at most 85% of the contract.
func cvFill(h *House, from Date, days int) {
	type key struct {
		m int
		d Date
	}
	on := map[key]string{}
	week := map[key]float64{} // member, Monday → hours
	slots := []string{"V", "V", "L", "L", "S"}
	for d := from; d < from+Date(days); d++ {
		for _, code := range slots {
			best, bestShare := 0, 2.0
			for mi := range h.Members {
				m := &h.Members[mi]
				if m.Role != RoleOpvoeder || on[key{m.ID, d}] != "" {
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
			h.Plan.Assignments = append(h.Plan.Assignments, Assignment{Member: best, Date: d, Shift: code})
		}
	}
}

// cvClone returns a deep copy of h.
func cvClone(t testing.TB, h *House) *House {
	t.Helper()
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var out House
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

// cvFind returns the index of member's assignment of code on d, or fails.
func cvFind(t testing.TB, h *House, member int, d Date, code string) int {
	t.Helper()
	for i, a := range h.Plan.Assignments {
		if a.Member == member && a.Date == d && a.Shift == code {
			return i
		}
	}
	t.Fatalf("no %s for member %d on %s", code, member, d)
	return -1
}

// cvOff returns a member id with no assignment on d and none the day before
// or after, among ids, or 0.
func cvOff(h *House, d Date, ids ...int) int {
	for _, id := range ids {
		busy := false
		for _, a := range h.Plan.Assignments {
			if a.Member == id && a.Date >= d-1 && a.Date <= d+1 {
				busy = true
			}
		}
		if !busy {
			return id
		}
	}
	return 0
}

// cvKey identifies a finding for the naive diff.
func cvKey(f Finding) string {
	return fmt.Sprintf("%s|%s|%d|%d|%v|%v|%s", f.Rule, f.Severity, f.Start.Unix(), f.End.Unix(), f.Members, f.Dates, f.NL)
}

// cvNaiveNew returns the errors and warnings of after that are not in
// before, where a coverage gap inside a gap of before on the same day counts
// as known.
func cvNaiveNew(before, after []Finding) []Finding {
	seen := map[string]bool{}
	for _, f := range before {
		seen[cvKey(f)] = true
	}
	var out []Finding
outer:
	for _, f := range after {
		if f.Severity == SevInfo || seen[cvKey(f)] {
			continue
		}
		if f.Rule == RuleCovDay {
			for _, b := range before {
				if b.Rule == RuleCovDay && !f.Start.Before(b.Start) && !f.End.After(b.End) && slices.Equal(b.Dates, f.Dates) {
					continue outer
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// cvKeys returns the sorted keys of fs.
func cvKeys(fs []Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = cvKey(f)
	}
	slices.Sort(out)
	return out
}

// cvRules returns the sorted distinct rules of fs.
func cvRules(fs []Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	slices.Sort(out)
	return strings.Join(slices.Compact(out), ",")
}

// cvSickVacancy marks the assignment at index i sick in h and returns its vacancy.
func cvSickVacancy(t testing.TB, h *House, i int) Vacancy {
	t.Helper()
	h.Plan.Assignments[i].State = StateSick
	v, err := NewVacancy(h, h.Plan.Assignments[i])
	if err != nil {
		t.Fatal(err)
	}
	return v
}
