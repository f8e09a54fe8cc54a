package ui

import (
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// TestWizardPIN: the last step asks a teamleider of the new team for the
// PIN (optional); the created house has it, sealed, and the recovery code is
// shown once. Without a teamleider there is nothing to fill in.
func TestWizardPIN(t *testing.T) {
	wiz, got := newTestWizard(t)
	wiz.pinIterations = 1000
	wiz.rules.name.SetText("Het Anker")
	for wiz.Step() < 5 {
		if wiz.Step() == 1 && len(wiz.Draft().Members) == 0 {
			if err := addMember(wiz, "Anna de Vries", roster.RoleOpvoeder, "36", true); err != nil {
				t.Fatal(err)
			}
			if err := addMember(wiz, "Tess Bakker", roster.RoleTeamleider, "28", false); err != nil {
				t.Fatal(err)
			}
		}
		next(t, wiz)
	}
	if !wiz.pin.form.Visible() || wiz.pin.who.Selected != "Tess Bakker" {
		t.Fatalf("PIN form: visible %v, teamleider %q", wiz.pin.form.Visible(), wiz.pin.who.Selected)
	}
	wiz.pin.p1.SetText("24680")
	wiz.pin.p2.SetText("24681")
	if err := wiz.Next(); err == nil || !strings.Contains(err.Error(), "verschillen") {
		t.Fatalf("two different PINs: %v", err)
	}
	wiz.pin.p2.SetText("24680")
	if err := wiz.Next(); err != nil || *got == nil {
		t.Fatalf("create: %v", err)
	}
	h := *got
	if !roster.HasPIN(h) || !roster.CheckPIN(h, "24680") || h.Settings.PIN != nil {
		t.Fatal("created house lacks the sealed PIN")
	}
	if wiz.pin.code != "" {
		t.Error("the recovery code is kept after it was shown")
	}

	// A team without a teamleider: no PIN form, the house is made without.
	wiz = wizardAt(t, 5)
	if wiz.pin.form.Visible() || !wiz.pin.none.Visible() {
		t.Error("a PIN form without a teamleider")
	}
}
