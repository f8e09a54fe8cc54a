package ui

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rules"
)

// findingItem is one line of the findings panel: a rule header or a finding.
type findingItem struct {
	rule    string
	count   int
	sev     rules.Severity
	finding *rules.Finding // nil for a header
}

// findingsPanel lists the findings of the visible week grouped by rule,
// errors first. Selecting a finding selects its cells in the grid.
type findingsPanel struct {
	ws      *WeekScreen
	items   []findingItem
	list    *widget.List
	summary *canvas.Text
	box     fyne.CanvasObject
	shown   []rules.Finding    // the findings on screen
	heights map[string]float32 // measured item heights by text, for the current width
	width   float32            // the width the heights were measured at
	rowMin  fyne.Size          // a row's minimum size (findings_row.go)
}

func newFindingsPanel(ws *WeekScreen) *findingsPanel {
	p := &findingsPanel{ws: ws}
	p.summary = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	p.summary.TextStyle.Bold = true
	p.list = widget.NewList(
		func() int { return len(p.items) },
		func() fyne.CanvasObject { return newFindingRow(p.rowMinSize) }, // findings_row.go
		p.update,
	)
	p.list.OnSelected = p.selected
	p.box = container.NewBorder(container.NewPadded(p.summary), nil, nil, nil, p.list)
	return p
}

// groupFindings orders fs by severity of the rule's worst finding, then
// rule, and puts a header before each rule's findings.
func groupFindings(fs []rules.Finding) []findingItem {
	byRule := map[string][]int{}
	worst := map[string]rules.Severity{}
	var rules []string
	for i, f := range fs {
		if _, ok := byRule[f.Rule]; !ok {
			rules = append(rules, f.Rule)
			worst[f.Rule] = f.Severity
		}
		byRule[f.Rule] = append(byRule[f.Rule], i)
		worst[f.Rule] = min(worst[f.Rule], f.Severity)
	}
	sort.SliceStable(rules, func(i, j int) bool {
		if worst[rules[i]] != worst[rules[j]] {
			return worst[rules[i]] < worst[rules[j]]
		}
		return rules[i] < rules[j]
	})
	var out []findingItem
	for _, r := range rules {
		out = append(out, findingItem{rule: r, count: len(byRule[r]), sev: worst[r]})
		for _, i := range byRule[r] {
			out = append(out, findingItem{rule: r, sev: fs[i].Severity, finding: &fs[i]})
		}
	}
	return out
}

// refresh rebuilds the panel from the editor's findings; when they are the
// same as last time (most edits), nothing is redrawn.
func (p *findingsPanel) refresh() {
	fs := p.ws.ed.Findings()
	if p.shown != nil && sameFindings(p.shown, fs) {
		return
	}
	p.shown = fs
	p.items = groupFindings(fs)
	n := map[rules.Severity]int{}
	for _, f := range fs {
		n[f.Severity]++
	}
	if len(fs) == 0 {
		p.summary.Text = lang.X("findings.none", "No findings: this week holds.")
	} else {
		p.summary.Text = fmt.Sprintf("%d %s · %d %s · %d %s",
			n[rules.SevError], plural(n[rules.SevError], lang.X("findings.error", "error"), lang.X("findings.errors", "errors")),
			n[rules.SevWarning], plural(n[rules.SevWarning], lang.X("findings.warning", "warning"), lang.X("findings.warnings", "warnings")),
			n[rules.SevInfo], lang.X("findings.info", "info"))
	}
	p.summary.Refresh()
	p.list.UnselectAll()
	p.setHeights()
	p.list.Refresh()
}

func (p *findingsPanel) update(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(p.items) {
		return
	}
	it := p.items[id]
	row := o.(*findingRow)
	l, dot := row.label, row.dot
	text, style := p.itemText(it)
	if l.Text != text || l.TextStyle != style {
		l.TextStyle = style
		l.SetText(text) // wrapping text is costly to lay out: only when it changed
	}
	if it.finding == nil {
		dot.FillColor = severityColour(it.sev)
		dot.StrokeWidth = 0
	} else {
		dot.FillColor = color.Transparent
		dot.StrokeColor = severityColour(it.sev)
		dot.StrokeWidth = 2
	}
	dot.Refresh()
}

// itemText returns the text of item it.
func (p *findingsPanel) itemText(it findingItem) (string, fyne.TextStyle) {
	if it.finding == nil {
		return fmt.Sprintf("%s (%d)", ruleTitle(it.rule), it.count), fyne.TextStyle{Bold: true}
	}
	return findingText(*it.finding, roster.LangOf(p.ws.lang)), fyne.TextStyle{}
}

// setHeights gives every item the height its wrapped text needs at the
// list's width. It keeps the heights of the texts shown now only: every
// week brings new texts, and a cache that keeps them all grows for ever.
func (p *findingsPanel) setHeights() {
	w := p.list.Size().Width - 50 // dot, paddings, scroll bar
	if w < 120 {
		w = 230
	}
	if w != p.width {
		p.width, p.heights = w, nil
	}
	size := theme.TextSize()
	pad := theme.Padding()
	heights := make(map[string]float32, len(p.items))
	for i, it := range p.items {
		text, style := p.itemText(it)
		h, ok := p.heights[text]
		if !ok {
			m := fyne.MeasureText(text, size, style)
			lines := math.Ceil(float64(m.Width*1.12) / float64(w))
			h = float32(lines)*m.Height + pad*2 + 2
		}
		heights[text] = h
		p.list.SetItemHeight(i, h)
	}
	p.heights = heights
}

// sameFindings reports whether a and b show the same (rule, severity,
// members, text) in the same order.
func sameFindings(a, b []rules.Finding) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := &a[i], &b[i]
		if x.Rule != y.Rule || x.Severity != y.Severity || x.NL != y.NL || x.EN != y.EN ||
			!x.Start.Equal(y.Start) || !x.End.Equal(y.End) || !slices.Equal(x.Members, y.Members) || !slices.Equal(x.Dates, y.Dates) {
			return false
		}
	}
	return true
}

// selected selects the cells of a finding in the grid (a header selects the
// cells of all its findings).
func (p *findingsPanel) selected(id widget.ListItemID) {
	if id < 0 || id >= len(p.items) {
		return
	}
	it := p.items[id]
	var fs []*rules.Finding
	if it.finding != nil {
		fs = append(fs, it.finding)
	} else {
		for k := id + 1; k < len(p.items) && p.items[k].finding != nil; k++ {
			fs = append(fs, p.items[k].finding)
		}
	}
	p.ws.grid.selectFindingCells(fs)
}

// ruleTitle returns the plain-language name of a rule ID.
func ruleTitle(rule string) string {
	return lang.X("rule."+rule, rule)
}

// findingText returns the message of f in l, starting with a capital
// letter (the engine writes some as sentence fragments).
func findingText(f rules.Finding, l roster.Lang) string {
	return capitalFirst(rules.PlainMessage(f, l)) // "week 49 (30 nov – 6 dec)", "ma 30 nov": not "2026-W49", "ma 30-11"
}

// capitalFirst returns s with its first letter in upper case.
func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
