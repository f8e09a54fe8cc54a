package ui

// This file is the team panel: the members with their role, contract hours
// and flags; adding and changing a member, changing contract hours from a
// date on (appended to the contract history) and ending a membership
// without deleting its history (ActiveTo).

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// teamPanel lists the team and opens the member dialogs.
type teamPanel struct {
	s       *houseSink
	rows    *fyne.Container
	content fyne.CanvasObject
}

// newTeamPanel returns the team panel over s.
func newTeamPanel(s *houseSink) *teamPanel {
	p := &teamPanel{s: s, rows: container.NewVBox()}
	add := widget.NewButton(lang.X("set.team.add", "Add team member…"), func() { p.showMember(nil) })
	add.Importance = widget.HighImportance
	p.content = container.NewBorder(container.NewHBox(add), nil, nil, nil, container.NewVScroll(p.rows))
	s.onChange(p.refresh)
	p.refresh()
	return p
}

// refresh rebuilds the rows from the house.
func (p *teamPanel) refresh() {
	h := p.s.house()
	p.rows.RemoveAll()
	if len(h.Members) == 0 {
		p.rows.Add(widget.NewLabel(lang.X("set.team.empty", "No team members yet: add the team one by one.")))
	}
	for i := range h.Members {
		p.rows.Add(p.row(&h.Members[i]))
	}
	p.rows.Refresh()
}

// memberLine is "opvoeder · 28,8 u (0,8 fte) · inwonend · nachten · tot 1-1-2027".
func (p *teamPanel) memberLine(m *roster.Member) string {
	h := p.s.house()
	hours := m.HoursOn(p.s.today)
	if len(m.Contract) > 0 && hours == 0 {
		hours = m.Contract[0].HoursPerWeek
	}
	hpf := h.Settings.HoursPerFTEOrDefault()
	parts := []string{roleLabel(m.Role),
		fmt.Sprintf("%s %s (%s fte)", roster.FormatUpTo(hours, -1, p.s.lng), lang.X("set.hoursunit", "h"), roster.FormatUpTo(roundTo(hours/hpf, 2), -1, p.s.lng))}
	if len(m.Contract) > 1 {
		parts = append(parts, fmt.Sprintf(lang.X("set.team.contracts", "%d contracts"), len(m.Contract)))
	}
	if m.LiveIn {
		parts = append(parts, lang.X("set.f.livein", "live-in"))
	}
	if m.Nights {
		parts = append(parts, lang.X("set.f.nightshifts", "awake or live-in nights"))
	}
	if m.NoSleepShifts {
		parts = append(parts, lang.X("set.f.nosleep", "no sleep-in shifts"))
	}
	if m.ActiveTo != nil {
		parts = append(parts, fmt.Sprintf(lang.X("set.team.until", "member until %s"), dateEntryText(*m.ActiveTo)))
	}
	return strings.Join(parts, " · ")
}

// roundTo rounds x to n decimals.
func roundTo(x float64, n int) float64 {
	p := pow10(n)
	if x < 0 {
		return -float64(int(-x*p+0.5)) / p
	}
	return float64(int(x*p+0.5)) / p
}

// row is one member: photo or colour, name, line and buttons.
func (p *teamPanel) row(m *roster.Member) fyne.CanvasObject {
	id := m.ID
	name := widget.NewLabelWithStyle(m.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	buttons := container.NewHBox(widget.NewButton(lang.X("set.change", "Change…"), func() { p.showMember(p.s.house().Member(id)) }))
	if p.s.wizard {
		buttons.Add(widget.NewButton(lang.X("set.remove", "Remove"), func() { p.remove(id) }))
	} else {
		buttons.Add(widget.NewButton(lang.X("set.team.contract", "Contract from…"), func() { p.showContract(id) }))
		buttons.Add(widget.NewButton(lang.X("set.team.end", "End membership…"), func() { p.showEnd(id) }))
	}
	gap := canvas.NewRectangle(color.Transparent) // keeps the buttons clear of the scroll bar
	gap.SetMinSize(fyne.NewSize(2*theme.Padding(), 0))
	buttons.Add(gap)
	text := container.New(layout.NewCustomPaddedVBoxLayout(-3*theme.Padding()), name, widget.NewLabel(p.memberLine(m)))
	return container.NewBorder(nil, nil, container.NewCenter(memberPicture(m, 40)), container.NewCenter(buttons),
		container.NewVBox(layout.NewSpacer(), text, layout.NewSpacer()))
}

// memberPicture returns the member's photo, or a square in their colour.
func memberPicture(m *roster.Member, side float32) fyne.CanvasObject {
	if len(m.Photo) > 0 {
		if img, _, err := image.Decode(bytes.NewReader(m.Photo)); err == nil {
			ci := canvas.NewImageFromImage(img)
			ci.FillMode = canvas.ImageFillContain
			ci.SetMinSize(fyne.NewSize(side, side))
			return ci
		}
	}
	r := canvas.NewRectangle(shiftColour(m.Colour))
	r.SetMinSize(fyne.NewSize(side, side))
	r.CornerRadius = side / 2
	return r
}

// memberForm holds the entries of the member dialog.
type memberForm struct {
	base           *roster.Member // nil: a new member
	name, initials *widget.Entry
	hours, from    *widget.Entry
	role           *widget.Select
	// The flags, each saying what the member does: live-in, awake or
	// live-in nights (Member.Nights), sleep-in shifts (not NoSleepShifts).
	liveIn, nights, sleep *widget.Check
	colour                *colourButton
	photo                 []byte
	picture               *fyne.Container
}

// newMemberForm fills the form from base (nil: empty, an opvoeder).
func (p *teamPanel) newMemberForm(base *roster.Member) *memberForm {
	f := &memberForm{base: base, name: widget.NewEntry(), initials: widget.NewEntry(), hours: widget.NewEntry(),
		from: entryWith(dateEntryText(p.s.today.Monday())), liveIn: widget.NewCheck(lang.X("set.f.livein", "live-in"), nil),
		nights: widget.NewCheck(lang.X("set.f.nightshifts", "awake or live-in nights"), nil),
		sleep:  widget.NewCheck(lang.X("set.f.sleepshifts", "sleep-in shifts"), nil)}
	f.sleep.SetChecked(true)
	labels := make([]string, len(roster.Roles))
	for i, r := range roster.Roles {
		labels[i] = roleLabel(r)
	}
	f.role = widget.NewSelect(labels, nil)
	f.role.SetSelectedIndex(0)
	colour := nextColour(p.s.house())
	if base != nil {
		f.name.SetText(base.Name)
		f.initials.SetText(base.Initials)
		f.role.SetSelectedIndex(max(0, slices.Index(roster.Roles, base.Role)))
		if n := len(base.Contract); n > 0 {
			f.hours.SetText(roster.FormatUpTo(base.Contract[n-1].HoursPerWeek, -1, p.s.lng))
		}
		f.liveIn.SetChecked(base.LiveIn)
		f.nights.SetChecked(base.Nights)
		f.sleep.SetChecked(!base.NoSleepShifts)
		colour = base.Colour
		f.photo = base.Photo
	}
	f.colour = newColourButton(p.s.win, colour)
	f.picture = container.NewStack()
	f.showPicture()
	return f
}

// showPicture shows the form's photo.
func (f *memberForm) showPicture() {
	f.picture.RemoveAll()
	f.picture.Add(memberPicture(&roster.Member{Photo: f.photo, Colour: f.colour.hex}, 48))
	f.picture.Refresh()
}

// nextColour returns a member colour not yet used in h.
func nextColour(h *roster.House) string {
	palette := []string{"#E57373", "#FFB74D", "#BA68C8", "#4FC3F7", "#81C784", "#7986CB", "#F06292", "#4DB6AC",
		"#FFD54F", "#A1887F", "#AED581", "#9575CD", "#64B5F6", "#90A4AE", "#FF8A65"}
	for _, c := range palette {
		used := false
		for _, m := range h.Members {
			used = used || strings.EqualFold(m.Colour, c)
		}
		if !used {
			return c
		}
	}
	return palette[len(h.Members)%len(palette)]
}

// edit builds the member edit of the form. A new member gets the next free
// ID and a contract from the form's date (in the wizard: from the Monday of
// this week). Changing a member keeps its contract history; only in the
// wizard do the hours replace the single contract.
func (f *memberForm) edit(s *houseSink) (roster.Edit, int, error) {
	h := s.house()
	var m roster.Member
	idx := len(h.Members)
	if f.base != nil {
		m = *cloneMember(f.base)
		idx = slices.IndexFunc(h.Members, func(x roster.Member) bool { return x.ID == f.base.ID })
	} else {
		for _, x := range h.Members {
			m.ID = max(m.ID, x.ID)
		}
		m.ID++
	}
	m.Name = strings.TrimSpace(f.name.Text)
	m.Initials = strings.TrimSpace(f.initials.Text)
	if m.Initials == "" {
		m.Initials = initialsOf(m.Name)
	}
	m.Role = roster.Roles[max(0, f.role.SelectedIndex())]
	m.LiveIn, m.Nights, m.NoSleepShifts = f.liveIn.Checked, f.nights.Checked, !f.sleep.Checked
	m.Colour = f.colour.hex
	m.Photo = f.photo
	if f.base == nil || s.wizard {
		hours, err := parseHours(f.hours.Text, lang.X("set.f.hours", "Hours a week"))
		if err != nil {
			return roster.Edit{}, idx, err
		}
		from := s.today.Monday()
		if f.base == nil && !s.wizard {
			if from, err = parseDateField(f.from.Text, lang.X("set.f.from", "From")); err != nil {
				return roster.Edit{}, idx, err
			}
		}
		if f.base != nil && len(f.base.Contract) > 0 {
			from = f.base.Contract[0].From
		}
		m.Contract = []roster.Contract{{From: from, HoursPerWeek: hours}}
	}
	var before *roster.Member
	if f.base != nil {
		before = cloneMember(f.base) // f.base points into the house, which the edit changes
	}
	e := roster.Edit{Members: []roster.MemberEdit{{Before: before, After: &m}}}
	if f.base == nil {
		e.NL, e.EN = "Teamlid toegevoegd: "+m.Name, "Team member added: "+m.Name
	} else {
		e.NL, e.EN = "Teamlid gewijzigd: "+m.Name, "Team member changed: "+m.Name
	}
	return e, idx, nil
}

// cloneMember deep-copies m (contract history, dates, photo).
func cloneMember(m *roster.Member) *roster.Member {
	c := *m
	c.Contract = slices.Clone(m.Contract)
	c.Photo = slices.Clone(m.Photo)
	if m.ActiveFrom != nil {
		d := *m.ActiveFrom
		c.ActiveFrom = &d
	}
	if m.ActiveTo != nil {
		d := *m.ActiveTo
		c.ActiveTo = &d
	}
	if m.Counts != nil {
		b := *m.Counts
		c.Counts = &b
	}
	return &c
}

// initialsOf returns the first letters of the first and last word of name.
func initialsOf(name string) string {
	w := strings.Fields(name)
	if len(w) == 0 {
		return ""
	}
	first := []rune(w[0])[:1]
	if len(w) == 1 {
		return strings.ToUpper(string(first))
	}
	return strings.ToUpper(string(first) + string([]rune(w[len(w)-1])[:1]))
}

// saveMember checks and applies the form.
func (p *teamPanel) saveMember(f *memberForm) error {
	e, idx, err := f.edit(p.s)
	if err != nil {
		return err
	}
	return p.s.apply(e, fmt.Sprintf("members[%d].", idx))
}

// showMember opens the member dialog for m (nil: a new member).
func (p *teamPanel) showMember(m *roster.Member) {
	f := p.newMemberForm(m)
	photo := widget.NewButton(lang.X("set.photo.load", "Load photo…"), func() {
		choosePhoto(p.s.win, func(b []byte) { f.photo = b; f.showPicture() })
	})
	noPhoto := widget.NewButton(lang.X("set.photo.remove", "No photo"), func() { f.photo = nil; f.showPicture() })
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("set.f.name", "Name"), f.name),
		widget.NewFormItem(lang.X("set.f.initials", "Initials"), f.initials),
		widget.NewFormItem(lang.X("set.f.role", "Role"), f.role),
	}
	if m == nil || p.s.wizard {
		items = append(items, widget.NewFormItem(lang.X("set.f.hours", "Hours a week"), f.hours))
	}
	if m == nil && !p.s.wizard {
		items = append(items, widget.NewFormItem(lang.X("set.f.from", "From"), f.from))
	}
	items = append(items,
		widget.NewFormItem("", container.NewHBox(f.liveIn, f.nights, f.sleep)),
		widget.NewFormItem(lang.X("set.f.colour", "Colour"), f.colour.box),
		widget.NewFormItem(lang.X("set.f.photo", "Photo"), container.NewHBox(f.picture, photo, noPhoto)))
	title := lang.X("set.team.add", "Add team member…")
	if m != nil {
		title = m.Name
	}
	formDialog(p.s.win, title, items, func() error { return p.saveMember(f) })
}

// remove takes a member out of the wizard's draft team.
func (p *teamPanel) remove(id int) {
	m := p.s.house().Member(id)
	if m == nil {
		return
	}
	_ = p.s.apply(roster.Edit{NL: "Teamlid verwijderd: " + m.Name, EN: "Team member removed: " + m.Name,
		Members: []roster.MemberEdit{{Before: cloneMember(m)}}}, "members")
}

// ContractEdit returns the edit that gives member id hours per week from
// from on: a contract appended to the history (one on the same date is
// replaced), the history kept sorted by date.
func ContractEdit(h *roster.House, id int, from roster.Date, hours float64) (roster.Edit, error) {
	m := h.Member(id)
	if m == nil {
		return roster.Edit{}, fmt.Errorf("teamlid %d niet gevonden / team member %d not found", id, id)
	}
	after := cloneMember(m)
	after.Contract = slices.DeleteFunc(after.Contract, func(c roster.Contract) bool { return c.From == from })
	after.Contract = append(after.Contract, roster.Contract{From: from, HoursPerWeek: hours})
	slices.SortFunc(after.Contract, func(a, b roster.Contract) int { return int(a.From - b.From) })
	h36 := roster.FormatUpTo(hours, -1, roster.Dutch)
	return roster.Edit{
		NL:      fmt.Sprintf("Contract %s: %s u per week vanaf %s", m.Name, h36, dateEntryText(from)),
		EN:      fmt.Sprintf("Contract %s: %s h a week from %s", m.Name, roster.FormatUpTo(hours, -1, roster.English), dateEntryText(from)),
		Members: []roster.MemberEdit{{Before: cloneMember(m), After: after}},
	}, nil
}

// EndMembershipEdit returns the edit that ends member id's membership after
// the date to (ActiveTo); the member, their contracts and their roster stay.
// A zero to makes the member active again.
func EndMembershipEdit(h *roster.House, id int, to roster.Date) (roster.Edit, error) {
	m := h.Member(id)
	if m == nil {
		return roster.Edit{}, fmt.Errorf("teamlid %d niet gevonden / team member %d not found", id, id)
	}
	after := cloneMember(m)
	e := roster.Edit{Members: []roster.MemberEdit{{Before: cloneMember(m), After: after}}}
	if to == 0 {
		after.ActiveTo = nil
		e.NL, e.EN = m.Name+" weer in het team", m.Name+" back in the team"
		return e, nil
	}
	after.ActiveTo = &to
	e.NL = fmt.Sprintf("%s uit het team na %s", m.Name, dateEntryText(to))
	e.EN = fmt.Sprintf("%s leaves the team after %s", m.Name, dateEntryText(to))
	return e, nil
}

// memberIndex returns the index of member id in h, or -1.
func memberIndex(h *roster.House, id int) int {
	return slices.IndexFunc(h.Members, func(x roster.Member) bool { return x.ID == id })
}

// showContract asks for a date and the new hours of member id.
func (p *teamPanel) showContract(id int) {
	m := p.s.house().Member(id)
	if m == nil {
		return
	}
	from := entryWith(dateEntryText(p.s.today.Monday() + 7)) // from next week on
	hours := entryWith(roster.FormatUpTo(m.HoursOn(p.s.today), -1, p.s.lng))
	history := make([]string, len(m.Contract))
	for i, c := range m.Contract {
		history[i] = fmt.Sprintf(lang.X("set.team.historyline", "from %s: %s h"), dateEntryText(c.From), roster.FormatUpTo(c.HoursPerWeek, -1, p.s.lng))
	}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("set.team.history", "So far"), widget.NewLabel(strings.Join(history, "\n"))),
		widget.NewFormItem(lang.X("set.f.from", "From"), from),
		widget.NewFormItem(lang.X("set.f.hours", "Hours a week"), hours),
	}
	formDialog(p.s.win, m.Name+" — "+lang.X("set.team.contract", "Contract from…"), items, func() error {
		d, err := parseDateField(from.Text, lang.X("set.f.from", "From"))
		if err != nil {
			return err
		}
		x, err := parseHours(hours.Text, lang.X("set.f.hours", "Hours a week"))
		if err != nil {
			return err
		}
		e, err := ContractEdit(p.s.house(), id, d, x)
		if err != nil {
			return err
		}
		return p.s.apply(e, fmt.Sprintf("members[%d].", memberIndex(p.s.house(), id)))
	})
}

// showEnd asks for the last day of member id in the team ("" makes them
// active again).
func (p *teamPanel) showEnd(id int) {
	m := p.s.house().Member(id)
	if m == nil {
		return
	}
	text := dateEntryText(p.s.today)
	if m.ActiveTo != nil {
		text = dateEntryText(*m.ActiveTo)
	}
	to := entryWith(text)
	note := widget.NewLabel(lang.X("set.team.endnote", "The member stays in the history and the audit log; leave empty to make them active again."))
	note.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("set.f.activeto", "Member until"), to),
		widget.NewFormItem("", note),
	}
	formDialog(p.s.win, m.Name+" — "+lang.X("set.team.end", "End membership…"), items, func() error {
		var d roster.Date
		if strings.TrimSpace(to.Text) != "" {
			var err error
			if d, err = parseDateField(to.Text, lang.X("set.f.activeto", "Member until")); err != nil {
				return err
			}
		}
		e, err := EndMembershipEdit(p.s.house(), id, d)
		if err != nil {
			return err
		}
		return p.s.apply(e, fmt.Sprintf("members[%d].", memberIndex(p.s.house(), id)))
	})
}
