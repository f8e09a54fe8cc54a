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

// fillState is the "vul aan" state of a week screen: the proposal on
// screen (shift code per cell), the bar that offers to accept or discard
// it, and the run under way.
type fillState struct {
	proposal map[cellKey]string
	window   roster.Window      // what the proposal was made for
	result   house.Result       // the planner's figures: open hours, bound, gaps
	preview  *weekview.WeekView // the visible week with the proposal accepted (coverage strip)
	run      *fillRun
	bar      *fyne.Container
	barText  *widget.Label
}

// fillBar returns the proposal bar, hidden while there is no proposal.
func (ws *WeekScreen) fillBar() fyne.CanvasObject {
	ws.fill.barText = widget.NewLabel("")
	ws.fill.barText.Wrapping = fyne.TextWrapWord
	accept := widget.NewButtonWithIcon(lang.X("fill.acceptall", "Accept all"), theme.ConfirmIcon(), func() { ws.acceptAllProposals() })
	accept.Importance = widget.HighImportance
	discard := widget.NewButtonWithIcon(lang.X("fill.discard", "Discard proposal"), theme.CancelIcon(), ws.discardProposal)
	ws.fill.bar = container.NewBorder(nil, nil, nil, container.NewHBox(accept, discard), ws.fill.barText)
	ws.fill.bar.Hide()
	return ws.fill.bar
}

// setProposal shows as as the proposal (what team.FilterProposal lets
// through: open cells, one night cover a night) and returns how many cells
// it marks.
func (ws *WeekScreen) setProposal(as []roster.Assignment) int {
	ws.fill.proposal = map[cellKey]string{}
	for _, a := range team.FilterProposal(ws.ed.House(), as) {
		ws.fill.proposal[cellKey{a.Member, a.Date}] = a.Shift
	}
	ws.proposalChanged()
	return len(ws.fill.proposal)
}

// proposalOpen reports whether a proposal may still go onto the cell
// (team.ProposalOpen).
func (ws *WeekScreen) proposalOpen(member int, d roster.Date) bool {
	return team.ProposalOpen(ws.ed.House(), member, d)
}

// proposalChanged updates the bar and the grid after the proposal changed.
func (ws *WeekScreen) proposalChanged() {
	if ws.fill.bar != nil {
		if n := len(ws.fill.proposal); n > 0 {
			e0, e1, w0, w1 := ws.proposalPreview()
			ws.fill.barText.SetText(fmt.Sprintf(lang.X("fill.bar", "Proposal: %d shifts"), n) + " · " +
				fmt.Sprintf(lang.X("fill.preview", "errors from %d to %d, warnings from %d to %d"), e0, e1, w0, w1) +
				"\n" + boundText(ws.fill.result, ws.lang == "en"))
			ws.fill.bar.Show()
		} else {
			ws.fill.bar.Hide()
		}
	}
	ws.fill.preview = nil
	if len(ws.fill.proposal) > 0 {
		ws.fill.preview = weekview.NewWeekView(ws.proposalHouse(), ws.ed.Week())
	}
	ws.grid.Refresh()
	if ws.strip != nil {
		ws.strip.Refresh()
	}
}

// boundText says how far the proposal gets against the proven bound: the
// open hours it leaves, and, when the rules make full coverage impossible,
// how many of them no roster can cover.
func boundText(r house.Result, en bool) string {
	h := func(min int) string { return roster.HoursLabel(float64(min)/60, en) }
	text := fmt.Sprintf(lang.X("fill.hours", "open hours: %s now, %s with the proposal"), h(r.OpenMinutes), h(r.UncoveredMinutes))
	if r.BoundMinutes > 0 {
		text += "; " + fmt.Sprintf(lang.X("fill.bound", "no roster within the rules covers more than %s of the %s open hours"),
			h(r.OpenMinutes-r.BoundMinutes), h(r.OpenMinutes))
	}
	return text
}

// proposalAssignments returns the proposal as assignments, by date, then
// member.
func (ws *WeekScreen) proposalAssignments() []roster.Assignment {
	var out []roster.Assignment
	for _, k := range ws.proposalKeys() {
		out = append(out, roster.Assignment{Member: k.member, Date: k.date, Shift: ws.fill.proposal[k]})
	}
	return out
}

// proposalHouse returns a shallow copy of the house with the whole
// proposal accepted (its own assignment list).
func (ws *WeekScreen) proposalHouse() *roster.House {
	return team.WithProposal(ws.ed.House(), ws.proposalAssignments())
}

// proposalPreview counts the error and warning findings in the proposal's
// window now and with the whole proposal accepted (team.ProposalPreview).
func (ws *WeekScreen) proposalPreview() (errNow, errThen, warnNow, warnThen int) {
	return team.ProposalPreview(ws.ed.House(), ws.proposalAssignments(), ws.fill.window)
}

// proposalKeys returns the proposed cells by date, then member.
func (ws *WeekScreen) proposalKeys() []cellKey {
	return slices.SortedFunc(maps.Keys(ws.fill.proposal), func(a, b cellKey) int {
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.member, b.member))
	})
}

// proposalEdit returns the edit that accepts the proposal of cell k; false
// when the cell is no longer open.
func (ws *WeekScreen) proposalEdit(k cellKey) (roster.Edit, bool) {
	code, ok := ws.fill.proposal[k]
	if !ok || !ws.proposalOpen(k.member, k.date) {
		return roster.Edit{}, false
	}
	ed, err := ws.ed.AssignEdit(k.member, k.date, code, false)
	return ed, err == nil && !ed.Empty()
}

// acceptAllProposals puts every proposed shift whose cell is still open in
// the roster as one undoable edit and clears the proposal.
func (ws *WeekScreen) acceptAllProposals() bool {
	var edits []roster.Edit
	for _, k := range ws.proposalKeys() {
		if ed, ok := ws.proposalEdit(k); ok {
			edits = append(edits, ed)
		}
	}
	if len(edits) == 0 {
		ws.discardProposal()
		return false
	}
	ed := Merge(fmt.Sprintf("Vul aan: %d diensten overgenomen", len(edits)),
		fmt.Sprintf("Fill in: %d shifts accepted", len(edits)), edits...)
	if !ws.do(ed) {
		return false
	}
	ws.discardProposal()
	return true
}

// acceptProposal puts the proposed shift of one cell in the roster.
func (ws *WeekScreen) acceptProposal(member int, d roster.Date) bool {
	k := cellKey{member, d}
	ed, ok := ws.proposalEdit(k)
	if ok && !ws.do(ed) {
		return false
	}
	delete(ws.fill.proposal, k)
	ws.proposalChanged()
	return ok
}

// rejectProposal takes the proposal off one cell.
func (ws *WeekScreen) rejectProposal(member int, d roster.Date) {
	delete(ws.fill.proposal, cellKey{member, d})
	ws.proposalChanged()
}

// discardProposal takes the whole proposal off the screen.
func (ws *WeekScreen) discardProposal() {
	ws.fill.proposal = nil
	ws.proposalChanged()
}

// fillMenuItems returns the cell menu's first items on a proposed cell:
// accept or reject the proposal.
func (ws *WeekScreen) fillMenuItems(member int, d roster.Date) []*fyne.MenuItem {
	code, ok := ws.fill.proposal[cellKey{member, d}]
	if !ok || !ws.proposalOpen(member, d) {
		return nil
	}
	return []*fyne.MenuItem{
		fyne.NewMenuItem(fmt.Sprintf(lang.X("fill.accept", "Accept proposal %s"), code), func() { ws.acceptProposal(member, d) }),
		fyne.NewMenuItem(lang.X("fill.reject", "Reject proposal"), func() { ws.rejectProposal(member, d) }),
		fyne.NewMenuItemSeparator(),
	}
}

// markProposal draws the proposal of an open cell: a tint, a frame and the
// proposed shift in italics with "proposal" under it.
func (ws *WeekScreen) markProposal(c *cellView, member int, d roster.Date, cell *weekview.WeekCell) {
	code, ok := ws.fill.proposal[cellKey{member, d}]
	if !ok || len(cell.Assignments) > 0 || cell.Absence != "" {
		return
	}
	text := code
	bar := color.Color(withAlpha(colProposal, 0x80))
	if st := ws.ed.House().ShiftType(code); st != nil {
		text = shiftText(weekview.CellShift{Code: st.Code, Start: st.Start, End: st.End, Known: true})
		bar = withAlpha(shiftColour(st.Colour), 0x80)
	}
	selected := ws.isSelected(member, d)
	c.set(withAlpha(colProposal, 0x24), bar, selected,
		cellLine{text: text, colour: colProposal, bold: true, italic: true},
		cellLine{text: lang.X("fill.cell", "proposal"), colour: colProposal, italic: true})
	if !selected {
		c.frame.StrokeColor = colProposal
		c.frame.Refresh()
	}
}
