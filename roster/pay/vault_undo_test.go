package pay

import (
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// TestTouchesVault: every vault operation is recognised as one, ordinary
// edits (and a settings edit that keeps the vault) are not.
func TestTouchesVault(t *testing.T) {
	h := demo.House(roster.NewDate(2026, 3, 2))
	tl := ""
	for _, m := range h.Members {
		if m.Role == roster.RoleTeamleider {
			tl = m.Name
		}
	}
	o := roster.PINOptions{Iterations: 1000}
	set, _, key, err := roster.SetFirstPIN(h, tl, "1357", o)
	if err != nil {
		t.Fatal(err)
	}
	locked := *h
	if err := locked.Apply(set); err != nil {
		t.Fatal(err)
	}
	change, err := roster.ChangePIN(&locked, key, tl, "2468", o)
	if err != nil {
		t.Fatal(err)
	}
	reset, _, _, err := roster.ResetPIN(&locked, tl, "", "9999", o)
	if err != nil {
		t.Fatal(err)
	}
	seal, err := roster.SealPay(&locked, key, locked.Settings.Pay, map[int]*roster.Salary{h.Members[0].ID: {Scale: 6, Step: 2}}, o)
	if err != nil {
		t.Fatal(err)
	}
	rename := roster.Edit{Settings: &roster.SettingsEdit{Before: roster.SettingsOf(&locked), After: roster.SettingsOf(&locked)}}
	rename.Settings.After.Name = "Ander huis"
	for _, c := range []struct {
		name string
		e    roster.Edit
		want bool
	}{
		{"set PIN", set, true},
		{"change PIN", change, true},
		{"reset PIN (wipe)", reset, true},
		{"save salaries", seal, true},
		{"rename house", rename, false},
		{"empty", roster.Edit{}, false},
	} {
		if got := c.e.TouchesVault(); got != c.want {
			t.Errorf("%s: TouchesVault = %v, want %v", c.name, got, c.want)
		}
	}
	// Undoing the rename after the PIN change keeps the new PIN.
	now := locked
	if err := now.Apply(change); err != nil {
		t.Fatal(err)
	}
	undo := rename.Undone().KeepVault(&now)
	if err := now.Apply(undo); err != nil {
		t.Fatal(err)
	}
	if roster.CheckPIN(&now, "1357") || !roster.CheckPIN(&now, "2468") {
		t.Error("undoing an edit from before the PIN change brought the old PIN back")
	}
	if rename.Settings.After.Settings.Vault != locked.Settings.Vault {
		t.Error("KeepVault changed the edit it was given")
	}
}
