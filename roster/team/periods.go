package team

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// This file holds the rounds of self-rostering: the team plans in periods
// (by default the balance periods of Settings.BalanceWeeks ISO weeks, see
// [roster.BalancePeriod]) that go through three states:
//
//	from \ call      OpenWishes          StartFilling   FixPeriod   UnlockPeriod
//	concept (draft)  → wensen            → invullen     refused     refused
//	wensen (wishes)  new deadline        → invullen     refused     refused
//	invullen (fill)  → wensen (reopen)   refused        → vast      refused
//	vast (fixed)     refused             refused        refused     → invullen
//
// Legal transitions: draft → wishes, draft → filling, wishes → filling,
// filling → wishes (reopen the round), filling → fixed, fixed → filling
// (unlock); OpenWishes on a wish round changes its deadline. Everything else
// is refused with a Dutch and English error. Dates outside every period are
// drafts.
//
// # API for the UI and the store-facing code
//
//   - [PlanningPeriod](h, d): the default period (window) that holds d;
//     [PeriodOn](h, d): the stored period that holds d, if any.
//   - [OpenWishes](h, p, deadline), [StartFilling](h, p), [FixPeriod](h, p)
//     and [UnlockPeriod](h, p) return an Edit (apply with Editor.Do /
//     Store.Apply, so it is saved, logged and undoable) or an error for an
//     illegal transition. FixPeriod also returns the period's error findings:
//     ask for confirmation when there are any (fixing with errors is the
//     team's decision, the engine does not forbid it).
//   - [EditAllowed](h, e) says whether an edit may be applied given the fixed
//     periods. Call it before Store.Apply; it supersedes the week editor's
//     FixedDates check (which refuses every cell edit, sick reports and
//     swaps included).
//
// # What a fixed period allows
//
// A fixed period is published: its shifts are known to the team and the
// children. What stays possible is what happens to a published roster in
// real life: reporting sick (an assignment becomes sick), a colleague
// covering (a cover-in is added), swapping or giving away a shift (the same
// shift moves to another member) and taking an open shift (a shift is
// added). What is refused is everything that makes a published shift
// disappear or change its times, and wishes. Precisely: on each fixed date
// the multiset of (shift code, start, end) of all assignments, whatever
// their member or state, may only grow. Undoing an added shift on a fixed
// date therefore needs the period unlocked first.

// ErrFixedPeriod is wrapped by the errors of edits refused because they
// change a fixed period.
var ErrFixedPeriod = errors.New("periode vastgesteld / period fixed")

// PlanningPeriod returns the default planning period that holds d: the
// balance period of Settings.BalanceWeeks ISO weeks (default 4).
func PlanningPeriod(h *roster.House, d roster.Date) roster.Window {
	return roster.BalancePeriod(d, h.Settings.BalanceWeeksOrDefault())
}

// PeriodOn returns the stored period that holds d; false when d is a draft
// date outside every period.
func PeriodOn(h *roster.House, d roster.Date) (roster.Period, bool) {
	for _, p := range h.Plan.Periods {
		if d >= p.From && d <= p.To {
			return p, true
		}
	}
	return roster.Period{}, false
}

// stateLabel returns the Dutch and English name of a period state.
func stateLabel(s roster.PeriodState) (nl, en string) {
	switch s {
	case roster.PeriodWishes:
		return "wensen open", "wishes open"
	case roster.PeriodFilling:
		return "invullen", "filling"
	case roster.PeriodFixed:
		return "vastgesteld", "fixed"
	}
	return "concept", "draft"
}

// periodState returns the stored period that is exactly w (nil when every
// date of w is a draft) and fails when w overlaps a period with other dates.
func periodState(h *roster.House, w roster.Window) (*roster.Period, error) {
	if w.To < w.From {
		return nil, fmt.Errorf("periode eindigt voor het begin (%s) / period ends before it starts (%s)", w, w)
	}
	var found *roster.Period
	for i := range h.Plan.Periods {
		p := &h.Plan.Periods[i]
		if p.To < w.From || p.From > w.To {
			continue
		}
		if p.From != w.From || p.To != w.To {
			o := roster.Window{From: p.From, To: p.To}
			return nil, fmt.Errorf("periode %s overlapt met bestaande periode %s (%s); kies die periode / period %s overlaps existing period %s (%s); choose that period",
				w, o, p.State, w, o, p.State)
		}
		found = p
	}
	return found, nil
}

// transition returns the edit that moves period w from one of the states in
// from to state to, with the given deadline.
func transition(h *roster.House, w roster.Window, to roster.PeriodState, deadline roster.Date, from ...roster.PeriodState) (roster.Edit, error) {
	cur, err := periodState(h, w)
	if err != nil {
		return roster.Edit{}, err
	}
	state := roster.PeriodDraft
	if cur != nil {
		state = cur.State
	}
	if !slices.Contains(from, state) {
		return roster.Edit{}, transitionError(w, state, to)
	}
	after := roster.Period{From: w.From, To: w.To, State: to, Deadline: deadline}
	nl, en := stateLabel(to)
	e := roster.Edit{
		NL: fmt.Sprintf("Periode %s: %s", periodName(w), nl),
		EN: fmt.Sprintf("Period %s: %s", periodName(w), en),
	}
	if cur != nil {
		before := *cur
		e.Periods = []roster.PeriodEdit{{Before: &before, After: &after}}
	} else {
		e.Periods = []roster.PeriodEdit{{After: &after}}
	}
	return e, nil
}

// periodName is periodLabel for whole ISO weeks, the dates otherwise.
func periodName(w roster.Window) string {
	if w.From.Weekday() == 1 && w.To.Weekday() == 0 {
		return roster.PeriodLabel(w)
	}
	return w.String()
}

// transitionError explains why a period cannot go from state to state to.
func transitionError(w roster.Window, from, to roster.PeriodState) error {
	fnl, fen := stateLabel(from)
	tnl, ten := stateLabel(to)
	hintNL, hintEN := "", ""
	switch {
	case from == to:
		hintNL, hintEN = "dat is de periode al", "the period is that already"
	case from == roster.PeriodFixed:
		hintNL, hintEN = "ontgrendel de periode eerst", "unlock the period first"
	case to == roster.PeriodFixed:
		hintNL, hintEN = "start eerst het invullen", "start filling first"
	}
	msg := fmt.Sprintf("periode %s kan niet van '%s' naar '%s'", periodName(w), fnl, tnl)
	msgEN := fmt.Sprintf("period %s cannot go from '%s' to '%s'", periodName(w), fen, ten)
	if hintNL != "" {
		msg += ": " + hintNL
		msgEN += ": " + hintEN
	}
	return errors.New(msg + " / " + msgEN)
}

// OpenWishes opens the wish round of period p until deadline (0: no
// deadline; otherwise before the period starts). Legal from draft and from
// filling (reopening the round); on an open round it changes the deadline.
func OpenWishes(h *roster.House, p roster.Window, deadline roster.Date) (roster.Edit, error) {
	if deadline != 0 && deadline >= p.From {
		return roster.Edit{}, fmt.Errorf("de wensen moeten binnen zijn voor de periode begint: deadline %s ligt niet voor %s / wishes must be in before the period starts: deadline %s is not before %s",
			deadline, p.From, deadline, p.From)
	}
	e, err := transition(h, p, roster.PeriodWishes, deadline, roster.PeriodDraft, roster.PeriodFilling, roster.PeriodWishes)
	if err != nil {
		return roster.Edit{}, err
	}
	if cur := e.Periods[0].Before; cur != nil && *cur == *e.Periods[0].After {
		return roster.Edit{}, transitionError(p, roster.PeriodWishes, roster.PeriodWishes)
	}
	if deadline != 0 {
		e.NL += " tot en met " + roster.DayLabel(deadline, roster.Dutch)
		e.EN += " until " + roster.DayLabel(deadline, roster.English)
	}
	return e, nil
}

// StartFilling closes the wish round of p (or skips it for a draft period)
// and starts filling the roster. Legal from wishes and draft.
func StartFilling(h *roster.House, p roster.Window) (roster.Edit, error) {
	return transition(h, p, roster.PeriodFilling, 0, roster.PeriodWishes, roster.PeriodDraft)
}

// FixPeriod fixes (publishes and locks) p. Legal from filling only. It also
// returns the error findings of the engine for the dates of p: when there are
// any, the UI asks for confirmation before applying the edit.
func FixPeriod(h *roster.House, p roster.Window) (roster.Edit, []rules.Finding, error) {
	e, err := transition(h, p, roster.PeriodFixed, 0, roster.PeriodFilling)
	if err != nil {
		return roster.Edit{}, nil, err
	}
	var errs []rules.Finding
	for _, f := range rules.Check(h, p) {
		if f.Severity == rules.SevError {
			errs = append(errs, f)
		}
	}
	return e, errs, nil
}

// UnlockPeriod makes a fixed period p a filling period again, so its shifts
// can be changed. Legal from fixed only.
func UnlockPeriod(h *roster.House, p roster.Window) (roster.Edit, error) {
	cur, err := periodState(h, p)
	if err != nil {
		return roster.Edit{}, err
	}
	if cur == nil || cur.State != roster.PeriodFixed {
		state := roster.PeriodDraft
		if cur != nil {
			state = cur.State
		}
		nl, en := stateLabel(state)
		return roster.Edit{}, fmt.Errorf("periode %s is niet vastgesteld ('%s'): er valt niets te ontgrendelen / period %s is not fixed ('%s'): nothing to unlock",
			periodName(p), nl, periodName(p), en)
	}
	e, err := transition(h, p, roster.PeriodFilling, 0, roster.PeriodFixed)
	if err != nil {
		return roster.Edit{}, err
	}
	e.NL = fmt.Sprintf("Periode %s ontgrendeld: invullen", periodName(p))
	e.EN = fmt.Sprintf("Period %s unlocked: filling", periodName(p))
	return e, nil
}

// fixedDateError says that d lies in a fixed period; it wraps ErrFixedPeriod.
func fixedDateError(d roster.Date) error {
	return fmt.Errorf("%s ligt in een vastgestelde periode; ontgrendel de periode eerst / %s lies in a fixed period; unlock the period first: %w",
		roster.DayLabel(d, roster.Dutch), roster.DayLabel(d, roster.English), ErrFixedPeriod)
}

// slotKey is a shift in a cell, whoever works it.
type slotKey struct {
	shift      string
	start, end roster.Clock
}

// slotOf returns the slot of a (custom times win; -1 for the type's own).
func slotOf(a *roster.Assignment) slotKey {
	k := slotKey{shift: a.Shift, start: -1, end: -1}
	if a.Start != nil {
		k.start = *a.Start
	}
	if a.End != nil {
		k.end = *a.End
	}
	return k
}

// EditAllowed returns nil when e may be applied to h, and an error wrapping
// ErrFixedPeriod that names the dates when it would change a fixed period
// in a way the file comment forbids: a shift disappearing or changing its
// times on a fixed date, or a wish added, changed or removed on a fixed
// date. Period edits, absences, members, shift types and settings are always
// allowed (unlocking is a period edit; sickness and leave happen anyway).
func EditAllowed(h *roster.House, e roster.Edit) error {
	var bad []roster.Date
	// Per fixed date, count the slots the edit takes away and adds.
	delta := map[roster.Date]map[slotKey]int{}
	for _, c := range e.Cells {
		if h.Plan.StateOn(c.Date) != roster.PeriodFixed {
			continue
		}
		m := delta[c.Date]
		if m == nil {
			m = map[slotKey]int{}
			delta[c.Date] = m
		}
		for i := range c.Before {
			m[slotOf(&c.Before[i])]--
		}
		for i := range c.After {
			m[slotOf(&c.After[i])]++
		}
	}
	for d, m := range delta {
		for _, n := range m {
			if n < 0 {
				bad = append(bad, d)
				break
			}
		}
	}
	for _, w := range e.Wishes {
		for _, x := range []*roster.Wish{w.Before, w.After} {
			if x != nil && !x.Repeats() && h.Plan.StateOn(x.Date) == roster.PeriodFixed {
				bad = append(bad, x.Date)
			}
		}
	}
	if len(bad) == 0 {
		return nil
	}
	slices.Sort(bad)
	bad = slices.Compact(bad)
	nl := make([]string, len(bad))
	en := make([]string, len(bad))
	for i, d := range bad {
		nl[i], en[i] = roster.DayLabel(d, roster.Dutch), roster.DayLabel(d, roster.English)
	}
	return fmt.Errorf("vastgestelde periode: %s; alleen ziekmelden, invallen, ruilen en open diensten nemen kan nog, ontgrendel de periode voor andere wijzigingen / fixed period: %s; only sick reports, cover-ins, swaps and taking open shifts are possible, unlock the period for other changes: %w",
		strings.Join(nl, ", "), strings.Join(en, ", "), ErrFixedPeriod)
}
