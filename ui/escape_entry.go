package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DialogEntry is the text field of the app's dialogs. A focused field gets
// every key, so the window's Escape handler (escape.go) never sees Escape
// while the cursor is in a field; this one passes it on: Escape closes the
// dialog on top through its cancel button, as it does without a focused
// field. A dialog cancelled this way keeps nothing the user typed, exactly
// as when Cancel is tapped; nothing is saved half.
type DialogEntry struct {
	widget.Entry
}

// newEntry returns a one-line field (as widget.NewEntry).
func newEntry() *DialogEntry {
	e := &DialogEntry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// newPasswordEntry returns a hidden field with an eye to show what was
// typed (as widget.NewPasswordEntry).
func newPasswordEntry() *DialogEntry {
	e := newEntry()
	e.Password = true
	e.ActionItem = newRevealer(e)
	return e
}

// TypedKey closes the dialog on Escape; every other key edits the text.
func (e *DialogEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			if !closeTopOverlay(c) {
				c.Unfocus() // a field outside a dialog: Escape leaves it
			}
			return
		}
	}
	e.Entry.TypedKey(ev)
}

// revealer is the eye icon in a password field: tapping it shows or hides
// the text, and the field keeps the focus.
type revealer struct {
	widget.BaseWidget
	entry *DialogEntry
	icon  *canvas.Image
}

func newRevealer(e *DialogEntry) *revealer {
	r := &revealer{entry: e, icon: canvas.NewImageFromResource(theme.VisibilityOffIcon())}
	r.ExtendBaseWidget(r)
	return r
}

// Tapped toggles between hidden and shown text.
func (r *revealer) Tapped(*fyne.PointEvent) {
	if r.entry.Disabled() {
		return
	}
	r.entry.Password = !r.entry.Password
	r.icon.Resource = theme.VisibilityOffIcon()
	if !r.entry.Password {
		r.icon.Resource = theme.VisibilityIcon()
	}
	r.icon.Refresh()
	r.entry.Refresh()
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
		c.Focus(r.entry)
	}
}

// CreateRenderer draws the icon centred in a square of the field's height.
func (r *revealer) CreateRenderer() fyne.WidgetRenderer {
	return &revealerRenderer{WidgetRenderer: widget.NewSimpleRenderer(r.icon), icon: r.icon}
}

type revealerRenderer struct {
	fyne.WidgetRenderer
	icon *canvas.Image
}

func (r *revealerRenderer) Layout(size fyne.Size) {
	s := theme.Size(theme.SizeNameInlineIcon)
	r.icon.Resize(fyne.NewSquareSize(s))
	r.icon.Move(fyne.NewPos((size.Width-s)/2, (size.Height-s)/2))
}

func (r *revealerRenderer) MinSize() fyne.Size {
	return fyne.NewSquareSize(theme.Size(theme.SizeNameInlineIcon) + 2*theme.Size(theme.SizeNameInnerPadding))
}
