package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// hoursDetail is the dialog of a member's hours over the balance period,
// opened from the grid's hours column.
type hoursDetail struct {
	screenDeps
}

// lines returns a member's hours week by week over the balance period
// of the visible week, the total against the slack limit, and what is left.
func (hd *hoursDetail) lines(member int) []string {
	h := hd.ed.House()
	m := h.Member(member)
	if m == nil {
		return nil
	}
	lng := roster.LangOf(hd.lang)
	u := lang.X("unit.hours", "h")
	bw := hd.ed.View().Balance
	var out []string
	for mon := bw.From; mon <= bw.To; mon += 7 {
		_, wk := mon.ISOWeek()
		planned := roster.PlannedHours(h, member, roster.Week(mon))
		out = append(out, fmt.Sprintf("%s %d:  %s / %s %s", lang.X("grid.week", "wk"), wk,
			roster.HoursLabel(planned, lng), roster.HoursLabel(m.HoursOn(mon), lng), u))
	}
	total := roster.PlannedHours(h, member, bw)
	contract := roster.ContractHoursIn(m, bw)
	left := roster.SlackLeft(h, member, bw)
	limit := total + left // the most that may be planned, slack kept free
	out = append(out,
		fmt.Sprintf("%s:  %s / %s %s", lang.X("hours.total", "Total"), roster.HoursLabel(total, lng), roster.HoursLabel(contract, lng), u),
		fmt.Sprintf(lang.X("hours.limit", "Plan at most %s %s (%s%% slack kept free)"), roster.HoursLabel(limit, lng), u, roster.HoursLabel(h.Settings.SlackPct, lng)),
		fmt.Sprintf("%s:  %s %s", lang.X("hours.left", "Still to plan"), roster.HoursLabel(left, lng), u))
	return out
}

// show shows a member's hours over the balance period.
func (hd *hoursDetail) show(member int) {
	lines := hd.lines(member)
	if lines == nil {
		return
	}
	box := container.NewVBox()
	for i, l := range lines {
		lb := widget.NewLabel(l)
		if i >= len(lines)-3 {
			lb.TextStyle.Bold = i == len(lines)-1
		}
		box.Add(lb)
	}
	bw := hd.ed.View().Balance
	_, w1 := bw.From.ISOWeek()
	_, w2 := bw.To.ISOWeek()
	title := fmt.Sprintf("%s · %s %d–%d", hd.ed.memberName(member), lang.X("grid.week", "wk"), w1, w2)
	d := dialog.NewCustom(title, lang.X("OK", "OK"), box, hd.win)
	d.Resize(fyne.NewSize(380, 0))
	d.Show()
}
