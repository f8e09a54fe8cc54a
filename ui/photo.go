package ui

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	_ "image/png" // decode PNG photos
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"golang.org/x/image/draw"
)

// Photo limits: a loaded photo is scaled to fit PhotoMaxSide × PhotoMaxSide
// pixels and stored as JPEG; files larger than photoMaxFile are refused
// before decoding.
const (
	PhotoMaxSide = 256
	photoMaxFile = 20 << 20
	photoQuality = 85
)

// ScalePhoto decodes a PNG or JPEG image, scales it down to fit 256 × 256
// (keeping its aspect ratio; small images keep their size) and returns it as
// JPEG, small enough for Member.Photo. Anything else is refused with a Dutch
// and English message.
func ScalePhoto(data []byte) ([]byte, error) {
	if len(data) > photoMaxFile {
		return nil, fmt.Errorf("bestand te groot (%d MB, hoogstens 20 MB) / file too large (%d MB, at most 20 MB)", len(data)>>20, len(data)>>20)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || (format != "png" && format != "jpeg") {
		return nil, fmt.Errorf("geen PNG- of JPEG-foto / not a PNG or JPEG photo")
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > 20000 || cfg.Height > 20000 {
		return nil, fmt.Errorf("foto van %d × %d pixels wordt niet geladen / photo of %d × %d pixels is not loaded", cfg.Width, cfg.Height, cfg.Width, cfg.Height)
	}
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("foto is beschadigd / photo is damaged: %w", err)
	}
	w, h := photoSize(cfg.Width, cfg.Height)
	if b := src.Bounds(); b.Dx() > 4*w && b.Dy() > 4*h {
		// A large photo is first scaled cheaply to twice the target size,
		// so the fine filter below reads a small image.
		mid := image.NewRGBA(image.Rect(0, 0, 2*w, 2*h))
		draw.ApproxBiLinear.Scale(mid, mid.Bounds(), src, b, draw.Src, nil)
		src = mid
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	var out bytes.Buffer
	if err := jpeg.Encode(&out, dst, &jpeg.Options{Quality: photoQuality}); err != nil {
		return nil, fmt.Errorf("foto opslaan / save photo: %w", err)
	}
	return out.Bytes(), nil
}

// photoSize returns w × h scaled to fit PhotoMaxSide, keeping the aspect
// ratio, never larger than the original and at least 1 × 1.
func photoSize(w, h int) (int, int) {
	if w <= PhotoMaxSide && h <= PhotoMaxSide {
		return w, h
	}
	if w >= h {
		return PhotoMaxSide, max(1, h*PhotoMaxSide/w)
	}
	return max(1, w*PhotoMaxSide/h), PhotoMaxSide
}

// choosePhoto lets the user pick a PNG or JPEG file and calls done with the
// scaled photo; a bad file shows its message.
func choosePhoto(win fyne.Window, done func([]byte)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showLocalError(err, win)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, photoMaxFile+1))
		if err != nil {
			showLocalError(fmt.Errorf("foto lezen / read photo: %w", err), win)
			return
		}
		photo, err := ScalePhoto(data)
		if err != nil {
			showLocalError(err, win)
			return
		}
		done(photo)
	}, win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG"}))
	d.Resize(fyne.NewSize(860, 560))
	d.Show()
}
