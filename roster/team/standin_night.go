package team

import (
	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// CoverVacancyFor returns vacancy v as member m would cover it. A night
// cover of a kind m may not do — a live-in night (inwonend) for a colleague
// who does not live in, an awake night for someone without the night flag —
// becomes the house's other night cover that m may do, with the same times:
// a slaapdienst first, then a wakende nacht. Any other vacancy, or one no
// other kind helps with, is returned as it is, and the engine then says why
// m cannot take it. FindCover and AssignCover both use it, so the candidate
// listed is exactly the assignment made.
func CoverVacancyFor(h *roster.House, v Vacancy, m *roster.Member) Vacancy {
	st := h.ShiftType(v.Shift)
	if st == nil || !st.Kind.NightCover() || rules.MayDoNightKind(m, st.Kind) {
		return v
	}
	for _, k := range []roster.ShiftKind{roster.KindSleep, roster.KindAwakeNight, roster.KindLiveIn} {
		if k == st.Kind || !rules.MayDoNightKind(m, k) {
			continue
		}
		for i := range h.ShiftTypes {
			if h.ShiftTypes[i].Kind == k {
				alt := v
				alt.Shift = h.ShiftTypes[i].Code
				return alt
			}
		}
	}
	return v
}
