package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/demo"
	"github.com/huisrooster/huisrooster/roster/year"
	"github.com/huisrooster/huisrooster/store"
)

// yearDB writes the demo house (regio zuid) to a new roster database.
func yearDB(t *testing.T) string {
	t.Helper()
	h := demo.House(roster.NewDate(2027, time.March, 1))
	h.Settings.Region = roster.RegionZuid
	return storeHouse(t, h)
}

func runOut(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs strings.Builder
	rc := run(args, &out, &errs)
	return rc, out.String(), errs.String()
}

func TestYearJSON(t *testing.T) {
	db := yearDB(t)
	rc, out, errs := runOut(t, "year", "--db", db, "--year", "2028", "--today", "2027-03-01", "--json")
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, errs)
	}
	var r yearJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Weeks) != 52 || r.Region != roster.RegionZuid || len(r.Balances) == 0 {
		t.Fatalf("weeks %d, region %q, balances %d", len(r.Weeks), r.Region, len(r.Balances))
	}
	// Zomervakantie zuid 2028: 22 July – 3 September (rijksoverheid.nl).
	var summer []int
	for _, l := range r.Weeks {
		if l.School == "Zomervakantie" {
			summer = append(summer, l.ISOWeek)
		}
	}
	if len(summer) != 7 || summer[0] != 29 || summer[6] != 35 {
		t.Errorf("summer weeks %v", summer)
	}
	for _, b := range r.Balances {
		if d := b.Left - (b.Entitlement + b.Carried - b.Taken - b.Agreed); b.Entitlement <= 0 || d > 0.01 || d < -0.01 {
			t.Errorf("balance %+v", b)
		}
	}
}

func TestYearBalancesCSV(t *testing.T) {
	db := yearDB(t)
	out := filepath.Join(t.TempDir(), "saldi.csv")
	if rc, _, errs := runOut(t, "year", "--db", db, "--year", "2027", "--today", "2027-03-01", "--csv", out); rc != 0 {
		t.Fatalf("rc %d %s", rc, errs)
	}
	data, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(data), "verlofrecht") || strings.Count(string(data), "\r\n") < 10 {
		t.Errorf("csv %v\n%s", err, data)
	}
}

func TestYearBadInput(t *testing.T) {
	db := yearDB(t)
	for _, args := range [][]string{
		{"year", "--db", db},
		{"year", "--db", db, "--year", "twintig"},
		{"year", "--db", db, "--year", "1999"},
		{"year", "--year", "2027"},
		{"year", "--db", db, "--year", "2027", "--today", "gisteren"},
		{"leave"},
		{"leave", "fly"},
		{"leave", "request", "--db", db, "--member", "Anouk", "--from", "2027-13-01"},
		{"leave", "request", "--db", db, "--member", "Niemand", "--from", "2027-07-19"},
		{"leave", "request", "--db", db, "--member", "Anouk", "--from", "2027-07-19", "--to", "2027-07-01"},
		{"leave", "request", "--db", db, "--member", "Anouk", "--from", "2027-07-19", "--kind", "ziek"},
		{"leave", "agree", "--db", db, "--by", "Zoë"},
		{"leave", "agree", "--db", db, "--id", "7", "--by", "Zoë"},
		{"leave", "override", "--db", db, "--id", "1", "--by", "Marieke"},
	} {
		rc, _, errs := runOut(t, args...)
		if rc != 2 || !strings.Contains(errs, "/") {
			t.Errorf("%v: rc %d, stderr %q; want 2 and a bilingual message", args, rc, errs)
		}
	}
}

// TestLeaveFlow asks, agrees and lists through the CLI on a database: the
// agreement is logged with who, and the request becomes an absence.
func TestLeaveFlow(t *testing.T) {
	db := yearDB(t)
	rc, out, errs := runOut(t, "leave", "request", "--db", db, "--member", "Anouk", "--from", "2027-07-19", "--to", "2027-07-25", "--note", "camping")
	if rc != 0 || !strings.Contains(out, "aanvraag 1") || !strings.Contains(out, "week 29") {
		t.Fatalf("request: rc %d\n%s\n%s", rc, out, errs)
	}
	if rc, _, errs = runOut(t, "leave", "agree", "--db", db, "--id", "1", "--by", "Anouk"); rc != 2 || !strings.Contains(errs, "collega") {
		t.Errorf("self-agree: rc %d %s", rc, errs)
	}
	if rc, out, errs = runOut(t, "leave", "agree", "--db", db, "--id", "1", "--by", "Zoë"); rc != 0 || !strings.Contains(out, "afgesproken") {
		t.Fatalf("agree: rc %d %s %s", rc, out, errs)
	}
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := s.Load()
	log, _ := s.Log(1)
	s.Close()
	r := h.Year.Request(1)
	if r == nil || r.Status != roster.LeaveAgreed || len(r.Agreed) != 1 || !strings.HasPrefix(h.Member(r.Agreed[0].By).Name, "Zoë") {
		t.Fatalf("request after agree: %+v", r)
	}
	if ab := h.Plan.AbsenceOn(r.Member, roster.NewDate(2027, 7, 21)); ab == nil || ab.Kind != roster.AbsLeave {
		t.Error("the agreed request is no absence")
	}
	if len(log) != 1 || !strings.HasPrefix(log[0].Who, "Zoë") {
		t.Errorf("log: %+v", log)
	}
	rc, out, _ = runOut(t, "leave", "list", "--db", db, "--year", "2027", "--json")
	var list []leaveListJSON
	if rc != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 1 || list[0].Status != roster.LeaveAgreed ||
		list[0].Impact.Weeks[0].After.Limit >= list[0].Impact.Weeks[0].Before.Limit || list[0].Impact.Weeks[0].After.Status != year.Tight {
		t.Errorf("list: rc %d %s", rc, out)
	}
	rc, out, _ = runOut(t, "leave", "list", "--db", db, "--en")
	if rc != 0 || !strings.Contains(out, "agreed") {
		t.Errorf("list --en: %s", out)
	}
}

// TestSummerCLI runs a whole summer round on a database: open from dates,
// wishes, close, propose (JSON), accept with a change by the team.
func TestSummerCLI(t *testing.T) {
	db := yearDB(t)
	steps := [][]string{
		{"summer", "open", "--db", db, "--year", "2027", "--from", "2027-07-19", "--to", "2027-08-22", "--max", "2"},
		{"summer", "wish", "--db", db, "--year", "2027", "--member", "Anouk", "--weeks", "30,31", "--today", "2027-03-01"},
		{"summer", "wish", "--db", db, "--year", "2027", "--member", "Zoë", "--weeks", "30", "--today", "2027-03-01"},
		{"summer", "close", "--db", db, "--year", "2027"},
	}
	for _, a := range steps {
		if rc, out, errs := runOut(t, a...); rc != 0 {
			t.Fatalf("%v: rc %d %s %s", a, rc, out, errs)
		}
	}
	rc, out, errs := runOut(t, "summer", "propose", "--db", db, "--year", "2027", "--json")
	var p year.SummerProposal
	if rc != 0 || json.Unmarshal([]byte(out), &p) != nil {
		t.Fatalf("propose: rc %d %s %s", rc, out, errs)
	}
	if len(p.Members) != 2 || p.Members[0].Name != "Anouk Meijer" || len(p.Members[0].Got) != 2 || len(p.Members[1].Got) != 0 {
		t.Fatalf("proposal %+v", p.Members)
	}
	for _, l := range p.Weeks {
		if l.Status == year.Short {
			t.Errorf("week %d short in the proposal", l.ISOWeek)
		}
	}
	// The team changes it: Zoë week 30, Anouk week 31.
	if rc, out, errs = runOut(t, "summer", "accept", "--db", db, "--year", "2027", "--by", "Marieke", "--change", "Anouk=31", "--change", "Zoë=30"); rc != 0 {
		t.Fatalf("accept: rc %d %s %s", rc, out, errs)
	}
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := s.Load()
	s.Close()
	r := h.Year.Summer(2027)
	if r.State != roster.SummerAccepted || len(r.Awards) != 2 || len(h.Year.Requests) != 2 {
		t.Fatalf("accepted round %+v, requests %d", r, len(h.Year.Requests))
	}
	for _, bad := range [][]string{
		{"summer"},
		{"summer", "open", "--db", db, "--year", "2027"},
		{"summer", "wish", "--db", db, "--year", "2027", "--member", "Anouk", "--weeks", "negen"},
		{"summer", "accept", "--db", db, "--year", "2027", "--by", "Marieke", "--change", "Anouk"},
		{"summer", "propose", "--year", "2027"},
	} {
		if rc, _, errs := runOut(t, bad...); rc != 2 || !strings.Contains(errs, "/") {
			t.Errorf("%v: rc %d %q", bad, rc, errs)
		}
	}
}

// TestYearProvisionalFiles writes a member's provisional year roster as PDF
// and ICS (owner-only files); without a base roster it refuses with exit 2.
func TestYearProvisionalFiles(t *testing.T) {
	dir := t.TempDir()
	h := demo.House(roster.NewDate(2026, time.November, 30))
	file := filepath.Join(dir, "huis.json")
	if err := writeHouseFile(file, h); err != nil {
		t.Fatal(err)
	}
	pdf, ics := filepath.Join(dir, "anouk.pdf"), filepath.Join(dir, "anouk.ics")
	if rc, _, errs := runOut(t, "year", "--file", file, "--year", "2027", "--member", "Anouk", "--pdf", pdf); rc != 2 || !strings.Contains(errs, "basisrooster") {
		t.Errorf("without a base roster: rc %d %q", rc, errs)
	}
	if rc, _, errs := runOut(t, "year", "--file", file, "--year", "2027", "--member", "Anouk"); rc != 2 || !strings.Contains(errs, "--pdf") {
		t.Errorf("--member alone: rc %d %q", rc, errs)
	}
	b, err := roster.BaseRosterFrom(h, roster.NewDate(2026, time.November, 30), 4)
	if err != nil {
		t.Fatal(err)
	}
	h.Settings.BaseRoster = b
	if err := writeHouseFile(file, h); err != nil {
		t.Fatal(err)
	}
	rc, out, errs := runOut(t, "year", "--file", file, "--year", "2027", "--member", "Anouk", "--pdf", pdf, "--ics", ics)
	if rc != 0 || strings.Count(out, "voorlopig jaarrooster") != 2 {
		t.Fatalf("rc %d %s %s", rc, out, errs)
	}
	for _, p := range []string{pdf, ics} {
		st, err := os.Stat(p)
		if err != nil || st.Size() < 1000 || (runtime.GOOS != "windows" && st.Mode().Perm() != 0o600) {
			t.Errorf("%s: %v %v", p, err, st)
		}
	}
	data, _ := os.ReadFile(ics)
	if !strings.Contains(string(data), "STATUS:TENTATIVE") {
		t.Error("the ICS is not marked tentative")
	}
}

// A balances CSV that cannot be written (its folder does not exist) is an
// other failure (9), not findings (1), and says so in both languages.
func TestYearBalancesCSVMissingFolder(t *testing.T) {
	db := yearDB(t)
	out := filepath.Join(t.TempDir(), "nergens", "saldi.csv")
	rc, _, errs := runOut(t, "year", "--db", db, "--year", "2027", "--today", "2027-03-01", "--csv", out)
	if rc != exitFailure {
		t.Errorf("exit %d, want %d (other failure); stderr %s", rc, exitFailure, errs)
	}
	if !strings.Contains(errs, "nergens") || !strings.Contains(errs, " / ") {
		t.Errorf("stderr %q does not name the path in Dutch / English", errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a CSV was written after all")
	}
}
