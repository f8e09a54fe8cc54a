package main

import (
	"strings"
	"testing"
)

// A command that reads a house and gets no source names all three choices.
func TestNoHouseSourceNamesAllThree(t *testing.T) {
	var out, errb strings.Builder
	if code := run([]string{"check"}, &out, &errb); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	for _, flag := range []string{"--db", "--file", "--demo"} {
		if !strings.Contains(errb.String(), flag) {
			t.Errorf("message %q does not name %s", errb.String(), flag)
		}
	}
}
