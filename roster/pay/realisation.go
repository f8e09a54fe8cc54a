package pay

import (
	"slices"

	"github.com/huisrooster/huisrooster/roster"
)

// This file computes the fte realisation of a house over a window of dates:
// per member, per role and for the team, the contract hours beside what was
// planned and what was realised, leave, sickness, reserve, overwork, the
// fairness counts (nights, weekends, holidays), ORT and the personnel cost
// beside the budget. Numbers are for insight, never for policing.
//
// Definitions (hours are contract-ledger hours: a sleep shift counts half):
//   - Contract: contract hours per week / 7 for every day of the window the
//     member is active, following the contract history day by day.
//   - Planned: the contract ledger of the SLACK check: every shift in the
//     plan (also those later vacated by a sick report) plus absence hours,
//     absences at most the contract of their week.
//   - Realised: the shifts actually worked: not vacated by a sick report.
//     Training absences (opleiding) count as realised: it is working time.
//   - Leave: absence hours of leave and special leave.
//   - Sick: absence hours of sick absences, plus the hours of shifts vacated
//     by a sick report on days without an absence (a same-day report).
//   - Sickness %: sick hours / contract hours × 100, against Settings.SickPct.
//   - Reserve: contract − planned (the deliberate slack, docs/rules.md SLACK).
//   - Overwork: for every 4-week period (aligned like the balance periods)
//     that touches the window, the planned hours beyond the contract of the
//     whole period (cao art. 6.4.5), summed.
//   - Nights: worked night-cover shifts (slaapdienst, wakende nacht, live-in
//     night); weekends: worked shifts starting on a Saturday or Sunday;
//     holidays: worked shifts starting on a public holiday (cao art. 9.7).
//   - Salaries: contract hours × hourly wage (salary is paid on the
//     contract); ORT: ORT hours × percentage × the ORT wage (capped, see
//     [roster.Pay.ORTWage]); sickness cost: sick hours × hourly wage.

// Figures are the hours and amounts of a member, a role or the team.
type Figures struct {
	Contract float64 `json:"contract"`
	Planned  float64 `json:"planned"`
	Realised float64 `json:"realised"`
	Leave    float64 `json:"leave"`
	Sick     float64 `json:"sick"`
	Reserve  float64 `json:"reserve"`
	Overwork float64 `json:"overwork"`
	// Sleep is the hours of worked sleep shifts (in full, no ORT).
	Sleep float64 `json:"sleepHours"`
	// ORT is the worked hours per ORT percentage (Realisation.Percents).
	ORT []float64 `json:"ortHours"`
	// ORTWeighted is Σ ORT hours × percentage: hours of pay.
	ORTWeighted float64 `json:"ortWeighted"`
	Nights      int     `json:"nights"`
	Weekends    int     `json:"weekends"`
	Holidays    int     `json:"holidays"`
	Salary      float64 `json:"salary"`    // euro
	ORTAmount   float64 `json:"ortAmount"` // euro
	SickCost    float64 `json:"sickCost"`  // euro
}

// SickPct returns sick hours as a percentage of contract hours (0 without
// contract hours).
func (f *Figures) SickPct() float64 {
	if f.Contract <= 0 {
		return 0
	}
	return f.Sick / f.Contract * 100
}

// add adds g to f.
func (f *Figures) add(g *Figures) {
	f.Contract += g.Contract
	f.Planned += g.Planned
	f.Realised += g.Realised
	f.Leave += g.Leave
	f.Sick += g.Sick
	f.Reserve += g.Reserve
	f.Overwork += g.Overwork
	f.Sleep += g.Sleep
	if len(f.ORT) < len(g.ORT) {
		f.ORT = append(f.ORT, make([]float64, len(g.ORT)-len(f.ORT))...)
	}
	for i, h := range g.ORT {
		f.ORT[i] += h
	}
	f.ORTWeighted += g.ORTWeighted
	f.Nights += g.Nights
	f.Weekends += g.Weekends
	f.Holidays += g.Holidays
	f.Salary += g.Salary
	f.ORTAmount += g.ORTAmount
	f.SickCost += g.SickCost
}

// MemberRealisation is the realisation of one member.
type MemberRealisation struct {
	Member int         `json:"member"`
	Name   string      `json:"name"`
	Role   roster.Role `json:"role"`
	FTE    float64     `json:"fte"`  // average contract fte over the window
	Wage   float64     `json:"wage"` // gross hourly wage used
	Figures
}

// RoleRealisation is the realisation of one role.
type RoleRealisation struct {
	Role      roster.Role `json:"role"`
	Members   int         `json:"members"`
	FTE       float64     `json:"fte"`       // average contract fte over the window
	BudgetFTE float64     `json:"budgetFte"` // Settings.Budget
	// Personal: a small role's sickness, cleared without the PIN (Disclose).
	Personal bool `json:"personal,omitempty"`
	Figures
}

// SickPoint is the team's sickness in one ISO week of the window (clipped
// to the window).
type SickPoint struct {
	Week     roster.Window `json:"week"`
	Contract float64       `json:"contract"`
	Sick     float64       `json:"sick"`
}

// Pct returns the week's sickness percentage.
func (p SickPoint) Pct() float64 {
	if p.Contract <= 0 {
		return 0
	}
	return p.Sick / p.Contract * 100
}

// Realisation is the fte realisation of a house over a window.
type Realisation struct {
	Window      roster.Window       `json:"window"`
	Weeks       float64             `json:"weeks"` // days / 7
	HoursPerFTE float64             `json:"hoursPerFte"`
	Percents    []float64           `json:"ortPercents"` // ORT percentages, ascending, 0 first
	Members     []MemberRealisation `json:"members"`     // house order, members active in the window
	Roles       []RoleRealisation   `json:"roles"`       // Roles order: roles with members or a budget
	Team        RoleRealisation     `json:"team"`        // the whole team (Role "")
	SickNorm    float64             `json:"sickNormPct"` // Settings.SickPct
	Budget      *roster.CostBudget  `json:"budget,omitempty"`
	Costs       []CostLine          `json:"costs"`
	SickSeries  []SickPoint         `json:"sickSeries"`
	// Locked: shown without the PIN (Disclose): no members, no amounts.
	Locked bool `json:"locked,omitempty"`
	// RealisedTo is the last day whose hours count as realised: the day
	// before "today", at most Window.To. Before Window.From when the whole
	// window is still to come ([Realisation.NothingRealised]).
	RealisedTo roster.Date `json:"realisedTo"`
}

// NothingRealised reports whether the whole window is still to come, so
// there are no realised hours yet (not zero worked hours).
func (r *Realisation) NothingRealised() bool { return r.RealisedTo < r.Window.From }

// PartlyRealised reports whether only the first part of the window is over.
func (r *Realisation) PartlyRealised() bool {
	return !r.NothingRealised() && r.RealisedTo < r.Window.To
}

// ORTPctOfGross returns the realised ORT as a percentage of the realised
// gross salaries (the budget assumes Budget.ORTPct, 17%).
func (r *Realisation) ORTPctOfGross() float64 {
	if r.Team.Salary <= 0 {
		return 0
	}
	return r.Team.ORTAmount / r.Team.Salary * 100
}

// NewRealisation computes the realisation of h over w as if the whole
// window is over (every day realised); see [NewRealisationAsOf].
func NewRealisation(h *roster.House, w roster.Window) *Realisation {
	return NewRealisationAsOf(h, w, w.To+1)
}

// NewRealisationAsOf computes the realisation of h over w on the date
// today: realised hours (worked shifts and training) count only for days
// before today, since a day still to come has nothing realised yet. The
// other figures (planned, leave, sickness, ORT, fairness counts) are of the
// whole window's plan.
func NewRealisationAsOf(h *roster.House, w roster.Window, today roster.Date) *Realisation {
	hpf := h.Settings.HoursPerFTEOrDefault()
	pay := h.Settings.PayOrDefault()
	oc := NewORTCalc(&h.Settings, w)
	hol := oc.Holidays()
	r := &Realisation{
		Window: w, Weeks: float64(w.Days()) / 7, HoursPerFTE: hpf,
		Percents: oc.Percents(), SickNorm: h.Settings.SickPct, Budget: pay.BudgetFor(h.Children),
		RealisedTo: min(w.To, today-1),
	}
	// hw holds every 4-week period that touches w, for overwork.
	hw := roster.Window{From: min(w.From, roster.BalancePeriod(w.From, 4).From), To: max(w.To, roster.BalancePeriod(w.To, 4).To)}
	byMember := roster.GroupByMember(h.Shifts(hw))
	n := w.Days()
	teamSick := make([]float64, n)
	teamContract := make([]float64, n)
	absKind := make([]roster.AbsenceKind, n)
	var l roster.Ledger
	for mi := range h.Members {
		m := &h.Members[mi]
		shifts := byMember[m.ID]
		if !roster.ActiveIn(m, w) && len(shifts) == 0 {
			continue
		}
		mr := MemberRealisation{Member: m.ID, Name: m.Name, Role: m.Role, Wage: pay.Wage(m)}
		f := &mr.Figures
		f.ORT = make([]float64, len(r.Percents))
		l.Fill(h, m, shifts, hw)
		f.Contract, f.Planned = l.Sums(w)
		f.Reserve = f.Contract - f.Planned
		for p := roster.BalancePeriod(w.From, 4); p.From <= w.To; p = roster.BalancePeriod(p.To+1, 4) {
			if ct, pl := l.Sums(p); pl > ct+hoursEps {
				f.Overwork += pl - ct
			}
		}
		for i := range n {
			teamContract[i] += l.Contract[int(w.From-l.From)+i]
		}
		clear(absKind)
		for ai := range h.Plan.Absences {
			a := &h.Plan.Absences[ai]
			if a.Member != m.ID || a.To < w.From || a.From > w.To {
				continue
			}
			for d := max(a.From, w.From); d <= min(a.To, w.To); d++ {
				i := int(d - w.From)
				if absKind[i] != "" {
					continue // the first absence of a day counts, as in the ledger
				}
				absKind[i] = a.Kind
				hrs := roster.AbsenceHours(a, m, d)
				switch a.Kind {
				case roster.AbsLeave, roster.AbsSpecial:
					f.Leave += hrs
				case roster.AbsSick:
					f.Sick += hrs
					teamSick[i] += hrs
				case roster.AbsTraining:
					if d <= r.RealisedTo {
						f.Realised += hrs
					}
				}
			}
		}
		for si := range shifts {
			s := &shifts[si]
			if !w.Contains(s.Date) {
				continue
			}
			if !s.Worked() {
				if i := int(s.Date - w.From); absKind[i] == "" {
					f.Sick += s.ContractHours()
					teamSick[i] += s.ContractHours()
				}
				continue
			}
			if s.Date <= r.RealisedTo {
				f.Realised += s.ContractHours()
			}
			f.Sleep += oc.AddShift(f.ORT, s)
			if s.Kind.NightCover() {
				f.Nights++
			}
			if wd := s.Date.Weekday(); wd == 0 || wd == 6 {
				f.Weekends++
			}
			if _, ok := hol[s.Date]; ok {
				f.Holidays++
			}
		}
		f.ORTWeighted = ORTWeighted(f.ORT, r.Percents)
		f.Salary = f.Contract * mr.Wage
		f.ORTAmount = f.ORTWeighted * pay.ORTWage(m)
		f.SickCost = f.Sick * mr.Wage
		mr.FTE = f.Contract / (hpf * r.Weeks)
		r.Members = append(r.Members, mr)
	}
	r.Team.Figures.ORT = make([]float64, len(r.Percents))
	for _, role := range roster.Roles {
		budget, hasBudget := h.Settings.Budget[role]
		rr := RoleRealisation{Role: role, BudgetFTE: budget}
		rr.ORT = make([]float64, len(r.Percents))
		for i := range r.Members {
			if r.Members[i].Role == role {
				rr.Members++
				rr.add(&r.Members[i].Figures)
			}
		}
		if rr.Members == 0 && !hasBudget {
			continue
		}
		rr.FTE = rr.Contract / (hpf * r.Weeks)
		r.Team.Members += rr.Members
		r.Team.BudgetFTE += rr.BudgetFTE
		r.Team.add(&rr.Figures)
		r.Roles = append(r.Roles, rr)
	}
	r.Team.FTE = r.Team.Contract / (hpf * r.Weeks)
	r.Costs = costLines(r.Budget, n, r.Team.Salary, r.Team.ORTAmount, r.Team.SickCost)
	r.SickSeries = sickSeries(w, teamContract, teamSick)
	return r
}

// sickSeries groups the team's daily contract and sick hours into ISO weeks
// clipped to w.
func sickSeries(w roster.Window, contract, sick []float64) []SickPoint {
	var out []SickPoint
	for mon := w.From.Monday(); mon <= w.To; mon += 7 {
		p := SickPoint{Week: roster.Window{From: max(mon, w.From), To: min(mon+6, w.To)}}
		for d := p.Week.From; d <= p.Week.To; d++ {
			p.Contract += contract[d-w.From]
			p.Sick += sick[d-w.From]
		}
		out = append(out, p)
	}
	return out
}

// Role returns the realisation of role, or nil.
func (r *Realisation) Role(role roster.Role) *RoleRealisation {
	i := slices.IndexFunc(r.Roles, func(x RoleRealisation) bool { return x.Role == role })
	if i < 0 {
		return nil
	}
	return &r.Roles[i]
}

// Member returns the realisation of member id, or nil.
func (r *Realisation) Member(id int) *MemberRealisation {
	i := slices.IndexFunc(r.Members, func(x MemberRealisation) bool { return x.Member == id })
	if i < 0 {
		return nil
	}
	return &r.Members[i]
}

// hoursEps absorbs float rounding when comparing sums of hours or fte.
const hoursEps = 1e-6
