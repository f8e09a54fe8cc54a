package store

import (
	"os"
	"strings"
	"testing"
)

// TestParserBboltVersion: verify.go reads bbolt's pages itself (meta,
// branch, leaf, freelist layouts). A bbolt upgrade may change them without a
// compile error, so the test fails when the bbolt go.mod requires is not
// the release the parser was written against. (A test binary carries no
// dependency list in its build info, so go.mod is what it reads.)
func TestParserBboltVersion(t *testing.T) {
	const mod = "go.etcd.io/bbolt"
	const advice = "; read bbolt's page.go, meta.go and bucket.go of that release against the layouts in verify.go, then set parserBboltVersion"
	gomod, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	inGoMod := ""
	for _, line := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == mod {
			inGoMod = f[1]
		}
	}
	if inGoMod != parserBboltVersion {
		t.Errorf("go.mod requires %s %q, the page parser was written against %s%s", mod, inGoMod, parserBboltVersion, advice)
	}
}
