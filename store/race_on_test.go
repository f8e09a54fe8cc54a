//go:build race

package store

// raceEnabled reports whether the test binary runs with the race detector,
// which makes the byte-by-byte tests ten times slower.
const raceEnabled = true
