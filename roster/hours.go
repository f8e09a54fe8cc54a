package roster

import (
	"cmp"
	"fmt"
	"math"
	"slices"
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
	lo, hi := 0, n-1 // the days of w on which m is active
	if m.ActiveFrom != nil {
		lo = max(lo, int(*m.ActiveFrom)-int(w.From))
	}
	if m.ActiveTo != nil {
		hi = min(hi, int(*m.ActiveTo)-int(w.From))
	}
	if len(m.Contract) == 1 { // the usual case: HoursOn without a loop per day
		c := &m.Contract[0]
		v := c.HoursPerWeek / 7
		for i := max(lo, int(c.From)-int(w.From)); i <= hi; i++ {
			l.contract[i] = v
		}
	} else {
		for i := lo; i <= hi; i++ {
			l.contract[i] = m.HoursOn(w.From+Date(i)) / 7
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

// weekLedger is a member's ledger summed per ISO week: contract hours and
// planned hours (shifts plus absences capped at the week's contract), with
// the days added in the order ledger.sums adds them, so every sum over whole
// weeks is the same float as ledger.sums gives.
type weekLedger struct {
	from              Date // a Monday
	contract, planned []float64
}

// fillWeeks sums l (which starts on a Monday) per ISO week.
func (wl *weekLedger) fillWeeks(l *ledger) {
	n := len(l.contract) / 7
	wl.from = l.from
	wl.contract = resize(wl.contract, n)
	wl.planned = resize(wl.planned, n)
	for k := range n {
		cs, ss, as := l.contract[7*k:7*k+7], l.shifts[7*k:7*k+7], l.absence[7*k:7*k+7]
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
func (wl *weekLedger) sums(p Window) (contract, planned float64) {
	for k := int(p.From-wl.from) / 7; k <= int(p.To-wl.from)/7; k++ {
		contract += wl.contract[k]
		planned += wl.planned[k]
	}
	return contract, planned
}

// periodsOf returns the balance periods of `weeks` weeks that touch w.
func periodsOf(w Window, weeks int) []Window {
	var out []Window
	for p := BalancePeriod(w.From, weeks); p.From <= w.To; p = BalancePeriod(p.To+1, weeks) {
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
	hw := Window{
		From: min(slackPs[0].From, overPs[0].From),
		To:   max(slackPs[len(slackPs)-1].To, overPs[len(overPs)-1].To),
	}
	// The checker resolved the shifts of ext; resolve only what the periods
	// need beyond it.
	var before, after []Shift
	if hw.From < c.ext.From {
		before = h.Shifts(Window{From: hw.From, To: c.ext.From - 1})
	}
	if hw.To > c.ext.To {
		after = h.Shifts(Window{From: c.ext.To + 1, To: hw.To})
	}
	mon0 := c.w.From.Monday()
	nWeeks := int(c.w.To-mon0)/7 + 1
	type weekSum struct{ contract, planned float64 }
	reserve := make([]weekSum, nWeeks)
	var l ledger
	var wl weekLedger
	for mi := range h.Members {
		m := &h.Members[mi]
		if !activeIn(m, hw) {
			continue
		}
		l.fill(h, m, c.byMember[m.ID], hw)
		l.addShifts(memberShifts(before, m.ID))
		l.addShifts(memberShifts(after, m.ID))
		wl.fillWeeks(&l)
		if activeIn(m, c.w) {
			c.checkSlack(m, &wl, slackPs)
			c.checkOverwork(m, &wl, overPs)
		}
		counts := m.CountsAsOpvoeder()
		for wi := range nWeeks {
			mon := mon0 + Date(7*wi)
			wk := Window{From: mon, To: mon + 6}
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
		mon := mon0 + Date(7*wi)
		f := Finding{Rule: RuleReserve, Severity: SevInfo, Start: c.start(mon), End: c.start(mon + 7)}
		f.NL, f.EN = reserveMessage(buf[:0], mon, r.contract, r.planned)
		c.add(f)
	}
	c.checkBudget()
}

// memberShifts returns the shifts of member id in shifts (sorted by member).
func memberShifts(shifts []Shift, id int) []Shift {
	i, _ := slices.BinarySearchFunc(shifts, id, func(s Shift, id int) int { return cmp.Compare(s.Member, id) })
	j := i
	for j < len(shifts) && shifts[j].Member == id {
		j++
	}
	return shifts[i:j:j]
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

// checkSlack reports SLACK for every balance period that touches the window
// (periods): planned contract hours (absences included) above
// (1 − slack) × contract.
func (c *checker) checkSlack(m *Member, l *weekLedger, periods []Window) {
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
func (c *checker) checkOverwork(m *Member, l *weekLedger, periods []Window) {
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
func (c *checker) checkWeekContract(m *Member, wk Window, contract, planned float64) {
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
	roles := make([]Role, 0, len(h.Settings.Budget))
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
					r, fteLabel(fte, false), dayLabel(d, false), fteLabel(budget, false), fteLabel(fte-budget, false)),
				EN: fmt.Sprintf("%s: %s fte employed on %s, budget %s fte (%s fte over)",
					r, fteLabel(fte, true), dayLabel(d, true), fteLabel(budget, true), fteLabel(fte-budget, true)),
			})
		}
	}
}

// budgetDays returns the days of w on which the team's fte may differ from
// the day before: w.From, and every later day of w on which a contract
// starts, a member starts or the day after a member's last day; sorted.
func budgetDays(h *House, w Window) []Date {
	days := []Date{w.From}
	add := func(d Date) {
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
func roleFTE(h *House, r Role, d Date, hoursPerFTE float64) (float64, []int) {
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
