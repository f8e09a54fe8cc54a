package plan

import (
	"sync"
	"time"
)

// The column stage's share of the clock follows what it pays.
//
// The column stage runs as long as it keeps improving the best or the
// bound, stallFor at least (colTurn). After its dive by rows the column
// stage's improvements are the neighbourhoods' small steps (Instance8:
// 1406 → 1404 in a 12-s turn, Instance9: 451 → 448 in 11 s), each of which
// restarts its stall clock, while the chains on the annealing's new starts
// paid 50–100 times as much per second (Instance8: 1687 → 1480 in 3.3 s):
// the column stage held 39–48 s of a 60-s run. And before the dive has
// delivered anything, a turn without a better best or bound counted as
// idle, so the dive that pays most on Instance12 (its rows reach 4041 from
// 4537) shrank and sat out rounds while the stages that could not pay there
// took the clock.
//
// So the schedule keeps, per round, the gain (fall of the best) and the
// time of the column stage and of the other stages together, as decaying
// sums (half per round), counted from the end of the dive by rows (the
// first chains' big steps before it would otherwise outweigh for many
// rounds a column stage that is the only one still paying: Instance7's
// neighbourhoods, 1061 → 1056 at 60 s). After the dive, a column turn that
// pays less per second than the rest is capped at the rest's last round
// times the ratio of the two rates (at least a quarter, at most once the
// rest's round; never below colMinTurn): the stage keeps its work and
// resumes where it stopped. While the dive runs its turns never count as
// idle (and in a round where the other stages paid nothing its stall limit
// is doubled), nor while its root LP converges (Instance12's root takes
// 12 s of CPU) when the other stages paid nothing in their last round. So
// a dry stretch goes to the stage that works toward a roster of its own,
// and a stage that pays (Instance13's chains, kicked) keeps the clock from
// a column stage that never converges.

// colMinTurn is the shortest capped column turn.
const colMinTurn = time.Second

// payDecay is the weight of the earlier rounds in the pay rates.
const payDecay = 0.5

// payShare holds the decaying gains and times of the column stage and of
// the other stages.
type payShare struct {
	colGain, colSpent   float64
	restGain, restSpent float64
	// round: the other stages' gain and time in the current round.
	roundGain  int64
	roundSpent time.Duration
	// lastRest is the other stages' time in the last full round,
	// lastGain their gain in it.
	lastRest time.Duration
	lastGain int64
	// rounds counts the full rounds.
	rounds int
}

// rest books a turn of a stage other than the columns.
func (p *payShare) rest(gain int64, spent time.Duration) {
	p.roundGain += max(gain, 0)
	p.roundSpent += spent
}

// endRound closes a round of the other stages.
func (p *payShare) endRound() {
	p.restGain = p.restGain*payDecay + float64(p.roundGain)
	p.restSpent = p.restSpent*payDecay + p.roundSpent.Seconds()
	p.lastRest, p.lastGain = p.roundSpent, p.roundGain
	p.roundGain, p.roundSpent = 0, 0
	p.rounds++
}

// restart forgets the gains and times so far (not the last round): the
// rates compare the stages from here on.
func (p *payShare) restart() {
	p.colGain, p.colSpent, p.restGain, p.restSpent = 0, 0, 0, 0
}

// columns books a turn of the column stage.
func (p *payShare) columns(gain int64, spent time.Duration) {
	p.colGain = p.colGain*payDecay + float64(max(gain, 0))
	p.colSpent = p.colSpent*payDecay + spent.Seconds()
}

// colCap returns how long the next column turn may last at most, or 0 for
// no cap: none while the column stage pays at least as much per second as
// the rest (or nothing is known yet).
func (p *payShare) colCap() time.Duration {
	if p.lastRest <= 0 || p.colSpent <= 0 || p.restSpent <= 0 {
		return 0
	}
	colRate, restRate := p.colGain/p.colSpent, p.restGain/p.restSpent
	if colRate >= restRate {
		return 0
	}
	share := max(colRate/restRate, 0.25)
	return max(time.Duration(share*float64(p.lastRest)), colMinTurn)
}

// diveState tells the schedule where the column stage's first dive is; it
// is set on the column stage's goroutine.
type diveState struct {
	mu            sync.Mutex
	diving, dived bool
}

func (d *diveState) set(diving bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.diving = diving
	if !diving {
		d.dived = true
	}
}

// get returns whether the first dive runs and whether it has ended.
func (d *diveState) get() (diving, dived bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.diving, d.dived
}
