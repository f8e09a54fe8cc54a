package publish

import (
	"sync"
	"time"
)

// DefaultDelay is how long the app waits after the last change before it
// publishes: a burst of edits (a fill, a swap and its cover) publishes once.
const DefaultDelay = 5 * time.Second

// Debouncer runs fn once, delay after the last Trigger. Runs never overlap:
// a Trigger while fn runs schedules one more run after it. It is safe for
// use by several goroutines.
type Debouncer struct {
	mu      sync.Mutex
	delay   time.Duration
	fn      func()
	timer   *time.Timer
	running bool
	again   bool // triggered while running
	stopped bool
	idle    *sync.Cond
}

// NewDebouncer returns a debouncer of fn.
func NewDebouncer(delay time.Duration, fn func()) *Debouncer {
	d := &Debouncer{delay: delay, fn: fn}
	d.idle = sync.NewCond(&d.mu)
	return d
}

// Trigger (re)starts the wait: fn runs delay after the last Trigger.
func (d *Debouncer) Trigger() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.stopped {
		return
	}
	if d.running {
		d.again = true
		return
	}
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(d.delay, d.fire)
}

// Flush runs a pending fn now and waits until no run is going on.
func (d *Debouncer) Flush() {
	d.mu.Lock()
	pending := d.timer != nil && d.timer.Stop()
	d.timer = nil
	d.mu.Unlock()
	if pending {
		d.fire()
	}
	d.mu.Lock()
	for d.running {
		d.idle.Wait()
	}
	d.mu.Unlock()
}

// Stop cancels a pending run and waits for a running one; later Triggers
// do nothing.
func (d *Debouncer) Stop() {
	d.mu.Lock()
	d.stopped = true
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
	for d.running {
		d.idle.Wait()
	}
	d.mu.Unlock()
}

func (d *Debouncer) fire() {
	d.mu.Lock()
	if d.running || d.stopped {
		d.mu.Unlock()
		return
	}
	d.running, d.timer = true, nil
	d.mu.Unlock()
	for {
		d.fn()
		d.mu.Lock()
		if !d.again || d.stopped {
			d.running, d.again = false, false
			d.idle.Broadcast()
			d.mu.Unlock()
			return
		}
		d.again = false
		d.mu.Unlock()
	}
}
