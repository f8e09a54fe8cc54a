package curtois

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchDir holds the original instances (read-only): the shared/ folder that
// sits beside the repository (four levels up from this package), or the
// folder named by HUISROOSTER_BENCH_DIR.
var benchDir = findBenchDir()

func findBenchDir() string {
	if d := os.Getenv("HUISROOSTER_BENCH_DIR"); d != "" {
		return d
	}
	for _, d := range []string{filepath.Join("..", "..", "..", "..", "shared", "bench", "curtois"), "/work/shared/bench/curtois"} {
		if _, err := os.Stat(filepath.Join(d, "Instance1.txt")); err == nil {
			return d
		}
	}
	return filepath.Join("..", "..", "..", "..", "shared", "bench", "curtois")
}

const tiny = `# tiny
SECTION_HORIZON
14

SECTION_SHIFTS
# ShiftID, Length in mins, Shifts which cannot follow this shift | separated
E,480,
L,480,E

SECTION_STAFF
A,E=14|L=14,4320,960,5,2,2,1
B,E=0|L=3,2160,0,3,1,1,2

SECTION_DAYS_OFF
A,0,13
B,

SECTION_SHIFT_ON_REQUESTS
A,2,E,2

SECTION_SHIFT_OFF_REQUESTS
B,3,L,3

SECTION_COVER
0,E,1,100,1
1,L,2,50,2
`

func TestParseTiny(t *testing.T) {
	for _, eol := range []string{"\n", "\r\n"} {
		in, err := Parse(strings.NewReader(strings.ReplaceAll(tiny, "\n", eol)))
		if err != nil {
			t.Fatalf("eol %q: %v", eol, err)
		}
		if in.Horizon != 14 || len(in.Shifts) != 2 || len(in.Staff) != 2 {
			t.Fatalf("eol %q: got horizon %d, %d shifts, %d staff", eol, in.Horizon, len(in.Shifts), len(in.Staff))
		}
		if got := in.Shifts[1].CannotFollow; len(got) != 1 || got[0] != "E" {
			t.Errorf("L cannot follow = %q", got)
		}
		if len(in.Shifts[0].CannotFollow) != 0 {
			t.Errorf("E cannot follow = %q, want none", in.Shifts[0].CannotFollow)
		}
		b := in.Staff[1]
		if b.MaxShifts["E"] != 0 || b.MaxShifts["L"] != 3 || b.MaxTotalMinutes != 2160 || b.MaxWeekends != 2 || b.MinConsecutiveDaysOff != 1 {
			t.Errorf("staff B = %+v", b)
		}
		if got := in.DaysOff[0]; len(got) != 2 || got[0] != 0 || got[1] != 13 {
			t.Errorf("days off A = %v", got)
		}
		if len(in.DaysOff[1]) != 0 {
			t.Errorf("days off B = %v, want none", in.DaysOff[1])
		}
		if len(in.OnRequests) != 1 || in.OnRequests[0] != (Request{"A", 2, "E", 2}) {
			t.Errorf("on requests = %+v", in.OnRequests)
		}
		if len(in.OffRequests) != 1 || in.OffRequests[0] != (Request{"B", 3, "L", 3}) {
			t.Errorf("off requests = %+v", in.OffRequests)
		}
		if len(in.Cover) != 2 || in.Cover[1] != (Cover{1, "L", 2, 50, 2}) {
			t.Errorf("cover = %+v", in.Cover)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, from, to, want string
	}{
		{"unknown section", "SECTION_COVER", "SECTION_FOO", "unknown section"},
		{"unknown shift in cover", "1,L,2,50,2", "1,X,2,50,2", `unknown shift "X"`},
		{"unknown cannot-follow", "L,480,E", "L,480,Q", `unknown shift "Q"`},
		{"unknown employee", "A,2,E,2", "Z,2,E,2", `unknown employee "Z"`},
		{"day outside horizon", "A,0,13", "A,0,14", "outside the horizon"},
		{"negative weight", "B,3,L,3", "B,3,L,-3", "integer ≥ 0"},
		{"few fields", "0,E,1,100,1", "0,E,1,100", "expects 5 fields"},
		{"duplicate shift", "L,480,E", "E,480,", `shift "E" appears twice`},
		{"duplicate staff", "B,E=0|L=3", "A,E=0|L=3", `employee "A" appears twice`},
		{"bad max shifts", "E=14|L=14", "E14|L=14", "not SHIFT=max"},
		{"duplicate cover", "1,L,2,50,2", "0,E,2,50,2", "already given"},
		{"horizon zero", "\n14\n", "\n0\n", "not between 1"},
		{"no staff section", "SECTION_STAFF", "SECTION_FOO", "unknown section"},
		{"data before section", "# tiny", "14", "before the first section"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(tiny, tt.from, tt.to, 1)
			if src == tiny {
				t.Fatalf("replacement %q not applied", tt.from)
			}
			_, err := Parse(strings.NewReader(src))
			if err == nil {
				t.Fatalf("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), " / ") {
				t.Errorf("error %q is not bilingual", err)
			}
		})
	}
	src := strings.Replace(tiny, "SECTION_STAFF\nA,E=14|L=14,4320,960,5,2,2,1\nB,E=0|L=3,2160,0,3,1,1,2\n", "", 1)
	if _, err := Parse(strings.NewReader(src)); err == nil || !strings.Contains(err.Error(), "SECTION_STAFF is missing") {
		t.Errorf("missing staff section: error %v", err)
	}
}

// TestParseBenchmarkFiles parses every original instance and checks the
// sizes against the README table.
func TestParseBenchmarkFiles(t *testing.T) {
	want := map[string][3]int{ // days, staff, shift types
		"Instance1": {14, 8, 1}, "Instance2": {14, 14, 2}, "Instance3": {14, 20, 3},
		"Instance4": {28, 10, 2}, "Instance5": {28, 16, 2}, "Instance6": {28, 18, 3},
		"Instance7": {28, 20, 3}, "Instance9": {28, 36, 4}, "Instance10": {28, 40, 5},
		"Instance11": {28, 50, 6},
	}
	for name, w := range want {
		in := loadInstance(t, name)
		if in.Horizon != w[0] || len(in.Staff) != w[1] || len(in.Shifts) != w[2] {
			t.Errorf("%s: %d days, %d staff, %d shifts; want %v", name, in.Horizon, len(in.Staff), len(in.Shifts), w)
		}
		if len(in.Cover) != in.Horizon*len(in.Shifts) {
			t.Errorf("%s: %d cover lines, want %d", name, len(in.Cover), in.Horizon*len(in.Shifts))
		}
	}
}

func loadInstance(tb testing.TB, name string) *Instance {
	tb.Helper()
	f, err := os.Open(filepath.Join(benchDir, name+".txt"))
	if err != nil {
		tb.Skipf("benchmark instance not available: %v", err)
	}
	defer f.Close()
	in, err := Parse(f)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return in
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(tiny))
	f.Add([]byte(strings.ReplaceAll(tiny, "\n", "\r\n")))
	if b, err := os.ReadFile(filepath.Join(benchDir, "Instance2.txt")); err == nil {
		f.Add(b)
	}
	f.Add([]byte("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,1,D|D\nSECTION_STAFF\nA,,0,0,0,0,0,0\n"))
	f.Add([]byte(strings.Replace(tiny, "E,480,", "E,9223372036854775807,", 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := Parse(bytes.NewReader(data))
		if err != nil {
			if in != nil {
				t.Fatalf("instance and error both returned")
			}
			return
		}
		// A parsed instance must be evaluable and writable without panics.
		r := NewRoster(in)
		rep, err := Evaluate(in, r)
		if err != nil {
			t.Fatalf("evaluate all-off roster: %v", err)
		}
		// No sum overflows: every objective is a sum of non-negative
		// terms, for the all-off roster and for everyone on the longest
		// shift every day.
		full := NewRoster(in)
		longest := 0
		for i, s := range in.Shifts {
			if s.Minutes > in.Shifts[longest].Minutes {
				longest = i
			}
		}
		for e := range full {
			for d := range full[e] {
				full[e][d] = longest
			}
		}
		repFull, err := Evaluate(in, full)
		if err != nil {
			t.Fatalf("evaluate full roster: %v", err)
		}
		if rep.Objective < 0 || repFull.Objective < 0 {
			t.Fatalf("objective overflowed: %d, %d", rep.Objective, repFull.Objective)
		}
		for _, s := range in.Shifts {
			if s.Minutes > maxShiftMinutes {
				t.Fatalf("shift %s of %d minutes accepted", s.ID, s.Minutes)
			}
		}
		var buf bytes.Buffer
		if err := WriteSolution(&buf, in, r); err != nil {
			t.Fatal(err)
		}
	})
}

// TestParseRefusesHugeNumbers: numbers that would overflow a sum of the
// evaluator or the planner are refused with a line number, not wrapped
// around into a negative objective (a false "proven optimal").
func TestParseRefusesHugeNumbers(t *testing.T) {
	for name, c := range map[string]struct{ old, new string }{
		"shift length at the int64 limit": {"E,480,", "E,9223372036854775807,"},
		"shift longer than a day":         {"E,480,", "E,1441,"},
		"total minutes":                   {"A,E=14|L=14,4320,", "A,E=14|L=14,999999999999,"},
		"max shifts":                      {"A,E=14|L=14", "A,E=99999999|L=14"},
	} {
		t.Run(name, func(t *testing.T) {
			src := strings.Replace(tiny, c.old, c.new, 1)
			if src == tiny {
				t.Fatalf("fixture has no %q", c.old)
			}
			in, err := Parse(strings.NewReader(src))
			if err == nil || in != nil {
				t.Fatalf("accepted: %v", err)
			}
			if !strings.Contains(err.Error(), "te groot") || !strings.Contains(err.Error(), "too large") {
				t.Errorf("message not bilingual about the size: %v", err)
			}
		})
	}
	if _, err := Parse(strings.NewReader(strings.Replace(tiny, "E,480,", "E,1440,", 1))); err != nil {
		t.Errorf("a shift of a whole day refused: %v", err)
	}
}
