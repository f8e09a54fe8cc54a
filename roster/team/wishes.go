package team

import (
	"errors"
	"fmt"
	"time"

	"github.com/huisrooster/huisrooster/roster"
)

// This file holds the members' wishes of the self-rostering round: per day or
// per shift "kan niet", "liever niet" or "graag", with a note, once or every
// week.
//
// # API for the week editor (a member's own row)
//
//   - [SetWish](h, w) → an Edit that adds the wish or replaces the member's
//     wish for the same date and shift (a repeating wish: for the same first
//     date and shift). Apply it with Editor.Do / Store.Apply like any edit;
//     undo is Edit.Inverse.
//   - [ClearWish](h, w) → an Edit that removes a stored wish.
//   - [RepeatWish] is a repeating wish as the dialog asks for it (weekday,
//     optional shift, kind, from/to, note); [RepeatWish.Wish] turns it into
//     the stored [roster.Wish] (Date: the first such weekday, Until: the last one);
//     [RepeatOf] turns a stored one back.
//   - [WishesOn](h, member, d) lists the stored wishes that apply on d,
//     repeating ones included: what a cell shows and what the engine's WISH
//     rule and the cover finder read (through [roster.Wish.On]).
//   - [WishesHonoured](h, member, w) counts the member's wishes on the dates
//     of w and how many the plan honours (the fairness view shows the %).
//
// # Storage
//
// A repeating wish is stored as one Wish with Until set: it applies on Date
// and every 7 days after it up to and including Until. It lives in
// Plan.Wishes, so the store persists it like any wish (no new record type).
//
// # Rules
//
// A wish may not be set or cleared on a date of a fixed period (the roster is
// published there; see [EditAllowed]); a repeating wish entered while some of
// its weeks are fixed starts on its first date after them. Wishes may be
// entered in draft dates, wish rounds and filling periods: the deadline of a
// wish round is advisory ([WishRoundOpen]) because a late "kan niet" is still
// worth knowing.

// maxRepeatDays bounds a repeating wish to about two years.
const maxRepeatDays = 2 * 366

// WishesOn returns the stored wishes of member that apply on d (repeating
// ones included), in plan order.
func WishesOn(h *roster.House, member int, d roster.Date) []roster.Wish {
	var out []roster.Wish
	for i := range h.Plan.Wishes {
		if w := &h.Plan.Wishes[i]; w.Member == member && w.On(d) {
			out = append(out, *w)
		}
	}
	return out
}

// RepeatWish is a repeating wish as a member enters it: every Weekday
// (optionally only shift Shift) from From to To inclusive.
type RepeatWish struct {
	Member  int             `json:"member"`
	Weekday time.Weekday    `json:"weekday"`
	Shift   string          `json:"shift,omitempty"`
	Kind    roster.WishKind `json:"kind"`
	From    roster.Date     `json:"from"`
	To      roster.Date     `json:"to"`
	Note    string          `json:"note,omitempty"`
}

// Wish returns r as the stored wish: Date is the first Weekday on or after
// From, Until the last one on or before To. It fails when no such day lies
// in From–To or the range is longer than two years.
func (r RepeatWish) Wish() (roster.Wish, error) {
	if r.Weekday < time.Sunday || r.Weekday > time.Saturday {
		return roster.Wish{}, fmt.Errorf("ongeldige weekdag %d / invalid weekday %d", r.Weekday, r.Weekday)
	}
	first := r.From + roster.Date((int(r.Weekday)-int(r.From.Weekday())+7)%7)
	last := r.To - roster.Date((int(r.To.Weekday())-int(r.Weekday)+7)%7)
	if r.To < r.From || last < first {
		return roster.Wish{}, fmt.Errorf("geen %s tussen %s en %s / no %s between %s and %s",
			dayNL[r.Weekday], r.From, r.To, dayEN[r.Weekday], r.From, r.To)
	}
	if int(last-first) > maxRepeatDays {
		return roster.Wish{}, fmt.Errorf("herhaalde wens langer dan twee jaar (%s – %s) / repeating wish longer than two years (%s – %s)",
			first, last, first, last)
	}
	w := roster.Wish{Member: r.Member, Date: first, Shift: r.Shift, Kind: r.Kind, Note: r.Note}
	if last > first {
		w.Until = last
	}
	return w, nil
}

// RepeatOf returns w as a repeating wish; false when w does not repeat.
func RepeatOf(w roster.Wish) (RepeatWish, bool) {
	if !w.Repeats() {
		return RepeatWish{}, false
	}
	return RepeatWish{Member: w.Member, Weekday: w.Date.Weekday(), Shift: w.Shift, Kind: w.Kind,
		From: w.Date, To: w.Until, Note: w.Note}, true
}

// validWishKind reports whether k is a known wish kind.
func validWishKind(k roster.WishKind) bool {
	return k == roster.WishCannot || k == roster.WishRatherNot || k == roster.WishPrefer
}

// SetWish returns the edit that stores w: it replaces the member's wish with
// the same date, shift and repetition (single or repeating), or adds it. A
// single wish on a fixed date is refused; a repeating wish whose first weeks
// are fixed starts after them (refused when every date is fixed).
func SetWish(h *roster.House, w roster.Wish) (roster.Edit, error) {
	m := h.Member(w.Member)
	if m == nil {
		return roster.Edit{}, fmt.Errorf("onbekend teamlid #%d / unknown member #%d", w.Member, w.Member)
	}
	if !validWishKind(w.Kind) {
		return roster.Edit{}, fmt.Errorf("onbekende soort wens %q / unknown wish kind %q", w.Kind, w.Kind)
	}
	if w.Shift != "" && h.ShiftType(w.Shift) == nil {
		return roster.Edit{}, fmt.Errorf("onbekende dienst %q / unknown shift %q", w.Shift, w.Shift)
	}
	if w.Until != 0 {
		if w.Until < w.Date {
			return roster.Edit{}, fmt.Errorf("herhaling eindigt (%s) voor de eerste datum (%s) / repetition ends (%s) before the first date (%s)",
				w.Until, w.Date, w.Until, w.Date)
		}
		if int(w.Until-w.Date) > maxRepeatDays {
			return roster.Edit{}, fmt.Errorf("herhaalde wens langer dan twee jaar / repeating wish longer than two years")
		}
		w.Until -= (w.Until - w.Date) % 7 // the last day on Date's weekday
		for w.Date <= w.Until && h.Plan.StateOn(w.Date) == roster.PeriodFixed {
			w.Date += 7
		}
		if w.Date > w.Until {
			return roster.Edit{}, fmt.Errorf("alle weken van de herhaalde wens zijn vastgesteld / every week of the repeating wish is fixed")
		}
		if w.Until == w.Date {
			w.Until = 0
		}
	}
	if h.Plan.StateOn(w.Date) == roster.PeriodFixed {
		return roster.Edit{}, fixedDateError(w.Date)
	}
	e := roster.Edit{}
	what, whatEN := wishWhat(&w)
	e.NL = fmt.Sprintf("Wens %s %s: %s", m.Name, what, w.Kind)
	e.EN = fmt.Sprintf("Wish %s %s: %s", m.Name, whatEN, roster.WishKindEN(w.Kind))
	after := w
	for i := range h.Plan.Wishes {
		old := h.Plan.Wishes[i]
		if old.Member == w.Member && old.Date == w.Date && old.Shift == w.Shift && old.Repeats() == w.Repeats() {
			if old == w {
				return roster.Edit{NL: e.NL, EN: e.EN}, nil // nothing changes
			}
			e.Wishes = append(e.Wishes, roster.WishEdit{Before: &old, After: &after})
			return e, nil
		}
	}
	e.Wishes = append(e.Wishes, roster.WishEdit{After: &after})
	return e, nil
}

// ClearWish returns the edit that removes the stored wish w (equal in every
// field). A single wish on a fixed date cannot be cleared; a repeating wish
// is removed as a whole.
func ClearWish(h *roster.House, w roster.Wish) (roster.Edit, error) {
	for i := range h.Plan.Wishes {
		if h.Plan.Wishes[i] != w {
			continue
		}
		if !w.Repeats() && h.Plan.StateOn(w.Date) == roster.PeriodFixed {
			return roster.Edit{}, fixedDateError(w.Date)
		}
		old := w
		what, whatEN := wishWhat(&w)
		name := h.MemberName(w.Member)
		return roster.Edit{
			NL:     fmt.Sprintf("Wens %s %s gewist", name, what),
			EN:     fmt.Sprintf("Wish %s %s cleared", name, whatEN),
			Wishes: []roster.WishEdit{{Before: &old}},
		}, nil
	}
	return roster.Edit{}, errors.New("wens niet gevonden / wish not found")
}

// wishWhat describes the dates and shift of w: "di 24 nov", "elke wo vanaf
// wo 25 nov t/m wo 30 dec dienst L".
func wishWhat(w *roster.Wish) (nl, en string) {
	nl, en = roster.DayLabel(w.Date, roster.Dutch), roster.DayLabel(w.Date, roster.English)
	if w.Repeats() {
		nl = fmt.Sprintf("elke %s vanaf %s t/m %s", roster.DayNameNL(w.Date), nl, roster.DayLabel(w.Until, roster.Dutch))
		en = fmt.Sprintf("every %s from %s to %s", roster.DayNameEN(w.Date), en, roster.DayLabel(w.Until, roster.English))
	}
	if w.Shift != "" {
		nl += " dienst " + w.Shift
		en += " shift " + w.Shift
	}
	return nl, en
}

// WishRoundOpen reports whether d lies in a wish round whose deadline (if
// any) has not passed on today.
func WishRoundOpen(h *roster.House, d, today roster.Date) bool {
	p, ok := PeriodOn(h, d)
	return ok && p.State == roster.PeriodWishes && (p.Deadline == 0 || today <= p.Deadline)
}

// wishHonoured reports whether the plan honours w on d: "kan niet" and
// "liever niet" when the member has no shift it covers that day, "graag"
// when they have one. Every planned assignment counts, also one later
// vacated by a sick report: the plan is what honoured the wish or not.
func wishHonoured(cell []roster.Assignment, w *roster.Wish) bool {
	has := false
	for i := range cell {
		if w.Covers(cell[i].Shift) {
			has = true
			break
		}
	}
	if w.Kind == roster.WishPrefer {
		return has
	}
	return !has
}

// WishCount is how many wish days a member has and how many are honoured.
type WishCount struct {
	Wishes   int `json:"wishes"`   // wish days (a repeating wish counts once per date)
	Honoured int `json:"honoured"` // of those, honoured by the plan
}

// Pct returns the honoured share in percent; 0 without wishes (show "–").
func (c WishCount) Pct() float64 {
	if c.Wishes == 0 {
		return 0
	}
	return round2(100 * float64(c.Honoured) / float64(c.Wishes))
}

// WishesHonoured counts the wishes of member on the dates of win and how many
// of them the plan honours.
func WishesHonoured(h *roster.House, member int, win roster.Window) WishCount {
	return wishesHonoured(h, member, win, cellIndex(h, win))
}

// cellIndex groups the assignments dated in win by member and date.
func cellIndex(h *roster.House, win roster.Window) map[[2]int][]roster.Assignment {
	out := map[[2]int][]roster.Assignment{}
	for _, a := range h.Plan.Assignments {
		if win.Contains(a.Date) {
			k := [2]int{a.Member, int(a.Date)}
			out[k] = append(out[k], a)
		}
	}
	return out
}

func wishesHonoured(h *roster.House, member int, win roster.Window, cells map[[2]int][]roster.Assignment) WishCount {
	var c WishCount
	for i := range h.Plan.Wishes {
		w := &h.Plan.Wishes[i]
		if w.Member != member || !validWishKind(w.Kind) || !w.Touches(win) {
			continue
		}
		step := roster.Date(1)
		if w.Repeats() {
			step = 7
		}
		for d := w.Date; d <= w.Last(); d += step {
			if !win.Contains(d) {
				continue
			}
			c.Wishes++
			if wishHonoured(cells[[2]int{member, int(d)}], w) {
				c.Honoured++
			}
		}
	}
	return c
}

var dayNL = [7]string{"zo", "ma", "di", "wo", "do", "vr", "za"}
var dayEN = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
