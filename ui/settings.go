package ui

// This file is the core of the house and team settings, shared by the set-up
// wizard (wizard.go) and the settings screen (settings_app.go): a sink that
// checks every change with roster.Validate before it is applied, and small
// helpers for forms. The panels are in settings_team.go, settings_shifts.go,
// settings_coverage.go and settings_rules.go.

import (
	"errors"
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// houseSink is where the settings panels send their changes: the wizard
// applies them to its draft house, the settings screen saves them through
// the editor, so they are in the audit log and can be undone.
type houseSink struct {
	house  func() *roster.House
	do     func(roster.Edit) error
	today  roster.Date
	win    fyne.Window
	lng    roster.Lang
	wizard bool // setting up a new house: contracts start today, no history to keep
	// changed is called after every applied change (the panels refresh).
	changed []func()
}

// onChange registers fn to run after every applied change.
func (s *houseSink) onChange(fn func()) { s.changed = append(s.changed, fn) }

// apply checks e on a copy of the house: when the result has problems in a
// field that starts with one of prefixes, e is refused with those problems
// as the error. Otherwise e is done and the panels refresh.
func (s *houseSink) apply(e roster.Edit, prefixes ...string) error {
	if probs := editProblems(s.house(), e, prefixes...); len(probs) > 0 {
		return problemsError(probs, s.lng)
	}
	if err := s.do(e); err != nil {
		return err
	}
	for _, fn := range s.changed {
		fn()
	}
	return nil
}

// editProblems returns the problems roster.Validate finds in h after e, in
// fields that start with one of prefixes (all fields when there are none).
func editProblems(h *roster.House, e roster.Edit, prefixes ...string) []roster.Problem {
	c := cloneHouse(h)
	if err := c.Apply(e); err != nil {
		return []roster.Problem{{Field: "", NL: err.Error(), EN: err.Error()}}
	}
	return filterProblems(roster.Validate(c), prefixes...)
}

// filterProblems keeps the problems whose field starts with one of prefixes.
func filterProblems(probs []roster.Problem, prefixes ...string) []roster.Problem {
	if len(prefixes) == 0 {
		return probs
	}
	var out []roster.Problem
	for _, p := range probs {
		for _, pre := range prefixes {
			if strings.HasPrefix(p.Field, pre) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// problemsError turns problems into one error, a line each, every line led
// by the label of its field ("Uren per week: 50 u per week is …").
func problemsError(probs []roster.Problem, lng roster.Lang) error {
	lines := make([]string, 0, len(probs))
	for _, p := range probs {
		msg := p.NL
		if lng == roster.English {
			msg = p.EN
		}
		if l := fieldLabel(p.Field); l != "" {
			msg = l + ": " + msg
		}
		lines = append(lines, msg)
	}
	return errors.New(strings.Join(lines, "\n"))
}

// fieldLabel returns the form label of a problem's field: the label of its
// last path element ("members[2].contract[0].hoursPerWeek" → "Hours a week").
func fieldLabel(field string) string {
	last := field
	if i := strings.LastIndexByte(field, '.'); i >= 0 {
		last = field[i+1:]
	}
	if i := strings.IndexByte(last, '['); i >= 0 {
		last = last[:i]
	}
	if field == "name" {
		return lang.X("set.house.name", "Name of the house")
	}
	switch last {
	case "name":
		return lang.X("set.f.name", "Name")
	case "children":
		return lang.X("set.f.children", "Children")
	case "initials":
		return lang.X("set.f.initials", "Initials")
	case "role":
		return lang.X("set.f.role", "Role")
	case "hoursPerWeek":
		return lang.X("set.f.hours", "Hours a week")
	case "from":
		return lang.X("set.f.from", "From")
	case "colour":
		return lang.X("set.f.colour", "Colour")
	case "photo":
		return lang.X("set.f.photo", "Photo")
	case "activeTo":
		return lang.X("set.f.activeto", "Member until")
	case "code":
		return lang.X("set.f.code", "Code")
	case "start", "nightStart":
		return lang.X("set.f.start", "Start")
	case "end", "nightEnd":
		return lang.X("set.f.end", "End")
	case "breakMin":
		return lang.X("set.f.break", "Break (min)")
	case "kind":
		return lang.X("set.f.kind", "Kind")
	case "min":
		return lang.X("set.f.min", "Minimum")
	case "max":
		return lang.X("set.f.max", "Maximum")
	case "slackPct":
		return lang.X("set.f.slack", "Slack %")
	case "balanceWeeks":
		return lang.X("set.f.balance", "Balance period (weeks)")
	case "hoursPerFte":
		return lang.X("set.f.hpf", "Hours per fte")
	case "leavePct":
		return lang.X("set.f.leave", "Leave %")
	case "sickPct":
		return lang.X("set.f.sick", "Sickness %")
	case "publishDays":
		return lang.X("set.f.publish", "Publish ahead (days)")
	case "budgetFte":
		return lang.X("set.f.budget", "Budget (fte)")
	}
	return ""
}

// errorLabel is a red, wrapping label for form errors.
func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// showError puts err on l (hidden when err is nil).
func showError(l *widget.Label, err error) {
	if err == nil {
		l.SetText("")
		l.Hide()
		return
	}
	l.SetText(localError(err).Error())
	l.Show()
}

// formDialog shows a form with Save and Cancel that stays open while save
// returns an error, showing it under the form.
func formDialog(win fyne.Window, title string, items []*widget.FormItem, save func() error) dialog.Dialog {
	errs := errorLabel()
	form := widget.NewForm(items...)
	var d dialog.Dialog
	ok := widget.NewButton(lang.X("Save", "Save"), func() {
		err := save()
		showError(errs, err)
		if err == nil {
			d.Hide()
		}
	})
	ok.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.X("Cancel", "Cancel"), func() { d.Hide() })
	body := container.NewVBox(form, errs, container.NewHBox(layoutSpacer(), cancel, ok))
	d = dialog.NewCustomWithoutButtons(title, body, win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	return d
}

// layoutSpacer returns a flexible space for boxes.
func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// entryWith returns an entry holding s.
func entryWith(s string) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(s)
	return e
}

// parseHours reads a number of hours, minutes or a percentage named what;
// the unit people type after it ("36 uur", "36u", "7,5 %", "90 min") is
// allowed.
func parseHours(s, what string) (float64, error) {
	x, err := parseNumber(trimUnit(s))
	if err != nil {
		return 0, fmt.Errorf("%s: %w", what, err)
	}
	return x, nil
}

// trimUnit removes a trailing unit of hours, minutes or percent from s.
func trimUnit(s string) string {
	t := strings.TrimSpace(s)
	low := strings.ToLower(t)
	for _, u := range []string{"uren", "uur", "hours", "hour", "min", "u", "h", "%"} {
		if rest, ok := strings.CutSuffix(low, u); ok && rest != "" && strings.ContainsAny(rest[len(rest)-1:], "0123456789 ") {
			return strings.TrimSpace(t[:len(rest)])
		}
	}
	return t
}

// parseInt reads a whole number of 0 or more named what.
func parseInt(s, what string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 {
		return 0, fmt.Errorf(lang.X("set.badint", "%s: %q is not a whole number of 0 or more"), what, s)
	}
	return n, nil
}

// parseClockField reads a time of day named what.
func parseClockField(s, what string) (roster.Clock, error) {
	c, err := roster.ParseClock(s)
	if err != nil {
		return 0, fmt.Errorf(lang.X("set.badtime", "%s: %q is not a time (HH:MM)"), what, s)
	}
	return c, nil
}

// colourButton is a button with a colour swatch that opens a colour picker.
type colourButton struct {
	hex    string
	swatch *canvas.Rectangle
	button *widget.Button
	box    fyne.CanvasObject
}

// newColourButton returns a colour button starting at hex ("#rrggbb" or "").
func newColourButton(win fyne.Window, hex string) *colourButton {
	cb := &colourButton{swatch: canvas.NewRectangle(color.Transparent)}
	cb.swatch.SetMinSize(fyne.NewSize(28, 28))
	cb.swatch.CornerRadius = 4
	cb.button = widget.NewButton(lang.X("set.pickcolour", "Choose colour…"), func() {
		p := dialog.NewColorPicker(lang.X("set.f.colour", "Colour"), "", func(c color.Color) { cb.set(hexColour(c)) }, win)
		p.Advanced = true
		if c, ok := parseColour(cb.hex); ok {
			p.SetColor(c)
		}
		p.Show()
	})
	cb.box = container.NewHBox(cb.swatch, cb.button)
	cb.set(hex)
	return cb
}

// set shows hex on the swatch.
func (cb *colourButton) set(hex string) {
	cb.hex = hex
	if c, ok := parseColour(hex); ok {
		cb.swatch.FillColor = c
	} else {
		cb.swatch.FillColor = color.Transparent
	}
	cb.swatch.Refresh()
}

// hexColour formats c as "#rrggbb".
func hexColour(c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return fmt.Sprintf("#%02X%02X%02X", n.R, n.G, n.B)
}

// roleLabel returns the translated name of a role.
func roleLabel(r roster.Role) string { return lang.X("role."+string(r), string(r)) }

// kindLabel returns the translated name of a shift kind.
func kindLabel(k roster.ShiftKind) string {
	switch k {
	case roster.KindGroup:
		return lang.X("set.kind.group", "group shift (counts)")
	case roster.KindSleep:
		return lang.X("set.kind.sleep", "sleep-in night")
	case roster.KindAwakeNight:
		return lang.X("set.kind.awake", "awake night")
	case roster.KindLiveIn:
		return lang.X("set.kind.livein", "live-in night")
	case roster.KindOffGroup:
		return lang.X("set.kind.offgroup", "off the group (meeting, office)")
	}
	return string(k)
}

// dayTypeLabel returns the translated name of a day type.
func dayTypeLabel(d roster.DayType) string {
	switch d {
	case roster.DayWeekday:
		return lang.X("set.day.weekday", "Monday–Friday")
	case roster.DaySaturday:
		return lang.X("set.day.saturday", "Saturday")
	case roster.DaySunday:
		return lang.X("set.day.sunday", "Sunday and public holidays")
	}
	return string(d)
}
