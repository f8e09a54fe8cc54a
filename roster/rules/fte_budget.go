package rules

import (
	"fmt"
	"slices"

	"github.com/huisrooster/huisrooster/roster"
)

// FTE-BUDGET: the team's fte per role against the house's budget (house norm
// from the concept).

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
					r, fteLabel(fte, roster.Dutch), roster.DayLabel(d, roster.Dutch), fteLabel(budget, roster.Dutch), fteLabel(fte-budget, roster.Dutch)),
				EN: fmt.Sprintf("%s: %s fte employed on %s, budget %s fte (%s fte over)",
					r, fteLabel(fte, roster.English), roster.DayLabel(d, roster.English), fteLabel(budget, roster.English), fteLabel(fte-budget, roster.English)),
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
func fteLabel(f float64, l roster.Lang) string { return roster.FormatUpTo(f, 2, l) }
