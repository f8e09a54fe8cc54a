package ui

// This file is the wizard's teamleider PIN, on its last step: a teamleider
// of the new team may set it right away (optional). It seals the pay data
// the teamleider enters later, and comes with a recovery code shown once
// when the house is created.

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/huisrooster/huisrooster/roster"
)

// wizardPIN holds the PIN entries of the wizard's last step.
type wizardPIN struct {
	who    *widget.Select
	p1, p2 *widget.Entry
	none   *widget.Label
	form   *widget.Form
	box    *fyne.Container
	code   string // the recovery code of the PIN set, shown when the house is created
}

// newWizardPIN builds the entries.
func newWizardPIN() *wizardPIN {
	p := &wizardPIN{who: widget.NewSelect(nil, nil), p1: widget.NewPasswordEntry(), p2: widget.NewPasswordEntry()}
	p.none = note(lang.X("wiz.pin.none", "The team has no teamleider: the PIN is set later, by a teamleider, under Realisation. Until then nobody sees figures per member.")).(*widget.Label)
	p.form = widget.NewForm(
		widget.NewFormItem(lang.X("wiz.pin.who", "Teamleider"), p.who),
		widget.NewFormItem(lang.X("real.newpin", "New PIN"), p.p1),
		widget.NewFormItem(lang.X("real.repeatpin", "Repeat"), p.p2),
	)
	p.box = container.NewVBox(heading(lang.X("real.setpin", "Set the teamleider PIN")),
		note(lang.X("wiz.pin.hint", "Optional. Sickness and salary per member show only after this PIN; the pay data are stored encrypted with it. At least 4 characters; 6 or more, with letters, protects a copied file far better.")),
		p.form, p.none)
	return p
}

// update offers the draft's teamleiders.
func (p *wizardPIN) update(h *roster.House) {
	var names []string
	for _, m := range h.Members {
		if m.Role == roster.RoleTeamleider {
			names = append(names, m.Name)
		}
	}
	p.who.SetOptions(names)
	if len(names) > 0 && p.who.Selected == "" {
		p.who.SetSelected(names[0])
	}
	if len(names) == 0 {
		p.form.Hide()
		p.none.Show()
	} else {
		p.form.Show()
		p.none.Hide()
	}
}

// checkPIN sets the PIN on the draft when one was typed (nothing typed:
// none). A PIN set once in this wizard stays; typing a new one replaces it.
func (w *Wizard) checkPIN() error {
	p := w.pin
	if p.p1.Text == "" && p.p2.Text == "" {
		return nil
	}
	if p.p1.Text != p.p2.Text {
		return errors.New(lang.X("real.pinmismatch", "The two PINs differ."))
	}
	if roster.HasPIN(w.draft) {
		w.draft.Settings.Vault = nil // a PIN typed again on this step: the draft has no pay data yet
	}
	e, code, _, err := roster.SetFirstPIN(w.draft, p.who.Selected, p.p1.Text, roster.PINOptions{Iterations: w.pinIterations})
	if errors.Is(err, roster.ErrNotTeamleider) {
		return errors.New(lang.X("real.pinteamleider", "Only a team member with the teamleider role sets the PIN. Choose your name under Settings › Switch user…"))
	}
	if err != nil {
		return err
	}
	if err := w.draft.Apply(e); err != nil {
		return err
	}
	p.code = code
	return nil
}

// showRecovery shows the recovery code of the PIN set in the wizard, once.
func (w *Wizard) showRecovery() {
	if w.pin.code == "" || w.sink.win == nil {
		return
	}
	c := widget.NewLabel(w.pin.code)
	c.TextStyle = fyne.TextStyle{Bold: true}
	c.Alignment = fyne.TextAlignCenter
	body := container.NewVBox(note(lang.X("real.recoverynote", "Write this recovery code down and keep it away from the laptop. It is shown only now. With it the PIN can be reset without losing the pay data.")), c)
	d := dialog.NewCustom(lang.X("real.recovery", "Recovery code"), lang.X("real.recoverydone", "I wrote it down"), body, w.sink.win)
	d.Show()
	d.Resize(fyne.NewSize(480, 220))
	w.pin.code = ""
}
