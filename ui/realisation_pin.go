package ui

// This file holds the realisation screen's PIN gate and exports.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// TryPIN unlocks the per-member figures when pin is the teamleider's PIN.
// Wrong PINs are rate-limited (roster.PINGate); wait is how long the next
// try must wait. Without a PIN set nothing unlocks: set one first.
func (v *RealisationView) TryPIN(pin string) (ok bool, wait time.Duration) {
	v.gate.Hash = v.house().Settings.PIN
	if v.gate.Hash == nil {
		return false, 0
	}
	ok, wait = v.gate.Try(pin)
	if ok {
		v.unlocked = true
		v.status.SetText("")
		v.Refresh()
		return true, 0
	}
	if wait > 0 {
		v.status.SetText(fmt.Sprintf(lang.X("real.pinwait", "Wrong PIN. Try again in %d seconds."), int((wait+time.Second-1)/time.Second)))
	} else {
		v.status.SetText(lang.X("real.pinwrong", "Wrong PIN."))
	}
	return false, wait
}

// Lock hides the per-member figures again.
func (v *RealisationView) Lock() {
	v.unlocked = false
	v.Refresh()
}

// SetPIN sets a new teamleider PIN (first time, or when unlocked) through
// the options' Do, and unlocks.
func (v *RealisationView) SetPIN(pin string) error {
	if v.opt.Do == nil {
		return errors.New(lang.X("real.pinreadonly", "The PIN cannot be set here."))
	}
	h := v.house()
	if h.Settings.PIN != nil && !v.unlocked {
		return errors.New(lang.X("real.pinfirst", "Unlock with the current PIN first."))
	}
	hash, err := roster.NewPINHash(pin, nil, v.opt.PINIterations)
	if err != nil {
		return err
	}
	if err := v.opt.Do(roster.SetPIN(h, hash)); err != nil {
		return err
	}
	v.unlocked = true
	v.Refresh()
	return nil
}

// toggleLock locks, or asks for the PIN (or a new one when none is set).
func (v *RealisationView) toggleLock() {
	if v.unlocked {
		v.Lock()
		return
	}
	if v.opt.Window == nil {
		return
	}
	if v.house().Settings.PIN == nil {
		v.showSetPIN()
		return
	}
	pin := widget.NewPasswordEntry()
	items := []*widget.FormItem{widget.NewFormItem(lang.X("real.pin", "PIN"), pin)}
	d := dialog.NewForm(lang.X("real.pintitle", "Teamleider PIN"), lang.X("real.unlockbtn", "Unlock"), lang.X("Cancel", "Cancel"), items, func(ok bool) {
		if ok {
			v.TryPIN(pin.Text)
		}
	}, v.opt.Window)
	pin.OnSubmitted = func(string) { d.Submit() } // Enter unlocks
	d.Resize(fyne.NewSize(360, 160))
	d.Show()
	v.opt.Window.Canvas().Focus(pin)
}

// showSetPIN asks for a new PIN twice.
func (v *RealisationView) showSetPIN() {
	if v.opt.Do == nil {
		v.status.SetText(lang.X("real.nopin", "No teamleider PIN is set."))
		return
	}
	p1, p2 := widget.NewPasswordEntry(), widget.NewPasswordEntry()
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("real.newpin", "New PIN"), p1),
		widget.NewFormItem(lang.X("real.repeatpin", "Repeat"), p2),
	}
	d := dialog.NewForm(lang.X("real.setpin", "Set the teamleider PIN"), lang.X("Save", "Save"), lang.X("Cancel", "Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if p1.Text != p2.Text {
			v.showError(errors.New(lang.X("real.pinmismatch", "The two PINs differ.")))
			return
		}
		if err := v.SetPIN(p1.Text); err != nil {
			v.showError(err)
		}
	}, v.opt.Window)
	d.Resize(fyne.NewSize(400, 200))
	d.Show()
}

// WriteCSV writes the realisation table shown: per member only when
// unlocked.
func (v *RealisationView) WriteCSV(w io.Writer) error {
	return roster.WriteRealisationCSV(w, v.r, v.unlocked, v.en)
}

// writePersonal writes a file with personal data through wc and closes it.
// A local file is made readable by its owner only (mode 0600) before
// anything is written into it (on Windows the folder's access rules apply).
func writePersonal(wc fyne.URIWriteCloser, write func(io.Writer) error) error {
	if u := wc.URI(); u.Scheme() == "file" && runtime.GOOS != "windows" {
		if err := os.Chmod(u.Path(), 0o600); err != nil {
			wc.Close()
			return fmt.Errorf(lang.X("real.protect", "Could not protect %s: %v"), u.Path(), err)
		}
	}
	werr := write(wc)
	if cerr := wc.Close(); werr == nil {
		werr = cerr
	}
	return werr
}

// showExport asks for a file and writes the realisation CSV, or, when
// unlocked, offers the payroll CSV too.
func (v *RealisationView) showExport() {
	if v.opt.Window == nil {
		return
	}
	save := func(name string, write func(io.Writer) error) {
		fd := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
			if err != nil || wc == nil {
				if err != nil {
					v.showError(err)
				}
				return
			}
			if werr := writePersonal(wc, write); werr != nil {
				v.showError(werr)
				return
			}
			v.status.SetText(fmt.Sprintf(lang.X("real.saved", "Saved: %s"), wc.URI().Path()))
		}, v.opt.Window)
		fd.SetFileName(name)
		fd.Show()
	}
	base := fmt.Sprintf("realisatie-%s-%s.csv", v.win.From, v.win.To)
	if !v.unlocked {
		save(base, v.WriteCSV)
		return
	}
	h := v.house()
	var d *dialog.CustomDialog
	d = dialog.NewCustom(lang.X("real.export", "Export CSV…"), lang.X("Cancel", "Cancel"), widget.NewForm(
		widget.NewFormItem("", widget.NewButton(lang.X("real.exporttable", "Realisation table"), func() { d.Hide(); save(base, v.WriteCSV) })),
		widget.NewFormItem("", widget.NewButton(lang.X("real.exportpayroll", "Payroll per member per day"), func() {
			d.Hide()
			save(fmt.Sprintf("loon-%s-%s.csv", v.win.From, v.win.To), func(w io.Writer) error { return roster.WritePayrollCSV(w, h, v.win) })
		})),
	), v.opt.Window)
	d.Show()
}
