//go:build race

package house

// raceOn is true in a race-detector build: the slowest tests then run fewer
// houses (the detector makes them 5–10 times slower), the same code paths.
const raceOn = true
