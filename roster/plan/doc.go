// Package plan is the roster planner core ("vul aan"): a generic anytime
// local search over a grid of (employee, day) cells, each either off or one
// shift type, with hard per-employee rules that the returned solution never
// violates and soft costs (coverage, wishes, fairness) that it minimises.
//
// The core knows nothing of the house model or of benchmark formats; those
// are mapped onto a Problem by adapters (house.go for roster.House,
// subpackage curtois for the Curtois & Qu benchmark instances).
//
// The search is simulated annealing with reheating cycles and incremental
// delta evaluation: a move touches one or two employees' rows, whose rule
// penalties are recomputed in O(days), and a few coverage counters, which
// are updated in O(1). Hard violations are penalised heavily during the
// search, and only solutions without any hard violation are recorded as the
// best so far and returned. For a given seed and iteration budget the search
// is deterministic; with a time limit it follows the same trajectory and
// stops wherever the clock says.
package plan
