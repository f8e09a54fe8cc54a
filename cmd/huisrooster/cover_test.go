package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
	"github.com/huisrooster/huisrooster/roster/rostertest"
	"github.com/huisrooster/huisrooster/store"
)

// coverDay is the date of the test vacancy (rostertest.VacancyHouse): a
// Wednesday.
var coverDay = rostertest.VacancyDay()

// writeCoverHouse writes h as a house file in a temp dir and returns its path.
func writeCoverHouse(t *testing.T, h *roster.House) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "huis.json")
	if err := writeHouseFile(path, h); err != nil {
		t.Fatal(err)
	}
	return path
}

func runCoverArgs(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	rc := run(append([]string{"cover"}, args...), &out, &errb)
	return rc, out.String(), errb.String()
}

func TestCoverText(t *testing.T) {
	file := writeCoverHouse(t, rostertest.VacancyHouse())
	rc, out, errs := runCoverArgs("--file", file, "--member", "anna", "--date", coverDay.String())
	if rc != 0 {
		t.Fatalf("rc %d, stderr %s", rc, errs)
	}
	for _, want := range []string{"V 07:00–15:00 van / of Anna", "1  Chris", "Bram", "ABSENT:", "Dewi", "WISH:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	cand := out[strings.Index(out, "Kandidaten"):strings.Index(out, "Kan niet")]
	if strings.Contains(cand, "Bram") || strings.Contains(cand, "Dewi") {
		t.Errorf("an excluded member is listed as candidate:\n%s", cand)
	}
}

func TestCoverJSON(t *testing.T) {
	file := writeCoverHouse(t, rostertest.VacancyHouse())
	rc, out, errs := runCoverArgs("--file", file, "--member", "A", "--date", coverDay.String(), "--shift", "V", "--json")
	if rc != 0 {
		t.Fatalf("rc %d, stderr %s", rc, errs)
	}
	var res []struct {
		Vacancy struct {
			Member, Shift, Date, Start, End string
		}
		Candidates []struct {
			Rank      int
			Member    string
			SlackLeft float64 `json:"slack_left"`
			WeekHours float64 `json:"week_hours"`
		}
		Excluded []struct {
			Member  string
			Reasons []struct {
				Rule, Message string
				English       string `json:"message_en"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(res) != 1 {
		t.Fatalf("%d vacancies, want 1 (only V)", len(res))
	}
	r := res[0]
	if r.Vacancy.Member != "Anna" || r.Vacancy.Shift != "V" || r.Vacancy.Start != "07:00" || r.Vacancy.Date != "2026-11-25" {
		t.Errorf("vacancy %+v", r.Vacancy)
	}
	if len(r.Candidates) != 1 || r.Candidates[0].Member != "Chris" || r.Candidates[0].Rank != 1 || r.Candidates[0].WeekHours != 7.5 {
		t.Errorf("candidates %+v", r.Candidates)
	}
	rules := map[string]string{}
	for _, e := range r.Excluded {
		for _, f := range e.Reasons {
			rules[e.Member] += f.Rule
			if f.Message == "" || f.English == "" {
				t.Errorf("reason without text: %+v", f)
			}
		}
	}
	if rules["Bram"] != "ABSENT" || rules["Dewi"] != "WISH" {
		t.Errorf("reasons %v, want Bram ABSENT and Dewi WISH", rules)
	}
}

func TestCoverNobody(t *testing.T) {
	h := rostertest.VacancyHouse()
	h.Plan.Absences = append(h.Plan.Absences,
		roster.Absence{Member: 3, From: coverDay, To: coverDay + 1, Kind: roster.AbsSick},
		roster.Absence{Member: 4, From: coverDay + 1, To: coverDay + 1, Kind: roster.AbsTraining})
	file := writeCoverHouse(t, h)
	// A night cover is never split: nobody can take it.
	rc, out, _ := runCoverArgs("--file", file, "--member", "Anna", "--date", (coverDay + 1).String())
	if rc != 1 || !strings.Contains(out, "Niemand") {
		t.Errorf("rc %d, want 1 and 'Niemand':\n%s", rc, out)
	}
}

func TestCoverDB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rooster.db")
	s, err := store.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Replace(rostertest.VacancyHouse(), "test"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	rc, out, errs := runCoverArgs("--db", path, "--member", "Anna", "--date", coverDay.String(), "--shift", "V")
	if rc != 0 || !strings.Contains(out, "1  Chris") {
		t.Errorf("rc %d, stderr %s\n%s", rc, errs, out)
	}
}

func TestCoverBadInput(t *testing.T) {
	file := writeCoverHouse(t, rostertest.VacancyHouse())
	day := coverDay.String()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown member", []string{"--file", file, "--member", "Zara", "--date", day}, "onbekend teamlid"},
		{"bad date", []string{"--file", file, "--member", "Anna", "--date", "25-11-2026"}, "ongeldige datum"},
		{"no date", []string{"--file", file, "--member", "Anna"}, "--date"},
		{"unknown shift", []string{"--file", file, "--member", "Anna", "--date", day, "--shift", "X"}, "onbekende dienst"},
		{"no shift that day", []string{"--file", file, "--member", "Chris", "--date", day}, "heeft geen dienst"},
		{"not that shift", []string{"--file", file, "--member", "Anna", "--date", day, "--shift", "S"}, "geen dienst S"},
		{"no member, no shift", []string{"--file", file, "--date", day}, "--member"},
		{"two sources", []string{"--file", file, "--demo", "--member", "Anna", "--date", day}, "kies"},
		{"file and db", []string{"--file", file, "--db", file, "--member", "Anna", "--date", day}, "kies"},
		{"no source", []string{"--member", "Anna", "--date", day}, "--file"},
		{"missing file", []string{"--file", filepath.Join(t.TempDir(), "nope.json"), "--member", "Anna", "--date", day}, "bestaat niet / file"},
		{"missing roster", []string{"--db", filepath.Join(t.TempDir(), "nope.db"), "--member", "Anna", "--date", day}, "niet gevonden"},
		{"unknown flag", []string{"--file", file, "--wie", "Anna"}, "wie"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rc, _, errs := runCoverArgs(tt.args...)
			want := exitUsage
			if strings.HasPrefix(tt.name, "missing") {
				want = exitNotFound
			}
			if rc != want || !strings.Contains(errs, tt.want) {
				t.Errorf("rc %d, stderr %q; want %d and %q", rc, errs, want, tt.want)
			}
		})
	}
}

func TestCoverOpenShiftAndAmbiguous(t *testing.T) {
	h := rostertest.VacancyHouse()
	h.Members = append(h.Members, roster.Member{ID: 5, Name: "Anouk", Role: roster.RoleOpvoeder,
		Contract: []roster.Contract{{From: roster.NewDate(2020, 1, 1), HoursPerWeek: 24}}})
	file := writeCoverHouse(t, h)
	if rc, _, errs := runCoverArgs("--file", file, "--member", "An", "--date", coverDay.String()); rc != 2 || !strings.Contains(errs, "niet eenduidig") {
		t.Errorf("ambiguous prefix: rc %d, %s", rc, errs)
	}
	rc, out, errs := runCoverArgs("--file", file, "--shift", "V", "--date", coverDay.String())
	if rc != 0 || !strings.Contains(out, "open dienst") {
		t.Errorf("open shift: rc %d, %s\n%s", rc, errs, out)
	}
	if _, err := os.Stat(file); err != nil {
		t.Fatal(err)
	}
}
