package plan

import "math"

// annealCycle is one annealing cycle: it cools geometrically from its start
// temperature to the worker's end temperature over its length in move
// attempts. The cycle is kept across runs, so a schedule that gives the
// annealing short turns (schedule.go) continues the cooling where the last
// turn stopped instead of starting hot again every turn (a turn shorter
// than a cycle then never left the hot start, where the search seldom
// holds a roster without violations and so records nothing).
//
// Reheating adapts to the instance: the next cycle starts at reheatFactor
// times the temperature of the cycle's last better solution (the coolest
// temperature that still paid), at most the worker's start temperature and
// at least twice its end temperature; a cycle that found nothing better
// starts the next one twice as hot (up to the start temperature). Both
// depend only on the trajectory, so a run with an iteration budget stays
// deterministic per seed.
type annealCycle struct {
	start, length int64   // first move attempt and length (length 0: not begun)
	t0            float64 // start temperature of this cycle
	impT          float64 // temperature of the last better solution in this cycle (0: none)
}

// reheatFactor is how much hotter than the last paying temperature the
// next cycle starts.
const reheatFactor = 4

// begin starts the first cycle at w's start temperature (once).
func (c *annealCycle) begin(w *worker) {
	if c.length == 0 {
		c.start, c.length, c.t0 = w.iter, w.cycleLen, w.t0
	}
}

// pos is how far iter is into the cycle (1 = its end).
func (c *annealCycle) pos(iter int64) float64 {
	return float64(iter-c.start) / float64(c.length)
}

// temp is the temperature at iter.
func (c *annealCycle) temp(iter int64, t1 float64) float64 {
	return c.t0 * math.Exp(math.Log(t1/c.t0)*c.pos(iter))
}

// improvedAt books a better solution found at temperature t.
func (c *annealCycle) improvedAt(t float64) {
	if c.length > 0 {
		c.impT = t
	}
}

// next starts the next cycle, twice as long (up to 16 times the first).
func (c *annealCycle) next(w *worker) {
	t0 := min(w.t0, 2*c.t0)
	if c.impT > 0 {
		t0 = min(w.t0, reheatFactor*c.impT)
	}
	c.t0 = max(t0, min(w.t0, 2*w.t1))
	c.start, c.length, c.impT = w.iter, min(2*c.length, 16*w.cycleLen), 0
}
