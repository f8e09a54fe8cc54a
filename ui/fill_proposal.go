package ui

import (
	"cmp"
	"fmt"
	"image/color"
	"maps"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan/house"
	"github.com/huisrooster/huisrooster/roster/team"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// colProposal marks the cells of a "vul aan" proposal.
var colProposal = color.NRGBA{0x00, 0x89, 0x7b, 0xff}

// fillFeature is "vul aan" on the week screen: it starts the planner
// (fill.go), holds its proposal (shift code per open cell), marks it on the
// grid, offers to accept or discard it in a bar above the status line and
// per cell in the cell menu, and previews the coverage with it.
type fillFeature struct {
	screenDeps

	proposal map[cellKey]string
	window   roster.Window      // what the proposal was made for
	result   house.Result       // the planner's figures: open hours, bound, gaps
	preview  *weekview.WeekView // the visible week with the proposal accepted (coverage strip)
	run      *fillRun
	bar      *fyne.Container
	barText  *widget.Label
}

// newBar returns the proposal bar, hidden while there is no proposal.
func (f *fillFeature) newBar() fyne.CanvasObject {
	f.barText = widget.NewLabel("")
	f.barText.Wrapping = fyne.TextWrapWord
	accept := widget.NewButtonWithIcon(lang.X("fill.acceptall", "Accept all"), theme.ConfirmIcon(), func() { f.acceptAll() })
	accept.Importance = widget.HighImportance
	discard := widget.NewButtonWithIcon(lang.X("fill.discard", "Discard proposal"), theme.CancelIcon(), f.discard)
	details := widget.NewButtonWithIcon(lang.X("fill.details", "Details…"), theme.InfoIcon(), f.showDetails)
	f.bar = container.NewBorder(nil, nil, nil, container.NewHBox(details, accept, discard), f.barText)
	f.bar.Hide()
	return f.bar
}

// setProposal shows as as the proposal (what team.FilterProposal lets
// through: open cells, one night cover a night) and returns how many cells
// it marks.
func (f *fillFeature) setProposal(as []roster.Assignment) int {
	f.proposal = map[cellKey]string{}
	for _, a := range team.FilterProposal(f.ed.House(), as) {
		f.proposal[cellKey{a.Member, a.Date}] = a.Shift
	}
	f.changed()
	return len(f.proposal)
}

// open reports whether a proposal may still go onto the cell
// (team.ProposalOpen).
func (f *fillFeature) open(member int, d roster.Date) bool {
	return team.ProposalOpen(f.ed.House(), member, d)
}

// changed updates the bar and the grid after the proposal changed.
func (f *fillFeature) changed() {
	if f.bar != nil {
		if n := len(f.proposal); n > 0 {
			e0, e1, w0, w1 := f.counts()
			text := fmt.Sprintf(lang.X("fill.bar", "Proposal: %d shifts"), n) + " · " +
				fmt.Sprintf(lang.X("fill.preview", "errors from %d to %d, warnings from %d to %d"), e0, e1, w0, w1) +
				"\n" + boundText(f.result, roster.LangOf(f.lang))
			if e := emptyText(house.EmptySpans(f.house(), f.window), roster.LangOf(f.lang)); e != "" {
				text += "\n" + e
			}
			f.barText.SetText(text)
			f.bar.Show()
		} else {
			f.bar.Hide()
		}
	}
	f.preview = nil
	if len(f.proposal) > 0 {
		f.preview = weekview.NewWeekView(f.house(), f.ed.Week())
	}
	f.redraw()
}

// boundText says how far the proposal gets against the proven bound: the
// open hours it leaves, and, when the rules make full coverage impossible,
// how many of them no roster can cover.
func boundText(r house.Result, lng roster.Lang) string {
	h := func(min int) string { return roster.HoursLabel(float64(min)/60, lng) }
	text := fmt.Sprintf(lang.X("fill.hours", "open hours: %s now, %s with the proposal"), h(r.OpenMinutes), h(r.UncoveredMinutes))
	if r.BoundMinutes > 0 {
		text += "; " + fmt.Sprintf(lang.X("fill.bound", "no roster within the rules covers more than %s of the %s open hours"),
			h(r.OpenMinutes-r.BoundMinutes), h(r.OpenMinutes))
	}
	return text
}

// emptyText says plainly how long and how often nobody at all is present
// under the coverage profile with the whole proposal accepted ("" when
// never): the remaining shortfall the team least wants to leave.
func emptyText(spans []house.EmptySpan, lng roster.Lang) string {
	if len(spans) == 0 {
		return ""
	}
	total := 0
	for _, sp := range spans {
		total += sp.Minutes()
	}
	h := roster.HoursLabel(float64(total)/60, lng)
	if len(spans) == 1 {
		return fmt.Sprintf(lang.X("fill.empty.one", "Warning: nobody present at all on %s; see Details"), spans[0].Text(lng))
	}
	return fmt.Sprintf(lang.X("fill.empty.bar", "Warning: nobody present at all for %s h in %d periods; see Details"), h, len(spans))
}

// assignments returns the proposal as assignments, by date, then
// member.
func (f *fillFeature) assignments() []roster.Assignment {
	var out []roster.Assignment
	for _, k := range f.keys() {
		out = append(out, roster.Assignment{Member: k.member, Date: k.date, Shift: f.proposal[k]})
	}
	return out
}

// house returns a shallow copy of the house with the whole
// proposal accepted (its own assignment list).
func (f *fillFeature) house() *roster.House {
	return team.WithProposal(f.ed.House(), f.assignments())
}

// counts counts the error and warning findings in the proposal's
// window now and with the whole proposal accepted (team.ProposalPreview).
func (f *fillFeature) counts() (errNow, errThen, warnNow, warnThen int) {
	return team.ProposalPreview(f.ed.House(), f.assignments(), f.window)
}

// keys returns the proposed cells by date, then member.
func (f *fillFeature) keys() []cellKey {
	return slices.SortedFunc(maps.Keys(f.proposal), func(a, b cellKey) int {
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.member, b.member))
	})
}

// edit returns the edit that accepts the proposal of cell k; false
// when the cell is no longer open.
func (f *fillFeature) edit(k cellKey) (roster.Edit, bool) {
	code, ok := f.proposal[k]
	if !ok || !f.open(k.member, k.date) {
		return roster.Edit{}, false
	}
	ed, err := f.ed.AssignEdit(k.member, k.date, code, false)
	return ed, err == nil && !ed.Empty()
}

// acceptAll puts every proposed shift whose cell is still open in
// the roster as one undoable edit and clears the proposal.
func (f *fillFeature) acceptAll() bool {
	var edits []roster.Edit
	for _, k := range f.keys() {
		if ed, ok := f.edit(k); ok {
			edits = append(edits, ed)
		}
	}
	if len(edits) == 0 {
		f.discard()
		return false
	}
	ed := Merge(fmt.Sprintf("Vul aan: %d diensten overgenomen", len(edits)),
		fmt.Sprintf("Fill in: %d shifts accepted", len(edits)), edits...)
	if !f.do(ed) {
		return false
	}
	f.discard()
	return true
}

// accept puts the proposed shift of one cell in the roster.
func (f *fillFeature) accept(member int, d roster.Date) bool {
	k := cellKey{member, d}
	ed, ok := f.edit(k)
	if ok && !f.do(ed) {
		return false
	}
	delete(f.proposal, k)
	f.changed()
	return ok
}

// reject takes the proposal off one cell.
func (f *fillFeature) reject(member int, d roster.Date) {
	delete(f.proposal, cellKey{member, d})
	f.changed()
}

// discard takes the whole proposal off the screen.
func (f *fillFeature) discard() {
	f.proposal = nil
	f.changed()
}

// menuItems returns the cell menu's first items on a proposed cell:
// accept or reject the proposal.
func (f *fillFeature) menuItems(member int, d roster.Date) []*fyne.MenuItem {
	code, ok := f.proposal[cellKey{member, d}]
	if !ok || !f.open(member, d) {
		return nil
	}
	return []*fyne.MenuItem{
		fyne.NewMenuItem(fmt.Sprintf(lang.X("fill.accept", "Accept proposal %s"), code), func() { f.accept(member, d) }),
		fyne.NewMenuItem(lang.X("fill.reject", "Reject proposal"), func() { f.reject(member, d) }),
		fyne.NewMenuItemSeparator(),
	}
}

// mark draws the proposal of an open cell: a tint, a frame and the
// proposed shift in bold with "proposal" under it.
func (f *fillFeature) mark(c *cellView, member int, d roster.Date, cell *weekview.WeekCell, selected bool) {
	code, ok := f.proposal[cellKey{member, d}]
	if !ok || len(cell.Assignments) > 0 || cell.Absence != "" {
		return
	}
	text := code
	bar := color.Color(withAlpha(colProposal, 0x80))
	if st := f.ed.House().ShiftType(code); st != nil {
		text = shiftText(weekview.CellShift{Code: st.Code, Start: st.Start, End: st.End, Known: true})
		bar = withAlpha(shiftColour(st.Colour), 0x80)
	}
	c.set(withAlpha(colProposal, 0x24), bar, selected,
		cellLine{text: text, colour: colProposal, bold: true},
		cellLine{text: lang.X("fill.cell", "proposal"), colour: colProposal})
	if !selected {
		c.frame.StrokeColor = colProposal
		c.frame.Refresh()
	}
}

// previewOf returns the week v with the whole proposal accepted, for the
// coverage strip; nil when no proposal covers that week.
func (f *fillFeature) previewOf(v *weekview.WeekView) *weekview.WeekView {
	if p := f.preview; p != nil && p.Week == v.Week {
		return p
	}
	return nil
}
