package fridge

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/huisrooster/huisrooster/assets"
	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// testMeasure measures text with the embedded fonts, as Render does.
func testMeasure(t testing.TB) measureFunc {
	t.Helper()
	pdf := fpdf.New("L", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(fontFamily, "", assets.FontRegular())
	pdf.AddUTF8FontFromBytes(fontFamily, "B", assets.FontBold())
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
	return func(s string, bold bool, size float64) float64 {
		pdf.SetFont(fontFamily, style(bold), size)
		return pdf.GetStringWidth(s)
	}
}

func inside(in, out rect) bool {
	const eps = 1e-6
	return in.x >= out.x-eps && in.y >= out.y-eps && in.x+in.w <= out.x+out.w+eps && in.y+in.h <= out.y+out.h+eps
}

func overlap(a, b rect) bool {
	return a.x < b.x+b.w && b.x < a.x+a.w && a.y < b.y+b.h && b.y < a.y+a.h
}

// checkPage asserts what every page must hold: everything on the page, no
// text under 12 pt, tags in their cells without overlap, names that fit.
func checkPage(t *testing.T, wk *Week, pg *page, m measureFunc) {
	t.Helper()
	pageR := rect{0, 0, pageW, pageH}
	for _, o := range pg.ops {
		switch o.kind {
		case opText:
			if o.size < minText {
				t.Errorf("text %q at %.1f pt, under %.0f pt", o.text, o.size, minText)
			}
			r := rect{o.x, o.y - o.size*ptToMM, m(o.text, o.bold, o.size), o.size * ptToMM}
			if !inside(r, pageR) {
				t.Errorf("text %q off the page: %+v", o.text, r)
			}
		case opBox:
			if !inside(rect{o.x, o.y, o.w, o.h}, pageR) {
				t.Errorf("box off the page: %+v", o)
			}
		}
	}
	for i, a := range pg.tags {
		c := pg.cells[a.day][a.slot]
		if !inside(a.rect, c) {
			t.Errorf("tag %q of day %d slot %d sticks out of its cell", a.text, a.day, a.slot)
		}
		if w := naturalWidth(Person{Name: a.text, Sleeps: a.person.Sleeps}, a.size, a.rect.h, a.avatar, m); w > a.rect.w+1e-6 {
			t.Errorf("name %q (%.1f mm) does not fit its tag (%.1f mm)", a.text, w, a.rect.w)
		}
		for _, b := range pg.tags[i+1:] {
			if overlap(a.rect, b.rect) {
				t.Errorf("tags %q and %q overlap", a.text, b.text)
			}
		}
	}
	// Every person of the week has a tag in the right cell (or a "+N").
	for i, d := range wk.Days {
		for j, people := range d.Slots {
			shown, more := 0, 0
			for _, tg := range pg.tags {
				if tg.day == i && tg.slot == j {
					if tg.more > 0 {
						more += tg.more
					} else {
						shown++
					}
				}
			}
			if shown+more != len(people) {
				t.Errorf("%s %s: %d tags + %d more, want %d people", d.Name, wk.Slots[j].Name, shown, more, len(people))
			}
		}
	}
}

func TestLayoutBusyWeek(t *testing.T) {
	m := testMeasure(t)
	wk := BuildWeek(busyHouse(t), week48)
	pg := layout(wk, map[int][]byte{1: {1}}, m)
	checkPage(t, wk, pg, m)
	for _, tg := range pg.tags {
		if tg.more > 0 || tg.text != tg.person.Name {
			t.Errorf("busy week: tag %q shortened or cut (+%d); the page must hold it", tg.text, tg.more)
		}
	}
	var texts []string
	photos := 0
	for _, o := range pg.ops {
		if o.kind == opText {
			texts = append(texts, o.text)
		}
		if o.kind == opPhoto {
			photos++
			if o.photo != 1 {
				t.Errorf("photo of member %d drawn; only member 1 has one", o.photo)
			}
		}
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"De Linde", "week 48 · 23 – 29 november 2026", "maandag", "zondag", "nacht", "7–12 uur"} {
		if !strings.Contains(all, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if photos == 0 {
		t.Error("Zoë's photo is not on the page")
	}
}

// TestLayoutOverflow: far too many people for a cell still gives readable
// tags inside the cell, and a "+N" for the rest.
func TestLayoutOverflow(t *testing.T) {
	m := testMeasure(t)
	h := busyHouse(t)
	for i := 13; i <= 40; i++ {
		h.Members = append(h.Members, roster.Member{ID: i, Name: fmt.Sprintf("Maximiliaan%d Groot", i), Role: roster.RoleOpvoeder})
		h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: i, Date: week48 + 2, Shift: "V"})
	}
	wk := BuildWeek(h, week48)
	pg := layout(wk, nil, m)
	checkPage(t, wk, pg, m)
	more := 0
	for _, tg := range pg.tags {
		more += tg.more
	}
	if more == 0 {
		t.Error("no +N tag for a cell of 30 people")
	}
}

// TestLayoutEmptyWeek: a house without a plan still gives a full page.
func TestLayoutEmptyWeek(t *testing.T) {
	m := testMeasure(t)
	wk := BuildWeek(&roster.House{}, week48)
	pg := layout(wk, nil, m)
	checkPage(t, wk, pg, m)
	if len(pg.tags) != 0 {
		t.Errorf("%d tags on an empty week", len(pg.tags))
	}
}

// TestLayoutGolden compares the page's cells and tags with a golden file, so
// a change to the layout is a visible diff (go test -update rewrites it).
func TestLayoutGolden(t *testing.T) {
	m := testMeasure(t)
	wk := BuildWeek(busyHouse(t), week48)
	pg := layout(wk, map[int][]byte{1: {1}, 6: {1}}, m)
	var b strings.Builder
	for i := range pg.cells {
		for j, c := range pg.cells[i] {
			fmt.Fprintf(&b, "cell %s %s %.1f %.1f %.1f %.1f\n", wk.Days[i].Name, wk.Slots[j].Name, c.x, c.y, c.w, c.h)
		}
	}
	for _, tg := range pg.tags {
		fmt.Fprintf(&b, "tag %d %d %q %.1fpt avatar=%v moon=%v %.1f %.1f %.1f %.1f\n", tg.day, tg.slot, tg.text,
			tg.size, tg.avatar, tg.person.Sleeps, tg.rect.x, tg.rect.y, tg.rect.w, tg.rect.h)
	}
	path := filepath.Join("testdata", "busy-week48.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("layout differs from %s at line %d:\n got  %s\n want %s\n(go test -update rewrites it after a deliberate change)", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("layout differs from %s: %d lines, want %d", path, len(gl), len(wl))
	}
}

func TestCrescentInsideItsCircle(t *testing.T) {
	for _, p := range crescent(10, 20, 3) {
		dx, dy := p.X-10, p.Y-20
		if dx*dx+dy*dy > 9+1e-9 {
			t.Fatalf("crescent point %+v outside its circle", p)
		}
	}
}

// TestDemoWeeks: every week of the demo house fits the page with every name
// whole: the demo's busiest week must stay readable.
func TestDemoWeeks(t *testing.T) {
	m := testMeasure(t)
	h := demo.House(week48)
	if len(h.Plan.Assignments) == 0 {
		t.Fatal("the demo house has no plan: nothing to lay out")
	}
	for w := range 4 {
		wk := BuildWeek(h, week48+roster.Date(7*w))
		pg := layout(wk, nil, m)
		checkPage(t, wk, pg, m)
		for _, tg := range pg.tags {
			if tg.more > 0 || tg.text != tg.person.Name {
				t.Errorf("demo week %d: tag %q shortened or cut (+%d)", wk.Number, tg.text, tg.more)
			}
		}
	}
}

// TestLayoutLongHouseName: a very long house name stays on the page and
// clear of the title.
func TestLayoutLongHouseName(t *testing.T) {
	m := testMeasure(t)
	h := busyHouse(t)
	h.Name = strings.Repeat("Kleinschalige Woonvoorziening ", 6)
	wk := BuildWeek(h, week48)
	pg := layout(wk, nil, m)
	checkPage(t, wk, pg, m)
	for _, o := range pg.ops {
		if o.kind == opText && strings.HasPrefix(o.text, "Kleinschalige") && o.x < margin+80 {
			t.Errorf("house name starts at %.1f mm, over the title", o.x)
		}
	}
}

func TestHourLabel(t *testing.T) {
	for c, want := range map[roster.Clock]string{0: "0", 420: "7", 450: "7.30", 1385: "23.05"} {
		if got := c.HourLabel(); got != want {
			t.Errorf("%d.HourLabel() = %q, want %q", c, got, want)
		}
	}
}
