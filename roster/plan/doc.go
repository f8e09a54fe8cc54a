// Package plan is the roster planner core ("vul aan"): it fills a grid of
// (employee, day) cells, each either off or one shift type, with hard
// per-employee rules that the returned solution never violates and soft
// costs (coverage, wishes, fairness) that it minimises.
//
// The core knows nothing of the house model or of benchmark formats; those
// are mapped onto a Problem by adapters (house.go for roster.House,
// subpackage curtois for the Curtois & Qu benchmark instances).
//
// Solve is anytime and runs in phases. Simulated annealing with reheating
// cycles and incremental delta evaluation finds a first solution: a move
// touches one or two employees' rows, whose rule penalties are recomputed
// in O(days), and a few coverage counters, updated in O(1). Because every
// hard rule belongs to one row, the problem is also "one feasible row per
// employee": column generation (an own revised simplex for the master LP,
// an exact dynamic programme over one row for the pricing) gives a proven
// lower bound, and a depth-first branch and price (dive, RINS
// neighbourhoods, tree) improves the solution and can prove it optimal.
// Annealing polishes the best solution for the rest of the time. Only
// solutions without hard violations are recorded. For a given seed and
// iteration budget the search is deterministic; with a time limit it stops
// wherever the clock says.
package plan
