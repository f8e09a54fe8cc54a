package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/ui/weekview"
)

// whoScreen asks "Wie ben jij?": the team member taps their own name. No
// passwords: the name only goes into the audit log with every change.
type whoScreen struct {
	buttons []*widget.Button
	other   *widget.Entry
	content fyne.CanvasObject
}

// newWhoScreen lists the active members of h (opvoeders first); choose is
// called with the chosen name.
func newWhoScreen(h *roster.House, today roster.Date, choose func(name string)) *whoScreen {
	s := &whoScreen{}
	title := canvas.NewText(lang.X("who.title", "Who are you?"), theme.Color(theme.ColorNameForeground))
	title.TextSize = 28
	title.TextStyle.Bold = true
	title.Alignment = fyne.TextAlignCenter
	sub := widget.NewLabelWithStyle(lang.X("who.sub", "Tap your name. It goes into the log with every change you make."),
		fyne.TextAlignCenter, fyne.TextStyle{})
	house := widget.NewLabelWithStyle(h.Name, fyne.TextAlignCenter, fyne.TextStyle{})
	v := weekview.NewWeekView(h, today)
	grid := container.NewGridWithColumns(max(1, min(4, len(v.Rows))))
	for _, r := range v.Rows {
		name := r.Name
		b := widget.NewButton(name, func() { choose(name) })
		if r.Role == roster.RoleOpvoeder {
			b.Importance = widget.HighImportance
		}
		s.buttons = append(s.buttons, b)
		grid.Add(container.NewGridWrap(fyne.NewSize(210, 52), b))
	}
	s.other = widget.NewEntry()
	s.other.SetPlaceHolder(lang.X("who.other", "Someone else: type your name"))
	go1 := widget.NewButton(lang.X("who.go", "Continue"), func() {
		if n := strings.TrimSpace(s.other.Text); n != "" {
			choose(n)
		}
	})
	s.other.OnSubmitted = func(string) { go1.OnTapped() }
	otherRow := container.NewBorder(nil, nil, nil, go1, s.other)
	body := container.NewVBox(
		container.NewCenter(container.NewGridWrap(fyne.NewSize(96, 96), canvas.NewImageFromResource(assets.Icon()))),
		title, house, sub, widget.NewSeparator(),
		container.NewCenter(grid),
		container.NewCenter(container.NewGridWrap(fyne.NewSize(430, 40), otherRow)),
	)
	s.content = container.NewPadded(container.NewVScroll(container.NewCenter(body)))
	return s
}
