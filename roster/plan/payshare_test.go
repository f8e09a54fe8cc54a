package plan

import (
	"math/rand/v2"
	"testing"
	"time"
)

// TestPayShareCap: the column stage's turn is capped only when it pays less
// per second than the other stages, then in proportion to the two rates,
// within a quarter and the whole of the rest's last round (never below
// colMinTurn).
func TestPayShareCap(t *testing.T) {
	type turn struct {
		col        bool
		gain       int64
		spent      time.Duration
		endOfRound bool
	}
	s := time.Second
	cases := []struct {
		name  string
		turns []turn
		want  time.Duration
	}{
		{"nothing known yet", nil, 0},
		{"no column turn yet", []turn{{false, 100, 3 * s, true}}, 0},
		{"no rest round yet", []turn{{true, 10, 10 * s, false}}, 0},
		{"columns pay more", []turn{{false, 10, 4 * s, true}, {true, 100, 10 * s, false}}, 0},
		{"columns pay equally", []turn{{false, 40, 4 * s, true}, {true, 100, 10 * s, false}}, 0},
		// rest 100/4 s = 25/s, columns 100/10 s = 10/s: 0.4 of the 4-s round.
		{"columns pay less", []turn{{false, 100, 4 * s, true}, {true, 100, 10 * s, false}}, 1600 * time.Millisecond},
		// Columns pay nothing: a quarter of the round, but colMinTurn at least.
		{"columns idle, short round", []turn{{false, 100, 2 * s, true}, {true, 0, 10 * s, false}}, colMinTurn},
		{"columns idle, long round", []turn{{false, 100, 8 * s, true}, {true, 0, 10 * s, false}}, 2 * s},
		// The rest paid in an earlier round only: its rate decays by its
		// time and gain alike, so it still counts; the cap is a quarter
		// of the last (idle) round.
		{"rest paid earlier", []turn{{false, 100, 4 * s, true}, {true, 0, 10 * s, false}, {false, 0, 8 * s, true}}, 2 * s},
		// The chains and the annealing of one round add up.
		{"rest's turns add up", []turn{{false, 60, 1 * s, false}, {false, 40, 3 * s, true}, {true, 100, 10 * s, false}}, 1600 * time.Millisecond},
	}
	for _, c := range cases {
		var p payShare
		for _, tu := range c.turns {
			if tu.col {
				p.columns(tu.gain, tu.spent)
				continue
			}
			p.rest(tu.gain, tu.spent)
			if tu.endOfRound {
				p.endRound()
			}
		}
		if got := p.colCap(); got != c.want {
			t.Errorf("%s: cap %v, want %v", c.name, got, c.want)
		}
	}
}

// TestPayShareCapBounds: over random histories of turns, a cap is either
// none or within [max(lastRest/4, colMinTurn), max(lastRest, colMinTurn)],
// and none exactly when the columns' decayed rate is at least the rest's.
func TestPayShareCapBounds(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 17))
	for trial := range 2000 {
		var p payShare
		for range 1 + rng.IntN(12) {
			spent := time.Duration(rng.IntN(20_000)) * time.Millisecond
			gain := int64(rng.IntN(3)) * int64(rng.IntN(500))
			if rng.IntN(3) == 0 {
				p.columns(gain, spent)
			} else {
				p.rest(gain, spent)
				if rng.IntN(2) == 0 {
					p.endRound()
				}
			}
		}
		c := p.colCap()
		if c == 0 {
			if p.lastRest > 0 && p.colSpent > 0 && p.restSpent > 0 && p.colGain/p.colSpent < p.restGain/p.restSpent {
				t.Fatalf("trial %d: no cap although the columns pay less: %+v", trial, p)
			}
			continue
		}
		lo, hi := max(p.lastRest/4, colMinTurn), max(p.lastRest, colMinTurn)
		if c < lo-time.Microsecond || c > hi {
			t.Fatalf("trial %d: cap %v outside [%v, %v]: %+v", trial, c, lo, hi, p)
		}
		if p.colGain/p.colSpent >= p.restGain/p.restSpent {
			t.Fatalf("trial %d: capped although the columns pay as much: %+v", trial, p)
		}
	}
}

// TestDiveState: the schedule sees the first dive start and end.
func TestDiveState(t *testing.T) {
	var d diveState
	if diving, dived := d.get(); diving || dived {
		t.Fatalf("fresh: diving %v dived %v", diving, dived)
	}
	d.set(true)
	if diving, dived := d.get(); !diving || dived {
		t.Fatalf("started: diving %v dived %v", diving, dived)
	}
	d.set(false)
	if diving, dived := d.get(); diving || !dived {
		t.Fatalf("ended: diving %v dived %v", diving, dived)
	}
}

// TestPayShareRestart: after the dive the rates count from there on, so an
// early big step of the other stages (Instance7: the first chains, 236 in
// half a second) does not cap a column stage that is then the only one
// still paying; the last round's time is kept.
func TestPayShareRestart(t *testing.T) {
	var p payShare
	p.rest(236, 500*time.Millisecond)
	p.endRound()
	p.columns(168, 14*time.Second)
	p.rest(0, 3*time.Second)
	p.endRound()
	p.columns(4, 10*time.Second)
	if p.colCap() == 0 {
		t.Fatal("without a restart the early chains' step should still cap the columns")
	}
	p.restart()
	if p.colCap() != 0 {
		t.Fatalf("right after a restart nothing is known: cap %v", p.colCap())
	}
	p.rest(0, 3*time.Second)
	p.endRound()
	p.columns(4, 10*time.Second)
	if c := p.colCap(); c != 0 {
		t.Fatalf("columns pay 4 in 10 s, the rest nothing: cap %v", c)
	}
	p.rest(100, 2*time.Second)
	p.endRound()
	if c := p.colCap(); c != colMinTurn && c != p.lastRest/4 {
		t.Fatalf("the rest now pays more: cap %v, want a quarter of its %v round or %v", c, p.lastRest, colMinTurn)
	}
}
