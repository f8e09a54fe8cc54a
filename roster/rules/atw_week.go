package rules

import (
	"fmt"
	"math"

	"github.com/huisrooster/huisrooster/roster"
)

// ATW-WEEK: work per week and its average over 4 and 16 weeks
// (Arbeidstijdenwet 5:7).

// fillWeeks computes the member's working minutes per ISO week from mon0:
// worked and sick-vacated shifts (by start date, sleep hours in full) plus
// absence hours, which count as worked (ATW 5:2). Absence hours of a week
// count for at most the contract hours of that week (weekContractMin), and a
// vacated shift on an absence day is not counted twice.
func (a *atw) fillWeeks() {
	clear(a.weekMn)
	clear(a.weekAb)
	clear(a.dayAbs)
	last := a.mon0 + roster.Date(len(a.dayAbs)) - 1
	absent := false
	for i := range a.c.h.Plan.Absences {
		ab := &a.c.h.Plan.Absences[i]
		if ab.Member != a.m.ID || ab.To < a.mon0 || ab.From > last {
			continue
		}
		for d := max(ab.From, a.mon0); d <= min(ab.To, last); d++ {
			if k := int(d - a.mon0); a.dayAbs[k] == 0 {
				a.dayAbs[k] = int(roster.AbsenceHours(ab, a.m, d)*60 + 0.5)
				absent = true
			}
		}
	}
	for i := range a.ss {
		s := &a.ss[i]
		k := int(s.Date - a.mon0)
		if k < 0 || k >= len(a.dayAbs) || (!s.Worked() && a.dayAbs[k] > 0) {
			continue
		}
		a.weekMn[k/7] += shiftWorkMin(s)
		if !s.Worked() {
			a.weekAb[k/7] += shiftWorkMin(s)
		}
	}
	if !absent {
		return
	}
	for wk := 0; wk*7 < len(a.dayAbs) && wk < len(a.weekMn); wk++ {
		sum := 0
		for k := wk * 7; k < min(wk*7+7, len(a.dayAbs)); k++ {
			sum += a.dayAbs[k]
		}
		contract := a.weekContractMin(a.mon0 + roster.Date(wk*7))
		a.weekMn[wk] += min(sum, contract)
		a.weekAb[wk] += min(sum, contract)
	}
}

// weekContractMin returns the member's contract minutes in the ISO week from
// mon: per day the weekly hours in force that day, a seventh of them, on the
// days the member is active (as roster.Ledger counts them). A contract that
// changes mid-week counts pro rata, so leave in that week counts as worked
// for no more than the contract of its days.
func (a *atw) weekContractMin(mon roster.Date) int {
	var h float64
	for d := mon; d < mon+7; d++ {
		if a.m.Active(d) {
			h += a.m.HoursOn(d)
		}
	}
	return int(h*60/7 + 0.5)
}

// checkWeekHours reports ATW-WEEK: more than 60 hours in an ISO week of the
// window, an average above 55 hours over the 4 weeks ending with it, or above
// 48 hours over the 16 weeks ending with it. An average is checked only when
// the plan reaches back: the member's plan data (any assignment or absence)
// starts in or before the first week of the span, and that week lies
// completely in the engine's read window.
func (a *atw) checkWeekHours() {
	a.fillWeeks()
	for wk := a.wkLo; wk <= a.wkHi; wk++ {
		mon := a.mon0 + roster.Date(wk*7)
		ws, we := a.days.at(mon), a.days.at(mon+7)
		if mn := a.weekMn[wk]; mn > maxWeekMin {
			nlAb, enAb := "", ""
			if ab := a.weekAb[wk]; ab > 0 {
				nlAb = " (waarvan " + minLabel(ab, roster.Dutch) + " u verlof/ziekte)"
				enAb = " (of which " + minLabel(ab, roster.English) + " h leave/sickness)"
			}
			a.add(RuleATWWeek, SevError, ws, we, a.weekDates(mon),
				"te veel uren in week "+mon.WeekLabel()+": "+minLabel(mn, roster.Dutch)+" u"+nlAb+", max 60 u",
				"too many hours in week "+mon.WeekLabel()+": "+minLabel(mn, roster.English)+" h"+enAb+", max 60 h")
		}
		a.checkAverage(wk, 4, maxAvg4Min)
		a.checkAverage(wk, 16, maxAvg16Min)
	}
}

// checkAverage reports an average above limit (minutes per week) over the n
// weeks ending with week index wk.
func (a *atw) checkAverage(wk, n, limit int) {
	first := wk - n + 1
	firstMon := a.mon0 + roster.Date(first*7)
	if first < 0 || firstMon < a.c.ext.From || a.hist.earliest[a.mi] > firstMon+6 {
		return // the plan does not reach back far enough
	}
	sum := 0
	for k := first; k <= wk; k++ {
		sum += a.weekMn[k]
	}
	if sum <= limit*n {
		return
	}
	mon := a.mon0 + roster.Date(wk*7)
	label := firstMon.WeekLabel() + "–" + mon.WeekLabel()
	// The average is rounded up to hundredths of an hour, so one above the
	// limit never reads as the limit itself.
	avg := math.Ceil(float64(sum)/float64(n)/60*100-1e-9) / 100
	a.add(RuleATWWeek, SevError, a.days.at(firstMon), a.days.at(mon+7), a.weekDates(mon),
		fmt.Sprintf("gemiddeld %s u per week over %d weken (%s), max %d u", roster.Decimal(avg, roster.Dutch), n, label, limit/60),
		fmt.Sprintf("average of %s h per week over %d weeks (%s), max %d h", roster.Decimal(avg, roster.English), n, label, limit/60))
}

// weekDates returns the dates of the member's shifts in the week from mon.
func (a *atw) weekDates(mon roster.Date) []roster.Date {
	var out []roster.Date
	for i := range a.ss {
		d := a.ss[i].Date
		if d >= mon && d < mon+7 && (len(out) == 0 || out[len(out)-1] != d) {
			out = append(out, d)
		}
	}
	return out
}
