package rules

import (
	"github.com/huisrooster/huisrooster/roster"
)

// This file holds the frame of the hours rules: per member a contract ledger
// summed per ISO week, which SLACK (slack.go), CONTRACT (contract.go) and
// RESERVE read; RESERVE (the team's reserve hours per week, info) is
// reported here. FTE-BUDGET is in fte_budget.go.

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
