package ui

import (
	"bytes"
	"errors"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/fridge"
	"github.com/huisrooster/huisrooster/roster/rostertest"
)

// noRaster stands in for a system without pdftoppm.
func noRaster([]byte) (image.Image, error) { return nil, errNoRasteriser }

// fakeRaster stands in for pdftoppm: it checks it got a PDF and returns a
// small image.
func fakeRaster(pdf []byte) (image.Image, error) {
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		return nil, errors.New("not a pdf")
	}
	return image.NewNRGBA(image.Rect(0, 0, 4, 3)), nil
}

// mainMenuItem returns the main menu item labelled label.
func mainMenuItem(t *testing.T, ws *WeekScreen, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range ws.MainMenu(func() {}, func(string) {}, "nl").Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// printTexts returns every text shown in the window's top overlay.
func printTexts(ws *WeekScreen) []string {
	top := ws.win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	var out []string
	for _, o := range test.LaidOutObjects(top) {
		switch o := o.(type) {
		case *canvas.Text:
			out = append(out, o.Text)
		case *widget.Label:
			out = append(out, o.Text)
		}
	}
	return out
}

// printHas reports whether one of texts contains s.
func printHas(texts []string, s string) bool {
	for _, t := range texts {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

func TestPrintMenuOpensPreviewOfVisibleWeek(t *testing.T) {
	ws, _ := newTestScreen(t)
	it := mainMenuItem(t, ws, "Week afdrukken…")
	if it.Shortcut == nil || it.Shortcut.ShortcutName() != "CustomDesktop:Control+P" {
		t.Errorf("shortcut = %v, want Ctrl+P", it.Shortcut)
	}
	ws.NextWeek() // week 49: the preview follows the visible week
	it.Action()
	texts := printTexts(ws)
	if !printHas(texts, "Week 49 afdrukken") {
		t.Fatalf("no preview of week 49; overlay shows %q", texts)
	}
	for _, b := range []string{"Openen", "Opslaan als…", "Sluiten"} {
		if !printHas(texts, b) {
			t.Errorf("no button %q in %q", b, texts)
		}
	}
}

func TestPrintShortcutOpensPreview(t *testing.T) {
	ws, _ := newTestScreen(t)
	ws.shortcut(ws.shortcuts()[9].s)
	if !printHas(printTexts(ws), "Week 48 afdrukken") {
		t.Fatalf("Ctrl+P shows %q", printTexts(ws))
	}
}

func TestPrintPreviewDrawnShowsPresentFirstNames(t *testing.T) {
	ws, _ := newTestScreen(t)
	p := ws.print.showWith(noRaster)
	if p == nil || p.raster {
		t.Fatalf("want the drawn preview, got %+v", p)
	}
	texts := printTexts(ws)
	// Week 48: Anna and Bram early, Cas and Tess late, Cas sleeps.
	for _, name := range []string{"Anna", "Bram", "Cas", "Tess", "maandag", "zondag", "nacht", "week 48"} {
		if !printHas(texts, name) {
			t.Errorf("drawn preview lacks %q; shows %q", name, texts)
		}
	}
	// One tag per person per slot of the week, no more.
	n, want := 0, 0
	for _, s := range texts {
		if s == "Anna" || s == "Bram" || s == "Cas" || s == "Tess" {
			n++
		}
	}
	for _, d := range p.week.Days {
		for _, sl := range d.Slots {
			want += len(sl)
		}
	}
	if n != want || want < 5 {
		t.Errorf("%d name tags, want %d (at least 5)", n, want)
	}
}

func TestPrintPreviewRasterised(t *testing.T) {
	ws, _ := newTestScreen(t)
	p := ws.print.showWith(fakeRaster)
	if p == nil || !p.raster {
		t.Fatal("want the rasterised preview")
	}
	found := false
	for _, o := range test.LaidOutObjects(ws.win.Canvas().Overlays().Top()) {
		if img, ok := o.(*canvas.Image); ok && img.Image != nil && img.FillMode == canvas.ImageFillContain {
			found = true
		}
	}
	if !found {
		t.Error("no page image in the preview")
	}
	// A failing rasteriser falls back to the drawn preview.
	p = ws.print.showWith(func([]byte) (image.Image, error) { return nil, errors.New("boom") })
	if p == nil || p.raster || !printHas(printTexts(ws), "Anna") {
		t.Error("a failing rasteriser gives no drawn preview")
	}
}

// nopCloser counts closes of a buffer.
type nopCloser struct {
	bytes.Buffer
	closed int
}

func (c *nopCloser) Close() error { c.closed++; return nil }

func TestPrintSaveWritesWeekPDF(t *testing.T) {
	ws, _ := newTestScreen(t)
	p := ws.print.showWith(noRaster)
	var w nopCloser
	if err := p.writeTo(&w); err != nil {
		t.Fatal(err)
	}
	if w.closed != 1 {
		t.Errorf("closed %d times", w.closed)
	}
	pdf := w.Bytes()
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf[len(pdf)-32:], []byte("%%EOF")) {
		t.Fatalf("not a whole PDF: %q…", pdf[:min(len(pdf), 16)])
	}
	// The document title (UTF-16BE) names the house and week.
	if !bytes.Contains(pdf, utf16be("Het Testhuis, week 48")) {
		t.Error("PDF title lacks the week number")
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		path := filepath.Join(t.TempDir(), p.fileName())
		if err := os.WriteFile(path, pdf, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"week 48", "Anna", "Cas", "maandag"} {
			if !strings.Contains(string(out), s) {
				t.Errorf("page text lacks %q", s)
			}
		}
	}
}

func TestPrintSaveAsShowsFileDialog(t *testing.T) {
	ws, _ := newTestScreen(t)
	p := ws.print.showWith(noRaster)
	p.showSave()
	found := false
	for _, o := range test.LaidOutObjects(ws.win.Canvas().Overlays().Top()) {
		if e, ok := o.(*widget.Entry); ok && e.Text == "Huisrooster-Het-Testhuis-2026-W48.pdf" {
			found = true
		}
	}
	if !found {
		t.Errorf("no file dialog with the default name; overlay shows %q", printTexts(ws))
	}
}

// utf16be encodes ASCII s as UTF-16BE.
func utf16be(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := range len(s) {
		out = append(out, 0, s[i])
	}
	return out
}

// failWriter fails every write.
type failWriter struct{ nopCloser }

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestPrintSaveErrorIsReported(t *testing.T) {
	ws, _ := newTestScreen(t)
	p := ws.print.showWith(noRaster)
	var w failWriter
	err := p.writeTo(&w)
	if err == nil || err.Error() != "pdf opslaan: disk full / save pdf: disk full" || w.closed != 1 {
		t.Fatalf("err = %v, closed %d", err, w.closed)
	}
	p.fail(err)
	if !printHas(printTexts(ws), "Pdf opslaan: disk full") {
		t.Errorf("error not shown in Dutch: %q", printTexts(ws))
	}
	if len(p.pdf) == 0 {
		t.Error("the PDF is lost after a failed save")
	}
}

func TestPrintFileName(t *testing.T) {
	ws, _ := newTestScreen(t)
	p := ws.print.showWith(noRaster)
	for house, want := range map[string]string{
		"Het Testhuis": "Huisrooster-Het-Testhuis-2026-W48.pdf",
		"De Linde / 2": "Huisrooster-De-Linde-2-2026-W48.pdf",
		"../../etc":    "Huisrooster-etc-2026-W48.pdf",
		"":             "Huisrooster-huis-2026-W48.pdf",
		"Zoë's huis":   "Huisrooster-Zoë-s-huis-2026-W48.pdf",
		`C:\temp\x`:    "Huisrooster-C-temp-x-2026-W48.pdf",
	} {
		p.week.House = house
		if got := p.fileName(); got != want {
			t.Errorf("house %q: %q, want %q", house, got, want)
		}
	}
}

func TestPrintOpenWritesTempFile(t *testing.T) {
	ws, _ := newTestScreen(t)
	p := ws.print.showWith(noRaster)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	p.open()
	got, err := os.ReadFile(filepath.Join(tmp, p.fileName()))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, p.pdf) {
		t.Error("the opened file is not the previewed PDF")
	}
	if u := fileURL(`/tmp/a b.pdf`).String(); u != "file:///tmp/a%20b.pdf" {
		t.Errorf("fileURL = %s", u)
	}
}

func TestRasterPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("no pdftoppm")
	}
	ws, _ := newTestScreen(t)
	p := ws.print.showWith(noRaster)
	img, err := rasterPDF(p.pdf)
	if err != nil {
		t.Fatal(err)
	}
	// A4 landscape: 297 × 210 mm.
	if b := img.Bounds(); b.Dx() != rasterWidth || b.Dy() < 985 || b.Dy() > 995 {
		t.Errorf("page is %v, want %d × ~990", b, rasterWidth)
	}
	if _, err := rasterPDF([]byte("not a pdf")); err == nil {
		t.Error("a broken PDF rasterised without error")
	}
}

func BenchmarkPrintPreview(b *testing.B) {
	for _, bc := range []struct {
		name   string
		raster rasterFunc
	}{{"drawn", noRaster}, {"pdftoppm", rasterPDF}} {
		b.Run(bc.name, func(b *testing.B) {
			if bc.name == "pdftoppm" {
				if _, err := exec.LookPath("pdftoppm"); err != nil {
					b.Skip("no pdftoppm")
				}
			}
			ws, _ := newTestScreen(b)
			b.ReportAllocs()
			for b.Loop() {
				p := ws.print.showWith(bc.raster)
				if p == nil {
					b.Fatal("no preview")
				}
				p.dlg.Hide()
			}
		})
	}
}

func TestPvDateRange(t *testing.T) {
	for _, tc := range []struct {
		y    int
		m    time.Month
		d    int
		want string
	}{
		{2026, time.November, 23, "23 – 29 november 2026"},
		{2026, time.November, 30, "30 november – 6 december 2026"},
		{2026, time.December, 28, "28 december 2026 – 3 januari 2027"},
	} {
		wk := fridge.BuildWeek(rostertest.SmallHouse(), roster.NewDate(tc.y, tc.m, tc.d))
		if got := pvDateRange(wk); got != tc.want {
			t.Errorf("%d-%02d-%02d: %q, want %q", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
}
