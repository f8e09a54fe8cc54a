package ui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// cellKey names a grid cell by member and date.
type cellKey struct {
	member int
	date   roster.Date
}

// WeekScreen is the week roster editor: toolbar, grid, coverage strip and
// findings panel over one Editor. It keeps the grid, the navigation between
// weeks and the wiring: every feature (vul aan, periods, wishes, swaps,
// sick reports, open shifts, copy and paste, …) is its own type, built here
// over a screenDeps (feature.go), and the screen puts their buttons, menu
// items and cell menu items in place.
type WeekScreen struct {
	win  fyne.Window
	ed   *Editor
	lang string

	grid     *gridTable
	strip    *coverStrip
	findings *findingsPanel
	geom     *gridGeom

	title    *widget.Label
	state    *widget.Label
	fixBtn   *widget.Button
	undoBtn  *widget.Button
	redoBtn  *widget.Button
	userBtn  *widget.Button
	status   *canvas.Text
	stateKey string // what refreshState last showed

	// OnSwitchUser is called by the "switch user" button.
	OnSwitchUser func()
	// CellMenuExtra, when set, adds items to the cell menu of member on d
	// (other screens hook in here, e.g. a sick report).
	CellMenuExtra func(member int, d roster.Date) []*fyne.MenuItem

	onChange func() // called when the screen shows a change: the open cover panel follows (cover.go)

	// The features, one type each; none reaches into another.
	fill       *fillFeature    // "vul aan" and its proposal (fill.go, fill_proposal.go)
	periods    *periodsPanel   // the period's toolbar label and transitions (periods.go)
	wishes     *wishesFeature  // "my wishes" mode and the wish dialog (wishes.go)
	actions    *weekActions    // copy the previous week, fix, the base roster (actions.go)
	swap       *swapFlow       // swap or give away a shift (swap.go)
	openShifts *openShiftsFlow // what the coverage profile still needs (openshifts.go)
	sick       *sickFlow       // the sick report and recovery (sick.go)
	clipboard  *clipboard      // copy and paste of cells (clipboard.go)
	cells      *cellEdits      // a cell's shift and custom times (celledit.go)
	popUp      *cellPopUp      // the open cell menu (cellmenu.go)
	auditLog   *auditLog       // who changed what (auditlog.go)
	hours      *hoursDetail    // a member's hours over the balance period (hoursdetail.go)
	print      *printFlow      // the print preview of the week (print.go)

	content fyne.CanvasObject
}

// NewWeekScreen builds the week screen for ed in win, in language code.
func NewWeekScreen(win fyne.Window, ed *Editor, code string) *WeekScreen {
	ws := &WeekScreen{win: win, ed: ed, lang: code, geom: defaultGeom()}
	ws.grid = newGridTable(ws)
	ws.strip = newCoverStrip(ws)
	ws.findings = newFindingsPanel(ws)
	ws.fill = &fillFeature{screenDeps: ws.deps()}
	ws.periods = &periodsPanel{screenDeps: ws.deps()}
	ws.wishes = &wishesFeature{screenDeps: ws.deps()}
	ws.actions = &weekActions{screenDeps: ws.deps()}
	ws.swap = &swapFlow{screenDeps: ws.deps()}
	ws.openShifts = &openShiftsFlow{screenDeps: ws.deps()}
	ws.sick = &sickFlow{screenDeps: ws.deps(), showCover: ws.ShowCover}
	ws.auditLog = &auditLog{screenDeps: ws.deps()}
	ws.print = &printFlow{screenDeps: ws.deps()}
	ws.cells = &cellEdits{screenDeps: ws.deps()}
	ws.popUp = &cellPopUp{screenDeps: ws.deps(), assign: func(member int, d roster.Date, code string) {
		ws.cells.assign(member, d, code, false)
	}}
	ws.hours = &hoursDetail{screenDeps: ws.deps()}
	ws.clipboard = &clipboard{screenDeps: ws.deps(), block: ws.grid.blockCells,
		cursor: func() widget.TableCellID { return ws.grid.cursor }, cellAt: ws.grid.cellAt}
	ws.content = ws.build()
	ws.refreshAll()
	ws.setStatus("") // the help hint (status_hint.go)
	return ws
}

// Content returns the screen's root object.
func (ws *WeekScreen) Content() fyne.CanvasObject { return ws.content }

// Editor returns the screen's editor.
func (ws *WeekScreen) Editor() *Editor { return ws.ed }

func (ws *WeekScreen) build() fyne.CanvasObject {
	ws.title = widget.NewLabel("")
	ws.title.TextStyle.Bold = true
	ws.state = widget.NewLabel("")
	ws.state.TextStyle.Bold = true
	// The period label says the state of the week's period (a week fixed
	// on its own is a period of one week), so the week's own state label
	// would say it twice and push the toolbar off a 1366-pixel screen.
	ws.state.Hide()
	// A plain text, not a Label: the status changes with every edit and a
	// truncating Label is costly to lay out.
	ws.status = canvas.NewText("", theme.Color(theme.ColorNameForeground))

	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), ws.PrevWeek)
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), ws.NextWeek)
	today := widget.NewButton(lang.X("week.today", "This week"), ws.ThisWeek)
	gotoBtn := widget.NewButtonWithIcon(lang.X("week.goto.short", "Date…"), theme.SearchIcon(), ws.showGotoDate) // short: the toolbar must fit 1366 px
	ws.fixBtn = widget.NewButtonWithIcon("", theme.ConfirmIcon(), ws.actions.toggleFixed)
	ws.undoBtn = widget.NewButtonWithIcon("", theme.ContentUndoIcon(), ws.Undo)
	ws.redoBtn = widget.NewButtonWithIcon("", theme.ContentRedoIcon(), ws.Redo)
	more := widget.NewButtonWithIcon(lang.X("week.more", "Week…"), theme.MoreVerticalIcon(), nil)
	more.OnTapped = func() {
		m := fyne.NewMenu("", append(ws.actions.menuItems(), fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.X("week.goto", "Go to date…"), ws.showGotoDate))...)
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(more).AddXY(0, more.Size().Height)
		widget.ShowPopUpMenuAtPosition(m, ws.win.Canvas(), pos)
	}
	ws.userBtn = widget.NewButtonWithIcon("", theme.AccountIcon(), func() {
		if ws.OnSwitchUser != nil {
			ws.OnSwitchUser()
		}
	})
	bar := container.NewHBox(prev, today, next, container.NewCenter(ws.title), ws.state, gotoBtn,
		ws.periods.newLabel(), ws.wishes.newButton())
	right := container.NewHBox(ws.undoBtn, ws.redoBtn, more, ws.fixBtn, ws.userBtn)
	top := container.NewBorder(nil, nil, bar, right)

	gridArea := container.New(&weekLayout{ws: ws}, ws.grid, ws.strip)
	findingsTitle := widget.NewLabelWithStyle(lang.X("findings.title", "Findings this week"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	right2 := container.NewBorder(findingsTitle, nil, nil, nil, ws.findings.box)
	split := container.NewHSplit(gridArea, right2)
	split.Offset = 0.77
	bottom := container.NewBorder(ws.fill.newBar(), nil, nil, ws.sick.newButton(), container.NewPadded(ws.status)) // fill_proposal.go, sick.go
	return container.NewBorder(top, bottom, nil, nil, split)
}

// refreshAll redraws everything after the week or the language changed.
func (ws *WeekScreen) refreshAll() {
	ws.title.SetText(weekTitle(ws.ed.Week(), ws.lang))
	ws.refreshState()
	ws.grid.Refresh()
	ws.strip.Refresh()
	ws.findings.refresh()
}

// refreshState updates the toolbar: week state, fix button, undo and redo.
// It only touches widgets when something changed.
func (ws *WeekScreen) refreshState() {
	ws.periods.refresh()
	if ws.onChange != nil {
		ws.onChange()
	}
	key := fmt.Sprintf("%s|%v|%v|%s", ws.ed.WeekState(), ws.ed.CanUndo(), ws.ed.CanRedo(), ws.ed.Who())
	if key == ws.stateKey {
		return
	}
	ws.stateKey = key
	if ws.ed.WeekState() == roster.PeriodFixed {
		ws.state.Importance = widget.SuccessImportance
		ws.state.SetText(lang.X("week.state.fixed", "fixed"))
		ws.fixBtn.SetText(lang.X("week.unlock", "Unlock"))
		ws.fixBtn.SetIcon(theme.ViewRefreshIcon())
		ws.fixBtn.Importance = widget.MediumImportance
	} else {
		ws.state.Importance = widget.WarningImportance
		ws.state.SetText(lang.X("week.state.draft", "draft"))
		ws.fixBtn.SetText(lang.X("week.fix", "Fix week"))
		ws.fixBtn.SetIcon(theme.ConfirmIcon())
		ws.fixBtn.Importance = widget.HighImportance
	}
	ws.fixBtn.Refresh()
	if ws.ed.CanUndo() {
		ws.undoBtn.Enable()
	} else {
		ws.undoBtn.Disable()
	}
	if ws.ed.CanRedo() {
		ws.redoBtn.Enable()
	} else {
		ws.redoBtn.Disable()
	}
	ws.userBtn.SetText(firstName(ws.ed.Who())) // the first name keeps the toolbar within 1366 px
}

// setStatus shows a line in the status bar; "" brings back the help hint.
func (ws *WeekScreen) setStatus(s string) {
	if s == "" {
		s = statusHint()
	}
	ws.status.Text = s
	ws.status.Refresh()
}

// Do performs ed as the user's edit: saved, undoable, checked and shown; an
// error is shown to the user and false returned.
func (ws *WeekScreen) Do(ed roster.Edit) bool { return ws.do(ed) }

// Window returns the window the screen lives in.
func (ws *WeekScreen) Window() fyne.Window { return ws.win }

// do performs ed and refreshes what it changed; errors are shown.
func (ws *WeekScreen) do(ed roster.Edit) bool {
	if err := ws.tryDo(ed); err != nil {
		ws.showError(err)
		return false
	}
	return true
}

// tryDo is do that leaves showing the error to the caller.
func (ws *WeekScreen) tryDo(ed roster.Edit) error {
	if err := ws.ed.Do(ed); err != nil {
		return err
	}
	ws.afterEdit(ed)
	ws.setStatus(lang.X("status.saved", "Saved") + ": " + editText(ed, roster.LangOf(ws.lang)))
	ws.win.Canvas().Focus(ws.grid) // keep typing after a menu or dialog
	return nil
}

// editText is the description of ed in l, with ISO week labels in words.
func editText(ed roster.Edit, l roster.Lang) string {
	return roster.PlainWeeks(l.Pick(ed.NL, ed.EN), l)
}

// afterEdit refreshes the cells ed touched in the visible week, their hours,
// the strip and the findings.
func (ws *WeekScreen) afterEdit(ed roster.Edit) {
	v := ws.ed.View()
	rowOf := map[int]int{}
	for i, r := range v.Rows {
		rowOf[r.Member] = i
	}
	all := len(ed.Periods) > 0 || len(ed.Wishes) > 0 || len(ed.Members) > 0 || len(ed.Shifts) > 0 || ed.Settings != nil
	touch := func(member int, d roster.Date) {
		r, ok := rowOf[member]
		if !ok || !v.Week.Contains(d) {
			return
		}
		ws.grid.RefreshItem(widget.TableCellID{Row: r, Col: int(d - v.Week.From)})
	}
	if !all {
		for _, c := range ed.Cells {
			touch(c.Member, c.Date)
			for _, as := range [][]roster.Assignment{c.Before, c.After} {
				for _, a := range as {
					if a.CoverFor != 0 {
						touch(a.CoverFor, a.Date) // the covered vacancy shows who covers it (cover_cell.go)
					}
				}
			}
		}
		for _, a := range ed.Absences {
			for _, ab := range []*roster.Absence{a.Before, a.After} {
				if ab == nil {
					continue
				}
				for d := max(ab.From, v.Week.From); d <= min(ab.To, v.Week.To); d++ {
					touch(ab.Member, d)
				}
			}
		}
		// The hours column shows the balance period: a change in
		// another week of it changes the room of that row too.
		for r := range v.Rows {
			ws.grid.RefreshItem(widget.TableCellID{Row: r, Col: colHours})
		}
	} else {
		ws.grid.Refresh()
	}
	ws.strip.Refresh()
	ws.findings.refresh()
	ws.refreshState()
}

// showError shows err in the user's language.
func (ws *WeekScreen) showError(err error) {
	msg := pickLang(err.Error(), ws.lang)
	if errors.Is(err, ErrFixed) {
		dialog.ShowInformation(lang.X("week.fixed.title", "Week is fixed"), msg, ws.win)
		ws.setStatus(msg)
		return
	}
	dialog.ShowError(errors.New(msg), ws.win)
	ws.setStatus(msg)
}

// PickLang returns the Dutch ("nl") or English ("en") half of a bilingual
// message "nl / en"; other messages are returned as they are.
func PickLang(msg, code string) string { return pickLang(msg, code) }

// pickLang returns the Dutch or English half of a bilingual message
// "nl / en"; other messages are returned as they are.
func pickLang(msg, code string) string {
	if strings.Count(msg, " / ") != 1 {
		return msg
	}
	nl, en, _ := strings.Cut(msg, " / ")
	if code == "en" {
		return en
	}
	return nl
}

// Undo undoes the last edit of this session.
func (ws *WeekScreen) Undo() {
	label := ws.ed.UndoLabel(roster.LangOf(ws.lang))
	ed := ws.ed.lastEdit(true)
	ok, err := ws.ed.Undo()
	if err != nil {
		ws.showError(err)
		return
	}
	if ok {
		ws.showEdit(ed)
		ws.setStatus(lang.X("status.undone", "Undone") + ": " + label)
	}
}

// Redo redoes the last undone edit.
func (ws *WeekScreen) Redo() {
	label := ws.ed.RedoLabel(roster.LangOf(ws.lang))
	ed := ws.ed.lastEdit(false)
	ok, err := ws.ed.Redo()
	if err != nil {
		ws.showError(err)
		return
	}
	if ok {
		ws.showEdit(ed)
		ws.setStatus(lang.X("status.redone", "Redone") + ": " + label)
	}
}

// showEdit refreshes after an undo or redo of ed; when ed changed cells of
// another week only, that week is shown, so the user sees what changed.
func (ws *WeekScreen) showEdit(ed roster.Edit) {
	w := ws.ed.View().Week
	for _, c := range ed.Cells {
		if w.Contains(c.Date) {
			ws.afterEdit(ed)
			return
		}
	}
	if len(ed.Cells) > 0 {
		ws.SetWeek(ed.Cells[0].Date)
		return
	}
	ws.afterEdit(ed)
}

// datesOf returns the dates a finding's interval touches.
func datesOf(f *rules.Finding) []roster.Date {
	if f.Start.IsZero() {
		return nil
	}
	s := roster.DateOf(f.Start.In(roster.Amsterdam))
	e := roster.DateOf(f.End.In(roster.Amsterdam).Add(-1))
	var out []roster.Date
	for d := s; d <= e && len(out) < 62; d++ {
		out = append(out, d)
	}
	return out
}

// SetWeek shows the week of d.
func (ws *WeekScreen) SetWeek(d roster.Date) {
	if d.Monday() != ws.ed.Week() {
		ws.setStatus("") // a message about the last week would mislead
	}
	ws.ed.SetWeek(d)
	ws.grid.selection = map[cellKey]bool{}
	ws.refreshAll()
}

// PrevWeek, NextWeek and ThisWeek navigate.
func (ws *WeekScreen) PrevWeek() { ws.SetWeek(ws.ed.Week() - 7) }

// NextWeek shows the next week.
func (ws *WeekScreen) NextWeek() { ws.SetWeek(ws.ed.Week() + 7) }

// ThisWeek shows the week of today.
func (ws *WeekScreen) ThisWeek() { ws.SetWeek(ws.ed.Today()) }
