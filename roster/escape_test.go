package roster

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestEscapeHidden: characters that hide or reorder text become visible
// escapes; ordinary text, accents included, stays as it is.
func TestEscapeHidden(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Anna de Vries", "Anna de Vries"},
		{"Ünal Çelik", "Ünal Çelik"},
		{"Anna\u202eseirV", `Anna\u202EseirV`},
		{"Anna\nde Vries", `Anna\u000Ade Vries`},
		{"a\x00b\tc", `a\u0000b\u0009c`},
		{"x\u2066y\u200fz", `x\u2066y\u200Fz`},
		{"bad\xffbyte", `bad\xFFbyte`},
		{"nel\u0085", `nel\u0085`},
	}
	for _, c := range cases {
		if got := EscapeHidden(c.in); got != c.want {
			t.Errorf("EscapeHidden(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestEscapeHiddenJSON: the escaped JSON has no hidden character left and
// decodes to the same values.
func TestEscapeHiddenJSON(t *testing.T) {
	v := map[string]string{"old": "Anna\u202e de\u0085 Vries\n", "new": "Anna de Vries"}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	out := EscapeHiddenJSON(b)
	if strings.ContainsAny(string(out), "\u202e\u0085") || !strings.Contains(string(out), `\u202e`) {
		t.Errorf("escaped JSON still hides: %s", out)
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["old"] != v["old"] || back["new"] != v["new"] {
		t.Errorf("escaped JSON decodes to %q, %v", back, err)
	}
}
