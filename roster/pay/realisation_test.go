package pay

import (
	"math"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-6 {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// TestRealisationWeek checks one member's week by hand: a 36 h contract,
// three early shifts (7.5 h each after the break), a sleep shift (8 h,
// 4 contract hours), a late shift vacated by a same-day sick report and two
// days of leave.
func TestRealisationWeek(t *testing.T) {
	h := rostertest.RealisationHouse(roster.Member{Name: "Anna"})
	mon := roster.NewDate(2026, 11, 23)
	rostertest.AssignState(h, 1, mon, "V", roster.StatePlanned)
	rostertest.AssignState(h, 1, mon+1, "V", roster.StatePlanned)
	rostertest.AssignState(h, 1, mon+1, "S", roster.StatePlanned) // Tuesday night
	rostertest.AssignState(h, 1, mon+2, "V", roster.StatePlanned)
	rostertest.AssignState(h, 1, mon+3, "L", roster.StateSick)
	h.Plan.Absences = []roster.Absence{{Member: 1, From: mon + 5, To: mon + 6, Kind: roster.AbsLeave}}
	r := NewRealisation(h, roster.Week(mon))
	m := r.Member(1)
	if m == nil {
		t.Fatal("no row for Anna")
	}
	near(t, "contract", m.Contract, 36)
	near(t, "realised", m.Realised, 3*7.5+4)
	near(t, "sick", m.Sick, 7.5)
	near(t, "leave", m.Leave, 2*7.2)
	near(t, "planned", m.Planned, 3*7.5+4+7.5+2*7.2)
	near(t, "reserve", m.Reserve, 36-(3*7.5+4+7.5+2*7.2))
	near(t, "sick %", m.SickPct(), 7.5/36*100)
	near(t, "sleep hours", m.Sleep, 8)
	near(t, "fte", m.FTE, 1)
	if m.Nights != 1 || m.Weekends != 0 || m.Holidays != 0 {
		t.Errorf("nights/weekends/holidays = %d/%d/%d, want 1/0/0", m.Nights, m.Weekends, m.Holidays)
	}
	// ORT: three early shifts 07:00–15:00 on weekdays carry no ORT.
	for i, p := range r.Percents {
		if p != 0 && m.ORT[i] != 0 {
			t.Errorf("ORT %v%%: %v h, want 0", p, m.ORT[i])
		}
	}
	near(t, "0% hours", m.ORT[0], 3*7.5)
}

// TestRealisationContractHistory: the contract drops from 36 h to 18 h on
// Wednesday; the week holds 2 days of 36/7 and 5 days of 18/7.
func TestRealisationContractHistory(t *testing.T) {
	mon := roster.NewDate(2026, 11, 23)
	h := rostertest.RealisationHouse(roster.Member{Name: "Bas", Contract: []roster.Contract{
		{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 36}, {From: mon + 2, HoursPerWeek: 18}}})
	r := NewRealisation(h, roster.Week(mon))
	want := (2*36.0 + 5*18.0) / 7
	near(t, "contract", r.Member(1).Contract, want)
	near(t, "fte", r.Member(1).FTE, want/36)
	// Over four weeks the change weighs less: 2 days at 36, 26 days at 18.
	r4 := NewRealisation(h, roster.Window{From: mon, To: mon + 27})
	near(t, "contract 4 weeks", r4.Member(1).Contract, (2*36.0+26*18.0)/7)
	// A member who starts mid-week counts from that day on.
	from := mon + 4
	h.Members[0].ActiveFrom = &from
	near(t, "contract from friday", NewRealisation(h, roster.Week(mon)).Member(1).Contract, 3*18.0/7)
}

// TestRealisationSickQuarter: sickness % over the first quarter of 2026
// (90 days): a sick week (5 working days of 7.2 h) and one shift vacated by
// a same-day report (7.5 h), on 90 × 36/7 contract hours.
func TestRealisationSickQuarter(t *testing.T) {
	h := rostertest.RealisationHouse(roster.Member{Name: "Carla"}, roster.Member{Name: "Dirk", Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 18}}})
	h.Plan.Absences = []roster.Absence{{Member: 1, From: roster.NewDate(2026, 2, 2), To: roster.NewDate(2026, 2, 6), Kind: roster.AbsSick}}
	rostertest.AssignState(h, 1, roster.NewDate(2026, 3, 10), "L", roster.StateSick)
	// A shift marked sick on a day that the absence already covers counts once.
	rostertest.AssignState(h, 1, roster.NewDate(2026, 2, 3), "V", roster.StateSick)
	q := PeriodOf(PeriodQuarter, roster.NewDate(2026, 2, 15))
	if q.From != roster.NewDate(2026, 1, 1) || q.To != roster.NewDate(2026, 3, 31) {
		t.Fatalf("quarter = %s", q)
	}
	r := NewRealisation(h, q)
	c := r.Member(1)
	contract := 90 * 36.0 / 7
	near(t, "contract", c.Contract, contract)
	near(t, "sick", c.Sick, 5*7.2+7.5)
	near(t, "sick %", c.SickPct(), (5*7.2+7.5)/contract*100)
	// Team: Dirk is never sick.
	near(t, "team sick %", r.Team.SickPct(), (5*7.2+7.5)/(contract+90*18.0/7)*100)
	// The weekly series adds up to the quarter.
	var s, ct float64
	for _, p := range r.SickSeries {
		s += p.Sick
		ct += p.Contract
	}
	near(t, "series sick", s, r.Team.Sick)
	near(t, "series contract", ct, r.Team.Contract)
	if len(r.SickSeries) != 14 { // 2026-01-01 is a Thursday: W01 … W14
		t.Errorf("%d weeks in the series, want 14", len(r.SickSeries))
	}
}

// TestRealisationOverwork: an 18 h contract with 24 h planned every week of
// a 4-week period is 24 h overwork; the same within the contract is none.
func TestRealisationOverwork(t *testing.T) {
	h := rostertest.RealisationHouse(roster.Member{Name: "Eva", Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 18}}})
	p := roster.BalancePeriod(roster.NewDate(2026, 11, 23), 4)
	start, end := roster.NewClock(7, 0), roster.NewClock(15, 30)
	for mon := p.From; mon <= p.To; mon += 7 {
		for d := range 3 {
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: 1, Date: mon + roster.Date(d), Shift: "V",
				Start: &start, End: &end}) // 8 h after the break
		}
	}
	r := NewRealisation(h, p)
	near(t, "overwork", r.Member(1).Overwork, 4*(24-18))
	near(t, "reserve", r.Member(1).Reserve, -4*6)
	// A week of that period still reports the overwork of the whole period.
	near(t, "overwork in a week", NewRealisation(h, roster.Week(p.From)).Member(1).Overwork, 24)
}

// TestRealisationORTAmounts: a Tuesday late shift gives 1.2 paid hours of
// ORT; the wage is capped at the scale-5-step-11 wage, and scale 12 has none.
func TestRealisationORTAmounts(t *testing.T) {
	h := rostertest.RealisationHouse(
		roster.Member{Name: "Fenna", Salary: &roster.Salary{Scale: 9, HourlyWage: 25}},
		roster.Member{Name: "Gijs", Salary: &roster.Salary{HourlyWage: 15}},
		roster.Member{Name: "Hanna", Salary: &roster.Salary{Scale: 12, Step: 3}},
		roster.Member{Name: "Ids", Salary: &roster.Salary{Scale: 7, Step: 2}},
	)
	h.Settings.Pay.Scales = []roster.ScaleWage{{Scale: 7, Step: 2, HourlyWage: 17}, {Scale: 12, Step: 3, HourlyWage: 40}}
	tue := roster.NewDate(2026, 11, 24)
	for id := 1; id <= 4; id++ {
		rostertest.AssignState(h, id, tue, "L", roster.StatePlanned)
	}
	r := NewRealisation(h, roster.Week(tue))
	capW := h.Settings.Pay.ORTCapWage
	for _, tt := range []struct {
		id         int
		wage, base float64
	}{{1, 25, capW}, {2, 15, 15}, {3, 40, 0}, {4, 17, 17}} {
		m := r.Member(tt.id)
		near(t, m.Name+" wage", m.Wage, tt.wage)
		near(t, m.Name+" ORT weighted", m.ORTWeighted, 1.2)
		near(t, m.Name+" ORT amount", m.ORTAmount, 1.2*tt.base)
		near(t, m.Name+" salary", m.Salary, 36*tt.wage)
	}
	near(t, "ORT % of gross", r.ORTPctOfGross(), 1.2*(capW+15+17)/(36*(25+15+40+17))*100)
}

// TestRealisationRoles: role rows add up their members, the team adds up
// the roles, and the budget fte is the house's.
func TestRealisationRoles(t *testing.T) {
	h := demo.House(roster.NewDate(2026, 11, 23))
	w := roster.Window{From: roster.NewDate(2026, 11, 23), To: roster.NewDate(2026, 12, 20)}
	r := NewRealisation(h, w)
	op := r.Role(roster.RoleOpvoeder)
	if op == nil || op.Members != 11 {
		t.Fatalf("opvoeders: %+v", op)
	}
	near(t, "opvoeder fte", op.FTE, 8.9)
	near(t, "opvoeder budget", op.BudgetFTE, 8.9)
	var sum, plannedSum float64
	for _, m := range r.Members {
		if m.Role == roster.RoleOpvoeder {
			sum += m.Contract
		}
		plannedSum += m.Planned
	}
	near(t, "opvoeder contract", op.Contract, sum)
	near(t, "team planned", r.Team.Planned, plannedSum)
	near(t, "team contract", r.Team.Contract, 4*(8.9+0.8+0.7+0.6)*36+4*24) // + the intern's 24 h
	if r.Team.Realised <= 0 || r.Team.Realised > r.Team.Planned {
		t.Errorf("team realised %v of planned %v", r.Team.Realised, r.Team.Planned)
	}
	if r.Team.Sick <= 0 {
		t.Error("the demo has a sick report, but no sick hours")
	}
	if len(r.Costs) != 4 || r.Costs[3].Key != "total" {
		t.Fatalf("costs: %+v", r.Costs)
	}
	near(t, "budget salaries", r.Costs[0].Budget, 447200*28.0/365)
	if r.Budget == nil || r.Budget.Children != 6 {
		t.Errorf("budget: %+v", r.Budget)
	}
}

func TestPeriodOf(t *testing.T) {
	d := roster.NewDate(2026, 11, 25)
	for _, tt := range []struct {
		kind     PeriodKind
		from, to roster.Date
	}{
		{PeriodWeek, roster.NewDate(2026, 11, 23), roster.NewDate(2026, 11, 29)},
		{PeriodFour, roster.BalancePeriod(d, 4).From, roster.BalancePeriod(d, 4).To},
		{PeriodMonth, roster.NewDate(2026, 11, 1), roster.NewDate(2026, 11, 30)},
		{PeriodQuarter, roster.NewDate(2026, 10, 1), roster.NewDate(2026, 12, 31)},
		{PeriodYear, roster.NewDate(2026, 1, 1), roster.NewDate(2026, 12, 31)},
	} {
		w := PeriodOf(tt.kind, d)
		if w.From != tt.from || w.To != tt.to {
			t.Errorf("%s: %s, want %s – %s", tt.kind, w, tt.from, tt.to)
		}
		next := StepPeriod(tt.kind, w, 1)
		if next.From != w.To+1 || StepPeriod(tt.kind, next, -1) != w {
			t.Errorf("%s: step from %s gives %s and back %s", tt.kind, w, next, StepPeriod(tt.kind, next, -1))
		}
	}
	c := roster.Window{From: d, To: d + 9}
	if got := StepPeriod(PeriodCustom, c, -1); got.From != d-10 || got.To != d-1 {
		t.Errorf("custom step back: %s", got)
	}
}

func TestBudgetFor(t *testing.T) {
	p := roster.DefaultPay()
	for _, tt := range []struct{ children, want int }{{6, 6}, {4, 4}, {5, 6}, {3, 4}, {8, 6}} {
		if got := p.BudgetFor(tt.children); got == nil || got.Children != tt.want {
			t.Errorf("BudgetFor(%d) = %+v, want the budget for %d", tt.children, got, tt.want)
		}
	}
	if (&roster.Pay{}).BudgetFor(6) != nil {
		t.Error("a budget out of nothing")
	}
}
