package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestRulesMap keeps docs/rules.md honest: every rule ID constant of this
// package has a row there, and every file, function and test a row names
// exists (the function in that file, the test in that test file).
func TestRulesMap(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "rules.md"))
	if err != nil {
		t.Fatal(err)
	}
	ids := ruleConstants(t)
	row := regexp.MustCompile("^\\| `([A-Z][A-Z-]+)` \\|")
	tick := regexp.MustCompile("`([^`]+)`")
	seen := map[string]bool{}
	for _, line := range strings.Split(string(doc), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		id := m[1]
		if !ids[id] {
			t.Errorf("docs/rules.md lists %s, which is no rule ID of package rules", id)
		}
		seen[id] = true
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) != 5 {
			t.Errorf("%s: %d cells, want 5 (ID, checks, source, code, test)", id, len(cells))
			continue
		}
		for _, cell := range cells[3:] {
			names := tick.FindAllStringSubmatch(cell, -1)
			if len(names) < 2 {
				t.Errorf("%s: %q names no file and function", id, cell)
				continue
			}
			file := names[0][1]
			decls := declsOf(t, file)
			for _, n := range names[1:] {
				if !decls[n[1]] {
					t.Errorf("%s: %s has no function %s", id, file, n[1])
				}
			}
		}
	}
	for id := range ids {
		if !seen[id] {
			t.Errorf("rule %s has no row in docs/rules.md", id)
		}
	}
}

// ruleConstants returns the values of the Rule* constants of finding.go.
func ruleConstants(t *testing.T) map[string]bool {
	f, err := parser.ParseFile(token.NewFileSet(), "finding.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if !strings.HasPrefix(n.Name, "Rule") || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					v, _ := strconv.Unquote(lit.Value)
					out[v] = true
				}
			}
		}
	}
	if len(out) < 20 {
		t.Fatalf("found %d rule IDs in finding.go; the parser lost them", len(out))
	}
	return out
}

// declsOf returns the names of the functions and methods declared in file.
func declsOf(t *testing.T, file string) map[string]bool {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Errorf("docs/rules.md names %s: %v", file, err)
		return nil
	}
	out := map[string]bool{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			out[fd.Name.Name] = true
		}
	}
	return out
}
