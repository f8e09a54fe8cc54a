package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// SettingsView is the settings screen: team, shift types, coverage profile,
// house and rules, holidays. Every change is a roster.Edit done through Do
// (the editor: saved with an audit record, undoable from the week screen).
type SettingsView struct {
	sink     *houseSink
	team     *teamPanel
	shifts   *shiftPanel
	coverage *coveragePanel
	rules    *rulesPanel
	holidays *holidayPanel
	tabs     *container.AppTabs
	content  fyne.CanvasObject
}

// NewSettingsView returns the settings screen over the house current
// returns; do saves an edit; onClose returns to the week screen.
func NewSettingsView(win fyne.Window, current func() *roster.House, do func(roster.Edit) error, today roster.Date, code string, onClose func()) *SettingsView {
	s := &houseSink{house: current, do: do, today: today, win: win, lng: roster.LangOf(code)}
	v := &SettingsView{sink: s, team: newTeamPanel(s), shifts: newShiftPanel(s), coverage: newCoveragePanel(s),
		rules: newRulesPanel(s), holidays: newHolidayPanel(s)}
	v.tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("set.tab.team", "Team"), v.team.content),
		container.NewTabItem(lang.X("set.tab.shifts", "Shift types"), v.shifts.content),
		container.NewTabItem(lang.X("set.tab.coverage", "Coverage profile"), v.coverage.content),
		container.NewTabItem(lang.X("set.tab.rules", "House and rules"), v.rules.content),
		container.NewTabItem(lang.X("set.tab.holidays", "Holidays"), v.holidays.content),
	)
	back := widget.NewButton(lang.X("set.back", "Back to the roster"), onClose)
	back.Importance = widget.HighImportance
	// Not "saved at once": the house and rules are saved with their own button.
	note := widget.NewLabel(lang.X("set.note", "What you save goes into the audit log and can be undone from the Roster menu."))
	v.content = container.NewBorder(container.NewBorder(nil, nil, back, nil, note), nil, nil, nil, v.tabs)
	return v
}

// Content returns the screen's widget tree.
func (v *SettingsView) Content() fyne.CanvasObject { return v.content }

// withSettings adds "House and team…" and the app's house items to the
// settings menu of mm (the last menu when there is none) and returns mm.
func (a *App) withSettings(mm *fyne.MainMenu) *fyne.MainMenu {
	if mm == nil || len(mm.Items) == 0 {
		return mm
	}
	last := mm.Items[len(mm.Items)-1]
	for _, m := range mm.Items {
		if m.Label == lang.X("menu.settings", "Settings") {
			last = m
		}
	}
	items := []*fyne.MenuItem{fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.X("menu.house", "House and team…"), a.ShowSettings)}
	if a.HouseMenu != nil {
		items = append(items, a.HouseMenu()...)
	}
	last.Items = append(last.Items, items...)
	return mm
}

// ShowSettings shows the settings screen; its back button returns to the
// week screen, rebuilt with the changed house.
func (a *App) ShowSettings() {
	if a.ws != nil {
		a.ws.RemoveShortcuts()
	}
	v := NewSettingsView(a.win, a.ed.House, a.ed.Do, a.ed.Today(), a.lang, a.showWeek)
	a.win.SetMainMenu(nil)
	a.win.SetContent(v.Content())
	a.win.SetTitle(a.title() + " — " + lang.X("set.title", "House and team"))
}
