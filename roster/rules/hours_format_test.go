package rules

import (
	"fmt"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// TestHoursMessagesMatchFmt holds the appended messages of the hours rules
// equal to the fmt formats they replace, over names, ISO weeks (53-week
// years, year boundaries, single-week periods) and hours (negative, zero,
// rounding at the first decimal).
func TestHoursMessagesMatchFmt(t *testing.T) {
	hours := []float64{0, -0.04, -3.25, 7.5, 7.45, 7.55, 8, 129.6, 1e6 / 3, 0.05}
	names := []string{"Anna", "Zoë de Wit-Öztürk", ""}
	periods := []roster.Window{
		roster.BalancePeriod(tMon, 4), roster.BalancePeriod(roster.NewDate(2026, 12, 28), 4), roster.BalancePeriod(roster.NewDate(2027, 1, 4), 1),
		roster.BalancePeriod(roster.NewDate(2021, 1, 3), 13), roster.Week(roster.NewDate(2020, 12, 31)),
	}
	n := 0
	for _, p := range periods {
		label := roster.PeriodLabel(p)
		for _, name := range names {
			for i, a := range hours {
				b, x := hours[(i+3)%len(hours)], hours[(i+7)%len(hours)]
				check := func(what, gotNL, gotEN, wantNL, wantEN string) {
					t.Helper()
					n++
					if gotNL != wantNL || gotEN != wantEN {
						t.Errorf("%s:\n got %q\n     %q\nwant %q\n     %q", what, gotNL, gotEN, wantNL, wantEN)
					}
				}
				nl, en := reserveMessage(nil, p.From, a, b)
				check("reserve", nl, en,
					fmt.Sprintf("Teamreserve %s: %s u (contract %s u – gepland %s u)",
						p.From.WeekLabel(), roster.HoursLabel(a-b, roster.Dutch), roster.HoursLabel(a, roster.Dutch), roster.HoursLabel(b, roster.Dutch)),
					fmt.Sprintf("Team reserve %s: %s h (contract %s h – planned %s h)",
						p.From.WeekLabel(), roster.HoursLabel(a-b, roster.English), roster.HoursLabel(a, roster.English), roster.HoursLabel(b, roster.English)))
				nl, en = slackMessage(name, p, a, b, x, a-b)
				check("slack", nl, en,
					fmt.Sprintf("%s, %s: %s u gepland van %s u; speling %s%% vraagt ≤ %s u",
						name, label, exactHoursLabel(a, roster.Dutch), roster.HoursLabel(b, roster.Dutch), roster.HoursLabel(x, roster.Dutch), exactHoursLabel(a-b, roster.Dutch)),
					fmt.Sprintf("%s, %s: %s h planned of %s h; slack %s%% asks ≤ %s h",
						name, label, exactHoursLabel(a, roster.English), roster.HoursLabel(b, roster.English), roster.HoursLabel(x, roster.English), exactHoursLabel(a-b, roster.English)))
				nl, en = overworkMessage(name, p, a, b)
				check("overwork", nl, en,
					fmt.Sprintf("%s, %s: meerwerk %s u (%s u gepland, contract %s u; cao art. 6.4.5)",
						name, label, exactHoursLabel(a-b, roster.Dutch), exactHoursLabel(a, roster.Dutch), roster.HoursLabel(b, roster.Dutch)),
					fmt.Sprintf("%s, %s: overwork %s h (%s h planned, contract %s h; cao art. 6.4.5)",
						name, label, exactHoursLabel(a-b, roster.English), exactHoursLabel(a, roster.English), roster.HoursLabel(b, roster.English)))
				nl, en = weekContractMessage(name, p.From, a, b, x)
				check("week contract", nl, en,
					fmt.Sprintf("%s, %s: %s u gepland bij %s u contract; meer dan 1/9 erboven (> %s u) vraagt instemming (cao art. 6.3c)",
						name, p.From.WeekLabel(), exactHoursLabel(a, roster.Dutch), roster.HoursLabel(b, roster.Dutch), exactHoursLabel(x, roster.Dutch)),
					fmt.Sprintf("%s, %s: %s h planned with a %s h contract; more than 1/9 above it (> %s h) needs consent (cao art. 6.3c)",
						name, p.From.WeekLabel(), exactHoursLabel(a, roster.English), roster.HoursLabel(b, roster.English), exactHoursLabel(x, roster.English)))
			}
		}
	}
	if n < 500 {
		t.Errorf("only %d messages compared", n)
	}
}
