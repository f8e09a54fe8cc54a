package ui

// This file holds the year view ("Jaaroverzicht"): the ISO weeks of a year
// across, the team down; per member leave, sick weeks, training, contract
// changes and the start or end of the membership; above them per week the
// line of what the profile needs against what the team can give (past /
// krap / past niet, roster/year), the school holidays of the house's region
// and the public holidays. Leave is asked, agreed ("afgesproken") and noted
// from it; the balances are on a second tab. Decisions are made in
// roster/year; this file only shows them and passes the user's acts on.

import (
	"errors"
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/year"
)

// The fixed rows of the year grid above the members.
const (
	yearRowWeek    = iota // ISO week numbers
	yearRowLine           // past / krap / past niet
	yearRowHoliday        // school and public holidays
	yearFixedRows
)

// Sizes of the year grid: 53 weeks of 21 px and the names fit 1366 px.
const (
	yearNameWidth = 104
	yearWeekWidth = 17 // the table pads each cell: 21 px on screen
	yearRowHeight = 24
)

// colSchool marks school holiday weeks; colAsked a week with leave asked.
var (
	colSchool = color.NRGBA{0x42, 0xa5, 0xf5, 0x60}
	colAsked  = color.NRGBA{0x66, 0xbb, 0x6a, 0x70}
)

// YearView is the year screen.
type YearView struct {
	ws      screenDeps // the week screen's editor, window and language
	year    int
	now     func() time.Time
	mondays []roster.Date
	lines   []year.WeekLine
	members []*roster.Member
	weeks   [][]year.MemberWeek
	sel     widget.TableCellID

	title    *widget.Label
	table    *widget.Table
	detail   *widget.Label
	requests *widget.Select
	region   *widget.Select
	summer   *summerTab // year_summer.go
	agreeBtn *widget.Button
	noteBtn  *widget.Button
	askBtn   *widget.Button
	balances *widget.Table
	balCells [][]string
	content  fyne.CanvasObject
	dlg      dialog.Dialog
}

// ShowYear shows the year view of the visible week's year in a dialog.
func (ws *WeekScreen) ShowYear() *YearView {
	v := newYearView(ws.deps())
	v.dlg = dialog.NewCustom(lang.X("year.title", "Year overview"), lang.X("Close", "Close"), v.content, ws.win)
	v.dlg.Resize(fyne.NewSize(1350, 740))
	v.dlg.Show()
	return v
}

// newYearView builds the view for the ISO year of the visible week.
func newYearView(ws screenDeps) *YearView {
	v := &YearView{ws: ws, now: time.Now}
	v.year, _ = ws.ed.Week().ISOWeek()
	v.title = widget.NewLabel("")
	v.title.TextStyle.Bold = true
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.SetYear(v.year - 1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.SetYear(v.year + 1) })
	v.askBtn = widget.NewButtonWithIcon(lang.X("year.ask", "Ask for leave…"), theme.ContentAddIcon(), func() { v.ShowAsk() })
	v.table = widget.NewTable(v.size, v.create, v.update)
	v.table.StickyRowCount = yearFixedRows
	v.table.StickyColumnCount = 1
	v.table.SetColumnWidth(0, yearNameWidth)
	for c := 1; c <= 53; c++ {
		v.table.SetColumnWidth(c, yearWeekWidth)
	}
	v.table.OnSelected = func(id widget.TableCellID) { v.Select(id) }
	v.detail = widget.NewLabel(lang.X("year.pick", "Click a week (or use the arrow keys and space) to see it."))
	v.detail.Wrapping = fyne.TextWrapWord
	v.requests = widget.NewSelect(nil, func(string) { v.updateButtons() })
	v.requests.PlaceHolder = lang.X("year.request.none", "No leave request this week")
	v.agreeBtn = widget.NewButtonWithIcon(lang.X("year.agree", "Agreed"), theme.ConfirmIcon(), func() { v.AgreeSelected() })
	v.noteBtn = widget.NewButtonWithIcon(lang.X("year.note", "Note…"), theme.DocumentCreateIcon(), func() { v.showNote() })
	legend := widget.NewLabel(lang.X("year.legend", "L leave · A away (reason not shown) · T training · X special leave · ? asked · C new contract · + joins · × leaves · H public holiday · blue: school holiday. Line: green fits, orange tight (everyone at the limit), red short (hours)."))
	legend.Wrapping = fyne.TextWrapWord
	acts := container.NewBorder(nil, nil, nil, container.NewHBox(v.agreeBtn, v.noteBtn), v.requests)
	bottom := container.NewVBox(v.detail, acts, legend)
	grid := container.NewBorder(nil, bottom, nil, nil, v.table)
	v.balances = widget.NewTable(
		func() (int, int) {
			if len(v.balCells) == 0 {
				return 0, 0
			}
			return len(v.balCells), len(v.balCells[0])
		},
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.TextStyle.Bold = id.Row == 0
			l.SetText(v.balCells[id.Row][id.Col])
		})
	v.balances.StickyRowCount = 1
	v.summer = v.newSummerTab()
	for i, w := range []float32{190, 100, 120, 110, 120, 100, 100, 190, 140} {
		v.balances.SetColumnWidth(i, w)
	}
	tabs := container.NewAppTabs(
		container.NewTabItem(lang.X("year.tab.weeks", "Weeks"), grid),
		container.NewTabItem(lang.X("year.tab.balances", "Balances"), v.balances),
		container.NewTabItem(lang.X("year.tab.summer", "Summer"), v.summer.content),
	)
	// The options say what they are ("Regio midden"), not a bare "midden".
	regionLabel := func(r roster.SchoolRegion) string {
		return fmt.Sprintf(lang.X("year.region.one", "Region %s"), string(r))
	}
	var regionNames []string
	for _, r := range roster.SchoolRegions {
		regionNames = append(regionNames, regionLabel(r))
	}
	v.region = widget.NewSelect(regionNames, func(string) {
		if i := v.region.SelectedIndex(); i >= 0 && i < len(roster.SchoolRegions) {
			v.SetRegion(roster.SchoolRegions[i])
		}
	})
	v.region.PlaceHolder = lang.X("year.region", "School region")
	if r := ws.ed.House().Settings.Region; r != "" {
		v.region.Selected = regionLabel(r)
	}
	prov := widget.NewButtonWithIcon(lang.X("year.prov", "Provisional roster…"), theme.DocumentPrintIcon(), func() { v.showProvisional() })
	head := container.NewBorder(nil, nil, container.NewHBox(prev, v.title, next), container.NewHBox(sized(v.region, 170), prov, v.askBtn))
	v.content = container.NewBorder(head, nil, nil, nil, tabs)
	v.SetYear(v.year)
	return v
}

// SetYear shows ISO year y.
func (v *YearView) SetYear(y int) {
	h := v.ws.ed.House()
	v.year = y
	v.mondays = year.Weeks(y)
	v.lines = year.Lines(h, y)
	v.members = v.members[:0]
	all := year.MemberWeeks(h, v.mondays)
	v.weeks = v.weeks[:0]
	w := roster.Window{From: v.mondays[0], To: v.mondays[len(v.mondays)-1] + 6}
	for i := range h.Members {
		m := &h.Members[i]
		if m.ActiveTo != nil && *m.ActiveTo < w.From || m.ActiveFrom != nil && *m.ActiveFrom > w.To {
			continue
		}
		v.members = append(v.members, m)
		// The year view does not hold the teamleider's PIN: sick days show
		// as days away, reason withheld (the privacy rule).
		row := make([]year.MemberWeek, len(all[i]))
		for j, w := range all[i] {
			row[j] = w.Disclosed(false)
		}
		v.weeks = append(v.weeks, row)
	}
	short, tight := 0, 0
	for _, l := range v.lines {
		switch l.Status {
		case year.Short:
			short++
		case year.Tight:
			tight++
		}
	}
	region := string(h.Settings.Region)
	if region == "" {
		region = lang.X("year.noregion", "no region set")
	}
	switch {
	case short == 0 && tight > 0: // orange weeks fit only with everyone at their limit: not "all fit"
		v.title.SetText(fmt.Sprintf(lang.X("year.heading.tight", "%d · no week short, %d of %d tight · school holidays: %s"), y, tight, len(v.lines), region))
	case short == 0: // "0 van de 53 weken passen niet" makes the reader count twice
		v.title.SetText(fmt.Sprintf(lang.X("year.heading.allfit", "%d · all %d weeks fit · school holidays: %s"), y, len(v.lines), region))
	default:
		v.title.SetText(fmt.Sprintf(lang.X("year.heading", "%d · %d of %d weeks short · school holidays: %s"), y, short, len(v.lines), region))
	}
	v.balCells = v.balanceCells()
	v.refreshSummer()
	v.table.Refresh()
	v.balances.Refresh()
	if v.sel.Col > len(v.mondays) {
		v.sel.Col = len(v.mondays)
	}
	v.showDetail()
}

// SetRegion saves the house's school holiday region and shows it.
func (v *YearView) SetRegion(r roster.SchoolRegion) bool {
	h := v.ws.ed.House()
	if h.Settings.Region == r {
		return true
	}
	e, err := year.SetYearSettings(h, r, h.Settings.LeaveHoursPerFTE)
	return v.do(e, err)
}

// size returns the grid's rows and columns.
func (v *YearView) size() (int, int) { return yearFixedRows + len(v.members), 1 + len(v.mondays) }

// create makes one grid cell: a background and a centred text.
func (v *YearView) create() fyne.CanvasObject {
	t := canvas.NewText("", theme.Color(theme.ColorNameForeground))
	t.TextSize = theme.TextSize() * 0.8
	return container.NewStack(canvas.NewRectangle(color.Transparent), container.NewCenter(t))
}

// Cell returns the text and background of a grid cell (for the grid and tests).
func (v *YearView) Cell(row, col int) (string, color.Color) {
	if col == 0 {
		switch row {
		case yearRowWeek:
			return lang.X("year.week", "Week"), color.Transparent
		case yearRowLine:
			return lang.X("year.line", "Fits?"), color.Transparent
		case yearRowHoliday:
			return lang.X("year.holidays", "Holidays"), color.Transparent
		}
		return firstName(v.members[row-yearFixedRows].Name), color.Transparent
	}
	wk := col - 1
	if wk >= len(v.lines) {
		return "", color.Transparent
	}
	l := v.lines[wk]
	switch row {
	case yearRowWeek:
		return strconv.Itoa(l.ISOWeek), color.Transparent
	case yearRowLine:
		switch l.Status {
		case year.Fits:
			return "", colCoverOK
		case year.Tight:
			return "", colCoverShortOne
		}
		return strconv.Itoa(int(l.ShortHours + 0.5)), colCoverShortMore
	case yearRowHoliday:
		var bg color.Color = color.Transparent
		if l.School != "" {
			bg = colSchool
		}
		if len(l.Holidays) > 0 {
			return lang.X("year.c.holiday", "H"), bg
		}
		return "", bg
	}
	mw := v.weeks[row-yearFixedRows][wk]
	var bg color.Color = color.Transparent
	if l.School != "" {
		bg = withAlpha(colSchool, 0x28)
	}
	text := ""
	switch mw.Main() {
	case roster.AbsLeave:
		text, bg = lang.X("year.c.leave", "L"), colLeave
	case roster.AbsSick:
		text, bg = lang.X("year.c.sick", "S"), colSick
	case year.Withheld:
		text, bg = lang.X("year.c.absent", "A"), colOtherAbsence
	case roster.AbsTraining:
		text, bg = lang.X("year.c.training", "T"), colOtherAbsence
	case roster.AbsSpecial:
		text, bg = lang.X("year.c.special", "X"), colOtherAbsence
	}
	switch {
	case text == "" && mw.Asked > 0:
		text, bg = "?", colAsked
	case text == "" && mw.Away:
		bg = colFixed
	case text == "" && mw.Starts:
		text = "+"
	case text == "" && mw.Ends:
		text = "×"
	case text == "" && mw.Contract:
		text = lang.X("year.c.contract", "C")
	}
	return text, bg
}

// update fills a grid cell.
func (v *YearView) update(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	bg := c.Objects[0].(*canvas.Rectangle)
	t := c.Objects[1].(*fyne.Container).Objects[0].(*canvas.Text)
	text, col := v.Cell(id.Row, id.Col)
	if id == v.sel && id.Col > 0 && id.Row >= yearRowLine {
		col = withAlpha(colSelected, 0x90)
	}
	bg.FillColor = col
	t.Text = text
	t.TextStyle.Bold = id.Row < yearFixedRows || id.Col == 0
	t.Color = theme.Color(theme.ColorNameForeground)
	bg.Refresh()
	t.Refresh()
}

// Select shows the week and member of cell id below the grid.
func (v *YearView) Select(id widget.TableCellID) {
	if id.Col < 1 {
		id.Col = 1
	}
	v.sel = id
	v.table.Refresh()
	v.showDetail()
}

// selected returns the selected week's Monday and member (nil on a fixed row).
func (v *YearView) selected() (roster.Date, *roster.Member) {
	col := min(max(v.sel.Col, 1), len(v.mondays))
	mon := v.mondays[col-1]
	if r := v.sel.Row - yearFixedRows; r >= 0 && r < len(v.members) {
		return mon, v.members[r]
	}
	return mon, nil
}

// showDetail writes the selected week's line, holidays and the member's
// absences and requests, and lists the requests to act on.
func (v *YearView) showDetail() {
	if v.sel.Col < 1 {
		v.updateButtons()
		return
	}
	lng := roster.LangOf(v.ws.lang)
	mon, m := v.selected()
	l := v.lines[v.sel.Col-1]
	var b strings.Builder
	fmt.Fprintf(&b, "%s – %s: %s", dayLabel(mon, v.ws.lang), dayLabel(mon+6, v.ws.lang), l.Text(lng))
	if l.Others > 0 {
		fmt.Fprintf(&b, lang.X("year.others", " (of which %s h teamleider/systeemtherapeut at the limit)"), roster.FormatFixed(l.Others, 1, roster.LangOf(v.ws.lang)))
	}
	if l.School != "" || len(l.Holidays) > 0 {
		b.WriteString(" · ")
		b.WriteString(strings.Join(append(slices.Clone(l.Holidays), l.School), ", "))
	}
	var opts []string
	if m != nil {
		mw := v.weeks[v.sel.Row-yearFixedRows][v.sel.Col-1]
		fmt.Fprintf(&b, "\n%s: ", m.Name)
		var parts []string
		for _, p := range []struct {
			n   int
			key string
			def string
		}{{mw.Leave, "year.d.leave", "%d days leave"}, {mw.Sick, "year.d.sick", "%d days sick"}, {mw.Absent, "year.d.absent", "%d days away"}, {mw.Training, "year.d.training", "%d days training"}, {mw.Special, "year.d.special", "%d days special leave"}, {mw.Asked, "year.d.asked", "%d days asked"}} {
			if p.n > 0 {
				parts = append(parts, fmt.Sprintf(lang.X(p.key, p.def), p.n))
			}
		}
		if mw.Contract {
			parts = append(parts, fmt.Sprintf(lang.X("year.d.contract", "new contract: %s h a week"), roster.FormatFixed(mw.ContractHours, 1, roster.LangOf(v.ws.lang))))
		}
		if mw.Starts {
			parts = append(parts, lang.X("year.d.starts", "joins the team"))
		}
		if mw.Ends {
			parts = append(parts, lang.X("year.d.ends", "leaves the team"))
		}
		if len(parts) == 0 {
			parts = append(parts, lang.X("year.d.none", "nothing special"))
		}
		b.WriteString(strings.Join(parts, ", "))
		for _, r := range year.Requests(v.ws.ed.House(), roster.Window{From: mon, To: mon + 6}) {
			if r.Member == m.ID {
				opts = append(opts, v.requestText(r))
			}
		}
	}
	v.detail.SetText(b.String())
	v.requests.Options = opts
	v.requests.ClearSelected()
	if len(opts) > 0 {
		v.requests.SetSelectedIndex(0)
	}
	v.requests.Refresh()
	v.updateButtons()
}

// requestText is one request in the list: number, dates, state, who agreed.
func (v *YearView) requestText(r roster.LeaveRequest) string {
	h := v.ws.ed.House()
	s := fmt.Sprintf("#%d %s – %s · %s · %s", r.ID, dayLabel(r.From, v.ws.lang), dayLabel(r.To, v.ws.lang),
		lang.X("absence."+string(r.Kind), string(r.Kind)), year.StatusLabel(r.Status, roster.LangOf(v.ws.lang)))
	var who []string
	for _, a := range r.Agreed {
		if m := h.Member(a.By); m != nil {
			who = append(who, firstName(m.Name))
		}
	}
	if len(who) > 0 {
		s += " (" + strings.Join(who, ", ") + ")"
	}
	if r.Note != "" {
		s += " · " + r.Note
	}
	if n := len(r.Notes); n > 0 {
		s += " · " + r.Notes[n-1].Text
	}
	return s
}

// selectedRequest returns the request chosen in the list, or nil.
func (v *YearView) selectedRequest() *roster.LeaveRequest {
	s := v.requests.Selected
	if !strings.HasPrefix(s, "#") {
		return nil
	}
	f := strings.Fields(s[1:])
	if len(f) == 0 {
		return nil
	}
	id, err := strconv.Atoi(f[0])
	if err != nil {
		return nil
	}
	return v.ws.ed.House().Year.Request(id)
}

// updateButtons enables agree and note when a request is chosen.
func (v *YearView) updateButtons() {
	r := v.selectedRequest()
	if r == nil {
		v.agreeBtn.Disable()
		v.noteBtn.Disable()
		return
	}
	v.noteBtn.Enable()
	if r.Status == roster.LeaveAsked {
		v.agreeBtn.Enable()
	} else {
		v.agreeBtn.Disable()
	}
}

// me returns the member the user chose as "who are you", or an error.
func (v *YearView) me() (*roster.Member, error) {
	who := strings.TrimSpace(v.ws.ed.Who())
	h := v.ws.ed.House()
	for i := range h.Members {
		if strings.EqualFold(h.Members[i].Name, who) {
			return &h.Members[i], nil
		}
	}
	return nil, errors.New("kies eerst jezelf als teamlid (Wie ben jij?) / first choose yourself as a team member (Who are you?)")
}

// do saves e through the week screen and refreshes the view.
func (v *YearView) do(e roster.Edit, err error) bool {
	if err != nil {
		v.ws.showError(err)
		return false
	}
	if !v.ws.do(e) {
		return false
	}
	v.SetYear(v.year)
	return true
}

// AgreeSelected marks the chosen request "afgesproken" as the current user.
func (v *YearView) AgreeSelected() bool {
	r := v.selectedRequest()
	if r == nil {
		return false
	}
	me, err := v.me()
	if err != nil {
		v.ws.showError(err)
		return false
	}
	e, err := year.AgreeLeave(v.ws.ed.House(), r.ID, me.ID, v.now())
	return v.do(e, err)
}

// showNote asks for a note on the chosen request.
func (v *YearView) showNote() {
	r := v.selectedRequest()
	if r == nil {
		return
	}
	entry := newEntry()
	entry.SetPlaceHolder(lang.X("year.note.hint", "e.g. I can swap that week"))
	dialog.ShowForm(lang.X("year.note.title", "Note on the leave request"), lang.X("Save", "Save"), lang.X("Cancel", "Cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.X("year.note", "Note…"), entry)}, func(ok bool) {
			if ok {
				v.AddNote(r.ID, entry.Text)
			}
		}, v.ws.win)
}

// AddNote adds the current user's note to request id.
func (v *YearView) AddNote(id int, text string) bool {
	me, err := v.me()
	if err != nil {
		v.ws.showError(err)
		return false
	}
	e, err := year.NoteLeave(v.ws.ed.House(), id, me.ID, text, v.now())
	return v.do(e, err)
}

// AskForm is the form of a leave request with its live preview.
type AskForm struct {
	Member  *widget.Select
	From    *DialogEntry
	To      *DialogEntry
	Hours   *DialogEntry
	Kind    *widget.Select
	Note    *DialogEntry
	Preview *widget.Label
	v       *YearView
}

// kinds are the leave kinds a request may have.
var leaveKinds = []roster.AbsenceKind{roster.AbsLeave, roster.AbsSpecial, roster.AbsTraining}

// ask returns the request the form describes, or an error in both languages.
func (f *AskForm) ask() (year.Ask, error) {
	h := f.v.ws.ed.House()
	var a year.Ask
	for _, m := range h.Members {
		if m.Name == f.Member.Selected {
			a.Member = m.ID
		}
	}
	if a.Member == 0 {
		return a, errors.New("kies een teamlid / choose a team member")
	}
	var err error
	if a.From, err = roster.ParseDate(strings.TrimSpace(f.From.Text)); err != nil {
		return a, err
	}
	if a.To, err = roster.ParseDate(strings.TrimSpace(f.To.Text)); err != nil {
		return a, err
	}
	if s := strings.TrimSpace(strings.Replace(f.Hours.Text, ",", ".", 1)); s != "" {
		if a.HoursPerDay, err = strconv.ParseFloat(s, 64); err != nil {
			return a, errors.New("uren per dag: geef een getal / hours a day: give a number")
		}
	}
	for _, k := range leaveKinds {
		if lang.X("absence."+string(k), string(k)) == f.Kind.Selected {
			a.Kind = k
		}
	}
	a.Note = f.Note.Text
	return a, nil
}

// update shows what the request would do to its weeks.
func (f *AskForm) update() {
	a, err := f.ask()
	if err != nil {
		f.Preview.SetText(pickLang(err.Error(), f.v.ws.lang))
		return
	}
	h := f.v.ws.ed.House()
	_, r, err := year.AskLeave(h, a, f.v.now())
	if err != nil {
		f.Preview.SetText(pickLang(err.Error(), f.v.ws.lang))
		return
	}
	lng := roster.LangOf(f.v.ws.lang)
	imp := year.ImpactOf(h, &r)
	var b strings.Builder
	fmt.Fprintf(&b, lang.X("year.ask.hours", "Counts %s h."), roster.FormatFixed(imp.Hours, 1, roster.LangOf(f.v.ws.lang)))
	for i, we := range imp.Weeks {
		if i == 6 {
			fmt.Fprintf(&b, "\n…")
			break
		}
		fmt.Fprintf(&b, "\n%s › %s", we.Before.Text(lng), we.After.Status.Label(lng))
		if we.After.Status == year.Short {
			fmt.Fprintf(&b, lang.X("year.ask.short", " (%s h short)"), roster.FormatFixed(we.After.ShortHours, 1, roster.LangOf(f.v.ws.lang)))
		}
	}
	for _, o := range imp.Overlaps {
		name := ""
		if m := h.Member(o.Member); m != nil {
			name = m.Name
		}
		fmt.Fprintf(&b, "\n"+lang.X("year.ask.overlap", "Overlaps: %s, %s – %s (%s)"), name, dayLabel(o.From, f.v.ws.lang), dayLabel(o.To, f.v.ws.lang), year.StatusLabel(o.Status, lng))
	}
	f.Preview.SetText(b.String())
}

// NewAskForm returns the form for the selected member and week (or the
// current user).
func (v *YearView) NewAskForm() *AskForm {
	h := v.ws.ed.House()
	f := &AskForm{v: v}
	var names []string
	for _, m := range h.Members {
		names = append(names, m.Name)
	}
	f.Member = widget.NewSelect(names, func(string) { f.update() })
	mon, m := v.selected()
	if m == nil {
		m, _ = v.me()
	}
	f.From, f.To, f.Hours, f.Note = newEntry(), newEntry(), newEntry(), newEntry()
	f.From.SetText(mon.String())
	f.To.SetText((mon + 6).String())
	f.Hours.SetPlaceHolder(lang.X("year.ask.wholedays", "whole days"))
	var kinds []string
	for _, k := range leaveKinds {
		kinds = append(kinds, lang.X("absence."+string(k), string(k)))
	}
	f.Kind = widget.NewSelect(kinds, func(string) { f.update() })
	f.Preview = widget.NewLabel("")
	f.Preview.Wrapping = fyne.TextWrapWord
	for _, e := range []*DialogEntry{f.From, f.To, f.Hours} {
		e.OnChanged = func(string) { f.update() }
	}
	f.Kind.SetSelectedIndex(0)
	if m != nil {
		f.Member.SetSelected(m.Name)
	}
	f.update()
	return f
}

// Submit asks for the leave the form describes; it reports success.
func (f *AskForm) Submit() bool {
	a, err := f.ask()
	if err != nil {
		f.v.ws.showError(err)
		return false
	}
	e, _, err := year.AskLeave(f.v.ws.ed.House(), a, f.v.now())
	return f.v.do(e, err)
}

// ShowAsk shows the leave request form with its preview.
func (v *YearView) ShowAsk() *AskForm {
	f := v.NewAskForm()
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("year.ask.member", "Member"), f.Member),
		widget.NewFormItem(lang.X("year.ask.from", "From (YYYY-MM-DD)"), f.From),
		widget.NewFormItem(lang.X("year.ask.to", "To and including"), f.To),
		widget.NewFormItem(lang.X("year.ask.hoursday", "Hours a day"), f.Hours),
		widget.NewFormItem(lang.X("year.ask.kind", "Kind"), f.Kind),
		widget.NewFormItem(lang.X("year.ask.note", "Note"), f.Note),
		widget.NewFormItem(lang.X("year.ask.effect", "Effect"), f.Preview),
	}
	d := dialog.NewForm(lang.X("year.ask.title", "Ask for leave"), lang.X("Save", "Save"), lang.X("Cancel", "Cancel"), items,
		func(ok bool) {
			if ok {
				f.Submit()
			}
		}, v.ws.win)
	d.Resize(fyne.NewSize(720, 520))
	d.Show()
	return f
}

// balanceCells returns the balances tab: a header and one row per member.
func (v *YearView) balanceCells() [][]string {
	code := v.ws.lang
	rows := [][]string{{
		lang.X("fair.member", "Member"), lang.X("year.b.entitlement", "Entitlement"), lang.X("year.b.carried", "Carried over"),
		lang.X("year.b.taken", "Taken"), lang.X("year.b.agreed", "Agreed"), lang.X("year.b.asked", "Asked"),
		lang.X("year.b.left", "Left"), lang.X("year.b.pmcarried", "Plus/minus carried over"), lang.X("year.b.pm", "Plus/minus hours"),
	}}
	for _, b := range year.Balances(v.ws.ed.House(), v.year, v.ws.ed.Today()) {
		rows = append(rows, []string{b.Name, roster.FormatFixed(b.Entitlement, 1, roster.LangOf(code)), roster.FormatFixed(b.Carried, 1, roster.LangOf(code)), roster.FormatFixed(b.Taken, 1, roster.LangOf(code)), roster.FormatFixed(b.Agreed, 1, roster.LangOf(code)),
			roster.FormatFixed(b.Planned, 1, roster.LangOf(code)), roster.FormatFixed(b.Left, 1, roster.LangOf(code)), roster.FormatFixed(b.PlusMinCarried, 1, roster.LangOf(code)), roster.FormatFixed(b.PlusMin, 1, roster.LangOf(code))})
	}
	return rows
}
