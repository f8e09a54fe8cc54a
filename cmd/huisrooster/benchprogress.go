package main

import (
	"fmt"
	"io"
	"math"
	"sync"
	"time"

	"github.com/huisrooster/huisrooster/roster/plan"
)

// progressPrinter returns a progress callback for "bench curtois -v" that
// prints every report (best so far, bound, stage, elapsed) and, so that a
// stall is visible, the last state again every beat while nothing changes;
// stop ends the beat.
func progressPrinter(w io.Writer, beat time.Duration) (progress func(plan.Progress), stop func()) {
	var mu sync.Mutex
	var last plan.Progress
	seen := false
	start := time.Now()
	print := func(p plan.Progress, elapsed time.Duration) {
		bound := "-"
		if p.Bound != math.MinInt64 {
			bound = fmt.Sprint(p.Bound)
		}
		best := "-"
		if p.Feasible {
			best = fmt.Sprint(p.Best)
		}
		stage := p.Stage
		if stage == "" {
			stage = "einde/end"
		}
		fmt.Fprintf(w, "%8.3fs  beste/best %s  ondergrens/bound %s  fase/stage %s  (%d zetten/moves)\n",
			elapsed.Seconds(), best, bound, stage, p.Iterations)
	}
	progress = func(p plan.Progress) {
		mu.Lock()
		defer mu.Unlock()
		last, seen = p, true
		print(p, p.Elapsed)
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(beat)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				mu.Lock()
				if seen {
					print(last, time.Since(start))
				} else {
					fmt.Fprintf(w, "%8.3fs  nog geen rooster / no roster yet\n", time.Since(start).Seconds())
				}
				mu.Unlock()
			}
		}
	}()
	return progress, func() { close(done); <-finished }
}
