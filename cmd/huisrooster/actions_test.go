package main

import (
	"slices"
	"testing"
)

func TestActionFirst(t *testing.T) {
	acts := []string{"list", "request"}
	for _, c := range []struct{ in, want []string }{
		{nil, nil},
		{[]string{"list", "--db", "x"}, []string{"list", "--db", "x"}},
		{[]string{"--db", "x", "request", "--member", "Zoë"}, []string{"request", "--db", "x", "--member", "Zoë"}},
		{[]string{"--db", "x"}, []string{"--db", "x"}},
		{[]string{"bogus", "--db", "x"}, []string{"bogus", "--db", "x"}},
	} {
		if got := actionFirst(c.in, acts...); !slices.Equal(got, c.want) {
			t.Errorf("actionFirst(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
