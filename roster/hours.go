package roster

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Defaults of settings whose zero value means "use the default".
const (
	DefaultBalanceWeeks = 4  // balance period of SLACK, in ISO weeks
	DefaultHoursPerFTE  = 36 // cao Jeugdzorg art. 6.1
	DefaultPublishDays  = 28 // ATW-PUBLISH: roster known 28 days ahead
)

// hoursEps absorbs float rounding when comparing sums of hours or fte.
const hoursEps = 1e-6

// BalanceWeeksOrDefault returns the balance period in weeks (default 4).
func (s *Settings) BalanceWeeksOrDefault() int {
	if s.BalanceWeeks <= 0 {
		return DefaultBalanceWeeks
	}
	return s.BalanceWeeks
}

// HoursPerFTEOrDefault returns the hours of one fte per week (default 36).
func (s *Settings) HoursPerFTEOrDefault() float64 {
	if s.HoursPerFTE <= 0 {
		return DefaultHoursPerFTE
	}
	return s.HoursPerFTE
}

// PublishDaysOrDefault returns how many days ahead the roster must be fixed
// (default 28).
func (s *Settings) PublishDaysOrDefault() int {
	if s.PublishDays <= 0 {
		return DefaultPublishDays
	}
	return s.PublishDays
}

// BalancePeriod returns the balance period of `weeks` ISO weeks that holds d.
// Periods are counted from ISO week 1 of d's ISO year, the way teams number
// their roster periods: with 4 weeks, period 1 is W01–W04, period 2 W05–W08,
// and so on. The last period of the year takes the weeks that remain, so in
// a 53-week year period 13 runs W49–W53. A period never crosses an ISO year.
func BalancePeriod(d Date, weeks int) Window {
	weeks = min(max(weeks, 1), 53)
	y, wk := d.ISOWeek()
	inYear := isoWeeksIn(y)
	n := max(inYear/weeks, 1)
	k := min((wk-1)/weeks, n-1)
	last := (k + 1) * weeks
	if k == n-1 {
		last = inYear
	}
	return Window{From: ISOWeekStart(y, k*weeks+1), To: ISOWeekStart(y, last) + 6}
}

// isoWeeksIn returns the number of ISO weeks (52 or 53) of ISO year y.
func isoWeeksIn(y int) int {
	_, w := NewDate(y, 12, 28).ISOWeek() // 28 December is always in the last week
	return w
}

// periodLabel formats a window of whole ISO weeks as "2026-W45–W48".
func periodLabel(p Window) string {
	y, w0 := p.From.ISOWeek()
	_, w1 := p.To.ISOWeek()
	if w0 == w1 {
		return fmt.Sprintf("%d-W%02d", y, w0)
	}
	return fmt.Sprintf("%d-W%02d–W%02d", y, w0, w1)
}

// ledger is one member's contract ledger over a range of dates: per day the
// contract hours (weekly hours / 7 on active days), the planned contract
// hours of shifts (sleep shifts at half), and the hours of absences.
type ledger struct {
	from     Date
	contract []float64
	shifts   []float64
	absence  []float64
}

// fill computes the ledger of m over w from the member's shifts (any order,
// any dates) and the plan's absences. A shift vacated by a sick report counts
// as sick hours unless an absence covers that day already.
func (l *ledger) fill(h *House, m *Member, shifts []Shift, w Window) {
	n := w.Days()
	l.from = w.From
	l.contract = resize(l.contract, n)
	l.shifts = resize(l.shifts, n)
	l.absence = resize(l.absence, n)
	for i := range n {
		d := w.From + Date(i)
		if m.Active(d) {
			l.contract[i] = m.HoursOn(d) / 7
		}
	}
	for ai := range h.Plan.Absences {
		a := &h.Plan.Absences[ai]
		if a.Member != m.ID || a.To < w.From || a.From > w.To {
			continue
		}
		for d := max(a.From, w.From); d <= min(a.To, w.To); d++ {
			if i := int(d - w.From); l.absence[i] == 0 {
				l.absence[i] = AbsenceHours(a, m, d)
			}
		}
	}
	l.addShifts(shifts)
}

// addShifts adds the contract hours of the shifts that start within the
// ledger's range; call it after fill for shifts from another list.
func (l *ledger) addShifts(shifts []Shift) {
	for si := range shifts {
		s := &shifts[si]
		i := int(s.Date - l.from)
		if i < 0 || i >= len(l.shifts) {
			continue
		}
		if !s.Worked() && l.absence[i] > 0 {
			continue
		}
		l.shifts[i] += s.ContractHours()
	}
}

// resize returns a zeroed slice of length n, reusing buf when it can.
func resize(buf []float64, n int) []float64 {
	if cap(buf) < n {
		return make([]float64, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// sums returns contract and planned hours over p (whole ISO weeks inside the
// ledger's range). Absence hours count for at most the contract of their
// week: a member cannot be away for more hours than the contract holds.
func (l *ledger) sums(p Window) (contract, planned float64) {
	for mon := p.From.Monday(); mon <= p.To; mon += 7 {
		var c, s, a float64
		for d := mon; d < mon+7; d++ {
			if !p.Contains(d) {
				continue
			}
			i := int(d - l.from)
			if i < 0 || i >= len(l.contract) {
				continue
			}
			c += l.contract[i]
			s += l.shifts[i]
			a += l.absence[i]
		}
		contract += c
		planned += s + min(a, c)
	}
	return contract, planned
}

// checkHours reports SLACK, RESERVE, FTE-BUDGET and CONTRACT.
func (c *checker) checkHours() {
	h := c.h
	weeks := h.Settings.BalanceWeeksOrDefault()
	// hw covers every balance period and every 4-week overwork period that
	// touches the window; both are unions of whole ISO weeks.
	hw := Window{
		From: min(BalancePeriod(c.w.From, weeks).From, BalancePeriod(c.w.From, 4).From),
		To:   max(BalancePeriod(c.w.To, weeks).To, BalancePeriod(c.w.To, 4).To),
	}
	// The checker resolved the shifts of ext; resolve only what the periods
	// need beyond it.
	var before, after map[int][]Shift
	if hw.From < c.ext.From {
		before = groupByMember(h.Shifts(Window{From: hw.From, To: c.ext.From - 1}))
	}
	if hw.To > c.ext.To {
		after = groupByMember(h.Shifts(Window{From: c.ext.To + 1, To: hw.To}))
	}
	type weekSum struct{ contract, planned float64 }
	var reserve []weekSum
	for mon := c.w.From.Monday(); mon <= c.w.To; mon += 7 {
		reserve = append(reserve, weekSum{})
	}
	var l ledger
	for mi := range h.Members {
		m := &h.Members[mi]
		if !activeIn(m, hw) {
			continue
		}
		l.fill(h, m, c.byMember[m.ID], hw)
		l.addShifts(before[m.ID])
		l.addShifts(after[m.ID])
		if activeIn(m, c.w) {
			c.checkSlack(m, &l, weeks)
			c.checkOverwork(m, &l)
		}
		for wi, mon := 0, c.w.From.Monday(); mon <= c.w.To; wi, mon = wi+1, mon+7 {
			wk := Window{From: mon, To: mon + 6}
			ct, pl := l.sums(wk)
			c.checkWeekContract(m, wk, ct, pl)
			if m.CountsAsOpvoeder() {
				reserve[wi].contract += ct
				reserve[wi].planned += pl
			}
		}
	}
	for wi, mon := 0, c.w.From.Monday(); mon <= c.w.To; wi, mon = wi+1, mon+7 {
		r := reserve[wi]
		if r.contract == 0 && r.planned == 0 {
			continue
		}
		c.add(Finding{
			Rule: RuleReserve, Severity: SevInfo,
			Start: mon.Start(), End: (mon + 7).Start(),
			NL: fmt.Sprintf("Teamreserve %s: %s u (contract %s u − gepland %s u)",
				mon.WeekLabel(), hoursLabel(r.contract-r.planned, false), hoursLabel(r.contract, false), hoursLabel(r.planned, false)),
			EN: fmt.Sprintf("Team reserve %s: %s h (contract %s h − planned %s h)",
				mon.WeekLabel(), hoursLabel(r.contract-r.planned, true), hoursLabel(r.contract, true), hoursLabel(r.planned, true)),
		})
	}
	c.checkBudget()
}

// groupByMember splits shifts sorted by member into sub-slices per member.
func groupByMember(shifts []Shift) map[int][]Shift {
	out := map[int][]Shift{}
	for i := 0; i < len(shifts); {
		j := i
		for j < len(shifts) && shifts[j].Member == shifts[i].Member {
			j++
		}
		out[shifts[i].Member] = shifts[i:j:j]
		i = j
	}
	return out
}

// activeIn reports whether m is a team member on some day of w.
func activeIn(m *Member, w Window) bool {
	if m.ActiveFrom != nil && *m.ActiveFrom > w.To {
		return false
	}
	if m.ActiveTo != nil && *m.ActiveTo < w.From {
		return false
	}
	return true
}

// checkSlack reports SLACK for every balance period that touches the window:
// planned contract hours (absences included) above (1 − slack) × contract.
func (c *checker) checkSlack(m *Member, l *ledger, weeks int) {
	slack := c.h.Settings.SlackPct
	for p := BalancePeriod(c.w.From, weeks); p.From <= c.w.To; p = BalancePeriod(p.To+1, weeks) {
		ct, pl := l.sums(p)
		if ct <= 0 {
			continue
		}
		limit := (1 - slack/100) * ct
		if pl <= limit+hoursEps {
			continue
		}
		label := periodLabel(p)
		c.add(Finding{
			Rule: RuleSlack, Severity: SevWarning,
			Start: p.From.Start(), End: (p.To + 1).Start(), Members: []int{m.ID},
			NL: fmt.Sprintf("%s, %s: %s u gepland van %s u; speling %s%% vraagt ≤ %s u",
				m.Name, label, hoursLabel(pl, false), hoursLabel(ct, false), hoursLabel(slack, false), hoursLabel(limit, false)),
			EN: fmt.Sprintf("%s, %s: %s h planned of %s h; slack %s%% asks ≤ %s h",
				m.Name, label, hoursLabel(pl, true), hoursLabel(ct, true), hoursLabel(slack, true), hoursLabel(limit, true)),
		})
	}
}

// checkOverwork reports meerwerk (cao art. 6.4.5): planned hours beyond the
// contract over a 4-week period (aligned like the balance periods), as info.
func (c *checker) checkOverwork(m *Member, l *ledger) {
	for p := BalancePeriod(c.w.From, 4); p.From <= c.w.To; p = BalancePeriod(p.To+1, 4) {
		ct, pl := l.sums(p)
		if ct <= 0 || pl <= ct+hoursEps {
			continue
		}
		label := periodLabel(p)
		c.add(Finding{
			Rule: RuleContract, Severity: SevInfo,
			Start: p.From.Start(), End: (p.To + 1).Start(), Members: []int{m.ID},
			NL: fmt.Sprintf("%s, %s: meerwerk %s u (%s u gepland, contract %s u; cao art. 6.4.5)",
				m.Name, label, hoursLabel(pl-ct, false), hoursLabel(pl, false), hoursLabel(ct, false)),
			EN: fmt.Sprintf("%s, %s: overwork %s h (%s h planned, contract %s h; cao art. 6.4.5)",
				m.Name, label, hoursLabel(pl-ct, true), hoursLabel(pl, true), hoursLabel(ct, true)),
		})
	}
}

// checkWeekContract reports CONTRACT for one ISO week: more than 1/9 above
// the contract's weekly hours needs the member's consent (cao art. 6.3c).
func (c *checker) checkWeekContract(m *Member, wk Window, contract, planned float64) {
	if contract <= 0 {
		return
	}
	limit := contract * 10 / 9
	if planned <= limit+hoursEps {
		return
	}
	c.add(Finding{
		Rule: RuleContract, Severity: SevWarning,
		Start: wk.From.Start(), End: (wk.To + 1).Start(), Members: []int{m.ID},
		NL: fmt.Sprintf("%s, %s: %s u gepland bij %s u contract; meer dan 1/9 erboven (> %s u) vraagt instemming (cao art. 6.3c)",
			m.Name, wk.From.WeekLabel(), hoursLabel(planned, false), hoursLabel(contract, false), hoursLabel(limit, false)),
		EN: fmt.Sprintf("%s, %s: %s h planned with a %s h contract; more than 1/9 above it (> %s h) needs consent (cao art. 6.3c)",
			m.Name, wk.From.WeekLabel(), hoursLabel(planned, true), hoursLabel(contract, true), hoursLabel(limit, true)),
	})
}

// checkBudget reports FTE-BUDGET: per role with a budget, the contract fte of
// the members active on the window's first day must not exceed it.
func (c *checker) checkBudget() {
	h := c.h
	if len(h.Settings.Budget) == 0 {
		return
	}
	d := c.w.From
	hpf := h.Settings.HoursPerFTEOrDefault()
	roles := make([]Role, 0, len(h.Settings.Budget))
	for r := range h.Settings.Budget {
		roles = append(roles, r)
	}
	sort.Slice(roles, func(i, j int) bool { return roles[i] < roles[j] })
	for _, r := range roles {
		budget := h.Settings.Budget[r]
		var fte float64
		var ids []int
		for mi := range h.Members {
			m := &h.Members[mi]
			if m.Role != r || !m.Active(d) {
				continue
			}
			if hrs := m.HoursOn(d); hrs > 0 {
				fte += hrs / hpf
				ids = append(ids, m.ID)
			}
		}
		if fte <= budget+0.005 { // fte are shown with two decimals
			continue
		}
		sort.Ints(ids)
		c.add(Finding{
			Rule: RuleFTEBudget, Severity: SevError,
			Start: c.winStart, End: c.winEnd, Members: ids,
			NL: fmt.Sprintf("%s: %s fte in dienst op %s, budget %s fte (%s fte te veel)",
				r, fteLabel(fte, false), dayLabel(d, false), fteLabel(budget, false), fteLabel(fte-budget, false)),
			EN: fmt.Sprintf("%s: %s fte employed on %s, budget %s fte (%s fte over)",
				r, fteLabel(fte, true), dayLabel(d, true), fteLabel(budget, true), fteLabel(fte-budget, true)),
		})
	}
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
