package ui

// This file holds the realisation screen's PIN gate and exports.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/pay"
)

// TryPIN unlocks the per-member figures when pin is the teamleider's PIN:
// it opens the sealed pay data (roster.UnlockPay). Wrong PINs are
// rate-limited (pay.PINGate); wait is how long the next try must wait.
// Without a PIN set nothing unlocks: the teamleider sets one first. After
// an unlock the teamleider sees a notice of a reset since the last one, and
// a PIN of an older version gets its recovery code.
func (v *RealisationView) TryPIN(pin string) (ok bool, wait time.Duration) {
	h := v.house()
	if !roster.HasPIN(h) {
		return false, 0
	}
	var key *roster.PayKey
	v.gate.Check = func(p string) bool {
		k, err := roster.UnlockPay(h, p)
		key = k
		return err == nil
	}
	ok, wait = v.gate.Try(pin)
	if ok {
		v.key, v.unlocked = key, true
		v.status.SetText("")
		v.afterUnlock()
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

// afterUnlock shows (and clears) the notice of a PIN reset, and gives a PIN
// without a recovery code one.
func (v *RealisationView) afterUnlock() {
	h := v.house()
	if n := h.Settings.Vault; n != nil && n.Notice != nil {
		v.notice = n.Notice.Text(v.lng)
		v.status.SetText(v.notice)
		if v.opt.Window != nil {
			dialog.ShowInformation(lang.X("real.pinnotice", "PIN reset"), v.notice, v.opt.Window)
		}
		if v.opt.Do != nil {
			if err := v.opt.Do(roster.ClearNotice(h)); err != nil {
				v.showError(err)
			}
		}
	}
	if v.opt.Do != nil && roster.NeedsRecoveryCode(v.house()) {
		e, code, err := roster.NewRecoveryCode(v.house(), v.key, v.pinOptions())
		if err == nil {
			err = v.opt.Do(e)
		}
		if err != nil {
			v.showError(err)
			return
		}
		v.showRecoveryCode(code)
	}
}

// pinOptions are the options of a PIN change from this screen.
func (v *RealisationView) pinOptions() roster.PINOptions {
	return roster.PINOptions{Iterations: v.opt.PINIterations, Now: v.opt.Now}
}

// who returns the team member using the app.
func (v *RealisationView) who() string {
	if v.opt.Who == nil {
		return ""
	}
	return v.opt.Who()
}

// Lock hides the per-member figures again and forgets the opened pay data.
// The tabs scroll back to their top-left corner: the short locked
// explanation would otherwise sit outside a view scrolled along the wide
// unlocked table, and the tab would look blank.
func (v *RealisationView) Lock() {
	v.unlocked, v.key = false, nil
	v.Refresh()
	for _, it := range v.tabs.Items {
		if sc, ok := it.Content.(*container.Scroll); ok {
			sc.ScrollToOffset(fyne.Position{})
		}
	}
}

// SetPIN sets the teamleider's first PIN, or changes it when unlocked,
// through the options' Do, and unlocks. Only a member with the teamleider
// role may (Who). The first PIN returns its recovery code (shown once).
func (v *RealisationView) SetPIN(pin string) (recovery string, err error) {
	if v.opt.Do == nil {
		return "", errors.New(lang.X("real.pinreadonly", "The PIN cannot be set here."))
	}
	h := v.house()
	if !roster.IsTeamleider(h, v.who()) {
		return "", errors.New(lang.X("real.pinteamleider", "Only a team member with the teamleider role sets the PIN. Choose your name under Settings › Switch user…"))
	}
	var e roster.Edit
	key := v.key
	switch {
	case !roster.HasPIN(h):
		e, recovery, key, err = roster.SetFirstPIN(h, v.who(), pin, v.pinOptions())
	case v.unlocked:
		e, err = roster.ChangePIN(h, v.key, v.who(), pin, v.pinOptions())
	default:
		return "", errors.New(lang.X("real.pinfirst", "Unlock with the current PIN first."))
	}
	if err != nil {
		return "", v.pinError(err)
	}
	if err := v.opt.Do(e); err != nil {
		return "", err
	}
	v.key, v.unlocked = key, true
	v.Refresh()
	return recovery, nil
}

// ResetPIN sets a new PIN without the old one: with the recovery code the
// pay data stay, without it (code "") they are wiped. Only a teamleider may;
// the reset is logged and noticed at the next unlock. It unlocks and returns
// the new recovery code.
func (v *RealisationView) ResetPIN(code, pin string) (recovery string, err error) {
	if v.opt.Do == nil {
		return "", errors.New(lang.X("real.pinreadonly", "The PIN cannot be set here."))
	}
	h := v.house()
	e, recovery, key, err := roster.ResetPIN(h, v.who(), code, pin, v.pinOptions())
	if err != nil {
		return "", v.pinError(err)
	}
	if err := v.opt.Do(e); err != nil {
		return "", err
	}
	v.key, v.unlocked = key, true
	v.Refresh()
	return recovery, nil
}

// pinError turns the vault's bilingual errors into one language.
func (v *RealisationView) pinError(err error) error {
	switch {
	case errors.Is(err, roster.ErrNotTeamleider):
		return errors.New(lang.X("real.pinteamleider", "Only a team member with the teamleider role sets the PIN. Choose your name under Settings › Switch user…"))
	case errors.Is(err, roster.ErrWrongRecovery):
		return errors.New(lang.X("real.recoverywrong", "Wrong recovery code."))
	case errors.Is(err, roster.ErrPINSet):
		return errors.New(lang.X("real.pinfirst", "Unlock with the current PIN first."))
	}
	if _, lng, ok := strings.Cut(err.Error(), " / "); ok && v.lng == roster.English {
		return errors.New(lng)
	} else if nl, _, ok := strings.Cut(err.Error(), " / "); ok {
		return errors.New(nl)
	}
	return err
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
	if !roster.HasPIN(v.house()) {
		v.showSetPIN()
		return
	}
	pin := newPasswordEntry()
	var d *dialog.FormDialog
	forgot := widget.NewButton(lang.X("real.pinforgot", "PIN forgotten?"), func() {
		d.Hide()
		v.showResetPIN()
	})
	items := []*widget.FormItem{widget.NewFormItem(lang.X("real.pin", "PIN"), pin), widget.NewFormItem("", forgot)}
	d = dialog.NewForm(lang.X("real.pintitle", "Teamleider PIN"), lang.X("real.unlockbtn", "Unlock"), lang.X("Cancel", "Cancel"), items, func(ok bool) {
		if ok {
			v.TryPIN(pin.Text)
		}
	}, v.opt.Window)
	pin.OnSubmitted = func(string) { d.Submit() } // Enter unlocks
	d.Resize(fyne.NewSize(380, 200))
	d.Show()
	v.opt.Window.Canvas().Focus(pin)
}

// showSetPIN asks the teamleider for a first PIN twice, then shows the
// recovery code.
func (v *RealisationView) showSetPIN() {
	if v.opt.Do == nil {
		v.status.SetText(lang.X("real.nopin", "No teamleider PIN is set."))
		return
	}
	if !roster.IsTeamleider(v.house(), v.who()) {
		v.showOnlyTeamleader() // realisation_pinwho.go
		return
	}
	p1, p2 := newPasswordEntry(), newPasswordEntry()
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("real.newpin", "New PIN"), p1),
		widget.NewFormItem(lang.X("real.repeatpin", "Repeat"), p2),
		widget.NewFormItem("", note(lang.X("real.pinhint", "At least 4 characters; 6 or more, with letters, protects a copied file far better."))),
	}
	d := dialog.NewForm(lang.X("real.setpin", "Set the teamleider PIN"), lang.X("Save", "Save"), lang.X("Cancel", "Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if p1.Text != p2.Text {
			v.showError(errors.New(lang.X("real.pinmismatch", "The two PINs differ.")))
			return
		}
		code, err := v.SetPIN(p1.Text)
		if err != nil {
			v.showError(err)
			return
		}
		v.showRecoveryCode(code)
	}, v.opt.Window)
	d.Resize(fyne.NewSize(460, 260))
	d.Show()
}

// showResetPIN asks for the recovery code (optional) and a new PIN twice.
func (v *RealisationView) showResetPIN() {
	if v.opt.Window == nil || v.opt.Do == nil {
		return
	}
	code := newEntry()
	code.SetPlaceHolder("XXXXX-XXXXX-XXXXX-XXXXX")
	p1, p2 := newPasswordEntry(), newPasswordEntry()
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("real.recovery", "Recovery code"), code),
		widget.NewFormItem(lang.X("real.newpin", "New PIN"), p1),
		widget.NewFormItem(lang.X("real.repeatpin", "Repeat"), p2),
		widget.NewFormItem("", note(lang.X("real.resethint", "Without the recovery code the pay data are wiped: the teamleider enters them again. The reset is logged and the teamleider sees it at the next unlock."))),
	}
	d := dialog.NewForm(lang.X("real.resetpin", "Reset the teamleider PIN"), lang.X("real.resetbtn", "Reset"), lang.X("Cancel", "Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if p1.Text != p2.Text {
			v.showError(errors.New(lang.X("real.pinmismatch", "The two PINs differ.")))
			return
		}
		reset := func() {
			c, err := v.ResetPIN(strings.TrimSpace(code.Text), p1.Text)
			if err != nil {
				v.showError(err)
				return
			}
			v.showRecoveryCode(c)
		}
		if strings.TrimSpace(code.Text) != "" {
			reset()
			return
		}
		dialog.ShowConfirm(lang.X("real.resetpin", "Reset the teamleider PIN"), lang.X("real.wipeconfirm", "Without the recovery code the pay data are wiped. Continue?"),
			func(yes bool) {
				if yes {
					reset()
				}
			}, v.opt.Window)
	}, v.opt.Window)
	d.Resize(fyne.NewSize(520, 320))
	d.Show()
}

// showRecoveryCode shows a new recovery code once.
func (v *RealisationView) showRecoveryCode(code string) {
	v.recovery = code
	if v.opt.Window == nil || code == "" {
		return
	}
	c := widget.NewLabel(code)
	c.TextStyle = fyne.TextStyle{Bold: true}
	c.Alignment = fyne.TextAlignCenter
	body := container.NewVBox(
		note(lang.X("real.recoverynote", "Write this recovery code down and keep it away from the laptop. It is shown only now. With it the PIN can be reset without losing the pay data.")),
		c)
	d := dialog.NewCustom(lang.X("real.recovery", "Recovery code"), lang.X("real.recoverydone", "I wrote it down"), body, v.opt.Window)
	d.Show()
	d.Resize(fyne.NewSize(480, 220))
}

// WriteCSV writes the realisation table shown (pay.Disclose): per
// member and with amounts only when unlocked.
func (v *RealisationView) WriteCSV(w io.Writer) error {
	return pay.WriteRealisationCSV(w, v.r, v.unlocked, v.lng)
}

// WritePayrollCSV writes the payroll export (hours and sickness per member
// per day): only when unlocked (pay.PayrollAllowed).
func (v *RealisationView) WritePayrollCSV(w io.Writer) error {
	if !pay.PayrollAllowed(v.unlocked) {
		return errors.New(lang.X("real.locked", "Sickness and salary figures per member are personal data: they show only after the teamleider's PIN."))
	}
	return pay.WritePayrollCSV(w, v.house(), v.win)
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
	var d *dialog.CustomDialog
	d = dialog.NewCustom(lang.X("real.export", "Export CSV…"), lang.X("Cancel", "Cancel"), widget.NewForm(
		widget.NewFormItem("", widget.NewButton(lang.X("real.exporttable", "Realisation table"), func() { d.Hide(); save(base, v.WriteCSV) })),
		widget.NewFormItem("", widget.NewButton(lang.X("real.exportpayroll", "Payroll per member per day"), func() {
			d.Hide()
			save(fmt.Sprintf("loon-%s-%s.csv", v.win.From, v.win.To), v.WritePayrollCSV)
		})),
		widget.NewFormItem("", widget.NewButton(lang.X("real.exportbalances", "Leave and hours balances"), func() {
			d.Hide()
			save(fmt.Sprintf("saldi-%d.csv", v.balanceYear()), v.WriteBalancesCSV)
		})),
	), v.opt.Window)
	d.Show()
}

// Text returns the text of every tab as shown (labels and table cells, one
// a line): what a reader of the screen sees, for checks of the privacy rule.
func (v *RealisationView) Text() string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case *container.Scroll:
			walk(x.Content)
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		}
	}
	for _, c := range []*fyne.Container{v.overview, v.members, v.sickness, v.ort} {
		walk(c)
	}
	return b.String()
}
