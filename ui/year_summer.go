package ui

// The summer tab of the year view: the summer round of the shown year. It is
// opened (the weeks of the region's school summer, or dates given), members
// enter their weeks in order of preference until the deadline, the round is
// closed, the app proposes a distribution with a reason per wish
// (roster/year), and the team accepts it, changed or not.

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/year"
)

// summerTab holds the widgets of the summer tab.
type summerTab struct {
	state    *widget.Label
	wishes   *widget.Label
	myWeeks  *widget.Entry
	wishBtn  *widget.Button
	openBtn  *widget.Button
	closeBtn *widget.Button
	proposal *widget.Label
	awards   *widget.Entry
	accept   *widget.Button
	content  fyne.CanvasObject
}

// newSummerTab builds the tab of v.
func (v *YearView) newSummerTab() *summerTab {
	s := &summerTab{}
	s.state = widget.NewLabel("")
	s.state.Wrapping = fyne.TextWrapWord
	s.wishes = widget.NewLabel("")
	s.wishes.Wrapping = fyne.TextWrapWord
	s.myWeeks = widget.NewEntry()
	s.myWeeks.SetPlaceHolder(lang.X("summer.weeks.hint", "week numbers in order of preference, e.g. 30, 29, 31"))
	s.wishBtn = widget.NewButtonWithIcon(lang.X("summer.wish", "Save my wish"), theme.ConfirmIcon(), func() { v.SaveSummerWish(s.myWeeks.Text) })
	s.openBtn = widget.NewButtonWithIcon(lang.X("summer.open", "Open summer round…"), theme.ContentAddIcon(), func() { v.showOpenSummer() })
	s.closeBtn = widget.NewButtonWithIcon(lang.X("summer.close", "Close for wishes"), theme.CancelIcon(), func() { v.CloseSummerRound() })
	s.proposal = widget.NewLabel("")
	s.proposal.Wrapping = fyne.TextWrapWord
	s.awards = widget.NewMultiLineEntry()
	s.awards.SetMinRowsVisible(4)
	s.accept = widget.NewButtonWithIcon(lang.X("summer.accept", "Accept this distribution"), theme.ConfirmIcon(), func() { v.AcceptSummerRound(s.awards.Text) })
	mine := container.NewBorder(nil, nil, widget.NewLabel(lang.X("summer.mine", "My weeks:")), s.wishBtn, s.myWeeks)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(s.openBtn, s.closeBtn), s.state), s.wishes, mine)
	accept := container.NewVBox(widget.NewLabel(lang.X("summer.change", "The distribution (the team may change it: one line per member, \"Name: 30, 31\"):")),
		s.awards, container.NewHBox(s.accept))
	s.content = container.NewBorder(top, accept, nil, nil, container.NewVScroll(s.proposal))
	return s
}

// refreshSummer fills the tab for the round of v.year.
func (v *YearView) refreshSummer() {
	s := v.summer
	h := v.ws.ed.House()
	lng := roster.LangOf(v.ws.lang)
	r := h.Year.Summer(v.year)
	s.openBtn.Disable()
	s.closeBtn.Disable()
	s.wishBtn.Disable()
	s.accept.Disable()
	s.awards.Disable()
	if r == nil {
		s.state.SetText(fmt.Sprintf(lang.X("summer.none", "There is no summer round for %d yet."), v.year))
		s.wishes.SetText("")
		s.proposal.SetText("")
		s.awards.SetText("")
		s.openBtn.Enable()
		return
	}
	_, w1 := r.From.ISOWeek()
	_, w2 := r.To.ISOWeek()
	state := map[roster.SummerState]string{roster.SummerOpen: lang.X("summer.state.open", "open for wishes"),
		roster.SummerClosed: lang.X("summer.state.closed", "closed: the proposal stands"), roster.SummerAccepted: lang.X("summer.state.accepted", "accepted")}[r.State]
	txt := fmt.Sprintf(lang.X("summer.state", "Summer round %d: weeks %d–%d, at most %d weeks a member; %s."), r.Year, w1, w2, r.MaxWeeks, state)
	if r.Deadline != 0 && r.State == roster.SummerOpen {
		txt += " " + fmt.Sprintf(lang.X("summer.deadline", "Wishes until %s."), dayLabel(r.Deadline, v.ws.lang))
	}
	s.state.SetText(txt)
	var lines []string
	for _, w := range r.Wishes {
		var wks []string
		for _, d := range w.Weeks {
			_, wk := d.ISOWeek()
			wks = append(wks, strconv.Itoa(wk))
		}
		lines = append(lines, memberNameOf(h, w.Member)+": "+strings.Join(wks, ", "))
	}
	s.wishes.SetText(lang.X("summer.wishes", "Wishes:") + " " + strings.Join(lines, " · "))
	if r.State == roster.SummerOpen {
		s.wishBtn.Enable()
		s.closeBtn.Enable()
	}
	if r.State == roster.SummerAccepted {
		s.proposal.SetText(lang.X("summer.accepted", "The team accepted this distribution; the weeks are agreed leave."))
		s.awards.SetText(year.FormatAwards(h, r.Awards))
		return
	}
	p, err := year.ProposeSummer(h, v.year)
	if err != nil {
		s.proposal.SetText(pickLang(err.Error(), v.ws.lang))
		return
	}
	var b strings.Builder
	b.WriteString(lang.X("summer.proposal", "Proposal of the app."))
	b.WriteString(" ")
	if lng == roster.English {
		b.WriteString(p.RuleEN)
	} else {
		b.WriteString(p.RuleNL)
	}
	for _, m := range p.Members {
		b.WriteString("\n\n")
		b.WriteString(m.Explain(lng))
	}
	b.WriteString("\n")
	for _, l := range p.Weeks {
		b.WriteString("\n")
		b.WriteString(l.Text(lng))
	}
	s.proposal.SetText(b.String())
	if r.State == roster.SummerClosed {
		s.awards.Enable()
		s.awards.SetText(year.FormatAwards(h, p.Awards))
		s.accept.Enable()
	} else {
		s.awards.SetText("")
	}
}

// memberNameOf returns the member's name or "#id".
func memberNameOf(h *roster.House, id int) string {
	if m := h.Member(id); m != nil {
		return m.Name
	}
	return "#" + strconv.Itoa(id)
}

// showOpenSummer asks for the round's weeks (the region's school summer by
// default), deadline and maximum, and opens it.
func (v *YearView) showOpenSummer() {
	from, to, dl := newEntry(), newEntry(), newEntry()
	maxW := newEntry()
	maxW.SetText(strconv.Itoa(year.DefaultSummerWeeks))
	if sh, ok := year.SummerHoliday(v.ws.ed.House().Settings.Region, v.year); ok {
		from.SetText((sh.From + 2).Monday().String())
		to.SetText(sh.To.String())
	}
	dialog.ShowForm(lang.X("summer.open.title", "Open summer round"), lang.X("OK", "OK"), lang.X("Cancel", "Cancel"), []*widget.FormItem{
		widget.NewFormItem(lang.X("year.ask.from", "From (YYYY-MM-DD)"), from),
		widget.NewFormItem(lang.X("year.ask.to", "To and including"), to),
		widget.NewFormItem(lang.X("summer.open.deadline", "Wishes until"), dl),
		widget.NewFormItem(lang.X("summer.open.max", "Weeks a member at most"), maxW),
	}, func(ok bool) {
		if ok {
			v.OpenSummerRound(from.Text, to.Text, dl.Text, maxW.Text)
		}
	}, v.ws.win)
}

// OpenSummerRound opens the round of v.year from the form's texts.
func (v *YearView) OpenSummerRound(from, to, deadline, maxWeeks string) bool {
	var f, t, dl roster.Date
	var err error
	parse := func(s string) roster.Date {
		if err != nil || strings.TrimSpace(s) == "" {
			return 0
		}
		var d roster.Date
		d, err = roster.ParseDate(strings.TrimSpace(s))
		return d
	}
	f, t, dl = parse(from), parse(to), parse(deadline)
	if err != nil {
		v.ws.showError(err)
		return false
	}
	n, nerr := strconv.Atoi(strings.TrimSpace(maxWeeks))
	if nerr != nil {
		v.ws.showError(fmt.Errorf("aantal weken: geef een getal / number of weeks: give a number"))
		return false
	}
	e, err := year.OpenSummer(v.ws.ed.House(), v.year, f, t, dl, n)
	return v.do(e, err)
}

// SaveSummerWish saves the user's weeks ("30, 29") for the open round.
func (v *YearView) SaveSummerWish(text string) bool {
	me, err := v.me()
	if err != nil {
		v.ws.showError(err)
		return false
	}
	var weeks []roster.Date
	for _, f := range strings.FieldsFunc(text, func(c rune) bool { return c == ',' || c == ' ' || c == ';' }) {
		wk, cerr := strconv.Atoi(f)
		if cerr != nil || wk < 1 || wk > 53 {
			v.ws.showError(fmt.Errorf("%q is geen weeknummer / %q is no week number", f, f))
			return false
		}
		weeks = append(weeks, roster.ISOWeekStart(v.year, wk))
	}
	e, err := year.WishSummer(v.ws.ed.House(), v.year, me.ID, weeks, v.ws.ed.Today())
	return v.do(e, err)
}

// CloseSummerRound closes the round for wishes.
func (v *YearView) CloseSummerRound() bool {
	e, err := year.CloseSummer(v.ws.ed.House(), v.year)
	return v.do(e, err)
}

// AcceptSummerRound accepts the distribution in text as the user.
func (v *YearView) AcceptSummerRound(text string) bool {
	me, err := v.me()
	if err != nil {
		v.ws.showError(err)
		return false
	}
	h := v.ws.ed.House()
	awards, err := year.ParseAwards(h, v.year, text)
	if err != nil {
		v.ws.showError(err)
		return false
	}
	e, err := year.AcceptSummer(h, v.year, awards, me.ID, v.now())
	return v.do(e, err)
}
