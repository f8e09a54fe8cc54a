package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// Issue 19, bug 11: a second start over the same roster asks the first for
// its window and ends (exit 0, a line saying so); the first one's raise
// runs. Another roster file is another app.
func TestSecondStartRaisesFirst(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "huisrooster.db")
	var raised atomic.Int32
	var out, errb bytes.Buffer
	first, done := claimWindow(db, func() { raised.Add(1) }, &out, &errb)
	if first == nil || done {
		t.Fatalf("first start: claim %v, done %v, %s", first, done, errb.String())
	}
	defer first.Close()
	second, done := claimWindow(db, func() { t.Error("the second start was raised") }, &out, &errb)
	if second != nil || !done {
		t.Fatalf("second start: claim %v, done %v, %s", second, done, errb.String())
	}
	for deadline := time.Now().Add(5 * time.Second); raised.Load() == 0 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if raised.Load() != 1 {
		t.Errorf("first window raised %d times, want 1", raised.Load())
	}
	if !strings.Contains(out.String(), "al open") || errb.Len() != 0 {
		t.Errorf("second start said %q / %q", out.String(), errb.String())
	}
	other, done := claimWindow(filepath.Join(dir, "ander.db"), func() {}, &out, &errb)
	if other == nil || done {
		t.Fatalf("another roster: claim %v, done %v", other, done)
	}
	other.Close()
}
