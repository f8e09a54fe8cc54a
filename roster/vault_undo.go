package roster

import "reflect"

// The PIN and the sealed pay data are not part of a session's undo
// history: undoing a PIN change would bring an old PIN back (and with it
// whoever knew it), undoing a reset would re-open pay data the reset
// locked away. An edit that touches them (TouchesVault) is saved and logged
// but never put on the undo stack, and every other edit is undone or redone
// with the PIN and pay data of the house as they are now (KeepVault), so
// undo of the edits around a PIN change still works and never reverses it.

// TouchesVault reports whether e changes the teamleider's PIN, the sealed
// pay data or the pay table: setting, changing or resetting the PIN, a new
// recovery code, the reset notice, saving salaries.
func (e Edit) TouchesVault() bool {
	s := e.Settings
	if s == nil {
		return false
	}
	b, a := s.Before.Settings, s.After.Settings
	return !reflect.DeepEqual(b.Vault, a.Vault) || !reflect.DeepEqual(b.PIN, a.PIN) || !reflect.DeepEqual(b.Pay, a.Pay)
}

// KeepVault returns e with the PIN, the vault and the pay table of its
// settings part (before and after) set to those of h, the house as it is
// now: undoing or redoing e then changes everything e changed except those.
// e itself is not changed.
func (e Edit) KeepVault(h *House) Edit {
	if e.Settings == nil {
		return e
	}
	s := *e.Settings
	for _, hs := range []*HouseSettings{&s.Before, &s.After} {
		hs.Settings.Vault, hs.Settings.PIN, hs.Settings.Pay = h.Settings.Vault, h.Settings.PIN, h.Settings.Pay
	}
	e.Settings = &s
	return e
}
