package team

import "github.com/huisrooster/huisrooster/roster"

// SwapReach is how many days before and after a shift the swap dialog looks
// for a colleague's shift to swap it with: a week either way.
const SwapReach = 7

// Swappable returns the shifts of member on d that can be swapped or given
// away: those not vacated by a sick report.
func Swappable(h *roster.House, member int, d roster.Date) []roster.Assignment {
	var out []roster.Assignment
	for _, a := range h.Plan.CellAssignments(member, d) {
		if a.State != roster.StateSick {
			out = append(out, a)
		}
	}
	return out
}

// SwapCandidates returns the swappable shifts of member from [SwapReach]
// days before d to SwapReach days after it, by date.
func SwapCandidates(h *roster.House, member int, d roster.Date) []roster.Assignment {
	var out []roster.Assignment
	for day := d - SwapReach; day <= d+SwapReach; day++ {
		out = append(out, Swappable(h, member, day)...)
	}
	return out
}
