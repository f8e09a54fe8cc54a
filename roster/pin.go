package roster

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"crypto/subtle"
)

// DefaultPINIterations is the PBKDF2 iteration count of new PINs (OWASP's
// recommendation for PBKDF2-HMAC-SHA256).
const DefaultPINIterations = 600_000

// PINHash is a salted slow hash of the teamleider's PIN.
type PINHash struct {
	Salt       []byte `json:"salt"` // 16 random bytes (base64 in JSON)
	Hash       []byte `json:"hash"` // 32 bytes
	Iterations int    `json:"iterations"`
}

// Verify reports whether pin matches, in constant time.
func (p *PINHash) Verify(pin string) bool {
	if p == nil || p.Iterations <= 0 || len(p.Hash) == 0 {
		return false
	}
	h, err := pbkdf2.Key(sha256.New, pin, p.Salt, p.Iterations, len(p.Hash))
	if err != nil {
		return false
	}
	return subtle.ConstantTimeCompare(h, p.Hash) == 1
}

// pin checks the stored PIN hash and the vault's shape.
func (v *validator) pin() {
	if vt := v.h.Settings.Vault; vt != nil {
		if len(vt.PINKey) > 0 && (len(vt.Salt) < 8 || vt.Iterations < 1) {
			v.add("settings.vault", "sleutel van de pincode onvolledig", "PIN key incomplete")
		}
		if len(vt.PINKey) > 0 && len(vt.OpenKey) > 0 {
			v.add("settings.vault", "loongegevens met pincode én open sleutel", "pay data with a PIN and an open key")
		}
	}
	p := v.h.Settings.PIN
	if p == nil {
		return
	}
	if len(p.Salt) < 8 || len(p.Hash) < 16 || p.Iterations < 1 {
		v.add("settings.pin", "pincode-hash onvolledig (wis hem met huisrooster pin reset)",
			"PIN hash incomplete (reset it with huisrooster pin reset)")
	}
}
