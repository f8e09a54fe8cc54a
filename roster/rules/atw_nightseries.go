package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// ATW-NIGHTSERIES: the longest series of duties with a night in it
// (Arbeidstijdenwet 5:8).

// checkNightSeries reports ATW-NIGHTSERIES: at most 7 diensten in a row
// when one of them is a night dienst. A dienst is the work between two rests
// of at least 8 hours (dienstLast), so a split day counts once; it is a night
// dienst when its duties hold more than one hour of work between 00:00 and
// 06:00. Diensten are in a row while each starts on the same or the next date
// as the one before ends its last duty (no free date in between).
func (a *atw) checkNightSeries() {
	n := len(a.duties)
	for i := 0; i < n; {
		count, night := 0, false
		k, last := i, i
		for {
			e := a.dienstLast(k)
			count++
			nightMin := 0
			for x := k; x <= e; x++ {
				nightMin += a.duties[x].nightMin
			}
			night = night || nightMin > 60
			last = e
			if e+1 < n && a.duties[e+1].date-a.duties[e].date <= 1 {
				k = e + 1
				continue
			}
			break
		}
		s, e := a.duties[i].start, a.duties[last].end
		if night && count > maxDutiesInRow && a.touches(s, e) {
			a.add(RuleATWNightSeries, SevError, s, e, a.dutyDates(i, last),
				fmt.Sprintf("%d diensten op rij met een nachtdienst (%s – %s), max %d",
					count, roster.DayLabel(a.duties[i].date, roster.Dutch), roster.DayLabel(a.duties[last].date, roster.Dutch), maxDutiesInRow),
				fmt.Sprintf("%d shifts in a row including a night shift (%s – %s), max %d",
					count, roster.DayLabel(a.duties[i].date, roster.English), roster.DayLabel(a.duties[last].date, roster.English), maxDutiesInRow))
		}
		i = last + 1
	}
}
