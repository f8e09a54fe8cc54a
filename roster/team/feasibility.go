package team

import (
	"fmt"
	"strconv"

	"github.com/huisrooster/huisrooster/roster"
)

// Feasibility compares the presence a house's coverage profile asks for in
// an ordinary week (no holidays) with the contract hours that can meet it
// (docs/rules.md, "The concept's numbers"). It states the outcome honestly: the concept's own norm of
// 3 opvoeders 07:00–23:00 does not fit its own budget of 8.9 fte.
//
// Counted are the opvoeders who count as present (Member.CountsAsOpvoeder):
// they are the ones on the group. The contract hours of the teamleider and
// the systeemtherapeut are listed apart (OtherHours): they count only on the
// few group shifts they work, so adding them in full would hide the gap.
type Feasibility struct {
	HoursPerFTE float64 // hours of one fte per week (36)
	// DayHours is the presence the bands ask per week: minimum × band
	// length × the days of the band's day type (5 weekdays, 1 Saturday, 1
	// Sunday). 3 × 16 h × 7 = 336 h for the concept's norm.
	DayHours float64
	// NightHours is one night cover every night: 7 × the night's length
	// (7 × 8 h = 56 h from 23:00 to 07:00).
	NightHours float64
	// NightContractHours is what the night cover costs in contract hours:
	// sleep hours (slaapdienst, live-in night) count half (cao art. 8.3),
	// awake nights in full. Mixed night mode is taken as sleep nights.
	NightContractHours float64
	SleepNights        bool    // the night cover is sleep hours (counted half)
	Counted            int     // members counted (opvoeders, or the budget's opvoeders)
	ContractHours      float64 // their contract hours per week
	LeavePct, SickPct  float64 // the house's leave and sickness percentages
	// Available is ContractHours × (1 − leave%) × (1 − sickness%): the
	// hours that can really be planned on an average week.
	Available  float64
	OtherHours float64 // contract hours of teamleider and systeemtherapeut (not counted)
	FromBudget bool    // ContractHours is the house's opvoeder budget, not its team
	// SchoolMin and SchoolSaving: with one opvoeder fewer during school
	// hours (SchoolStart–SchoolEnd on weekdays), SchoolMin are left and
	// SchoolSaving hours a week are saved; 0 when the weekday bands ask
	// fewer than two then.
	SchoolMin    int
	SchoolSaving float64
}

// School hours on weekdays, when the children are at school: the usual
// moment a house needs one opvoeder fewer.
var (
	SchoolStart = roster.NewClock(9, 0)
	SchoolEnd   = roster.NewClock(14, 30)
)

// Required returns the contract hours the profile needs per week: the day
// presence plus what the night cover costs.
func (f Feasibility) Required() float64 { return f.DayHours + f.NightContractHours }

// Balance returns Available − Required: negative is a shortfall, positive a
// reserve.
func (f Feasibility) Balance() float64 { return f.Available - f.Required() }

// FTE converts hours per week to fte.
func (f Feasibility) FTE(hours float64) float64 { return hours / f.HoursPerFTE }

// TeamFeasibility returns the feasibility of h's coverage profile for the
// team active on d, with the contract hours that apply on d.
func TeamFeasibility(h *roster.House, d roster.Date) Feasibility {
	f := baseFeasibility(h)
	for i := range h.Members {
		m := &h.Members[i]
		if !m.Active(d) {
			continue
		}
		switch {
		case m.Role == roster.RoleOpvoeder && m.CountsAsOpvoeder():
			f.Counted++
			f.ContractHours += m.HoursOn(d)
		case m.Role == roster.RoleTeamleider || m.Role == roster.RoleSysteemtherapeut:
			f.OtherHours += m.HoursOn(d)
		}
	}
	f.Available = f.available(f.ContractHours)
	return f
}

// BudgetFeasibility returns the feasibility of h's coverage profile for the
// house's fte budget of opvoeders (Settings.Budget), as if the team were
// hired exactly to budget.
func BudgetFeasibility(h *roster.House) Feasibility {
	f := baseFeasibility(h)
	f.FromBudget = true
	f.ContractHours = h.Settings.Budget[roster.RoleOpvoeder] * f.HoursPerFTE
	f.OtherHours = (h.Settings.Budget[roster.RoleTeamleider] + h.Settings.Budget[roster.RoleSysteemtherapeut]) * f.HoursPerFTE
	f.Available = f.available(f.ContractHours)
	return f
}

// baseFeasibility fills the required hours and the percentages of h.
func baseFeasibility(h *roster.House) Feasibility {
	s := &h.Settings
	f := Feasibility{HoursPerFTE: s.HoursPerFTEOrDefault(), LeavePct: s.LeavePct, SickPct: s.SickPct}
	f.DayHours = ProfileHours(h.Coverage)
	night := float64(roster.ShiftMinutes(s.NightStart, s.NightEnd)) / 60
	if s.NightStart == s.NightEnd {
		night = 0 // invalid settings, reported by Validate
	}
	f.NightHours = 7 * night
	for _, b := range h.Coverage {
		bs, be := roster.BandSpan(b)
		lo, hi := max(bs, int(SchoolStart)), min(be, int(SchoolEnd))
		if b.Day != roster.DayWeekday || b.Min < 2 || hi <= lo {
			continue
		}
		f.SchoolSaving += 5 * float64(hi-lo) / 60
		f.SchoolMin = max(f.SchoolMin, b.Min-1)
	}
	f.NightContractHours = f.NightHours
	if f.SleepNights = s.NightMode != roster.NightAwake; f.SleepNights {
		f.NightContractHours = f.NightHours / 2
	}
	return f
}

// available applies the leave and sickness percentages to contract hours.
func (f Feasibility) available(contract float64) float64 {
	return contract * (1 - f.LeavePct/100) * (1 - f.SickPct/100)
}

// ProfileHours returns the presence hours per week the bands ask: minimum ×
// band length (nominal clock hours) × 5 for weekday bands and × 1 for
// Saturday and Sunday bands. Bands of unknown day types count nothing.
func ProfileHours(bands []roster.Band) float64 {
	total := 0.0
	for _, b := range bands {
		days := 0
		switch b.Day {
		case roster.DayWeekday:
			days = 5
		case roster.DaySaturday, roster.DaySunday:
			days = 1
		}
		s, e := roster.BandSpan(b)
		total += float64(b.Min*days) * float64(e-s) / 60
	}
	return total
}

// Line states the outcome in one sentence: "Tekort: 83,1 u per week (2,3
// fte)" or "Reserve: 4 u per week (0,1 fte)", or in English.
func (f Feasibility) Line(l roster.Lang) string {
	b := f.Balance()
	if b < -hoursEps {
		return fmt.Sprintf(l.Pick("Tekort: %s u per week (%s fte)", "Shortfall: %s h a week (%s fte)"),
			roster.HoursLabel(-b, l), roster.HoursLabel(f.FTE(-b), l))
	}
	return fmt.Sprintf(l.Pick("Reserve: %s u per week (%s fte)", "Reserve: %s h a week (%s fte)"),
		roster.HoursLabel(b, l), roster.HoursLabel(f.FTE(b), l))
}

// Explain states how the line is computed, in short sentences: what is
// needed (a sum that adds up), what is available, who is counted and, on a
// shortfall, what would close it.
func (f Feasibility) Explain(l roster.Lang) string {
	h := func(x float64) string { return roster.HoursLabel(x, l) }
	perNight := h(f.NightHours / 7)
	night := fmt.Sprintf(l.Pick("7 × %s u wakend", "7 × %s h awake"), perNight)
	if f.SleepNights {
		night = fmt.Sprintf(l.Pick("7 × %s u slaapdienst, telt half", "7 × %s h sleep shift, counted half"), perNight)
	}
	who := plural(f.Counted, l.Pick("opvoeder", "care worker"), l.Pick("opvoeders", "care workers"))
	if f.FromBudget {
		who = fmt.Sprintf(l.Pick("het budget van %s fte opvoeders", "the budget of %s fte care workers"), h(f.FTE(f.ContractHours)))
	}
	return fmt.Sprintf(l.Pick(
		"Nodig: %s u overdag + %s u voor de nachten (%s) = %s u per week. "+
			"Beschikbaar: %s u contract van %s, %s u na %s%% verlof en %s%% ziekte (%s fte). "+
			"Teamleider en systeemtherapeut (%s u) tellen niet mee: zij tellen alleen op een groepsdienst.",
		"Needed: %s h by day + %s h for the nights (%s) = %s h a week. "+
			"Available: %s h contract of %s, %s h after %s%% leave and %s%% sickness (%s fte). "+
			"Teamleider and systeemtherapeut (%s h) are not counted: they count only on a group shift."),
		h(f.DayHours), h(f.NightContractHours), night, h(f.Required()),
		h(f.ContractHours), who, h(f.Available), h(f.LeavePct), h(f.SickPct), h(f.FTE(f.Available)), h(f.OtherHours)) +
		f.advice(l)
}

// ExtraFTE returns the contract fte to hire to close a shortfall (leave and
// sickness taken into account), 0 without one.
func (f Feasibility) ExtraFTE() float64 {
	gap := -f.Balance()
	keep := (1 - f.LeavePct/100) * (1 - f.SickPct/100)
	if gap <= hoursEps || keep <= 0 {
		return 0
	}
	return f.FTE(gap / keep)
}

// advice returns, on a shortfall, what would close it: more fte, or one
// opvoeder fewer during school hours (" …", or "").
func (f Feasibility) advice(l roster.Lang) string {
	gap := -f.Balance()
	if gap <= hoursEps {
		return ""
	}
	h := func(x float64) string { return roster.HoursLabel(x, l) }
	school := ""
	if f.SchoolSaving > 0 {
		if f.SchoolSaving >= gap-hoursEps {
			school = fmt.Sprintf(l.Pick("; of %d opvoeders tijdens schooltijd (ma–vr %s–%s): dan past het",
				"; or %d care workers during school hours (Mon–Fri %s–%s): then it fits"), f.SchoolMin, SchoolStart, SchoolEnd)
		} else {
			school = fmt.Sprintf(l.Pick("; %d opvoeders tijdens schooltijd (ma–vr %s–%s) scheelt %s u",
				"; %d care workers during school hours (Mon–Fri %s–%s) saves %s h"), f.SchoolMin, SchoolStart, SchoolEnd, h(f.SchoolSaving))
		}
	}
	return fmt.Sprintf(l.Pick(" Om het tekort te dichten: %s fte erbij%s.", " To close the gap: %s fte more%s."), h(f.ExtraFTE()), school)
}

// hoursEps absorbs float rounding when comparing sums of hours or fte.
const hoursEps = 1e-6

// plural formats n with the singular or plural word.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
