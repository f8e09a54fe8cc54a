package house

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// hoursHouse returns a tiny house (two opvoeders, four open days) whose
// balance period is partly planned already, so that the period's slack
// (SLACK) and the weeks' contract limit (CONTRACT) leave room for none, a
// few or all of the open cells. On some houses a member's contract starts
// in the period's second week or on the Monday inside the window, so a week
// has no contract limit (house 222's member 7: the row programme dropped
// the period limit there).
func hoursHouse(seed uint64) (*roster.House, roster.Window) {
	r := rand.New(rand.NewPCG(seed, 31))
	h := roster.NewHouse("uren", 4)
	h.Settings.NightMode = roster.NightSleep
	h.Settings.SlackPct = []float64{5, 10, 20}[r.IntN(3)]
	var types []roster.ShiftType
	for _, st := range h.ShiftTypes {
		if st.Code == "V" || st.Code == "D" || st.Code == "L" || st.Code == "S" {
			types = append(types, st)
		}
	}
	h.ShiftTypes = types
	p := roster.BalancePeriod(roster.NewDate(2027, 3, 1), h.Settings.BalanceWeeksOrDefault())
	// Four days mid-week or across a Monday, after the period's first week.
	from := p.From + roster.Date([]int{9, 12, 16, 19}[r.IntN(4)])
	w := roster.Window{From: from, To: from + 3}
	fill := []int{3, 5, 7}[r.IntN(3)] // of 10: how busy the period is
	for i := range 2 {
		start := p.From - 70
		switch k := r.IntN(3); {
		case k == 0 && w.To.Monday() > w.From:
			start = w.To.Monday() // no contract in the window's first week
		case k == 1:
			start = p.From + 7 // none in the period's first week
		}
		m := roster.Member{ID: i + 1, Name: string(rune('A' + i)), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: start, HoursPerWeek: []float64{16, 24, 32, 36}[r.IntN(4)]}},
			Nights:   r.IntN(2) == 0}
		h.Members = append(h.Members, m)
		if r.IntN(4) == 0 {
			d := p.From + 7 + roster.Date(r.IntN(7))
			if !w.Contains(d) {
				h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: m.ID, From: d, To: d, Kind: roster.AbsLeave})
			}
		}
		// Early shifts on the period's other days from the contract on,
		// every other day at most (rests and the weekly rest stay easy).
		for d := max(start, p.From); d <= p.To; d += 2 {
			if d >= w.From-1 && d <= w.To+1 {
				continue
			}
			if r.IntN(10) < fill {
				h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: d, Shift: "V"})
			}
		}
	}
	return h, w
}

// TestRowProgrammeKeepsEveryAdmittedRow is the property of the bound's row
// programme against the engine as judge on the hours rules: on tiny houses
// whose balance period is partly planned, every row of a member (every
// choice of off or a shift type on each open day) is judged alone by the
// engine. At duals that make that row the most valuable one can hold
// (+1 on its segments, -2 on all others), the programme's best row is worth
// at least as much when the engine admits the row (the programme cuts off
// no roster the engine accepts: the bound stays proven), and less when the
// engine refuses it for SLACK or CONTRACT only (the programme keeps those
// rules exactly, so the bound's rows need no cut in the dive's admission).
// The houses must hold such refused rows, so a change that drops the hours
// rules from the programme fails here.
func TestRowProgrammeKeepsEveryAdmittedRow(t *testing.T) {
	n := 24
	if testing.Short() || raceOn {
		n = 8
	}
	admitted, hoursOnly, firstWeek := 0, 0, 0
	for seed := uint64(1); seed <= uint64(n); seed++ {
		h, w := hoursHouse(seed)
		b := newLPBuild(h, w)
		if len(b.segs) == 0 {
			continue
		}
		b.addWeekly()
		j := newJudge(h, w, roster.Today())
		y := make([]float64, len(b.rhs))
		for mi := range b.mem {
			m := &b.mem[mi]
			row := make([]int, len(m.days))
			for {
				hard, _ := j.fresh(j.check(memberRow(b, mi, row)))
				onlyHours := len(hard) > 0
				for _, f := range hard {
					onlyHours = onlyHours && (f.Rule == rules.RuleSlack || f.Rule == rules.RuleContract)
				}
				clear(y)
				for s := range b.segs {
					y[s] = -2
				}
				holds := true // every new shift holds a short segment
				for d, o := range row {
					opt := &m.days[d][o]
					holds = holds && (opt.typ < 0 || len(opt.segs) > 0)
					for _, s := range opt.segs {
						y[s] = 1
					}
				}
				v := b.rowValue(m, row, y)
				best, _ := b.price(m, y)
				switch {
				case len(hard) == 0:
					admitted++
					if best < v-1e-9 {
						t.Fatalf("house %d member %d: the programme cuts off row %v the engine admits (best %.2f < %.2f)", seed, m.id, row, best, v)
					}
				case onlyHours && holds:
					hoursOnly++
					if slices.Contains(m.capW, math.MaxInt) {
						firstWeek++
					}
					if best >= v-1e-9 {
						t.Fatalf("house %d member %d: the programme keeps row %v the engine refuses for %s (best %.2f ≥ %.2f)", seed, m.id, row, hard[0].EN, best, v)
					}
				}
				if !nextRow(m, row) {
					break
				}
			}
		}
	}
	t.Logf("%d rows admitted, %d refused for the hours rules only (%d of a member with a week without contract)", admitted, hoursOnly, firstWeek)
	if hoursOnly == 0 || firstWeek == 0 {
		t.Errorf("the hours rules refused %d rows (%d of a member with a week without contract): the houses do not test them", hoursOnly, firstWeek)
	}
}

// nextRow steps row to the next choice of an option per day (odometer
// order) and reports false after the last.
func nextRow(m *lpMember, row []int) bool {
	for d := range row {
		row[d]++
		if row[d] < len(m.days[d]) {
			return true
		}
		row[d] = 0
	}
	return false
}
