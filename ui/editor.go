package ui

import (
	"errors"
	"fmt"
	"strings"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// Editor is the state of the week screen without widgets: the house, the
// visible week with its view and findings, who is working, and the undo and
// redo stacks of this session. Every change goes through Do, Undo or Redo:
// the store saves it first, then the in-memory house follows and the week is
// checked again.
type Editor struct {
	store    roster.Store
	house    *roster.House
	who      string
	today    roster.Date
	week     roster.Date // Monday of the visible week
	undo     []roster.Edit
	redo     []roster.Edit
	view     *weekview.WeekView
	findings []rules.Finding
	// OnSaved, when set, is called after every change the store saved
	// (edit, undo, redo, reload): the app publishes to a folder then.
	OnSaved func()
}

// ErrFixed is returned when an edit touches a fixed week.
var ErrFixed = errors.New("week vastgezet / week fixed")

// fixedError says which dates of an edit are fixed.
type fixedError struct{ dates []roster.Date }

func (e *fixedError) Error() string {
	var nl, en []string
	for _, d := range e.dates {
		if l := weekName(d, roster.Dutch); len(nl) == 0 || nl[len(nl)-1] != l {
			nl, en = append(nl, l), append(en, weekName(d, roster.English))
		}
	}
	return fmt.Sprintf("Week %s is vastgezet; ontgrendel de week eerst. / Week %s is fixed; unlock it first.", strings.Join(nl, ", "), strings.Join(en, ", "))
}

func (e *fixedError) Is(target error) bool { return target == ErrFixed }

// NewEditor loads the house from st and shows the week of today.
func NewEditor(st roster.Store, today roster.Date) (*Editor, error) {
	h, err := st.Load()
	if err != nil {
		return nil, fmt.Errorf("rooster laden / load roster: %w", err)
	}
	e := &Editor{store: st, house: h, today: today, week: today.Monday()}
	e.recompute()
	return e, nil
}

// House returns the in-memory house (read only for callers).
func (e *Editor) House() *roster.House { return e.house }

// View returns the view of the visible week.
func (e *Editor) View() *weekview.WeekView { return e.view }

// Findings returns the findings of the visible week.
func (e *Editor) Findings() []rules.Finding { return e.findings }

// Week returns the Monday of the visible week.
func (e *Editor) Week() roster.Date { return e.week }

// Today returns the date the editor takes as today.
func (e *Editor) Today() roster.Date { return e.today }

// Who returns the name of the team member using the app.
func (e *Editor) Who() string { return e.who }

// SetWho sets the team member using the app.
func (e *Editor) SetWho(name string) { e.who = name }

// SetWeek shows the ISO week of d.
func (e *Editor) SetWeek(d roster.Date) {
	e.week = d.Monday()
	e.recompute()
}

// CanUndo and CanRedo report whether there is something to undo or redo.
func (e *Editor) CanUndo() bool { return len(e.undo) > 0 }

// CanRedo reports whether there is something to redo.
func (e *Editor) CanRedo() bool { return len(e.redo) > 0 }

// UndoLabel returns the description of the edit Undo would undo, in l.
func (e *Editor) UndoLabel(l roster.Lang) string { return editLabel(e.undo, l) }

// RedoLabel returns the description of the edit Redo would redo, in l.
func (e *Editor) RedoLabel(l roster.Lang) string { return editLabel(e.redo, l) }

// editLabel is the description of the top edit of stack in l.
func editLabel(stack []roster.Edit, l roster.Lang) string {
	if len(stack) == 0 {
		return ""
	}
	return editText(stack[len(stack)-1], l)
}

// Do saves and applies ed, and makes it undoable. An edit touching a fixed
// week is refused with an error that Is ErrFixed, one that would make the
// house break a rule it kept with a *roster.EditRefused (nothing is saved);
// an empty edit does nothing.
// An edit of the PIN or the sealed pay data (roster.Edit.TouchesVault) is
// saved but not undoable, and leaves the undo and redo history as it is.
func (e *Editor) Do(ed roster.Edit) error {
	if ed.Empty() {
		return nil
	}
	// The whole house is checked on save: an edit that would make it break
	// a rule it kept is refused before anything is written. Undo and redo
	// only go back to states the house had, and are not checked.
	if probs := roster.EditProblems(e.house, ed); len(probs) > 0 {
		return &roster.EditRefused{Problems: probs}
	}
	if err := e.apply(ed, false); err != nil {
		return err
	}
	if ed.TouchesVault() {
		return nil
	}
	e.undo = append(e.undo, ed)
	e.redo = nil
	return nil
}

// Undo undoes the last edit. It reports false when there was nothing to undo.
func (e *Editor) Undo() (bool, error) {
	if len(e.undo) == 0 {
		return false, nil
	}
	ed := e.undo[len(e.undo)-1]
	if err := e.apply(ed.Undone().KeepVault(e.house), true); err != nil {
		return false, err
	}
	e.undo = e.undo[:len(e.undo)-1]
	e.redo = append(e.redo, ed)
	return true, nil
}

// Redo redoes the last undone edit. It reports false when there was nothing
// to redo.
func (e *Editor) Redo() (bool, error) {
	if len(e.redo) == 0 {
		return false, nil
	}
	ed := e.redo[len(e.redo)-1]
	if err := e.apply(ed.Redone().KeepVault(e.house), false); err != nil {
		return false, err
	}
	e.redo = e.redo[:len(e.redo)-1]
	e.undo = append(e.undo, ed)
	return true, nil
}

// apply refuses edits into fixed weeks (see fixedCheck), saves ed, applies
// it to the house and checks the week again. undo says ed undoes an edit.
func (e *Editor) apply(ed roster.Edit, undo bool) error {
	if err := e.fixedCheck(ed, undo); err != nil {
		return err
	}
	if err := e.store.Apply(ed, e.who); err != nil {
		return fmt.Errorf("niet opgeslagen / not saved: %w", err)
	}
	if err := e.house.Apply(ed); err != nil {
		// The store has the edit but the house could not follow: reload.
		h, lerr := e.store.Load()
		if lerr != nil {
			return fmt.Errorf("rooster opnieuw laden / reload roster: %w", errors.Join(err, lerr))
		}
		e.house = h
	}
	e.recompute()
	e.saved()
	return nil
}

// saved calls OnSaved when it is set.
func (e *Editor) saved() {
	if e.OnSaved != nil {
		e.OnSaved()
	}
}

// fixedCheck refuses an edit that changes a fixed week, unless it is one of
// the team's own edits a fixed week still takes (team.FixedWeekTakes).
func (e *Editor) fixedCheck(ed roster.Edit, undo bool) error {
	fixed := roster.FixedDates(&e.house.Plan, ed)
	if len(fixed) == 0 {
		return nil
	}
	if team.FixedWeekTakes(e.house, ed, undo) {
		return nil
	}
	return &fixedError{fixed}
}

// Reload reads the house from the store again (after a Replace).
func (e *Editor) Reload() error {
	h, err := e.store.Load()
	if err != nil {
		return fmt.Errorf("rooster laden / load roster: %w", err)
	}
	e.house = h
	e.undo, e.redo = nil, nil
	e.recompute()
	e.saved()
	return nil
}

// recompute rebuilds the view and findings of the visible week.
func (e *Editor) recompute() {
	e.view = weekview.NewWeekView(e.house, e.week)
	e.findings = rules.Check(e.house, roster.Week(e.week))
}

// WeekState returns the period state of the visible week: fixed when its
// Monday is fixed.
func (e *Editor) WeekState() roster.PeriodState { return e.house.Plan.StateOn(e.week) }

// FixWeekEdit returns the edit that fixes the visible week.
func (e *Editor) FixWeekEdit() roster.Edit {
	ed := roster.SetPeriodState(&e.house.Plan, roster.Week(e.week), roster.PeriodFixed)
	ed.NL, ed.EN = "Week "+weekName(e.week, roster.Dutch)+" vastgezet", "Week "+weekName(e.week, roster.English)+" fixed"
	return ed
}

// UnlockWeekEdit returns the edit that makes the visible week a draft again.
func (e *Editor) UnlockWeekEdit() roster.Edit {
	ed := roster.SetPeriodState(&e.house.Plan, roster.Week(e.week), roster.PeriodDraft)
	ed.NL, ed.EN = "Week "+weekName(e.week, roster.Dutch)+" ontgrendeld", "Week "+weekName(e.week, roster.English)+" unlocked"
	return ed
}

// Unlock makes the visible week a draft again. Unlocking is an edit of the
// periods only, so it is allowed on a fixed week.
func (e *Editor) Unlock() error { return e.Do(e.UnlockWeekEdit()) }

// AssignEdit returns the edit that puts member on shift code on d. With add,
// the shift joins what the cell holds; otherwise it replaces it.
func (e *Editor) AssignEdit(member int, d roster.Date, code string, add bool) (roster.Edit, error) {
	st := e.house.ShiftType(code)
	if st == nil {
		return roster.Edit{}, fmt.Errorf("onbekende dienst %q / unknown shift %q", code, code)
	}
	return e.SetCellEdit(member, d, []roster.Assignment{{Member: member, Date: d, Shift: st.Code}}, add), nil
}

// CustomEdit returns the edit that puts member on shift code on d with the
// custom times start–end.
func (e *Editor) CustomEdit(member int, d roster.Date, code string, start, end roster.Clock, add bool) (roster.Edit, error) {
	st := e.house.ShiftType(code)
	if st == nil {
		return roster.Edit{}, fmt.Errorf("onbekende dienst %q / unknown shift %q", code, code)
	}
	a := roster.Assignment{Member: member, Date: d, Shift: st.Code}
	// Custom times are both given or neither (roster.Validate).
	if start != st.Start || end != st.End {
		a.Start, a.End = &start, &end
	}
	return e.SetCellEdit(member, d, []roster.Assignment{a}, add), nil
}

// SetCellEdit returns the edit that makes the cell of member on d hold as
// (appended to what it holds with add). Putting work on an absence day ends
// that day's absence.
func (e *Editor) SetCellEdit(member int, d roster.Date, as []roster.Assignment, add bool) roster.Edit {
	before := e.house.Plan.CellAssignments(member, d)
	after := make([]roster.Assignment, 0, len(before)+len(as))
	if add {
		after = append(after, before...)
	}
	after = append(after, as...)
	var ed roster.Edit
	if !roster.SameAssignments(before, after) {
		ed.Cells = []roster.CellEdit{{Member: member, Date: d, Before: before, After: after}}
	}
	if len(as) > 0 {
		ed.Absences = roster.AbsenceDayEdit(&e.house.Plan, member, d, "")
	}
	if ed.Empty() {
		return ed // nothing changes: no undo step, no audit record
	}
	ed.NL, ed.EN = e.cellLabel(member, d, as)
	return ed
}

// ClearEdit returns the edit that empties the cell of member on d: no
// shifts, no absence.
func (e *Editor) ClearEdit(member int, d roster.Date) roster.Edit {
	before := e.house.Plan.CellAssignments(member, d)
	ed := roster.Edit{Absences: roster.AbsenceDayEdit(&e.house.Plan, member, d, "")}
	if len(before) > 0 {
		ed.Cells = []roster.CellEdit{{Member: member, Date: d, Before: before}}
	}
	name := e.memberName(member)
	ed.NL = fmt.Sprintf("%s %s leeggemaakt", name, roster.DayLabel(d, roster.Dutch))
	ed.EN = fmt.Sprintf("%s %s cleared", name, roster.DayLabel(d, roster.English))
	return ed
}

// AbsentEdit returns the edit that marks member absent on d with kind k.
func (e *Editor) AbsentEdit(member int, d roster.Date, k roster.AbsenceKind) roster.Edit {
	ed := roster.MarkAbsentEdit(e.house, member, d, k)
	name := e.memberName(member)
	ed.NL = fmt.Sprintf("%s %s: %s", name, roster.DayLabel(d, roster.Dutch), k)
	ed.EN = fmt.Sprintf("%s %s: %s", name, roster.DayLabel(d, roster.English), absenceEN[k])
	return ed
}

var absenceEN = map[roster.AbsenceKind]string{
	roster.AbsLeave: "leave", roster.AbsSick: "sick", roster.AbsSpecial: "special leave", roster.AbsTraining: "training",
}

// CopyPrevWeekEdit returns the edit that copies the week before the visible
// one onto it (overwriting filled cells only with overwrite).
func (e *Editor) CopyPrevWeekEdit(overwrite bool) roster.Edit {
	ed := roster.CopyWeekEdit(e.house, e.week-7, e.week, overwrite)
	ed.NL = fmt.Sprintf("Week %s gekopieerd naar %s", weekName(e.week-7, roster.Dutch), weekName(e.week, roster.Dutch))
	ed.EN = fmt.Sprintf("Week %s copied to %s", weekName(e.week-7, roster.English), weekName(e.week, roster.English))
	return ed
}

// PasteCells returns one edit that pastes several cells: targets[i] gets
// copied[i] (an empty copy clears the target).
func (e *Editor) PasteCells(targets []CellRef, copied [][]roster.Assignment) roster.Edit {
	var out roster.Edit
	for i, t := range targets {
		one := e.PasteEdit(t.Member, t.Date, copied[i])
		out.Cells = append(out.Cells, one.Cells...)
		out.Absences = append(out.Absences, one.Absences...)
		if len(targets) == 1 {
			out.NL, out.EN = one.NL, one.EN
		}
	}
	if len(targets) > 1 {
		out.NL = fmt.Sprintf("%d cellen geplakt", len(targets))
		out.EN = fmt.Sprintf("%d cells pasted", len(targets))
	}
	return out
}

// Merge returns one edit with the parts of edits, described by nl and en
// (one undo step).
func Merge(nl, en string, edits ...roster.Edit) roster.Edit {
	out := roster.Edit{NL: nl, EN: en}
	for _, e := range edits {
		out.Cells = append(out.Cells, e.Cells...)
		out.Absences = append(out.Absences, e.Absences...)
		out.Wishes = append(out.Wishes, e.Wishes...)
		out.Periods = append(out.Periods, e.Periods...)
	}
	return out
}

// CellRef names a cell of the roster: a member on a date.
type CellRef struct {
	Member int
	Date   roster.Date
}

// PasteEdit returns the edit that puts the assignments of a copied cell on
// member's cell on d.
func (e *Editor) PasteEdit(member int, d roster.Date, copied []roster.Assignment) roster.Edit {
	as := make([]roster.Assignment, 0, len(copied))
	for _, a := range copied {
		as = append(as, roster.Assignment{Member: member, Date: d, Shift: a.Shift, Start: a.Start, End: a.End})
	}
	if len(as) == 0 {
		return e.ClearEdit(member, d)
	}
	return e.SetCellEdit(member, d, as, false)
}

// SetBaseRosterEdit returns the settings edit that makes the weeks weeks
// from the visible one the team's base roster.
func (e *Editor) SetBaseRosterEdit(weeks int) (roster.Edit, error) {
	b, err := roster.BaseRosterFrom(e.house, e.week, weeks)
	if err != nil {
		return roster.Edit{}, err
	}
	before := roster.SettingsOf(e.house)
	after := before
	after.Settings.BaseRoster = b
	return roster.Edit{
		NL:       fmt.Sprintf("Basisrooster van %d weken vastgelegd vanaf %s", weeks, roster.WeekWords(roster.Week(e.week), roster.Dutch)),
		EN:       fmt.Sprintf("Base roster of %d weeks set from %s", weeks, roster.WeekWords(roster.Week(e.week), roster.English)),
		Settings: &roster.SettingsEdit{Before: before, After: after},
	}, nil
}

// ApplyBaseRosterEdit returns the edit that puts the base roster on weeks
// weeks from the visible one.
func (e *Editor) ApplyBaseRosterEdit(weeks int, overwrite bool) (roster.Edit, error) {
	b := e.house.Settings.BaseRoster
	if b == nil {
		return roster.Edit{}, errors.New("er is nog geen basisrooster / there is no base roster yet")
	}
	if weeks < 1 || weeks > 52 {
		return roster.Edit{}, fmt.Errorf("%d weken: kies 1 tot 52 / %d weeks: choose 1 to 52", weeks, weeks)
	}
	return b.Edit(e.house, roster.Window{From: e.week, To: e.week + roster.Date(7*weeks-1)}, overwrite), nil
}

func (e *Editor) memberName(id int) string {
	if m := e.house.Member(id); m != nil {
		return m.Name
	}
	return fmt.Sprintf("#%d", id)
}

func (e *Editor) cellLabel(member int, d roster.Date, as []roster.Assignment) (nl, en string) {
	var codes []string
	for _, a := range as {
		codes = append(codes, a.Shift)
	}
	c := strings.Join(codes, "+")
	name := e.memberName(member)
	return fmt.Sprintf("%s %s: %s", name, roster.DayLabel(d, roster.Dutch), c),
		fmt.Sprintf("%s %s: %s", name, roster.DayLabel(d, roster.English), c)
}

// whoID returns the member ID of the current user: the member with that
// name, or else the only member whose first name it is ("--who Fatima").
func (e *Editor) whoID() (int, bool) {
	h := e.House()
	who := strings.TrimSpace(e.Who())
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

// lastEdit returns the edit an undo (undo) or a redo would take back or
// do again; the zero edit when there is none.
func (e *Editor) lastEdit(undo bool) roster.Edit {
	st := e.redo
	if undo {
		st = e.undo
	}
	if len(st) == 0 {
		return roster.Edit{}
	}
	return st[len(st)-1]
}
