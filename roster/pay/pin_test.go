package pay

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
)

func TestPINHash(t *testing.T) {
	p, err := NewPINHash("4711", nil, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Verify("4711") || p.Verify("4712") || p.Verify("") {
		t.Error("Verify accepts the wrong PIN or refuses the right one")
	}
	q, _ := NewPINHash("4711", nil, 1000)
	if bytes.Equal(p.Salt, q.Salt) || bytes.Equal(p.Hash, q.Hash) {
		t.Error("two hashes of one PIN share salt or hash")
	}
	// The hash survives the house file's JSON.
	b, _ := json.Marshal(p)
	var back roster.PINHash
	if err := json.Unmarshal(b, &back); err != nil || !back.Verify("4711") {
		t.Errorf("round trip: %v", err)
	}
	if bytes.Contains(b, []byte("4711")) {
		t.Error("the PIN is stored in clear")
	}
	for _, bad := range []string{"", "123", "123456789012345678901234567890123"} {
		if _, err := NewPINHash(bad, nil, 1000); err == nil {
			t.Errorf("PIN %q accepted", bad)
		}
	}
	var none *roster.PINHash
	if none.Verify("4711") {
		t.Error("nil hash verifies")
	}
}

func TestPINGateBackoff(t *testing.T) {
	p, _ := NewPINHash("2468", nil, 1000)
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, roster.Amsterdam)
	g := &PINGate{Hash: p, Now: func() time.Time { return now }}
	// Two free wrong tries, then waits of 2, 4, 8 s.
	for i, want := range []time.Duration{0, 0, 2 * time.Second, 4 * time.Second, 8 * time.Second} {
		ok, wait := g.Try("0000")
		if ok || wait != want {
			t.Fatalf("wrong try %d: ok %v wait %v, want wait %v", i+1, ok, wait, want)
		}
		if wait > 0 {
			// A try during the wait is refused unchecked, even with the right PIN.
			if ok, left := g.Try("2468"); ok || left != wait {
				t.Fatalf("try during the wait: ok %v, left %v", ok, left)
			}
			now = now.Add(wait)
		}
	}
	if g.Fails() != 5 {
		t.Errorf("fails = %d, want 5", g.Fails())
	}
	if ok, _ := g.Try("2468"); !ok {
		t.Fatal("right PIN after the wait refused")
	}
	if g.Fails() != 0 {
		t.Error("a right PIN does not clear the count")
	}
	// The wait never exceeds 15 minutes.
	for range 30 {
		_, w := g.Try("1")
		if w > 15*time.Minute {
			t.Fatalf("wait %v", w)
		}
		now = now.Add(w)
	}
}

func TestPINValidate(t *testing.T) {
	h := demo.House(roster.NewDate(2026, 11, 23))
	h.Settings.PIN = &roster.PINHash{Salt: []byte{1}, Iterations: 1}
	h.Members[0].Salary = &roster.Salary{Scale: -1, HourlyWage: -3}
	h.Settings.Pay.ORTCapWage = -1
	got := map[string]bool{}
	for _, pr := range roster.Validate(h) {
		got[pr.Field] = true
	}
	for _, f := range []string{"settings.pin", "members[0].salary.scale", "members[0].salary.hourlyWage", "settings.pay.ortCapWage"} {
		if !got[f] {
			t.Errorf("no problem for %s (got %v)", f, got)
		}
	}
}

// TestSealPay: the pay table and the salaries are saved sealed; the
// realisation of the opened house uses them, undo restores the old data.
func TestSealPay(t *testing.T) {
	h := demo.House(roster.NewDate(2026, 11, 23))
	tl := ""
	for _, m := range h.Members {
		if m.Role == roster.RoleTeamleider {
			tl = m.Name
		}
	}
	fe, _, key, err := roster.SetFirstPIN(h, tl, "1357", fastPIN)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Apply(fe); err != nil {
		t.Fatal(err)
	}
	pay := *h.Settings.Pay
	pay.DefaultHourlyWage = 23.5
	if _, err := roster.SealPay(h, nil, &pay, nil, fastPIN); err == nil {
		t.Error("pay sealed without the key of a house with a PIN")
	}
	e, err := roster.SealPay(h, key, &pay, map[int]*roster.Salary{1: {Scale: 11, Step: 4, HourlyWage: 31}, 2: nil, 99: {HourlyWage: 1}}, fastPIN)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Members) != 0 {
		t.Fatalf("member edits carry salaries: %+v", e.Members)
	}
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	o, err := key.Opened(h)
	if err != nil {
		t.Fatal(err)
	}
	if h.Settings.Pay.DefaultHourlyWage != 23.5 || o.Member(1).Salary.HourlyWage != 31 || o.Member(2).Salary != nil || o.Member(99) != nil {
		t.Errorf("after: pay %+v, member 1 %+v", h.Settings.Pay, o.Member(1).Salary)
	}
	r := NewRealisation(o, roster.Week(roster.NewDate(2026, 11, 23)))
	if r.Member(1).Wage != 31 || r.Member(3).Wage != 23.5 {
		t.Errorf("wages %v and %v", r.Member(1).Wage, r.Member(3).Wage)
	}
	if err := h.Apply(e.Inverse()); err != nil || h.Settings.Pay.DefaultHourlyWage != 21.72 {
		t.Errorf("undo: %v", err)
	}
	if s, _ := key.Salaries(h); len(s) != 0 {
		t.Errorf("undo kept salaries %v", s)
	}
}
