package ical

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/huisrooster/huisrooster/roster"
)

var exportTime = time.Date(2026, 11, 22, 17, 30, 0, 0, time.UTC)

// testHouse has one member with a few shifts around both 2026 DST changes.
func testHouse(t testing.TB) *roster.House {
	t.Helper()
	clk := func(h, m int) roster.Clock { return roster.NewClock(h, m) }
	h := &roster.House{Name: "De Linde", Children: 6}
	h.ShiftTypes = []roster.ShiftType{
		{Code: "V", Name: "Vroege dienst", Start: clk(7, 0), End: clk(15, 0), Kind: roster.KindGroup},
		{Code: "N", Name: "Slaapdienst", Start: clk(23, 0), End: clk(7, 0), Kind: roster.KindSleep},
		{Code: "O", Name: "Overleg, team; intervisie", Start: clk(13, 0), End: clk(15, 30), Kind: roster.KindOffGroup},
	}
	h.Members = []roster.Member{
		{ID: 3, Name: "Zoë de Vries", Role: roster.RoleOpvoeder},
		{ID: 4, Name: "Sébastien Martin", Role: roster.RoleOpvoeder},
	}
	a := func(m int, y int, mo time.Month, d int, code string) roster.Assignment {
		return roster.Assignment{Member: m, Date: roster.NewDate(y, mo, d), Shift: code}
	}
	h.Plan.Assignments = []roster.Assignment{
		a(3, 2026, 3, 28, "N"),  // spring forward: 7 h
		a(3, 2026, 10, 24, "N"), // fall back: 9 h
		a(3, 2026, 10, 26, "V"), // winter time
		a(3, 2026, 10, 27, "O"), // off-group work is in the member's own calendar
		a(4, 2026, 10, 26, "V"), // a colleague: not in Zoë's file
		a(3, 2026, 10, 28, "V"), // vacated by a sick report: left out
		a(3, 2026, 10, 29, "V"), // on leave that day: left out
		a(3, 2026, 12, 31, "V"), // outside the window
	}
	h.Plan.Assignments[5].State = roster.StateSick
	h.Plan.Absences = []roster.Absence{{Member: 3, From: roster.NewDate(2026, 10, 29), To: roster.NewDate(2026, 10, 29), Kind: roster.AbsLeave}}
	return h
}

var window = roster.Window{From: roster.NewDate(2026, 3, 1), To: roster.NewDate(2026, 11, 30)}

func export(t testing.TB, h *roster.House, member int, w roster.Window, now time.Time) string {
	t.Helper()
	var b bytes.Buffer
	if err := Export(&b, h, member, w, now); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// unfold joins folded lines (RFC 5545 §3.1) and splits at CRLF.
func unfold(s string) []string {
	s = strings.ReplaceAll(s, "\r\n ", "")
	s = strings.ReplaceAll(s, "\r\n\t", "")
	return strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
}

// checkLines asserts CRLF after every line and at most 75 octets a line.
func checkLines(t *testing.T, s string) {
	t.Helper()
	if !strings.HasSuffix(s, "\r\n") {
		t.Error("file does not end in CRLF")
	}
	for i, line := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, line)
		}
		if len(line) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d splits a UTF-8 character: %q", i+1, line)
		}
	}
}

// events returns DTSTART/DTEND/SUMMARY/UID per event, in file order.
func events(lines []string) []map[string]string {
	var out []map[string]string
	var cur map[string]string
	for _, l := range lines {
		switch {
		case l == "BEGIN:VEVENT":
			cur = map[string]string{}
		case l == "END:VEVENT":
			out = append(out, cur)
			cur = nil
		case cur != nil:
			k, v, _ := strings.Cut(l, ":")
			cur[k] = v
		}
	}
	return out
}

func TestExportTimesOverDST(t *testing.T) {
	s := export(t, testHouse(t), 3, window, exportTime)
	evs := events(unfold(s))
	want := []struct{ start, end, summary string }{
		{"20260328T220000Z", "20260329T050000Z", `Slaapdienst (N)`},                 // 7 h
		{"20261024T210000Z", "20261025T060000Z", `Slaapdienst (N)`},                 // 9 h
		{"20261026T060000Z", "20261026T140000Z", `Vroege dienst (V)`},               // CET
		{"20261027T120000Z", "20261027T143000Z", `Overleg\, team\; intervisie (O)`}, // escaped text
	}
	if len(evs) != len(want) {
		t.Fatalf("%d events, want %d:\n%s", len(evs), len(want), s)
	}
	for i, w := range want {
		e := evs[i]
		if e["DTSTART"] != w.start || e["DTEND"] != w.end || e["SUMMARY"] != w.summary {
			t.Errorf("event %d: %s–%s %q, want %s–%s %q", i, e["DTSTART"], e["DTEND"], e["SUMMARY"], w.start, w.end, w.summary)
		}
		if e["DTSTAMP"] != "20261122T173000Z" || e["LOCATION"] != "De Linde" {
			t.Errorf("event %d: DTSTAMP %q LOCATION %q", i, e["DTSTAMP"], e["LOCATION"])
		}
	}
	for _, must := range []string{"BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "METHOD:PUBLISH\r\n", "PRODID:", "END:VCALENDAR\r\n"} {
		if !strings.Contains(s, must) {
			t.Errorf("file lacks %q", must)
		}
	}
}

func TestExportLines(t *testing.T) {
	h := testHouse(t)
	h.Name = strings.Repeat("Kleinschalige woonvoorziening Zoë & Sébastien — ", 4)
	h.ShiftTypes[0].Name = strings.Repeat("ëéï😀", 40)
	checkLines(t, export(t, h, 3, window, exportTime))
}

// TestExportParses reads the file back with the library's parser.
func TestExportParses(t *testing.T) {
	s := export(t, testHouse(t), 3, window, exportTime)
	cal, err := ics.ParseCalendar(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	evs := cal.Events()
	if len(evs) != 4 {
		t.Fatalf("%d events parsed, want 4", len(evs))
	}
	start, err := evs[1].GetStartAt()
	if err != nil {
		t.Fatal(err)
	}
	end, err := evs[1].GetEndAt()
	if err != nil {
		t.Fatal(err)
	}
	if d := end.Sub(start); d != 9*time.Hour {
		t.Errorf("the night into winter time lasts %v, want 9h", d)
	}
	if got := evs[3].GetProperty(ics.ComponentPropertySummary).Value; got != "Overleg, team; intervisie (O)" {
		t.Errorf("summary reads back as %q", got)
	}
}

// TestUIDsStable: a later export of the same shifts has the same UIDs, so
// calendars update events instead of adding them twice.
func TestUIDsStable(t *testing.T) {
	h := testHouse(t)
	uids := func(s string) []string {
		var out []string
		for _, e := range events(unfold(s)) {
			out = append(out, e["UID"])
		}
		return out
	}
	first := uids(export(t, h, 3, window, exportTime))
	h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: 3, Date: roster.NewDate(2026, 11, 2), Shift: "V"})
	h.Plan.Assignments[0], h.Plan.Assignments[2] = h.Plan.Assignments[2], h.Plan.Assignments[0]
	later := uids(export(t, h, 3, window, exportTime.Add(48*time.Hour)))
	for _, u := range first {
		if !slices.Contains(later, u) {
			t.Errorf("UID %s is gone from the later export", u)
		}
	}
	if len(later) != len(first)+1 {
		t.Errorf("later export has %d events, want %d", len(later), len(first)+1)
	}
	seen := map[string]bool{}
	for _, u := range later {
		if seen[u] {
			t.Errorf("UID %s twice", u)
		}
		seen[u] = true
	}
	d := roster.NewDate(2026, 10, 24)
	base := UID("De Linde", 3, d, "N")
	for _, other := range []string{UID("De Eik", 3, d, "N"), UID("De Linde", 4, d, "N"),
		UID("De Linde", 3, d+1, "N"), UID("De Linde", 3, d, "V")} {
		if other == base {
			t.Errorf("UID %s does not depend on every part", base)
		}
	}
	if base != UID("De Linde", 3, d, "N") {
		t.Error("UID is not a function of its inputs")
	}
}

// TestExportPrivate: nothing about sickness, absence or colleagues.
func TestExportPrivate(t *testing.T) {
	s := export(t, testHouse(t), 3, window, exportTime)
	for _, bad := range []string{"20261028", "20261029", "ziek", "verlof", "Sébastien", "-4-"} {
		if strings.Contains(s, bad) {
			t.Errorf("export holds %q", bad)
		}
	}
}

func TestExportUnknownMember(t *testing.T) {
	if err := Export(&bytes.Buffer{}, testHouse(t), 99, window, exportTime); err == nil {
		t.Error("no error for an unknown member")
	}
}

// FuzzExportLines: whatever the names, every line stays within 75 octets,
// ends in CRLF, and the summary reads back unchanged.
func FuzzExportLines(f *testing.F) {
	f.Add("De Linde", "Vroege dienst", "V")
	f.Add(strings.Repeat("é", 80), strings.Repeat("a,b;c\\d", 30), "NACHT")
	f.Add("x", strings.Repeat("😀 ", 50), "😀")
	f.Fuzz(func(t *testing.T, house, name, code string) {
		for _, s := range []string{house, name, code} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\n\x00") {
				t.Skip()
			}
		}
		if strings.TrimSpace(code) == "" {
			t.Skip()
		}
		h := testHouse(t)
		h.Name = house
		h.ShiftTypes[0].Name, h.ShiftTypes[0].Code = name, code
		for i := range h.Plan.Assignments {
			if h.Plan.Assignments[i].Shift == "V" {
				h.Plan.Assignments[i].Shift = code
			}
		}
		s := export(t, h, 3, window, exportTime)
		checkLines(t, s)
		cal, err := ics.ParseCalendar(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		want := summary(h, code)
		found := false
		for _, e := range cal.Events() {
			if p := e.GetProperty(ics.ComponentPropertySummary); p != nil && p.Value == want {
				found = true
			}
		}
		if !found {
			t.Errorf("summary %q does not read back", want)
		}
	})
}

func BenchmarkExport(b *testing.B) {
	h := testHouse(b)
	for d := roster.NewDate(2026, 1, 1); d < roster.NewDate(2027, 1, 1); d++ {
		h.Plan.Assignments = append(h.Plan.Assignments, roster.Assignment{Member: 3, Date: d, Shift: "V"})
	}
	w := roster.Window{From: roster.NewDate(2026, 1, 1), To: roster.NewDate(2026, 12, 31)}
	for b.Loop() {
		var buf bytes.Buffer
		if err := Export(&buf, h, 3, w, exportTime); err != nil {
			b.Fatal(err)
		}
	}
}
