package publish

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestDebouncer: a burst of triggers runs once; Flush runs a pending run at
// once; a trigger while running runs once more after it; Stop cancels.
func TestDebouncer(t *testing.T) {
	var runs atomic.Int32
	d := NewDebouncer(time.Hour, func() { runs.Add(1) })
	for range 5 {
		d.Trigger()
	}
	if runs.Load() != 0 {
		t.Fatal("ran before the delay")
	}
	d.Flush()
	if n := runs.Load(); n != 1 {
		t.Fatalf("a burst of 5 triggers ran %d times, want 1", n)
	}
	d.Flush()
	if n := runs.Load(); n != 1 {
		t.Fatalf("Flush without a trigger ran: %d", n)
	}

	// A trigger while running: one more run after it, never two at once.
	var busy atomic.Int32
	release := make(chan struct{})
	started := make(chan struct{}, 4)
	var count atomic.Int32
	var once sync.Once
	d2 := NewDebouncer(time.Millisecond, func() {
		if busy.Add(1) > 1 {
			t.Error("runs overlap")
		}
		count.Add(1)
		started <- struct{}{}
		once.Do(func() { <-release })
		busy.Add(-1)
	})
	d2.Trigger()
	<-started
	d2.Trigger()
	d2.Trigger()
	close(release)
	<-started
	d2.Flush()
	if n := count.Load(); n != 2 {
		t.Errorf("%d runs, want 2 (one, then one for the triggers during it)", n)
	}

	d.Trigger()
	d.Stop()
	d.Trigger()
	d.Flush()
	if n := runs.Load(); n != 1 {
		t.Errorf("ran after Stop: %d", n)
	}
}
