package demo

// hoursEps absorbs float rounding when comparing sums of hours or fte.
const hoursEps = 1e-6
