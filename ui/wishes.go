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
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/team"
)

// roundsState is the self-rostering part of the week screen's state.
type roundsState struct {
	wishBtn  *widget.Button // the "Mijn wensen" toggle
	wishMode bool
}

// wishCycle is the order a tap walks through; "" is no wish.
var wishCycle = []roster.WishKind{roster.WishCannot, roster.WishRatherNot, roster.WishPrefer, ""}

// roundsBar returns the toolbar part of the rounds: the period and the
// "Mijn wensen" toggle.
func (ws *WeekScreen) roundsBar() fyne.CanvasObject {
	ws.rounds.wishBtn = widget.NewButtonWithIcon(lang.X("wish.mode", "My wishes"), theme.CheckButtonIcon(), func() {
		ws.SetWishMode(!ws.rounds.wishMode)
	})
	// The period label says the state of the week's period (a week fixed
	// on its own is a period of one week), so the week's own state label
	// would say it twice and push the toolbar off a 1366-pixel screen.
	if ws.state != nil {
		ws.state.Hide()
	}
	return container.NewHBox(ws.periods.newLabel(), ws.rounds.wishBtn)
}

// WishMode reports whether a tap on the own row enters wishes.
func (ws *WeekScreen) WishMode() bool { return ws.rounds.wishMode }

// SetWishMode switches the "Mijn wensen" mode on or off.
func (ws *WeekScreen) SetWishMode(on bool) {
	ws.rounds.wishMode = on
	if b := ws.rounds.wishBtn; b != nil {
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
		ws.setStatus(lang.X("wish.mode.hint", "My wishes: tap a day in your own row: cannot, rather not, prefer, none. The cell menu has more (one shift, a note, every week)."))
	} else {
		ws.setStatus(lang.X("wish.mode.off", "My wishes off: a tap opens the cell menu again."))
	}
}

// whoID returns the member ID of the current user: the member with that
// name, or else the only member whose first name it is ("--who Fatima").
func (ws *WeekScreen) whoID() (int, bool) {
	h := ws.ed.House()
	who := strings.TrimSpace(ws.ed.Who())
	id, n := 0, 0
	for i := range h.Members {
		m := &h.Members[i]
		if m.Name == who {
			return m.ID, true
		}
		if first, _, _ := strings.Cut(m.Name, " "); who != "" && strings.EqualFold(first, who) {
			id, n = m.ID, n+1
		}
	}
	return id, n == 1
}

// wishTap handles a tap in wish mode: on the user's own row it cycles the
// day's wish and reports true; elsewhere it reports false (the cell menu
// opens as usual).
func (ws *WeekScreen) wishTap(member int, d roster.Date) bool {
	if !ws.rounds.wishMode {
		return false
	}
	if me, ok := ws.whoID(); !ok || me != member {
		return false
	}
	ws.CycleWish(member, d)
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

// CycleWish moves member's whole-day wish on d one step along wishCycle.
func (ws *WeekScreen) CycleWish(member int, d roster.Date) bool {
	h := ws.ed.House()
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
		ws.showError(err)
		return false
	}
	return ws.do(ed)
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

// SetWishFrom stores the wish of the dialog for member on d, or with an
// empty kind clears member's wishes on d for that shift (single and
// repeating). It returns whether an edit was done.
func (ws *WeekScreen) SetWishFrom(member int, d roster.Date, f WishForm) bool {
	ed, ok, err := ws.wishEdit(member, d, f)
	if err == nil && ok {
		err = ws.tryDo(ed)
	}
	if err != nil {
		ws.showError(err)
		return false
	}
	return ok
}

// wishEdit returns the edit of the wish form for member on d; false when
// there is nothing to do.
func (ws *WeekScreen) wishEdit(member int, d roster.Date, f WishForm) (roster.Edit, bool, error) {
	h := ws.ed.House()
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

// showWishDialog asks for a wish of member on d: kind, shift or whole day,
// note, and every week until a date. It starts from the wish the day has.
func (ws *WeekScreen) showWishDialog(member int, d roster.Date) {
	f := WishForm{Kind: wishCycle[0], Until: team.DefaultRepeatUntil(d)}
	if cur := team.WishesOn(ws.ed.House(), member, d); len(cur) > 0 {
		w := cur[len(cur)-1]
		f.Kind, f.Shift, f.Note = w.Kind, w.Shift, w.Note
		if r, ok := team.RepeatOf(w); ok {
			f.Repeat, f.Until = true, r.To
		}
	}
	ws.openWishDialog(member, d, f, dateEntryText(f.Until))
}

// openWishDialog shows the wish dialog filled with f and the until text as
// typed. When saving fails, the dialog comes back as it was, with the
// message on top: nothing typed is lost.
func (ws *WeekScreen) openWishDialog(member int, d roster.Date, f WishForm, untilText string) {
	h := ws.ed.House()
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
	note := widget.NewEntry()
	note.SetPlaceHolder(lang.X("wish.note.hint", "e.g. school meeting"))
	y, _, _ := d.YMD()
	until := newDateEntry(0, y)
	until.SetText(untilText)
	until.Disable()
	day := roster.DayNameNL(d)
	if ws.lang == "en" {
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
	title := fmt.Sprintf("%s · %s · %s", lang.X("wish.title", "Wish"), ws.ed.memberName(member), ws.dayLabel(d))
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
			ed, do, err = ws.wishEdit(member, d, g)
		}
		if err == nil && do {
			err = ws.tryDo(ed)
		}
		if err != nil {
			ws.openWishDialog(member, d, g, until.Text)
			ws.showError(err)
		}
	}, ws.win)
	dlg.Resize(fyne.NewSize(620, 360))
	dlg.Show()
}

// roundsCellItems returns the cell menu items of the rounds: a wish, and
// for a cell with a shift, swapping or giving it away.
func (ws *WeekScreen) roundsCellItems(member int, d roster.Date) []*fyne.MenuItem {
	items := []*fyne.MenuItem{fyne.NewMenuItem(lang.X("wish.menu", "Wish…"), func() { ws.showWishDialog(member, d) })}
	if len(team.Swappable(ws.ed.House(), member, d)) > 0 {
		items = append(items,
			fyne.NewMenuItem(lang.X("swap.menu", "Swap with…"), func() { ws.showSwapDialog(member, d, true) }),
			fyne.NewMenuItem(lang.X("give.menu", "Give to…"), func() { ws.showSwapDialog(member, d, false) }))
	}
	return items
}
