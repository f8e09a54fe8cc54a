package team

import (
	"fmt"

	"github.com/huisrooster/huisrooster/roster"
)

// PeriodAround returns the planning period of the week that starts on
// monday: the stored period that holds it, or else the default period
// ([PlanningPeriod]) clamped to leave out the dates of the stored periods
// around the week, so a new period never overlaps a neighbour.
func PeriodAround(h *roster.House, monday roster.Date) roster.Window {
	if p, ok := PeriodOn(h, monday); ok {
		return roster.Window{From: p.From, To: p.To}
	}
	w := PlanningPeriod(h, monday)
	for _, p := range h.Plan.Periods {
		if p.To < monday && p.To >= w.From {
			w.From = p.To + 1
		}
		if p.From > monday && p.From <= w.To {
			w.To = p.From - 1
		}
	}
	return w
}

// DefaultDeadline is the deadline a wish round for period p gets unless the
// teamleider picks another: two weeks before the period starts, at least
// tomorrow, and always before the period.
func DefaultDeadline(p roster.Window, today roster.Date) roster.Date {
	d := p.From - 14
	if d <= today {
		d = today + 1
	}
	if d >= p.From {
		d = p.From - 1
	}
	return d
}

// UnlockToFill returns the edit that lets the planner fill w when every
// date of w is fixed, and the window it unlocks. A stored fixed period that
// holds all of w goes back to filling as a whole (as [UnlockPeriod] does:
// the period workflow goes on); a window over several stored periods
// becomes a draft over w only, as the week screen's unlock does. It fails when w has no fixed date: there is nothing to
// unlock.
func UnlockToFill(h *roster.House, w roster.Window) (roster.Edit, roster.Window, error) {
	fixed := false
	for d := w.From; d <= w.To; d++ {
		if h.Plan.StateOn(d) == roster.PeriodFixed {
			fixed = true
			break
		}
	}
	if !fixed {
		return roster.Edit{}, w, fmt.Errorf("%s is niet vastgesteld: er valt niets te ontgrendelen / %s is not fixed: nothing to unlock",
			periodName(w), periodName(w))
	}
	if p, ok := PeriodOn(h, w.From); ok && p.State == roster.PeriodFixed && p.To >= w.To {
		pw := roster.Window{From: p.From, To: p.To}
		e, err := UnlockPeriod(h, pw)
		return e, pw, err
	}
	e := roster.SetPeriodState(&h.Plan, w, roster.PeriodDraft)
	e.NL = "Ontgrendeld om aan te vullen: " + roster.WeekWords(w, roster.Dutch)
	e.EN = "Unlocked to fill in: " + roster.WeekWords(w, roster.English)
	return e, w, nil
}
