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
func (p *periodsPanel) Period() roster.Window { return team.PeriodAround(p.ed.House(), p.ed.Week()) }

// state returns the state and deadline of the visible week's period.
func (p *periodsPanel) state() (roster.PeriodState, roster.Date) {
	if per, ok := team.PeriodOn(p.ed.House(), p.ed.Week()); ok {
		return per.State, per.Deadline
	}
	return roster.PeriodDraft, 0
}

// shortDate formats d as "1 dec" / "1 Dec" in l.
func shortDate(d roster.Date, l roster.Lang) string {
	_, m, day := d.YMD()
	if l == roster.English {
		return fmt.Sprintf("%d %s", day, monthsEN[m-time.January])
	}
	return fmt.Sprintf("%d %s", day, monthsNL[m-time.January])
}

// weekSpan formats a window of whole weeks as the grid's day headers name
// weeks: "wk 45–48" (one week: "wk 45"), not the ISO "W45–W48".
func weekSpan(w roster.Window) string {
	_, a := w.From.ISOWeek()
	_, b := w.To.ISOWeek()
	if a == b {
		return fmt.Sprintf("wk %d", a)
	}
	return fmt.Sprintf("wk %d–%d", a, b)
}

// Text is what the toolbar shows about the period of the visible
// week: "Periode W45–W48 · wensen open tot 1 dec".
func (p *periodsPanel) Text() string {
	state, deadline := p.state()
	s := fmt.Sprintf(lang.X("period.label", "Period %s"), weekSpan(p.Period())) + " · "
	switch state {
	case roster.PeriodWishes:
		if deadline != 0 {
			s += fmt.Sprintf(lang.X("period.wishes.until", "wishes open until %s"), shortDate(deadline, roster.LangOf(p.lang)))
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

// refresh updates the period lines when the text changed.
func (p *periodsPanel) refresh() {
	if p.top == nil {
		return
	}
	t := p.Text()
	if t == p.text {
		return
	}
	p.text = t
	top, bottom, _ := strings.Cut(t, " · ")
	p.top.Text, p.bottom.Text = top, bottom
	p.bottom.Color = theme.Color(theme.ColorNameForeground)
	if st, _ := p.state(); st == roster.PeriodFixed {
		p.bottom.Color = theme.Color(theme.ColorNameSuccess)
	} else if st == roster.PeriodWishes {
		p.bottom.Color = colWish
	}
	p.top.Refresh()
	p.bottom.Refresh()
}

// periodsPanel is the planning period of the visible week: the toolbar's
// "Periode W45–W48" over "wensen open tot 1 dec" (small, so the toolbar
// fits a 1366-pixel screen) and the period's transitions in the Week menu.
type periodsPanel struct {
	screenDeps

	text        string // the one-line text shown (Text)
	top, bottom *canvas.Text
}

// newLabel returns the toolbar lines of the period; its transitions
// are in the Week menu (menuItems, wired by withRounds).
func (p *periodsPanel) newLabel() fyne.CanvasObject {
	size := theme.TextSize() * 0.9
	p.top = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	p.top.TextSize = size
	p.bottom = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	p.bottom.TextSize = size
	p.bottom.TextStyle.Bold = true
	lines := container.New(layout.NewCustomPaddedVBoxLayout(0), p.top, p.bottom)
	return container.NewPadded(container.NewCenter(lines))
}

// menuItems returns the transitions of the visible week's period.
func (p *periodsPanel) menuItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.X("period.open", "Open wish round…"), p.showOpenWishes),
		fyne.NewMenuItem(lang.X("period.start", "Start filling"), func() { p.StartFilling() }),
		fyne.NewMenuItem(lang.X("period.fix", "Fix period…"), p.showFix),
		fyne.NewMenuItem(lang.X("period.unlock", "Unlock period"), p.showUnlock),
	}
}

// OpenWishes opens the wish round of the visible week's period until
// deadline (0: none). A refused transition is shown; false is returned.
func (p *periodsPanel) OpenWishes(deadline roster.Date) bool {
	ed, err := team.OpenWishes(p.ed.House(), p.Period(), deadline)
	if err != nil {
		p.showError(err)
		return false
	}
	return p.do(ed)
}

// StartFilling closes the wish round of the visible week's period.
func (p *periodsPanel) StartFilling() bool {
	ed, err := team.StartFilling(p.ed.House(), p.Period())
	if err != nil {
		p.showError(err)
		return false
	}
	return p.do(ed)
}

// FixPeriod fixes the visible week's period. With errors in the period it
// only fixes when force is set; it returns whether the period was fixed and
// the error findings.
func (p *periodsPanel) FixPeriod(force bool) (bool, []rules.Finding) {
	ed, errs, err := team.FixPeriod(p.ed.House(), p.Period())
	if err != nil {
		p.showError(err)
		return false, nil
	}
	if len(errs) > 0 && !force {
		return false, errs
	}
	return p.do(ed), errs
}

// UnlockPeriod makes the visible week's fixed period a filling period.
func (p *periodsPanel) UnlockPeriod() bool {
	ed, err := team.UnlockPeriod(p.ed.House(), p.Period())
	if err != nil {
		p.showError(err)
		return false
	}
	return p.do(ed)
}

// showOpenWishes asks for the deadline of the wish round.
func (p *periodsPanel) showOpenWishes() {
	w := p.Period()
	y, _, _ := w.From.YMD()
	e := newDateEntry(team.DefaultDeadline(w, p.ed.Today()), y)
	none := widget.NewCheck(lang.X("period.nodeadline", "No deadline"), func(on bool) {
		if on {
			e.Disable()
		} else {
			e.Enable()
		}
	})
	msg := widget.NewLabel(fmt.Sprintf(lang.X("period.open.ask", "Everyone can enter wishes for period %s. Until when?"), weekSpan(w)))
	msg.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(widget.NewFormItem(lang.X("period.deadline", "Deadline"), e), widget.NewFormItem("", none))
	dlg := dialog.NewCustomConfirm(lang.X("period.open", "Open wish round…"), lang.X("period.open.do", "Open"),
		lang.X("Cancel", "Cancel"), container.NewVBox(msg, form), func(ok bool) {
			if !ok {
				return
			}
			if none.Checked {
				p.OpenWishes(0)
				return
			}
			dl, err := parseDateText(e.Text, y)
			if err != nil {
				p.showError(err)
				return
			}
			p.OpenWishes(dl)
		}, p.win)
	dlg.Resize(fyne.NewSize(460, 240))
	dlg.Show()
}

// showFix fixes the period, after confirmation when it has errors.
func (p *periodsPanel) showFix() {
	ok, errs := p.FixPeriod(false)
	if ok || len(errs) == 0 {
		return
	}
	lines := make([]string, 0, 13)
	for i, f := range errs {
		if i == 12 {
			lines = append(lines, fmt.Sprintf(lang.X("week.fix.more", "… and %d more"), len(errs)-12))
			break
		}
		lines = append(lines, "• "+findingText(f, roster.LangOf(p.lang)))
	}
	text := widget.NewLabel(strings.Join(lines, "\n"))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(560, 240))
	head := widget.NewLabel(fmt.Sprintf(lang.X("period.fix.errors", "Period %s still has %d errors. Fix it anyway?"), weekSpan(p.Period()), len(errs)))
	head.TextStyle.Bold = true
	dialog.ShowCustomConfirm(lang.X("period.fix", "Fix period…"), lang.X("week.fix.anyway", "Fix anyway"), lang.X("Cancel", "Cancel"),
		container.NewBorder(head, nil, nil, nil, scroll), func(ok bool) {
			if ok {
				p.FixPeriod(true)
			}
		}, p.win)
}

// showUnlock asks before unlocking the period.
func (p *periodsPanel) showUnlock() {
	if st, _ := p.state(); st != roster.PeriodFixed {
		p.UnlockPeriod() // shows the engine's refusal
		return
	}
	dialog.ShowConfirm(lang.X("period.unlock", "Unlock period"),
		fmt.Sprintf(lang.X("period.unlock.ask", "Unlock period %s? Its shifts can be changed again."), weekSpan(p.Period())),
		func(ok bool) {
			if ok {
				p.UnlockPeriod()
			}
		}, p.win)
}
