package ui

// This file holds swapping and giving away shifts from a cell's menu
// ("Ruilen met…", "Weggeven aan…") and the shared handling of an engine
// check: a refusal (*team.RefusedError) lists every finding it would
// break; warnings ask for confirmation; otherwise the edit is done as one
// undoable step through the editor.

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// assignmentLabel formats a as "di 24-11 L 15:00–23:00".
func (ws *WeekScreen) assignmentLabel(a roster.Assignment) string {
	day := roster.DayNameNL(a.Date)
	if ws.lang == "en" {
		day = roster.DayNameEN(a.Date)
	}
	_, m, d := a.Date.YMD()
	s := fmt.Sprintf("%s %02d-%02d %s", day, d, int(m), a.Shift)
	if st := ws.ed.House().ShiftType(a.Shift); st != nil {
		start, end := st.Start, st.End
		if a.Start != nil {
			start = *a.Start
		}
		if a.End != nil {
			end = *a.End
		}
		s += fmt.Sprintf(" %s–%s", start, end)
	}
	return s
}

// findingLines lists findings as "• message" lines (at most 12 and a tail).
func (ws *WeekScreen) findingLines(fs []rules.Finding) string {
	var lines []string
	for i, f := range fs {
		if i == 12 {
			lines = append(lines, fmt.Sprintf(lang.X("week.fix.more", "… and %d more"), len(fs)-12))
			break
		}
		lines = append(lines, "• "+capitalFirst(rules.NamedMessage(ws.ed.House(), f, ws.lang == "en")))
	}
	return strings.Join(lines, "\n")
}

// scrollText returns a wrapped label in a scroll of at least w × h.
func scrollText(s string, w, h float32) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	sc := container.NewVScroll(l)
	sc.SetMinSize(fyne.NewSize(w, h))
	return sc
}

// applyChecked does an edit the engine checked: err (a refusal lists its
// findings) is shown and false returned; warnings are shown with a
// confirmation unless force is set (then the edit is done when confirmed,
// and false returned now); otherwise the edit is done. onDone runs after
// the edit was done (also after a confirmation).
func (ws *WeekScreen) applyChecked(ed roster.Edit, warns []rules.Finding, err error, force bool, onDone func()) bool {
	var ref *team.RefusedError
	if errors.As(err, &ref) {
		msg := ref.NL
		if ws.lang == "en" {
			msg = ref.EN
		}
		head := widget.NewLabel(msg + ":")
		head.TextStyle.Bold = true
		head.Wrapping = fyne.TextWrapWord
		dialog.ShowCustom(lang.X("check.refused", "Not possible"), lang.X("OK", "OK"),
			container.NewBorder(head, nil, nil, nil, scrollText(ws.findingLines(ref.Findings), 560, 180)), ws.win)
		ws.setStatus(msg)
		return false
	}
	if err != nil {
		ws.showError(err)
		return false
	}
	done := func() bool {
		if !ws.do(ed) {
			return false
		}
		if onDone != nil {
			onDone()
		}
		return true
	}
	if len(warns) == 0 || force {
		return done()
	}
	head := widget.NewLabel(fmt.Sprintf(lang.X("check.warnings", "%s: this gives warnings. Do it anyway?"), editText(ed, ws.lang)))
	head.TextStyle.Bold = true
	head.Wrapping = fyne.TextWrapWord
	dialog.ShowCustomConfirm(lang.X("check.confirm", "Check"), lang.X("check.anyway", "Do it anyway"), lang.X("Cancel", "Cancel"),
		container.NewBorder(head, nil, nil, nil, scrollText(ws.findingLines(warns), 560, 160)), func(ok bool) {
			if ok {
				done()
			}
		}, ws.win)
	return false
}

// Swap swaps shifts a and b between their members after the engine's check
// (force skips the confirmation of warnings). It reports whether the swap
// was done now.
func (ws *WeekScreen) Swap(a, b team.AssignmentRef, force bool) bool {
	ed, warns, err := team.Swap(ws.ed.House(), a, b)
	return ws.applyChecked(ed, warns, err, force, nil)
}

// Give gives shift a to member to after the engine's check.
func (ws *WeekScreen) Give(a team.AssignmentRef, to int, force bool) bool {
	ed, warns, err := team.Give(ws.ed.House(), a, to)
	return ws.applyChecked(ed, warns, err, force, nil)
}

// colleagues returns the members active on d other than member, by name.
func colleagues(h *roster.House, member int, d roster.Date) []*roster.Member {
	var out []*roster.Member
	for i := range h.Members {
		m := &h.Members[i]
		if m.ID != member && m.Active(d) {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b *roster.Member) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return out
}

// showSwapDialog asks with whom to swap (and which of their shifts) or to
// whom to give member's shift on d.
func (ws *WeekScreen) showSwapDialog(member int, d roster.Date, swap bool) {
	h := ws.ed.House()
	mine := team.Swappable(h, member, d)
	if len(mine) == 0 {
		return
	}
	var mineLabels []string
	for _, a := range mine {
		mineLabels = append(mineLabels, ws.assignmentLabel(a))
	}
	mySel := widget.NewSelect(mineLabels, nil)
	mySel.SetSelected(mineLabels[0])
	others := colleagues(h, member, d)
	var names []string
	for _, m := range others {
		names = append(names, m.Name)
	}
	var their []roster.Assignment
	theirSel := widget.NewSelect(nil, nil)
	theirSel.PlaceHolder = lang.X("swap.pick", "(choose a colleague first)")
	who := widget.NewSelect(names, func(name string) {
		if !swap {
			return
		}
		their = nil
		var labels []string
		for _, m := range others {
			if m.Name == name {
				their = team.SwapCandidates(h, m.ID, d)
			}
		}
		for _, a := range their {
			labels = append(labels, ws.assignmentLabel(a))
		}
		theirSel.Options = labels
		theirSel.ClearSelected()
		if len(labels) == 0 {
			theirSel.PlaceHolder = lang.X("swap.none", "(no shifts in these weeks)")
		} else {
			theirSel.PlaceHolder = lang.X("swap.choose", "(choose)")
			// Prefer their shift on the same day.
			for i, a := range their {
				if a.Date == d {
					theirSel.SetSelectedIndex(i)
					break
				}
			}
		}
		theirSel.Refresh()
	})
	who.PlaceHolder = lang.X("swap.choose", "(choose)")
	items := []*widget.FormItem{widget.NewFormItem(lang.X("swap.mine", "Shift"), mySel)}
	title := lang.X("give.title", "Give a shift away")
	if swap {
		title = lang.X("swap.title", "Swap shifts")
		items = append(items, widget.NewFormItem(lang.X("swap.with", "With"), who),
			widget.NewFormItem(lang.X("swap.their", "Their shift"), theirSel))
	} else {
		items = append(items, widget.NewFormItem(lang.X("give.to", "To"), who))
	}
	title += " · " + ws.ed.memberName(member)
	dlg := dialog.NewForm(title, lang.X("swap.check", "Check and do"), lang.X("Cancel", "Cancel"), items, func(ok bool) {
		if !ok || who.SelectedIndex() < 0 {
			return
		}
		a := team.RefOf(mine[max(0, mySel.SelectedIndex())])
		to := others[who.SelectedIndex()].ID
		if !swap {
			ws.Give(a, to, false)
			return
		}
		if i := theirSel.SelectedIndex(); i >= 0 && i < len(their) {
			ws.Swap(a, team.RefOf(their[i]), false)
		}
	}, ws.win)
	dlg.Resize(fyne.NewSize(560, 280))
	dlg.Show()
}

// swapMenuItems returns the cell menu's items for a cell with a shift that
// can be swapped: swap it or give it away.
func (ws *WeekScreen) swapMenuItems(member int, d roster.Date) []*fyne.MenuItem {
	if len(team.Swappable(ws.ed.House(), member, d)) == 0 {
		return nil
	}
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.X("swap.menu", "Swap with…"), func() { ws.showSwapDialog(member, d, true) }),
		fyne.NewMenuItem(lang.X("give.menu", "Give to…"), func() { ws.showSwapDialog(member, d, false) }),
	}
}
