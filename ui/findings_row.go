package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// findingRow is one row of the findings list: a severity dot and a wrapping
// label.
//
// widget.List makes a new template row on every refresh of an item height
// (SetItemHeight, once per finding after each edit) only to ask its minimum
// size. A row built from plain containers answers by making the label's
// renderer, which Fyne then keeps in its renderer cache for a minute: under
// steady editing that was tens of megabytes (scripts/measure-edit.sh). A
// findingRow answers from the size measured once per panel and makes its
// renderer only when it is shown.
type findingRow struct {
	widget.BaseWidget
	dot   *canvas.Circle
	label *widget.Label
	box   *fyne.Container
	min   func() fyne.Size
}

func newFindingRow(min func() fyne.Size) *findingRow {
	r := &findingRow{dot: canvas.NewCircle(color.Transparent), label: widget.NewLabel(""), min: min}
	r.label.Wrapping = fyne.TextWrapWord
	r.box = container.NewBorder(nil, nil, container.NewCenter(container.NewGridWrap(fyne.NewSize(10, 10), r.dot)), nil, r.label)
	r.ExtendBaseWidget(r)
	return r
}

// MinSize returns the template size without making a renderer.
func (r *findingRow) MinSize() fyne.Size { return r.min() }

// CreateRenderer shows the row's box.
func (r *findingRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.box) }

// rowMinSize returns the minimum size of a findings row, measured on the
// first call.
func (p *findingsPanel) rowMinSize() fyne.Size {
	if p.rowMin.IsZero() {
		r := newFindingRow(nil)
		p.rowMin = r.box.MinSize()
	}
	return p.rowMin
}
