package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// rasterFunc turns a one-page PDF into a PNG of the page.
type rasterFunc func(pdf []byte) ([]byte, error)

// errNoRasteriser means the system has no pdftoppm: the preview is drawn
// from the week instead.
var errNoRasteriser = errors.New("geen pdftoppm / no pdftoppm")

// rasterWidth is the width in pixels of the rasterised page: sharp in a
// dialog on a full HD screen, quick to make.
const rasterWidth = 1400

// rasterPDF rasterises pdf with poppler's pdftoppm, in a temporary
// directory that is removed afterwards.
func rasterPDF(pdf []byte) ([]byte, error) {
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
	out := filepath.Join(dir, "week")
	cmd := exec.CommandContext(ctx, bin, "-png", "-singlefile", "-scale-to", fmt.Sprint(rasterWidth), in, out)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("pdftoppm: %w: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	png, err := os.ReadFile(out + ".png")
	if err != nil {
		return nil, fmt.Errorf("pdftoppm-uitvoer lezen / read pdftoppm output: %w", err)
	}
	return png, nil
}
