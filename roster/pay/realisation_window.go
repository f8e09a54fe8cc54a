package pay

import (
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// PeriodKind is the kind of window the realisation looks at.
type PeriodKind string

// Period kinds of the realisation's period selector.
const (
	PeriodWeek    PeriodKind = "week"
	PeriodFour    PeriodKind = "4weken" // the 4-week roster period (BalancePeriod with 4 weeks)
	PeriodMonth   PeriodKind = "maand"
	PeriodQuarter PeriodKind = "kwartaal"
	PeriodYear    PeriodKind = "jaar"
	PeriodCustom  PeriodKind = "eigen" // from and to chosen freely
)

// PeriodKinds lists the kinds in the selector's order.
var PeriodKinds = []PeriodKind{PeriodWeek, PeriodFour, PeriodMonth, PeriodQuarter, PeriodYear, PeriodCustom}

// PeriodOf returns the window of kind that holds d. A custom period is the
// week of d (the caller then sets from and to).
func PeriodOf(kind PeriodKind, d roster.Date) roster.Window {
	y, m, _ := d.YMD()
	switch kind {
	case PeriodFour:
		return roster.BalancePeriod(d, 4)
	case PeriodMonth:
		first := roster.NewDate(y, m, 1)
		return roster.Window{From: first, To: roster.NewDate(y, m+1, 1) - 1}
	case PeriodQuarter:
		q := (int(m) - 1) / 3
		first := roster.NewDate(y, time.Month(q*3+1), 1)
		return roster.Window{From: first, To: roster.NewDate(y, time.Month(q*3+4), 1) - 1}
	case PeriodYear:
		return roster.Window{From: roster.NewDate(y, 1, 1), To: roster.NewDate(y+1, 1, 1) - 1}
	}
	return roster.Week(d)
}

// StepPeriod returns the window of kind n windows after w (before it when n
// is negative). A custom window moves by its own length.
func StepPeriod(kind PeriodKind, w roster.Window, n int) roster.Window {
	if kind == PeriodCustom {
		l := roster.Date(w.Days())
		return roster.Window{From: w.From + l*roster.Date(n), To: w.To + l*roster.Date(n)}
	}
	for ; n > 0; n-- {
		w = PeriodOf(kind, w.To+1)
	}
	for ; n < 0; n++ {
		w = PeriodOf(kind, w.From-1)
	}
	return w
}
