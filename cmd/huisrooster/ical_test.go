package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster"
)

// busiestMember returns the member of h with the most worked shifts in w.
func busiestMember(h *roster.House, w roster.Window) *roster.Member {
	count := map[int]int{}
	best := 0
	for _, s := range h.Shifts(w) {
		if s.Worked() {
			count[s.Member]++
			if count[s.Member] > count[best] {
				best = s.Member
			}
		}
	}
	return h.Member(best)
}

func TestICalExport(t *testing.T) {
	file, h := writeExportHouse(t)
	w := roster.Window{From: exportWeek, To: exportWeek + 13}
	m := busiestMember(h, w)
	if m == nil {
		t.Fatal("the demo house has no shifts in the export window: nothing to export")
	}
	out := filepath.Join(t.TempDir(), "agenda.ics")
	first := strings.Fields(m.Name)[0]
	rc, stdout, stderr := runExportArgs("ical", "--file", file, "--member", strings.ToUpper(first),
		"--from", w.From.String(), "--to", w.To.String(), "-o", out)
	if rc != 0 {
		// The first name may be shared in the demo team: the full name always works.
		rc, stdout, stderr = runExportArgs("ical", "--file", file, "--member", m.Name,
			"--from", w.From.String(), "--to", w.To.String(), "-o", out)
	}
	if rc != 0 {
		t.Fatalf("rc %d: %s", rc, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.HasPrefix(s, "BEGIN:VCALENDAR\r\n") || !strings.Contains(s, "METHOD:PUBLISH\r\n") {
		t.Errorf("not an iCalendar file:\n%.200s", s)
	}
	want := 0
	for _, sh := range h.Shifts(w) {
		if sh.Member == m.ID && sh.Worked() && h.Plan.AbsenceOn(m.ID, sh.Date) == nil {
			want++
		}
	}
	if got := strings.Count(s, "BEGIN:VEVENT\r\n"); got != want {
		t.Errorf("%d events, want %d shifts of %s", got, want, m.Name)
	}
	if !strings.Contains(stdout, m.Name) {
		t.Errorf("stdout %q does not name %s", stdout, m.Name)
	}
}

func TestICalBadInput(t *testing.T) {
	file, h := writeExportHouse(t)
	name := h.Members[0].Name
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no member", []string{"--file", file}, "give --member"},
		{"unknown member", []string{"--file", file, "--member", "Zzyzx"}, "unknown team member"},
		{"bad date", []string{"--file", file, "--member", name, "--from", "23-11-2026"}, "ongeldige datum"},
		{"to before from", []string{"--file", file, "--member", name, "--from", "2026-11-23", "--to", "2026-11-01"}, "before --from"},
		{"over a year", []string{"--file", file, "--member", name, "--from", "2026-01-01", "--to", "2027-06-01"}, "longer than a year"},
		{"no source", []string{"--member", name}, "give --db PATH"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rc, _, stderr := runExportArgs(append([]string{"ical"}, tc.args...)...)
			if rc != 2 || !strings.Contains(stderr, tc.want) {
				t.Errorf("rc %d, stderr %q; want 2 and %q", rc, stderr, tc.want)
			}
		})
	}
}

func TestFindMember(t *testing.T) {
	h := &roster.House{Members: []roster.Member{
		{ID: 1, Name: "Anna Bakker"}, {ID: 2, Name: "Anna Kok"}, {ID: 3, Name: "Zoë  de Vries"},
		{ID: 4, Name: "Bram"}, {ID: 5, Name: "Bramine Smit"}, {ID: 6, Name: "Joëlle Bos"}, {ID: 7, Name: "Joelle Kuiper"},
	}}
	tests := []struct {
		in   string
		want int    // member ID, 0 for an error
		err  string // part of the error
	}{
		{"Anna Bakker", 1, ""},
		{"anna kok", 2, ""},
		{"  ANNA   KOK ", 2, ""},
		{"zoë", 3, ""},
		{"Zoe", 3, ""}, // accents may be left out
		{"zoe de vries", 3, ""},
		{"Zoë de Vries", 3, ""},
		{"bram", 4, ""}, // a first name that is also a prefix of another
		{"Bramine", 5, ""},
		{"Anna", 0, "ambiguous"},
		{"Joëlle", 6, ""}, // the exact spelling wins
		{"joelle", 7, ""},
		{"JOELLE BOS", 6, ""},
		{"Ann", 0, "unknown team member"},
		{"Kok", 0, "onbekend teamlid"},
		{"", 0, "unknown"},
	}
	for _, tc := range tests {
		m, err := findMember(h, tc.in)
		switch {
		case tc.want != 0 && (err != nil || m.ID != tc.want):
			t.Errorf("findMember(%q) = %v, %v; want member %d", tc.in, m, err, tc.want)
		case tc.want == 0 && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("findMember(%q) error %v, want one with %q", tc.in, err, tc.err)
		}
	}
	if _, err := findMember(h, "Anna"); err == nil || !strings.Contains(err.Error(), "Anna Bakker, Anna Kok") {
		t.Errorf("ambiguous error does not list the choices: %v", err)
	}
}
