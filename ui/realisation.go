package ui

// This file is the teamleider's realisation screen: fte realisation per role
// and member against the budget, sickness, ORT and personnel cost, with a
// period selector, charts and CSV exports. Per-member figures (sickness and
// salary are personal data) show only after the teamleider's PIN; everyone
// else sees role and team totals. Role rows with fewer than
// roster.MinGroupSize members hide their sickness while locked (pay.Disclose), since a
// "role total" of one person is that person's sickness.

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/pay"
)

// RealisationOptions configure the realisation screen.
type RealisationOptions struct {
	// Window is the parent of the screen's dialogs (PIN, save file).
	Window fyne.Window
	// Today is the date the periods start around, and hours count as realised
	// only for the days before it; 0 means roster.Today().
	Today roster.Date
	// Lang is "nl" or "en": numbers get a decimal comma in Dutch.
	Lang string
	// Do saves an edit (the PIN) through the store, e.g. Editor.Do; nil
	// means the PIN cannot be set from this screen.
	Do func(roster.Edit) error
	// Current returns the house after edits; nil means the house given to
	// NewRealisationView.
	Current func() *roster.House
	// Now is the clock of the PIN backoff; nil means time.Now.
	Now func() time.Time
	// PINIterations is the PBKDF2 iteration count of a new PIN; 0 means
	// roster.DefaultPINIterations (tests use fewer).
	PINIterations int
	// Who returns the team member using the app; only a teamleider sets or
	// resets the PIN. nil means nobody.
	Who func() string
	// OnClose, when set, shows a "back" button that calls it.
	OnClose func()
	// SwitchUser, when set, lets a user who is not the teamleider switch
	// to the teamleider's name from the PIN dialog.
	SwitchUser func()
}

// RealisationView is the realisation screen.
type RealisationView struct {
	h    *roster.House
	opt  RealisationOptions
	lng  roster.Lang
	kind pay.PeriodKind
	win  roster.Window
	r    *pay.Realisation

	gate     pay.PINGate
	unlocked bool
	key      *roster.PayKey // the opened pay data while unlocked
	// notice is the last PIN-reset notice shown after an unlock; recovery
	// the last recovery code shown.
	notice, recovery string

	periodSel *widget.Select
	fromEntry *DialogEntry
	toEntry   *DialogEntry
	custom    *fyne.Container
	label     *widget.Label
	lockBtn   *widget.Button
	status    *widget.Label
	tabs      *container.AppTabs
	overview  *fyne.Container
	members   *fyne.Container
	sickness  *fyne.Container
	ort       *fyne.Container
	balance   *fyne.Container // realisation_balances.go
	content   fyne.CanvasObject
}

// NewRealisationView builds the realisation screen of h, showing the 4-week
// period of today, locked.
func NewRealisationView(h *roster.House, opt RealisationOptions) *RealisationView {
	if opt.Today == 0 {
		opt.Today = roster.Today()
	}
	v := &RealisationView{h: h, opt: opt, lng: roster.LangOf(opt.Lang), kind: pay.PeriodFour}
	v.gate.Now = opt.Now
	v.win = pay.PeriodOf(v.kind, opt.Today)
	v.build()
	v.Refresh()
	return v
}

// Content returns the screen's canvas object.
func (v *RealisationView) Content() fyne.CanvasObject { return v.content }

// Realisation returns the figures shown.
func (v *RealisationView) Realisation() *pay.Realisation { return v.r }

// Unlocked reports whether per-member figures show.
func (v *RealisationView) Unlocked() bool { return v.unlocked }

// house returns the current house.
func (v *RealisationView) house() *roster.House {
	if v.opt.Current != nil {
		if h := v.opt.Current(); h != nil {
			return h
		}
	}
	return v.h
}

// periodNames are the selector's labels in PeriodKinds order; the roster
// period is named by its length in weeks around from (4, or 5 at the end of
// a 53-week year).
func periodNames(from roster.Date) []string {
	return []string{
		lang.X("real.period.week", "Week"),
		fmt.Sprintf(lang.X("real.period.weeks", "%d weeks"), pay.PeriodOf(pay.PeriodFour, from).Days()/7),
		lang.X("real.period.month", "Month"),
		lang.X("real.period.quarter", "Quarter"),
		lang.X("real.period.year", "Year"),
		lang.X("real.period.custom", "Custom"),
	}
}

// build creates the widgets.
func (v *RealisationView) build() {
	v.periodSel = widget.NewSelect(periodNames(v.win.From), nil)
	v.periodSel.SetSelectedIndex(1) // before OnChanged: the roster period
	v.periodSel.OnChanged = func(string) {
		if i := v.periodSel.SelectedIndex(); i >= 0 && i < len(pay.PeriodKinds) && pay.PeriodKinds[i] != v.kind {
			v.SetPeriod(pay.PeriodKinds[i], pay.PeriodOf(pay.PeriodKinds[i], v.win.From))
		}
	}
	v.fromEntry = newDateEntry(0, 0)
	v.toEntry = newDateEntry(0, 0)
	apply := widget.NewButton(lang.X("real.apply", "Show"), v.applyCustom)
	v.custom = container.NewHBox(widget.NewLabel(lang.X("real.from", "From")), sized(v.fromEntry, 120),
		widget.NewLabel(lang.X("real.to", "to")), sized(v.toEntry, 120), apply)
	v.custom.Hide()
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.SetPeriod(v.kind, pay.StepPeriod(v.kind, v.win, -1)) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.SetPeriod(v.kind, pay.StepPeriod(v.kind, v.win, 1)) })
	v.label = widget.NewLabel("")
	v.label.TextStyle.Bold = true
	v.lockBtn = widget.NewButtonWithIcon("", theme.AccountIcon(), v.toggleLock)
	export := widget.NewButtonWithIcon(lang.X("real.export", "Export CSV…"), theme.DocumentSaveIcon(), v.showExport)
	v.status = widget.NewLabel("")
	left := []fyne.CanvasObject{}
	if v.opt.OnClose != nil {
		left = append(left, widget.NewButtonWithIcon(lang.X("real.back", "Roster"), theme.NavigateBackIcon(), v.opt.OnClose))
	}
	left = append(left, widget.NewLabel(lang.X("real.title", "Realisation")), sized(v.periodSel, 170), prev, v.label, next, v.custom)
	bar := container.NewBorder(nil, nil, container.NewHBox(left...), container.NewHBox(export, v.lockBtn))

	v.overview = container.NewVBox()
	v.members = container.NewVBox()
	v.sickness = container.NewVBox()
	v.ort = container.NewVBox()
	v.balance = container.NewVBox()
	v.tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("real.tab.overview", "Roles and budget"), container.NewVScroll(v.overview)),
		container.NewTabItem(lang.X("real.tab.members", "Per member"), container.NewScroll(v.members)),
		container.NewTabItem(lang.X("real.tab.sickness", "Sickness"), container.NewVScroll(v.sickness)),
		container.NewTabItem(lang.X("real.tab.ort", "ORT"), container.NewScroll(v.ort)),
		container.NewTabItem(lang.X("real.tab.balances", "Balances"), container.NewScroll(v.balance)),
	)
	v.content = container.NewBorder(bar, v.status, nil, nil, v.tabs)
}

// sized wraps o so it is at least w wide.
func sized(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}

// SetPeriod shows kind and window w.
func (v *RealisationView) SetPeriod(kind pay.PeriodKind, w roster.Window) {
	v.kind, v.win = kind, w
	if kind == pay.PeriodCustom {
		v.fromEntry.SetText(dateEntryText(w.From))
		v.toEntry.SetText(dateEntryText(w.To))
		v.custom.Show()
	} else {
		v.custom.Hide()
	}
	if names := periodNames(w.From); names[1] != v.periodSel.Options[1] {
		// "4 weken" or "5 weken": the label says how long the roster period is
		sel := v.periodSel.SelectedIndex()
		v.periodSel.Options = names
		if sel >= 0 {
			v.periodSel.Selected = names[sel] // set directly: no OnChanged
		}
		v.periodSel.Refresh()
	}
	for i, k := range pay.PeriodKinds {
		if k == kind && v.periodSel.SelectedIndex() != i {
			v.periodSel.SetSelectedIndex(i) // OnChanged sees the same kind and does nothing
		}
	}
	v.Refresh()
}

// applyCustom reads the custom from and to dates.
func (v *RealisationView) applyCustom() {
	f, err1 := roster.ParseDateEntry(v.fromEntry.Text, 0)
	t, err2 := roster.ParseDateEntry(v.toEntry.Text, 0)
	if err1 != nil || err2 != nil || t < f || t-f > 2*366 {
		v.status.SetText(lang.X("real.badcustom", "Give two dates YYYY-MM-DD, at most two years apart, the first one first."))
		return
	}
	v.SetPeriod(pay.PeriodCustom, roster.Window{From: f, To: t})
}

// Refresh recomputes and redraws the figures.
func (v *RealisationView) Refresh() {
	h := v.house()
	v.r = pay.Disclose(pay.NewRealisationAsOf(roster.OpenedOrLocked(h, v.key), v.win, v.opt.Today), v.unlocked)
	v.label.SetText(v.windowLabel())
	if v.unlocked {
		v.lockBtn.SetText(lang.X("real.lock", "Lock"))
		v.lockBtn.SetIcon(theme.VisibilityOffIcon())
	} else {
		v.lockBtn.SetText(lang.X("real.unlock", "Teamleider…"))
		v.lockBtn.SetIcon(theme.AccountIcon())
	}
	v.overview.Objects = v.overviewObjects()
	v.overview.Refresh()
	v.members.Objects = v.memberObjects()
	v.members.Refresh()
	v.sickness.Objects = v.sicknessObjects()
	v.sickness.Refresh()
	v.ort.Objects = v.ortObjects()
	v.ort.Refresh()
	v.balance.Objects = v.balanceObjects()
	v.balance.Refresh()
}

// windowLabel formats the window: "2026-W45–W48 · 2 nov – 29 nov 2026".
func (v *RealisationView) windowLabel() string {
	w := v.win
	dates := dateText(w.From, v.lng) + " – " + dateText(w.To, v.lng)
	if w.Days()%7 == 0 && w.From.Weekday() == 1 {
		// Whole ISO weeks: say how many and which, so the last balance
		// period of a 53-week year reads "period of 5 weeks (week 49–53)".
		_, first := w.From.ISOWeek()
		_, last := w.To.ISOWeek()
		if first == last {
			return dates + " · " + fmt.Sprintf(lang.X("real.oneweek", "week %d"), first)
		}
		return dates + " · " + fmt.Sprintf(lang.X("real.weekspan", "period of %d weeks (week %d–%d)"), w.Days()/7, first, last)
	}
	return fmt.Sprintf("%s (%s %s)", dates, v.dec(float64(w.Days())/7, 1), lang.X("real.weeks", "weeks"))
}

// dateText formats d as "2 nov 2026" (nl) or "2 Nov 2026" (en).
func dateText(d roster.Date, lng roster.Lang) string {
	y, _, _ := d.YMD()
	return fmt.Sprintf("%s %d", roster.DayMonthLabel(d, lng), y) // "30 nov 2026", as the rest names days; not "30-11-2026"
}

// dec formats x with prec decimals, a decimal comma in Dutch.
func (v *RealisationView) dec(x float64, prec int) string { return roster.FormatFixed(x, prec, v.lng) }

// pow10 returns 10^n for small n.
func pow10(n int) float64 {
	p := 1.0
	for ; n > 0; n-- {
		p *= 10
	}
	for ; n < 0; n++ {
		p /= 10
	}
	return p
}

// euro formats an amount without cents (roster.FormatEuro).
func (v *RealisationView) euro(x float64) string { return roster.FormatEuro(x, v.lng) }

// roleName returns the translated role name.
func roleName(r roster.Role) string { return lang.X("role."+string(r), string(r)) }

// Series colours of the hours charts.
var (
	contractColour = color.NRGBA{R: 0xa0, G: 0xa8, B: 0xb0, A: 0xff}
	plannedColour  = color.NRGBA{R: 0x5b, G: 0x8d, B: 0xd6, A: 0xff}
	realColour     = color.NRGBA{R: 0x5c, G: 0xb8, B: 0x5c, A: 0xff}
)

// hoursSeries are the series of the contract / planned / realised charts.
func hoursSeries() []chartSeries {
	return []chartSeries{
		{lang.X("real.contract", "Contract"), contractColour},
		{lang.X("real.planned", "Planned"), plannedColour},
		{lang.X("real.realised", "Realised"), realColour},
	}
}

// heading returns a bold section title.
func heading(s string) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.TextStyle.Bold = true
	return l
}

// note returns a wrapped small explanation.
func note(s string) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	// Normal text: LowImportance draws in the disabled colour, unreadable on the
	// dark theme; not italic: a text style of its own costs a parsed font (cell.go).
	return l
}

// canvasText returns a text object in the foreground colour.
func canvasText(s string) *canvas.Text {
	return canvas.NewText(s, theme.Color(theme.ColorNameForeground))
}

// showError shows err in a dialog (or the status line without a window).
func (v *RealisationView) showError(err error) {
	if v.opt.Window != nil {
		showLocalError(err, v.opt.Window)
		return
	}
	v.status.SetText(localError(err).Error())
}
