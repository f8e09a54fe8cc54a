package rules

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// ATW-NIGHTSERIES: the longest series of duties with a night in it
// (Arbeidstijdenwet 5:8).

// checkNightSeries reports ATW-NIGHTSERIES: at most 7 duties in a row when
// one of them is a night duty. Duties are in a row while each starts on the
// same or the next date as the one before (no free date in between).
func (a *atw) checkNightSeries() {
	n := len(a.duties)
	for i := 0; i < n; {
		j, night := i, a.duties[i].isNight()
		for j+1 < n && a.duties[j+1].date-a.duties[j].date <= 1 {
			j++
			night = night || a.duties[j].isNight()
		}
		count := j - i + 1
		s, e := a.duties[i].start, a.duties[j].end
		if night && count > maxDutiesInRow && a.touches(s, e) {
			a.add(RuleATWNightSeries, SevError, s, e, a.dutyDates(i, j),
				fmt.Sprintf("%d diensten op rij met een nachtdienst (%s – %s), max %d",
					count, roster.DayLabel(a.duties[i].date, roster.Dutch), roster.DayLabel(a.duties[j].date, roster.Dutch), maxDutiesInRow),
				fmt.Sprintf("%d shifts in a row including a night shift (%s – %s), max %d",
					count, roster.DayLabel(a.duties[i].date, roster.English), roster.DayLabel(a.duties[j].date, roster.English), maxDutiesInRow))
		}
		i = j + 1
	}
}
