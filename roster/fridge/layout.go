package fridge

import (
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/huisrooster/huisrooster/roster"
)

// measureFunc returns the width in mm of s set in Noto Sans (bold or not)
// at size pt.
type measureFunc func(s string, bold bool, size float64) float64

// rect is a rectangle in millimetres, y growing downwards.
type rect struct{ x, y, w, h float64 }

// placedTag is a name tag on the page.
type placedTag struct {
	day, slot int
	person    Person
	rect      rect
	text      string  // the name as printed (shortened with … only as a last resort)
	size      float64 // pt
	avatar    bool    // photo or initial circle shown
	more      int     // > 0: a "+N" tag for people that did not fit
}

// page is the laid-out print: drawing operations plus, for tests, where the
// cells and tags went.
type page struct {
	ops   []op
	cells [7][]rect
	tags  []placedTag
}

// Page geometry in millimetres (A4 landscape).
const (
	pageW, pageH = 297.0, 210.0
	margin       = 6.0
	gap          = 1.2
	labelW       = 22.0
	minRowH      = 20.0
	minText      = 12.0 // pt: nothing on the page is printed smaller
	maxTagText   = 18.0 // pt
	comfortText  = 15.0 // pt: what row heights are planned for
	tagPad       = 1.3  // inside a cell
	tagGap       = 1.0  // between tags
	tagLine      = 0.7  // tag border
	pillEnd      = 0.3  // room at a tag's rounded ends, times its height
	starW        = 5.4  // a holiday's star and the space after it
)

// Colours of the page.
var (
	// dayFill are the day header colours, Monday first.
	dayFill = [7]RGB{
		{0xFF, 0x8A, 0x8A}, {0xFF, 0xB8, 0x6B}, {0xFF, 0xE0, 0x66}, {0x8C, 0xE0, 0x99},
		{0x7C, 0xC2, 0xFA}, {0xB1, 0x97, 0xFC}, {0xF9, 0xA8, 0xC9},
	}
	// titleInk colours the letters of the title: dark enough for grey print.
	titleInk = []RGB{
		{0xC9, 0x2A, 0x2A}, {0xD9, 0x48, 0x0F}, {0xB0, 0x6A, 0x00}, {0x2B, 0x8A, 0x3E},
		{0x18, 0x64, 0xAB}, {0x5F, 0x3D, 0xC4}, {0xA6, 0x1E, 0x4D},
	}
	// rowTint are the slot backgrounds: ochtend, middag, avond, nacht.
	rowTint = []RGB{{0xFF, 0xF6, 0xCC}, {0xE3, 0xF2, 0xFF}, {0xFF, 0xE8, 0xD9}, {0xE6, 0xE3, 0xFF}}
	sunFill = RGB{0xFF, 0xC3, 0x1F}
	sunLine = RGB{0xE8, 0x5D, 0x04}
	moonFil = RGB{0xFF, 0xD4, 0x3B}
	grey    = RGB{0x6B, 0x6B, 0x7B}
	// markFill is the change mark: a red that stays dark in grey print.
	markFill = RGB{0xD0, 0x21, 0x2F}
)

// layout places wk on an A4 landscape page. photos holds the normalised
// photo of each member that has one.
func layout(wk *Week, photos map[int][]byte, m measureFunc) *page {
	return layoutOn(wk, photos, m, 0)
}

// layoutOn lays wk out with the day today marked in the header (a dark
// border and "vandaag" for its date, which the title holds); 0, or a day
// outside the week, marks nothing.
func layoutOn(wk *Week, photos map[int][]byte, m measureFunc, today roster.Date) *page {
	p := &page{}
	p.title(wk, m)

	colW := (pageW - 2*margin - labelW - 7*gap) / 7
	colX := func(i int) float64 { return margin + labelW + gap + float64(i)*(colW+gap) }

	// Day headers; holiday names may need two lines.
	const headerTop = 22.0
	holidayLines := make([][]string, 7)
	maxLines := 0
	for i, d := range wk.Days {
		if d.Holiday != "" {
			holidayLines[i] = wrap(d.Holiday, colW-3-starW, true, minText, m)
			maxLines = max(maxLines, len(holidayLines[i]))
		}
	}
	headerH := 14.0 + 5.2*float64(maxLines)
	for i, d := range wk.Days {
		x := colX(i)
		label, border, line := d.Label, dayFill[i].mix(RGB{}, 0.35), 0.5
		if d.Date == today && today != 0 {
			label, border, line = "vandaag", ink, 1.4
		}
		p.box(rect{x, headerTop, colW, headerH}, 2.5, dayFill[i], border, line)
		p.centred(d.Name, x+colW/2, headerTop+6.6, 16, true, ink, m)
		p.centred(label, x+colW/2, headerTop+11.8, minText, d.Date == today, ink, m)
		for k, line := range holidayLines[i] {
			y := headerTop + 16.8 + 5.2*float64(k)
			if k > 0 {
				p.centred(line, x+colW/2, y, minText, true, ink, m)
				continue
			}
			// A star in front of the holiday's name, centred together.
			left := x + colW/2 - (starW+m(line, true, minText))/2
			p.poly(star(left+2.1, y-1.5, 2.1), moonFil, ink, 0.25)
			p.text(line, left+starW, y, minText, true, ink)
		}
	}

	// Rows, as high as their busiest cell needs.
	bodyTop := headerTop + headerH + gap
	bodyBottom := pageH - margin
	heights := rowHeights(wk, colW, bodyBottom-bodyTop-gap*float64(len(wk.Slots)-1), m)
	y := bodyTop
	var tags []placedTag // drawn after the cells, once consistent
	var gone []rect      // cells marked for someone no longer there
	for j, sl := range wk.Slots {
		h := heights[j]
		tint := rowTint[j%len(rowTint)]
		p.rowLabel(sl, j, rect{margin, y, labelW, h}, tint, m)
		// One size for the whole row: the largest at which every cell fits.
		opts, worst := fitOpts(), 0
		for i := range wk.Days {
			worst = max(worst, bestOpt(wk.Days[i].Slots[j], rect{colX(i), y, colW, h}, opts, m))
		}
		var row []placedTag
		for i := range wk.Days {
			c := rect{colX(i), y, colW, h}
			p.cells[i] = append(p.cells[i], c)
			p.box(c, 2.5, tint, RGB{}, 0)
			for _, t := range fitTags(wk.Days[i].Slots[j], c, opts[worst], m) {
				t.day, t.slot = i, j
				row = append(row, t)
			}
			if g := wk.Days[i].Gone; j < len(g) && g[j] {
				// Someone on the last print is no longer here: mark the cell.
				gone = append(gone, c)
			}
		}
		tags = append(tags, sameSize(row)...)
		y += h + gap
	}
	for _, t := range sameAvatars(tags, photos) {
		p.tag(t, photos, m)
	}
	for _, c := range gone {
		p.changeMark(c.x+c.w-markR-0.4, c.y+c.h-markR-0.4, m)
	}
	return p
}

// sameSize sets the names of a row's tags in one size, the smallest any of
// them needed: a long name shrunk to fit its pill would otherwise stand out
// smaller than its neighbours (issue 19, bug 10).
func sameSize(row []placedTag) []placedTag {
	size := math.Inf(1)
	for _, t := range row {
		if t.more == 0 {
			size = min(size, t.size)
		}
	}
	for i := range row {
		if row[i].more == 0 {
			row[i].size = size
		}
	}
	return row
}

// sameAvatars keeps the letter badges (the initial in a circle) only when
// every name tag without a photo has one: a sheet where some members have a
// letter and others do not reads as if the letter meant something (issue
// 19, bug 10). Photos stay: they are how children recognise the opvoeder.
func sameAvatars(tags []placedTag, photos map[int][]byte) []placedTag {
	letter := func(t placedTag) bool {
		_, photo := photos[t.person.Member]
		return t.more == 0 && !photo
	}
	all := true
	for _, t := range tags {
		if letter(t) && !t.avatar {
			all = false
		}
	}
	if !all {
		for i := range tags {
			if letter(tags[i]) {
				tags[i].avatar = false
			}
		}
	}
	return tags
}

// rowHeights shares height over the slots in proportion to what their
// busiest cell needs at a comfortable size, with at least minRowH each.
func rowHeights(wk *Week, colW, avail float64, m measureFunc) []float64 {
	n := len(wk.Slots)
	weight := make([]float64, n)
	for j := range wk.Slots {
		for _, d := range wk.Days {
			weight[j] = max(weight[j], neededHeight(d.Slots[j], colW, m))
		}
		weight[j] = max(weight[j], minRowH)
	}
	h := make([]float64, n)
	fixed := make([]bool, n)
	for range n { // each round fixes at least one row at minRowH, or ends
		left, sum := avail, 0.0
		for j := range n {
			if fixed[j] {
				left -= h[j]
			} else {
				sum += weight[j]
			}
		}
		done := true
		for j := range n {
			if fixed[j] {
				continue
			}
			h[j] = left * weight[j] / sum
			if h[j] < minRowH {
				h[j], fixed[j], done = minRowH, true, false
			}
		}
		if done {
			break
		}
	}
	return h
}

// tagHeight is the height of a tag whose name is set at size pt.
func tagHeight(size float64) float64 { return size*0.55 + 0.4 }

// fitOpt is a way to set the tags of a cell: a text size, with or without
// avatars.
type fitOpt struct {
	size   float64
	avatar bool
}

// fitOpts lists the ways to set tags, best first: big names matter most, so
// from maxTagText down to minText, each size with avatars and then without
// (a tag stretched to its line still gets its avatar when there is room).
func fitOpts() []fitOpt {
	var out []fitOpt
	for size := maxTagText; size >= minText; size-- {
		out = append(out, fitOpt{size, true}, fitOpt{size, false})
	}
	return out
}

// bestOpt returns the index in opts of the first way in which people fit
// cell c, or -1.
func bestOpt(people []Person, c rect, opts []fitOpt, m measureFunc) int {
	for i, o := range opts {
		if tags, lines := flow(people, c, o.size, o.avatar, m); tags != nil &&
			float64(lines)*(tagHeight(o.size)+tagGap)-tagGap <= c.h-2*tagPad {
			return i
		}
	}
	return -1
}

// neededHeight is the cell height people need at comfortText or less.
func neededHeight(people []Person, colW float64, m measureFunc) float64 {
	if len(people) == 0 {
		return 0
	}
	for _, o := range fitOpts() {
		if o.size > comfortText {
			continue
		}
		if tags, lines := flow(people, rect{w: colW}, o.size, o.avatar, m); tags != nil {
			return float64(lines)*(tagHeight(o.size)+tagGap) - tagGap + 2*tagPad
		}
	}
	return float64(len(people))*(tagHeight(minText)+tagGap) + 2*tagPad
}

// fitTags places the tags of one cell as flowing lines of pills, each line
// stretched to the cell's width, set as opt says when they fit that way,
// else in the best way that fits. When even the smallest readable tags
// cannot hold everyone, the last tag says "+N".
func fitTags(people []Person, c rect, opt fitOpt, m measureFunc) []placedTag {
	if len(people) == 0 {
		return nil
	}
	room := c.h - 2*tagPad
	if tags, lines := flow(people, c, opt.size, opt.avatar, m); tags != nil &&
		float64(lines)*(tagHeight(opt.size)+tagGap)-tagGap <= room {
		return tags
	}
	opts := fitOpts()
	if i := bestOpt(people, c, opts, m); i >= 0 {
		tags, _ := flow(people, c, opts[i].size, opts[i].avatar, m)
		return tags
	}
	// Too many for the cell: smallest tags, shortened names, and "+N".
	tagH := tagHeight(minText)
	maxLines := max(1, int((room+tagGap)/(tagH+tagGap)))
	innerW := c.w - 2*tagPad
	short := make([]Person, len(people))
	copy(short, people)
	for i := range short {
		room := innerW - naturalWidth(Person{Sleeps: short[i].Sleeps}, minText, tagH, false, m)
		short[i].Name = fitText(short[i].Name, room, minText, m)
	}
	if tags, lines := flow(short, c, minText, false, m); tags != nil && lines <= maxLines {
		for i := range tags {
			tags[i].person = people[i]
		}
		return tags
	}
	for shown := len(short) - 1; shown > 0; shown-- {
		more := Person{Name: fmt.Sprintf("+%d", len(short)-shown)}
		tags, lines := flow(append(short[:shown:shown], more), c, minText, false, m)
		if tags != nil && lines <= maxLines {
			last := &tags[len(tags)-1]
			last.more = len(short) - shown
			last.person = Person{}
			for i := range tags[:shown] {
				tags[i].person = people[i]
			}
			return tags
		}
	}
	return nil
}

// flow lays people out in lines at size (ignoring the cell's height) and
// returns the tags and the number of lines; nil tags when a name does not
// fit the cell's width even at minText. Every tag of the cell is as high as
// size asks; a long name gets a smaller text (at least minText) before it
// loses its avatar, and a tag stretched to its line gets its avatar back
// when there is room.
func flow(people []Person, c rect, size float64, avatar bool, m measureFunc) ([]placedTag, int) {
	if len(people) == 0 {
		return nil, 0
	}
	innerW := c.w - 2*tagPad
	tagH := tagHeight(size)
	tags := make([]placedTag, len(people))
	widths := make([]float64, len(people))
	for i, p := range people {
		s, av, ok := personFit(p, innerW, size, tagH, avatar, m)
		if !ok {
			return nil, 0
		}
		tags[i] = placedTag{person: p, text: p.Name, size: s, avatar: av}
		widths[i] = naturalWidth(p, s, tagH, av, m)
	}
	lines := 0
	for i := 0; i < len(people); {
		// Greedy: as many tags as fit on this line, then share the rest out.
		j, used := i+1, widths[i]
		for j < len(people) && used+tagGap+widths[j] <= innerW {
			used += tagGap + widths[j]
			j++
		}
		extra := (innerW - used) / float64(j-i)
		x := c.x + tagPad
		y := c.y + tagPad + float64(lines)*(tagH+tagGap)
		for k := i; k < j; k++ {
			t := &tags[k]
			t.rect = rect{x, y, widths[k] + extra, tagH}
			if !t.avatar && tagH >= minAvatarTag && naturalWidth(t.person, t.size, tagH, true, m) <= t.rect.w {
				t.avatar = true
			}
			x += t.rect.w + tagGap
		}
		lines++
		i = j
	}
	return tags, lines
}

// minAvatarTag is the lowest tag that has room for an avatar.
const minAvatarTag = 6.5

// personFit returns the text size for p's name in a tag tagH high within
// width, and whether the avatar goes with it: size if it fits, else smaller,
// with a photo (when avatars are allowed) at no less than 80% of size, and
// without avatar at no less than minText.
func personFit(p Person, width, size, tagH float64, avatar bool, m measureFunc) (float64, bool, bool) {
	// Text width grows linearly with the size, the rest of the tag does not.
	per := 0.0
	if p.Name != "" {
		per = m(p.Name, true, size) / size
	}
	try := func(av bool, lowest float64) (float64, bool) {
		fixed := naturalWidth(Person{Sleeps: p.Sleeps}, size, tagH, av, m)
		if per == 0 {
			return size, fixed <= width
		}
		s := min(size, math.Floor((width-fixed)/per*2)/2)
		return s, s >= lowest
	}
	if avatar && tagH >= minAvatarTag {
		// A photo is worth a smaller name; an initial is not.
		lowest := size
		if len(p.Photo) > 0 {
			lowest = max(minText, size*0.8)
		}
		if s, ok := try(true, lowest); ok {
			return s, true, true
		}
	}
	s, ok := try(false, minText)
	return s, false, ok
}

// naturalWidth is the width of p's tag with its name at size in a tag tagH
// high: the pill's ends, the avatar, the name and the moon.
func naturalWidth(p Person, size, tagH float64, avatar bool, m measureFunc) float64 {
	w := tagH * pillEnd // right end
	if avatar {
		w += 1.0 + avatarD(tagH) + 1.6
	} else {
		w += tagH * pillEnd
	}
	if p.Sleeps {
		w += moonRoom(tagH)
	}
	if p.Name != "" {
		w += m(p.Name, true, size)
	}
	return w
}

// avatarD is the diameter of the avatar circle of a tag tagH high.
func avatarD(tagH float64) float64 { return tagH - 2*0.9 }

// moonR is the radius of the moon on a tag: it sits on the tag's right end,
// sticking out a little.
func moonR(tagH float64) float64 { return tagH * 0.36 }

// moonRoom is the width the moon takes from the name.
func moonRoom(tagH float64) float64 { return moonR(tagH) * 1.25 }

// fitText shortens s with "…" until it fits width at size.
func fitText(s string, width, size float64, m measureFunc) string {
	if m(s, true, size) <= width {
		return s
	}
	return shorten(s, width, size, m)
}

// shorten cuts s to fit width at size, ending in "…".
func shorten(s string, width, size float64, m measureFunc) string {
	for s != "" && m(s+"…", true, size) > width {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
	}
	return s + "…"
}

// wrap breaks s into lines of at most width at size (a word longer than
// width gets a line of its own).
func wrap(s string, width float64, bold bool, size float64, m measureFunc) []string {
	var lines []string
	line := ""
	for _, w := range splitWords(s) {
		if line != "" && m(line+" "+w, bold, size) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// dateRange formats the week as "23 – 29 november 2026", across months and
// years when needed.
func dateRange(from, to roster.Date) string {
	y1, m1, d1 := from.YMD()
	y2, m2, d2 := to.YMD()
	switch {
	case y1 != y2:
		return fmt.Sprintf("%d %s %d – %d %s %d", d1, monthNames[m1-1], y1, d2, monthNames[m2-1], y2)
	case m1 != m2:
		return fmt.Sprintf("%d %s – %d %s %d", d1, monthNames[m1-1], d2, monthNames[m2-1], y2)
	}
	return fmt.Sprintf("%d – %d %s %d", d1, d2, monthNames[m2-1], y2)
}
