package team

import (
	"fmt"
	"slices"
	"sort"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// This file holds open shifts: what the coverage profile still needs after
// the team's own entries, expressed as concrete shift types a member can take
// with one tap.
//
// # API for the week editor
//
//   - [OpenShifts](h, w) lists the open shifts of the dates of w, by date,
//     then start, then shift code.
//   - [TakeOpenShift](h, os, member) checks with the engine first (the
//     cover finder's tentative-plan check, standin.go) and returns the Edit
//     plus the new warnings to confirm, or a *[RefusedError] with every
//     reason (new errors, a CONTRACT or ROLE warning, or a "kan niet" wish:
//     exactly the cover finder's exclusion reasons). Apply the edit with
//     Editor.Do / Store.Apply. Taking an open shift is allowed in a fixed
//     period (it adds a shift, see [EditAllowed]).
//
// # How open shifts are chosen (deterministic)
//
// Nights first: for every date of w whose night (Settings.NightStart–
// NightEnd) has an uncovered part (COV-NIGHT), one night-cover shift type is
// proposed: the one that covers most of the uncovered part, then the kind
// the house's night mode prefers (slaapdienst, wakende nacht, live-in night
// for a mixed or sleep-shift house; the mode's own kind first otherwise),
// then the order of House.ShiftTypes. Then day gaps, date by date, with the
// classic greedy interval cover (fewest shifts for a gap): while some band of
// the coverage profile (COV-DAY) has fewer opvoeders than its minimum, take
// the earliest missing instant and propose, among the group shift types
// starting on that date that are running at that instant, the one that runs
// longest after it (ties: most missing person-minutes filled, then the order
// of House.ShiftTypes); when none runs then, the type that fills most
// missing person-minutes. The proposal counts as if somebody took it, and the
// loop goes on until no group shift type helps. So a gap 15:00–23:00 one
// short is one late shift, a whole day two short two early and two late
// shifts.

// OpenShift is a shift the coverage profile still needs on a date.
type OpenShift struct {
	Date  roster.Date      `json:"date"`
	Shift string           `json:"shift"` // shift type code
	Start roster.Clock     `json:"start"` // the shift type's times
	End   roster.Clock     `json:"end"`
	Kind  roster.ShiftKind `json:"kind"`
	// Night is set for a night cover (COV-NIGHT), clear for a day gap (COV-DAY).
	Night bool `json:"night,omitempty"`
	// Minutes are the missing minutes the shift fills (person-minutes of a
	// day gap, or uncovered night minutes).
	Minutes int `json:"minutes"`
}

// Label formats the open shift as "di 24 nov L 15:00–23:00".
func (o OpenShift) Label(l roster.Lang) string {
	return fmt.Sprintf("%s %s %s–%s", roster.DayLabel(o.Date, l), o.Shift, o.Start, o.End)
}

// Vacancy returns the open shift as an open vacancy (no member).
func (o OpenShift) Vacancy() Vacancy {
	return Vacancy{Date: o.Date, Shift: o.Shift, Start: o.Start, End: o.End}
}

// openMember is the ID of the placeholder member that takes proposed open
// shifts in the tentative plan; real member IDs are > 0.
const openMember = -1

// maxOpenPerDay bounds the open shifts proposed for one date.
const maxOpenPerDay = 24

// OpenShifts returns the open shifts of the dates of w (see the file comment).
func OpenShifts(h *roster.House, w roster.Window) []OpenShift {
	if w.To < w.From {
		return nil
	}
	t := *h
	t.Members = append(slices.Clip(h.Members), roster.Member{ID: openMember, Name: "open", Role: roster.RoleOpvoeder, Nights: true, LiveIn: true})
	// Coverage reads only the shifts around a date (a shift lasts less than
	// two days): every per-date engine run below gets the tentative plan of
	// the two days either side, so it resolves a few days of shifts, not
	// months.
	var all []roster.Assignment
	for _, a := range h.Plan.Assignments {
		if a.Date >= w.From-2 && a.Date <= w.To+2 {
			all = append(all, a)
		}
	}
	near := func(d roster.Date) *roster.House {
		t.Plan.Assignments = t.Plan.Assignments[:0:0]
		for _, a := range all {
			if a.Date >= d-2 && a.Date <= d+2 {
				t.Plan.Assignments = append(t.Plan.Assignments, a)
			}
		}
		return &t
	}
	var out []OpenShift
	add := func(o OpenShift) {
		out = append(out, o)
		all = append(all, roster.Assignment{Member: openMember, Date: o.Date, Shift: o.Shift})
	}
	nights := nightTypes(h)
	for d := w.From; d <= w.To && len(nights) > 0; d++ {
		if o, ok := bestNight(near(d), d, nights); ok {
			add(o)
		}
	}
	var groups []*roster.ShiftType
	for i := range h.ShiftTypes {
		if h.ShiftTypes[i].Kind == roster.KindGroup {
			groups = append(groups, &h.ShiftTypes[i])
		}
	}
	for d := w.From; d <= w.To && len(groups) > 0 && len(h.Coverage) > 0; d++ {
		for range maxOpenPerDay {
			o, ok := bestDay(near(d), d, groups)
			if !ok {
				break
			}
			add(o)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Night != b.Night {
			return !a.Night
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.Shift < b.Shift
	})
	return out
}

// nightTypes returns the night-cover shift types in the house's order of
// preference (stable within a kind: the order of House.ShiftTypes).
func nightTypes(h *roster.House) []*roster.ShiftType {
	rank := map[roster.ShiftKind]int{roster.KindSleep: 0, roster.KindAwakeNight: 1, roster.KindLiveIn: 2}
	switch h.Settings.NightMode {
	case roster.NightAwake:
		rank = map[roster.ShiftKind]int{roster.KindAwakeNight: 0, roster.KindSleep: 1, roster.KindLiveIn: 2}
	case roster.NightLiveIn:
		rank = map[roster.ShiftKind]int{roster.KindLiveIn: 0, roster.KindSleep: 1, roster.KindAwakeNight: 2}
	}
	var out []*roster.ShiftType
	for i := range h.ShiftTypes {
		if h.ShiftTypes[i].Kind.NightCover() {
			out = append(out, &h.ShiftTypes[i])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return rank[out[i].Kind] < rank[out[j].Kind] })
	return out
}

// overlap returns the seconds [s1, e1) and [s2, e2) share.
func overlap(s1, e1, s2, e2 int64) int64 {
	return max(0, min(e1, e2)-max(s1, s2))
}

// bestNight returns the night cover to propose for the night of d, if part of
// it is uncovered in t.
func bestNight(t *roster.House, d roster.Date, types []*roster.ShiftType) (OpenShift, bool) {
	gaps := rules.NightGaps(t, d)
	var best OpenShift
	var bestGain int64
	for _, st := range types {
		s, e := roster.Span(d, st.Start, st.End)
		var gain int64
		for _, g := range gaps {
			gain += overlap(s.Unix(), e.Unix(), g.Start, g.End)
		}
		if gain > bestGain { // strict: the earlier type in preference order wins ties
			bestGain = gain
			best = OpenShift{Date: d, Shift: st.Code, Start: st.Start, End: st.End, Kind: st.Kind, Night: true, Minutes: int(gain / 60)}
		}
	}
	return best, bestGain > 0
}

// bestDay returns the group shift of d to propose next for d's day gaps in
// t (see the file comment).
func bestDay(t *roster.House, d roster.Date, types []*roster.ShiftType) (OpenShift, bool) {
	gaps := rules.DayGaps(t, d)
	first := int64(-1)
	for _, g := range gaps {
		if first < 0 || g.Start < first {
			first = g.Start
		}
	}
	if len(gaps) == 0 {
		return OpenShift{}, false
	}
	var best OpenShift
	var bestGain, bestEnd int64
	bestRuns := false
	for _, st := range types {
		s, e := roster.Span(d, st.Start, st.End)
		var gain int64
		for _, g := range gaps {
			gain += overlap(s.Unix(), e.Unix(), g.Start, g.End)
		}
		if gain == 0 {
			continue
		}
		runs := s.Unix() <= first && e.Unix() > first
		better := false
		switch {
		case runs != bestRuns:
			better = runs
		case runs && e.Unix() != bestEnd:
			better = e.Unix() > bestEnd
		default:
			better = gain > bestGain
		}
		if better {
			bestGain, bestEnd, bestRuns = gain, e.Unix(), runs
			best = OpenShift{Date: d, Shift: st.Code, Start: st.Start, End: st.End, Kind: st.Kind, Minutes: int(gain / 60)}
		}
	}
	return best, bestGain > 0
}

// TakeOpenShift returns the edit that gives open shift os to member, after
// the engine checked it as the cover finder checks a vacancy: the new
// warnings are returned for confirmation; exclusion reasons (new errors, a
// CONTRACT or ROLE warning, a "kan niet" wish) refuse it with a
// *RefusedError.
func TakeOpenShift(h *roster.House, os OpenShift, member int) (roster.Edit, []rules.Finding, error) {
	return takeOpenShiftAt(h, os, member, roster.Today(), false)
}

func takeOpenShiftAt(h *roster.House, os OpenShift, member int, today roster.Date, consent bool) (roster.Edit, []rules.Finding, error) {
	a, reasons, strains, err := openShiftTry(h, os, member, today)
	if err != nil {
		return roster.Edit{}, nil, err
	}
	m := h.Member(member)
	if consent && onlyContract(reasons) {
		strains = append(reasons, strains...)
		reasons = nil
	}
	if len(reasons) > 0 {
		return roster.Edit{}, strains, &RefusedError{
			NL:       fmt.Sprintf("%s kan open dienst %s niet nemen", m.Name, os.Label(roster.Dutch)),
			EN:       fmt.Sprintf("%s cannot take open shift %s", m.Name, os.Label(roster.English)),
			Findings: reasons,
		}
	}
	before := h.Plan.CellAssignments(member, os.Date)
	e := roster.Edit{
		NL:    fmt.Sprintf("%s neemt open dienst %s", m.Name, os.Label(roster.Dutch)),
		EN:    fmt.Sprintf("%s takes open shift %s", m.Name, os.Label(roster.English)),
		Cells: []roster.CellEdit{{Member: member, Date: os.Date, Before: before, After: append(slices.Clip(before), a)}},
	}
	return e, strains, nil
}
