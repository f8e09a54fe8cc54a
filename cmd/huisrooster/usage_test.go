package main

import (
	"strings"
	"testing"
)

// TestUsageLeavesOutDevCommands: the user's usage text (-h, help, an
// unknown command) lists every user command and not bench, which still
// runs for developers.
func TestUsageLeavesOutDevCommands(t *testing.T) {
	var b strings.Builder
	usage(&b)
	text := b.String()
	for name := range commands() {
		listed := strings.Contains(text, "\n  "+name+" ")
		if devCommand(name) && listed {
			t.Errorf("usage lists the developers' command %q:\n%s", name, text)
		}
		if !devCommand(name) && !listed {
			t.Errorf("usage does not list %q:\n%s", name, text)
		}
	}
	if _, ok := commands()["bench"]; !ok || !devCommand("bench") {
		t.Error("bench is not a developers' command")
	}
	for _, args := range [][]string{{"-h"}, {"help"}} {
		if code, out, _ := runCmd(args...); code != exitOK || strings.Contains(out, "bench") {
			t.Errorf("%q: exit %d, mentions bench: %v", args, code, strings.Contains(out, "bench"))
		}
	}
	if code, _, errs := runCmd("gibtsnicht"); code != exitUsage || strings.Contains(errs, "bench") {
		t.Errorf("unknown command: exit %d, usage mentions bench: %v", code, strings.Contains(errs, "bench"))
	}
	code, _, errs := runCmd("bench", "-h")
	if code != exitOK || !strings.Contains(errs, "bench curtois") {
		t.Errorf("bench -h: exit %d, %q", code, errs)
	}
}
