package pay

import (
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"github.com/huisrooster/huisrooster/roster"
)

// This file holds the teamleider's PIN of older versions (a salted
// PBKDF2-HMAC-SHA256 hash, PINHash) and the gate that rate-limits PIN
// tries. Today the PIN is no hash but the key that opens the sealed pay data
// (vault.go); SealLegacyPay converts an old hash into that key.
//
// Wrong PINs are rate-limited by a [PINGate] in memory, with exponential
// backoff. The state is deliberately not stored: a restart of the app clears
// it, which costs an attacker a restart per few guesses, and a stored counter
// would lock the teamleider out as well.

// NewPINHash hashes pin with a fresh salt from random (crypto/rand when nil)
// and iterations rounds (DefaultPINIterations when 0). A PIN has 4 to 32
// characters.
func NewPINHash(pin string, random io.Reader, iterations int) (*roster.PINHash, error) {
	if n := utf8.RuneCountInString(pin); n < 4 || n > 32 {
		return nil, fmt.Errorf("pincode moet 4 tot 32 tekens hebben / PIN must have 4 to 32 characters")
	}
	if random == nil {
		random = rand.Reader
	}
	if iterations <= 0 {
		iterations = roster.DefaultPINIterations
	}
	salt := make([]byte, 16)
	if _, err := io.ReadFull(random, salt); err != nil {
		return nil, fmt.Errorf("zout maken / make salt: %w", err)
	}
	h, err := pbkdf2.Key(sha256.New, pin, salt, iterations, 32)
	if err != nil {
		return nil, fmt.Errorf("pincode hashen / hash PIN: %w", err)
	}
	return &roster.PINHash{Salt: salt, Hash: h, Iterations: iterations}, nil
}

// PIN gate defaults: wrong tries allowed before the backoff starts, the
// first wait, and the longest.
const (
	pinFreeTries = 3
	pinFirstWait = 2 * time.Second
	pinMaxWait   = 15 * time.Minute
)

// PINGate checks PINs against a hash with exponential backoff: from the
// third wrong try in a row on, every wrong try makes the next one wait, twice
// as long each time (2 s, 4 s, 8 s, … at most 15 min). Now is the clock (time.Now when nil),
// injectable for tests. A right PIN clears the count.
type PINGate struct {
	Hash *roster.PINHash
	// Check, when set, checks a PIN instead of Hash (e.g. CheckPIN on a
	// house's vault).
	Check func(pin string) bool
	Now   func() time.Time
	fails int
	until time.Time
}

// Try checks pin. It returns true when the PIN is right; else it returns
// how long the next try must wait (0: try again now). A try during a wait
// is refused without checking the PIN and does not count.
func (g *PINGate) Try(pin string) (ok bool, wait time.Duration) {
	now := time.Now
	if g.Now != nil {
		now = g.Now
	}
	t := now()
	if t.Before(g.until) {
		return false, g.until.Sub(t)
	}
	right := false
	if g.Check != nil {
		right = g.Check(pin)
	} else {
		right = g.Hash.Verify(pin)
	}
	if right {
		g.fails, g.until = 0, time.Time{}
		return true, 0
	}
	g.fails++
	if g.fails < pinFreeTries {
		return false, 0
	}
	w := pinFirstWait
	for i := pinFreeTries; i < g.fails && w < pinMaxWait; i++ {
		w *= 2
	}
	w = min(w, pinMaxWait)
	g.until = t.Add(w)
	return false, w
}

// Fails returns the number of wrong tries since the last right one.
func (g *PINGate) Fails() int { return g.fails }
