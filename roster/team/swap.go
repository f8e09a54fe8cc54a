package team

import (
	"errors"
	"fmt"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// This file holds swaps: two members swap shifts, or one gives a shift to
// another. The engine checks both rosters first, the way the cover finder
// does (standin.go): it runs Check over the dates around the shifts on the
// plan as it is and on a tentative plan with the swap done, and compares.
//
// # API for the swap dialog
//
//   - [Swap](h, a, b) swaps the shifts a and b between their members;
//     [Give](h, a, to) gives shift a to member to. Refer to a shift with an
//     [AssignmentRef] (member, date, shift code: [RefOf] makes one from an
//     assignment of the cell).
//   - Both return the Edit, the new warnings (show them and ask for
//     confirmation before applying), or an error. When the swap would add an
//     error finding (a rest time broken, a "kan niet" wish, a member booked
//     twice, a night without cover …) the error is a *[RefusedError] whose
//     Findings list every new error: show them all.
//   - Apply the edit with Editor.Do / Store.Apply: it is saved and logged
//     with before and after like every edit, and undone with Edit.Inverse.
//     Swaps are allowed in fixed periods (see [EditAllowed]).

// AssignmentRef names one assignment: the first assignment of Member on Date
// with shift code Shift.
type AssignmentRef struct {
	Member int         `json:"member"`
	Date   roster.Date `json:"date"`
	Shift  string      `json:"shift"`
}

// RefOf returns the reference of assignment a.
func RefOf(a roster.Assignment) AssignmentRef {
	return AssignmentRef{Member: a.Member, Date: a.Date, Shift: a.Shift}
}

// RefusedError is returned when the engine finds that a change would add
// errors; Findings are those errors, with the engine's Dutch and English
// texts.
type RefusedError struct {
	NL, EN   string
	Findings []rules.Finding
}

// Error returns the Dutch and English message with the findings.
func (e *RefusedError) Error() string {
	var nl, en []string
	for _, f := range e.Findings {
		nl = append(nl, f.NL)
		en = append(en, f.EN)
	}
	return e.NL + ": " + strings.Join(nl, "; ") + " / " + e.EN + ": " + strings.Join(en, "; ")
}

// find returns the index in the plan of the assignment r names, or an error.
func (r AssignmentRef) find(h *roster.House) (int, error) {
	for i := range h.Plan.Assignments {
		a := &h.Plan.Assignments[i]
		if a.Member == r.Member && a.Date == r.Date && a.Shift == r.Shift {
			if a.State == roster.StateSick {
				return 0, fmt.Errorf("%s is ziek gemeld voor %s op %s: zoek een invaller / %s is reported sick for %s on %s: find a cover",
					h.MemberName(r.Member), r.Shift, roster.DayLabel(r.Date, roster.Dutch), h.MemberName(r.Member), r.Shift, roster.DayLabel(r.Date, roster.English))
			}
			return i, nil
		}
	}
	return 0, fmt.Errorf("%s heeft geen dienst %s op %s / %s has no shift %s on %s",
		h.MemberName(r.Member), r.Shift, roster.DayLabel(r.Date, roster.Dutch), h.MemberName(r.Member), r.Shift, roster.DayLabel(r.Date, roster.English))
}

// move is one assignment (by plan index) going to another member.
type move struct {
	index int
	to    int
}

// Swap returns the edit that gives shift a to b's member and shift b to a's
// member, after checking both rosters with the engine: new errors refuse the
// swap with a *RefusedError, new warnings are returned for confirmation.
func Swap(h *roster.House, a, b AssignmentRef) (roster.Edit, []rules.Finding, error) {
	return swapAt(h, a, &b, 0, roster.Today())
}

// Give returns the edit that gives shift a to member to, checked like Swap.
func Give(h *roster.House, a AssignmentRef, to int) (roster.Edit, []rules.Finding, error) {
	return swapAt(h, a, nil, to, roster.Today())
}

// swapAt is Swap (b set) or Give (b nil, to set) with an explicit today.
func swapAt(h *roster.House, a AssignmentRef, b *AssignmentRef, to int, today roster.Date) (roster.Edit, []rules.Finding, error) {
	ia, err := a.find(h)
	if err != nil {
		return roster.Edit{}, nil, err
	}
	moves := []move{{ia, to}}
	if b != nil {
		if b.Member == a.Member {
			return roster.Edit{}, nil, errors.New("ruilen met jezelf kan niet / cannot swap with oneself")
		}
		ib, err := b.find(h)
		if err != nil {
			return roster.Edit{}, nil, err
		}
		moves = []move{{ia, b.Member}, {ib, a.Member}}
	}
	for _, mv := range moves {
		m := h.Member(mv.to)
		if m == nil {
			return roster.Edit{}, nil, fmt.Errorf("onbekend teamlid #%d / unknown member #%d", mv.to, mv.to)
		}
		if mv.to == h.Plan.Assignments[mv.index].Member {
			return roster.Edit{}, nil, fmt.Errorf("%s heeft die dienst al / %s has that shift already", m.Name, m.Name)
		}
	}
	after := make([]roster.Assignment, len(h.Plan.Assignments))
	copy(after, h.Plan.Assignments)
	win := roster.Window{From: h.Plan.Assignments[ia].Date, To: h.Plan.Assignments[ia].Date}
	for _, mv := range moves {
		x := &after[mv.index]
		x.Member = mv.to // a cover-in stays a cover-in for the same colleague
		win.From, win.To = min(win.From, x.Date), max(win.To, x.Date)
	}
	win = roster.Window{From: win.From - 7, To: win.To + 8} // rest and series rules reach a week; a shift may end the next day
	news := tentativeFindings(h, after, win, today)
	var errs, warns []rules.Finding
	for _, f := range news {
		if f.Severity == rules.SevError {
			errs = append(errs, f)
		} else {
			warns = append(warns, f)
		}
	}
	e := swapEdit(h, after, moves, b != nil)
	if len(errs) > 0 {
		return roster.Edit{}, warns, &RefusedError{
			NL: fmt.Sprintf("%s gaat niet", e.NL), EN: fmt.Sprintf("%s is not possible", e.EN), Findings: errs}
	}
	return e, warns, nil
}

// swapEdit returns the cell edits that turn the plan into after for the cells
// the moves touch, with a description.
func swapEdit(h *roster.House, after []roster.Assignment, moves []move, swap bool) roster.Edit {
	type cell struct {
		member int
		date   roster.Date
	}
	var cells []cell
	seen := map[cell]bool{}
	for _, mv := range moves {
		old := h.Plan.Assignments[mv.index]
		for _, c := range []cell{{old.Member, old.Date}, {mv.to, old.Date}} {
			if !seen[c] {
				seen[c] = true
				cells = append(cells, c)
			}
		}
	}
	var e roster.Edit
	for _, c := range cells {
		var na []roster.Assignment
		for _, a := range after {
			if a.Member == c.member && a.Date == c.date {
				na = append(na, a)
			}
		}
		e.Cells = append(e.Cells, roster.CellEdit{Member: c.member, Date: c.date,
			Before: h.Plan.CellAssignments(c.member, c.date), After: na})
	}
	a := h.Plan.Assignments[moves[0].index]
	if swap {
		b := h.Plan.Assignments[moves[1].index]
		e.NL = fmt.Sprintf("Ruil: %s %s %s tegen %s %s %s", h.MemberName(a.Member), roster.DayLabel(a.Date, roster.Dutch), a.Shift,
			h.MemberName(b.Member), roster.DayLabel(b.Date, roster.Dutch), b.Shift)
		e.EN = fmt.Sprintf("Swap: %s %s %s for %s %s %s", h.MemberName(a.Member), roster.DayLabel(a.Date, roster.English), a.Shift,
			h.MemberName(b.Member), roster.DayLabel(b.Date, roster.English), b.Shift)
		return e
	}
	e.NL = fmt.Sprintf("%s geeft %s %s aan %s", h.MemberName(a.Member), roster.DayLabel(a.Date, roster.Dutch), a.Shift, h.MemberName(moves[0].to))
	e.EN = fmt.Sprintf("%s gives %s %s to %s", h.MemberName(a.Member), roster.DayLabel(a.Date, roster.English), a.Shift, h.MemberName(moves[0].to))
	return e
}

// tentativeFindings runs the engine over win on h and on h with the
// assignments replaced by after, and returns the errors and warnings of the
// tentative plan that the current one does not have. "New" is the cover
// finder's notion (coverRun.known): a coverage gap inside a gap of the same
// day that exists already is not new.
func tentativeFindings(h *roster.House, after []roster.Assignment, win roster.Window, today roster.Date) []rules.Finding {
	r := &coverRun{h: h}
	for _, f := range rules.CheckAt(h, win, today) {
		if f.Severity != rules.SevInfo {
			r.baseF = append(r.baseF, f)
		}
	}
	t := *h
	t.Plan.Assignments = after
	var out []rules.Finding
	for _, f := range rules.CheckAt(&t, win, today) {
		if f.Severity != rules.SevInfo && !r.known(&f) {
			out = append(out, f)
		}
	}
	return out
}
