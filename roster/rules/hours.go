package rules

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
)

// weekLedger is a member's ledger summed per ISO week: contract hours and
// planned hours (shifts plus absences capped at the week's contract), with
// the days added in the order ledger.sums adds them, so every sum over whole
// weeks is the same float as ledger.sums gives.
type weekLedger struct {
	from              roster.Date // a Monday
	contract, planned []float64
}

// fillWeeks sums l (which starts on a Monday) per ISO week.
func (wl *weekLedger) fillWeeks(l *roster.Ledger) {
	n := len(l.Contract) / 7
	wl.from = l.From
	wl.contract = resize(wl.contract, n)
	wl.planned = resize(wl.planned, n)
	for k := range n {
		cs, ss, as := l.Contract[7*k:7*k+7], l.Shifts[7*k:7*k+7], l.Absence[7*k:7*k+7]
		var c, s, a float64
		for i := range 7 {
			c += cs[i]
			s += ss[i]
			a += as[i]
		}
		wl.contract[k], wl.planned[k] = c, s+min(a, c)
	}
}

// sums returns contract and planned hours over p, whole ISO weeks inside
// the ledger's range: ledger.sums(p).
func (wl *weekLedger) sums(p roster.Window) (contract, planned float64) {
	for k := int(p.From-wl.from) / 7; k <= int(p.To-wl.from)/7; k++ {
		contract += wl.contract[k]
		planned += wl.planned[k]
	}
	return contract, planned
}

// periodsOf returns the balance periods of `weeks` weeks that touch w.
func periodsOf(w roster.Window, weeks int) []roster.Window {
	var out []roster.Window
	for p := roster.BalancePeriod(w.From, weeks); p.From <= w.To; p = roster.BalancePeriod(p.To+1, weeks) {
		out = append(out, p)
	}
	return out
}

// checkHours reports SLACK, RESERVE, FTE-BUDGET and CONTRACT.
func (c *checker) checkHours() {
	h := c.h
	weeks := h.Settings.BalanceWeeksOrDefault()
	// The balance periods and the 4-week overwork periods that touch the
	// window, computed once for every member.
	slackPs, overPs := periodsOf(c.w, weeks), periodsOf(c.w, 4)
	// hw covers all of them; both are unions of whole ISO weeks.
	hw := roster.Window{
		From: min(slackPs[0].From, overPs[0].From),
		To:   max(slackPs[len(slackPs)-1].To, overPs[len(overPs)-1].To),
	}
	// The checker resolved the shifts of ext; resolve only what the periods
	// need beyond it.
	var before, after []roster.Shift
	if hw.From < c.ext.From {
		before = h.Shifts(roster.Window{From: hw.From, To: c.ext.From - 1})
	}
	if hw.To > c.ext.To {
		after = h.Shifts(roster.Window{From: c.ext.To + 1, To: hw.To})
	}
	mon0 := c.w.From.Monday()
	nWeeks := int(c.w.To-mon0)/7 + 1
	type weekSum struct{ contract, planned float64 }
	reserve := make([]weekSum, nWeeks)
	var l roster.Ledger
	var wl weekLedger
	for mi := range h.Members {
		m := &h.Members[mi]
		if !roster.ActiveIn(m, hw) {
			continue
		}
		l.Fill(h, m, c.byMember[m.ID], hw)
		l.AddShifts(roster.MemberShifts(before, m.ID))
		l.AddShifts(roster.MemberShifts(after, m.ID))
		wl.fillWeeks(&l)
		if roster.ActiveIn(m, c.w) {
			c.checkSlack(m, &wl, slackPs)
			c.checkOverwork(m, &wl, overPs)
		}
		counts := m.CountsAsOpvoeder()
		for wi := range nWeeks {
			mon := mon0 + roster.Date(7*wi)
			wk := roster.Window{From: mon, To: mon + 6}
			ct, pl := wl.sums(wk)
			c.checkWeekContract(m, wk, ct, pl)
			if counts {
				reserve[wi].contract += ct
				reserve[wi].planned += pl
			}
		}
	}
	var buf [192]byte
	for wi, r := range reserve {
		if r.contract == 0 && r.planned == 0 {
			continue
		}
		mon := mon0 + roster.Date(7*wi)
		f := Finding{Rule: RuleReserve, Severity: SevInfo, Start: c.start(mon), End: c.start(mon + 7)}
		f.NL, f.EN = reserveMessage(buf[:0], mon, r.contract, r.planned)
		c.add(f)
	}
	c.checkBudget()
}

// checkSlack reports SLACK for every balance period that touches the window
// (periods): planned contract hours (absences included) above
// (1 − slack) × contract.
func (c *checker) checkSlack(m *roster.Member, l *weekLedger, periods []roster.Window) {
	slack := c.h.Settings.SlackPct
	for _, p := range periods {
		ct, pl := l.sums(p)
		if ct <= 0 {
			continue
		}
		limit := SlackLimit(&c.h.Settings, ct)
		if pl <= limit+hoursEps {
			continue
		}
		f := Finding{Rule: RuleSlack, Severity: SevWarning,
			Start: c.start(p.From), End: c.start(p.To + 1), Members: []int{m.ID}}
		f.NL, f.EN = slackMessage(m.Name, p, pl, ct, slack, limit)
		c.add(f)
	}
}

// checkOverwork reports meerwerk (cao art. 6.4.5): planned hours beyond the
// contract over a 4-week period (aligned like the balance periods; periods),
// as info.
func (c *checker) checkOverwork(m *roster.Member, l *weekLedger, periods []roster.Window) {
	for _, p := range periods {
		ct, pl := l.sums(p)
		if ct <= 0 || pl <= ct+hoursEps {
			continue
		}
		f := Finding{Rule: RuleContract, Severity: SevInfo,
			Start: c.start(p.From), End: c.start(p.To + 1), Members: []int{m.ID}}
		f.NL, f.EN = overworkMessage(m.Name, p, pl, ct)
		c.add(f)
	}
}

// checkWeekContract reports CONTRACT for one ISO week: more than 1/9 above
// the contract's weekly hours needs the member's consent (cao art. 6.3c).
func (c *checker) checkWeekContract(m *roster.Member, wk roster.Window, contract, planned float64) {
	if contract <= 0 {
		return
	}
	limit := ContractWeekLimit(contract)
	if planned <= limit+hoursEps {
		return
	}
	f := Finding{Rule: RuleContract, Severity: SevWarning,
		Start: c.start(wk.From), End: c.start(wk.To + 1), Members: []int{m.ID}}
	f.NL, f.EN = weekContractMessage(m.Name, wk.From, planned, contract, limit)
	c.add(f)
}

// checkBudget reports FTE-BUDGET: per role with a budget, the contract fte of
// the members active on a day must not exceed it. The team is compared on
// the window's first day and on every later day of the window on which it
// changes (a contract change, a member who starts or leaves); one finding per
// stretch of days with the same over-budget team.
func (c *checker) checkBudget() {
	h := c.h
	if len(h.Settings.Budget) == 0 {
		return
	}
	days := budgetDays(h, c.w)
	hpf := h.Settings.HoursPerFTEOrDefault()
	roles := make([]roster.Role, 0, len(h.Settings.Budget))
	for r := range h.Settings.Budget {
		roles = append(roles, r)
	}
	slices.Sort(roles)
	for _, r := range roles {
		budget := h.Settings.Budget[r]
		var prevIDs []int
		prevFTE, prevOver := -1.0, false
		for di, d := range days {
			fte, ids := roleFTE(h, r, d, hpf)
			same := fte == prevFTE && slices.Equal(ids, prevIDs)
			prevFTE, prevIDs = fte, ids
			over := fte > budget+0.005 // fte are shown with two decimals
			if !over || same && prevOver {
				prevOver = over
				continue
			}
			prevOver = over
			end := c.winEnd
			for _, e := range days[di+1:] {
				if f, eids := roleFTE(h, r, e, hpf); f != fte || !slices.Equal(eids, ids) {
					end = c.start(e)
					break
				}
			}
			c.add(Finding{
				Rule: RuleFTEBudget, Severity: SevError,
				Start: c.start(d), End: end, Members: ids,
				NL: fmt.Sprintf("%s: %s fte in dienst op %s, budget %s fte (%s fte te veel)",
					r, fteLabel(fte, false), roster.DayLabel(d, false), fteLabel(budget, false), fteLabel(fte-budget, false)),
				EN: fmt.Sprintf("%s: %s fte employed on %s, budget %s fte (%s fte over)",
					r, fteLabel(fte, true), roster.DayLabel(d, true), fteLabel(budget, true), fteLabel(fte-budget, true)),
			})
		}
	}
}

// budgetDays returns the days of w on which the team's fte may differ from
// the day before: w.From, and every later day of w on which a contract
// starts, a member starts or the day after a member's last day; sorted.
func budgetDays(h *roster.House, w roster.Window) []roster.Date {
	days := []roster.Date{w.From}
	add := func(d roster.Date) {
		if d > w.From && d <= w.To {
			days = append(days, d)
		}
	}
	for mi := range h.Members {
		m := &h.Members[mi]
		for _, ct := range m.Contract {
			add(ct.From)
		}
		if m.ActiveFrom != nil {
			add(*m.ActiveFrom)
		}
		if m.ActiveTo != nil {
			add(*m.ActiveTo + 1)
		}
	}
	slices.Sort(days)
	return slices.Compact(days)
}

// roleFTE returns the contract fte of the members of role r active on d and
// their IDs, sorted.
func roleFTE(h *roster.House, r roster.Role, d roster.Date, hoursPerFTE float64) (float64, []int) {
	var fte float64
	var ids []int
	for mi := range h.Members {
		m := &h.Members[mi]
		if m.Role != r || !m.Active(d) {
			continue
		}
		if hrs := m.HoursOn(d); hrs > 0 {
			fte += hrs / hoursPerFTE
			ids = append(ids, m.ID)
		}
	}
	slices.Sort(ids)
	return fte, ids
}

// fteLabel formats fte with up to two decimals, a decimal comma in Dutch:
// "8,9", "0,75", "1".
func fteLabel(f float64, en bool) string {
	s := fmt.Sprintf("%.2f", math.Round(f*100)/100)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	if !en {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// hoursEps absorbs float rounding when comparing sums of hours or fte.
const hoursEps = 1e-6

// resize returns a zeroed slice of length n, reusing buf when it can.
func resize(buf []float64, n int) []float64 {
	if cap(buf) < n {
		return make([]float64, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}
