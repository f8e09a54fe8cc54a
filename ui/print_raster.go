package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// rasterFunc turns a one-page PDF into an image of the page.
type rasterFunc func(pdf []byte) (image.Image, error)

// errNoRasteriser means the system has no pdftoppm: the preview is drawn
// from the week instead.
var errNoRasteriser = errors.New("geen pdftoppm / no pdftoppm")

// rasterWidth is the width in pixels of the rasterised page: sharp in a
// dialog on a full HD screen, quick to make.
const rasterWidth = 1400

// rasterPDF rasterises pdf with poppler's pdftoppm, in a temporary
// directory that is removed afterwards. It asks for a plain PPM: encoding
// a PNG would take pdftoppm several times longer than the drawing.
func rasterPDF(pdf []byte) (image.Image, error) {
	bin, err := exec.LookPath("pdftoppm")
	if err != nil {
		return nil, errNoRasteriser
	}
	dir, err := os.MkdirTemp("", "huisrooster-print-")
	if err != nil {
		return nil, fmt.Errorf("tijdelijke map / temp dir: %w", err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "week.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		return nil, fmt.Errorf("pdf schrijven / write pdf: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-singlefile", "-scale-to", strconv.Itoa(rasterWidth), in) // no output root: PPM on stdout
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("pdftoppm: %w: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	return parsePPM(stdout.Bytes())
}

// errPPM is returned for data that is no binary PPM (P6) with 8-bit
// channels.
var errPPM = errors.New("geen geldige PPM / not a valid PPM")

// maxPPMPixels bounds the image size parsePPM accepts.
const maxPPMPixels = 1 << 24

// parsePPM decodes a binary PPM ("P6 width height 255", whitespace and
// # comments between, then the RGB bytes).
func parsePPM(b []byte) (image.Image, error) {
	var fields [4]string
	i := 0
	for f := range fields {
		for i < len(b) && (isSpace(b[i]) || b[i] == '#') {
			if b[i] == '#' {
				for i < len(b) && b[i] != '\n' {
					i++
				}
				continue
			}
			i++
		}
		start := i
		for i < len(b) && !isSpace(b[i]) && b[i] != '#' {
			i++
		}
		fields[f] = string(b[start:i])
	}
	if fields[0] != "P6" || i >= len(b) || !isSpace(b[i]) {
		return nil, errPPM
	}
	i++ // the single whitespace before the pixels
	w, errW := strconv.Atoi(fields[1])
	h, errH := strconv.Atoi(fields[2])
	maxv, errM := strconv.Atoi(fields[3])
	if errW != nil || errH != nil || errM != nil || w <= 0 || h <= 0 || w > maxPPMPixels/h || maxv != 255 {
		return nil, errPPM
	}
	px := b[i:]
	if len(px) < w*h*3 {
		return nil, fmt.Errorf("%w: %d van %d bytes / %d of %d bytes", errPPM, len(px), w*h*3, len(px), w*h*3)
	}
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for p, o := 0, 0; p < w*h*3; p, o = p+3, o+4 {
		img.Pix[o], img.Pix[o+1], img.Pix[o+2], img.Pix[o+3] = px[p], px[p+1], px[p+2], 0xff
	}
	return img, nil
}

// isSpace reports whether c is PPM header whitespace.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
