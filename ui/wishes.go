package ui

// This file holds the quick entry of wishes. In "Mijn wensen" mode (the
// toolbar toggle) a tap on a cell of the current user's own row cycles the
// whole-day wish of that day: kan niet → liever niet → graag → none, one
// undoable edit per tap. The cell menu has "Wens…" for a wish on one shift,
// a note, or a wish that repeats every week until a date. The engine makes
// the edits (team.SetWish, ClearWish, RepeatWish.Wish).

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// wishesFeature is the entry of wishes on the week screen: the "Mijn
// wensen" toggle, the tap that cycles a day's wish on the user's own row,
// and the wish dialog of the cell menu.
type wishesFeature struct {
	screenDeps

	btn  *widget.Button // the "Mijn wensen" toggle
	mode bool
}

// wishCycle is the order a tap walks through; "" is no wish.
var wishCycle = []roster.WishKind{roster.WishCannot, roster.WishRatherNot, roster.WishPrefer, ""}

// newButton returns the toolbar's "Mijn wensen" toggle.
func (wf *wishesFeature) newButton() fyne.CanvasObject {
	wf.btn = widget.NewButtonWithIcon(lang.X("wish.mode", "My wishes"), theme.CheckButtonIcon(), wf.toggle)
	return wf.btn
}

// toggle switches the "Mijn wensen" mode.
func (wf *wishesFeature) toggle() { wf.SetMode(!wf.mode) }

// Mode reports whether a tap on the own row enters wishes.
func (wf *wishesFeature) Mode() bool { return wf.mode }

// SetMode switches the "Mijn wensen" mode on or off.
func (wf *wishesFeature) SetMode(on bool) {
	wf.mode = on
	if b := wf.btn; b != nil {
		if on {
			b.SetIcon(theme.CheckButtonCheckedIcon())
			b.Importance = widget.HighImportance
		} else {
			b.SetIcon(theme.CheckButtonIcon())
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
	if on {
		wf.setStatus(lang.X("wish.mode.hint", "My wishes: tap a day in your own row: cannot, rather not, prefer, none. The cell menu has more (one shift, a note, every week)."))
	} else {
		wf.setStatus(lang.X("wish.mode.off", "My wishes off: a tap opens the cell menu again."))
	}
}

// tap handles a tap in wish mode: on the user's own row it cycles the
// day's wish and reports true; elsewhere it reports false (the cell menu
// opens as usual).
func (wf *wishesFeature) tap(member int, d roster.Date) bool {
	if !wf.mode {
		return false
	}
	if me, ok := wf.ed.whoID(); !ok || me != member {
		return false
	}
	wf.Cycle(member, d)
	return true
}

// dayWish returns member's single whole-day wish on d, if any.
func dayWish(h *roster.House, member int, d roster.Date) (roster.Wish, bool) {
	for _, w := range h.Plan.Wishes {
		if w.Member == member && w.Date == d && w.Shift == "" && !w.Repeats() {
			return w, true
		}
	}
	return roster.Wish{}, false
}

// Cycle moves member's whole-day wish on d one step along wishCycle.
func (wf *wishesFeature) Cycle(member int, d roster.Date) bool {
	h := wf.ed.House()
	old, had := dayWish(h, member, d)
	next := wishCycle[0]
	if had {
		for i, k := range wishCycle {
			if k == old.Kind {
				next = wishCycle[(i+1)%len(wishCycle)]
			}
		}
	}
	var ed roster.Edit
	var err error
	if next == "" {
		ed, err = team.ClearWish(h, old)
	} else {
		w := roster.Wish{Member: member, Date: d, Kind: next}
		if had {
			w.Note = old.Note
		}
		ed, err = team.SetWish(h, w)
	}
	if err != nil {
		wf.showError(err)
		return false
	}
	return wf.do(ed)
}

// WishForm is what the wish dialog asks: kind ("" clears), shift ("" for
// the whole day), note, and with Repeat a weekly wish until Until.
type WishForm struct {
	Kind   roster.WishKind
	Shift  string
	Note   string
	Repeat bool
	Until  roster.Date
}

// SetFrom stores the wish of the dialog for member on d, or with an
// empty kind clears member's wishes on d for that shift (single and
// repeating). It returns whether an edit was done.
func (wf *wishesFeature) SetFrom(member int, d roster.Date, f WishForm) bool {
	ed, ok, err := wf.edit(member, d, f)
	if err == nil && ok {
		err = wf.tryDo(ed)
	}
	if err != nil {
		wf.showError(err)
		return false
	}
	return ok
}

// edit returns the edit of the wish form for member on d; false when
// there is nothing to do.
func (wf *wishesFeature) edit(member int, d roster.Date, f WishForm) (roster.Edit, bool, error) {
	h := wf.ed.House()
	if f.Kind == "" {
		var edits []roster.Edit
		for _, w := range team.WishesOn(h, member, d) {
			if w.Shift != f.Shift {
				continue
			}
			ed, err := team.ClearWish(h, w)
			if err != nil {
				return roster.Edit{}, false, err
			}
			edits = append(edits, ed)
		}
		switch len(edits) {
		case 0:
			return roster.Edit{}, false, nil
		case 1:
			return edits[0], true, nil
		}
		return Merge(edits[0].NL, edits[0].EN, edits...), true, nil
	}
	w := roster.Wish{Member: member, Date: d, Shift: f.Shift, Kind: f.Kind, Note: strings.TrimSpace(f.Note)}
	if f.Repeat {
		r := team.RepeatWish{Member: member, Weekday: d.Weekday(), Shift: f.Shift, Kind: f.Kind, From: d, To: f.Until, Note: w.Note}
		var err error
		if w, err = r.Wish(); err != nil {
			return roster.Edit{}, false, err
		}
	}
	ed, err := team.SetWish(h, w)
	if err != nil {
		return roster.Edit{}, false, err
	}
	return ed, true, nil
}

// wishKindLabel returns the translated name of a wish kind ("" is none).
func wishKindLabel(k roster.WishKind) string {
	if k == "" {
		return lang.X("wish.none", "no wish")
	}
	return lang.X("wish."+string(k), string(k))
}

// showDialog asks for a wish of member on d: kind, shift or whole day,
// note, and every week until a date. It starts from the wish the day has.
func (wf *wishesFeature) showDialog(member int, d roster.Date) {
	f := WishForm{Kind: wishCycle[0], Until: team.DefaultRepeatUntil(d)}
	if cur := team.WishesOn(wf.ed.House(), member, d); len(cur) > 0 {
		w := cur[len(cur)-1]
		f.Kind, f.Shift, f.Note = w.Kind, w.Shift, w.Note
		if r, ok := team.RepeatOf(w); ok {
			f.Repeat, f.Until = true, r.To
		}
	}
	wf.openDialog(member, d, f, dateEntryText(f.Until))
}

// openDialog shows the wish dialog filled with f and the until text as
// typed. When saving fails, the dialog comes back as it was, with the
// message on top: nothing typed is lost.
func (wf *wishesFeature) openDialog(member int, d roster.Date, f WishForm, untilText string) {
	h := wf.ed.House()
	kinds := make([]string, len(wishCycle))
	for i, k := range wishCycle {
		kinds[i] = wishKindLabel(k)
	}
	kind := widget.NewRadioGroup(kinds, nil)
	kind.Horizontal = true
	kind.Required = true
	whole := lang.X("wish.wholeday", "whole day")
	shifts := []string{whole}
	for _, st := range h.ShiftTypes {
		shifts = append(shifts, fmt.Sprintf("%s  %s–%s", st.Code, st.Start, st.End))
	}
	shift := widget.NewSelect(shifts, nil)
	shift.SetSelected(whole)
	note := newEntry()
	note.SetPlaceHolder(lang.X("wish.note.hint", "e.g. school meeting"))
	y, _, _ := d.YMD()
	until := newDateEntry(0, y)
	until.SetText(untilText)
	until.Disable()
	day := roster.DayNameNL(d)
	if wf.en() {
		day = roster.DayNameEN(d)
	}
	repeat := widget.NewCheck(fmt.Sprintf(lang.X("wish.repeat", "Every %s until"), day), func(on bool) {
		if on {
			until.Enable()
		} else {
			until.Disable()
		}
	})
	kind.SetSelected(wishKindLabel(f.Kind))
	note.SetText(f.Note)
	for _, s := range shifts[1:] {
		if f.Shift != "" && strings.HasPrefix(s, f.Shift+"  ") {
			shift.SetSelected(s)
		}
	}
	repeat.SetChecked(f.Repeat)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("wish.kind", "Wish"), kind),
		widget.NewFormItem(lang.X("wish.shift", "For"), shift),
		widget.NewFormItem(lang.X("wish.note", "Note"), note),
		widget.NewFormItem("", repeat),
		widget.NewFormItem(lang.X("wish.until", "Until"), until),
	}
	title := fmt.Sprintf("%s · %s · %s", lang.X("wish.title", "Wish"), wf.ed.memberName(member), dayLabel(d, wf.lang))
	dlg := dialog.NewForm(title, lang.X("Save", "Save"), lang.X("Cancel", "Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		g := WishForm{Note: note.Text, Repeat: repeat.Checked}
		for i, l := range kinds {
			if l == kind.Selected {
				g.Kind = wishCycle[i]
			}
		}
		if shift.Selected != whole {
			g.Shift, _, _ = strings.Cut(shift.Selected, "  ")
		}
		var err error
		if g.Repeat {
			g.Until, err = parseDateText(until.Text, y)
		}
		var ed roster.Edit
		var do bool
		if err == nil {
			ed, do, err = wf.edit(member, d, g)
		}
		if err == nil && do {
			err = wf.tryDo(ed)
		}
		if err != nil {
			wf.openDialog(member, d, g, until.Text)
			wf.showError(err)
		}
	}, wf.win)
	dlg.Resize(fyne.NewSize(620, 360))
	dlg.Show()
}

// menuItems returns the cell menu's wish item for member on d.
func (wf *wishesFeature) menuItems(member int, d roster.Date) []*fyne.MenuItem {
	return []*fyne.MenuItem{fyne.NewMenuItem(lang.X("wish.menu", "Wish…"), func() { wf.showDialog(member, d) })}
}
