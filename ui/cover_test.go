package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"

	"github.com/huisrooster/huisrooster/roster"
)

// A member who is excluded only by the contract limit is offered "met
// instemming"; the assignment waits for a "Ja" to the consent question.
func TestCoverWithConsent(t *testing.T) {
	ws, _ := newDemoScreen(t)
	h := ws.ed.House()
	fatima := memberID(t, h, "Fatima")
	d, _ := firstGroupShift(t, h, fatima)
	p := ws.sick.Report(fatima, d, SickDay, 0)
	if p == nil || p.Result() == nil {
		t.Fatal("no cover result")
	}
	var consent []team.Excluded
	for _, e := range p.Result().Excluded {
		if e.Consent {
			consent = append(consent, e)
		}
	}
	if len(consent) == 0 || len(p.consentBtns) != len(consent) {
		t.Fatalf("%d members with consent, %d buttons", len(consent), len(p.consentBtns))
	}
	// Every excluded member is shown with exactly FindCover's reasons.
	for _, e := range p.Result().Excluded {
		got := p.reasons[e.Member]
		if len(got) != len(e.Reasons) {
			t.Errorf("member %d: %d reasons shown, FindCover has %d", e.Member, len(got), len(e.Reasons))
			continue
		}
		for i, r := range e.Reasons {
			if got[i] != capitalFirst(rules.PlainReason(h, r, e.Member, roster.Dutch)) {
				t.Errorf("member %d reason %d: shown %q, FindCover %q", e.Member, i, got[i], r.NL)
			}
		}
	}
	who := consent[0].Member
	if got := p.reasons[who]; len(got) != len(consent[0].Reasons) || got[0] != capitalFirst(rules.PlainReason(h, consent[0].Reasons[0], who, roster.Dutch)) {
		t.Errorf("reasons shown for %d: %q", who, got)
	}
	covers := func() bool {
		for _, a := range ws.ed.House().Plan.CellAssignments(who, d) {
			if a.CoverFor == fatima {
				return true
			}
		}
		return false
	}
	test.Tap(p.consentBtns[0])
	if covers() {
		t.Fatal("assigned beyond the contract without asking")
	}
	tapButton(t, ws.win, "Nee")
	if covers() {
		t.Fatal("assigned after a no")
	}
	test.Tap(p.consentBtns[0])
	tapButton(t, ws.win, "Ja")
	if !covers() {
		t.Fatal("not assigned after a yes")
	}
}

// BenchmarkCoverPanel measures what a tap on a vacancy in the panel costs
// on the demo house: FindCover for 14 colleagues and the detail built.
func BenchmarkCoverPanel(b *testing.B) {
	ws := demoScreen(b)
	h := ws.ed.House()
	var fatima int
	for _, m := range h.Members {
		if m.Name == "Fatima el Amrani" {
			fatima = m.ID
		}
	}
	d, _ := firstGroupShift(b, h, fatima)
	p := ws.sick.Report(fatima, d, SickOpen, 0)
	if p == nil || len(p.Vacancies()) < 2 {
		b.Fatal("no vacancies")
	}
	i := 0
	for b.Loop() {
		p.Select(i % 2)
		i++
	}
}
