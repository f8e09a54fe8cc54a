package roster

import (
	"bytes"
	"strings"
	"testing"
)

func TestNameRule(t *testing.T) {
	for _, c := range []struct {
		name string
		ok   bool
		nl   string
	}{
		{"Anna de Vries", true, ""},
		{"Zoë Ötztal-Çelik", true, ""},
		{"محمد", true, ""}, // right-to-left script is fine, only the controls are not
		{strings.Repeat("a", MaxNameLen), true, ""},
		{strings.Repeat("é", MaxNameLen+1), false, "te lang"},
		{"Anna\x00", false, "stuurteken"},
		{"Anna\nBart", false, "stuurteken"},
		{"Anna\tBart", false, "stuurteken"},
		{"Anna \u202Eavon", false, "leesrichting"},
		{"\u2066Bart", false, "leesrichting"},
		{"Bart\u200F", false, "leesrichting"},
		{"\xff\xfe", false, "UTF-8"},
	} {
		nl, en, ok := NameProblem(c.name)
		if ok != c.ok || !strings.Contains(nl, c.nl) || (!ok && en == "") {
			t.Errorf("%q: ok %v %q / %q, want ok %v and %q", c.name, ok, nl, en, c.ok, c.nl)
		}
	}
	if got, err := CleanName("  Anna  "); err != nil || got != "Anna" {
		t.Errorf("CleanName trims: %q %v", got, err)
	}
	if _, err := CleanName(strings.Repeat("x", 10<<20)); err == nil || !strings.Contains(err.Error(), " / ") {
		t.Errorf("10 MB name: %v", err)
	}
}

// TestNameRuleInValidate: the validator (app forms, wizard, import) refuses
// the same names, and a house file's names are trimmed before.
func TestNameRuleInValidate(t *testing.T) {
	for _, bad := range []string{"Anna\u202E", "A\x00", strings.Repeat("x", 101), " Anna"} {
		h := testHouse()
		h.Members[0].Name = bad
		found := false
		for _, p := range Validate(h) {
			found = found || p.Field == "members[0].name"
		}
		if !found {
			t.Errorf("member name %q passes", bad)
		}
		h = testHouse()
		h.Name = bad
		found = false
		for _, p := range Validate(h) {
			found = found || p.Field == "name"
		}
		if !found {
			t.Errorf("house name %q passes", bad)
		}
	}
	h := testHouse()
	h.Members[0].Name = "  Anna  "
	var buf bytes.Buffer
	if err := EncodeHouseFile(&buf, h); err != nil {
		t.Fatal(err)
	}
	back, err := DecodeHouseFile(&buf)
	if err != nil || back.Members[0].Name != "Anna" {
		t.Fatalf("house file with a padded name: %v", err)
	}
	h.Members[0].Name = "Anna\u202Eavon"
	buf.Reset()
	EncodeHouseFile(&buf, h)
	if _, err := DecodeHouseFile(&buf); err == nil || !strings.Contains(err.Error(), "leesrichting") {
		t.Errorf("house file with a right-to-left override: %v", err)
	}
}

// TestHouseFileBOM: a house file saved with a UTF-8 byte order mark (as
// Notepad does) reads like one without.
func TestHouseFileBOM(t *testing.T) {
	var buf bytes.Buffer
	if err := EncodeHouseFile(&buf, testHouse()); err != nil {
		t.Fatal(err)
	}
	h, err := DecodeHouseFile(bytes.NewReader(append([]byte("\uFEFF"), buf.Bytes()...)))
	if err != nil || h.Name != testHouse().Name {
		t.Fatalf("BOM refused: %v", err)
	}
	// Only one, at the start.
	if _, err := DecodeHouseFile(bytes.NewReader(append([]byte("\uFEFF\uFEFF"), buf.Bytes()...))); err == nil {
		t.Error("two byte order marks accepted")
	}
}
