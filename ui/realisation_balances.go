package ui

// The balances tab of the realisation: per member the leave balance and the
// hours balance (plus/min uren) of the calendar year the shown window ends
// in (roster/year), and their CSV.

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/huisrooster/huisrooster/roster/year"
)

// balanceYear is the calendar year whose balances the realisation shows.
func (v *RealisationView) balanceYear() int {
	y, _, _ := v.win.To.YMD()
	return y
}

// balances returns the balances of the shown year.
func (v *RealisationView) balances() []year.Balance {
	return year.Balances(v.house(), v.balanceYear(), v.opt.Today)
}

// balanceObjects is the balances tab.
func (v *RealisationView) balanceObjects() []fyne.CanvasObject {
	head := []string{lang.X("real.name", "Name"), lang.X("year.b.entitlement", "Entitlement"), lang.X("year.b.carried", "Carried over"),
		lang.X("year.b.taken", "Taken"), lang.X("year.b.agreed", "Agreed"), lang.X("year.b.asked", "Asked"), lang.X("year.b.left", "Left"),
		lang.X("year.b.pmcarried", "Plus/minus carried over"), lang.X("year.b.pm", "Plus/minus hours")}
	var rows [][]string
	for _, b := range v.balances() {
		rows = append(rows, []string{b.Name, v.dec(b.Entitlement, 1), v.dec(b.Carried, 1), v.dec(b.Taken, 1), v.dec(b.Agreed, 1),
			v.dec(b.Planned, 1), v.dec(b.Left, 1), v.dec(b.PlusMinCarried, 1), v.dec(b.PlusMin, 1)})
	}
	return []fyne.CanvasObject{
		note(fmt.Sprintf(lang.X("real.balances", "Leave and hours balances of %d: leave entitlement pro rata the contract, carried over from the year before; plus/min hours of the closed balance periods."), v.balanceYear())),
		table(head, rows, 1, false),
	}
}

// WriteBalancesCSV writes the balances of the shown year as CSV.
func (v *RealisationView) WriteBalancesCSV(w io.Writer) error {
	return year.WriteBalancesCSV(w, v.balances(), v.lng)
}
