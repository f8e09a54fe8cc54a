package fridge

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// cell returns the names in slot j of day i.
func cell(wk *Week, i, j int) []string {
	var out []string
	for _, p := range wk.Days[i].Slots[j] {
		out = append(out, p.Name)
	}
	return out
}

// TestSlotRule puts one shift in an empty house and checks in which slots of
// which days the person shows: at least an hour of a slot counts.
func TestSlotRule(t *testing.T) {
	const ochtend, middag, avond, nacht = 0, 1, 2, 3
	type at struct{ day, slot int }
	tests := []struct {
		name   string
		shift  string
		day    roster.Date
		state  roster.AssignState
		absent bool
		want   []at
		sleeps bool
	}{
		{"early shift: morning, and 3 h of the afternoon", "V", week48, "", false, []at{{0, ochtend}, {0, middag}}, false},
		{"late shift: 2.5 h of the afternoon, evening", "L", week48 + 1, "", false, []at{{1, middag}, {1, avond}}, false},
		{"day shift: half an hour of the evening does not count", "D", week48 + 2, "", false, []at{{2, ochtend}, {2, middag}}, false},
		{"one hour over noon: half an hour in each slot, nowhere", "K", week48 + 3, "", false, nil, false},
		{"sleep shift: the night, with a moon", "S", week48 + 4, "", false, []at{{4, nacht}}, true},
		{"live-in night: the night, with a moon", "I", week48 + 5, "", false, []at{{5, nacht}}, true},
		{"awake night: the night, awake", "W", week48 + 6, "", false, []at{{6, nacht}}, false},
		{"Sunday night before the week ends at 07:00: not on Monday", "S", week48 - 1, "", false, nil, false},
		{"next Monday's early shift is not in this week", "V", week48 + 7, "", false, nil, false},
		{"off-group work is not presence", "O", week48 + 4, "", false, nil, false},
		{"a shift vacated by a sick report never shows", "V", week48, roster.StateSick, false, nil, false},
		{"an absent member never shows", "L", week48 + 2, "", true, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := busyHouse(t)
			h.Plan = roster.Plan{Assignments: []roster.Assignment{{Member: 2, Date: tc.day, Shift: tc.shift, State: tc.state}}}
			if tc.absent {
				h.Plan.Absences = []roster.Absence{{Member: 2, From: tc.day, To: tc.day, Kind: roster.AbsSick}}
			}
			wk := BuildWeek(h, week48+3) // any day of the week will do
			var got []at
			for i, d := range wk.Days {
				for j, ps := range d.Slots {
					for _, p := range ps {
						if p.Name != "Sébastien" {
							t.Errorf("day %d slot %d: %q, want Sébastien", i, j, p.Name)
						}
						if p.Sleeps != tc.sleeps {
							t.Errorf("day %d slot %d: sleeps %v, want %v", i, j, p.Sleeps, tc.sleeps)
						}
						got = append(got, at{i, j})
					}
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("shows in %v, want %v", got, tc.want)
			}
		})
	}
}

// TestWeekHeader checks the days: Monday first, Dutch names, dates,
// holidays named.
func TestWeekHeader(t *testing.T) {
	h := busyHouse(t)
	h.Settings.ExtraHolidays = []roster.Date{roster.NewDate(2026, 12, 23)}
	wk := BuildWeek(h, roster.NewDate(2026, 12, 27)) // a Sunday: its week is 2026-W52
	if wk.Number != 52 || wk.Year != 2026 || wk.Monday != roster.NewDate(2026, 12, 21) {
		t.Fatalf("week %d-%d from %s, want 2026-52 from 2026-12-21", wk.Year, wk.Number, wk.Monday)
	}
	want := []struct{ name, label, holiday string }{
		{"maandag", "21 december", ""}, {"dinsdag", "22 december", ""}, {"woensdag", "23 december", "Feestdag"},
		{"donderdag", "24 december", ""}, {"vrijdag", "25 december", "Eerste Kerstdag"},
		{"zaterdag", "26 december", "Tweede Kerstdag"}, {"zondag", "27 december", ""},
	}
	for i, w := range want {
		d := wk.Days[i]
		if d.Name != w.name || d.Label != w.label || !strings.EqualFold(d.Holiday, w.holiday) {
			t.Errorf("day %d: %q %q %q, want %q %q %q", i, d.Name, d.Label, d.Holiday, w.name, w.label, w.holiday)
		}
	}
}

// TestFirstNames: first names only; the last name's initial only where two
// members share a first name.
func TestFirstNames(t *testing.T) {
	wk := BuildWeek(busyHouse(t), week48)
	seen := map[string]bool{}
	for _, d := range wk.Days {
		for _, ps := range d.Slots {
			for _, p := range ps {
				seen[p.Name] = true
			}
		}
	}
	for _, want := range []string{"Zoë", "Sébastien", "Anna B.", "Anna K.", "Mohammed", "Noor"} {
		if !seen[want] {
			t.Errorf("no %q on the week", want)
		}
	}
	for name := range seen {
		if f := strings.Fields(name); len(f) > 2 || (len(f) == 2 && len([]rune(f[1])) != 2) {
			t.Errorf("%q is more than a first name", name)
		}
	}
}

// TestBuildWeekReference compares BuildWeek with a minute-by-minute count
// on random plans, over weeks with and without a DST change.
func TestBuildWeekReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	codes := []string{"V", "L", "D", "S", "W", "I", "O", "K"}
	for iter := range 40 {
		h := busyHouse(t)
		monday := roster.ISOWeekStart(2026, 43+iter%6) // W43 holds the October DST change
		h.Plan = roster.Plan{}
		for range 30 {
			a := roster.Assignment{Member: 1 + rng.IntN(len(h.Members)), Date: monday - 1 + roster.Date(rng.IntN(9)),
				Shift: codes[rng.IntN(len(codes))]}
			if rng.IntN(2) == 0 {
				s, e := roster.Clock(rng.IntN(288)*5), roster.Clock(rng.IntN(288)*5)
				a.Start, a.End = &s, &e
			}
			if rng.IntN(10) == 0 {
				a.State = roster.StateSick
			}
			h.Plan.Assignments = append(h.Plan.Assignments, a)
		}
		d := monday + roster.Date(rng.IntN(7))
		h.Plan.Absences = []roster.Absence{{Member: 1 + rng.IntN(len(h.Members)), From: d, To: d, Kind: roster.AbsLeave}}
		wk := BuildWeek(h, monday)
		names := firstNames(h)
		for _, day := range wk.Days {
			for j, sl := range wk.Slots {
				var got, want []string
				for _, p := range day.Slots[j] {
					got = append(got, p.Name)
				}
				want = referenceSlot(h, day.Date, sl, names)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Fatalf("iter %d %s %s: got %v, want %v", iter, day.Date, sl.Name, got, want)
				}
			}
		}
	}
}

// referenceSlot counts, minute by minute, who is there during sl on d.
func referenceSlot(h *roster.House, d roster.Date, sl Slot, names map[int]string) []string {
	from, to := roster.Span(d, sl.Start, sl.End)
	minutes := map[int]int{}
	for _, a := range h.Plan.Assignments {
		st := h.ShiftType(a.Shift)
		if a.State == roster.StateSick || h.Plan.AbsenceOn(a.Member, a.Date) != nil {
			continue
		}
		if !(st.Kind == roster.KindGroup || st.Kind == roster.KindAwakeNight ||
			(sl.Night && (st.Kind == roster.KindSleep || st.Kind == roster.KindLiveIn))) {
			continue
		}
		s, e := st.Start, st.End
		if a.Start != nil {
			s, e = *a.Start, *a.End
		}
		ss, se := roster.Span(a.Date, s, e)
		n := 0
		for m := from; m.Before(to); m = m.Add(time.Minute) {
			if !m.Before(ss) && m.Before(se) {
				n++
			}
		}
		minutes[a.Member] = max(minutes[a.Member], n) // per shift, not summed
	}
	var out []string
	for id, n := range minutes {
		if n >= 60 {
			out = append(out, names[id])
		}
	}
	slices.Sort(out)
	return out
}
