package ui

// The provisional year roster from the year view: for the selected member
// (or the user), the base roster over the year with agreed leave and the
// holidays, saved as PDF (A4 per quarter, "voorlopig") or as a calendar.

import (
	"bytes"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/year"
)

// provisionalMember returns the member whose provisional roster is made:
// the selected row, else the user.
func (v *YearView) provisionalMember() (*roster.Member, error) {
	if _, m := v.selected(); m != nil {
		return m, nil
	}
	return v.me()
}

// ProvisionalFile returns the provisional year roster of the selected
// member as a file: PDF when pdf is true, else ICS; with its file name.
func (v *YearView) ProvisionalFile(pdf bool) ([]byte, string, error) {
	m, err := v.provisionalMember()
	if err != nil {
		return nil, "", err
	}
	pr, err := year.Provisional(v.ws.ed.House(), m.ID, v.year)
	if err != nil {
		return nil, "", err
	}
	var buf bytes.Buffer
	name := fmt.Sprintf("voorlopig-jaarrooster-%d-%s", v.year, firstName(m.Name))
	if pdf {
		err = pr.WritePDF(&buf, v.now())
		name += ".pdf"
	} else {
		err = pr.WriteICS(&buf, v.now())
		name += ".ics"
	}
	return buf.Bytes(), name, err
}

// showProvisional offers the provisional year roster as PDF or calendar.
func (v *YearView) showProvisional() {
	m, err := v.provisionalMember()
	if err != nil {
		v.ws.showError(err)
		return
	}
	if _, err := year.Provisional(v.ws.ed.House(), m.ID, v.year); err != nil {
		v.ws.showError(err)
		return
	}
	var d dialog.Dialog
	save := func(pdf bool) {
		d.Hide()
		data, name, err := v.ProvisionalFile(pdf)
		if err != nil {
			v.ws.showError(err)
			return
		}
		ext := ".ics"
		if pdf {
			ext = ".pdf"
		}
		fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil {
				v.ws.showError(bilingual("opslaan", "save", err))
				return
			}
			if w == nil {
				return
			}
			_, err = w.Write(data)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				v.ws.showError(bilingual("opslaan", "save", err))
				return
			}
			v.ws.setStatus(fmt.Sprintf(lang.X("print.saved", "Saved %s"), w.URI().Name()))
		}, v.ws.win)
		fd.SetFileName(name)
		fd.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
		fd.Show()
		fd.Resize(printDialogSize)
	}
	info := widget.NewLabel(fmt.Sprintf(lang.X("year.prov.info", "Provisional year roster %d of %s: the base roster over the year, with what is already planned, agreed leave and the holidays. It may still change."), v.year, m.Name))
	info.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(info, container.NewHBox(
		widget.NewButton(lang.X("year.prov.pdf", "Save as PDF…"), func() { save(true) }),
		widget.NewButton(lang.X("year.prov.ics", "Save as calendar (.ics)…"), func() { save(false) }),
	))
	d = dialog.NewCustom(lang.X("year.prov.title", "Provisional year roster"), lang.X("Close", "Close"), content, v.ws.win)
	d.Resize(fyne.NewSize(560, 220))
	d.Show()
}
