package main

import (
	"strings"
	"testing"
)

// TestEnFlag: --en, --en=true and --en=false choose the language of a
// command's text as the boolean option did, and -h still lists it the same.
func TestEnFlag(t *testing.T) {
	db := yearDB(t)
	base := []string{"year", "--db", db, "--year", "2028", "--today", "2027-03-01"}
	for _, c := range []struct {
		flags []string
		want  string
	}{
		{nil, "schoolvakanties"},
		{[]string{"--en"}, "school holidays"},
		{[]string{"--en=true"}, "school holidays"},
		{[]string{"--en=false"}, "schoolvakanties"},
	} {
		rc, out, errs := runOut(t, append(append([]string{}, base...), c.flags...)...)
		if rc != 0 || !strings.Contains(out, c.want) {
			t.Errorf("%v: rc %d, output without %q: %.200s %s", c.flags, rc, c.want, out, errs)
		}
	}
	if rc, _, errs := runOut(t, append(base, "--en=misschien")...); rc != exitUsage || !strings.Contains(errs, "true or false") {
		t.Errorf("--en=misschien: rc %d, %q", rc, errs)
	}
	_, _, help := runOut(t, "year", "-h")
	if !strings.Contains(help, "  -en\n    \ttekst in het Engels / text in English\n") {
		t.Errorf("year -h does not list -en as a plain switch:\n%s", help)
	}
}
