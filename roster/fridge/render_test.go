package fridge

import (
	"bytes"
	"image/jpeg"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// fixedTime makes the PDF the same on every run.
var fixedTime = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

func renderBusy(t testing.TB) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := render(&b, BuildWeek(busyHouse(t), week48), fixedTime); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestRenderText reads the PDF back with pdftotext: every day and every
// present member's name is on the page, and nobody who is not there.
func TestRenderText(t *testing.T) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) niet gevonden / not found: text check skipped")
	}
	pdf := renderBusy(t)
	f := t.TempDir() + "/week.pdf"
	if err := os.WriteFile(f, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if out := os.Getenv("FRIDGE_PDF"); out != "" {
		_ = os.WriteFile(out, pdf, 0o644)
	}
	out, err := exec.Command(bin, "-layout", f, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := string(out)
	if n := strings.Count(text, "\f"); n != 1 {
		t.Errorf("pdftotext found %d pages, want 1", n)
	}
	wk := BuildWeek(busyHouse(t), week48)
	for _, want := range []string{"Wie is er deze week?", "De Linde", "week 48", "maandag", "dinsdag", "woensdag",
		"donderdag", "vrijdag", "zaterdag", "zondag", "23 november", "29 november", "ochtend", "middag", "avond", "nacht"} {
		if !strings.Contains(text, want) {
			t.Errorf("page text lacks %q", want)
		}
	}
	for _, d := range wk.Days {
		for _, people := range d.Slots {
			for _, p := range people {
				if !strings.Contains(text, p.Name) {
					t.Errorf("page text lacks %s (%s)", p.Name, d.Name)
				}
			}
		}
	}
	for _, private := range []string{"ziek", "verlof", "Bakker", "Vries", "Slaapdienst"} {
		if strings.Contains(text, private) {
			t.Errorf("page text shows %q", private)
		}
	}
}

// TestRenderStructure checks the PDF without external tools: one A4
// landscape page, embedded fonts, photos, the same bytes on every run.
func TestRenderStructure(t *testing.T) {
	pdf := renderBusy(t)
	s := string(pdf)
	if !strings.HasPrefix(s, "%PDF-1.") || !strings.HasSuffix(strings.TrimSpace(s), "%%EOF") {
		t.Fatal("not a complete PDF")
	}
	if n := strings.Count(s, "/Type /Page\n") + strings.Count(s, "/Type /Page\r"); n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
	if !strings.Contains(s, "/MediaBox [0 0 841.89 595.28]") {
		t.Error("page is not A4 landscape")
	}
	if n := strings.Count(s, "/FontFile2"); n != 2 {
		t.Errorf("%d embedded fonts, want 2 (Noto Sans regular and bold)", n)
	}
	if !strings.Contains(s, "/Subtype /Image") {
		t.Error("no photo in the PDF")
	}
	// fpdf orders images of the same width at random, so determinism is
	// checked with one photo.
	one := func() []byte {
		h := busyHouse(t)
		h.Members[5].Photo = nil
		var b bytes.Buffer
		if err := render(&b, BuildWeek(h, week48), fixedTime); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	if first := one(); !bytes.Equal(first, one()) || !bytes.Equal(first, one()) {
		t.Error("renders of the same week differ")
	}
}

// TestRenderBadPhoto: a photo that is not an image leaves the initial, not
// a failed print.
func TestRenderBadPhoto(t *testing.T) {
	h := busyHouse(t)
	for i := range h.Members {
		h.Members[i].Photo = []byte("not a picture")
	}
	var b bytes.Buffer
	if err := Render(&b, h, week48); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "/Subtype /Image") {
		t.Error("a broken photo was embedded")
	}
}

func TestSquareJPEG(t *testing.T) {
	for _, size := range []int{1, 90, 400} {
		b, err := squareJPEG(testPhotoSize(t, size, size*4/3))
		if err != nil {
			t.Fatal(err)
		}
		img, err := jpeg.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		want := min(size, photoPx)
		if r := img.Bounds(); r.Dx() != want || r.Dy() != want {
			t.Errorf("%d px photo became %v, want %d×%d", size, r, want, want)
		}
	}
}

func BenchmarkRender(b *testing.B) {
	h := busyHouse(b)
	for b.Loop() {
		if err := Render(io.Discard, h, week48); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuildWeek(b *testing.B) {
	h := busyHouse(b)
	for b.Loop() {
		BuildWeek(h, week48)
	}
}
