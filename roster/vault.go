package roster

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// This file keeps the members' pay data (scale, step, hourly wage) sealed at
// rest, so a copied database or house file reveals no salary without the
// teamleider's PIN.
//
// Key design (standard library only):
//
//   - A random 256-bit data key seals the salaries with AES-256-GCM
//     (PayVault.Data, nonce first, the purpose as additional data).
//   - The data key is stored twice, each time sealed with AES-GCM under a
//     key derived with PBKDF2-HMAC-SHA256 (DefaultPINIterations rounds, a
//     random salt each): once under the PIN (PayVault.PINKey), once under
//     the recovery code (PayVault.RecoveryKey). Opening the PIN's copy is
//     the PIN check: no PIN hash is stored.
//   - The recovery code is random (20 characters of a 32-letter alphabet:
//     100 bits), shown once when the PIN is set. With it the PIN can be reset
//     without losing the data: the same data key is sealed under the new PIN
//     (and a new recovery code). Without it a reset starts a new data key and
//     the sealed salaries are gone: the teamleider enters them again.
//   - Every reset leaves a PINNotice in the vault that the teamleider sees at
//     the next unlock, and an audit record "pincode gewijzigd" that holds
//     no key material (AuditSafe).
//
// What it protects against: a copied database file, backup or house file,
// and a colleague browsing the app or the command line. What not: someone
// who can install software on the laptop (a keylogger sees the PIN), and an
// offline search of a short PIN: every guess costs one PBKDF2 of
// DefaultPINIterations rounds (about 0.3 s on one core), so a 4-digit PIN
// falls within an hour, a 6-character PIN of letters and digits takes
// centuries on one core. The recovery code is out of reach of such a search.
//
// A house that has pay data but no PIN yet (an old file, or pay data entered
// before a PIN was chosen) keeps its data key in clear (PayVault.OpenKey)
// until the teamleider sets a PIN.

// PayVault holds the sealed pay data of a house and the sealed copies of its
// key. Every field is opaque without the PIN or the recovery code.
type PayVault struct {
	// Salt and Iterations derive the PIN's key (PBKDF2-HMAC-SHA256).
	Salt       []byte `json:"salt,omitempty"`
	Iterations int    `json:"iterations,omitempty"`
	// KeyLen is the length of the derived key: 0 means 32 (AES-256); a
	// PIN hash of an older version becomes the key of its length.
	KeyLen int `json:"keyLen,omitempty"`
	// PINKey is the data key sealed under the PIN's key.
	PINKey []byte `json:"pinKey,omitempty"`
	// RecoverySalt and RecoveryKey: the data key sealed under the recovery
	// code's key (same iteration count).
	RecoverySalt []byte `json:"recoverySalt,omitempty"`
	RecoveryKey  []byte `json:"recoveryKey,omitempty"`
	// OpenKey is the data key in clear while no PIN is set.
	OpenKey []byte `json:"openKey,omitempty"`
	// Data is the members' salaries sealed under the data key.
	Data []byte `json:"data,omitempty"`
	// Notice tells the teamleider at the next unlock that the PIN was reset.
	Notice *PINNotice `json:"notice,omitempty"`
}

// PINNotice records a reset of the PIN for the teamleider.
type PINNotice struct {
	When time.Time `json:"when"`
	Who  string    `json:"who"`
	// Wiped is true when the reset went without the recovery code: the
	// sealed pay data were lost.
	Wiped bool `json:"wiped,omitempty"`
}

// Text returns the notice in Dutch or English.
func (n *PINNotice) Text(l Lang) string {
	when := n.When.In(Amsterdam).Format("02-01-2006 15:04")
	if n.Wiped {
		return fmt.Sprintf(l.Pick("De pincode is zonder herstelcode opnieuw ingesteld door %s op %s: de loongegevens zijn gewist. Voer ze opnieuw in.",
			"The PIN was reset without the recovery code by %s on %s: the pay data were wiped. Enter them again."), n.Who, when)
	}
	return fmt.Sprintf(l.Pick("De pincode is met de herstelcode opnieuw ingesteld door %s op %s.",
		"The PIN was reset with the recovery code by %s on %s."), n.Who, when)
}

// HasPIN reports whether h has a teamleider PIN.
func HasPIN(h *House) bool {
	v := h.Settings.Vault
	return (v != nil && len(v.PINKey) > 0) || h.Settings.PIN != nil
}

// PayKey is the opened data key of a house's vault: what the PIN unlocks.
// It lives in memory only.
type PayKey struct{ key []byte }

// Errors of the vault. They are bilingual ("Dutch / English").
var (
	ErrWrongPIN      = errors.New("pincode onjuist / wrong PIN")
	ErrWrongRecovery = errors.New("herstelcode onjuist / wrong recovery code")
	ErrNoPIN         = errors.New("er is nog geen pincode van de teamleider; stel die eerst in / no teamleider PIN is set yet; set one first")
	ErrNotTeamleider = errors.New("alleen een teamlid met de functie teamleider stelt de pincode in / only a team member with the teamleider role sets the PIN")
	ErrPINSet        = errors.New("er is al een pincode; wijzig hem na ontgrendelen of stel hem opnieuw in / a PIN is set already; change it after unlocking or reset it")
	errVaultDamaged  = errors.New("loongegevens onleesbaar (beschadigd) / pay data unreadable (damaged)")
)

// payAAD is the additional data of every sealed value, by purpose.
const (
	aadData = "huisrooster/pay/v1"
	aadKey  = "huisrooster/paykey/v1"
)

// seal encrypts plain under key with AES-GCM: nonce || ciphertext.
func seal(key, plain []byte, aad string, random io.Reader) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("versleutelen / encrypt: %w", err)
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("versleutelen / encrypt: %w", err)
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(random, nonce); err != nil {
		return nil, fmt.Errorf("willekeurige bytes / random bytes: %w", err)
	}
	return gcm.Seal(nonce, nonce, plain, []byte(aad)), nil
}

// open decrypts what seal made; false when the key is wrong or the data
// changed.
func open(key, sealed []byte, aad string) ([]byte, bool) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, false
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil || len(sealed) < gcm.NonceSize() {
		return nil, false
	}
	plain, err := gcm.Open(nil, sealed[:gcm.NonceSize()], sealed[gcm.NonceSize():], []byte(aad))
	return plain, err == nil
}

// derive returns the key of secret (a PIN or a recovery code).
func derive(secret string, salt []byte, iterations, keyLen int) ([]byte, error) {
	if keyLen == 0 {
		keyLen = 32
	}
	k, err := pbkdf2.Key(sha256.New, secret, salt, iterations, keyLen)
	if err != nil {
		return nil, fmt.Errorf("sleutel afleiden / derive key: %w", err)
	}
	return k, nil
}

// randomBytes returns n bytes from random.
func randomBytes(random io.Reader, n int) ([]byte, error) {
	b := make([]byte, n)
	if _, err := io.ReadFull(random, b); err != nil {
		return nil, fmt.Errorf("willekeurige bytes / random bytes: %w", err)
	}
	return b, nil
}

// UnlockPay opens the vault of h with pin. ErrNoPIN when h has no PIN,
// ErrWrongPIN when pin does not open it.
func UnlockPay(h *House, pin string) (*PayKey, error) {
	v := h.Settings.Vault
	if v == nil || len(v.PINKey) == 0 {
		if h.Settings.PIN != nil { // a house not yet converted (SealLegacyPay)
			if !h.Settings.PIN.Verify(pin) {
				return nil, ErrWrongPIN
			}
			return &PayKey{}, nil
		}
		return nil, ErrNoPIN
	}
	k, err := derive(pin, v.Salt, v.Iterations, v.KeyLen)
	if err != nil {
		return nil, err
	}
	dk, ok := open(k, v.PINKey, aadKey)
	if !ok {
		return nil, ErrWrongPIN
	}
	return &PayKey{key: dk}, nil
}

// CheckPIN reports whether pin opens the vault of h.
func CheckPIN(h *House, pin string) bool {
	_, err := UnlockPay(h, pin)
	return err == nil
}

// openKey returns the data key of h usable without a PIN: the open key of a
// house without a PIN, else nil.
func openKey(h *House) *PayKey {
	if v := h.Settings.Vault; v != nil && len(v.OpenKey) > 0 && len(v.PINKey) == 0 {
		return &PayKey{key: v.OpenKey}
	}
	return nil
}

// Salaries returns the sealed salaries of h, by member ID. A nil key, or a
// vault without data, gives none.
func (k *PayKey) Salaries(h *House) (map[int]Salary, error) {
	out := map[int]Salary{}
	v := h.Settings.Vault
	if k == nil || len(k.key) == 0 || v == nil || len(v.Data) == 0 {
		// A house not yet converted keeps its salaries on the members.
		for _, m := range h.Members {
			if m.Salary != nil {
				out[m.ID] = *m.Salary
			}
		}
		return out, nil
	}
	plain, ok := open(k.key, v.Data, aadData)
	if !ok {
		return nil, errVaultDamaged
	}
	if err := json.Unmarshal(plain, &out); err != nil {
		return nil, fmt.Errorf("%w: %v", errVaultDamaged, err)
	}
	return out, nil
}

// Opened returns a copy of h whose members carry their salaries (for the
// realisation and the pay form); h itself is not changed. The copy shares
// everything but the member slice.
func (k *PayKey) Opened(h *House) (*House, error) {
	s, err := k.Salaries(h)
	if err != nil {
		return nil, err
	}
	c := *h
	c.Members = slices.Clone(h.Members)
	for i := range c.Members {
		c.Members[i].Salary = nil
		if x, ok := s[c.Members[i].ID]; ok {
			x := x
			c.Members[i].Salary = &x
		}
	}
	return &c, nil
}

// OpenedOrLocked returns h with its salaries when key (or the open key of a
// house without PIN) opens them, else h with no member salaries: the house
// the realisation of a locked screen is computed from.
func OpenedOrLocked(h *House, key *PayKey) *House {
	if key == nil {
		key = openKey(h)
	}
	if key != nil {
		if o, err := key.Opened(h); err == nil {
			return o
		}
	}
	c := *h
	c.Members = slices.Clone(h.Members)
	for i := range c.Members {
		c.Members[i].Salary = nil
	}
	return &c
}

// teamleider reports whether who names an active-or-not member with the
// teamleider role.
func isTeamleider(h *House, who string) bool {
	who = strings.TrimSpace(who)
	for _, m := range h.Members {
		if m.Role == RoleTeamleider && strings.EqualFold(strings.TrimSpace(m.Name), who) {
			return true
		}
	}
	return false
}

// IsTeamleider reports whether who is the name of a team member with the
// teamleider role: the only one who may set the PIN.
func IsTeamleider(h *House, who string) bool { return isTeamleider(h, who) }

// PINOptions are the knobs of a PIN change; the zero value is right for
// production.
type PINOptions struct {
	Random     io.Reader        // crypto/rand when nil
	Iterations int              // DefaultPINIterations when 0
	Now        func() time.Time // time.Now when nil
}

func (o PINOptions) random() io.Reader {
	if o.Random == nil {
		return rand.Reader
	}
	return o.Random
}

func (o PINOptions) iterations() int {
	if o.Iterations <= 0 {
		return DefaultPINIterations
	}
	return o.Iterations
}

func (o PINOptions) now() time.Time {
	if o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

// checkPINText checks a new PIN: 4 to 32 characters.
func checkPINText(pin string) error {
	if n := utf8.RuneCountInString(pin); n < 4 || n > 32 {
		return errors.New("pincode moet 4 tot 32 tekens hebben / PIN must have 4 to 32 characters")
	}
	return nil
}

// recoveryAlphabet has no 0/O or 1/I/L to misread.
const recoveryAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// newRecoveryCode returns a random code of 20 characters in groups of 5.
func newRecoveryCode(random io.Reader) (string, error) {
	var b strings.Builder
	buf := make([]byte, 1)
	for n := 0; n < 20; {
		if _, err := io.ReadFull(random, buf); err != nil {
			return "", fmt.Errorf("herstelcode maken / make recovery code: %w", err)
		}
		if int(buf[0]) >= 256/len(recoveryAlphabet)*len(recoveryAlphabet) {
			continue // no modulo bias
		}
		if n > 0 && n%5 == 0 {
			b.WriteByte('-')
		}
		b.WriteByte(recoveryAlphabet[int(buf[0])%len(recoveryAlphabet)])
		n++
	}
	return b.String(), nil
}

// lockVault returns a vault holding dataKey under pin and a new recovery
// code, with data (already sealed under dataKey) and notice.
func lockVault(dataKey []byte, pin string, data []byte, notice *PINNotice, o PINOptions) (*PayVault, string, error) {
	r := o.random()
	code, err := newRecoveryCode(r)
	if err != nil {
		return nil, "", err
	}
	v := &PayVault{Iterations: o.iterations(), Data: data, Notice: notice}
	if v.Salt, err = randomBytes(r, 16); err != nil {
		return nil, "", err
	}
	if v.RecoverySalt, err = randomBytes(r, 16); err != nil {
		return nil, "", err
	}
	pk, err := derive(pin, v.Salt, v.Iterations, 0)
	if err != nil {
		return nil, "", err
	}
	if v.PINKey, err = seal(pk, dataKey, aadKey, r); err != nil {
		return nil, "", err
	}
	rk, err := derive(normRecovery(code), v.RecoverySalt, v.Iterations, 0)
	if err != nil {
		return nil, "", err
	}
	if v.RecoveryKey, err = seal(rk, dataKey, aadKey, r); err != nil {
		return nil, "", err
	}
	return v, code, nil
}

// vaultEdit returns the settings edit that puts v in h, with the log text.
func vaultEdit(h *House, v *PayVault, nl, en string) Edit {
	before := SettingsOf(h)
	after := before
	after.Settings.Vault = v
	after.Settings.PIN = nil
	return Edit{NL: nl, EN: en, Settings: &SettingsEdit{Before: before, After: after}}
}

// SetFirstPIN sets the teamleider's PIN of a house that has none. who must
// be a member with the teamleider role. It returns the edit, the recovery
// code (to show once) and the opened key.
func SetFirstPIN(h *House, who, pin string, o PINOptions) (Edit, string, *PayKey, error) {
	if HasPIN(h) {
		return Edit{}, "", nil, ErrPINSet
	}
	if !isTeamleider(h, who) {
		return Edit{}, "", nil, ErrNotTeamleider
	}
	if err := checkPINText(pin); err != nil {
		return Edit{}, "", nil, err
	}
	var dataKey, data []byte
	if k := openKey(h); k != nil {
		dataKey, data = k.key, h.Settings.Vault.Data
	} else {
		var err error
		if dataKey, err = randomBytes(o.random(), 32); err != nil {
			return Edit{}, "", nil, err
		}
	}
	v, code, err := lockVault(dataKey, pin, data, nil, o)
	if err != nil {
		return Edit{}, "", nil, err
	}
	e := vaultEdit(h, v, "Pincode teamleider ingesteld door "+who, "Teamleider PIN set by "+who)
	return e, code, &PayKey{key: dataKey}, nil
}

// ChangePIN changes the PIN of an unlocked house (key from UnlockPay); the
// recovery code stays the same.
func ChangePIN(h *House, key *PayKey, who, pin string, o PINOptions) (Edit, error) {
	v := h.Settings.Vault
	if key == nil || len(key.key) == 0 || v == nil || len(v.PINKey) == 0 {
		return Edit{}, ErrNoPIN
	}
	if !isTeamleider(h, who) {
		return Edit{}, ErrNotTeamleider
	}
	if err := checkPINText(pin); err != nil {
		return Edit{}, err
	}
	nv := *v
	r := o.random()
	var err error
	if nv.Salt, err = randomBytes(r, 16); err != nil {
		return Edit{}, err
	}
	nv.Iterations, nv.KeyLen = o.iterations(), 0
	pk, err := derive(pin, nv.Salt, nv.Iterations, 0)
	if err != nil {
		return Edit{}, err
	}
	if nv.PINKey, err = seal(pk, key.key, aadKey, r); err != nil {
		return Edit{}, err
	}
	if len(nv.RecoveryKey) == 0 { // converted from an old PIN hash: a recovery code comes with the next reset
		nv.RecoverySalt = nil
	}
	return vaultEdit(h, &nv, "Pincode teamleider gewijzigd door "+who, "Teamleider PIN changed by "+who), nil
}

// ResetPIN sets a new PIN without the old one. With the recovery code
// (code not empty) the pay data stay: the data key is sealed under the new
// PIN and a new recovery code. Without it (code empty) the sealed pay data
// are wiped: a new data key, the salaries entered again. Either way who must
// be a teamleider, the edit is logged and the vault keeps a notice the
// teamleider sees at the next unlock. It returns the new recovery code.
func ResetPIN(h *House, who, code, pin string, o PINOptions) (Edit, string, *PayKey, error) {
	if !isTeamleider(h, who) {
		return Edit{}, "", nil, ErrNotTeamleider
	}
	if err := checkPINText(pin); err != nil {
		return Edit{}, "", nil, err
	}
	v := h.Settings.Vault
	notice := &PINNotice{When: o.now().UTC().Truncate(time.Second), Who: strings.TrimSpace(who), Wiped: code == ""}
	var dataKey, data []byte
	if code != "" {
		if v == nil || len(v.RecoveryKey) == 0 {
			return Edit{}, "", nil, ErrWrongRecovery
		}
		rk, err := derive(normRecovery(code), v.RecoverySalt, v.Iterations, 0)
		if err != nil {
			return Edit{}, "", nil, err
		}
		dk, ok := open(rk, v.RecoveryKey, aadKey)
		if !ok {
			return Edit{}, "", nil, ErrWrongRecovery
		}
		dataKey, data = dk, v.Data
	} else {
		var err error
		if dataKey, err = randomBytes(o.random(), 32); err != nil {
			return Edit{}, "", nil, err
		}
	}
	nv, newCode, err := lockVault(dataKey, pin, data, notice, o)
	if err != nil {
		return Edit{}, "", nil, err
	}
	nl, en := "Pincode teamleider opnieuw ingesteld met de herstelcode door "+who, "Teamleider PIN reset with the recovery code by "+who
	if code == "" {
		nl, en = "Pincode teamleider opnieuw ingesteld zonder herstelcode door "+who+"; loongegevens gewist",
			"Teamleider PIN reset without the recovery code by "+who+"; pay data wiped"
	}
	return vaultEdit(h, nv, nl, en), newCode, &PayKey{key: dataKey}, nil
}

// NeedsRecoveryCode reports whether the vault of h has no recovery code yet
// (a PIN converted from an older version): NewRecoveryCode makes one.
func NeedsRecoveryCode(h *House) bool {
	v := h.Settings.Vault
	return v != nil && len(v.PINKey) > 0 && len(v.RecoveryKey) == 0
}

// NewRecoveryCode seals the data key of an unlocked house under a new
// recovery code and returns the edit and the code (to show once).
func NewRecoveryCode(h *House, key *PayKey, o PINOptions) (Edit, string, error) {
	v := h.Settings.Vault
	if key == nil || len(key.key) == 0 || v == nil {
		return Edit{}, "", ErrNoPIN
	}
	r := o.random()
	code, err := newRecoveryCode(r)
	if err != nil {
		return Edit{}, "", err
	}
	nv := *v
	if nv.RecoverySalt, err = randomBytes(r, 16); err != nil {
		return Edit{}, "", err
	}
	rk, err := derive(normRecovery(code), nv.RecoverySalt, nv.Iterations, 0)
	if err != nil {
		return Edit{}, "", err
	}
	if nv.RecoveryKey, err = seal(rk, key.key, aadKey, r); err != nil {
		return Edit{}, "", err
	}
	return vaultEdit(h, &nv, "Nieuwe herstelcode voor de pincode", "New recovery code for the PIN"), code, nil
}

// ClearNotice returns the edit that removes the reset notice after the
// teamleider saw it (empty when there is none).
func ClearNotice(h *House) Edit {
	v := h.Settings.Vault
	if v == nil || v.Notice == nil {
		return Edit{}
	}
	nv := *v
	nv.Notice = nil
	return vaultEdit(h, &nv, "Melding pincode gezien door de teamleider", "PIN notice seen by the teamleider")
}

// SealPay returns the edit that saves the house's pay table and the members'
// salaries (by member ID; nil or missing: none), sealed under key. Without
// a PIN (key nil) the data are sealed under an open key until a PIN is set.
func SealPay(h *House, key *PayKey, pay *Pay, salaries map[int]*Salary, o PINOptions) (Edit, error) {
	v := h.Settings.Vault
	var nv PayVault
	if v != nil {
		nv = *v
	}
	switch {
	case key != nil && len(key.key) > 0:
	case HasPIN(h):
		return Edit{}, errors.New("ontgrendel eerst met de pincode / unlock with the PIN first")
	case len(nv.OpenKey) > 0:
		key = &PayKey{key: nv.OpenKey}
	default:
		k, err := randomBytes(o.random(), 32)
		if err != nil {
			return Edit{}, err
		}
		key, nv.OpenKey = &PayKey{key: k}, k
	}
	plain := map[int]Salary{}
	for _, m := range h.Members {
		if s := salaries[m.ID]; s != nil && *s != (Salary{}) {
			plain[m.ID] = *s
		}
	}
	b, err := json.Marshal(plain)
	if err != nil {
		return Edit{}, fmt.Errorf("loongegevens / pay data: %w", err)
	}
	if nv.Data, err = seal(key.key, b, aadData, o.random()); err != nil {
		return Edit{}, err
	}
	before := SettingsOf(h)
	after := before
	after.Settings.Vault = &nv
	after.Settings.Pay = pay
	return Edit{NL: "Loongegevens bijgewerkt", EN: "Pay data updated", Settings: &SettingsEdit{Before: before, After: after}}, nil
}

// SealLegacyPay converts a house of an older version in place: salaries on
// the members and a PIN hash in the settings move into the vault. The old
// PIN hash is PBKDF2 of the PIN, so it becomes the PIN's key and the PIN
// stays the same; it is not kept. A house without either is left alone. The
// converted vault has no recovery code yet (NeedsRecoveryCode).
func SealLegacyPay(h *House, random io.Reader) error {
	if random == nil {
		random = rand.Reader
	}
	salaries := map[int]Salary{}
	for i := range h.Members {
		if s := h.Members[i].Salary; s != nil {
			if *s != (Salary{}) {
				salaries[h.Members[i].ID] = *s
			}
			h.Members[i].Salary = nil
		}
	}
	pin := h.Settings.PIN
	h.Settings.PIN = nil
	if len(salaries) == 0 && pin == nil {
		return nil
	}
	v := h.Settings.Vault
	if v != nil && (len(v.PINKey) > 0 || len(v.Data) > 0) {
		if len(salaries) > 0 {
			return errors.New("loongegevens zowel versleuteld als leesbaar / pay data both sealed and in clear")
		}
		return nil // a stale PIN hash beside a vault: the vault holds the PIN
	}
	dataKey, err := randomBytes(random, 32)
	if err != nil {
		return err
	}
	nv := &PayVault{}
	if len(salaries) > 0 {
		b, err := json.Marshal(salaries)
		if err != nil {
			return fmt.Errorf("loongegevens / pay data: %w", err)
		}
		if nv.Data, err = seal(dataKey, b, aadData, random); err != nil {
			return err
		}
	}
	if pin != nil && pin.Iterations > 0 && (len(pin.Hash) == 16 || len(pin.Hash) == 24 || len(pin.Hash) == 32) {
		nv.Salt, nv.Iterations = pin.Salt, pin.Iterations
		if len(pin.Hash) != 32 {
			nv.KeyLen = len(pin.Hash)
		}
		if nv.PINKey, err = seal(pin.Hash, dataKey, aadKey, random); err != nil {
			return err
		}
	} else {
		nv.OpenKey = dataKey
	}
	h.Settings.Vault = nv
	return nil
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
