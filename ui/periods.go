package ui

// This file shows the planning period of the visible week in the toolbar
// ("Periode W45–W48 · wensen open tot 1 dec") and holds its transitions:
// open the wish round (with a deadline), start filling, fix and unlock. The
// engine decides (team.OpenWishes, StartFilling, FixPeriod,
// UnlockPeriod); a refused transition shows the engine's message. Every
// transition is an edit through the editor: saved, logged and undoable.

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// Period returns the planning period of the visible week
// (team.PeriodAround).
func (ws *WeekScreen) Period() roster.Window { return team.PeriodAround(ws.ed.House(), ws.ed.Week()) }

// periodState returns the state and deadline of the visible week's period.
func (ws *WeekScreen) periodState() (roster.PeriodState, roster.Date) {
	if p, ok := team.PeriodOn(ws.ed.House(), ws.ed.Week()); ok {
		return p.State, p.Deadline
	}
	return roster.PeriodDraft, 0
}

// shortDate formats d as "1 dec" / "1 Dec".
func (ws *WeekScreen) shortDate(d roster.Date) string {
	_, m, day := d.YMD()
	if ws.lang == "en" {
		return fmt.Sprintf("%d %s", day, monthsEN[m-time.January])
	}
	return fmt.Sprintf("%d %s", day, monthsNL[m-time.January])
}

// weekSpan formats a window of whole weeks as "W45–W48" (one week: "W45").
func weekSpan(w roster.Window) string {
	_, a := w.From.ISOWeek()
	_, b := w.To.ISOWeek()
	if a == b {
		return fmt.Sprintf("W%02d", a)
	}
	return fmt.Sprintf("W%02d–W%02d", a, b)
}

// PeriodText is what the toolbar shows about the period of the visible
// week: "Periode W45–W48 · wensen open tot 1 dec".
func (ws *WeekScreen) PeriodText() string {
	state, deadline := ws.periodState()
	s := fmt.Sprintf(lang.X("period.label", "Period %s"), weekSpan(ws.Period())) + " · "
	switch state {
	case roster.PeriodWishes:
		if deadline != 0 {
			s += fmt.Sprintf(lang.X("period.wishes.until", "wishes open until %s"), ws.shortDate(deadline))
		} else {
			s += lang.X("period.wishes", "wishes open")
		}
	case roster.PeriodFilling:
		s += lang.X("period.filling", "filling")
	case roster.PeriodFixed:
		s += lang.X("period.fixed", "fixed")
	default:
		s += lang.X("period.draft", "draft")
	}
	return s
}

// refreshPeriod updates the period lines when the text changed.
func (ws *WeekScreen) refreshPeriod() {
	p := &ws.rounds.period
	if p.top == nil {
		return
	}
	t := ws.PeriodText()
	if t == p.text {
		return
	}
	p.text = t
	top, bottom, _ := strings.Cut(t, " · ")
	p.top.Text, p.bottom.Text = top, bottom
	p.bottom.Color = theme.Color(theme.ColorNameForeground)
	if st, _ := ws.periodState(); st == roster.PeriodFixed {
		p.bottom.Color = theme.Color(theme.ColorNameSuccess)
	} else if st == roster.PeriodWishes {
		p.bottom.Color = colWish
	}
	p.top.Refresh()
	p.bottom.Refresh()
}

// periodLines is the toolbar's period: "Periode W45–W48" over "wensen open
// tot 1 dec", small, so the toolbar fits a 1366-pixel screen.
type periodLines struct {
	text        string // the one-line text shown (PeriodText)
	top, bottom *canvas.Text
}

// newPeriodLabel returns the toolbar lines of the period; its transitions
// are in the Week menu (withRounds).
func (ws *WeekScreen) newPeriodLabel() fyne.CanvasObject {
	size := theme.TextSize() * 0.9
	p := &ws.rounds.period
	p.top = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	p.top.TextSize = size
	p.bottom = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	p.bottom.TextSize = size
	p.bottom.TextStyle.Bold = true
	lines := container.New(layout.NewCustomPaddedVBoxLayout(0), p.top, p.bottom)
	return container.NewPadded(container.NewCenter(lines))
}

// periodMenuItems returns the transitions of the visible week's period.
func (ws *WeekScreen) periodMenuItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.X("period.open", "Open wish round…"), ws.showOpenWishes),
		fyne.NewMenuItem(lang.X("period.start", "Start filling"), func() { ws.StartFilling() }),
		fyne.NewMenuItem(lang.X("period.fix", "Fix period…"), ws.showFixPeriod),
		fyne.NewMenuItem(lang.X("period.unlock", "Unlock period"), ws.showUnlockPeriod),
	}
}

// OpenWishes opens the wish round of the visible week's period until
// deadline (0: none). A refused transition is shown; false is returned.
func (ws *WeekScreen) OpenWishes(deadline roster.Date) bool {
	ed, err := team.OpenWishes(ws.ed.House(), ws.Period(), deadline)
	if err != nil {
		ws.showError(err)
		return false
	}
	return ws.do(ed)
}

// StartFilling closes the wish round of the visible week's period.
func (ws *WeekScreen) StartFilling() bool {
	ed, err := team.StartFilling(ws.ed.House(), ws.Period())
	if err != nil {
		ws.showError(err)
		return false
	}
	return ws.do(ed)
}

// FixPeriod fixes the visible week's period. With errors in the period it
// only fixes when force is set; it returns whether the period was fixed and
// the error findings.
func (ws *WeekScreen) FixPeriod(force bool) (bool, []rules.Finding) {
	ed, errs, err := team.FixPeriod(ws.ed.House(), ws.Period())
	if err != nil {
		ws.showError(err)
		return false, nil
	}
	if len(errs) > 0 && !force {
		return false, errs
	}
	return ws.do(ed), errs
}

// UnlockPeriod makes the visible week's fixed period a filling period.
func (ws *WeekScreen) UnlockPeriod() bool {
	ed, err := team.UnlockPeriod(ws.ed.House(), ws.Period())
	if err != nil {
		ws.showError(err)
		return false
	}
	return ws.do(ed)
}

// showOpenWishes asks for the deadline of the wish round.
func (ws *WeekScreen) showOpenWishes() {
	p := ws.Period()
	y, _, _ := p.From.YMD()
	e := newDateEntry(team.DefaultDeadline(p, ws.ed.Today()), y)
	none := widget.NewCheck(lang.X("period.nodeadline", "No deadline"), func(on bool) {
		if on {
			e.Disable()
		} else {
			e.Enable()
		}
	})
	msg := widget.NewLabel(fmt.Sprintf(lang.X("period.open.ask", "Everyone can enter wishes for period %s. Until when?"), weekSpan(p)))
	msg.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(widget.NewFormItem(lang.X("period.deadline", "Deadline"), e), widget.NewFormItem("", none))
	dlg := dialog.NewCustomConfirm(lang.X("period.open", "Open wish round…"), lang.X("period.open.do", "Open"),
		lang.X("Cancel", "Cancel"), container.NewVBox(msg, form), func(ok bool) {
			if !ok {
				return
			}
			if none.Checked {
				ws.OpenWishes(0)
				return
			}
			dl, err := parseDateText(e.Text, y)
			if err != nil {
				ws.showError(err)
				return
			}
			ws.OpenWishes(dl)
		}, ws.win)
	dlg.Resize(fyne.NewSize(460, 240))
	dlg.Show()
}

// showFixPeriod fixes the period, after confirmation when it has errors.
func (ws *WeekScreen) showFixPeriod() {
	ok, errs := ws.FixPeriod(false)
	if ok || len(errs) == 0 {
		return
	}
	lines := make([]string, 0, 13)
	for i, f := range errs {
		if i == 12 {
			lines = append(lines, fmt.Sprintf(lang.X("week.fix.more", "… and %d more"), len(errs)-12))
			break
		}
		lines = append(lines, "• "+findingText(f, ws.lang))
	}
	text := widget.NewLabel(strings.Join(lines, "\n"))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(560, 240))
	head := widget.NewLabel(fmt.Sprintf(lang.X("period.fix.errors", "Period %s still has %d errors. Fix it anyway?"), weekSpan(ws.Period()), len(errs)))
	head.TextStyle.Bold = true
	dialog.ShowCustomConfirm(lang.X("period.fix", "Fix period…"), lang.X("week.fix.anyway", "Fix anyway"), lang.X("Cancel", "Cancel"),
		container.NewBorder(head, nil, nil, nil, scroll), func(ok bool) {
			if ok {
				ws.FixPeriod(true)
			}
		}, ws.win)
}

// showUnlockPeriod asks before unlocking the period.
func (ws *WeekScreen) showUnlockPeriod() {
	if st, _ := ws.periodState(); st != roster.PeriodFixed {
		ws.UnlockPeriod() // shows the engine's refusal
		return
	}
	dialog.ShowConfirm(lang.X("period.unlock", "Unlock period"),
		fmt.Sprintf(lang.X("period.unlock.ask", "Unlock period %s? Its shifts can be changed again."), weekSpan(ws.Period())),
		func(ok bool) {
			if ok {
				ws.UnlockPeriod()
			}
		}, ws.win)
}
