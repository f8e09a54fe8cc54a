package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster/plan/house"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// detailsText returns what the proposal leaves open and what it gives up
// on purpose, as the details dialog shows it: the proven bound, the
// coverage gaps that remain with the whole proposal accepted, by time, and
// the times with nobody present at all (house.EmptySpans), and the soft
// findings (a "liever niet" wish not honoured, too few free Sundays) the
// planner weighed on purpose.
func (f *fillFeature) detailsText() string {
	l := f.lng()
	var b strings.Builder
	b.WriteString(capitalFirst(boundText(f.result, l)) + ".\n\n")
	gaps := slices.Clone(f.result.Gaps)
	slices.SortStableFunc(gaps, func(a, b rules.Finding) int { return a.Start.Compare(b.Start) })
	if len(gaps) == 0 {
		b.WriteString(lang.X("fill.details.nogaps", "With the whole proposal no coverage gap remains.") + "\n")
	} else {
		b.WriteString(lang.X("fill.details.gaps", "Still open with the whole proposal:") + "\n")
		for _, g := range gaps {
			b.WriteString("• " + findingText(g, l) + "\n")
		}
	}
	if spans := house.EmptySpans(f.house(), f.window); len(spans) > 0 {
		b.WriteString("\n" + lang.X("fill.details.empty", "With the whole proposal nobody at all is present:") + "\n")
		for _, sp := range spans {
			b.WriteString("• " + sp.Text(l) + "\n")
		}
	}
	b.WriteString("\n")
	if len(f.result.Soft) == 0 {
		b.WriteString(lang.X("fill.details.nosoft", "The proposal gives up no wish and no free Sunday on purpose.") + "\n")
	} else {
		b.WriteString(lang.X("fill.details.soft", "On purpose, so that more is covered:") + "\n")
		for _, s := range f.result.Soft {
			b.WriteString("• " + findingText(s, l) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// showDetails opens the dialog with detailsText.
func (f *fillFeature) showDetails() {
	text := widget.NewLabel(f.detailsText())
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(620, 360))
	d := dialog.NewCustom(lang.X("fill.details.title", "What the proposal leaves open"), lang.X("Close", "Close"), scroll, f.win)
	d.Show()
}
