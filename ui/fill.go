package ui

import (
	"context"
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan"
	"github.com/huisrooster/huisrooster/roster/plan/house"
	"github.com/huisrooster/huisrooster/roster/team"
)

// "Vul aan": the planner proposes shifts for the open cells of the visible
// week or its planning period; the proposal is shown as marked cells
// (fill_proposal.go) that the team accepts or rejects.

// fillSeed is the planner's seed: the same roster and budget give the same
// proposal.
const fillSeed = 1

// fillLimits are the time limits the user can pick; fillDefaultLimit is
// preselected.
var fillLimits = []time.Duration{5 * time.Second, 10 * time.Second, 15 * time.Second, 30 * time.Second}

const fillDefaultLimit = 10 * time.Second

// fillRequest is what one "vul aan" run plans.
type fillRequest struct {
	window  roster.Window
	label   string        // how the dialog named the window ("" = its dates)
	limit   time.Duration // time limit of the search
	maxIter int64         // iteration budget (0 = none; tests use it)
}

// fillRun is a running "vul aan": its progress dialog and result.
type fillRun struct {
	req    fillRequest
	lng    roster.Lang
	cancel context.CancelFunc
	done   chan struct{} // closed when the result is shown

	mu   sync.Mutex
	prog plan.Progress
	seen bool // a progress report arrived
	t0   time.Time

	finished  bool // the result is in (UI goroutine only)
	cancelled bool // the user stopped the search (UI goroutine only)

	dlg           dialog.Dialog
	elapsed, best *widget.Label
	bar           *widget.ProgressBar
}

// progress records a report of the planner (any goroutine).
func (r *fillRun) progress(p plan.Progress) {
	r.mu.Lock()
	r.prog, r.seen = p, true
	r.mu.Unlock()
}

// snapshot returns the last progress report and whether there was one.
func (r *fillRun) snapshot() (plan.Progress, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.prog, r.seen
}

// stop cancels the search as the dialog's Stop button does; the best
// proposal so far is shown.
func (r *fillRun) stop() {
	if !r.finished {
		r.cancelled = true
		r.cancel()
	}
}

// show updates the progress dialog: elapsed time, bar and best score.
func (r *fillRun) show() {
	if r.finished {
		return
	}
	el := time.Since(r.t0)
	r.elapsed.SetText(fmt.Sprintf(lang.X("fill.elapsed", "Elapsed: %.1f s of %d s"), el.Seconds(), int(r.req.limit.Seconds())))
	if r.req.limit > 0 {
		r.bar.SetValue(min(1, el.Seconds()/r.req.limit.Seconds()))
	}
	p, ok := r.snapshot()
	switch {
	case !ok || !p.Feasible:
		r.best.SetText(lang.X("fill.best.none", "No valid proposal yet…"))
	case p.Stage == house.StageImprove: // Best is the uncovered person-minutes
		r.best.SetText(fmt.Sprintf(lang.X("fill.improving", "Improving the proposal: %s h still open"),
			roster.HoursLabel(float64(p.Best)/60, r.lng)))
	default:
		r.best.SetText(fmt.Sprintf(lang.X("fill.best", "Best score so far: %d (lower is better)"), p.Best))
	}
}

// show asks what to fill (the week or its planning period) and how
// long to search, then starts the planner.
func (f *fillFeature) show() {
	if f.run != nil {
		return
	}
	h := f.ed.House()
	week := roster.Week(f.ed.Week())
	period := fillPeriod(h, f.ed.Week())
	weekOpt := capitalFirst(roster.WeekWords(week, f.lng()))
	periodOpt := fmt.Sprintf(lang.X("fill.scope.period", "Planning period %s"), roster.WeekWords(period, f.lng()))
	scope := widget.NewRadioGroup([]string{weekOpt, periodOpt}, nil)
	scope.Required = true
	scope.SetSelected(weekOpt)
	var labels []string
	for _, l := range fillLimits {
		labels = append(labels, fmt.Sprintf("%d s", int(l.Seconds())))
	}
	limit := widget.NewSelect(labels, nil)
	limit.SetSelected(fmt.Sprintf("%d s", int(fillDefaultLimit.Seconds())))
	note := widget.NewLabel(lang.X("fill.note", "The planner fills open cells only; existing shifts and fixed weeks stay as they are. The proposal appears as marked cells: you decide what to accept."))
	note.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.X("fill.scope", "Fill in"), scope),
		widget.NewFormItem(lang.X("fill.limit", "Search for at most"), limit),
	)
	d := dialog.NewCustomConfirm(lang.X("fill.title", "Fill in"), lang.X("fill.start", "Start"), lang.X("Cancel", "Cancel"),
		container.NewVBox(form, note), func(ok bool) {
			if !ok {
				return
			}
			req := fillRequest{window: week, label: weekOpt, limit: fillDefaultLimit}
			if scope.Selected == periodOpt {
				req.window, req.label = period, periodOpt
			}
			if i := limit.SelectedIndex(); i >= 0 {
				req.limit = fillLimits[i]
			}
			f.start(req)
		}, f.win)
	d.Resize(fyne.NewSize(520, 330))
	d.Show()
}

// fillPeriod returns the planning period that holds the week of mon: the
// stored period (as the toolbar shows it), else the default planning
// period (team.PlanningPeriod).
func fillPeriod(h *roster.House, mon roster.Date) roster.Window {
	if p, ok := team.PeriodOn(h, mon); ok {
		return roster.Window{From: p.From, To: p.To}
	}
	return team.PlanningPeriod(h, mon)
}

// allFixed reports whether every day of w is in a fixed period.
func allFixed(h *roster.House, w roster.Window) bool {
	for d := w.From; d <= w.To; d++ {
		if h.Plan.StateOn(d) != roster.PeriodFixed {
			return false
		}
	}
	return true
}

// start runs the planner for req on a copy of the roster in the
// background, with a progress dialog; the result becomes the proposal. It
// returns nil when a run is already under way, the window is fixed
// throughout (that is said) or the roster cannot be read.
func (f *fillFeature) start(req fillRequest) *fillRun {
	if f.run != nil {
		return nil
	}
	if allFixed(f.ed.House(), req.window) {
		f.askUnlock(req)
		return nil
	}
	// The planner gets its own copy: the screen's house changes with edits.
	h, err := f.ed.store.Load()
	if err != nil {
		f.showError(fmt.Errorf("rooster laden / load roster: %w", err))
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &fillRun{req: req, lng: f.lng(), cancel: cancel, done: make(chan struct{}), t0: time.Now()}
	f.run = r
	r.elapsed, r.best = widget.NewLabel(""), widget.NewLabel("")
	r.bar = widget.NewProgressBar()
	r.bar.TextFormatter = func() string { return "" }
	name := req.label
	if name == "" {
		name = req.window.String()
	}
	what := widget.NewLabel(fmt.Sprintf(lang.X("fill.running", "Looking for shifts — %s"), name))
	r.dlg = dialog.NewCustom(lang.X("fill.title", "Fill in"), lang.X("fill.stop", "Stop"),
		container.NewVBox(what, r.bar, r.elapsed, r.best), f.win)
	r.dlg.SetOnClosed(r.stop)
	r.dlg.Resize(fyne.NewSize(440, 220))
	r.show()
	r.dlg.Show()

	stopTick, tickDone := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(tickDone)
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stopTick:
				return
			case <-t.C:
				fyne.Do(r.show)
			}
		}
	}()
	go func() {
		opts := plan.Options{Seed: fillSeed, TimeLimit: req.limit, MaxIterations: req.maxIter, Workers: 1}
		res, err := house.Propose(ctx, h, req.window, opts, r.progress)
		close(stopTick)
		<-tickDone
		fyne.Do(func() { f.done(r, res, err) })
	}()
	return r
}

// askUnlock says that req's window is fixed and offers to unlock it and
// fill in, in one step: the team otherwise has to find the unlock button and
// start again.
func (f *fillFeature) askUnlock(req fillRequest) {
	_, unlock, err := team.UnlockToFill(f.ed.House(), req.window)
	if err != nil {
		f.showError(err)
		return
	}
	name := req.label
	if name == "" {
		name = capitalFirst(roster.WeekWords(req.window, f.lng()))
	}
	text := fmt.Sprintf(lang.X("fill.fixed.ask", "%s is fixed: Fill in changes nothing in fixed weeks. Unlock %s and fill in? The unlock is in the log and can be undone."),
		name, roster.WeekWords(unlock, f.lng()))
	if unlock == req.window {
		text = fmt.Sprintf(lang.X("fill.fixed.asksame", "%s is fixed: Fill in changes nothing in fixed weeks. Unlock it and fill in? The unlock is in the log and can be undone."), name)
	}
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(lang.X("fill.title", "Fill in"), lang.X("fill.unlockfill", "Unlock and fill in"), lang.X("Cancel", "Cancel"),
		msg, func(ok bool) {
			if ok {
				f.unlockAndStart(req)
			}
		}, f.win)
	d.Resize(fyne.NewSize(480, 220))
	d.Show()
}

// unlockAndStart unlocks req's window (team.UnlockToFill) as one audited,
// undoable edit and starts the planner on it. It returns the run, or nil
// when the unlock was refused (that is shown).
func (f *fillFeature) unlockAndStart(req fillRequest) *fillRun {
	ed, _, err := team.UnlockToFill(f.ed.House(), req.window)
	if err != nil {
		f.showError(err)
		return nil
	}
	if !f.do(ed) {
		return nil
	}
	return f.start(req)
}

// done closes the progress dialog and shows the proposal.
func (f *fillFeature) done(r *fillRun, res house.Result, err error) {
	defer close(r.done)
	r.finished = true
	r.dlg.Hide()
	r.cancel()
	f.run = nil
	if err != nil {
		f.showError(err)
		return
	}
	f.window = r.req.window
	f.result = res
	n := f.setProposal(res.Proposals)
	if n == 0 {
		dialog.ShowInformation(lang.X("fill.title", "Fill in"), lang.X("fill.nothing", "The planner found nothing to add: the open cells cannot be filled without breaking a rule, or nothing is missing."), f.win)
		return
	}
	msg := fmt.Sprintf(lang.X("fill.proposed", "Proposal: %d shifts (marked cells)"), n)
	if r.cancelled {
		msg += " — " + lang.X("fill.stopped", "stopped, best so far")
	}
	f.setStatus(msg)
}
