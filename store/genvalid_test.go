package store

import (
	"cmp"
	"slices"

	"github.com/huisrooster/huisrooster/roster"
)

// validize turns a random house into one that keeps the rules (opening
// validates the stored house, see repair.go): every clock a valid time,
// contracts in date order, sleep shifts 6–8 h, breaks shorter than the
// shift, short codes, one coverage band per day type, ORT bands with days,
// a night with a length, no plan entries of members that are not in the
// team, no overlapping periods. Names are left as they are (opening
// repairs those); h is changed in place and returned.
func validize(h *roster.House) *roster.House {
	if h.Name == "" {
		h.Name = "Huis"
	}
	if h.Children < 4 || h.Children > 6 {
		h.Children = 5
	}
	s := &h.Settings
	s.NightStart %= 1440
	s.NightEnd %= 1440
	if s.NightStart == s.NightEnd {
		s.NightEnd = (s.NightStart + 60) % 1440
	}
	s.ORT = slices.Clone(s.ORT)
	for i := range s.ORT {
		s.ORT[i].Start %= 1440
		if len(s.ORT[i].Days) == 0 {
			s.ORT[i].Days = []roster.DayType{roster.DayTypes[0]}
		}
	}
	h.Coverage = slices.Clone(h.Coverage)
	h.Members = slices.Clone(h.Members)
	h.ShiftTypes = slices.Clone(h.ShiftTypes)
	seenDay := map[roster.DayType]bool{}
	h.Coverage = slices.DeleteFunc(h.Coverage, func(b roster.Band) bool { d := seenDay[b.Day]; seenDay[b.Day] = true; return d })
	for i := range h.Coverage {
		b := &h.Coverage[i]
		b.Start %= 1440
		b.End %= 1440
		if b.Start == b.End {
			b.End = (b.Start + 60) % 1440
		}
		b.Max = max(b.Max, b.Min)
	}
	for i := range h.Members {
		m := &h.Members[i]
		m.Contract = slices.Clone(m.Contract)
		slices.SortStableFunc(m.Contract, func(a, b roster.Contract) int { return cmp.Compare(a.From, b.From) })
		m.Contract = slices.CompactFunc(m.Contract, func(a, b roster.Contract) bool { return a.From == b.From })
	}
	for i := range h.ShiftTypes {
		st := &h.ShiftTypes[i]
		if len(st.Code) > 3 {
			st.Code = st.Code[:3]
		}
		st.Start %= 1440
		st.End %= 1440
		if st.Kind == roster.KindSleep {
			st.End = (st.Start + 7*60) % 1440
		}
		if st.Start == st.End {
			st.End = (st.Start + 60) % 1440
		}
		if st.BreakMin >= roster.ShiftMinutes(st.Start, st.End) {
			st.BreakMin = 0
		}
	}
	known := func(id int) bool { return h.Member(id) != nil }
	p := &h.Plan
	p.Assignments = slices.DeleteFunc(p.Assignments, func(a roster.Assignment) bool { return !known(a.Member) })
	for i := range p.Assignments {
		a := &p.Assignments[i]
		if a.Start != nil {
			s := *a.Start % 1440
			a.Start = &s
		}
	}
	p.Absences = slices.DeleteFunc(p.Absences, func(a roster.Absence) bool { return !known(a.Member) })
	p.Wishes = slices.DeleteFunc(p.Wishes, func(w roster.Wish) bool { return !known(w.Member) })
	slices.SortStableFunc(p.Periods, func(a, b roster.Period) int { return cmp.Compare(a.From, b.From) })
	var periods []roster.Period
	for _, x := range p.Periods {
		if len(periods) == 0 || x.From > periods[len(periods)-1].To {
			periods = append(periods, x)
		}
	}
	p.Periods = periods
	return h
}
