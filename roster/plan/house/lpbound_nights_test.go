package house

import (
	"math/rand/v2"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// nightsHouse returns a tiny house for the night series rest: two
// opvoeders, early, late, awake-night and sleep shifts (sleep shifts count
// as night work under the incidental regime of most of these houses), a
// window of four days, a series of 0–4 nights that ends just before it or
// lies in it already, and now and then a locked shift after it.
func nightsHouse(seed uint64) (*roster.House, roster.Window) {
	r := rand.New(rand.NewPCG(seed, 41))
	h := roster.NewHouse("nachten", 4)
	h.Settings.NightMode = roster.NightAwake
	h.Settings.SleepRegime = roster.RegimeIrregular
	if r.IntN(4) == 0 {
		h.Settings.SleepRegime = roster.RegimeRegular
	}
	var types []roster.ShiftType
	for _, st := range h.ShiftTypes {
		if st.Code == "V" || st.Code == "L" || st.Code == "W" || st.Code == "S" {
			types = append(types, st)
		}
	}
	h.ShiftTypes = types
	mon := roster.NewDate(2027, 10, 25) // the week after the clocks go back
	if r.IntN(2) == 0 {
		mon = roster.NewDate(2027, 3, 29) // the week after they go forward
	}
	from := mon - 3 + roster.Date(r.IntN(6))
	w := roster.Window{From: from, To: from + 3}
	for i := range 2 {
		m := roster.Member{ID: i + 1, Name: string(rune('A' + i)), Role: roster.RoleOpvoeder,
			Contract: []roster.Contract{{From: mon - 70, HoursPerWeek: 36}}, Nights: true}
		h.Members = append(h.Members, m)
		night := []string{"W", "S"}[r.IntN(2)]
		end := w.From - 1 - roster.Date(r.IntN(2))
		for d := end - roster.Date(r.IntN(5)) + 1; d <= end; d++ {
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: d, Shift: night})
		}
		if r.IntN(3) == 0 {
			h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: m.ID, Date: w.To + 1 + roster.Date(r.IntN(2)), Shift: []string{"V", "L", night}[r.IntN(3)]})
		}
	}
	return h, w
}

// TestRowProgrammeKeepsNightSeriesRest: on tiny houses with night series
// at the window's edge, every row of each member (every choice per open
// day) is judged alone by the engine. A row the engine admits keeps the
// row programme's weekly rules, the night series rest among them (the bound
// stays proven); rows the engine refuses for ATW-NIGHTREST alone occur, and
// the programme refuses some of them (the rule is kept, not only relaxed).
func TestRowProgrammeKeepsNightSeriesRest(t *testing.T) {
	n := 24
	if testing.Short() || raceOn {
		n = 8
	}
	admitted, nightRest, refused := 0, 0, 0
	for seed := uint64(1); seed <= uint64(n); seed++ {
		h, w := nightsHouse(seed)
		b := newLPBuild(h, w)
		if len(b.segs) == 0 {
			continue
		}
		b.addWeekly()
		j := newJudge(h, w, roster.Today())
		for mi := range b.mem {
			m := &b.mem[mi]
			if !m.wr.on {
				continue
			}
			row := make([]int, len(m.days))
			for {
				hard, _ := j.fresh(j.check(memberRow(b, mi, row)))
				only := len(hard) > 0
				for _, f := range hard {
					only = only && f.Rule == rules.RuleATWNightRest
				}
				switch {
				case len(hard) == 0:
					admitted++
					if !b.rowKeeps(m, row) {
						t.Fatalf("house %d member %d: the programme refuses row %v the engine admits", seed, m.id, row)
					}
				case only:
					nightRest++
					if !b.rowKeeps(m, row) {
						refused++
					}
				}
				if !nextRow(m, row) {
					break
				}
			}
		}
	}
	t.Logf("%d rows admitted; %d refused for ATW-NIGHTREST alone, %d of them by the programme too", admitted, nightRest, refused)
	if refused == 0 {
		t.Errorf("the programme refused none of the %d rows the engine refuses for the night series rest alone", nightRest)
	}
}

// TestAloneFollowsTheEngine: a team's own shift types that the engine
// refuses even standing alone (a day shift of 8.5 hours without a break,
// ATW-BREAK; a shift of 11 hours of work for a pregnant member, ATW-SHIFT)
// are not open to the planner, the others are; and the LP bound's rows
// never hold them.
func TestAloneFollowsTheEngine(t *testing.T) {
	h := roster.NewHouse("eigen diensten", 4)
	c := roster.NewClock
	h.ShiftTypes = append(h.ShiftTypes,
		roster.ShiftType{Code: "X", Name: "Zonder pauze", Start: c(8, 0), End: c(16, 30), Kind: roster.KindGroup},
		roster.ShiftType{Code: "Y", Name: "Lang", Start: c(8, 0), End: c(20, 0), BreakMin: 60, Kind: roster.KindGroup})
	mon := roster.NewDate(2027, 3, 1)
	h.Members = []roster.Member{
		{ID: 1, Name: "A", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{From: mon - 70, HoursPerWeek: 36}}},
		{ID: 2, Name: "B", Role: roster.RoleOpvoeder, Contract: []roster.Contract{{From: mon - 70, HoursPerWeek: 36}}, Pregnant: true},
	}
	w := roster.Window{From: mon, To: mon + 2}
	ix := newIndex(h, w)
	tests := []struct {
		member int
		code   string
		want   bool
	}{
		{1, "V", true}, {1, "L", true}, {1, "X", false}, {1, "Y", true},
		{2, "V", true}, {2, "X", false}, {2, "Y", false},
	}
	for _, tt := range tests {
		if got := !ix.cannot(tt.member, mon, tt.code); got != tt.want {
			t.Errorf("member %d, %s: open %v, want %v", tt.member, tt.code, got, tt.want)
		}
	}
	b := newLPBuild(h, w)
	for _, m := range b.mem {
		for _, day := range m.days {
			for _, o := range day {
				if o.typ >= 0 && (b.types[o.typ].Code == "X" || m.id == 2 && b.types[o.typ].Code == "Y") {
					t.Errorf("member %d: the bound's rows hold %s", m.id, b.types[o.typ].Code)
				}
			}
		}
	}
}
