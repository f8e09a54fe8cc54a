package ui

// This file is the coverage-profile panel: the time bands per day type as an
// editable list, with a live preview of the presence hours they ask per week
// and the feasibility line (roster/feasibility.go) for the team and for the
// house's budget.

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// bandRow holds the entries of one band.
type bandRow struct {
	day                  roster.DayType
	start, end, min, max *widget.Entry
}

// coveragePanel edits the coverage profile.
type coveragePanel struct {
	s       *houseSink
	rows    []*bandRow
	lists   map[roster.DayType]*fyne.Container
	preview *widget.Label // required presence hours per week
	team    *widget.Label // feasibility of the team: the line
	budget  *widget.Label // feasibility of the budget: the line
	teamWhy *widget.Label // how the team's line is computed
	budWhy  *widget.Label // how the budget's line is computed
	errs    *widget.Label
	content fyne.CanvasObject
}

// newCoveragePanel returns the coverage panel over s.
func newCoveragePanel(s *houseSink) *coveragePanel {
	p := &coveragePanel{s: s, lists: map[roster.DayType]*fyne.Container{}, preview: widget.NewLabel(""),
		team: widget.NewLabel(""), budget: widget.NewLabel(""), teamWhy: widget.NewLabel(""), budWhy: widget.NewLabel(""), errs: errorLabel()}
	for _, l := range []*widget.Label{p.preview, p.team, p.budget, p.teamWhy, p.budWhy} {
		l.Wrapping = fyne.TextWrapWord
	}
	for _, l := range []*widget.Label{p.preview, p.team, p.budget} {
		l.TextStyle.Bold = true
	}
	days := container.NewVBox()
	for _, dt := range roster.DayTypes {
		list := container.NewVBox()
		p.lists[dt] = list
		add := widget.NewButton(lang.X("set.cov.add", "Add band"), func() {
			p.addRow(roster.Band{Day: dt, Start: roster.NewClock(7, 0), End: roster.NewClock(23, 0), Min: 1})
		})
		head := widget.NewLabelWithStyle(dayTypeLabel(dt), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		days.Add(container.NewBorder(nil, nil, head, add))
		days.Add(list)
	}
	save := widget.NewButton(lang.X("set.cov.save", "Save coverage profile"), func() { showError(p.errs, p.save()) })
	save.Importance = widget.HighImportance
	norm := widget.NewButton(lang.X("set.cov.norm", "The concept's standard (3 from 07:00 to 23:00)"), func() { p.load(roster.DefaultCoverage()) })
	hint := widget.NewLabel(lang.X("set.cov.hint", "Per band: from, until, minimum and maximum of opvoeders present (maximum empty: minimum + 1). The night cover (one every night) follows the night hours under Rules."))
	hint.Wrapping = fyne.TextWrapWord
	feas := container.NewVBox(p.preview, p.team, p.teamWhy, p.budget, p.budWhy)
	bottom := container.NewVBox(p.errs, container.NewHBox(norm, layoutSpacer(), save))
	if s.wizard {
		bottom = container.NewVBox(p.errs, container.NewHBox(norm))
	}
	p.content = container.NewBorder(hint, container.NewVBox(widget.NewSeparator(), feas, bottom), nil, nil, container.NewVScroll(days))
	s.onChange(p.update) // the team may have changed; typed bands stay
	p.load(s.house().Coverage)
	return p
}

// load shows bands.
func (p *coveragePanel) load(bands []roster.Band) {
	p.rows = nil
	for _, l := range p.lists {
		l.RemoveAll()
	}
	for _, b := range bands {
		p.addRow(b)
	}
	p.update()
}

// addRow adds an editable band.
func (p *coveragePanel) addRow(b roster.Band) {
	r := &bandRow{day: b.Day, start: entryWith(b.Start.String()), end: entryWith(b.End.String()),
		min: entryWith(fmt.Sprint(b.Min)), max: widget.NewEntry()}
	if b.Max > 0 {
		r.max.SetText(fmt.Sprint(b.Max))
	}
	r.max.SetPlaceHolder(lang.X("set.cov.maxauto", "auto"))
	for _, e := range []*widget.Entry{r.start, r.end, r.min, r.max} {
		e.OnChanged = func(string) { p.update() }
	}
	p.rows = append(p.rows, r)
	list := p.lists[b.Day]
	if list == nil {
		return
	}
	var row *fyne.Container
	remove := widget.NewButton(lang.X("set.remove", "Remove"), func() {
		for i, x := range p.rows {
			if x == r {
				p.rows = append(p.rows[:i], p.rows[i+1:]...)
				break
			}
		}
		list.Remove(row)
		p.update()
	})
	lbl := func(text string) fyne.CanvasObject { return widget.NewLabel(text) }
	row = container.NewHBox(lbl(lang.X("set.cov.from", "from")), fixedWidth(r.start, 80), lbl(lang.X("set.cov.until", "until")), fixedWidth(r.end, 80),
		lbl(lang.X("set.f.min", "Minimum")), fixedWidth(r.min, 60), lbl(lang.X("set.f.max", "Maximum")), fixedWidth(r.max, 70), remove)
	list.Add(row)
	list.Refresh()
}

// fixedWidth gives o a fixed width in a box.
func fixedWidth(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}

// bands reads the rows; the first unreadable entry is the error.
func (p *coveragePanel) bands() ([]roster.Band, error) {
	out := make([]roster.Band, 0, len(p.rows))
	for _, dt := range roster.DayTypes {
		for _, r := range p.rows {
			if r.day != dt {
				continue
			}
			b := roster.Band{Day: r.day}
			var err error
			if b.Start, err = parseClockField(r.start.Text, lang.X("set.f.start", "Start")); err != nil {
				return nil, err
			}
			if b.End, err = parseClockField(r.end.Text, lang.X("set.f.end", "End")); err != nil {
				return nil, err
			}
			if b.Min, err = parseInt(r.min.Text, lang.X("set.f.min", "Minimum")); err != nil {
				return nil, err
			}
			if r.max.Text != "" {
				if b.Max, err = parseInt(r.max.Text, lang.X("set.f.max", "Maximum")); err != nil {
					return nil, err
				}
			}
			out = append(out, b)
		}
	}
	return out, nil
}

// update recomputes the preview and the feasibility lines from the entries.
func (p *coveragePanel) update() {
	bands, err := p.bands()
	if err != nil {
		p.preview.SetText(err.Error())
		return
	}
	h := *p.s.house()
	h.Coverage = bands
	lng := p.s.lng
	p.preview.SetText(fmt.Sprintf(lang.X("set.cov.preview", "This profile asks %s h of presence a week, plus a night cover every night."),
		roster.FormatUpTo(roundTo(team.ProfileHours(bands), 1), -1, lng)))
	if counted := team.TeamFeasibility(&h, p.s.today); counted.Counted > 0 {
		feasibilityLine(p.team, lang.X("set.cov.team", "Team")+": "+counted.Line(lng), counted.Balance())
		p.teamWhy.SetText(counted.Explain(lng))
		p.team.Show()
		p.teamWhy.Show()
	} else {
		p.team.Hide()
		p.teamWhy.Hide()
	}
	b := team.BudgetFeasibility(&h)
	feasibilityLine(p.budget, fmt.Sprintf(lang.X("set.cov.budget", "Budget (%s fte opvoeders)"), roster.FormatUpTo(h.Settings.Budget[roster.RoleOpvoeder], -1, lng))+
		": "+b.Line(lng), b.Balance())
	p.budWhy.SetText(b.Explain(lng))
}

// feasibilityLine shows a feasibility line, red for a shortfall.
func feasibilityLine(l *widget.Label, text string, balance float64) {
	l.Importance = widget.SuccessImportance
	if balance < 0 {
		l.Importance = widget.DangerImportance
	}
	l.SetText(text)
}

// coverageEdit reads the rows into the settings edit of the coverage profile.
func (p *coveragePanel) coverageEdit() (roster.Edit, error) {
	bands, err := p.bands()
	if err != nil {
		return roster.Edit{}, err
	}
	h := p.s.house()
	before := roster.SettingsOf(h)
	after := before
	after.Coverage = bands
	return roster.Edit{NL: "Bezettingsprofiel gewijzigd", EN: "Coverage profile changed",
		Settings: &roster.SettingsEdit{Before: cloneSettings(before), After: after}}, nil
}

// save checks and applies the profile.
func (p *coveragePanel) save() error {
	e, err := p.coverageEdit()
	if err != nil {
		return err
	}
	if err := p.s.apply(e, "coverage"); err != nil {
		return err
	}
	p.load(p.s.house().Coverage)
	return nil
}

// cloneSettings copies the slices and maps of hs, so an edit's Before stays
// as it was when the house changes.
func cloneSettings(hs roster.HouseSettings) roster.HouseSettings {
	c := cloneHouse(&roster.House{Name: hs.Name, Children: hs.Children, Settings: hs.Settings, Coverage: hs.Coverage})
	return roster.SettingsOf(c)
}
