package ui

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster/fridge"
)

// printDialogSize fits the print preview on a 1366 × 768 laptop screen.
// The drawn preview uses the width; the page image of A4 landscape fits
// the height in printPageWidth.
var printDialogSize = fyne.NewSize(1180, 690)

// printPageWidth is the dialog width that fits the page image.
const printPageWidth = 900

// printPreview is the "Print week" dialog: the fridge PDF of the visible
// week, kept in memory, with a preview and the actions Open, Save as and
// Close.
type printPreview struct {
	screenDeps
	week   *fridge.Week
	pdf    []byte
	raster bool // the preview is the rasterised page (else drawn from week)
	dlg    *dialog.CustomDialog
	// openURL opens a file in the system's viewer (the app's OpenURL; a
	// test replaces it).
	openURL func(*url.URL) error
}

// printFlow is "Print week" of the week screen: it opens the print
// preview of the visible week (printPreview).
type printFlow struct {
	screenDeps
}

// show shows the print preview of the visible week (menu "Print week…",
// Ctrl+P), with the page rasterised by pdftoppm when it is there.
func (pf *printFlow) show() { pf.showWith(rasterPDF) }

// showWith shows the print preview, rasterising the page with raster
// (nil: always the drawn preview). It returns the shown preview, or nil
// after showing an error.
func (pf *printFlow) showWith(raster rasterFunc) *printPreview {
	p, err := newPrintPreview(pf.screenDeps, raster)
	if err != nil {
		pf.showError(err)
		return nil
	}
	p.dlg.Show()
	return p
}

// newPrintPreview renders the visible week and builds its dialog.
func newPrintPreview(d screenDeps, raster rasterFunc) (*printPreview, error) {
	p := &printPreview{screenDeps: d, week: fridge.BuildWeek(d.ed.House(), d.ed.Week()), openURL: fyne.CurrentApp().OpenURL}
	p.markChanges()
	var buf bytes.Buffer
	if err := fridge.RenderWeek(&buf, p.week); err != nil {
		return nil, bilingual("week afdrukken", "print week", err)
	}
	p.pdf = buf.Bytes()

	var preview fyne.CanvasObject
	if raster != nil {
		if page, err := raster(p.pdf); err == nil {
			img := canvas.NewImageFromImage(page)
			img.FillMode = canvas.ImageFillContain
			img.ScaleMode = canvas.ImageScaleSmooth
			img.SetMinSize(fyne.NewSize(640, 452))
			preview, p.raster = img, true
		} else if !errors.Is(err, errNoRasteriser) {
			fyne.LogError("voorbeeld / preview", err)
		}
	}
	if preview == nil {
		preview = weekPreview(p.week)
	}

	title := fmt.Sprintf(lang.X("print.title", "Print week %d"), p.week.Number)
	p.dlg = dialog.NewCustomWithoutButtons(title, preview, d.win)
	openBtn := widget.NewButtonWithIcon(lang.X("print.open", "Open"), theme.DocumentPrintIcon(), p.open)
	openBtn.Importance = widget.HighImportance
	saveBtn := widget.NewButtonWithIcon(lang.X("print.save", "Save as…"), theme.DocumentSaveIcon(), p.showSave)
	closeBtn := widget.NewButtonWithIcon(lang.X("print.close", "Close"), theme.CancelIcon(), p.dlg.Hide)
	p.dlg.SetButtons([]fyne.CanvasObject{closeBtn, saveBtn, openBtn})
	size := printDialogSize
	if p.raster {
		size.Width = printPageWidth // the page image fills the height; no empty sides
	}
	p.dlg.Resize(size)
	return p, nil
}

// fileName is "Huisrooster-De-Linde-2026-W48.pdf": the house name with
// only letters, digits and dashes, so it is a safe file name everywhere.
func (p *printPreview) fileName() string {
	var b strings.Builder
	dash := false
	for _, r := range p.week.House {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	house := strings.TrimSuffix(b.String(), "-")
	if house == "" {
		house = "huis"
	}
	return fmt.Sprintf("Huisrooster-%s-%d-W%02d.pdf", house, p.week.Year, p.week.Number)
}

// open writes the PDF to the temp directory and opens it in the system's
// viewer.
func (p *printPreview) open() {
	path := filepath.Join(os.TempDir(), p.fileName())
	if err := os.WriteFile(path, p.pdf, 0o600); err != nil {
		p.fail(bilingual("pdf bewaren in "+path, "write pdf to "+path, err))
		return
	}
	if err := p.openURL(fileURL(path)); err != nil {
		// No viewer (no xdg-open, no PDF program): offer to save the PDF
		// instead of showing the system's message.
		fyne.LogError("pdf openen / open pdf", err)
		msg := widget.NewLabel(fmt.Sprintf(lang.X("print.noviewer", "This computer has no program to open the PDF with. Save it and open or print it elsewhere (a copy is in %s)."), path))
		msg.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustomConfirm(lang.X("print.noviewer.title", "Cannot open the PDF"), lang.X("print.save", "Save as…"),
			lang.X("print.close", "Close"), msg, func(save bool) {
				if save {
					p.showSave()
				}
			}, p.win)
		d.Resize(fyne.NewSize(480, 220))
		d.Show()
		p.setStatus(lang.X("print.noviewer.title", "Cannot open the PDF"))
		return
	}
	p.printed()
	p.setStatus(fmt.Sprintf(lang.X("print.opened", "Opened %s"), p.fileName()))
}

// fileURL is the file: URL of the absolute path.
func fileURL(path string) *url.URL {
	s := filepath.ToSlash(path)
	if !strings.HasPrefix(s, "/") {
		s = "/" + s // C:/Temp → /C:/Temp
	}
	return &url.URL{Scheme: "file", Path: s}
}

// showSave asks where to save the PDF and writes it there.
func (p *printPreview) showSave() {
	fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			p.fail(bilingual("opslaan", "save", err))
			return
		}
		if w == nil {
			return // cancelled
		}
		if err := p.writeTo(w); err != nil {
			p.fail(err)
			return
		}
		p.printed()
		p.setStatus(fmt.Sprintf(lang.X("print.saved", "Saved %s"), w.URI().Name()))
	}, p.win)
	fd.SetFileName(p.fileName())
	fd.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	fd.Show()
	fd.Resize(printDialogSize) // after Show: a file dialog has no content before
}

// writeTo writes the PDF to w and closes it.
func (p *printPreview) writeTo(w io.WriteCloser) error {
	_, err := w.Write(p.pdf)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return bilingual("pdf opslaan", "save pdf", err)
	}
	return nil
}

// bilingual wraps err as "nl: err / en: err", so that both halves of the
// message the user sees name the cause.
func bilingual(nl, en string, err error) error {
	return fmt.Errorf("%s: %v / %s: %w", nl, err, en, err)
}

// fail shows err in the user's language; the preview stays open, so the
// PDF is not lost.
func (p *printPreview) fail(err error) {
	msg := pickLang(err.Error(), p.lang)
	dialog.ShowError(errors.New(msg), p.win)
	p.setStatus(msg)
}
