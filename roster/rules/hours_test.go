package rules

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

func TestBalancePeriod(t *testing.T) {
	tests := []struct {
		name     string
		d        roster.Date
		weeks    int
		from, to roster.Date
	}{
		{"W48 in W45–W48", roster.NewDate(2026, 11, 23), 4, roster.NewDate(2026, 11, 2), roster.NewDate(2026, 11, 29)},
		{"Sunday closes the period", roster.NewDate(2026, 11, 29), 4, roster.NewDate(2026, 11, 2), roster.NewDate(2026, 11, 29)},
		{"Monday opens the next; 2026 has 53 weeks: W49–W53", roster.NewDate(2026, 11, 30), 4, roster.NewDate(2026, 11, 30), roster.NewDate(2027, 1, 3)},
		{"52-week year: W49–W52", roster.NewDate(2027, 12, 26), 4, roster.NewDate(2027, 12, 6), roster.NewDate(2028, 1, 2)},
		{"1 January in ISO week 1 of 2026", roster.NewDate(2026, 1, 1), 4, roster.NewDate(2025, 12, 29), roster.NewDate(2026, 1, 25)},
		{"53-week year: last period W49–W53", roster.NewDate(2020, 12, 31), 4, roster.NewDate(2020, 11, 30), roster.NewDate(2021, 1, 3)},
		{"1 January 2021 is still 2020-W53", roster.NewDate(2021, 1, 1), 4, roster.NewDate(2020, 11, 30), roster.NewDate(2021, 1, 3)},
		{"one week", roster.NewDate(2026, 11, 25), 1, roster.NewDate(2026, 11, 23), roster.NewDate(2026, 11, 29)},
		{"13 weeks: W40–W53", roster.NewDate(2026, 11, 25), 13, roster.NewDate(2026, 9, 28), roster.NewDate(2027, 1, 3)},
		{"5 weeks: remainder joins the last (W46–W53)", roster.NewDate(2026, 12, 31), 5, roster.NewDate(2026, 11, 9), roster.NewDate(2027, 1, 3)},
		{"zero weeks clamps to one", roster.NewDate(2026, 11, 25), 0, roster.NewDate(2026, 11, 23), roster.NewDate(2026, 11, 29)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := roster.BalancePeriod(tt.d, tt.weeks)
			if got.From != tt.from || got.To != tt.to {
				t.Errorf("BalancePeriod(%s, %d) = %s, want %s – %s", tt.d, tt.weeks, got, tt.from, tt.to)
			}
		})
	}
}

// TestBalancePeriodProperties checks on random dates that periods tile the
// calendar: whole ISO weeks, holding the date, between weeks and 2×weeks−1
// weeks long, and the next period starting the day after.
func TestBalancePeriodProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		d := roster.NewDate(2000, 1, 1) + roster.Date(r.IntN(40*366))
		weeks := 1 + r.IntN(13)
		p := roster.BalancePeriod(d, weeks)
		if !p.Contains(d) || p.From.Weekday() != 1 || p.To.Weekday() != 0 {
			t.Fatalf("BalancePeriod(%s, %d) = %s: not whole weeks around the date", d, weeks, p)
		}
		n := p.Days() / 7
		if n < weeks || n > 2*weeks-1 && n != weeks {
			t.Fatalf("BalancePeriod(%s, %d) = %s: %d weeks", d, weeks, p, n)
		}
		if roster.BalancePeriod(p.From, weeks) != p || roster.BalancePeriod(p.To, weeks) != p {
			t.Fatalf("BalancePeriod(%s, %d) = %s: its ends map elsewhere", d, weeks, p)
		}
		if next := roster.BalancePeriod(p.To+1, weeks); next.From != p.To+1 {
			t.Fatalf("after %s comes %s", p, next)
		}
		if y0, _ := p.From.ISOWeek(); func() bool { y1, _ := p.To.ISOWeek(); return y0 != y1 }() {
			t.Fatalf("period %s crosses an ISO year", p)
		}
	}
}

// w45 is the Monday of 2026-W45, the first week of tMon's balance period.
var w45 = roster.NewDate(2026, 11, 2)

func TestSlack(t *testing.T) {
	tests := []struct {
		name  string
		setup func(h *roster.House)
		win   roster.Window
		want  []string
	}{
		{"nothing planned", func(h *roster.House) {}, roster.Week(tMon), nil},
		{"exactly at the limit 129,6 of 144", func(h *roster.House) {
			rostertest.AssignDays(h, rostertest.Anna, w45, 14, "D") // 126 h
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: rostertest.Anna, From: tMon, To: tMon, Kind: roster.AbsLeave, HoursPerDay: 3.6})
		}, roster.Week(tMon), nil},
		{"0,1 h over the limit", func(h *roster.House) {
			rostertest.AssignDays(h, rostertest.Anna, w45, 14, "D")
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: rostertest.Anna, From: tMon, To: tMon, Kind: roster.AbsLeave, HoursPerDay: 3.7})
		}, roster.Week(tMon), []string{"Anna, 2026-W45–W48: 129,7 u gepland van 144 u; speling 10% vraagt ≤ 129,6 u"}},
		{"sleep shift counts half", func(h *roster.House) {
			rostertest.AssignDays(h, rostertest.Anna, w45, 14, "D")
			rostertest.Assign(h, rostertest.Anna, tMon, "S") // 8 h → 4 h
		}, roster.Week(tMon), []string{"130 u gepland van 144 u"}},
		{"sick shift with a sick report counts once", func(h *roster.House) {
			rostertest.AssignDays(h, rostertest.Anna, w45, 14, "D")
			a := rostertest.Assign(h, rostertest.Anna, tMon, "V")
			a.State = roster.StateSick
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: rostertest.Anna, From: tMon, To: tMon, Kind: roster.AbsSick, HoursPerDay: 3})
		}, roster.Week(tMon), nil}, // 126 + 3, not + 7.5
		{"sick shift without an absence counts", func(h *roster.House) {
			rostertest.AssignDays(h, rostertest.Anna, w45, 14, "D")
			a := rostertest.Assign(h, rostertest.Anna, tMon, "V")
			a.State = roster.StateSick
		}, roster.Week(tMon), []string{"133,5 u gepland"}},
		{"period reaches after the window", func(h *roster.House) {
			rostertest.AssignDays(h, rostertest.Anna, tMon, 7, "D")  // W48
			rostertest.AssignDays(h, rostertest.Anna, w45+7, 7, "D") // W46
			rostertest.Assign(h, rostertest.Anna, roster.NewDate(2026, 11, 11), "V")
		}, roster.Week(w45), []string{"133,5 u gepland van 144 u"}},
		{"contract change within the period", func(h *roster.House) {
			h.Members[0].Contract = append(h.Members[0].Contract, roster.Contract{From: roster.NewDate(2026, 11, 16), HoursPerWeek: 18})
			rostertest.AssignDays(h, rostertest.Anna, w45, 11, "D") // 99 h of 108
		}, roster.Week(tMon), []string{"99 u gepland van 108 u; speling 10% vraagt ≤ 97,2 u"}},
		{"joined mid-period: contract from the first active day", func(h *roster.House) {
			from := w45 + 14
			h.Members[0].ActiveFrom = &from
			rostertest.AssignDays(h, rostertest.Anna, tMon-1, 8, "D") // 72 of 72
		}, roster.Week(tMon), []string{"72 u gepland van 72 u"}},
		{"slack 0: the whole contract may be planned", func(h *roster.House) {
			h.Settings.SlackPct = 0
			rostertest.AssignDays(h, rostertest.Anna, w45, 16, "D") // 144
		}, roster.Week(tMon), nil},
		{"two periods in the window", func(h *roster.House) {
			rostertest.AssignDays(h, rostertest.Anna, w45, 15, "D")
			rostertest.AssignDays(h, rostertest.Anna, tMon+7, 19, "D")
		}, roster.Window{From: tMon, To: tMon + 13}, []string{"2026-W45–W48: 135 u", "2026-W49–W53: 171 u gepland van 180 u"}},
		{"balance period of 2 weeks", func(h *roster.House) {
			h.Settings.BalanceWeeks = 2
			rostertest.AssignDays(h, rostertest.Anna, tMon-7, 8, "D") // W47–W48: 72 of 72
		}, roster.Week(tMon), []string{"Anna, 2026-W47–W48: 72 u gepland van 72 u; speling 10% vraagt ≤ 64,8 u"}},
		{"default balance period is 4 weeks", func(h *roster.House) {
			h.Settings.BalanceWeeks = 0
			rostertest.AssignDays(h, rostertest.Anna, w45, 15, "D")
		}, roster.Week(tMon), []string{"2026-W45–W48"}},
		{"no contract, no slack finding", func(h *roster.House) {
			h.Members[0].Contract = nil
			rostertest.AssignDays(h, rostertest.Anna, w45, 15, "D")
		}, roster.Week(tMon), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.House()
			tt.setup(h)
			fs := ofRule(CheckAt(h, tt.win, tt.win.From-1000), RuleSlack)
			wantMessages(t, fs, tt.want...)
			for _, f := range fs {
				if f.Severity != SevWarning || len(f.Members) != 1 || f.Members[0] != rostertest.Anna {
					t.Errorf("finding %+v: want a warning for Anna", f)
				}
			}
		})
	}
}

func TestReserve(t *testing.T) {
	h := rostertest.House()
	rostertest.AssignDays(h, rostertest.Anna, tMon, 2, "D")
	rostertest.Assign(h, rostertest.Bart, tMon, "V")
	rostertest.AssignDays(h, rostertest.Huub, tMon, 3, "D") // huishoudelijk: not in the team reserve
	rostertest.Assign(h, rostertest.Bart, tMon+7, "S")      // 4 h
	fs := ofRule(CheckAt(h, roster.Window{From: tMon, To: tMon + 13}, 0), RuleReserve)
	wantMessages(t, fs,
		"Teamreserve 2026-W48: 37,5 u (contract 63 u – gepland 25,5 u)",
		"Teamreserve 2026-W49: 59 u (contract 63 u – gepland 4 u)")
	if fs[0].Severity != SevInfo || !fs[0].Start.Equal(tMon.Start()) || !fs[0].End.Equal((tMon + 7).Start()) {
		t.Errorf("reserve finding %+v: want info over the week", fs[0])
	}
}

func TestFTEBudget(t *testing.T) {
	// span is a finding's first day and the day after its last, as offsets
	// from tMon.
	type span [2]int
	week := span{0, 7}
	tests := []struct {
		name  string
		setup func(h *roster.House)
		want  []string
		spans []span // per wanted finding; nil: not checked
	}{
		{"within budget", func(h *roster.House) {}, nil, nil},
		{"exactly at budget (0,6 = 21,6 / 36)", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 1.75
		}, nil, nil},
		{"over budget", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 1.7
		}, []string{"opvoeder: 1,75 fte in dienst op ma 23 nov, budget 1,7 fte (0,05 fte te veel)"}, []span{week}},
		{"a member who left does not count", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 1
			left := tMon - 1
			h.Members[1].ActiveTo = &left
		}, nil, nil},
		{"contract on the first day counts", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 1.75
			h.Members[1].Contract = append(h.Members[1].Contract, roster.Contract{From: tMon, HoursPerWeek: 36})
		}, []string{"opvoeder: 2 fte in dienst"}, []span{week}},
		{"a contract change within the window is compared on its day", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 1.75
			h.Members[1].Contract = append(h.Members[1].Contract, roster.Contract{From: tMon + 2, HoursPerWeek: 36})
		}, []string{"opvoeder: 2 fte in dienst op wo 25 nov, budget 1,75 fte (0,25 fte te veel)"}, []span{{2, 7}}},
		{"a contract change after the window is not", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 1.75
			h.Members[1].Contract = append(h.Members[1].Contract, roster.Contract{From: tMon + 7, HoursPerWeek: 36})
		}, nil, nil},
		{"a member who starts within the window", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 2
			from := tMon + 4
			h.Members = append(h.Members, roster.Member{ID: 9, Name: "Nieuw", Role: roster.RoleOpvoeder, ActiveFrom: &from,
				Contract: []roster.Contract{{From: tMon - 100, HoursPerWeek: 18}}})
		}, []string{"opvoeder: 2,25 fte in dienst op vr 27 nov"}, []span{{4, 7}}},
		{"a member who leaves within the window ends the excess", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 1.7
			last := tMon + 2
			h.Members[1].ActiveTo = &last
		}, []string{"opvoeder: 1,75 fte in dienst op ma 23 nov"}, []span{{0, 3}}},
		{"over, then more over: two findings", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 1.7
			h.Members[1].Contract = append(h.Members[1].Contract, roster.Contract{From: tMon + 5, HoursPerWeek: 36})
		}, []string{"opvoeder: 1,75 fte in dienst op ma 23 nov", "opvoeder: 2 fte in dienst op za 28 nov"}, []span{{0, 5}, {5, 7}}},
		{"a change that keeps the fte is no new finding", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 1.7
			h.Members[1].Contract = append(h.Members[1].Contract, roster.Contract{From: tMon + 3, HoursPerWeek: 27})
			h.Members[2].Contract = append(h.Members[2].Contract, roster.Contract{From: tMon + 2, HoursPerWeek: 21.6})
		}, []string{"opvoeder: 1,75 fte in dienst op ma 23 nov"}, []span{week}},
		{"hours per fte", func(h *roster.House) {
			h.Settings.HoursPerFTE = 32
			h.Settings.Budget[roster.RoleOpvoeder] = 1.75
		}, []string{"huishoudelijk: 0,68 fte", "opvoeder: 1,97 fte"}, nil},
		{"two roles over, sorted by role", func(h *roster.House) {
			h.Settings.Budget[roster.RoleOpvoeder] = 1
			h.Settings.Budget[roster.RoleHuishoudelijk] = 0.5
		}, []string{"huishoudelijk: 0,6 fte", "opvoeder: 1,75 fte"}, nil},
		{"roles without a budget are not checked", func(h *roster.House) {
			h.Settings.Budget = nil
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.House()
			tt.setup(h)
			fs := ofRule(checkWeek(h, tMon), RuleFTEBudget)
			wantMessages(t, fs, tt.want...)
			for i, f := range fs {
				if f.Severity != SevError {
					t.Errorf("FTE-BUDGET %s: want error", f.Severity)
				}
				if tt.spans == nil {
					continue
				}
				from, to := (tMon + roster.Date(tt.spans[i][0])).Start(), (tMon + roster.Date(tt.spans[i][1])).Start()
				if !f.Start.Equal(from) || !f.End.Equal(to) {
					t.Errorf("finding %d spans %s – %s, want %s – %s", i, f.Start, f.End, from, to)
				}
			}
		})
	}
}

func TestContractWeek(t *testing.T) {
	tests := []struct {
		name  string
		setup func(h *roster.House)
		want  []string
	}{
		{"exactly 1/9 above (30 of 27)", func(h *roster.House) {
			rostertest.AssignDays(h, rostertest.Bart, tMon, 4, "V")
		}, nil},
		{"more than 1/9 above", func(h *roster.House) {
			rostertest.AssignDays(h, rostertest.Bart, tMon, 4, "V")
			rostertest.Assign(h, rostertest.Bart, tMon+4, "O")
		}, []string{"Bart, 2026-W48: 33 u gepland bij 27 u contract; meer dan 1/9 erboven (> 30 u) vraagt instemming"}},
		{"absences count up to the contract", func(h *roster.House) {
			h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: rostertest.Anna, From: tMon, To: tMon + 6, Kind: roster.AbsSick})
			rostertest.Assign(h, rostertest.Anna, tMon+6, "D")
		}, []string{"Anna, 2026-W48: 45 u gepland bij 36 u contract"}},
		{"sleep shifts count half", func(h *roster.House) {
			rostertest.AssignDays(h, rostertest.Bart, tMon, 3, "V")
			rostertest.AssignDays(h, rostertest.Bart, tMon+3, 2, "S") // 22,5 + 8
		}, []string{"30,5 u gepland bij 27 u"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := rostertest.House()
			tt.setup(h)
			wantMessages(t, ofRuleSev(checkWeek(h, tMon), RuleContract, SevWarning), tt.want...)
		})
	}
}

func TestOverwork(t *testing.T) {
	h := rostertest.House()
	rostertest.AssignDays(h, rostertest.Anna, w45, 16, "D") // 144 h: exactly the contract
	fs := ofRuleSev(checkWeek(h, tMon), RuleContract, SevInfo)
	wantMessages(t, fs)
	rostertest.Assign(h, rostertest.Anna, tMon+6, "O") // + 3 h
	fs = ofRuleSev(checkWeek(h, tMon), RuleContract, SevInfo)
	wantMessages(t, fs, "Anna, 2026-W45–W48: meerwerk 3 u (147 u gepland, contract 144 u")
}

func TestFTELabel(t *testing.T) {
	for _, tt := range []struct {
		f      float64
		nl, en string
	}{{8.9, "8,9", "8.9"}, {0.75, "0,75", "0.75"}, {1, "1", "1"}, {0.004, "0", "0"}, {-0.001, "0", "0"}, {1.999, "2", "2"}} {
		if nl, en := fteLabel(tt.f, roster.Dutch), fteLabel(tt.f, roster.English); nl != tt.nl || en != tt.en {
			t.Errorf("fteLabel(%v) = %q, %q; want %q, %q", tt.f, nl, en, tt.nl, tt.en)
		}
	}
}

// benchRule measures one group of rules on a checker built once.
func benchRule(b *testing.B, n, weeks int, rule func(c *checker)) {
	h, w := bigHouse(n, weeks)
	c := newChecker(h, w)
	c.today = w.From - 1000
	for b.Loop() {
		c.out = c.out[:0]
		rule(c)
	}
}

func BenchmarkCheckHours4Weeks(b *testing.B) {
	benchRule(b, 11, 4, (*checker).checkHours)
}

func BenchmarkCheckHours50Members13Weeks(b *testing.B) {
	benchRule(b, 50, 13, (*checker).checkHours)
}

func BenchmarkCheckMembers50Members13Weeks(b *testing.B) {
	benchRule(b, 50, 13, func(c *checker) { c.checkMembers(); c.checkPublish() })
}

// naiveSlack computes, the plain way, the planned and contract hours of
// member m over period p straight from the plan: every day's contract / 7,
// every shift's contract hours (a sick shift only when no absence covers its
// day), absences per ISO week capped at that week's contract.
func naiveSlack(h *roster.House, m *roster.Member, p roster.Window) (contract, planned float64) {
	for mon := p.From; mon <= p.To; mon += 7 {
		var c, s, a float64
		for d := mon; d < mon+7; d++ {
			if m.Active(d) {
				c += m.HoursOn(d) / 7
			}
			abs := h.Plan.AbsenceOn(m.ID, d)
			if abs != nil {
				a += roster.AbsenceHours(abs, m, d)
			}
			for i := range h.Plan.Assignments {
				as := &h.Plan.Assignments[i]
				if as.Member != m.ID || as.Date != d {
					continue
				}
				sh, err := h.ResolveAssignment(as)
				if err != nil || (!sh.Worked() && abs != nil) {
					continue
				}
				s += sh.ContractHours()
			}
		}
		contract += c
		planned += s + min(a, c)
	}
	return contract, planned
}

// TestSlackMatchesNaive compares SLACK with naiveSlack on random plans and
// random windows, also windows whose balance periods reach far beyond the
// part of the plan the checker reads.
func TestSlackMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	codes := []string{"V", "L", "D", "S", "W", "O"}
	total := 0
	for iter := range 300 {
		h := rostertest.House()
		h.Settings.BalanceWeeks = 1 + r.IntN(8)
		h.Settings.SlackPct = float64(r.IntN(30))
		base := tMon - 70
		for _, id := range []int{rostertest.Anna, rostertest.Bart} {
			for range r.IntN(150) {
				a := rostertest.Assign(h, id, base+roster.Date(r.IntN(140)), codes[r.IntN(len(codes))])
				if r.IntN(10) == 0 {
					a.State = roster.StateSick
				}
			}
			for range r.IntN(3) {
				from := base + roster.Date(r.IntN(140))
				h.Plan.Absences = append(h.Plan.Absences, roster.Absence{Member: id, From: from, To: from + roster.Date(r.IntN(9)),
					Kind: roster.AbsenceKinds[r.IntN(len(roster.AbsenceKinds))], HoursPerDay: float64(r.IntN(3)) * 2.5})
			}
		}
		from := base + roster.Date(r.IntN(140))
		w := roster.Window{From: from, To: from + roster.Date(r.IntN(40))}
		got := map[string]bool{}
		for _, f := range ofRule(CheckAt(h, w, 0), RuleSlack) {
			got[f.NL] = true
		}
		want := map[string]bool{}
		weeks := h.Settings.BalanceWeeksOrDefault()
		for _, id := range []int{rostertest.Anna, rostertest.Bart} {
			m := h.Member(id)
			for p := roster.BalancePeriod(w.From, weeks); p.From <= w.To; p = roster.BalancePeriod(p.To+1, weeks) {
				ct, pl := naiveSlack(h, m, p)
				limit := (1 - h.Settings.SlackPct/100) * ct
				if pl > limit+hoursEps {
					want[fmt.Sprintf("%s, %s: %s u gepland van %s u", m.Name, roster.PeriodLabel(p), roster.HoursLabel(pl, roster.Dutch), roster.HoursLabel(ct, roster.Dutch))] = true
				}
			}
		}
		total += len(want)
		if len(got) != len(want) {
			t.Fatalf("iteration %d, window %s, %d weeks: got %v, want %v", iter, w, weeks, got, want)
		}
		for g := range got {
			found := false
			for w := range want {
				found = found || strings.HasPrefix(g, w+";")
			}
			if !found {
				t.Fatalf("iteration %d: unexpected %q; want %v", iter, g, want)
			}
		}
	}
	if total < 100 {
		t.Errorf("only %d SLACK findings in 300 random plans: the test does not reach the rule", total)
	}
}

// TestLedgerContractDays holds the ledger's contract hours per day equal to
// the plain definition (HoursOn / 7 on active days, else 0) for members with
// one or several contracts (in any order) and active ranges that start or
// end inside, before or after the ledger's range.
func TestLedgerContractDays(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	h := rostertest.House()
	w := roster.Window{From: tMon, To: tMon + 62}
	var l roster.Ledger
	for it := range 300 {
		m := roster.Member{ID: 9, Role: roster.RoleOpvoeder}
		for range r.IntN(4) {
			m.Contract = append(m.Contract, roster.Contract{From: tMon - 30 + roster.Date(r.IntN(120)), HoursPerWeek: float64(r.IntN(40))})
		}
		if r.IntN(2) == 0 {
			d := tMon - 20 + roster.Date(r.IntN(100))
			m.ActiveFrom = &d
		}
		if r.IntN(2) == 0 {
			d := tMon - 20 + roster.Date(r.IntN(100))
			m.ActiveTo = &d
		}
		l.Fill(h, &m, nil, w)
		for i := range w.Days() {
			d := w.From + roster.Date(i)
			want := 0.0
			if m.Active(d) {
				want = m.HoursOn(d) / 7
			}
			if l.Contract[i] != want {
				t.Fatalf("iteration %d, %v: contract %v, want %v (%+v)", it, d, l.Contract[i], want, m)
			}
		}
	}
}
