package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/plan/house"
	"github.com/huisrooster/huisrooster/store"
)

func TestPlanBadInput(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "huis.json")
	if code, _, stderr := runCmd("demo", "--file", file); code != 0 {
		t.Fatalf("demo: %s", stderr)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"plan", "--from", "2027-01-04", "--to", "2027-01-10"}, "--file"},
		{[]string{"plan", "--file", file, "--db", file, "--from", "2027-01-04", "--to", "2027-01-10"}, "één van beide"},
		{[]string{"plan", "--file", file, "--from", "2027-01-04"}, "--to"},
		{[]string{"plan", "--file", file, "--from", "4-1-2027", "--to", "2027-01-10"}, "--from"},
		{[]string{"plan", "--file", file, "--from", "2027-01-10", "--to", "2027-01-04"}, "--to ligt voor --from"},
		{[]string{"plan", "--file", file, "--from", "2027-01-04", "--to", "2027-06-04"}, "hoogstens"},
		{[]string{"plan", "--file", file, "--from", "2027-01-04", "--to", "2027-01-10", "--apply"}, "--apply"},
		{[]string{"plan", "--db", filepath.Join(dir, "x.db"), "--from", "2027-01-04", "--to", "2027-01-10", "-o", "uit.json"}, "-o"},
		{[]string{"plan", "--file", filepath.Join(dir, "weg.json"), "--from", "2027-01-04", "--to", "2027-01-10"}, "bestaat niet"},
		{[]string{"plan", "--file", file, "--from", "2027-01-04", "--to", "2027-01-10", "--seconds", "0"}, "--seconds"},
	} {
		code, _, stderr := runCmd(tc.args...)
		want := exitUsage
		if tc.want == "bestaat niet" {
			want = exitNotFound // the exit-code table: a missing input file
		}
		if code != want || !strings.Contains(stderr, tc.want) || !strings.Contains(stderr, " / ") {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and a bilingual message with %q", tc.args[1:], code, stderr, want, tc.want)
		}
	}
}

// TestPlanFileJSONAndOutput plans a generated house's period from a house
// file: the JSON names every field, and the written house file holds the
// proposal and adds no finding the planner may not add. The time limit is
// generous: under -race on a loaded 2-core CI machine 2 s of wall time once
// left the planner without its first week (it needs well under 1 s quiet).
func TestPlanFileJSONAndOutput(t *testing.T) {
	dir := t.TempDir()
	h, w := house.Generate(5)
	file, out := filepath.Join(dir, "huis.json"), filepath.Join(dir, "uit.json")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := roster.EncodeHouseFile(f, h); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, stdout, stderr := runCmd("plan", "--file", file, "--from", w.From.String(), "--to", w.To.String(),
		"--seconds", "10", "--json", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	for _, k := range []string{"proposals", "uncoveredMinutes", "boundMinutes", "newFindings", "nobodyPresent", "nobodyMinutes", "seconds"} {
		if _, ok := res[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	var props []planProposalJSON
	if err := json.Unmarshal(res["proposals"], &props); err != nil || len(props) == 0 {
		t.Fatalf("proposals: %v (%d)", err, len(props))
	}
	after, err := loadHouse(out, false)
	if err != nil {
		t.Fatal(err)
	}
	var added []roster.Assignment
	for _, p := range props {
		cell := after.Plan.CellAssignments(p.MemberID, p.Date)
		if len(cell) != 1 || cell[0].Shift != p.Shift {
			t.Errorf("proposal %+v not in the written house: %v", p, cell)
		}
		added = append(added, roster.Assignment{Member: p.MemberID, Date: p.Date, Shift: p.Shift})
	}
	if news := newFindings(h, w, added); len(news) > 0 {
		t.Errorf("the written house has %d new findings, first: %s", len(news), news[0].EN)
	}
	// The times with nobody present are those of the written house.
	var nobody int
	var spans []spanJSON
	if err := json.Unmarshal(res["nobodyMinutes"], &nobody); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(res["nobodyPresent"], &spans); err != nil {
		t.Fatal(err)
	}
	if want := house.MeasureDepth(after, w).EmptyMinutes; nobody != want || (want > 0) != (len(spans) > 0) {
		t.Errorf("JSON: %d min with nobody present in %d spans; the written house has %d min", nobody, len(spans), want)
	}
}

// TestPlanApply stores a proposal in a roster database as one audited edit
// that undo takes back whole.
func TestPlanApply(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "huisrooster.db")
	if code, _, stderr := runCmd("demo", "--db", db); code != 0 {
		t.Fatalf("demo --db: %s", stderr)
	}
	s, err := store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := s.Load()
	s.Close()
	mon := roster.Today().Monday() + 7
	code, stdout, stderr := runCmd("plan", "--db", db, "--from", mon.String(), "--to", (mon + 13).String(), "--seconds", "10", "--apply", "--who", "Teamleider")
	if code != 0 || !strings.Contains(stdout, "opgeslagen") {
		t.Fatalf("plan --apply: exit %d: %s %s", code, stdout, stderr)
	}
	s, err = store.Open(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	log, err := s.Log(1)
	if err != nil || len(log) != 1 || !strings.HasPrefix(log[0].NL, "Vul aan:") || log[0].Who != "Teamleider" || len(log[0].Edit.Cells) == 0 {
		t.Fatalf("last log record %+v (%v): want the fill-in edit by Teamleider", log, err)
	}
	if err := s.Apply(log[0].Edit.Inverse(), "Teamleider"); err != nil {
		t.Fatal(err)
	}
	undone, _ := s.Load()
	if !roster.SameAssignments(sortedAssignments(undone.Plan.Assignments), sortedAssignments(before.Plan.Assignments)) {
		t.Errorf("undo did not restore the roster: %d assignments, %d before", len(undone.Plan.Assignments), len(before.Plan.Assignments))
	}
}

// sortedAssignments returns as sorted by member, date and shift.
func sortedAssignments(as []roster.Assignment) []roster.Assignment {
	out := slices.Clone(as)
	slices.SortStableFunc(out, func(a, b roster.Assignment) int {
		if a.Member != b.Member {
			return a.Member - b.Member
		}
		if a.Date != b.Date {
			return int(a.Date - b.Date)
		}
		return strings.Compare(a.Shift, b.Shift)
	})
	return out
}

// TestBenchHouse runs the house benchmark on two generated houses: every
// proposal adds no finding (exit 0) and each house gets its line of figures.
func TestBenchHouse(t *testing.T) {
	code, stdout, stderr := runCmd("bench", "house", "--houses", "2", "--seed", "3", "--seconds", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "3 ") || !strings.HasPrefix(lines[2], "4 ") {
		t.Fatalf("want a header and a line per house:\n%s", stdout)
	}
	for _, l := range lines[1:] {
		if f := strings.Fields(l); len(f) != 14 || f[3] != "0" {
			t.Errorf("house line %q: want 14 fields and 0 new findings", l)
		}
	}
	if code, _, stderr := runCmd("bench", "house", "--houses", "0"); code != 2 || !strings.Contains(stderr, " / ") {
		t.Errorf("--houses 0: exit %d, %q", code, stderr)
	}
}

// TestBenchHouseWhy: with --why every house line is followed by its
// diagnosis, indented so the figures stay one line per house: the refusals
// per engine rule, the hours left per opvoeder and a line per open gap.
func TestBenchHouseWhy(t *testing.T) {
	code, stdout, stderr := runCmd("bench", "house", "--houses", "1", "--seed", "3", "--seconds", "1", "--why")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) < 4 || !strings.HasPrefix(lines[1], "3 ") || len(strings.Fields(lines[1])) != 14 {
		t.Fatalf("want the header, the house line and its diagnosis:\n%s", stdout)
	}
	if !strings.HasPrefix(lines[2], "  tries refused by:") || !strings.HasPrefix(lines[3], "  hours left") {
		t.Errorf("the diagnosis does not follow the house line:\n%s", stdout)
	}
	left, _ := strconv.ParseFloat(strings.Fields(lines[1])[5], 64)
	gapLines := 0
	for _, l := range lines[4:] {
		if strings.HasPrefix(l, "  gap ") {
			gapLines++
		}
	}
	if left > 0 && gapLines == 0 {
		t.Errorf("%.1f h left uncovered but no gap named:\n%s", left, stdout)
	}
}
