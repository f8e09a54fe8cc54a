package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// CoverPanel is the "who can cover?" panel of a sick report: on the left the
// vacancies the report left, on the right for the chosen one the ranked
// candidates with their figures, the members who could cover with consent,
// the excluded members with every reason, and splits when nobody can take
// the whole shift. One tap assigns through the week screen's editor (saved,
// logged, undoable). It says that someone is sick, never why.
type CoverPanel struct {
	ws       *WeekScreen
	member   int // whose vacancies; 0: everyone's
	from, to roster.Date

	vacs    []team.Vacancy
	sel     int
	res     *team.CoverResult // FindCover of vacs[sel]; nil when covered or failed
	seen    [2]int            // the editor's undo and redo depths the panel shows
	advance bool              // the next refresh moves on to the next open vacancy

	list   *widget.List
	detail *fyne.Container
	scroll *container.Scroll
	dlg    dialog.Dialog

	// What the detail shows, for tests: the assign buttons of the
	// candidates, of the members with consent and of the splits, in order,
	// and the reasons shown per excluded member.
	candBtns    []*widget.Button
	consentBtns []*widget.Button
	splitBtns   []*widget.Button
	reasons     map[int][]string
}

// ShowCover opens the panel on the vacancies of member (0: everyone) dated
// from from to to, and selects the first one still open.
func (ws *WeekScreen) ShowCover(member int, from, to roster.Date) *CoverPanel {
	p := &CoverPanel{ws: ws, member: member, from: from, to: to}
	p.list = widget.NewList(func() int { return len(p.vacs) }, p.newItem, p.updateItem)
	p.list.OnSelected = func(id widget.ListItemID) {
		if id != p.sel {
			p.Select(id)
		}
	}
	p.detail = container.NewVBox()
	p.scroll = container.NewVScroll(p.detail)
	undo := widget.NewButtonWithIcon(lang.X("cover.undo", "Undo last change"), theme.ContentUndoIcon(), ws.Undo)
	closeBtn := widget.NewButton(lang.X("cover.close", "Close"), func() { p.dlg.Hide() })
	closeBtn.Importance = widget.HighImportance
	privacy := widget.NewLabel(lang.X("cover.privacy", "Only that someone is sick is recorded, never why."))
	bottom := container.NewHBox(undo, privacy, layout.NewSpacer(), closeBtn)
	listTitle := widget.NewLabelWithStyle(lang.X("cover.vacancies", "Vacancies"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	split := container.NewHSplit(container.NewBorder(listTitle, nil, nil, nil, p.list), p.scroll)
	split.Offset = 0.27
	content := container.NewBorder(nil, bottom, nil, nil, split)
	p.dlg = dialog.NewCustomWithoutButtons(lang.X("cover.title", "Sick report: who can cover?"), content, ws.win)
	p.dlg.Resize(coverPanelSize(ws.win.Canvas().Size()))
	// While the panel is open it follows every change the screen shows
	// (its own taps, Ctrl+Z and Ctrl+Y, the undo button).
	ws.onChange = p.follow
	p.dlg.SetOnClosed(func() {
		ws.onChange = nil
		ws.win.Canvas().Focus(ws.grid)
	})
	p.reload()
	p.sel = -1
	p.seen = [2]int{len(ws.ed.undo), len(ws.ed.redo)}
	first := 0
	for i, v := range p.vacs {
		if len(p.coverIns(v)) == 0 {
			first = i
			break
		}
	}
	p.dlg.Show()
	p.Select(first)
	return p
}

// coverPanelSize fits the panel in the window: 1100 × 660 on a 1366 × 768
// laptop, less on a smaller window.
func coverPanelSize(win fyne.Size) fyne.Size {
	w, h := float32(1100), float32(660)
	if win.Width > 0 && win.Width-40 < w {
		w = win.Width - 40
	}
	if win.Height > 0 && win.Height-40 < h {
		h = win.Height - 40
	}
	return fyne.NewSize(w, h)
}

// Hide closes the panel.
func (p *CoverPanel) Hide() { p.dlg.Hide() }

// Vacancies returns the vacancies the panel lists.
func (p *CoverPanel) Vacancies() []team.Vacancy { return p.vacs }

// Result returns the cover result shown for the selected vacancy (nil when
// it is covered).
func (p *CoverPanel) Result() *team.CoverResult { return p.res }

// reload lists the vacancies again from the house.
func (p *CoverPanel) reload() {
	p.vacs = team.Vacancies(p.ws.ed.House(), p.member, p.from, p.to)
	p.list.Refresh()
}

// Refresh reloads the vacancies and shows the selected one again (after an
// edit or an undo).
func (p *CoverPanel) Refresh() {
	sel := p.sel
	var cur team.Vacancy
	if sel >= 0 && sel < len(p.vacs) {
		cur = p.vacs[sel]
	}
	p.reload()
	sel = 0
	for i, v := range p.vacs {
		if v == cur {
			sel = i
		}
	}
	if p.advance {
		// After an assignment from the panel, go on with the next open one.
		p.advance = false
		for i := sel + 1; i < len(p.vacs); i++ {
			if len(p.coverIns(p.vacs[i])) == 0 {
				sel = i
				break
			}
		}
	}
	p.sel = -1
	p.Select(sel)
}

// Select shows vacancy i: who covers it, or who can.
func (p *CoverPanel) Select(i int) {
	p.sel = i
	p.res = nil
	p.candBtns, p.consentBtns, p.splitBtns = nil, nil, nil
	p.reasons = map[int][]string{}
	p.detail.RemoveAll()
	if i < 0 || i >= len(p.vacs) {
		p.detail.Add(widget.NewLabel(lang.X("cover.none", "This report leaves no shifts open.")))
		p.detail.Refresh()
		return
	}
	p.list.Select(i)
	v := p.vacs[i]
	if !roster.Week(p.ws.ed.Week()).Contains(v.Date) {
		p.ws.SetWeek(v.Date) // the grid behind shows the vacancy's week
	}
	h := p.ws.ed.House()
	head := widget.NewLabelWithStyle(fmt.Sprintf(lang.X("cover.head", "%s is sick: %s"), p.name(v.Member), v.Label(p.lng())),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.detail.Add(head)
	if ins := p.coverIns(v); len(ins) > 0 {
		for _, a := range ins {
			l := widget.NewLabel(fmt.Sprintf(lang.X("cover.covered", "Covered: %s takes %s"), p.name(a.Member), assignmentTimes(h, a)))
			l.Importance = widget.SuccessImportance
			p.detail.Add(l)
		}
		p.detail.Add(p.hint(lang.X("cover.covered.hint", "Undo the last change to choose someone else.")))
		p.detail.Refresh()
		p.scroll.ScrollToTop()
		return
	}
	res, err := team.FindCover(h, v)
	if err != nil {
		p.detail.Add(p.hint(pickLang(err.Error(), p.ws.lang)))
		p.detail.Refresh()
		return
	}
	p.res = &res
	p.addCandidates(&res)
	p.addSplits(&res)
	p.addConsent(&res)
	p.addExcluded(&res)
	p.detail.Refresh()
	p.scroll.ScrollToTop()
}

// addCandidates lists the ranked candidates, each with a button.
func (p *CoverPanel) addCandidates(res *team.CoverResult) {
	p.detail.Add(p.section(fmt.Sprintf(lang.X("cover.candidates", "Who can cover (%d)"), len(res.Candidates))))
	if len(res.Candidates) == 0 {
		p.detail.Add(p.hint(lang.X("cover.candidates.none", "Nobody can take the whole shift without breaking a rule.")))
	}
	for i := range res.Candidates {
		c := res.Candidates[i]
		btn := widget.NewButtonWithIcon(lang.X("cover.assign", "Cover"), theme.ConfirmIcon(), func() { p.assign(c.Member) })
		if i == 0 {
			btn.Importance = widget.HighImportance
		}
		p.candBtns = append(p.candBtns, btn)
		title := fmt.Sprintf("%d. %s", c.Rank, p.name(c.Member))
		if c.Shift != "" { // covers a live-in night with a slaapdienst
			title += " " + fmt.Sprintf(lang.X("cover.as", "(as %s)"), c.Shift)
		}
		p.detail.Add(p.row(btn, title, p.figures(&c.CoverFigures), p.messages(c.Member, c.Strains), theme.ColorNameWarning))
	}
}

// addSplits lists the proposed splits over two colleagues.
func (p *CoverPanel) addSplits(res *team.CoverResult) {
	if len(res.Splits) == 0 {
		return
	}
	p.detail.Add(p.section(lang.X("cover.splits", "Share the shift")))
	for i := range res.Splits {
		sp := res.Splits[i]
		btn := widget.NewButtonWithIcon(lang.X("cover.split", "Share"), theme.ConfirmIcon(), func() { p.assignSplit(sp) })
		p.splitBtns = append(p.splitBtns, btn)
		a, b := sp.Parts[0], sp.Parts[1]
		title := fmt.Sprintf("%s %s–%s  +  %s %s–%s", p.name(a.Member), a.Vacancy.Start, a.Vacancy.End,
			p.name(b.Member), b.Vacancy.Start, b.Vacancy.End)
		sub := p.name(a.Member) + ": " + p.figures(&a.CoverFigures) + "\n" + p.name(b.Member) + ": " + p.figures(&b.CoverFigures)
		p.detail.Add(p.row(btn, title, sub, append(p.messages(a.Member, a.Strains), p.messages(b.Member, b.Strains)...), theme.ColorNameWarning))
	}
}

// addConsent lists the members who could cover with their consent: only
// the contract limit (cao art. 6.3c) stands in the way.
func (p *CoverPanel) addConsent(res *team.CoverResult) {
	var list []team.Excluded
	for _, e := range res.Excluded {
		if e.Consent {
			list = append(list, e)
		}
	}
	if len(list) == 0 {
		return
	}
	p.detail.Add(p.section(lang.X("cover.consent", "With consent (more than the contract allows)")))
	for i := range list {
		e := list[i]
		btn := widget.NewButtonWithIcon(lang.X("cover.consent.assign", "With consent"), theme.QuestionIcon(), func() { p.confirmConsent(e.Member) })
		p.consentBtns = append(p.consentBtns, btn)
		p.reasons[e.Member] = p.messages(e.Member, e.Reasons)
		p.detail.Add(p.row(btn, p.name(e.Member), p.figures(&e.CoverFigures), append(p.messages(e.Member, e.Reasons), p.messages(e.Member, e.Strains)...), theme.ColorNameWarning))
	}
}

// addExcluded lists who cannot cover, with every reason in plain language.
func (p *CoverPanel) addExcluded(res *team.CoverResult) {
	n := 0
	for _, e := range res.Excluded {
		if !e.Consent {
			n++
		}
	}
	if n == 0 {
		return
	}
	p.detail.Add(p.section(fmt.Sprintf(lang.X("cover.excluded", "Cannot cover (%d)"), n)))
	for _, e := range res.Excluded {
		if e.Consent {
			continue
		}
		p.reasons[e.Member] = p.messages(e.Member, e.Reasons)
		name := widget.NewLabelWithStyle(p.name(e.Member), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		name.Wrapping = fyne.TextWrapWord
		var segs []widget.RichTextSegment
		for _, r := range p.reasons[e.Member] {
			segs = append(segs, paragraph(r, theme.ColorNameError, false))
		}
		reasons := widget.NewRichText(segs...)
		reasons.Wrapping = fyne.TextWrapWord
		p.detail.Add(container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(170, name.MinSize().Height), name), nil, reasons))
	}
}

// row is one member line: a button, then a bold title, the figures, and the
// findings (strains or reasons) in the given colour, as one compact text.
func (p *CoverPanel) row(btn *widget.Button, title, sub string, msgs []string, colour fyne.ThemeColorName) fyne.CanvasObject {
	segs := []widget.RichTextSegment{paragraph(title, theme.ColorNameForeground, true)}
	for _, line := range strings.Split(sub, "\n") {
		segs = append(segs, paragraph(line, theme.ColorNameForeground, false))
	}
	for _, m := range msgs {
		segs = append(segs, paragraph(lang.X("cover.mind", "Note")+": "+m, colour, false))
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, container.NewVBox(btn), nil, rt)
}

// paragraph is a line of a RichText in colour, bold or not.
func paragraph(text string, colour fyne.ThemeColorName, bold bool) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyle{
		ColorName: colour, SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Bold: bold},
	}}
}

// section is a heading between the groups of the detail.
func (p *CoverPanel) section(text string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return container.NewVBox(widget.NewSeparator(), l)
}

// hint is a line of explanation.
func (p *CoverPanel) hint(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// figures formats a member's hours around the vacancy: slack and hours left
// in the balance period, the week's hours after covering, earlier cover-ins
// and a wish.
func (p *CoverPanel) figures(f *team.CoverFigures) string {
	lng := p.lng()
	parts := []string{
		fmt.Sprintf(lang.X("cover.fig.slack", "slack left %s h"), roster.HoursLabel(f.SlackLeft, lng)),
		fmt.Sprintf(lang.X("cover.fig.left", "%s h to contract"), roster.HoursLabel(f.HoursLeft, lng)),
		fmt.Sprintf(lang.X("cover.fig.week", "week after: %s / %s h"), roster.HoursLabel(f.WeekHours, lng), roster.HoursLabel(f.WeekContract, lng)),
		fmt.Sprintf(lang.X("cover.fig.coverins", "covered %d× lately"), f.CoverIns),
	}
	if f.Wish != "" {
		parts = append(parts, lang.X("cell.wish", "wish")+": "+lang.X("wish."+string(f.Wish), string(f.Wish)))
	}
	return strings.Join(parts, " · ")
}

// messages returns the findings about member as plain reasons in the UI
// language (rules.PlainReason: no repeated name, dates in words).
func (p *CoverPanel) messages(member int, fs []rules.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = capitalFirst(rules.PlainReason(p.ws.ed.House(), f, member, p.lng()))
	}
	return out
}

// assign gives the selected vacancy to member as a cover-in.
func (p *CoverPanel) assign(member int) {
	if p.sel < 0 || p.sel >= len(p.vacs) {
		return
	}
	ed, err := team.AssignCover(p.ws.ed.House(), p.vacs[p.sel], member)
	if err != nil {
		p.ws.showError(err)
		return
	}
	p.do(ed)
}

// assignSplit gives the two parts of sp to their members.
func (p *CoverPanel) assignSplit(sp team.Split) {
	ed, err := team.AssignSplit(p.ws.ed.House(), sp)
	if err != nil {
		p.ws.showError(err)
		return
	}
	p.do(ed)
}

// confirmConsent asks whether member agreed before assigning beyond the
// contract limit.
func (p *CoverPanel) confirmConsent(member int) {
	q := fmt.Sprintf(lang.X("cover.consent.ask", "Has %s agreed to work more than the contract allows?"), p.name(member))
	dialog.ShowConfirm(lang.X("cover.consent", "With consent (more than the contract allows)"), q, func(ok bool) {
		if ok {
			p.assign(member)
		}
	}, p.ws.win)
}

// do performs ed through the week screen; the panel follows (follow) and
// shows the next open vacancy.
func (p *CoverPanel) do(ed roster.Edit) {
	p.advance = true
	p.ws.do(ed)
	p.advance = false
}

// follow shows the panel again when the editor's history changed (an edit,
// an undo or a redo); other screen refreshes leave it as it is.
func (p *CoverPanel) follow() {
	key := [2]int{len(p.ws.ed.undo), len(p.ws.ed.redo)}
	if key == p.seen {
		return
	}
	p.seen = key
	p.Refresh()
}

// coverIns returns who already covers v.
func (p *CoverPanel) coverIns(v team.Vacancy) []roster.Assignment {
	s, e := v.Start, v.End
	a := roster.Assignment{Member: v.Member, Date: v.Date, Shift: v.Shift, Start: &s, End: &e}
	return team.CoverIns(p.ws.ed.House(), &a)
}

// newItem and updateItem draw a vacancy in the list: when, whose, and
// whether it is still open.
func (p *CoverPanel) newItem() fyne.CanvasObject {
	return widget.NewRichText(paragraph("", theme.ColorNameForeground, true), paragraph("", theme.ColorNameError, false))
}

func (p *CoverPanel) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(p.vacs) {
		return
	}
	v := p.vacs[id]
	rt := o.(*widget.RichText)
	head, status := rt.Segments[0].(*widget.TextSegment), rt.Segments[1].(*widget.TextSegment)
	head.Text = v.Label(p.lng())
	if ins := p.coverIns(v); len(ins) > 0 {
		status.Style.ColorName = theme.ColorNameSuccess
		status.Text = fmt.Sprintf(lang.X("cover.item.covered", "%s: %s covers"), p.name(v.Member), p.name(ins[0].Member))
	} else {
		status.Style.ColorName = theme.ColorNameError
		status.Text = fmt.Sprintf(lang.X("cover.item.open", "%s sick: open"), p.name(v.Member))
	}
	rt.Refresh()
}

func (p *CoverPanel) name(id int) string { return p.ws.ed.memberName(id) }

func (p *CoverPanel) lng() roster.Lang { return roster.LangOf(p.ws.lang) }

// assignmentTimes formats an assignment as "V 07:00–15:00".
func assignmentTimes(h *roster.House, a roster.Assignment) string {
	v, err := team.NewVacancy(h, a)
	if err != nil {
		return a.Shift
	}
	return fmt.Sprintf("%s %s–%s", v.Shift, v.Start, v.End)
}
