package roster

import "fmt"

// This file holds the pay data a house keeps (Settings.Pay and the members'
// salaries), their defaults and their validation; vault.go seals them under
// the teamleider's PIN.
// The figures computed from them (realisation, ORT, cost lines) are in
// roster/pay.

// Salary is a member's pay data, entered by the teamleider. The hourly wage
// is the member's own when set, else the wage of scale and step in the
// house's scale table, else the house default.
type Salary struct {
	Scale      int     `json:"scale,omitempty"`      // cao salary scale; 0 with Step 0 means not entered
	Step       int     `json:"step,omitempty"`       // trede (periodiek)
	HourlyWage float64 `json:"hourlyWage,omitempty"` // gross euro per hour; 0: from the scale table or the default
}

// ScaleWage is the gross hourly wage of one scale and step of the cao.
type ScaleWage struct {
	Scale      int     `json:"scale"`
	Step       int     `json:"step"`
	HourlyWage float64 `json:"hourlyWage"`
}

// CostBudget is the concept's yearly budget of a house for a number of
// children (docs/rules.md, "The concept's numbers"). Percentages are of the gross salaries.
type CostBudget struct {
	Children       int     `json:"children"`
	GrossSalaries  float64 `json:"grossSalaries"` // euro per year
	HolidayPayPct  float64 `json:"holidayPayPct"` // vakantiegeld, 8
	YearEndPct     float64 `json:"yearEndPct"`    // eindejaarsuitkering (13th month), 8.3
	ORTPct         float64 `json:"ortPct"`        // 17
	EmployerPct    float64 `json:"employerPct"`   // werkgeverslasten, 34
	SickPct        float64 `json:"sickPct"`       // 5
	TrainingPct    float64 `json:"trainingPct"`   // 2
	ManagementPct  float64 `json:"managementPct"` // 2
	RecruitmentPct float64 `json:"recruitmentPct"`
	CoachingHours  float64 `json:"coachingHours"`
	Housing        float64 `json:"housing"` // euro per year
	Total          float64 `json:"total"`   // the concept's total per year
	Source         string  `json:"source,omitempty"`
}

// Pay is the house's pay data for the realisation.
type Pay struct {
	// DefaultHourlyWage is the gross hourly wage of members without their
	// own salary data.
	DefaultHourlyWage float64 `json:"defaultHourlyWage"`
	// ORTCapWage is the hourly wage of scale 5, step 11: ORT is computed on
	// at most this wage (cao art. 8.1). 0 means no cap.
	ORTCapWage float64 `json:"ortCapWage"`
	// ORTCapSource says where ORTCapWage comes from, so the teamleider can
	// check it when the cao changes.
	ORTCapSource string `json:"ortCapSource,omitempty"`
	// ORTMaxScale is the highest scale with ORT (11); members in a higher
	// scale get none. 0 means 11.
	ORTMaxScale int          `json:"ortMaxScale,omitempty"`
	Scales      []ScaleWage  `json:"scales,omitempty"`
	Budgets     []CostBudget `json:"budgets,omitempty"`
}

// DefaultORTMaxScale is the highest salary scale with ORT (cao art. 8.1).
const DefaultORTMaxScale = 11

// DefaultPay returns the concept's pay data. The default wage follows from
// the concept's own budget (gross salaries 447,200 over 11.0 fte of 1,872 h);
// the ORT cap is an estimate of scale 5 step 11 the teamleider must check.
func DefaultPay() *Pay {
	return &Pay{
		DefaultHourlyWage: 21.72, // 447,200 / (11.0 fte × 1,872 h)
		ORTCapWage:        18.90,
		ORTCapSource:      "schatting schaal 5 trede 11, controleer cao Jeugdzorg bijlage 7 / estimate of scale 5 step 11, check cao Jeugdzorg appendix 7",
		ORTMaxScale:       DefaultORTMaxScale,
		Budgets: []CostBudget{
			{Children: 6, GrossSalaries: 447200, HolidayPayPct: 8, YearEndPct: 8.3, ORTPct: 17, EmployerPct: 34,
				SickPct: 5, TrainingPct: 2, ManagementPct: 2, RecruitmentPct: 8, CoachingHours: 100, Housing: 75000,
				Total: 1138599, Source: "concept kleinschalige woonvoorziening, begroting 6 kinderen"},
			{Children: 4, GrossSalaries: 374022, HolidayPayPct: 8, YearEndPct: 8.3, ORTPct: 17, EmployerPct: 34,
				SickPct: 5, TrainingPct: 2, ManagementPct: 2, RecruitmentPct: 8, CoachingHours: 100, Housing: 75000,
				Total: 960148, Source: "concept, begroting 4 kinderen (totaal); brutosalarissen geschat: 447.200 × 9,2/11,0 fte"},
		},
	}
}

// PayOrDefault returns the house's pay data, or DefaultPay when none is set.
func (s *Settings) PayOrDefault() *Pay {
	if s.Pay == nil {
		return DefaultPay()
	}
	return s.Pay
}

// Wage returns the gross hourly wage of m: its own, from the scale table,
// or the default.
func (p *Pay) Wage(m *Member) float64 {
	if m.Salary != nil {
		if m.Salary.HourlyWage > 0 {
			return m.Salary.HourlyWage
		}
		for _, sw := range p.Scales {
			if sw.Scale == m.Salary.Scale && sw.Step == m.Salary.Step && (sw.Scale != 0 || sw.Step != 0) {
				return sw.HourlyWage
			}
		}
	}
	return p.DefaultHourlyWage
}

// ORTWage returns the hourly wage ORT of m is computed on: the wage, at most
// the cap, and 0 for members in a scale above ORTMaxScale.
func (p *Pay) ORTWage(m *Member) float64 {
	maxScale := p.ORTMaxScale
	if maxScale <= 0 {
		maxScale = DefaultORTMaxScale
	}
	if m.Salary != nil && m.Salary.Scale > maxScale {
		return 0
	}
	w := p.Wage(m)
	if p.ORTCapWage > 0 {
		w = min(w, p.ORTCapWage)
	}
	return w
}

// BudgetFor returns the budget for a house of children: the one for exactly
// that number, else the smallest one for more children, else the largest;
// nil when there is none.
func (p *Pay) BudgetFor(children int) *CostBudget {
	var above, below *CostBudget
	for i := range p.Budgets {
		b := &p.Budgets[i]
		switch {
		case b.Children == children:
			return b
		case b.Children > children && (above == nil || b.Children < above.Children):
			above = b
		case b.Children < children && (below == nil || b.Children > below.Children):
			below = b
		}
	}
	if above != nil {
		return above
	}
	return below
}

// pay checks the pay data of the settings.
func (v *validator) pay() {
	p := v.h.Settings.Pay
	if p == nil {
		return
	}
	v.rangeProblem("settings.pay.defaultHourlyWage", "standaard uurloon", "default hourly wage", p.DefaultHourlyWage, 0, 1000)
	v.rangeProblem("settings.pay.ortCapWage", "ORT-maximum uurloon", "ORT cap hourly wage", p.ORTCapWage, 0, 1000)
	v.rangeProblem("settings.pay.ortMaxScale", "hoogste schaal met ORT", "highest scale with ORT", float64(p.ORTMaxScale), 0, 30)
	for i, s := range p.Scales {
		f := fmt.Sprintf("settings.pay.scales[%d]", i)
		v.rangeProblem(f+".scale", "schaal", "scale", float64(s.Scale), 0, 30)
		v.rangeProblem(f+".step", "trede", "step", float64(s.Step), 0, 40)
		v.rangeProblem(f+".hourlyWage", "uurloon", "hourly wage", s.HourlyWage, 0, 1000)
	}
	for i, b := range p.Budgets {
		f := fmt.Sprintf("settings.pay.budgets[%d]", i)
		v.rangeProblem(f+".children", "aantal kinderen", "number of children", float64(b.Children), 1, 12)
		for _, x := range []struct {
			field, nl, en string
			val, hi       float64
		}{
			{"grossSalaries", "brutosalarissen", "gross salaries", b.GrossSalaries, 1e9},
			{"holidayPayPct", "vakantiegeld %", "holiday pay %", b.HolidayPayPct, 100},
			{"yearEndPct", "eindejaarsuitkering %", "year-end bonus %", b.YearEndPct, 100},
			{"ortPct", "ORT %", "ORT %", b.ORTPct, 100},
			{"employerPct", "werkgeverslasten %", "employer charges %", b.EmployerPct, 100},
			{"sickPct", "ziekte %", "sickness %", b.SickPct, 100},
			{"trainingPct", "opleiding %", "training %", b.TrainingPct, 100},
			{"managementPct", "management %", "management %", b.ManagementPct, 100},
			{"recruitmentPct", "werving %", "recruitment %", b.RecruitmentPct, 100},
			{"coachingHours", "coachingsuren", "coaching hours", b.CoachingHours, 1e5},
			{"housing", "huisvesting", "housing", b.Housing, 1e9},
			{"total", "totaal", "total", b.Total, 1e10},
		} {
			v.rangeProblem(f+"."+x.field, x.nl, x.en, x.val, 0, x.hi)
		}
	}
}

// salary checks a member's pay data.
func (v *validator) salary(field string, m *Member) {
	if m.Salary == nil {
		return
	}
	v.rangeProblem(field+".salary.scale", "schaal", "scale", float64(m.Salary.Scale), 0, 30)
	v.rangeProblem(field+".salary.step", "trede", "step", float64(m.Salary.Step), 0, 40)
	v.rangeProblem(field+".salary.hourlyWage", "uurloon", "hourly wage", m.Salary.HourlyWage, 0, 1000)
}
