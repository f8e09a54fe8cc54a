package ui

// This file holds swapping and giving away shifts from a cell's menu
// ("Ruilen met…", "Weggeven aan…"); the engine checks each (checked.go).

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// swapFlow swaps a shift with a colleague's or gives it away: the cell
// menu's "Ruilen met…" and "Weggeven aan…", their dialog, and the checked
// edit.
type swapFlow struct {
	screenDeps
}

// assignmentLabel formats a as "di 24 nov L 15:00–23:00".
func (sw *swapFlow) assignmentLabel(a roster.Assignment) string {
	lng := roster.Dutch
	if sw.en() {
		lng = roster.English
	}
	s := roster.DayLabel(a.Date, lng) + " " + a.Shift
	if st := sw.ed.House().ShiftType(a.Shift); st != nil {
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

// Swap swaps shifts a and b between their members after the engine's check
// (force skips the confirmation of warnings). It reports whether the swap
// was done now.
func (sw *swapFlow) Swap(a, b team.AssignmentRef, force bool) bool {
	ed, warns, err := team.Swap(sw.ed.House(), a, b)
	return sw.applyChecked(ed, warns, err, force, nil)
}

// Give gives shift a to member to after the engine's check.
func (sw *swapFlow) Give(a team.AssignmentRef, to int, force bool) bool {
	ed, warns, err := team.Give(sw.ed.House(), a, to)
	return sw.applyChecked(ed, warns, err, force, nil)
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

// showDialog asks with whom to swap (and which of their shifts) or to
// whom to give member's shift on d.
func (sw *swapFlow) showDialog(member int, d roster.Date, swap bool) {
	h := sw.ed.House()
	mine := team.Swappable(h, member, d)
	if len(mine) == 0 {
		return
	}
	var mineLabels []string
	for _, a := range mine {
		mineLabels = append(mineLabels, sw.assignmentLabel(a))
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
			labels = append(labels, sw.assignmentLabel(a))
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
	title += " · " + sw.ed.memberName(member)
	dlg := dialog.NewForm(title, lang.X("swap.check", "Check and do"), lang.X("Cancel", "Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if msg := sw.missingChoice(swap, who.Selected, len(their), theirSel.SelectedIndex()); msg != "" {
			dialog.ShowInformation(title, msg, sw.win)
			return
		}
		a := team.RefOf(mine[max(0, mySel.SelectedIndex())])
		to := others[who.SelectedIndex()].ID
		if !swap {
			sw.Give(a, to, false)
			return
		}
		sw.Swap(a, team.RefOf(their[theirSel.SelectedIndex()]), false)
	}, sw.win)
	dlg.Resize(fyne.NewSize(560, 280))
	dlg.Show()
}

// missingChoice says why "Controleren en doen" cannot go on yet, or ""
// when the choice is complete: no colleague chosen, or (when swapping) a
// colleague without a shift in reach, or none of her shifts chosen.
// Nothing is done then; the user is told instead of the dialog closing
// without a word.
func (sw *swapFlow) missingChoice(swap bool, colleague string, theirShifts, theirIndex int) string {
	switch {
	case colleague == "":
		return lang.X("swap.missing.colleague", "Nothing was done: choose a colleague first.")
	case !swap:
		return ""
	case theirShifts == 0:
		return fmt.Sprintf(lang.X("swap.missing.none", "Nothing was swapped: %s has no shift within a week of this day. Choose another colleague, or give the shift away instead."), colleague)
	case theirIndex < 0 || theirIndex >= theirShifts:
		return fmt.Sprintf(lang.X("swap.missing.shift", "Nothing was swapped: choose which shift of %s you take in return."), colleague)
	}
	return ""
}

// menuItems returns the cell menu's items for a cell with a shift that
// can be swapped: swap it or give it away.
func (sw *swapFlow) menuItems(member int, d roster.Date) []*fyne.MenuItem {
	if len(team.Swappable(sw.ed.House(), member, d)) == 0 {
		return nil
	}
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.X("swap.menu", "Swap with…"), func() { sw.showDialog(member, d, true) }),
		fyne.NewMenuItem(lang.X("give.menu", "Give to…"), func() { sw.showDialog(member, d, false) }),
	}
}
