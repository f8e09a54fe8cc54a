package ui

// This file is the set-up wizard of a new house: house and budget, team,
// shift types, coverage profile, nights and rules, and a summary. Every step
// is checked with roster.Validate before the next one; Back keeps what was
// entered. The same panels are the settings screen afterwards.

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// wizardStep is one page of the wizard.
type wizardStep struct {
	title, hint string
	content     fyne.CanvasObject
	// check validates the step and applies its entries to the draft.
	check func() error
}

// Wizard sets up a new house in a draft that is saved only at the end.
type Wizard struct {
	draft    *roster.House
	sink     *houseSink
	rules    *rulesPanel
	team     *teamPanel
	shifts   *shiftPanel
	coverage *coveragePanel
	summary  *widget.Label
	pin      *wizardPIN
	region   *regionField // the school holiday region (settings_region.go)
	// pinIterations is the PBKDF2 iteration count of the PIN (0: the
	// default; tests use fewer).
	pinIterations int
	steps         []wizardStep
	step          int
	title         *widget.Label
	hint          *widget.Label
	progress      *widget.Label
	body          *fyne.Container
	errs          *widget.Label
	back          *widget.Button
	next          *widget.Button
	content       fyne.CanvasObject
	done          func(*roster.House) error
}

// NewWizard returns the wizard in win. done receives the finished house (its
// error is shown and keeps the wizard open); cancel leaves the wizard.
func NewWizard(win fyne.Window, today roster.Date, code string, done func(*roster.House) error, cancel func()) *Wizard {
	w := &Wizard{draft: roster.NewHouse("", 6), done: done}
	w.sink = &houseSink{house: func() *roster.House { return w.draft }, do: w.draft.Apply, today: today, win: win,
		lng: roster.LangOf(code), wizard: true}
	w.rules = newRulesPanel(w.sink)
	w.team = newTeamPanel(w.sink)
	w.shifts = newShiftPanel(w.sink)
	w.coverage = newCoveragePanel(w.sink)
	w.summary = widget.NewLabel("")
	w.summary.Wrapping = fyne.TextWrapWord
	w.pin = newWizardPIN()
	w.region = newRegionField(w.sink)
	w.steps = []wizardStep{
		{lang.X("wiz.house", "Your house"), lang.X("wiz.house.hint", "The name of the house and how many children live there; the budget follows the concept and can be changed."),
			container.NewVScroll(container.NewVBox(w.rules.houseBox, widget.NewSeparator(), w.region.content)), w.checkHouse},
		{lang.X("wiz.team", "The team"), lang.X("wiz.team.hint", "Add every team member: name, role, contract hours, live-in, nights, colour and, if you like, a photo for the fridge print."),
			w.team.content, w.checkTeam},
		{lang.X("wiz.shifts", "Shift types"), lang.X("wiz.shifts.hint", "These are sensible defaults; change, add or remove them to fit your team."),
			w.shifts.content, w.checkShifts},
		{lang.X("wiz.coverage", "Coverage profile"), lang.X("wiz.coverage.hint", "How many opvoeders must be there when. The line below compares it honestly with your team and budget."),
			w.coverage.content, w.checkCoverage},
		{lang.X("wiz.nights", "Nights and rules"), lang.X("wiz.nights.hint", "How nights are covered, and the house's rule parameters."),
			container.NewVScroll(container.NewVBox(w.rules.nightBox, widget.NewSeparator(), w.rules.rulesBox)), w.checkRules},
		{lang.X("wiz.done", "Ready"), lang.X("wiz.done.hint", "Check the summary; everything can be changed later under Settings › House and team."),
			container.NewVScroll(container.NewVBox(w.summary, widget.NewSeparator(), w.pin.box)), w.checkPIN},
	}
	w.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.title.SizeName = "headingText"
	w.hint = widget.NewLabel("")
	w.hint.Wrapping = fyne.TextWrapWord
	w.progress = widget.NewLabel("")
	w.errs = errorLabel()
	w.body = container.NewStack()
	w.back = widget.NewButton(lang.X("wiz.back", "Back"), w.Back)
	w.next = widget.NewButton(lang.X("wiz.next", "Next"), func() { _ = w.Next() })
	w.next.Importance = widget.HighImportance
	stop := widget.NewButton(lang.X("Cancel", "Cancel"), cancel)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, w.progress, w.title), w.hint, widget.NewSeparator())
	bottom := container.NewVBox(w.errs, container.NewHBox(stop, layoutSpacer(), w.back, w.next))
	w.content = container.NewPadded(container.NewBorder(top, bottom, nil, nil, w.body))
	w.show()
	return w
}

// Content returns the wizard's widget tree.
func (w *Wizard) Content() fyne.CanvasObject { return w.content }

// Step returns the index of the visible step (0 … 5).
func (w *Wizard) Step() int { return w.step }

// Draft returns the house being set up.
func (w *Wizard) Draft() *roster.House { return w.draft }

// ErrorText returns the message under the step ("" when none).
func (w *Wizard) ErrorText() string {
	if !w.errs.Visible() {
		return ""
	}
	return w.errs.Text
}

// show puts the current step on screen.
func (w *Wizard) show() {
	st := w.steps[w.step]
	w.title.SetText(st.title)
	w.hint.SetText(st.hint)
	w.progress.SetText(fmt.Sprintf(lang.X("wiz.progress", "Step %d of %d"), w.step+1, len(w.steps)))
	w.body.RemoveAll()
	w.body.Add(st.content)
	w.body.Refresh()
	if w.step == 0 {
		w.back.Disable()
	} else {
		w.back.Enable()
	}
	if w.step == len(w.steps)-1 {
		w.updateSummary()
		w.pin.update(w.draft)
		w.next.SetText(lang.X("wiz.create", "Create our house"))
	} else {
		w.next.SetText(lang.X("wiz.next", "Next"))
	}
	if w.step == 3 {
		w.coverage.update() // the team and budget may have changed
	}
}

// Next checks the step; when it holds, the wizard moves on (or, on the last
// step, hands the house to done). The error is also shown under the step.
func (w *Wizard) Next() error {
	err := w.steps[w.step].check()
	if err == nil && w.step == len(w.steps)-1 {
		if probs := roster.Validate(w.draft); len(probs) > 0 {
			err = problemsError(probs, w.sink.lng)
		} else if w.done != nil {
			if err = w.done(w.draft); err == nil {
				w.showRecovery()
			}
		}
	}
	showError(w.errs, err)
	if err != nil || w.step == len(w.steps)-1 {
		return err
	}
	w.step++
	w.show()
	return nil
}

// Back returns to the previous step, keeping what was entered.
func (w *Wizard) Back() {
	if w.step == 0 {
		return
	}
	showError(w.errs, nil)
	w.step--
	w.show()
}

// applyRules applies the house, rules and night entries, checking the fields
// that start with prefixes.
func (w *Wizard) applyRules(prefixes ...string) error {
	e, err := w.rules.settingsEdit()
	if err != nil {
		return err
	}
	return w.sink.apply(e, prefixes...)
}

// checkHouse checks name, children and budget.
func (w *Wizard) checkHouse() error {
	return w.applyRules("name", "children", "settings.budgetFte")
}

// checkTeam needs at least one opvoeder and a valid team.
func (w *Wizard) checkTeam() error {
	opv := 0
	for _, m := range w.draft.Members {
		if m.Role == roster.RoleOpvoeder {
			opv++
		}
	}
	if opv == 0 {
		return errors.New(lang.X("wiz.team.none", "Add at least one opvoeder: the roster is made for them."))
	}
	if probs := filterProblems(roster.Validate(w.draft), "members"); len(probs) > 0 {
		return problemsError(probs, w.sink.lng)
	}
	return nil
}

// checkShifts needs a group shift and valid shift types.
func (w *Wizard) checkShifts() error {
	group := false
	for _, st := range w.draft.ShiftTypes {
		group = group || st.Kind == roster.KindGroup
	}
	if !group {
		return errors.New(lang.X("wiz.shifts.nogroup", "Keep at least one group shift: only group shifts count for presence."))
	}
	if probs := filterProblems(roster.Validate(w.draft), "shiftTypes"); len(probs) > 0 {
		return problemsError(probs, w.sink.lng)
	}
	return nil
}

// checkCoverage applies the profile's entries.
func (w *Wizard) checkCoverage() error {
	e, err := w.coverage.coverageEdit()
	if err != nil {
		return err
	}
	if len(e.Settings.After.Coverage) == 0 {
		return errors.New(lang.X("wiz.coverage.none", "Add at least one band: without a profile the roster cannot show gaps."))
	}
	return w.sink.apply(e, "coverage")
}

// checkRules applies the nights and rule parameters.
func (w *Wizard) checkRules() error { return w.applyRules("settings") }

// updateSummary describes the draft house.
func (w *Wizard) updateSummary() {
	h := w.draft
	lng := w.sink.lng
	f := team.TeamFeasibility(h, w.sink.today.Monday())
	b := team.BudgetFeasibility(h)
	w.summary.SetText(fmt.Sprintf(lang.X("wiz.summary", "%s, %d children.\nTeam: %d members, of whom %d opvoeders counted.\nShift types: %d.\nCoverage profile: %s h of presence a week.\nNights: %s.\n\n%s\n%s"),
		h.Name, h.Children, len(h.Members), f.Counted, len(h.ShiftTypes),
		roster.FormatUpTo(roundTo(f.DayHours, 1), -1, lng), nightModeLabel(h.Settings.NightMode), f.Line(lng), f.Explain(lng)) +
		"\n\n" + fmt.Sprintf(lang.X("set.cov.budget", "Budget (%s fte opvoeders)"), roster.FormatUpTo(h.Settings.Budget[roster.RoleOpvoeder], -1, lng)) +
		": " + b.Line(lng) + "\n" + b.Explain(lng))
}
