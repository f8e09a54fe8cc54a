package ui

// This file is the house and rules panel: the house's name, number of
// children and fte budget (the concept's presets), the rule parameters
// (slack, balance period, hours per fte, leave and sickness, publish days),
// the nights (hours, night mode, sleep-shift regime), and the holidays of a
// year.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// budgetRoles are the roles with an fte budget, in the concept's order.
var budgetRoles = []roster.Role{roster.RoleTeamleider, roster.RoleSysteemtherapeut, roster.RoleOpvoeder, roster.RoleHuishoudelijk}

// nightModes and sleepRegimes are the choices of the night section.
var (
	nightModes   = []roster.NightMode{roster.NightLiveIn, roster.NightSleep, roster.NightAwake, roster.NightMixed}
	sleepRegimes = []roster.SleepRegime{roster.RegimeRegular, roster.RegimeIrregular}
)

// rulesPanel holds the entries of the house, rules and night sections.
type rulesPanel struct {
	s                                         *houseSink
	name                                      *widget.Entry
	children                                  *widget.RadioGroup
	budget                                    map[roster.Role]*widget.Entry
	budgetNote                                *widget.Label
	slack, balance, hpf, leave, sick, publish *widget.Entry
	nightStart, nightEnd                      *widget.Entry
	nightMode, regime                         *widget.Select
	errs                                      *widget.Label
	houseBox, rulesBox, nightBox, content     fyne.CanvasObject
}

// nightModeLabel returns the translated name of a night mode.
func nightModeLabel(m roster.NightMode) string {
	switch m {
	case roster.NightLiveIn:
		return lang.X("set.night.livein", "live-in members hold night duty")
	case roster.NightSleep:
		return lang.X("set.night.sleep", "sleep-in shifts rotate over the team")
	case roster.NightAwake:
		return lang.X("set.night.awake", "awake nights")
	case roster.NightMixed:
		return lang.X("set.night.mixed", "mixed")
	}
	return string(m)
}

// regimeLabel returns the translated name of a sleep-shift regime.
func regimeLabel(r roster.SleepRegime) string {
	if r == roster.RegimeIrregular {
		return lang.X("set.regime.irregular", "now and then: a sleep-in shift is a night shift (14 h rest after)")
	}
	return lang.X("set.regime.regular", "regular (aanwezigheidsdienst: at most 52 per 26 weeks, 11 h rest before and after)")
}

// newRulesPanel returns the panel filled from s's house.
func newRulesPanel(s *houseSink) *rulesPanel {
	p := &rulesPanel{s: s, name: widget.NewEntry(), budget: map[roster.Role]*widget.Entry{}, budgetNote: widget.NewLabel(""),
		slack: widget.NewEntry(), balance: widget.NewEntry(), hpf: widget.NewEntry(), leave: widget.NewEntry(),
		sick: widget.NewEntry(), publish: widget.NewEntry(), nightStart: widget.NewEntry(), nightEnd: widget.NewEntry(),
		errs: errorLabel()}
	p.name.SetPlaceHolder(lang.X("set.house.nameph", "e.g. De Linde"))
	p.budgetNote.Wrapping = fyne.TextWrapWord
	p.children = widget.NewRadioGroup([]string{"4", "5", "6"}, func(v string) {
		n, _ := strconv.Atoi(v)
		p.setBudgetPreset(n)
	})
	p.children.Horizontal = true
	budgetItems := make([]*widget.FormItem, 0, len(budgetRoles))
	for _, r := range budgetRoles {
		p.budget[r] = widget.NewEntry()
		budgetItems = append(budgetItems, widget.NewFormItem(fmt.Sprintf(lang.X("set.house.budgetrole", "Budget %s (fte)"), roleLabel(r)), p.budget[r]))
	}
	modes := make([]string, len(nightModes))
	for i, m := range nightModes {
		modes[i] = nightModeLabel(m)
	}
	p.nightMode = widget.NewSelect(modes, nil)
	regimes := make([]string, len(sleepRegimes))
	for i, r := range sleepRegimes {
		regimes[i] = regimeLabel(r)
	}
	p.regime = widget.NewSelect(regimes, nil)

	p.houseBox = container.NewVBox(widget.NewForm(append([]*widget.FormItem{
		widget.NewFormItem(lang.X("set.house.name", "Name of the house"), p.name),
		widget.NewFormItem(lang.X("set.house.children", "Number of children"), p.children),
	}, budgetItems...)...), p.budgetNote)
	p.rulesBox = widget.NewForm(
		widget.NewFormItem(lang.X("set.f.slack", "Slack %"), p.slack),
		widget.NewFormItem(lang.X("set.f.balance", "Balance period (weeks)"), p.balance),
		widget.NewFormItem(lang.X("set.f.hpf", "Hours per fte"), p.hpf),
		widget.NewFormItem(lang.X("set.f.leave", "Leave %"), p.leave),
		widget.NewFormItem(lang.X("set.f.sick", "Sickness %"), p.sick),
		widget.NewFormItem(lang.X("set.f.publish", "Publish ahead (days)"), p.publish),
	)
	p.nightBox = widget.NewForm(
		widget.NewFormItem(lang.X("set.night.start", "Night from"), p.nightStart),
		widget.NewFormItem(lang.X("set.night.end", "Night until"), p.nightEnd),
		widget.NewFormItem(lang.X("set.night.mode", "Night mode"), p.nightMode),
		widget.NewFormItem(lang.X("set.night.regime", "Sleep-shift regime (ATW)"), p.regime),
	)
	save := widget.NewButton(lang.X("set.rules.save", "Save house and rules"), func() { showError(p.errs, p.save()) })
	save.Importance = widget.HighImportance
	head := func(text string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	p.content = container.NewBorder(nil, container.NewVBox(p.errs, container.NewHBox(layoutSpacer(), save)), nil, nil,
		container.NewVScroll(container.NewVBox(head(lang.X("set.house.title", "House")), p.houseBox, widget.NewSeparator(),
			head(lang.X("set.rules.title", "Rules")), p.rulesBox, widget.NewSeparator(), head(lang.X("set.night.title", "Nights")), p.nightBox)))
	p.load()
	return p
}

// load fills the entries from the house.
func (p *rulesPanel) load() {
	h := p.s.house()
	st := &h.Settings
	lng := p.s.lng
	p.name.SetText(h.Name)
	p.children.OnChanged, p.children.Selected = nil, ""
	if h.Children >= 4 && h.Children <= 6 {
		p.children.Selected = fmt.Sprint(h.Children)
	}
	p.children.Refresh()
	p.children.OnChanged = func(v string) {
		n, _ := strconv.Atoi(v)
		p.setBudgetPreset(n)
	}
	for _, r := range budgetRoles {
		p.budget[r].SetText(roster.FormatUpTo(st.Budget[r], -1, lng))
	}
	p.showBudgetNote(h.Children)
	p.slack.SetText(roster.FormatUpTo(st.SlackPct, -1, lng))
	p.balance.SetText(fmt.Sprint(st.BalanceWeeksOrDefault()))
	p.hpf.SetText(roster.FormatUpTo(st.HoursPerFTEOrDefault(), -1, lng))
	p.leave.SetText(roster.FormatUpTo(st.LeavePct, -1, lng))
	p.sick.SetText(roster.FormatUpTo(st.SickPct, -1, lng))
	p.publish.SetText(fmt.Sprint(st.PublishDaysOrDefault()))
	p.nightStart.SetText(st.NightStart.String())
	p.nightEnd.SetText(st.NightEnd.String())
	p.nightMode.SetSelectedIndex(max(0, slices.Index(nightModes, st.NightMode)))
	if st.NightMode == "" {
		p.nightMode.SetSelectedIndex(slices.Index(nightModes, roster.NightMixed))
	}
	p.regime.SetSelectedIndex(max(0, slices.Index(sleepRegimes, st.SleepRegime)))
}

// setBudgetPreset puts the concept's budget for n children in the entries.
func (p *rulesPanel) setBudgetPreset(n int) {
	b, _ := roster.BudgetPreset(n)
	for _, r := range budgetRoles {
		p.budget[r].SetText(roster.FormatUpTo(b[r], -1, p.s.lng))
	}
	p.showBudgetNote(n)
}

// showBudgetNote says where the budget comes from.
func (p *rulesPanel) showBudgetNote(n int) {
	_, interp := roster.BudgetPreset(n)
	if interp {
		p.budgetNote.SetText(lang.X("set.house.interp", "The concept gives budgets for 4 and 6 children; for 5 children the budget is taken halfway between them. Change it when your house has its own."))
	} else {
		p.budgetNote.SetText(lang.X("set.house.preset", "The budget of the concept (cao Jeugdzorg 2020 functions); change it when your house has its own."))
	}
}

// houseSettings reads the entries into the house settings; parts leaves out
// nothing: every section is read (the wizard shows them on separate steps,
// all filled).
func (p *rulesPanel) houseSettings() (roster.HouseSettings, error) {
	hs := cloneSettings(roster.SettingsOf(p.s.house()))
	hs.Name = strings.TrimSpace(p.name.Text)
	hs.Children, _ = strconv.Atoi(p.children.Selected)
	st := &hs.Settings
	if st.Budget == nil {
		st.Budget = map[roster.Role]float64{}
	}
	var err error
	for _, r := range budgetRoles {
		if st.Budget[r], err = parseHours(p.budget[r].Text, fmt.Sprintf(lang.X("set.house.budgetrole", "Budget %s (fte)"), roleLabel(r))); err != nil {
			return hs, err
		}
	}
	nums := []struct {
		e   *widget.Entry
		key string
		fb  string
		dst *float64
	}{
		{p.slack, "set.f.slack", "Slack %", &st.SlackPct},
		{p.hpf, "set.f.hpf", "Hours per fte", &st.HoursPerFTE},
		{p.leave, "set.f.leave", "Leave %", &st.LeavePct},
		{p.sick, "set.f.sick", "Sickness %", &st.SickPct},
	}
	for _, n := range nums {
		if *n.dst, err = parseHours(n.e.Text, lang.X(n.key, n.fb)); err != nil {
			return hs, err
		}
	}
	if st.BalanceWeeks, err = parseInt(p.balance.Text, lang.X("set.f.balance", "Balance period (weeks)")); err != nil {
		return hs, err
	}
	if st.PublishDays, err = parseInt(p.publish.Text, lang.X("set.f.publish", "Publish ahead (days)")); err != nil {
		return hs, err
	}
	if st.NightStart, err = parseClockField(p.nightStart.Text, lang.X("set.night.start", "Night from")); err != nil {
		return hs, err
	}
	if st.NightEnd, err = parseClockField(p.nightEnd.Text, lang.X("set.night.end", "Night until")); err != nil {
		return hs, err
	}
	st.NightMode = nightModes[max(0, p.nightMode.SelectedIndex())]
	st.SleepRegime = sleepRegimes[max(0, p.regime.SelectedIndex())]
	return hs, nil
}

// settingsEdit returns the edit of the entries.
func (p *rulesPanel) settingsEdit() (roster.Edit, error) {
	after, err := p.houseSettings()
	if err != nil {
		return roster.Edit{}, err
	}
	return roster.Edit{NL: "Huis en regels gewijzigd", EN: "House and rules changed",
		Settings: &roster.SettingsEdit{Before: cloneSettings(roster.SettingsOf(p.s.house())), After: after}}, nil
}

// save checks and applies the entries.
func (p *rulesPanel) save() error {
	e, err := p.settingsEdit()
	if err != nil {
		return err
	}
	if err := p.s.apply(e, "name", "children", "settings"); err != nil {
		return err
	}
	p.load()
	return nil
}

// holidayPanel shows the public holidays of a year (cao art. 9.7) with the
// house's extra holidays.
type holidayPanel struct {
	s       *houseSink
	year    int
	title   *widget.Label
	list    *fyne.Container
	extra   *widget.Entry // a date to add as an extra holiday
	errs    *widget.Label
	region  *regionField // the school holiday region (settings_region.go)
	content fyne.CanvasObject
}

// newHolidayPanel returns the holiday panel for the year of s.today.
func newHolidayPanel(s *houseSink) *holidayPanel {
	y, _, _ := s.today.YMD()
	p := &holidayPanel{s: s, year: y, title: widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		list: container.NewVBox(), extra: widget.NewEntry(), errs: errorLabel(), region: newRegionField(s)}
	p.extra.SetPlaceHolder("23-11-2026")
	add := widget.NewButton(lang.X("set.hol.add", "Add extra holiday"), func() { showError(p.errs, p.addExtra(p.extra.Text)) })
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.year--; p.refresh() })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.year++; p.refresh() })
	note := widget.NewLabel(lang.X("set.hol.note", "Public holidays of cao Jeugdzorg art. 9.7 (not Good Friday; 5 May every year). On a holiday the Sunday bands of the coverage profile apply and the Sunday ORT."))
	note.Wrapping = fyne.TextWrapWord
	bottom := container.NewVBox(p.errs, container.NewBorder(nil, nil, widget.NewLabel(lang.X("set.hol.extra", "Extra holiday of the house")), add, p.extra))
	p.content = container.NewBorder(container.NewVBox(p.region.content, widget.NewSeparator(), container.NewBorder(nil, nil, prev, next, p.title), note), bottom, nil, nil, container.NewVScroll(p.list))
	s.onChange(p.refresh)
	p.refresh()
	return p
}

// refresh lists the holidays of the panel's year.
func (p *holidayPanel) refresh() {
	p.title.SetText(fmt.Sprint(p.year))
	p.list.RemoveAll()
	extras := p.s.house().Settings.ExtraHolidays
	for _, h := range roster.Holidays(p.year, extras...) {
		name := h.Name
		if p.s.lng == roster.English {
			name = fmt.Sprintf("%s (%s)", h.Name, roster.DayNameEN(h.Date))
		} else {
			name = fmt.Sprintf("%s (%s)", h.Name, roster.DayNameNL(h.Date))
		}
		var remove fyne.CanvasObject
		if slices.Contains(extras, h.Date) {
			d := h.Date
			remove = widget.NewButton(lang.X("set.remove", "Remove"), func() { showError(p.errs, p.removeExtra(d)) })
		}
		p.list.Add(container.NewBorder(nil, nil, widget.NewLabel(dateEntryText(h.Date)), remove, widget.NewLabel(name)))
	}
	p.list.Refresh()
}

// extraEdit returns the settings edit that sets the extra holidays to days.
func (p *holidayPanel) extraEdit(days []roster.Date, nl, lng string) roster.Edit {
	before := cloneSettings(roster.SettingsOf(p.s.house()))
	after := cloneSettings(before)
	after.Settings.ExtraHolidays = days
	return roster.Edit{NL: nl, EN: lng, Settings: &roster.SettingsEdit{Before: before, After: after}}
}

// addExtra adds the date in text as an extra holiday and shows its year.
func (p *holidayPanel) addExtra(text string) error {
	d, err := parseDateField(text, lang.X("set.hol.extra", "Extra holiday of the house"))
	if err != nil {
		return err
	}
	days := slices.Clone(p.s.house().Settings.ExtraHolidays)
	if slices.Contains(days, d) {
		return nil
	}
	days = append(days, d)
	slices.Sort(days)
	if err := p.s.apply(p.extraEdit(days, "Extra feestdag "+dateEntryText(d), "Extra holiday "+dateEntryText(d)), "settings.extraHolidays"); err != nil {
		return err
	}
	p.year, _, _ = d.YMD()
	p.extra.SetText("")
	p.refresh()
	return nil
}

// removeExtra removes an extra holiday.
func (p *holidayPanel) removeExtra(d roster.Date) error {
	days := slices.DeleteFunc(slices.Clone(p.s.house().Settings.ExtraHolidays), func(x roster.Date) bool { return x == d })
	return p.s.apply(p.extraEdit(days, "Extra feestdag "+dateEntryText(d)+" verwijderd", "Extra holiday "+dateEntryText(d)+" removed"), "settings.extraHolidays")
}
