package plan

import (
	"sync"
	"testing"
	"time"
)

// TestPausedColumnStageSleeps: while the column stage is paused, the
// goroutines waiting in its stop check stay asleep until a turn or the end
// wakes them; they do not wake each other (before, each woke the next, and
// a paused stage kept a core busy: about 10⁵ wake-ups a second). A turn
// then lets them run and pauses them again, and the end lets them go.
func TestPausedColumnStageSleeps(t *testing.T) {
	c := &columnRunner{done: make(chan struct{}), paused: true}
	c.cond = sync.NewCond(&c.mu)
	var wg sync.WaitGroup
	calls := make([]int, 3)
	for k := range calls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !c.stop(func() bool { return false }) {
				calls[k]++
			}
		}()
	}
	// All three parked (polling parked, as turn does).
	for {
		c.mu.Lock()
		p := c.parked
		c.mu.Unlock()
		if p {
			break
		}
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	c.mu.Lock()
	wakes := c.wakes
	c.mu.Unlock()
	if wakes > 0 {
		t.Errorf("%d wake-ups while paused and nobody woke them", wakes)
	}
	c.mu.Lock() // end's first half (its second waits for the stage's goroutine)
	c.quit = true
	c.cond.Broadcast()
	c.mu.Unlock()
	wg.Wait()
	if c.wakes > len(calls) {
		t.Errorf("the end took %d wake-ups for %d goroutines", c.wakes, len(calls))
	}
}
