package pay

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

// vaultHouse is the demo house with a teamleider named Marieke (the demo's).
func vaultHouse(t *testing.T) (*roster.House, string) {
	t.Helper()
	h := demo.House(roster.NewDate(2026, 11, 23))
	for _, m := range h.Members {
		if m.Role == roster.RoleTeamleider {
			return h, m.Name
		}
	}
	t.Fatal("demo house has no teamleider")
	return nil, ""
}

var fastPIN = roster.PINOptions{Iterations: 1000, Now: func() time.Time { return time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC) }}

// apply applies e to h or fails.
func mustApply(t *testing.T, h *roster.House, e roster.Edit) {
	t.Helper()
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
}

// TestVaultLifecycle: the PIN is set by the teamleider only, seals the
// salaries so the house file shows none, changes with the current PIN,
// resets with the recovery code keeping the data, and without it wiping
// them; every reset leaves a notice.
func TestVaultLifecycle(t *testing.T) {
	h, tl := vaultHouse(t)
	var opv roster.Member
	for _, m := range h.Members {
		if m.Role == roster.RoleOpvoeder {
			opv = m
			break
		}
	}
	if _, _, _, err := roster.SetFirstPIN(h, opv.Name, "2580", fastPIN); !errors.Is(err, roster.ErrNotTeamleider) {
		t.Fatalf("an opvoeder sets the PIN: %v", err)
	}
	if _, err := roster.UnlockPay(h, "2580"); !errors.Is(err, roster.ErrNoPIN) {
		t.Fatalf("unlock without PIN: %v", err)
	}
	e, code, key, err := roster.SetFirstPIN(h, tl, "2580", fastPIN)
	if err != nil {
		t.Fatal(err)
	}
	if len(normRecovery(code)) != 20 || strings.ContainsAny(code, "01OIL") {
		t.Errorf("recovery code %q", code)
	}
	mustApply(t, h, e)
	if !roster.HasPIN(h) || !strings.Contains(e.NL, tl) {
		t.Fatalf("PIN not set or log text without who: %q", e.NL)
	}
	if _, _, _, err := roster.SetFirstPIN(h, tl, "1111", fastPIN); !errors.Is(err, roster.ErrPINSet) {
		t.Errorf("second first PIN: %v", err)
	}
	// Salaries go in sealed.
	sal := map[int]*roster.Salary{opv.ID: {Scale: 8, Step: 7, HourlyWage: 47.13}}
	pe, err := roster.SealPay(h, key, h.Settings.PayOrDefault(), sal, fastPIN)
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, h, pe)
	var file bytes.Buffer
	if err := roster.EncodeHouseFile(&file, h); err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"47.13", `"hourlyWage":47`, "2580", `"hash"`} {
		if strings.Contains(file.String(), secret) {
			t.Errorf("house file reveals %s", secret)
		}
	}
	if _, err := roster.UnlockPay(h, "2581"); !errors.Is(err, roster.ErrWrongPIN) {
		t.Errorf("wrong PIN: %v", err)
	}
	wage := func(h *roster.House, pin string) float64 {
		t.Helper()
		k, err := roster.UnlockPay(h, pin)
		if err != nil {
			t.Fatalf("unlock %s: %v", pin, err)
		}
		o, err := k.Opened(h)
		if err != nil {
			t.Fatal(err)
		}
		if h.Member(opv.ID).Salary != nil {
			t.Fatal("Opened changed the house")
		}
		if s := o.Member(opv.ID).Salary; s != nil {
			return s.HourlyWage
		}
		return 0
	}
	if w := wage(h, "2580"); w != 47.13 {
		t.Fatalf("wage %v", w)
	}
	// A locked house computes without the wages.
	if s := roster.OpenedOrLocked(h, nil).Member(opv.ID).Salary; s != nil {
		t.Error("locked house carries a salary")
	}
	// Change with the current PIN; the recovery code stays.
	k, _ := roster.UnlockPay(h, "2580")
	if _, err := roster.ChangePIN(h, k, opv.Name, "3690", fastPIN); !errors.Is(err, roster.ErrNotTeamleider) {
		t.Errorf("an opvoeder changes the PIN: %v", err)
	}
	ce, err := roster.ChangePIN(h, k, tl, "3690", fastPIN)
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, h, ce)
	if roster.CheckPIN(h, "2580") || wage(h, "3690") != 47.13 {
		t.Fatal("change: old PIN still works or data lost")
	}
	// Reset with the recovery code (typed in lower case with spaces): data kept.
	if _, _, _, err := roster.ResetPIN(h, tl, "AAAAA-AAAAA-AAAAA-AAAAA", "4444", fastPIN); !errors.Is(err, roster.ErrWrongRecovery) {
		t.Errorf("wrong recovery code: %v", err)
	}
	re, code2, _, err := roster.ResetPIN(h, tl, strings.ToLower(strings.ReplaceAll(code, "-", " ")), "4444", fastPIN)
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, h, re)
	if wage(h, "4444") != 47.13 || code2 == code {
		t.Fatal("recovery reset lost the data or kept the old code")
	}
	if n := h.Settings.Vault.Notice; n == nil || n.Wiped || n.Who != tl || !strings.Contains(n.Text(roster.Dutch), "herstelcode") {
		t.Fatalf("notice %+v", n)
	}
	mustApply(t, h, roster.ClearNotice(h))
	if h.Settings.Vault.Notice != nil || !roster.ClearNotice(h).Empty() {
		t.Error("notice not cleared")
	}
	// Reset without the code: the pay data are wiped, and the notice says so.
	we, _, _, err := roster.ResetPIN(h, tl, "", "5555", fastPIN)
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, h, we)
	if wage(h, "5555") != 0 || !h.Settings.Vault.Notice.Wiped || !strings.Contains(we.NL, "gewist") {
		t.Fatal("wipe reset kept the data or left no trace")
	}
	// The old recovery code opens nothing any more.
	if _, _, _, err := roster.ResetPIN(h, tl, code2, "6666", fastPIN); !errors.Is(err, roster.ErrWrongRecovery) {
		t.Errorf("old recovery code after a wipe: %v", err)
	}
}

// TestSealLegacyPay: a house of the previous version (salaries in clear, a
// PIN hash) converts in place; the same PIN opens the data, no hash stays.
func TestSealLegacyPay(t *testing.T) {
	h, _ := vaultHouse(t)
	p, err := NewPINHash("8642", nil, 1000)
	if err != nil {
		t.Fatal(err)
	}
	h.Settings.PIN = p
	h.Members[1].Salary = &roster.Salary{Scale: 9, Step: 3, HourlyWage: 33.33}
	if err := roster.SealLegacyPay(h, nil); err != nil {
		t.Fatal(err)
	}
	if h.Settings.PIN != nil || h.Members[1].Salary != nil {
		t.Fatal("hash or salary left in clear")
	}
	b, _ := json.Marshal(h)
	if bytes.Contains(b, []byte("33.33")) || bytes.Contains(b, p.Hash) {
		t.Error("converted house reveals the wage or the hash")
	}
	k, err := roster.UnlockPay(h, "8642")
	if err != nil {
		t.Fatal(err)
	}
	s, err := k.Salaries(h)
	if err != nil || s[h.Members[1].ID].HourlyWage != 33.33 {
		t.Fatalf("salaries %v %v", s, err)
	}
	if !roster.NeedsRecoveryCode(h) {
		t.Error("converted PIN claims a recovery code")
	}
	ne, code, err := roster.NewRecoveryCode(h, k, fastPIN)
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, h, ne)
	if roster.NeedsRecoveryCode(h) || code == "" {
		t.Error("no recovery code after NewRecoveryCode")
	}
	if probs := roster.Validate(h); len(probs) > 0 {
		t.Errorf("converted house invalid: %v", probs)
	}
	// Without a PIN the data are sealed under an open key, which the
	// first PIN then locks.
	h2, tl := vaultHouse(t)
	h2.Members[0].Salary = &roster.Salary{HourlyWage: 25.5}
	if err := roster.SealLegacyPay(h2, nil); err != nil || len(h2.Settings.Vault.OpenKey) == 0 {
		t.Fatalf("no-PIN conversion: %v", err)
	}
	e, _, _, err := roster.SetFirstPIN(h2, tl, "1357", fastPIN)
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, h2, e)
	if len(h2.Settings.Vault.OpenKey) != 0 {
		t.Fatal("open key kept after the first PIN")
	}
	k2, _ := roster.UnlockPay(h2, "1357")
	if s, _ := k2.Salaries(h2); s[h2.Members[0].ID].HourlyWage != 25.5 {
		t.Fatalf("data lost when the first PIN was set: %v", s)
	}
}

// TestAuditSafe: the log keeps no PIN hash, no key and no salary.
func TestAuditSafe(t *testing.T) {
	h, tl := vaultHouse(t)
	e, _, key, err := roster.SetFirstPIN(h, tl, "2580", fastPIN)
	if err != nil {
		t.Fatal(err)
	}
	safe := roster.AuditSafe(e)
	v := safe.Settings.After.Settings.Vault
	if v == nil || len(v.PINKey)+len(v.Salt)+len(v.RecoveryKey)+len(v.OpenKey) != 0 {
		t.Errorf("log keeps key material: %+v", v)
	}
	if len(e.Settings.After.Settings.Vault.PINKey) == 0 {
		t.Error("AuditSafe changed the edit itself")
	}
	if !roster.PersonalEdit(safe) || !roster.PersonalEdit(e) {
		t.Error("a PIN edit is not personal")
	}
	mustApply(t, h, e)
	pe, _ := roster.SealPay(h, key, h.Settings.PayOrDefault(), map[int]*roster.Salary{h.Members[0].ID: {HourlyWage: 30}}, fastPIN)
	if !roster.PersonalEdit(roster.AuditSafe(pe)) {
		t.Error("a pay edit is not personal in the log")
	}
	old := h.Members[0]
	legacy := roster.Edit{Members: []roster.MemberEdit{{Before: &old, After: &roster.Member{ID: old.ID, Name: old.Name, Salary: &roster.Salary{HourlyWage: 30}}}},
		Settings: &roster.SettingsEdit{After: roster.HouseSettings{Settings: roster.Settings{PIN: &roster.PINHash{Hash: []byte("x")}}}}}
	s := roster.AuditSafe(legacy)
	if s.Members[0].After.Salary != nil || s.Settings.After.Settings.PIN != nil || legacy.Members[0].After.Salary == nil {
		t.Error("legacy salary or hash kept, or the edit itself changed")
	}
	// A name change is not personal.
	se := roster.SettingsOf(h)
	after := se
	after.Name = "Ander huis"
	if roster.PersonalEdit(roster.AuditSafe(roster.Edit{Settings: &roster.SettingsEdit{Before: se, After: after}})) {
		t.Error("a house name change counts as personal")
	}
}

// normRecovery makes a typed recovery code comparable: upper case, no
// spaces or dashes.
func normRecovery(code string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(code) {
		if r != ' ' && r != '-' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
