package ui

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// This file holds the sick report ("Ziekmelding") of the week screen: the
// cell menu items, the dialog that asks who and for how long, recovery, and
// the step to the cover panel (cover.go). A sick report records that and
// when, never why: there is no field for a reason.

// sickFlow is the sick report of the week screen: its cell menu items, the
// "Ziekmelding" button and dialog, recovery, and the step to the cover
// panel.
type sickFlow struct {
	screenDeps

	// showCover opens the cover panel on member's vacancies from from to
	// to (the screen's ShowCover, cover.go).
	showCover func(member int, from, to roster.Date) *CoverPanel
}

// SickSpan is how long a sick report runs.
type SickSpan int

// The spans of a sick report.
const (
	SickDay   SickSpan = iota // that day only
	SickOpen                  // from that day until further notice
	SickRange                 // from that day up to and including a date
)

// menuItems returns the sick-report items of the cell menu for member on
// d, after a separator: "Sick report…" for an active member who is not sick that day, "Who can
// cover?" on a cell with a vacated shift, "Recovered" when the member is
// sick that day.
func (sf *sickFlow) menuItems(member int, d roster.Date) []*fyne.MenuItem {
	h := sf.ed.House()
	m := h.Member(member)
	if m == nil || !m.Active(d) {
		return nil
	}
	var items []*fyne.MenuItem
	ab := h.Plan.AbsenceOn(member, d)
	sick := ab != nil && ab.Kind == roster.AbsSick
	if !sick {
		items = append(items, fyne.NewMenuItem(lang.X("sick.menu", "Report sick…"), func() { sf.ShowReport(member, d) }))
	}
	if len(team.Vacancies(h, member, d, d)) > 0 {
		items = append(items, fyne.NewMenuItem(lang.X("sick.cover", "Who can cover?"), func() { sf.showCover(member, d, d) }))
	}
	if sick {
		items = append(items, fyne.NewMenuItem(fmt.Sprintf(lang.X("sick.recover", "Recovered from %s"), roster.DayLabel(d, roster.LangOf(sf.lang))),
			func() { sf.Recover(member, d) }))
	}
	return append([]*fyne.MenuItem{fyne.NewMenuItemSeparator()}, items...)
}

// Report reports member sick from from (SickDay: that day only;
// SickOpen: until further notice; SickRange: up to and including to) as one
// undoable edit, and opens the cover panel on the vacancies it left. It
// returns the panel, or nil when the report failed (the error is shown).
func (sf *sickFlow) Report(member int, from roster.Date, span SickSpan, to roster.Date) *CoverPanel {
	switch span {
	case SickDay:
		to = from
	case SickOpen:
		to = team.OpenEnd
	}
	ed, err := team.ReportSick(sf.ed.House(), member, from, to, sf.now())
	if err != nil {
		sf.showError(err)
		return nil
	}
	if !sf.do(ed) {
		return nil
	}
	return sf.showCover(member, from, to)
}

// Recover ends member's sickness on d: from d on they work their shifts
// again, except those a colleague already covers.
func (sf *sickFlow) Recover(member int, d roster.Date) bool {
	ed, err := team.Recover(sf.ed.House(), member, d)
	if err != nil {
		sf.showError(err)
		return false
	}
	return sf.do(ed)
}

// now is the moment of a sick report: now when the editor's today is the
// real today, else the start of the editor's today (previews and tests).
func (sf *sickFlow) now() time.Time {
	now := time.Now().In(roster.Amsterdam)
	if roster.DateOf(now) != sf.ed.Today() {
		return sf.ed.Today().Time(0)
	}
	return now
}

// ShowReport asks who is sick (member 0: the user chooses) from d, and
// for how long, then reports it (Report).
func (sf *sickFlow) ShowReport(member int, d roster.Date) {
	h := sf.ed.House()
	var names []string
	ids := map[string]int{}
	for _, m := range h.Members {
		if m.Active(d) {
			names = append(names, m.Name)
			ids[m.Name] = m.ID
		}
	}
	sort.Strings(names)
	who := widget.NewSelect(names, nil)
	who.PlaceHolder = lang.X("sick.who.choose", "Choose a colleague")
	if m := h.Member(member); m != nil {
		who.SetSelected(m.Name)
	}
	fromE := newDateEntry(d, 0)
	toE := newDateEntry(d+6, 0)
	toE.Disable()
	opts := []string{lang.X("sick.span.day", "That day only"), lang.X("sick.span.open", "Until further notice"),
		lang.X("sick.span.range", "A period")}
	span := widget.NewRadioGroup(opts, func(s string) {
		if s == opts[SickRange] {
			toE.Enable()
		} else {
			toE.Disable()
		}
	})
	span.Required = true
	span.SetSelected(opts[SickDay])
	privacy := widget.NewLabel(lang.X("sick.privacy", "Only that someone is sick is recorded, never why. Their shifts become vacancies; then you see who can cover."))
	privacy.Wrapping = fyne.TextWrapWord // normal text: LowImportance draws it in the disabled colour
	form := widget.NewForm(
		widget.NewFormItem(lang.X("sick.who", "Who"), who),
		widget.NewFormItem(lang.X("sick.from", "From"), fromE),
		widget.NewFormItem(lang.X("sick.span", "How long"), span),
		widget.NewFormItem(lang.X("sick.to", "Until"), toE),
	)
	// A missing colleague or a bad date is said inside the dialog, which
	// stays open with everything typed (it used to close and lose it).
	errs := errorLabel()
	var dlg dialog.Dialog
	report := widget.NewButtonWithIcon(lang.X("sick.do", "Report sick"), theme.ConfirmIcon(), func() {
		id, ok := ids[who.Selected]
		if !ok {
			showError(errs, errors.New(lang.X("sick.who.missing", "Choose who is sick.")))
			return
		}
		from, err := parseDateText(fromE.Text, 0)
		if err != nil {
			showError(errs, err)
			return
		}
		sp := SickSpan(max(0, indexOf(opts, span.Selected)))
		to := from
		if sp == SickRange {
			if to, err = parseDateText(toE.Text, 0); err != nil {
				showError(errs, err)
				return
			}
		}
		dlg.Hide()
		sf.Report(id, from, sp, to)
	})
	report.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.X("Cancel", "Cancel"), theme.CancelIcon(), func() { dlg.Hide() })
	content := container.NewVBox(form, privacy, errs, container.NewCenter(container.NewHBox(cancel, report)))
	dlg = dialog.NewCustomWithoutButtons(lang.X("sick.title", "Sick report"), content, sf.win)
	dlg.Resize(fyne.NewSize(520, 400))
	dlg.Show()
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// newButton is the "Sick report" button at the bottom right of the week
// screen: who is sick is chosen in the dialog, from today.
func (sf *sickFlow) newButton() *widget.Button {
	b := widget.NewButtonWithIcon(lang.X("sick.button", "Sick report"), theme.WarningIcon(), func() {
		sf.ShowReport(0, sf.ed.Today())
	})
	b.Importance = widget.WarningImportance
	return b
}
