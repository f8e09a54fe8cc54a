package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/huisrooster/huisrooster/roster/plan/curtois"
)

const benchInstance = `SECTION_HORIZON
7

SECTION_SHIFTS
D,480,

SECTION_STAFF
A,D=7,2400,960,5,2,2,1
B,D=7,2400,960,5,2,2,1

SECTION_DAYS_OFF
A,0

SECTION_SHIFT_ON_REQUESTS
B,0,D,5

SECTION_SHIFT_OFF_REQUESTS

SECTION_COVER
0,D,1,100,1
1,D,2,100,1
2,D,2,100,1
3,D,1,100,1
4,D,1,100,1
5,D,0,100,1
6,D,0,100,1
`

func TestBenchCurtois(t *testing.T) {
	dir := t.TempDir()
	inst := filepath.Join(dir, "tiny.txt")
	if err := os.WriteFile(inst, []byte(strings.ReplaceAll(benchInstance, "\n", "\r\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	sol := filepath.Join(dir, "sol.csv")
	var stdout, stderr bytes.Buffer
	code := run([]string{"bench", "curtois", inst, "--seconds", "0.2", "--seed", "3", "-o", sol}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr.String())
	}
	first, _, _ := strings.Cut(stdout.String(), "\n")
	claimed, err := strconv.Atoi(strings.TrimPrefix(first, "objective "))
	if err != nil {
		t.Fatalf("first line %q is not \"objective N\"", first)
	}
	// Re-read the written solution and evaluate it independently.
	f, err := os.Open(inst)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	in, err := curtois.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	sf, err := os.Open(sol)
	if err != nil {
		t.Fatal(err)
	}
	defer sf.Close()
	r, err := curtois.ReadSolution(sf, in)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := curtois.Evaluate(in, r)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Feasible() || rep.Objective != claimed {
		t.Errorf("solution file: objective %d, violations %q; printed %d", rep.Objective, rep.Violations, claimed)
	}
	// Optimum: A works days 1-2 (+ more), B covers day 0 as requested; no
	// under-cover is needed, so the objective is small.
	if claimed > 2 {
		t.Errorf("objective %d, want at most 2 on this tiny instance", claimed)
	}
}

func TestBenchBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("SECTION_HORIZON\nzeven\n"), 0o644)
	for _, args := range [][]string{
		{"bench"},
		{"bench", "other", bad},
		{"bench", "curtois", filepath.Join(dir, "missing.txt")},
		{"bench", "curtois", bad, "--seconds", "1"},
		{"bench", "curtois", bad, "--seconds", "0"},
	} {
		var stdout, stderr bytes.Buffer
		want := exitUsage
		if strings.HasSuffix(args[len(args)-1], "missing.txt") {
			want = exitNotFound
		}
		if code := run(args, &stdout, &stderr); code != want {
			t.Errorf("%q: exit %d, want %d (stderr %s)", args, code, want, stderr.String())
		}
	}
}

// TestBenchGeneratedAndVerbose solves a generated shape with -v: the run
// passes the evaluator, progress lines name best, bound and stage, and a
// malformed shape is bad input.
func TestBenchGeneratedAndVerbose(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"bench", "curtois", "gen:t3-w2-s5-tight:2", "--seconds", "0.5", "-v"}, &stdout, &stderr)
	if code != 0 || !strings.HasPrefix(stdout.String(), "objective ") {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout.String(), stderr.String())
	}
	// The reference of a generated instance: its planted roster, which the
	// planner's roster must not be worse than in this easy shape.
	var obj, planted int
	if _, err := fmt.Sscanf(stdout.String(), "objective %d", &obj); err != nil {
		t.Fatalf("objective: %v in %q", err, stdout.String())
	}
	i := strings.Index(stdout.String(), "planted roster ")
	if i < 0 {
		t.Fatalf("no planted roster line: %q", stdout.String())
	}
	if _, err := fmt.Sscanf(stdout.String()[i:], "planted roster %d", &planted); err != nil || obj > planted {
		t.Errorf("planted roster %d (%v), planner %d", planted, err, obj)
	}
	for _, want := range []string{"beste/best", "ondergrens/bound", "fase/stage"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("progress lacks %q: %s", want, stderr.String())
		}
	}
	stderr.Reset()
	if code := run([]string{"bench", "curtois", "gen:t3-w2-5-tight", "--seconds", "1"}, &stdout, &stderr); code != 2 ||
		!strings.Contains(stderr.String(), "unknown shape") {
		t.Errorf("bad shape: exit %d, stderr %q", code, stderr.String())
	}
}

// TestBenchScriptListsGeneratedShapes: scripts/bench-curtois.sh's
// "generated" runs exactly the fixed set curtois.GeneratedShapes that the
// docs report beside the public instances.
func TestBenchScriptListsGeneratedShapes(t *testing.T) {
	script, err := os.ReadFile(filepath.Join("..", "..", "scripts", "bench-curtois.sh"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(script), `GENERATED="`)
	list, _, ok2 := strings.Cut(rest, `"`)
	if !ok || !ok2 {
		t.Fatal(`bench-curtois.sh has no GENERATED="..." list`)
	}
	var want []string
	for _, sh := range curtois.GeneratedShapes {
		want = append(want, sh.String())
	}
	if got := strings.Fields(list); !slices.Equal(got, want) {
		t.Errorf("the script runs %v, curtois.GeneratedShapes is %v", got, want)
	}
}
