package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/pay"
	"github.com/huisrooster/huisrooster/roster/rules"
	"github.com/huisrooster/huisrooster/roster/team"
)

// wishesHouse writes the demo house of 2 November 2026 with a repeating
// "kan niet" for Daan on every Wednesday of November to a house file, and
// returns the path, the house and the Wednesdays Daan is rostered on.
func wishesHouse(t *testing.T) (string, *roster.House, []roster.Date) {
	t.Helper()
	start := roster.NewDate(2026, time.November, 2)
	h := demo.House(start)
	daan := h.Members[5]
	if !strings.HasPrefix(daan.Name, "Daan") {
		t.Fatalf("member 6 is %s, not Daan", daan.Name)
	}
	rep, err := team.RepeatWish{Member: daan.ID, Weekday: time.Wednesday, Kind: roster.WishCannot,
		From: start, To: start + 27, Note: "studie"}.Wish()
	if err != nil {
		t.Fatal(err)
	}
	h.Plan.Wishes = append(h.Plan.Wishes, rep)
	var worked []roster.Date
	for d := rep.Date; d <= rep.Until; d += 7 {
		for _, a := range h.Plan.CellAssignments(daan.ID, d) {
			if a.State != roster.StateSick {
				worked = append(worked, d)
				break
			}
		}
	}
	path := filepath.Join(t.TempDir(), "huis.json")
	if err := writeHouseFile(path, h); err != nil {
		t.Fatal(err)
	}
	return path, h, worked
}

func TestWishesJSON(t *testing.T) {
	file, _, worked := wishesHouse(t)
	if len(worked) == 0 {
		t.Fatal("Daan works no Wednesday in the demo: the test would prove nothing")
	}
	var out, errs strings.Builder
	rc := run([]string{"wishes", "--file", file, "--member", "daan", "--from", "2026-11-02", "--to", "2026-11-29", "--json"}, &out, &errs)
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs.String())
	}
	var r wishesJSON
	if err := json.Unmarshal([]byte(out.String()), &r); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if !strings.HasPrefix(r.Member.Name, "Daan") || len(r.Wishes) != 1 {
		t.Fatalf("report: %+v", r)
	}
	wj := r.Wishes[0]
	if wj.Until == nil || wj.Weekday != "wo" || len(wj.Dates) != 4 || wj.Note != "studie" {
		t.Errorf("wish: %+v", wj)
	}
	// Four Wednesdays; each one Daan works is not honoured and is a WISH error.
	if r.Honoured.Wishes != 4 || r.Honoured.Honoured != 4-len(worked) {
		t.Errorf("honoured %+v, Daan works %d Wednesdays", r.Honoured, len(worked))
	}
	if len(r.Conflicts) != len(worked) {
		t.Errorf("%d conflicts, want %d", len(r.Conflicts), len(worked))
	}
	for i, c := range r.Conflicts {
		if c.Rule != rules.RuleWish || c.Severity != "error" || c.Dates[0] != worked[i] {
			t.Errorf("conflict %d: %+v", i, c)
		}
	}
	if len(r.Periods) != 1 || r.Periods[0].Honoured != r.Honoured {
		t.Errorf("periods: %+v", r.Periods)
	}
}

func TestWishesText(t *testing.T) {
	file, _, _ := wishesHouse(t)
	var out, errs strings.Builder
	rc := run([]string{"wishes", "--file", file, "--member", "Noor Hendriks", "--from", "2026-11-02", "--en"}, &out, &errs)
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs.String())
	}
	s := out.String()
	for _, want := range []string{"Wishes of Noor Hendriks", "kan niet", "bruiloft zus", "Honoured: 1/1 (100%)"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
}

func TestWishesBadInput(t *testing.T) {
	file, _, _ := wishesHouse(t)
	for _, args := range [][]string{
		{"wishes", "--file", file},
		{"wishes", "--member", "Noor"},
		{"wishes", "--file", file, "--member", "Niemand"},
		{"wishes", "--file", file, "--member", "Noor", "--from", "2026-11-30", "--to", "2026-11-01"},
		{"wishes", "--file", file, "--demo", "--member", "Noor"},
		{"wishes", "--file", file, "--member", "Noor", "extra"},
	} {
		var out, errs strings.Builder
		if rc := run(args, &out, &errs); rc != 2 || errs.Len() == 0 {
			t.Errorf("%v: rc %d, stderr %q", args, rc, errs.String())
		}
	}
}

// TestFTEJSONFairness: "fte --json" carries the fairness table next to the
// realisation's own fields.
func TestFTEJSONFairness(t *testing.T) {
	file, h, _ := wishesHouse(t)
	var out, errs strings.Builder
	if rc := run([]string{"fte", "--file", file, "--from", "2026-11-02", "--to", "2026-11-29", "--json"}, &out, &errs); rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs.String())
	}
	var r struct {
		pay.Realisation
		Fairness team.FairnessTable `json:"fairness"`
	}
	if err := json.Unmarshal([]byte(out.String()), &r); err != nil {
		t.Fatal(err)
	}
	want := team.Fairness(h, roster.Window{From: roster.NewDate(2026, 11, 2), To: roster.NewDate(2026, 11, 29)})
	if len(r.Fairness.Rows) != len(h.Members) || r.Fairness.Totals.Nights != want.Totals.Nights || r.Team.Contract <= 0 {
		t.Errorf("fairness %+v, want totals %+v", r.Fairness.Totals, want.Totals)
	}
	if got := r.Fairness.Rows[5]; got.Wishes != want.Rows[5].Wishes || got.Nights != want.Rows[5].Nights {
		t.Errorf("Daan: %+v, want %+v", got, want.Rows[5])
	}
}

// TestWishesDB: a repeating wish and a wish round's deadline survive the
// roster database (they are fields of the stored wish and period records).
func TestWishesDB(t *testing.T) {
	_, h, worked := wishesHouse(t)
	p := team.PlanningPeriod(h, roster.NewDate(2026, 11, 30))
	e, err := team.OpenWishes(h, p, p.From-7)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Apply(e); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "huis.json")
	if err := writeHouseFile(file, h); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "rooster.db")
	var out, errs strings.Builder
	if rc := run([]string{"import", "--db", db, "--who", "test", file}, &out, &errs); rc != 0 {
		t.Fatalf("import rc %d: %s", rc, errs.String())
	}
	out.Reset()
	rc := run([]string{"wishes", "--db", db, "--member", "Daan", "--from", "2026-11-02", "--to", "2027-01-03", "--json"}, &out, &errs)
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs.String())
	}
	var r wishesJSON
	if err := json.Unmarshal([]byte(out.String()), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Wishes) != 1 || r.Wishes[0].Until == nil || r.Honoured.Wishes != 4 || len(r.Conflicts) != len(worked) {
		t.Errorf("from the database: %+v", r)
	}
	if len(r.Periods) != 2 || r.Periods[1].Deadline == nil || *r.Periods[1].Deadline != p.From-7 || r.Periods[1].State != "wensen" {
		t.Errorf("periods from the database: %+v", r.Periods)
	}
}
