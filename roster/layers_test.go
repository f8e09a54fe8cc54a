package roster

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestLayers keeps the import graph the package docs promise: the model
// imports nothing of this module, rules only the model, the workflows
// (team) the model and rules, pay and demo only the model. The compiler
// forbids cycles; this test also forbids the shortcuts that would not be
// cycles (pay calling into the rule engine, rules into the workflows).
func TestLayers(t *testing.T) {
	const mod = "github.com/huisrooster/huisrooster/"
	allowed := map[string][]string{
		".":          nil,
		"rules":      {"roster"},
		"team":       {"roster", "roster/rules"},
		"pay":        {"roster"},
		"demo":       {"roster"},
		"rostertest": {"roster"},
	}
	for dir, want := range allowed {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, im := range af.Imports {
				p, _ := strconv.Unquote(im.Path.Value)
				if rest, ok := strings.CutPrefix(p, mod); ok && !slices.Contains(want, rest) {
					t.Errorf("%s imports %s; the package may import only %v of this module", f, rest, want)
				}
			}
		}
	}
}
