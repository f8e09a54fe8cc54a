package curtois

import (
	"bytes"
	"strings"
	"testing"
)

func tinyInstance(t *testing.T) *Instance {
	t.Helper()
	in, err := Parse(strings.NewReader(tiny))
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// work returns a roster of in with the given "employee:shift:day,day" cells.
func work(t *testing.T, in *Instance, cells ...string) Roster {
	t.Helper()
	r := NewRoster(in)
	for _, c := range cells {
		parts := strings.Split(c, ":")
		e, _ := in.StaffIndex(parts[0])
		s, _ := in.ShiftIndex(parts[1])
		for _, d := range strings.Split(parts[2], ",") {
			var day int
			for _, ch := range d {
				day = day*10 + int(ch-'0')
			}
			r[e][day] = s
		}
	}
	return r
}

func TestEvaluate(t *testing.T) {
	in := tinyInstance(t)
	tests := []struct {
		name      string
		cells     []string
		objective int
		want      []string // substrings of the violations, in order; none = feasible
	}{
		{"feasible, on request met", []string{"A:E:1,2"}, 200, nil},
		{"off request met, partial cover", []string{"A:E:1,2", "B:L:1,3"}, 100 + 50 + 3, nil},
		{"on request unmet by other shift", []string{"A:L:1,2"}, 100 + 50 + 2, nil},
		{"day off and cannot follow", []string{"A:E:0,2", "A:L:1"}, 0 + 50, []string{"day off 0", "E on day 2 may not follow L"}},
		{"max consecutive and min consecutive", []string{"A:E:1,2,3,4,5,6,12"}, 200, []string{"6 working days in a row from day 1", "only 1 working days in a row from day 12", "2 weekends worked"}},
		{"min days off", []string{"A:E:1,2,4,5"}, 200, []string{"only 1 days off in a row from day 3"}},
		{"weekends", []string{"A:E:5,6,11,12"}, 200 + 2, []string{"2 weekends worked, max 1"}},
		{"max shifts per type", []string{"A:E:1,2", "B:L:0,2,4,6"}, 100 + 100, []string{"4 times L, max 3"}},
		{"never shift and min minutes", []string{"A:E:1", "B:E:3"}, 200 + 2, []string{"only 1 working days", "480 minutes", "1 times E, max 0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := Evaluate(in, work(t, in, tt.cells...))
			if err != nil {
				t.Fatal(err)
			}
			if rep.Objective != tt.objective {
				t.Errorf("objective %d, want %d", rep.Objective, tt.objective)
			}
			if len(rep.Violations) != len(tt.want) {
				t.Fatalf("violations %q, want %d matching %q", rep.Violations, len(tt.want), tt.want)
			}
			for _, w := range tt.want {
				found := false
				for _, v := range rep.Violations {
					found = found || strings.Contains(v, w)
				}
				if !found {
					t.Errorf("no violation contains %q: %q", w, rep.Violations)
				}
			}
			if rep.Feasible() != (len(tt.want) == 0) {
				t.Errorf("Feasible() = %v", rep.Feasible())
			}
		})
	}
}

func TestSolutionRoundTrip(t *testing.T) {
	in := tinyInstance(t)
	r := work(t, in, "A:E:1,2", "B:L:3,5")
	var buf bytes.Buffer
	if err := WriteSolution(&buf, in, r); err != nil {
		t.Fatal(err)
	}
	want := "employee,day,shift\nA,1,E\nA,2,E\nB,3,L\nB,5,L\n"
	if buf.String() != want {
		t.Fatalf("written %q, want %q", buf.String(), want)
	}
	back, err := ReadSolution(strings.NewReader(strings.ReplaceAll(want, "\n", "\r\n")), in)
	if err != nil {
		t.Fatal(err)
	}
	for e := range r {
		for d := range r[e] {
			if r[e][d] != back[e][d] {
				t.Fatalf("cell %d,%d: %d back as %d", e, d, r[e][d], back[e][d])
			}
		}
	}
	for _, bad := range []string{"A,1,E\nA,1,L\n", "Q,1,E\n", "A,14,E\n", "A,1,X\n", "A,1\n"} {
		if _, err := ReadSolution(strings.NewReader(bad), in); err == nil {
			t.Errorf("ReadSolution(%q): no error", bad)
		}
	}
}
