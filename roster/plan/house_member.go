package plan

import "github.com/huisrooster/huisrooster/roster"

// houseEmployee maps member m's cells, flags, wishes and hours in window w.
func houseEmployee(h *roster.House, w roster.Window, hm *houseMap, m *roster.Member, cells map[cellKey][]*roster.Assignment) Employee {
	D, S := w.Days(), len(hm.types)
	e := Employee{Name: m.Name, MaxConsecutive: 5, MaxWeekends: Unlimited,
		Fixed: make([]int, D), Forbidden: make([][]bool, D), Cost: make([][]int, D)}
	index := map[string]int{}
	for s, code := range hm.codes {
		index[code] = s
	}
	var contract, absence float64
	fixedMinutes := 0
	for d := range D {
		date := w.From.AddDays(d)
		contract += m.HoursOn(date) / 7
		forb, cost := make([]bool, S), make([]int, S+1)
		e.Forbidden[d], e.Cost[d] = forb, cost
		fixed := Free
		a := h.Plan.AbsenceOn(m.ID, date)
		if a != nil {
			absence += roster.AbsenceHours(a, m, date)
		}
		if a != nil || !m.Active(date) || h.Plan.StateOn(date) == roster.PeriodFixed {
			fixed = Off
		}
		if ex := cells[cellKey{m.ID, date}]; len(ex) > 0 {
			fixed = Off
			if s, ok := index[ex[0].Shift]; ok && len(ex) == 1 && ex[0].State == roster.StatePlanned && ex[0].Start == nil && ex[0].End == nil {
				fixed = s
				fixedMinutes += contractMinutes(date, hm.types[s])
			}
		}
		for s, st := range hm.types {
			forb[s] = ((st.Kind == roster.KindAwakeNight || st.Kind == roster.KindLiveIn) && !m.Nights) ||
				(st.Kind == roster.KindLiveIn && !m.LiveIn) ||
				(st.Kind == roster.KindSleep && m.NoSleepShifts) ||
				(m.Pregnant && (st.Kind.NightCover() || nightWork(st)))
		}
		for _, wi := range h.Plan.Wishes {
			if wi.Member != m.ID || wi.Date != date {
				continue
			}
			s, named := index[wi.Shift]
			if wi.Shift != "" && !named {
				continue // a wish about a shift the planner does not place
			}
			switch wi.Kind {
			case roster.WishCannot:
				if wi.Shift == "" {
					if fixed == Free {
						fixed = Off
					}
				} else {
					forb[s] = true
				}
			case roster.WishRatherNot:
				for v := 1; v <= S; v++ {
					if wi.Shift == "" || v == s+1 {
						cost[v] += WishWeight
					}
				}
			case roster.WishPrefer:
				for v := 0; v <= S; v++ {
					if (wi.Shift == "" && v == 0) || (wi.Shift != "" && v != s+1) {
						cost[v] += WishWeight
					}
				}
			}
		}
		e.Fixed[d] = fixed
	}
	limit := int(((1-h.Settings.SlackPct/100)*contract - absence) * 60)
	e.MaxMinutes = max(limit, fixedMinutes)
	e.TargetMinutes = max(limit, 0)
	e.MinutesWeight = FairWeight
	return e
}

// cellKey indexes assignments by member and date.
type cellKey struct {
	member int
	date   roster.Date
}

// cellIndex returns the assignments of w per member and date.
func cellIndex(h *roster.House, w roster.Window) map[cellKey][]*roster.Assignment {
	out := map[cellKey][]*roster.Assignment{}
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if w.Contains(a.Date) {
			k := cellKey{a.Member, a.Date}
			out[k] = append(out[k], a)
		}
	}
	return out
}
